package api

import (
	"cmp"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Single sign-on with the county's OpenID Connect provider (package oidc, configured in
// Config.OIDC). The browser goes to /api/v1/auth/oidc/start, which sends it to the
// provider with a new state that it also keeps in a cookie; the provider sends it back
// to /api/v1/auth/oidc/callback, which checks state, nonce, PKCE and the ID token,
// finds or creates the account (signInExternal) and starts a session. The callback
// answers a failure with a redirect to the sign-in page, whose fragment names the
// error code (#sso=forbidden), because a browser, not a script, follows it.
// /api/v1/auth/oidc/sign-out ends the session and then the provider's session.

const (
	// oidcStateCookie binds a begun sign-in to the browser that began it: SameSite=Lax,
	// so that the provider's redirect back (a top-level GET from another site) brings
	// it along.
	oidcStateCookie = "nza_oidc_state"
	// oidcHintCookie keeps the ID token of a single sign-on session, the hint that lets
	// the provider end its session without asking (SameSite=Strict).
	oidcHintCookie = "nza_oidc_hint"
	oidcCookiePath = "/api/v1/auth/oidc/"
	// oidcStateMaxAge is how long the browser keeps the state (the oidc package's
	// PendingTTL by default).
	oidcStateMaxAge = 10 * time.Minute
	// oidcSignedIn and oidcSignInPage are where the callback sends the browser.
	oidcSignedIn    = "/"
	oidcSignInPage  = "/anmeldung"
	oidcNotSetUpMsg = "Die Anmeldung mit dem Konto der Verwaltung (Single Sign-on) ist nicht eingerichtet."
)

// oidcStatus is the answer of GET /api/v1/auth/oidc.
type oidcStatus struct {
	// Enabled says whether single sign-on is set up, that is, whether the sign-in page
	// offers it.
	Enabled bool `json:"enabled"`
}

// oidcEnabled answers GET /api/v1/auth/oidc.
func (s *Server) oidcEnabled(c *gin.Context) {
	s.respond(c, http.StatusOK, oidcStatus{Enabled: s.cfg.OIDC != nil})
}

// oidcStart answers GET /api/v1/auth/oidc/start: a redirect (303) to the provider's
// sign-in, with the state in a cookie.
func (s *Server) oidcStart(c *gin.Context) {
	if s.cfg.OIDC == nil {
		s.fail(c, graph.Errorf(graph.NotFound, oidcNotSetUpMsg))
		return
	}
	authURL, state, err := s.cfg.OIDC.Begin(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	setOIDCCookie(c, oidcStateCookie, state, oidcStateMaxAge, http.SameSiteLaxMode)
	c.Header("Cache-Control", "no-store")
	seeOther(c, authURL)
}

// oidcCallback answers GET /api/v1/auth/oidc/callback, where the provider sends the
// browser back: with a verified identity it signs the person in and redirects (303)
// to the start page; otherwise it redirects to the sign-in page with #sso=<code>.
func (s *Server) oidcCallback(c *gin.Context) {
	if s.cfg.OIDC == nil {
		s.fail(c, graph.Errorf(graph.NotFound, oidcNotSetUpMsg))
		return
	}
	c.Header("Cache-Control", "no-store")
	var browserState string
	if ck, err := c.Request.Cookie(oidcStateCookie); err == nil {
		browserState = ck.Value
	}
	setOIDCCookie(c, oidcStateCookie, "", -1, http.SameSiteLaxMode)
	id, err := s.cfg.OIDC.Finish(c.Request.Context(), browserState, c.Request.URL.Query())
	if err == nil {
		err = s.signInExternal(c, id.Subject, id.Email, id.Name, id.Role)
	}
	if err != nil {
		s.log.Warn("single sign-on refused", "request_id", requestIDOf(c), "code", graph.ErrorCode(err), "err", err)
		seeOther(c, oidcSignInPage+"#sso="+url.QueryEscape(string(graph.ErrorCode(err))))
		return
	}
	setOIDCCookie(c, oidcHintCookie, id.IDToken, sessionMax, http.SameSiteStrictMode)
	seeOther(c, oidcSignedIn)
}

// oidcSignOut answers GET /api/v1/auth/oidc/sign-out: it ends the session of the
// request's cookie, if any (the cookie is SameSite=Strict, so another site cannot
// sign anyone out), and redirects (303) to the provider's end of session, which
// returns the browser to the sign-in page.
func (s *Server) oidcSignOut(c *gin.Context) {
	if s.cfg.OIDC == nil {
		s.fail(c, graph.Errorf(graph.NotFound, oidcNotSetUpMsg))
		return
	}
	if err := s.endSession(c); err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	ck, err := c.Request.Cookie(oidcHintCookie)
	if err != nil {
		seeOther(c, oidcSignInPage) // not signed in through the provider
		return
	}
	setOIDCCookie(c, oidcHintCookie, "", -1, http.SameSiteStrictMode)
	to, err := s.cfg.OIDC.SignOutURL(c.Request.Context(), ck.Value)
	if err != nil {
		// Signed out here; the provider's session ends by itself.
		s.log.Warn("single sign-on: end of the provider's session", "request_id", requestIDOf(c), "err", err)
	}
	seeOther(c, cmp.Or(to, oidcSignInPage))
}

// setOIDCCookie sets (or, with maxAge < 0, deletes) a cookie of the single sign-on
// routes: HttpOnly, only for their path, and Secure over HTTPS.
func setOIDCCookie(c *gin.Context, name, value string, maxAge time.Duration, site http.SameSite) {
	age := int(maxAge / time.Second)
	if maxAge < 0 {
		age = -1
	}
	http.SetCookie(c.Writer, &http.Cookie{Name: name, Value: value, Path: oidcCookiePath, MaxAge: age,
		HttpOnly: true, Secure: isHTTPS(c.Request), SameSite: site})
}

// seeOther answers 303 with Location to, and no body.
func seeOther(c *gin.Context, to string) {
	c.Header("Location", to)
	c.Status(http.StatusSeeOther)
}
