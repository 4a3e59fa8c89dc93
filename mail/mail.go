// Package mail sends plain-text e-mail through an SMTP server: the invitations and
// reminders of the partner survey.
package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net"
	netmail "net/mail"
	"net/smtp"
	"strconv"
	"strings"
	"time"
)

// PasswordEnv is the environment variable that holds the SMTP password; it is read
// from nowhere else and never logged.
const PasswordEnv = "NETZWERKATLAS_SMTP_PASSWORD"

// Config configures a Sender.
type Config struct {
	// Host and Port address the SMTP server (submission: port 587).
	Host string
	Port int
	// StartTLS requires the connection to be encrypted with STARTTLS before anything
	// is sent; without it, mail goes unencrypted (only sensible for a relay on the
	// same host).
	StartTLS bool
	// User logs in with SMTP AUTH PLAIN, with Password; none if empty. net/smtp
	// refuses to send a password over an unencrypted connection except to localhost.
	User     string
	Password string
	// From is the sender's address, such as "Netzwerkkoordination <netzwerk@landkreis.de>".
	From string
	// TLS configures STARTTLS; nil verifies the server's certificate for Host with
	// the system's roots.
	TLS *tls.Config
	// Timeout bounds one sending, connection included; 30 s if 0.
	Timeout time.Duration
}

// String describes the configuration without the password, for logs.
func (c Config) String() string {
	return fmt.Sprintf("smtp://%s@%s (STARTTLS %t, from %s)", c.User, net.JoinHostPort(c.Host, strconv.Itoa(c.Port)), c.StartTLS, c.From)
}

// Sender sends e-mail through one SMTP server, one connection per message. It is
// safe for concurrent use.
type Sender struct {
	cfg  Config
	from *netmail.Address
}

// New checks the configuration and returns a Sender.
func New(cfg Config) (*Sender, error) {
	if cfg.Host == "" || cfg.Port < 1 || cfg.Port > 65535 {
		return nil, fmt.Errorf("mail: SMTP-Server und Port (1–65535) sind nötig")
	}
	from, err := netmail.ParseAddress(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("mail: die Absenderadresse %q ist ungültig", cfg.From)
	}
	if cfg.User != "" && cfg.Password == "" {
		return nil, fmt.Errorf("mail: für den SMTP-Benutzer %q fehlt das Passwort in %s", cfg.User, PasswordEnv)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	return &Sender{cfg: cfg, from: from}, nil
}

// Send sends one plain-text message to the address to.
func (s *Sender) Send(ctx context.Context, to, subject, body string) error {
	rcpt, err := netmail.ParseAddress(to)
	if err != nil {
		return fmt.Errorf("mail: die Empfängeradresse %q ist ungültig", to)
	}
	msg, err := s.compose(rcpt, subject, body)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	addr := net.JoinHostPort(s.cfg.Host, strconv.Itoa(s.cfg.Port))
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("mail: SMTP-Server %s nicht erreichbar: %w", addr, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	c, err := smtp.NewClient(conn, s.cfg.Host)
	if err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	defer c.Close()
	if err := c.Hello("netzwerkatlas.localhost"); err != nil {
		return fmt.Errorf("mail: EHLO: %w", err)
	}
	if s.cfg.StartTLS {
		if ok, _ := c.Extension("STARTTLS"); !ok {
			return errors.New("mail: der SMTP-Server bietet kein STARTTLS an")
		}
		tc := s.cfg.TLS
		if tc == nil {
			tc = &tls.Config{ServerName: s.cfg.Host, MinVersion: tls.VersionTLS12}
		}
		if err := c.StartTLS(tc); err != nil {
			return fmt.Errorf("mail: STARTTLS: %w", err)
		}
	}
	if s.cfg.User != "" {
		if err := c.Auth(smtp.PlainAuth("", s.cfg.User, s.cfg.Password, s.cfg.Host)); err != nil {
			return fmt.Errorf("mail: Anmeldung am SMTP-Server: %w", err)
		}
	}
	if err := c.Mail(s.from.Address); err != nil {
		return fmt.Errorf("mail: MAIL FROM: %w", err)
	}
	if err := c.Rcpt(rcpt.Address); err != nil {
		return fmt.Errorf("mail: RCPT TO: %w", err)
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("mail: DATA: %w", err)
	}
	if _, err := w.Write(msg); err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	return c.Quit()
}

// compose returns the message in RFC 5322 form: UTF-8 text, quoted-printable, the
// subject encoded per RFC 2047.
func (s *Sender) compose(to *netmail.Address, subject, body string) ([]byte, error) {
	if strings.ContainsAny(subject, "\r\n") {
		return nil, errors.New("mail: der Betreff enthält einen Zeilenumbruch")
	}
	id := make([]byte, 16)
	rand.Read(id)
	var b bytes.Buffer
	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	header("From", s.from.String())
	header("To", to.String())
	header("Subject", mime.QEncoding.Encode("utf-8", subject))
	header("Date", time.Now().Format(time.RFC1123Z))
	header("Message-ID", "<"+hex.EncodeToString(id)+"@"+domainOf(s.from.Address)+">")
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=utf-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	if _, err := qp.Write([]byte(strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\n", "\r\n"))); err != nil {
		return nil, err
	}
	if err := qp.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// domainOf returns the domain of an address.
func domainOf(addr string) string {
	_, d, _ := strings.Cut(addr, "@")
	return d
}
