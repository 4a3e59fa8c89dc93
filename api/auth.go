package api

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// principal is who makes a request: a token, a user account's session (sessions.go),
// or the anonymous demo user.
type principal struct {
	TokenID   string     `json:"token_id,omitempty"`
	UserID    string     `json:"user_id,omitempty"`
	Email     string     `json:"email,omitempty"`
	Name      string     `json:"name"`
	Role      graph.Role `json:"role"`
	Anonymous bool       `json:"anonymous"`
	// csrf is the CSRF token that a session's requests must carry (checkCSRF); "" for
	// requests that come without the session cookie.
	csrf string
}

// principalKey is the context key of the principal.
type principalKey struct{}

// principalOf returns the authenticated principal of the request, or nil.
func principalOf(c *gin.Context) *principal {
	p, _ := c.Request.Context().Value(principalKey{}).(*principal)
	return p
}

// anonymousRole is the role of anonymous loopback requests in demo mode.
const anonymousRole = graph.RoleAnalyst

// authorize authenticates the request and lets it pass if its role includes need:
// 401 without valid credentials, 403 with too small a role.
func (s *Server) authorize(need graph.Role) gin.HandlerFunc {
	return func(c *gin.Context) {
		p, err := s.authenticate(c.Request)
		if err != nil {
			s.fail(c, err)
			return
		}
		// Writes record the caller's name in the history (graph.WithWriter).
		c.Request = c.Request.WithContext(graph.WithWriter(context.WithValue(c.Request.Context(), principalKey{}, p), p.Name))
		if err := checkCSRF(c.Request, p); err != nil {
			s.fail(c, err)
			return
		}
		if !p.Role.Allows(need) && p.Anonymous {
			// No credentials were given, and a token could allow it: 401, not 403.
			s.fail(c, unauthorized("", fmt.Sprintf("Ohne Anmeldung ist nur Lesen erlaubt; dafür ist ein API-Token mit der Rolle %s nötig.", need)))
			return
		}
		if !p.Role.Allows(need) {
			s.writeProblem(c, newProblem(http.StatusForbidden, "forbidden",
				fmt.Sprintf("Dafür ist die Rolle %s nötig; Ihre Rolle ist %s.", need, p.Role)))
			return
		}
		c.Next()
	}
}

// authenticate finds the principal of r: the token named by the bearer secret, else
// the account of the session cookie, or in demo mode the anonymous analyst for a
// request over loopback without credentials. Secrets are looked up only by their
// hashes, so no secret is ever compared here.
func (s *Server) authenticate(r *http.Request) (*principal, error) {
	if r.Context().Value(localAdminKey{}) != nil {
		return &principal{Name: "Lokale Verwaltung (Kommandozeile)", Role: graph.RoleAdmin}, nil
	}
	h := r.Header.Get("Authorization")
	if h == "" {
		if p, err := s.sessionPrincipal(r); p != nil || err != nil {
			return p, err
		}
		if s.cfg.AnonymousLoopback && fromLoopback(r) {
			return &principal{Name: "Anonym (Demo-Modus)", Role: anonymousRole, Anonymous: true}, nil
		}
		return nil, unauthorized("", "Bitte melden Sie sich an: mit E-Mail-Adresse und Passwort oder mit einem API-Token (Authorization: Bearer <Token>).")
	}
	scheme, secret, ok := strings.Cut(h, " ")
	secret = strings.TrimSpace(secret)
	if !ok || !strings.EqualFold(scheme, "Bearer") || secret == "" {
		return nil, unauthorized("invalid_request", "Der Kopf Authorization muss die Form „Bearer <Token>“ haben.")
	}
	t, err := s.store.TokenByHash(r.Context(), graph.HashToken(secret))
	switch graph.ErrorCode(err) {
	case "":
		s.touchToken(r, t)
		return &principal{TokenID: t.ID, Name: t.Name, Role: t.Role}, nil
	case graph.NotFound:
		return nil, unauthorized("invalid_token", "Das API-Token ist unbekannt oder widerrufen.")
	}
	return nil, fmt.Errorf("api: look up token: %w", err)
}

// touchToken records the token's use (for "zuletzt verwendet" in the token list) when
// its stored last use is older than graph.TokenTouchInterval. A failure only logs: a
// store that cannot write just now must not refuse a request that only reads.
func (s *Server) touchToken(r *http.Request, t *graph.Token) {
	now := time.Now()
	if !t.NeedsTouch(now) {
		return
	}
	if err := s.store.TouchToken(r.Context(), t.ID, now); err != nil {
		s.log.Warn("record token use", "token", t.ID, "err", err)
	}
}

// localAdminKey marks a request that came through LocalAdminHandler.
type localAdminKey struct{}

// LocalAdminHandler returns the handler for local administration from the command
// line while the server runs (such as "netzwerkatlas token create"): it serves only
// the token and user routes under /api/v1/tokens and /api/v1/users, and every request
// acts as an admin without a token. Serve it only where nobody but the owner of the data can connect, such as a
// Unix socket with mode 0600 beside the data file: whoever may connect could as well
// open the data file itself. Every other path gets a 404 problem.
func (s *Server) LocalAdminHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !localAdminPath(r.URL.Path) {
			r.URL.Path = "/api/v1/lokal-nicht-vorhanden"
		}
		s.engine.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), localAdminKey{}, true)))
	})
}

// localAdminPath reports whether LocalAdminHandler serves the path.
func localAdminPath(p string) bool {
	for _, base := range []string{"/api/v1/tokens", "/api/v1/users"} {
		if p == base || strings.HasPrefix(p, base+"/") {
			return true
		}
	}
	return false
}

// unauthorizedError is a 401 problem with the error code for WWW-Authenticate.
type unauthorizedError struct {
	*problem
	bearerError string // RFC 6750 error code, or ""
}

func unauthorized(bearerError, detail string) error {
	return &unauthorizedError{problem: newProblem(http.StatusUnauthorized, "unauthorized", detail), bearerError: bearerError}
}

// Unwrap lets fail find the problem.
func (e *unauthorizedError) Unwrap() error { return e.problem }

// challenge returns the WWW-Authenticate value for the error.
func (e *unauthorizedError) challenge() string {
	if e.bearerError == "" {
		return `Bearer realm="Netzwerkatlas"`
	}
	return `Bearer realm="Netzwerkatlas", error="` + e.bearerError + `"`
}

// fromLoopback reports whether r comes over the loopback interface: its TCP peer
// (never a forwarding header) is a loopback address, and its Host names loopback too,
// so that a web page from elsewhere cannot reach the demo data by DNS rebinding.
func fromLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !peer.Unmap().IsLoopback() {
		return false
	}
	name := r.Host
	if h, _, err := net.SplitHostPort(name); err == nil {
		name = h
	}
	name = strings.Trim(name, "[]")
	if strings.EqualFold(name, "localhost") {
		return true
	}
	a, err := netip.ParseAddr(name)
	return err == nil && a.Unmap().IsLoopback()
}
