package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
	"github.com/netzwerkatlas/netzwerkatlas/mail"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// storeConfig says which store a command opens: Neo4j when a Neo4j URI is set, else the
// embedded file in the data directory.
type storeConfig struct {
	dataDir     string
	neo4j       neo4jstore.Config
	connectWait time.Duration
	// bad is a wrong environment variable, reported when the store is opened.
	bad error
}

// addStoreFlags registers the store options on fs, with defaults from the environment.
// The Neo4j password is read from the environment only, never from a flag, so that it
// does not show in process lists.
func addStoreFlags(fs *flag.FlagSet, e *env) *storeConfig {
	c := &storeConfig{}
	fs.StringVar(&c.dataDir, "data", envOr(e, "NETZWERKATLAS_DATA", "data"), "Datenverzeichnis für die eingebettete Datendatei (NETZWERKATLAS_DATA)")
	fs.StringVar(&c.neo4j.URI, "neo4j-uri", e.getenv("NEO4J_URI"), "Neo4j statt der Datendatei verwenden, z. B. bolt://localhost:7687 (NEO4J_URI)")
	fs.StringVar(&c.neo4j.User, "neo4j-user", envOr(e, "NEO4J_USER", "neo4j"), "Neo4j-Benutzer (NEO4J_USER)")
	fs.StringVar(&c.neo4j.Database, "neo4j-database", envOr(e, "NEO4J_DATABASE", "neo4j"), "Neo4j-Datenbank (NEO4J_DATABASE)")
	fs.DurationVar(&c.connectWait, "connect-wait", 30*time.Second, "wie lange beim Start auf einen nicht erreichbaren Neo4j-Server gewartet wird")
	timeout := neo4jstore.DefaultTimeout
	if v := e.getenv("NETZWERKATLAS_STORE_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			c.bad = usageError{fmt.Sprintf("NETZWERKATLAS_STORE_TIMEOUT=%q ist keine Dauer wie 5s", v)}
		} else {
			timeout = d
		}
	}
	fs.DurationVar(&c.neo4j.Timeout, "store-timeout", timeout,
		"nach dieser Zeit antwortet eine Anfrage mit 503, solange Neo4j nicht erreichbar ist (NETZWERKATLAS_STORE_TIMEOUT)")
	c.neo4j.Password = e.getenv("NEO4J_PASSWORD")
	return c
}

// open opens the configured store. An unreachable Neo4j server is retried with
// exponential back-off until connectWait has passed; then the Unavailable error is
// returned (exit code 3).
func (c *storeConfig) open(ctx context.Context, logger *slog.Logger) (graph.Store, error) {
	if c.bad != nil {
		return nil, c.bad
	}
	if c.neo4j.Timeout <= 0 {
		return nil, usageError{"--store-timeout muss größer als 0 sein, z. B. 5s"}
	}
	if c.neo4j.URI == "" {
		return c.openEmbedded(logger)
	}
	deadline := time.Now().Add(c.connectWait)
	for wait := 250 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		s, err := neo4jstore.Open(ctx, c.neo4j, logger)
		if err == nil {
			logger.Info("store opened", "store", "neo4j", "uri", c.neo4j.URI, "database", c.neo4j.Database)
			return s, nil
		}
		if graph.ErrorCode(err) != graph.Unavailable || time.Now().Add(wait).After(deadline) {
			return nil, err
		}
		logger.Warn("neo4j not reachable, retrying", "uri", c.neo4j.URI, "in", wait.String(), "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

func (c *storeConfig) openEmbedded(logger *slog.Logger) (graph.Store, error) {
	if err := os.MkdirAll(c.dataDir, 0o750); err != nil {
		return nil, fmt.Errorf("Datenverzeichnis anlegen: %w", err)
	}
	path := filepath.Join(c.dataDir, "netzwerkatlas.db")
	s, err := embedded.Open(path)
	if err != nil {
		return nil, err
	}
	logger.Info("store opened", "store", "embedded", "path", path)
	return s, nil
}

// newLogger returns the one logger of the process, writing to w as text or JSON.
func newLogger(w io.Writer, format string) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, usageError{fmt.Sprintf("unbekanntes Log-Format %q: text oder json", format)}
}

// envOr returns the environment variable key, or def if it is empty.
func envOr(e *env, key, def string) string {
	if v := e.getenv(key); v != "" {
		return v
	}
	return def
}

// surveyConfig holds the options of the partner survey: the SMTP server that sends
// invitations and reminders, and the address respondents' links point to.
type surveyConfig struct {
	smtp      mail.Config
	publicURL string
	port      string
}

// addSurveyFlags registers the survey's options on fs, with defaults from the
// environment. The SMTP password is read from NETZWERKATLAS_SMTP_PASSWORD only,
// never from a flag, and never logged.
func addSurveyFlags(fs *flag.FlagSet, e *env) *surveyConfig {
	c := &surveyConfig{}
	fs.StringVar(&c.smtp.Host, "smtp-host", e.getenv("NETZWERKATLAS_SMTP_HOST"), "SMTP-Server für Einladungen und Erinnerungen der Erhebung; ohne ihn nur Serienbrief-CSV (NETZWERKATLAS_SMTP_HOST)")
	fs.StringVar(&c.port, "smtp-port", envOr(e, "NETZWERKATLAS_SMTP_PORT", "587"), "Port des SMTP-Servers (NETZWERKATLAS_SMTP_PORT)")
	fs.BoolVar(&c.smtp.StartTLS, "smtp-starttls", e.getenv("NETZWERKATLAS_SMTP_STARTTLS") != "0",
		"Verbindung zum SMTP-Server mit STARTTLS verschlüsseln (Standard; NETZWERKATLAS_SMTP_STARTTLS=0 schaltet es ab)")
	fs.StringVar(&c.smtp.User, "smtp-user", e.getenv("NETZWERKATLAS_SMTP_USER"), "SMTP-Benutzer; das Passwort nur aus "+mail.PasswordEnv+" (NETZWERKATLAS_SMTP_USER)")
	fs.StringVar(&c.smtp.From, "smtp-from", e.getenv("NETZWERKATLAS_SMTP_FROM"), "Absenderadresse der Erhebungsmails (NETZWERKATLAS_SMTP_FROM)")
	fs.StringVar(&c.publicURL, "public-url", e.getenv("NETZWERKATLAS_PUBLIC_URL"),
		"Adresse, unter der Befragte den Dienst erreichen, für ihre Links, z. B. https://netzwerk.landkreis.de (NETZWERKATLAS_PUBLIC_URL; Standard: die Adresse des Servers)")
	c.smtp.Password = e.getenv(mail.PasswordEnv)
	return c
}

// config returns the survey's configuration; without an SMTP host there is no
// mailer. listen is the server's address, the links' default.
func (c *surveyConfig) config(listen net.Addr, logger *slog.Logger) (survey.Config, error) {
	cfg := survey.Config{PublicURL: c.publicURL}
	if cfg.PublicURL == "" {
		cfg.PublicURL = "http://" + listen.String()
	}
	if u, err := url.Parse(cfg.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return cfg, usageError{fmt.Sprintf("--public-url %q ist keine Adresse wie https://netzwerk.landkreis.de", c.publicURL)}
	}
	if c.smtp.Host == "" {
		return cfg, nil
	}
	port, err := strconv.Atoi(c.port)
	if err != nil {
		return cfg, usageError{fmt.Sprintf("--smtp-port %q ist keine Zahl", c.port)}
	}
	c.smtp.Port = port
	sender, err := mail.New(c.smtp)
	if err != nil {
		return cfg, usageError{err.Error()}
	}
	logger.Info("survey mail configured", "smtp", c.smtp.String())
	cfg.Mailer = sender
	return cfg, nil
}
