package api

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
	"github.com/netzwerkatlas/netzwerkatlas/internal/password"
)

// Sessions of the web interface. Signing in with e-mail address and password (or
// through single sign-on, signInExternal) starts a session: a random 32-byte ID in a
// cookie that is HttpOnly, SameSite=Strict, host-only (no Domain) and, over HTTPS,
// Secure with the name prefix __Host-. The store keeps only the ID's SHA-256, as a
// record in "sessions", so a copy of the data signs nobody in. A session ends after
// sessionIdle without a request, after sessionMax in any case, and at sign-out,
// which deletes its record.
//
// A request that the session cookie authenticates and that may change something
// (any method but GET, HEAD and OPTIONS) must carry the header X-CSRF-Token with the
// session's CSRF token, an HMAC of the session ID that the sign-in and GET
// /api/v1/session hand to the page: another site can make the browser send the
// cookie, but cannot read the token. Requests with a bearer token need none.

const (
	sessionsCollection = "sessions"
	// sessionCookie and secureSessionCookie are the cookie's names over HTTP and HTTPS.
	sessionCookie       = "nza_session"
	secureSessionCookie = "__Host-nza_session"
	csrfHeader          = "X-CSRF-Token"
	sessionIdle         = 2 * time.Hour
	sessionMax          = 12 * time.Hour
	// sessionTouch is how stale a session's stored last use may get: it is written
	// at most once per sessionTouch.
	sessionTouch = time.Minute
	// sessionCacheTTL is how long a session read from the store is trusted without
	// reading it again: the longest time another server process's sign-out or role
	// change takes to reach this one. This process's own changes drop it at once.
	sessionCacheTTL = 10 * time.Second
	sessionCacheMax = 10_000
)

// storedSession is the document of a "sessions" record.
type storedSession struct {
	User      string    `json:"user"`
	CreatedAt time.Time `json:"created_at"`
	LastSeen  time.Time `json:"last_seen"`
}

// expiresAt returns when the session ends if it is not used again.
func (d *storedSession) expiresAt() time.Time {
	idle, end := d.LastSeen.Add(sessionIdle), d.CreatedAt.Add(sessionMax)
	if idle.Before(end) {
		return idle
	}
	return end
}

// signInRequest is the body of POST /api/v1/session.
type signInRequest struct {
	Email    string `json:"email" required:"true" maxLength:"254"`
	Password string `json:"password" required:"true" maxLength:"1024"`
}

// sessionResponse is the answer of POST and GET /api/v1/session.
type sessionResponse struct {
	User Account `json:"user"`
	// CSRFToken goes into the header X-CSRF-Token of every request that may change
	// something.
	CSRFToken string `json:"csrf_token"`
	// ExpiresAt is when the session ends without further requests.
	ExpiresAt time.Time `json:"expires_at"`
}

// csrfToken returns the CSRF token of a session ID.
func csrfToken(id string) string {
	m := hmac.New(sha256.New, []byte(id))
	m.Write([]byte("netzwerkatlas csrf"))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// isHTTPS reports whether the browser reached the server over HTTPS: directly, or
// through a proxy that says so. A client that lies only makes its own cookie stricter.
func isHTTPS(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// sessionID returns the session ID of the request's cookie, or "".
func sessionID(r *http.Request) string {
	for _, name := range []string{secureSessionCookie, sessionCookie} {
		if c, err := r.Cookie(name); err == nil && len(c.Value) == 43 {
			return c.Value
		}
	}
	return ""
}

// setSessionCookie sets (or, with id "", deletes) the session cookie.
func setSessionCookie(c *gin.Context, id string) {
	name, secure := sessionCookie, isHTTPS(c.Request)
	if secure {
		name = secureSessionCookie
	}
	maxAge := int(sessionMax / time.Second)
	if id == "" {
		maxAge = -1
	}
	http.SetCookie(c.Writer, &http.Cookie{Name: name, Value: id, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode})
}

// safeMethod reports whether a request with the method changes nothing.
func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// checkCSRF refuses (403) a request that the session cookie authenticates, may change
// something and lacks the session's CSRF token.
func checkCSRF(r *http.Request, p *principal) error {
	if p.csrf == "" || safeMethod(r.Method) ||
		subtle.ConstantTimeCompare([]byte(r.Header.Get(csrfHeader)), []byte(p.csrf)) == 1 {
		return nil
	}
	return newProblem(http.StatusForbidden, "csrf",
		"Die Anfrage kommt mit dem Sitzungs-Cookie, aber ohne gültiges CSRF-Token im Kopf X-CSRF-Token; sie wurde nicht ausgeführt. "+
			"Bitte laden Sie die Seite neu und versuchen Sie es erneut.")
}

// cachedSession is a session as the cache keeps it.
type cachedSession struct {
	p        *principal
	data     storedSession
	version  int64
	loadedAt time.Time
}

// sessionCache keeps recently used sessions in memory, so that checking one usually
// reads no record. It is safe for concurrent use.
type sessionCache struct {
	mu sync.Mutex
	m  map[string]cachedSession // by session key
}

func (sc *sessionCache) get(key string) (cachedSession, bool) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	e, ok := sc.m[key]
	return e, ok
}

func (sc *sessionCache) put(key string, e cachedSession) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if len(sc.m) >= sessionCacheMax {
		for k := range sc.m { // forget an arbitrary one; it is read again when used
			delete(sc.m, k)
			break
		}
	}
	sc.m[key] = e
}

func (sc *sessionCache) drop(key string) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	delete(sc.m, key)
}

// dropUser forgets every session of the account, after its role or name changed or
// it was disabled or deleted.
func (sc *sessionCache) dropUser(id string) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for k, e := range sc.m {
		if e.data.User == id {
			delete(sc.m, k)
		}
	}
}

// sessionPrincipal returns the principal of the request's session cookie, or nil if
// there is no cookie or its session has ended (or never was). An error only if the
// store fails.
func (s *Server) sessionPrincipal(r *http.Request) (*principal, error) {
	id := sessionID(r)
	if id == "" {
		return nil, nil
	}
	key, now := linksecret.Hash(id), s.accounts.now()
	e, ok := s.accounts.sessions.get(key)
	if !ok || now.Sub(e.loadedAt) >= sessionCacheTTL {
		var err error
		if e, ok, err = s.loadSession(r.Context(), id, key, now); err != nil || !ok {
			return nil, err
		}
	}
	if !now.Before(e.data.expiresAt()) {
		s.accounts.sessions.drop(key)
		return nil, nil
	}
	if now.Sub(e.data.LastSeen) >= sessionTouch {
		s.touchSession(r.Context(), key, e, now)
	}
	return e.p, nil
}

// loadSession reads the session and its account from the store and caches them; ok
// is false if there is no such session or account, or the account is disabled.
func (s *Server) loadSession(ctx context.Context, id, key string, now time.Time) (cachedSession, bool, error) {
	rec, err := s.store.GetRecord(ctx, sessionsCollection, key)
	if graph.ErrorCode(err) == graph.NotFound {
		s.accounts.sessions.drop(key)
		return cachedSession{}, false, nil
	}
	if err != nil {
		return cachedSession{}, false, fmt.Errorf("api: read session: %w", err)
	}
	var d storedSession
	if err := json.Unmarshal(rec.Data, &d); err != nil {
		return cachedSession{}, false, fmt.Errorf("api: read session: %w", err)
	}
	u, _, err := getUser(ctx, s.store, d.User)
	if graph.ErrorCode(err) == graph.NotFound || (err == nil && u.Disabled) {
		s.accounts.sessions.drop(key)
		return cachedSession{}, false, nil
	}
	if err != nil {
		return cachedSession{}, false, err
	}
	e := cachedSession{p: &principal{UserID: u.ID, Name: u.Name, Email: u.Email, Role: u.Role, csrf: csrfToken(id)},
		data: d, version: rec.Version, loadedAt: now}
	s.accounts.sessions.put(key, e)
	return e, true, nil
}

// touchSession records the session's use at now, keeping it from the idle expiry. A
// failure only logs, as for tokens (touchToken); a conflict means that another request
// has just done it.
func (s *Server) touchSession(ctx context.Context, key string, e cachedSession, now time.Time) {
	e.data.LastSeen = now
	raw, _ := json.Marshal(e.data)
	rec := &graph.Record{Collection: sessionsCollection, Key: key, Version: e.version, Data: raw}
	if err := s.store.PutRecords(ctx, rec); err != nil {
		if graph.ErrorCode(err) != graph.Conflict {
			s.log.Warn("record session use", "err", err)
		}
		s.accounts.sessions.drop(key)
		return
	}
	e.version = rec.Version
	s.accounts.sessions.put(key, e)
}

// startSession starts a session of the account, sets its cookie on c and returns what
// the sign-in answers.
func (s *Server) startSession(c *gin.Context, u *storedUser) (*sessionResponse, error) {
	id := linksecret.New()
	now := s.accounts.now()
	d := storedSession{User: u.ID, CreatedAt: now, LastSeen: now}
	raw, _ := json.Marshal(d)
	if err := s.store.PutRecords(c.Request.Context(), &graph.Record{Collection: sessionsCollection, Key: linksecret.Hash(id), Data: raw}); err != nil {
		return nil, err
	}
	setSessionCookie(c, id)
	return &sessionResponse{User: u.account(), CSRFToken: csrfToken(id), ExpiresAt: d.expiresAt()}, nil
}

// endSessions deletes every session of the account, and those of anyone that have
// expired, from the store; failures only log.
func (s *Server) endSessions(ctx context.Context, userID string) {
	rs, err := s.store.ListRecords(ctx, sessionsCollection, "")
	if err != nil {
		s.log.Warn("list sessions", "err", err)
		return
	}
	now := s.accounts.now()
	for _, r := range rs {
		var d storedSession
		if json.Unmarshal(r.Data, &d) == nil && d.User != userID && now.Before(d.expiresAt()) {
			continue
		}
		if err := s.store.DeleteRecord(ctx, sessionsCollection, r.Key, 0); err != nil && graph.ErrorCode(err) != graph.NotFound {
			s.log.Warn("delete session", "err", err)
		}
		s.accounts.sessions.drop(r.Key)
	}
}

// dummyHash is verified for sign-ins of unknown accounts, so that they take as long as
// those of known ones.
var dummyHash = sync.OnceValue(func() string { return password.Hash("kein Konto", password.OWASP) })

// signIn answers POST /api/v1/session: with the right e-mail address and password, it
// starts a session (cookie) and answers with the account and the CSRF token. Wrong
// passwords, unknown or disabled accounts and accounts without a password all get the
// same 401 answer after the same work (one argon2id verification). After
// lockoutFailures failures within lockoutWindow for an address (known or not), it
// answers 429 with the minutes to wait, without checking the password.
func (s *Server) signIn(c *gin.Context) {
	var req signInRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	ctx, now := c.Request.Context(), s.accounts.now()
	key := emailKey(req.Email)
	wait, err := s.accounts.lockout.wait(ctx, key, now)
	if err != nil {
		s.fail(c, err)
		return
	}
	if wait > 0 {
		s.auditSignInFailed(c, req.Email, "gesperrt")
		s.lockedOut(c, wait)
		return
	}
	u, _, err := userByIndex(ctx, s.store, emailsCollection, key)
	if err != nil && graph.ErrorCode(err) != graph.NotFound {
		s.fail(c, err)
		return
	}
	hash := dummyHash()
	if u != nil && u.PasswordHash != "" {
		hash = u.PasswordHash
	}
	ok, err := password.Verify(req.Password, hash)
	if err != nil && u != nil {
		s.log.Warn("unreadable password hash", "user", u.ID, "err", err)
	}
	if !ok || u == nil || u.PasswordHash == "" || u.Disabled || !strings.EqualFold(strings.TrimSpace(req.Email), u.Email) {
		wait, err = s.accounts.lockout.fail(ctx, key, now)
		if err != nil {
			s.fail(c, err)
			return
		}
		if wait > 0 {
			s.auditSignInFailed(c, req.Email, "gesperrt")
			s.lockedOut(c, wait)
			return
		}
		s.auditSignInFailed(c, req.Email, "abgewiesen")
		s.fail(c, unauthorized("", "E-Mail-Adresse oder Passwort ist falsch."))
		return
	}
	if err := s.accounts.lockout.clear(ctx, key); err != nil {
		s.fail(c, err)
		return
	}
	out, err := s.startSession(c, u)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.auditSignIn(c, u, "Passwort")
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusCreated, out)
}

// auditSignIn records that u signed in by method. An entry that cannot be stored
// is logged (see record); the sign-in stands.
func (s *Server) auditSignIn(c *gin.Context, u *storedUser, method string) {
	_ = s.record(context.WithoutCancel(c.Request.Context()), &principal{UserID: u.ID, Name: u.Name, Role: u.Role}, auditSignIn,
		map[string]string{"method": method, "email": u.Email})
}

// auditSignInFailed records a refused sign-in with the address given (at most 200
// characters) and why: "abgewiesen" (wrong address or password, the same to the
// person) or "gesperrt" (locked out).
func (s *Server) auditSignInFailed(c *gin.Context, email, why string) {
	if r := []rune(strings.TrimSpace(email)); len(r) > 200 {
		email = string(r[:200])
	}
	_ = s.audit(c, auditSignInFailed, map[string]string{"who": strings.TrimSpace(email), "reason": why})
}

// lockedOut answers 429: sign-ins for the address are locked for wait.
func (s *Server) lockedOut(c *gin.Context, wait time.Duration) {
	minutes := int((wait + time.Minute - 1) / time.Minute)
	when := "eine Minute"
	if minutes > 1 {
		when = strconv.Itoa(minutes) + " Minuten"
	}
	p := newProblem(http.StatusTooManyRequests, "locked",
		fmt.Sprintf("Zu viele fehlgeschlagene Anmeldeversuche mit dieser E-Mail-Adresse. Die Anmeldung ist für %s gesperrt; bitte versuchen Sie es danach erneut.", when))
	p.Title = "Anmeldung vorübergehend gesperrt"
	c.Header("Retry-After", strconv.Itoa(int((wait+time.Second-1)/time.Second)))
	s.writeProblem(c, p)
}

// getSession answers GET /api/v1/session: the account and CSRF token of the session
// cookie's session; 404 for a request that comes with a bearer token or without a
// session.
func (s *Server) getSession(c *gin.Context) {
	p := principalOf(c)
	if p == nil || p.csrf == "" {
		s.fail(c, noSession())
		return
	}
	ctx := c.Request.Context()
	u, _, err := getUser(ctx, s.store, p.UserID)
	var e cachedSession
	var ok bool
	if err == nil {
		id := sessionID(c.Request)
		e, ok, err = s.loadSession(ctx, id, linksecret.Hash(id), s.accounts.now())
		if err == nil && !ok {
			err = noSession()
		}
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, sessionResponse{User: u.account(), CSRFToken: p.csrf, ExpiresAt: e.data.expiresAt()})
}

// noSession is the 404 problem of a request without a session.
func noSession() error {
	return newProblem(http.StatusNotFound, "not-found", "Diese Anfrage gehört zu keiner Sitzung (Anmeldung mit API-Token oder ohne Anmeldung).")
}

// signOut answers DELETE /api/v1/session: the session's record is deleted, so the
// cookie signs nobody in any more, also where it was copied to, and the cookie is
// removed (204).
func (s *Server) signOut(c *gin.Context) {
	p := principalOf(c)
	if p == nil || p.csrf == "" {
		s.fail(c, noSession())
		return
	}
	if err := s.endSession(c); err != nil {
		s.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// endSession ends the session of the request's cookie, if it has one: its record is
// deleted and the cookie removed.
func (s *Server) endSession(c *gin.Context) error {
	id := sessionID(c.Request)
	if id == "" {
		return nil
	}
	key := linksecret.Hash(id)
	if err := s.store.DeleteRecord(c.Request.Context(), sessionsCollection, key, 0); err != nil && graph.ErrorCode(err) != graph.NotFound {
		return err
	}
	s.accounts.sessions.drop(key)
	setSessionCookie(c, "")
	return nil
}
