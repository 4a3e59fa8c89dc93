package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/KimMachineGun/automemlimit/memlimit"
	"golang.org/x/net/netutil"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/report/pdf"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
	"github.com/netzwerkatlas/netzwerkatlas/web"
)

// defaultMaxConnections is the default of --max-connections.
const defaultMaxConnections = 512

// version is the program version, set at build time with -ldflags "-X main.version=…".
var version = "dev"

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "serve [Optionen]")
	addr := fs.String("addr", envOr(e, "NETZWERKATLAS_ADDR", "127.0.0.1:8080"), "Adresse, an der der Server lauscht (NETZWERKATLAS_ADDR)")
	demoMode := fs.Bool("demo", e.getenv("NETZWERKATLAS_DEMO") == "1",
		"Demo-Landkreis in einen leeren Bestand laden und anonymes Lesen von localhost erlauben (NETZWERKATLAS_DEMO=1)")
	demoActors := fs.Int("demo-size", 0, "nur zum Testen: mit --demo statt des Demo-Landkreises ein erzeugtes Netz mit so vielen Akteuren laden")
	demoTies := fs.Int("demo-cooperations", 0, "nur zum Testen: Kooperationen des erzeugten Netzes zu --demo-size (Standard: zehnmal so viele wie Akteure)")
	logFormat := fs.String("log-format", envOr(e, "NETZWERKATLAS_LOG_FORMAT", "text"), "Log-Format: text oder json (NETZWERKATLAS_LOG_FORMAT)")
	maxImports := fs.String("max-imports", envOr(e, "NETZWERKATLAS_MAX_IMPORTS", strconv.Itoa(api.DefaultMaxImports)),
		"wie viele Importe und Probeläufe gleichzeitig Dateien lesen dürfen; weitere erhalten 429 (NETZWERKATLAS_MAX_IMPORTS)")
	maxConns := fs.String("max-connections", envOr(e, "NETZWERKATLAS_MAX_CONNECTIONS", strconv.Itoa(defaultMaxConnections)),
		"höchstens so viele gleichzeitige Verbindungen; weitere warten (NETZWERKATLAS_MAX_CONNECTIONS)")
	chromium := fs.String("chromium", envOr(e, "NETZWERKATLAS_CHROMIUM", ""),
		"Chromium für PDF-Berichte; ohne Angabe chromium im PATH (NETZWERKATLAS_CHROMIUM)")
	noSandbox := fs.Bool("chromium-no-sandbox", e.getenv("NETZWERKATLAS_CHROMIUM_NO_SANDBOX") == "1",
		"Chromium ohne Sandbox starten, wie Container ohne User-Namespaces es brauchen (NETZWERKATLAS_CHROMIUM_NO_SANDBOX=1)")
	auditDays := fs.String("audit-retention-days", envOr(e, "NETZWERKATLAS_AUDIT_RETENTION_DAYS", "365"),
		"so viele Tage bleibt ein Eintrag im Protokoll, danach wird er gelöscht (NETZWERKATLAS_AUDIT_RETENTION_DAYS)")
	historyDays := fs.String("history-retention-days", envOr(e, "NETZWERKATLAS_HISTORY_RETENTION_DAYS", "0"),
		"so viele Tage nach dem Löschen eines Eintrags (etwa eines Akteurs) wird auch seine Änderungshistorie gelöscht; 0: nie (NETZWERKATLAS_HISTORY_RETENTION_DAYS)")
	sc := addStoreFlags(fs, e)
	svc := addSurveyFlags(fs, e)
	maxAge := fs.String("directory-max-age", envOr(e, "NETZWERKATLAS_DIRECTORY_MAX_AGE", strconv.Itoa(upkeep.DefaultMaxAge)),
		"nach so vielen Monaten ohne Bestätigung gilt ein Eintrag des Beratungsverzeichnisses als veraltet (NETZWERKATLAS_DIRECTORY_MAX_AGE)")
	linkWeeks := fs.String("directory-link-weeks", envOr(e, "NETZWERKATLAS_DIRECTORY_LINK_WEEKS", strconv.Itoa(int(upkeep.DefaultLinkValidity/(7*24*time.Hour)))),
		"so viele Wochen gilt ein Bestätigungslink, mit dem ein Anbieter seine Einträge im Beratungsverzeichnis prüft (NETZWERKATLAS_DIRECTORY_LINK_WEEKS)")
	pf := addPrivacyFlags(fs, e)
	viewers := fs.Bool("pseudonymize-viewers", e.getenv("NETZWERKATLAS_PSEUDONYMIZE_VIEWERS") == "1",
		"der Rolle viewer geschützte Akteure immer pseudonymisiert zeigen (NETZWERKATLAS_PSEUDONYMIZE_VIEWERS=1)")
	sso := addSSOFlags(fs, e)
	noDirectory := fs.Bool("no-directory", e.getenv("NETZWERKATLAS_DIRECTORY") == "off",
		"das öffentliche Beratungsverzeichnis unter /beratung abschalten (NETZWERKATLAS_DIRECTORY=off)")
	if err := parse(fs, args); err != nil {
		return err
	}
	var directory *site.Settings
	if !*noDirectory {
		var err error
		if directory, err = directorySettings(e, svc.publicURL); err != nil {
			return err
		}
	}
	imports, err := positiveFlag("max-imports", *maxImports)
	if err != nil {
		return err
	}
	connLimit, err := positiveFlag("max-connections", *maxConns)
	if err != nil {
		return err
	}
	maxAgeMonths, err := positiveFlag("directory-max-age", *maxAge)
	if err != nil {
		return err
	}
	linkValidity, err := positiveFlag("directory-link-weeks", *linkWeeks)
	if err != nil {
		return err
	}
	auditRetention, err := positiveFlag("audit-retention-days", *auditDays)
	if err != nil {
		return err
	}
	historyRetention, err := strconv.Atoi(*historyDays)
	if err != nil || historyRetention < 0 {
		return usageError{fmt.Sprintf("--history-retention-days: erwartet wird eine ganze Zahl ab 0, nicht %q", *historyDays)}
	}
	if (*demoActors != 0 || *demoTies != 0) && !*demoMode {
		return usageError{"--demo-size und --demo-cooperations gelten nur zusammen mit --demo"}
	}
	county := demo.County()
	if *demoActors > 0 {
		county = demo.Options{Seed: county.Seed, Actors: *demoActors, Cooperations: *demoTies}
		if county.Cooperations <= 0 {
			county.Cooperations = 10 * county.Actors
		}
	}
	logger, err := newLogger(e.stderr, *logFormat)
	if err != nil {
		return err
	}
	limitMemory(logger, memlimit.FromCgroup)
	store, err := sc.open(ctx, logger)
	if err != nil {
		return err
	}
	defer store.Close()
	if *demoMode {
		if err := loadDemo(ctx, store, county, logger); err != nil {
			return err
		}
	}

	privacyCfg, err := pf.config(ctx, store)
	if err != nil {
		return err
	}
	privacyCfg.PseudonymizeViewers = *viewers

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("Adresse %s: %w", *addr, err)
	}
	// Connections beyond the limit wait in the kernel's queue until one closes.
	ln = netutil.LimitListener(ln, connLimit)
	if *demoMode && !isLoopback(ln.Addr()) {
		logger.Warn("demo mode on a non-loopback address: anonymous reads stay limited to loopback clients", "addr", ln.Addr().String())
	}
	signIn, err := firstSignIn(ctx, store, ln.Addr())
	if err != nil {
		ln.Close()
		return err
	}
	surveyCfg, err := svc.config(ln.Addr(), logger)
	if err != nil {
		ln.Close()
		return err
	}
	ssoClient, err := sso.client(surveyCfg.PublicURL, logger)
	if err != nil {
		ln.Close()
		return err
	}
	printer := &pdf.Printer{ExecPath: *chromium, NoSandbox: *noSandbox}
	defer printer.Close()
	apiServer := api.New(store, api.Config{AnonymousLoopback: *demoMode, MaxImports: imports, Version: version, UI: web.Handler(), Survey: surveyCfg, Directory: directory, DirectoryMaxAge: maxAgeMonths,
		ProviderLinkValidity: time.Duration(linkValidity) * 7 * 24 * time.Hour,
		Privacy:              privacyCfg, OIDC: ssoClient, PDF: printer.Print,
		AuditRetention: time.Duration(auditRetention) * 24 * time.Hour, HistoryRetention: time.Duration(historyRetention) * 24 * time.Hour}, logger)
	go apiServer.RunSweeps(ctx, time.Hour)
	if sc.neo4j.URI == "" {
		// The server holds the data file; token commands reach it here.
		defer serveAdminSocket(sc.dataDir, apiServer.LocalAdminHandler(), logger)()
	}
	srv := &http.Server{
		Handler:           apiServer.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(e.stdout, "Netzwerkatlas läuft auf http://%s\n", ln.Addr())
	if signIn != "" {
		fmt.Fprintf(e.stdout, "\nErste Anmeldung: Es gibt noch kein API-Token. Dieser Link meldet Sie als Admin an; er wird nur jetzt angezeigt:\n\n    %s\n\n"+
			"Legen Sie danach eigene Tokens an (netzwerkatlas token create) und widerrufen Sie das Token „%s“.\n\n", signIn, firstAdminName)
	}
	logger.Info("serving", "addr", ln.Addr().String(), "demo", *demoMode, "version", version)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	go func() {
		if err := apiServer.Warm(ctx); err != nil && ctx.Err() == nil {
			logger.Warn("warming up", "err", err)
		}
	}()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("Herunterfahren: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// loadDemo writes the generated network of o (the demo county, demo.County) into the
// store if the store holds no data yet.
func loadDemo(ctx context.Context, store graph.Store, o demo.Options, logger *slog.Logger) error {
	rev, err := store.Revision(ctx)
	if err != nil {
		return err
	}
	if rev > 0 {
		logger.Info("store already holds data; demo county not loaded", "revision", rev)
		return nil
	}
	res, err := store.Upsert(graph.WithWriter(ctx, "Demodaten"), demo.Generate(o), graph.BatchOptions{})
	if err != nil {
		return fmt.Errorf("Demo-Landkreis laden: %w", err)
	}
	n, err := store.Snapshot(ctx)
	if err != nil {
		return err
	}
	recs, err := survey.Demo(n, demo.LatestWave, o.Seed)
	if err == nil {
		err = store.PutRecords(ctx, recs...)
	}
	if err != nil {
		return fmt.Errorf("Demo-Erhebung laden: %w", err)
	}
	if recs, err = upkeep.Demo(n, time.Now()); err == nil {
		err = store.PutRecords(ctx, recs...)
	}
	if err != nil {
		return fmt.Errorf("Demo-Meldungen laden: %w", err)
	}
	logger.Info("demo county loaded", "revision", res.Revision, "actors", o.Actors, "cooperations", o.Cooperations, "survey", survey.DemoSurveyID)
	return nil
}

func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// positiveFlag reads the value of the flag name as a whole number from 1 on.
func positiveFlag(name, value string) (int, error) {
	n, err := strconv.Atoi(value)
	if err != nil || n < 1 {
		return 0, usageError{fmt.Sprintf("--%s: erwartet wird eine ganze Zahl ab 1, nicht %q", name, value)}
	}
	return n, nil
}
