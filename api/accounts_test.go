package api

import (
	"crypto/tls"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
	"github.com/netzwerkatlas/netzwerkatlas/mail"
	"github.com/netzwerkatlas/netzwerkatlas/mail/mailtest"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

const testPassword = "richtig-langes-Passwort"

// addUser creates an account through the API (admin token) and returns it.
func (e *testEnv) addUser(name, email string, role graph.Role) CreatedAccount {
	e.t.Helper()
	body, _ := json.Marshal(UserRequest{Name: name, Email: email, Role: role, Password: testPassword})
	rec := e.do(req{method: "POST", path: "/api/v1/users", role: admin, body: string(body)})
	if rec.Code != http.StatusCreated {
		e.t.Fatalf("create user: %d %s", rec.Code, rec.Body)
	}
	var a CreatedAccount
	decodeBody(e.t, rec, &a)
	return a
}

// signIn signs in with the password and returns the answer.
func (e *testEnv) signIn(email, pw string, header map[string]string) *httptest.ResponseRecorder {
	e.t.Helper()
	body, _ := json.Marshal(signInRequest{Email: email, Password: pw})
	return e.do(req{method: "POST", path: "/api/v1/session", body: string(body), header: header})
}

// session signs in and returns the session cookie (as a Cookie header) and the CSRF
// token.
func (e *testEnv) session(email string) (cookie, csrf string) {
	e.t.Helper()
	rec := e.signIn(email, testPassword, nil)
	if rec.Code != http.StatusCreated {
		e.t.Fatalf("sign in: %d %s", rec.Code, rec.Body)
	}
	var s sessionResponse
	decodeBody(e.t, rec, &s)
	c := rec.Result().Cookies()
	if len(c) != 1 {
		e.t.Fatalf("cookies %v", c)
	}
	return c[0].Name + "=" + c[0].Value, s.CSRFToken
}

// withCookie returns a header map with the cookie and, if not empty, the CSRF token.
func withCookie(cookie, csrf string) map[string]string {
	h := map[string]string{"Cookie": cookie}
	if csrf != "" {
		h[csrfHeader] = csrf
	}
	return h
}

// me returns the status and principal of GET /me with the header.
func (e *testEnv) me(header map[string]string) (int, principal) {
	e.t.Helper()
	rec := e.do(req{method: "GET", path: "/api/v1/me", header: header})
	var p principal
	if rec.Code == http.StatusOK {
		decodeBody(e.t, rec, &p)
	}
	return rec.Code, p
}

func TestSessionCookieAndSignOut(t *testing.T) {
	env := newEnv(t, Config{})
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleEditor)

	rec := env.signIn("Erika@Kreis.example ", testPassword, nil) // address regardless of case and space
	if rec.Code != http.StatusCreated {
		t.Fatalf("sign in: %d %s", rec.Code, rec.Body)
	}
	raw := rec.Header().Values("Set-Cookie")
	if len(raw) != 1 {
		t.Fatalf("Set-Cookie %q", raw)
	}
	attrs := strings.Split(raw[0], "; ")
	if !regexp.MustCompile(`^nza_session=[A-Za-z0-9_-]{43}$`).MatchString(attrs[0]) {
		t.Errorf("cookie %q: want nza_session with 32 random bytes", attrs[0])
	}
	for _, want := range []string{"Path=/", "HttpOnly", "SameSite=Strict", "Max-Age=43200"} {
		if !strings.Contains(raw[0], "; "+want) {
			t.Errorf("cookie %q lacks %s", raw[0], want)
		}
	}
	if strings.Contains(raw[0], "Domain=") || strings.Contains(raw[0], "Secure") {
		t.Errorf("cookie %q over HTTP: want host-only and not Secure", raw[0])
	}
	var s sessionResponse
	decodeBody(t, rec, &s)
	if s.User.Name != "Erika Muster" || s.User.Role != graph.RoleEditor || s.CSRFToken == "" || s.User.Email != "erika@kreis.example" {
		t.Errorf("session answer %+v", s)
	}
	// The store keeps the SHA-256 of the ID, never the ID.
	id := strings.TrimPrefix(attrs[0], "nza_session=")
	rs, err := env.store.ListRecords(t.Context(), sessionsCollection, "")
	if err != nil || len(rs) != 1 || rs[0].Key != linksecret.Hash(id) || strings.Contains(string(rs[0].Data), id) {
		t.Fatalf("stored sessions %+v, %v", rs, err)
	}

	cookie := "nza_session=" + id
	code, p := env.me(withCookie(cookie, ""))
	if code != http.StatusOK || p.Name != "Erika Muster" || p.Role != graph.RoleEditor || p.Email != "erika@kreis.example" || p.UserID != s.User.ID {
		t.Fatalf("GET /me with the cookie: %d %+v", code, p)
	}
	got := env.do(req{method: "GET", path: "/api/v1/session", header: withCookie(cookie, "")})
	var again sessionResponse
	decodeBody(t, got, &again)
	if got.Code != http.StatusOK || again.CSRFToken != s.CSRFToken || again.User.ID != s.User.ID {
		t.Errorf("GET /session: %d %+v", got.Code, again)
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/session", role: viewer}); rec.Code != http.StatusNotFound {
		t.Errorf("GET /session with a token: %d, want 404", rec.Code)
	}

	// Sign-out needs the CSRF token, deletes the session and the cookie.
	if rec := env.do(req{method: "DELETE", path: "/api/v1/session", header: withCookie(cookie, "")}); rec.Code != http.StatusForbidden {
		t.Errorf("sign-out without CSRF token: %d, want 403", rec.Code)
	}
	out := env.do(req{method: "DELETE", path: "/api/v1/session", header: withCookie(cookie, s.CSRFToken)})
	if out.Code != http.StatusNoContent || !strings.Contains(out.Header().Get("Set-Cookie"), "Max-Age=0") {
		t.Fatalf("sign-out: %d, Set-Cookie %q", out.Code, out.Header().Get("Set-Cookie"))
	}
	if rs, _ := env.store.ListRecords(t.Context(), sessionsCollection, ""); len(rs) != 0 {
		t.Errorf("sessions after sign-out: %d", len(rs))
	}
	rec = env.do(req{method: "GET", path: "/api/v1/me", header: withCookie(cookie, "")})
	if rec.Code != http.StatusUnauthorized {
		t.Errorf("cookie after sign-out: %d, want 401", rec.Code)
	}
}

func TestSessionCookieOverHTTPS(t *testing.T) {
	env := newEnv(t, Config{})
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	rec := env.signIn("erika@kreis.example", testPassword, map[string]string{"X-Forwarded-Proto": "https"})
	raw := rec.Header().Get("Set-Cookie")
	if !strings.HasPrefix(raw, "__Host-nza_session=") || !strings.Contains(raw, "; Secure") || !strings.Contains(raw, "; Path=/") || strings.Contains(raw, "Domain=") {
		t.Fatalf("cookie over HTTPS %q: want __Host- prefix, Secure, Path=/, no Domain", raw)
	}
	name, value, _ := strings.Cut(strings.Split(raw, ";")[0], "=")
	if code, p := env.me(withCookie(name+"="+value, "")); code != http.StatusOK || p.Name != "Erika Muster" {
		t.Errorf("GET /me with the __Host- cookie: %d %+v", code, p)
	}
	// A made-up cookie signs nobody in.
	if code, _ := env.me(withCookie(name+"="+strings.Repeat("A", 43), "")); code != http.StatusUnauthorized {
		t.Errorf("forged cookie: %d, want 401", code)
	}
}

func TestSessionExpiry(t *testing.T) {
	env := newEnv(t, Config{})
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	var mu sync.Mutex
	now := time.Now()
	env.srv.accounts.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	cookie, _ := env.session("erika@kreis.example")

	// Used every 90 minutes, the session outlives the idle expiry (2 h) ...
	for range 7 {
		advance(90 * time.Minute)
		if code, _ := env.me(withCookie(cookie, "")); code != http.StatusOK {
			t.Fatalf("after %v: %d, want 200", 90*time.Minute, code)
		}
	}
	// ... but not the absolute one (12 h).
	advance(90 * time.Minute)
	if code, _ := env.me(withCookie(cookie, "")); code != http.StatusUnauthorized {
		t.Errorf("after 12 h: %d, want 401", code)
	}
	cookie, _ = env.session("erika@kreis.example")
	advance(2*time.Hour + time.Second)
	if code, _ := env.me(withCookie(cookie, "")); code != http.StatusUnauthorized {
		t.Errorf("idle for 2 h: %d, want 401", code)
	}
}

func TestSignInSameAnswerForUnknownAccounts(t *testing.T) {
	env := newEnv(t, Config{})
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	off := env.addUser("Max Aus", "max@kreis.example", graph.RoleViewer)
	if rec := env.do(req{method: "PUT", path: "/api/v1/users/" + off.ID, role: admin, body: `{"name":"Max Aus","role":"viewer","disabled":true}`}); rec.Code != http.StatusOK {
		t.Fatalf("disable: %d %s", rec.Code, rec.Body)
	}
	answer := func(email, pw string) string {
		rec := env.signIn(email, pw, nil)
		if rec.Code != http.StatusUnauthorized || rec.Header().Get("Set-Cookie") != "" {
			t.Errorf("%s: %d, Set-Cookie %q; want 401 without cookie", email, rec.Code, rec.Header().Get("Set-Cookie"))
		}
		p := problemOf(t, rec)
		p.RequestID = ""
		b, _ := json.Marshal(p)
		return string(b) + rec.Header().Get("WWW-Authenticate")
	}
	wrong := answer("erika@kreis.example", "falsches-Passwort!")
	for _, c := range [][2]string{{"niemand@kreis.example", "falsches-Passwort!"}, {"max@kreis.example", testPassword}, {"", ""}} {
		if got := answer(c[0], c[1]); got != wrong {
			t.Errorf("%s: answer %s, want the same as for a wrong password: %s", c[0], got, wrong)
		}
	}
	if !strings.Contains(wrong, "E-Mail-Adresse oder Passwort ist falsch.") {
		t.Errorf("answer %s", wrong)
	}
}

func TestLockout(t *testing.T) {
	env := newEnv(t, Config{})
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	var mu sync.Mutex
	now := time.Now()
	env.srv.accounts.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }

	for _, email := range []string{"erika@kreis.example", "niemand@kreis.example"} {
		for i := 1; i <= lockoutFailures; i++ {
			rec := env.signIn(email, "falsches-Passwort!", nil)
			want := http.StatusUnauthorized
			if i == lockoutFailures {
				want = http.StatusTooManyRequests
			}
			if rec.Code != want {
				t.Fatalf("%s, failure %d: %d, want %d", email, i, rec.Code, want)
			}
			advance(time.Minute)
		}
		// Locked: even the right password is refused, and the answer says for how long.
		rec := env.signIn(email, testPassword, nil)
		p := problemOf(t, rec)
		if rec.Code != http.StatusTooManyRequests || !strings.Contains(p.Detail, "für 10 Minuten gesperrt") || rec.Header().Get("Retry-After") != "600" {
			t.Errorf("%s locked: %d %q Retry-After %q", email, rec.Code, p.Detail, rec.Header().Get("Retry-After"))
		}
	}
	// Another address is not locked.
	env.addUser("Max Muster", "max@kreis.example", graph.RoleViewer)
	if rec := env.signIn("max@kreis.example", testPassword, nil); rec.Code != http.StatusCreated {
		t.Errorf("other account: %d", rec.Code)
	}
	advance(10 * time.Minute)
	if rec := env.signIn("erika@kreis.example", testPassword, nil); rec.Code != http.StatusCreated {
		t.Errorf("after the lock-out: %d %s", rec.Code, rec.Body)
	}
}

// TestLockoutAcrossServers: two servers on one store count the failed sign-ins of an
// address together, as two replicas behind a load balancer must; the retention sweep
// deletes the failures once they no longer count, and not before.
func TestLockoutAcrossServers(t *testing.T) {
	env := newEnv(t, Config{})
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	other := &testEnv{t: t, srv: New(env.store, Config{}, nil), store: env.store}
	other.h = other.srv.Handler()
	now := time.Now()
	for _, e := range []*testEnv{env, other} {
		e.srv.accounts.now = func() time.Time { return now }
	}
	for i := 1; i <= lockoutFailures; i++ {
		e := []*testEnv{env, other}[i%2] // the failures alternate between the servers
		want := http.StatusUnauthorized
		if i == lockoutFailures {
			want = http.StatusTooManyRequests
		}
		if rec := e.signIn("erika@kreis.example", "falsches-Passwort!", nil); rec.Code != want {
			t.Fatalf("failure %d: %d, want %d", i, rec.Code, want)
		}
	}
	for _, e := range []*testEnv{env, other} {
		if rec := e.signIn("erika@kreis.example", testPassword, nil); rec.Code != http.StatusTooManyRequests {
			t.Errorf("the right password while locked: %d, want 429 from both servers", rec.Code)
		}
	}
	count := func() int {
		recs, err := env.store.ListRecords(t.Context(), lockoutCollection, "")
		if err != nil {
			t.Fatal(err)
		}
		return len(recs)
	}
	if _, _, err := env.srv.Sweep(t.Context()); err != nil || count() != 1 {
		t.Fatalf("a sweep within the window: %v, %d records left, want 1", err, count())
	}
	now = now.Add(lockoutWindow)
	if _, _, err := other.srv.Sweep(t.Context()); err != nil || count() != 0 {
		t.Fatalf("a sweep after the window: %v, %d records left, want 0", err, count())
	}
	if rec := env.signIn("erika@kreis.example", testPassword, nil); rec.Code != http.StatusCreated {
		t.Errorf("after the window: %d %s", rec.Code, rec.Body)
	}
}

// TestCSRFOnEveryStateChangingRoute sends every route that may change something with
// the session cookie of an admin but without the CSRF token: each must refuse with 403
// before its handler runs, and the store must stay as it was.
func TestCSRFOnEveryStateChangingRoute(t *testing.T) {
	env := newEnv(t, Config{})
	env.addUser("Ada Admin", "ada@kreis.example", graph.RoleAdmin)
	cookie, csrf := env.session("ada@kreis.example")
	rev := env.revision()
	n := 0
	for _, r := range env.srv.routes() {
		if safeMethod(r.Method) || r.Role == Public {
			continue
		}
		n++
		path := regexp.MustCompile(`:[a-z_]+`).ReplaceAllString(r.Path, "x")
		for _, h := range []map[string]string{withCookie(cookie, ""), withCookie(cookie, "falsch"), withCookie(cookie, csrf[1:])} {
			rec := env.do(req{method: r.Method, path: path, body: "{}", header: h})
			if rec.Code != http.StatusForbidden || problemOf(t, rec).Type != "urn:netzwerkatlas:problem:csrf" {
				t.Errorf("%s %s with cookie, CSRF %q: %d %.200s; want 403 csrf", r.Method, r.Path, h[csrfHeader], rec.Code, rec.Body)
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d state-changing routes", n)
	}
	if env.revision() != rev {
		t.Error("a refused request changed the store")
	}
	// With the token it passes; a bearer token needs none.
	if rec := env.do(req{method: "POST", path: "/api/v1/saved-views", body: `{"name":"Mit Token","path":"/karte"}`, header: withCookie(cookie, csrf)}); rec.Code != http.StatusCreated {
		t.Errorf("with the CSRF token: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/saved-views", body: `{"name":"Ohne Cookie","path":"/karte"}`, role: analyst}); rec.Code != http.StatusCreated {
		t.Errorf("with a bearer token: %d %s", rec.Code, rec.Body)
	}
	// The public sign-in is outside: it needs no session, so no token.
	if rec := env.signIn("ada@kreis.example", testPassword, withCookie(cookie, "")); rec.Code != http.StatusCreated {
		t.Errorf("sign-in with a cookie: %d", rec.Code)
	}
}

func TestUserAdministration(t *testing.T) {
	env := newEnv(t, Config{Survey: survey.Config{PublicURL: "https://netz.kreis.example"}})
	ada := env.addUser("Ada Admin", "ada@kreis.example", graph.RoleAdmin)

	// Each address once, regardless of case.
	rec := env.do(req{method: "POST", path: "/api/v1/users", role: admin, body: `{"name":"Zweite Ada","email":"ADA@kreis.example","role":"viewer","password":"` + testPassword + `"}`})
	if rec.Code != http.StatusConflict || problemOf(t, rec).Errors[0].Field != "email" {
		t.Errorf("same address: %d %s", rec.Code, rec.Body)
	}
	for body, field := range map[string]string{
		`{"name":"Kurz","email":"kurz@kreis.example","role":"viewer","password":"zu kurz"}`:           "password",
		`{"name":"Rolle","email":"rolle@kreis.example","role":"chef"}`:                                "role",
		`{"name":"Adresse","email":"keine adresse","role":"viewer"}`:                                  "email",
		`{"name":" ","email":"leer@kreis.example","role":"viewer","password":"` + testPassword + `"}`: "name",
		// The limits count what was sent, the spaces around it too, as the OpenAPI
		// document's maxLength does.
		`{"name":"\n` + strings.Repeat("x", 100) + `","email":"lang@kreis.example","role":"viewer"}`: "name",
		`{"name":"Lang","email":" ` + strings.Repeat("x", 241) + `@kreis.example","role":"viewer"}`:  "email",
	} {
		rec := env.do(req{method: "POST", path: "/api/v1/users", role: admin, body: body})
		if rec.Code != http.StatusUnprocessableEntity || problemOf(t, rec).Errors[0].Field != field {
			t.Errorf("%s: %d %s; want 422 on %s", body, rec.Code, rec.Body, field)
		}
	}
	// Without a password: a one-time link.
	rec = env.do(req{method: "POST", path: "/api/v1/users", role: admin, body: `{"name":"Bernd Neu","email":"bernd@kreis.example","role":"analyst"}`})
	var bernd CreatedAccount
	decodeBody(t, rec, &bernd)
	if rec.Code != http.StatusCreated || bernd.HasPassword || !strings.HasPrefix(bernd.ResetLink, "https://netz.kreis.example/anmeldung#reset=") {
		t.Fatalf("create without password: %d %+v", rec.Code, bernd)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/users", role: admin})
	var list accountList
	decodeBody(t, rec, &list)
	if len(list.Items) != 2 || list.Items[0].Name != "Ada Admin" || strings.Contains(rec.Body.String(), "argon2") {
		t.Errorf("list: %s", rec.Body)
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/users", role: editor}); rec.Code != http.StatusForbidden {
		t.Errorf("list as editor: %d", rec.Code)
	}

	// An update as well (found by schemathesis: a name of 101 characters with a
	// line break in front was accepted).
	rec = env.do(req{method: "PUT", path: "/api/v1/users/" + bernd.ID, role: admin, body: `{"name":"\n` + strings.Repeat("x", 100) + `","role":"analyst"}`})
	if rec.Code != http.StatusUnprocessableEntity || problemOf(t, rec).Errors[0].Field != "name" {
		t.Errorf("update with a name of 101 characters: %d %s; want 422 on name", rec.Code, rec.Body)
	}
	// Spaces around a name that fits are dropped.
	rec = env.do(req{method: "PUT", path: "/api/v1/users/" + bernd.ID, role: admin, body: `{"name":" Bernd Neu ","role":"analyst"}`})
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"name":"Bernd Neu"`) {
		t.Errorf("update with spaces around the name: %d %s", rec.Code, rec.Body)
	}

	// The last admin keeps the role, is not disabled and not deleted.
	for _, r := range []req{
		{method: "PUT", path: "/api/v1/users/" + ada.ID, body: `{"name":"Ada Admin","role":"editor","disabled":false}`},
		{method: "PUT", path: "/api/v1/users/" + ada.ID, body: `{"name":"Ada Admin","role":"admin","disabled":true}`},
		{method: "DELETE", path: "/api/v1/users/" + ada.ID},
	} {
		r.role = admin
		if rec := env.do(r); rec.Code != http.StatusConflict || !strings.Contains(problemOf(t, rec).Detail, "letzte aktive Benutzerkonto") {
			t.Errorf("%s last admin: %d %s", r.method, rec.Code, rec.Body)
		}
	}

	// A role change reaches a signed-in session at once (the cache is dropped).
	cookie, csrf := env.session("ada@kreis.example")
	if code, p := env.me(withCookie(cookie, "")); code != http.StatusOK || p.Role != graph.RoleAdmin {
		t.Fatalf("me: %d %+v", code, p)
	}
	if rec := env.do(req{method: "PUT", path: "/api/v1/users/" + bernd.ID, header: withCookie(cookie, csrf), body: `{"name":"Bernd Neu","role":"admin","disabled":false}`}); rec.Code != http.StatusOK {
		t.Fatalf("make Bernd admin: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "PUT", path: "/api/v1/users/" + ada.ID, role: admin, body: `{"name":"Ada Editor","role":"editor","disabled":false}`}); rec.Code != http.StatusOK {
		t.Fatalf("demote Ada: %d %s", rec.Code, rec.Body)
	}
	if code, p := env.me(withCookie(cookie, "")); code != http.StatusOK || p.Role != graph.RoleEditor || p.Name != "Ada Editor" {
		t.Errorf("me after the role change: %d %+v", code, p)
	}
	// Disabling ends the sessions.
	if rec := env.do(req{method: "PUT", path: "/api/v1/users/" + ada.ID, role: admin, body: `{"name":"Ada Editor","role":"editor","disabled":true}`}); rec.Code != http.StatusOK {
		t.Fatalf("disable Ada: %d %s", rec.Code, rec.Body)
	}
	if code, _ := env.me(withCookie(cookie, "")); code != http.StatusUnauthorized {
		t.Errorf("disabled account's session: %d, want 401", code)
	}
	// Deleting frees the address.
	if rec := env.do(req{method: "DELETE", path: "/api/v1/users/" + ada.ID, role: admin}); rec.Code != http.StatusNoContent {
		t.Fatalf("delete: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "DELETE", path: "/api/v1/users/" + ada.ID, role: admin}); rec.Code != http.StatusNotFound {
		t.Errorf("delete again: %d", rec.Code)
	}
	env.addUser("Ada Neu", "ada@kreis.example", graph.RoleViewer)
}

func TestAdminPasswordReset(t *testing.T) {
	env := newEnv(t, Config{})
	erika := env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	cookie, _ := env.session("erika@kreis.example")
	rec := env.do(req{method: "POST", path: "/api/v1/users/" + erika.ID + "/reset-link", role: admin})
	var link resetLinkResponse
	decodeBody(t, rec, &link)
	if rec.Code != http.StatusCreated || !strings.HasPrefix(link.Link, "/anmeldung#reset=") {
		t.Fatalf("reset link: %d %+v", rec.Code, link)
	}
	secret := strings.TrimPrefix(link.Link, "/anmeldung#reset=")
	confirm := func(token, pw string) *httptest.ResponseRecorder {
		body, _ := json.Marshal(resetRequest{Token: token, Password: pw})
		return env.do(req{method: "POST", path: "/api/v1/password-reset/confirm", body: string(body)})
	}
	if rec := confirm(secret, "kurz"); rec.Code != http.StatusUnprocessableEntity || problemOf(t, rec).Errors[0].Field != "password" {
		t.Errorf("short password: %d %s", rec.Code, rec.Body)
	}
	if rec := confirm(secret, "ein-neues-langes-Passwort"); rec.Code != http.StatusNoContent {
		t.Fatalf("confirm: %d %s", rec.Code, rec.Body)
	}
	if rec := confirm(secret, "noch-ein-neues-Passwort"); rec.Code != http.StatusUnprocessableEntity || problemOf(t, rec).Errors[0].Field != "token" {
		t.Errorf("link used twice: %d %s", rec.Code, rec.Body)
	}
	if code, _ := env.me(withCookie(cookie, "")); code != http.StatusUnauthorized {
		t.Errorf("session after the reset: %d, want 401", code)
	}
	if rec := env.signIn("erika@kreis.example", testPassword, nil); rec.Code != http.StatusUnauthorized {
		t.Errorf("old password: %d", rec.Code)
	}
	if rec := env.signIn("erika@kreis.example", "ein-neues-langes-Passwort", nil); rec.Code != http.StatusCreated {
		t.Errorf("new password: %d %s", rec.Code, rec.Body)
	}
	// An expired link is refused too.
	expired, _ := json.Marshal(storedReset{User: erika.ID, ExpiresAt: time.Now().Add(-time.Second)})
	if err := env.store.PutRecords(t.Context(), &graph.Record{Collection: resetsCollection, Key: linksecret.Hash("abgelaufen"), Data: expired}); err != nil {
		t.Fatal(err)
	}
	if rec := confirm("abgelaufen", "noch-ein-neues-Passwort"); rec.Code != http.StatusUnprocessableEntity || problemOf(t, rec).Errors[0].Field != "token" {
		t.Errorf("expired link: %d %s", rec.Code, rec.Body)
	}
	// Without SMTP, "Passwort vergessen" says to ask an admin.
	rec = env.do(req{method: "POST", path: "/api/v1/password-reset", body: `{"email":"erika@kreis.example"}`})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(problemOf(t, rec).Detail, "Verwaltung") {
		t.Errorf("forgot without SMTP: %d %s", rec.Code, rec.Body)
	}
}

func TestForgotPasswordByMail(t *testing.T) {
	smtp := mailtest.Start(t, "", "")
	sender, err := mail.New(mail.Config{Host: smtp.Host, Port: smtp.Port, StartTLS: true, From: "netz@kreis.example",
		TLS: &tls.Config{RootCAs: smtp.Roots, ServerName: smtp.Host}})
	if err != nil {
		t.Fatal(err)
	}
	env := newEnv(t, Config{Survey: survey.Config{Mailer: sender, PublicURL: "https://netz.kreis.example"}})
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	var answers []string
	for _, email := range []string{"niemand@kreis.example", "erika@kreis.example"} {
		rec := env.do(req{method: "POST", path: "/api/v1/password-reset", body: `{"email":"` + email + `"}`})
		if rec.Code != http.StatusAccepted {
			t.Fatalf("%s: %d %s", email, rec.Code, rec.Body)
		}
		answers = append(answers, rec.Body.String())
	}
	if answers[0] != answers[1] {
		t.Errorf("answers differ: %q, %q", answers[0], answers[1])
	}
	var msgs []mailtest.Message
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if msgs = smtp.Messages(); len(msgs) > 0 {
			break
		}
	}
	if len(msgs) != 1 || msgs[0].To[0] != "erika@kreis.example" {
		t.Fatalf("messages %+v", msgs)
	}
	m := regexp.MustCompile(`https://netz\.kreis\.example/anmeldung#reset=([A-Za-z0-9_-]{43})`).FindStringSubmatch(msgs[0].Body)
	if m == nil {
		t.Fatalf("no link in %q", msgs[0].Body)
	}
	// Only the hash of the link is stored.
	rs, _ := env.store.ListRecords(t.Context(), resetsCollection, "")
	if len(rs) != 1 || rs[0].Key != linksecret.Hash(m[1]) || strings.Contains(string(rs[0].Data), m[1]) {
		t.Errorf("stored resets %+v", rs)
	}
	body, _ := json.Marshal(resetRequest{Token: m[1], Password: "ein-neues-langes-Passwort"})
	if rec := env.do(req{method: "POST", path: "/api/v1/password-reset/confirm", body: string(body)}); rec.Code != http.StatusNoContent {
		t.Fatalf("confirm: %d %s", rec.Code, rec.Body)
	}
	if rec := env.signIn("erika@kreis.example", "ein-neues-langes-Passwort", nil); rec.Code != http.StatusCreated {
		t.Errorf("new password: %d", rec.Code)
	}
}

func TestSignInExternal(t *testing.T) {
	env := newEnv(t, Config{})
	signIn := func(subject, email, name string, role graph.Role) (*httptest.ResponseRecorder, error) {
		rec := httptest.NewRecorder()
		c, _ := gin.CreateTestContext(rec)
		c.Request = httptest.NewRequest("GET", "/oidc/callback", nil)
		return rec, env.srv.signInExternal(c, subject, email, name, role)
	}
	rec, err := signIn("kc-123", "sso@kreis.example", "Sina Sso", graph.RoleAnalyst)
	if err != nil {
		t.Fatal(err)
	}
	cookie := strings.Split(rec.Header().Get("Set-Cookie"), ";")[0]
	if code, p := env.me(withCookie(cookie, "")); code != http.StatusOK || p.Role != graph.RoleAnalyst || p.Name != "Sina Sso" {
		t.Errorf("me: %d %+v", code, p)
	}
	// The same subject is the same account; the provider's role and name replace the stored ones.
	if _, err := signIn("kc-123", "sso@kreis.example", "Sina Sso-Neu", graph.RoleEditor); err != nil {
		t.Fatal(err)
	}
	if code, p := env.me(withCookie(cookie, "")); code != http.StatusOK || p.Role != graph.RoleEditor || p.Name != "Sina Sso-Neu" {
		t.Errorf("me after the second sign-in: %d %+v", code, p)
	}
	var list accountList
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/users", role: admin}), &list)
	if len(list.Items) != 1 || !list.Items[0].SingleSignOn || list.Items[0].HasPassword {
		t.Fatalf("accounts %+v", list.Items)
	}
	// An existing account with the address is linked to the subject once.
	env.addUser("Erika Muster", "erika@kreis.example", graph.RoleViewer)
	if _, err := signIn("kc-456", "Erika@kreis.example", "Erika Muster", graph.RoleViewer); err != nil {
		t.Fatal(err)
	}
	if _, err := signIn("kc-789", "erika@kreis.example", "Erika Muster", graph.RoleViewer); graph.ErrorCode(err) != graph.Conflict {
		t.Errorf("another subject with the address: %v, want Conflict", err)
	}
	// A disabled account starts no session.
	if rec := env.do(req{method: "PUT", path: "/api/v1/users/" + list.Items[0].ID, role: admin, body: `{"name":"Sina","role":"viewer","disabled":true}`}); rec.Code != http.StatusOK {
		t.Fatal(rec.Body)
	}
	if rec, err := signIn("kc-123", "sso@kreis.example", "Sina", graph.RoleViewer); graph.ErrorCode(err) != graph.Forbidden || rec.Header().Get("Set-Cookie") != "" {
		t.Errorf("disabled: %v, Set-Cookie %q", err, rec.Header().Get("Set-Cookie"))
	}
}
