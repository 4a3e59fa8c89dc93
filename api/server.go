package api

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
	"github.com/netzwerkatlas/netzwerkatlas/oidc"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// Default body limits, used when Config leaves them 0.
const (
	DefaultMaxBodyBytes  = 1 << 20  // JSON bodies of single entities, tokens, the taxonomy
	DefaultMaxBatchBytes = 32 << 20 // JSON bodies of POST /api/v1/batch
	// DefaultMaxImports is how many imports may decode at once: each may take up to
	// about 256 MB while it decodes a large file.
	DefaultMaxImports = 2
)

// A client address may send reportBurst reports from the directory's forms at
// once, and one more every reportInterval.
const (
	reportBurst    = 10
	reportInterval = time.Minute
)

// Config configures a Server. The zero value is a valid production configuration
// without a web interface.
type Config struct {
	// AnonymousLoopback turns on the demo mode: a request without an Authorization
	// header whose TCP peer (RemoteAddr, never X-Forwarded-For) is a loopback address
	// and whose Host names the loopback interface acts with the role analyst, so it
	// may read and analyse but never write. Do not turn it on behind a reverse proxy
	// on the same host: every request would then come from loopback.
	AnonymousLoopback bool
	// MaxBodyBytes limits JSON request bodies; DefaultMaxBodyBytes if 0.
	MaxBodyBytes int64
	// MaxBatchBytes limits the body of POST /api/v1/batch; DefaultMaxBatchBytes if 0.
	MaxBatchBytes int64
	// MaxImportBytes limits the body of POST /api/v1/imports, all files together;
	// importers.DefaultLimits().MaxBytes if 0.
	MaxImportBytes int64
	// MaxImports limits the imports and dry runs that decode at the same time; one
	// more is refused with a 429 problem and Retry-After. DefaultMaxImports if 0.
	MaxImports int
	// Analysis tunes the analysis engine; the zero value selects its defaults.
	Analysis analysis.Options
	// Version is the program version, shown by /healthz and in the OpenAPI document.
	Version string
	// Now returns the current time, whose date is "today", the default state of the
	// analyses and the network view (see graph.State); time.Now if nil. Tests fix
	// it.
	Now func() time.Time
	// Survey configures the partner survey (mailer, public address); its Now is
	// taken from Now, its Snapshot is the server's cached one.
	Survey survey.Config
	// UI serves the web interface for GET and HEAD requests to paths outside /api/
	// that no route matches (such as web.Handler()). If nil, those get a 404 problem.
	UI http.Handler
	// PDF prints a self-contained HTML document to a tagged PDF (such as
	// (*pdf.Printer).Print of report/pdf); without it the reports answer only in
	// HTML, and format=pdf is a 503 problem.
	PDF func(ctx context.Context, html []byte) ([]byte, error)
	// Directory, if set, serves the public counselling directory under /beratung
	// (package directory/site) with these settings; no sign-in, no cookies.
	Directory *site.Settings
	// DirectoryMaxAge is how many months a confirmation of a directory entry holds
	// before the entry is listed as outdated; upkeep.DefaultMaxAge if 0.
	DirectoryMaxAge int
	// ProviderLinkValidity is how long a provider's personal link to confirm its
	// directory entries holds; upkeep.DefaultLinkValidity if 0.
	ProviderLinkValidity time.Duration
	// Privacy names the protected actor kinds and whether viewers always see
	// pseudonyms (see PrivacyConfig).
	Privacy PrivacyConfig
	// AuditRetention is how long the audit log keeps an entry (see Sweep);
	// DefaultAuditRetention if 0.
	AuditRetention time.Duration
	// HistoryRetention, if not 0, is how long the history of a deleted entity is
	// kept after its deletion (see Sweep and graph.Store.PurgeHistory); 0 keeps it.
	HistoryRetention time.Duration
	// OIDC, if set, offers single sign-on with the county's OpenID Connect provider
	// under /api/v1/auth/oidc/ (oidc.go).
	OIDC *oidc.Client
}

// Server is the HTTP API of Netzwerkatlas over one graph.Store. It is safe for
// concurrent use.
type Server struct {
	store     graph.Store
	snapshots *snapshots
	answers   answerCache
	states    stateCache
	views     views
	analysis  *analysis.Engine
	imports   chan struct{} // a slot per import that decodes
	cfg       Config
	log       *slog.Logger
	engine    *gin.Engine
	openapi   []byte
	surveys   *survey.Service
	// addrLimit and linkLimit bound the respondents' requests per client address
	// and per link.
	addrLimit, linkLimit *rateLimit
	directoryIndex       directoryIndex
	// upkeep keeps the directory's reports and confirmations; reportLimit bounds the
	// reports per client address.
	upkeep      *upkeep.Queue
	reportLimit *rateLimit
	// publicLimit bounds the requests to the public JSON API per client address.
	publicLimit *rateLimit
	// accounts holds the user accounts' sessions and failed sign-ins (users.go).
	accounts *accounts
	// streamAbove is the number of items above which /network and
	// /analysis/actors stream their answers (streamItems; tests lower it).
	streamAbove int
}

// New returns a Server that serves store with the configuration cfg and logs each
// request and every internal error to logger. It sets Gin's global mode to release
// mode, the only global state it touches.
func New(store graph.Store, cfg Config, logger *slog.Logger) *Server {
	cfg.MaxBodyBytes = cmp.Or(cfg.MaxBodyBytes, DefaultMaxBodyBytes)
	cfg.MaxBatchBytes = cmp.Or(cfg.MaxBatchBytes, DefaultMaxBatchBytes)
	cfg.MaxImportBytes = cmp.Or(cfg.MaxImportBytes, importers.DefaultLimits().MaxBytes)
	cfg.MaxImports = cmp.Or(cfg.MaxImports, DefaultMaxImports)
	cfg.AuditRetention = cmp.Or(cfg.AuditRetention, DefaultAuditRetention)
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{store: store, snapshots: &snapshots{store: store}, analysis: analysis.NewEngine(cfg.Analysis),
		imports: make(chan struct{}, cfg.MaxImports),
		cfg:     cfg, log: logger, openapi: compact(OpenAPI(cfg.Version, cfg.AnonymousLoopback)), streamAbove: streamItems}

	cfg.Survey.Now, cfg.Survey.Snapshot = cfg.Now, s.snapshots.get
	s.surveys = survey.New(store, cfg.Survey)
	s.addrLimit, s.linkLimit = newRateLimit(120, time.Second), newRateLimit(30, 2*time.Second)
	s.upkeep, s.reportLimit = upkeep.New(store, s.today), newRateLimit(reportBurst, reportInterval)
	s.publicLimit = newRateLimit(publicBurst, publicInterval)
	s.accounts = &accounts{sessions: &sessionCache{m: map[string]cachedSession{}}, lockout: &lockout{store: store}, now: time.Now}

	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.RedirectTrailingSlash = false
	e.RedirectFixedPath = false
	e.HandleMethodNotAllowed = true
	e.ForwardedByClientIP = false
	_ = e.SetTrustedProxies(nil) // cannot fail for nil
	e.Use(requestID, s.accessLog, securityHeaders, s.recovery)
	for _, r := range s.routes() {
		handlers := []gin.HandlerFunc{s.limitBody(cmp.Or(r.MaxBody, cfg.MaxBodyBytes))}
		if r.Role != Public {
			handlers = append(handlers, s.authorize(r.Role), s.readerView(r.Pseudonymize))
		}
		handlers = append(handlers, r.Handler)
		e.Handle(r.Method, r.Path, handlers...)
		if r.Method == http.MethodGet {
			// net/http sends the headers of the GET answer and drops its body.
			e.Handle(http.MethodHead, r.Path, handlers...)
		}
		if strings.HasPrefix(r.Path, publicPrefix) {
			e.OPTIONS(r.Path, publicPreflight) // CORS preflight
		}
	}
	if cfg.Directory != nil {
		h := gin.WrapH(site.New(*cfg.Directory, s.directory, logger).WithReports(site.Reports{Queue: s.upkeep, Now: s.today,
			Wait: func(addr string) time.Duration { return s.reportLimit.take(addr, s.today()) }}))
		for _, p := range []string{site.Base, site.Base + "/*path"} {
			e.GET(p, h)
			e.HEAD(p, h)
		}
		e.POST(site.Base+"/*path", h)
	}
	robots := gin.WrapH(site.Robots(cfg.Directory))
	e.GET("/robots.txt", robots)
	e.HEAD("/robots.txt", robots)
	e.NoRoute(s.noRoute)
	e.NoMethod(s.noMethod)
	s.engine = e
	return s
}

// Handler returns the http.Handler that serves the API and the web interface.
func (s *Server) Handler() http.Handler { return s.engine }

// compact returns the JSON document b without insignificant space.
func compact(b []byte) []byte {
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		panic(fmt.Sprintf("api: compact JSON: %v", err))
	}
	return buf.Bytes()
}
