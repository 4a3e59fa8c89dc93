package api

import (
	"context"
	"encoding/json"
	"io"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/oidc"
	"github.com/netzwerkatlas/netzwerkatlas/oidc/oidctest"
)

// oidcEnv is a test environment with single sign-on through the test Keycloak, served
// over loopback HTTP (the provider redirects the browser to it); every answer under
// /api/ is checked against the OpenAPI document.
type oidcEnv struct {
	*testEnv
	url string
}

func newOIDCEnv(t *testing.T) *oidcEnv {
	t.Helper()
	p := oidctest.Keycloak(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	client, err := oidc.New(oidc.Config{Issuer: p.Issuer, ClientID: p.ClientID, ClientSecret: p.ClientSecret,
		RedirectURL: base + "/api/v1/auth/oidc/callback", PostLogoutRedirectURL: base + "/anmeldung", Roles: oidctest.Roles})
	if err != nil {
		t.Fatal(err)
	}
	env := newEnv(t, Config{OIDC: client})
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		env.h.ServeHTTP(rec, r)
		checkContract(t, r.Method, r.URL.Path, rec)
		maps.Copy(w.Header(), rec.Header())
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	}))
	ts.Listener.Close()
	ts.Listener = ln
	ts.Start()
	t.Cleanup(ts.Close)
	return &oidcEnv{testEnv: env, url: base}
}

func oidcContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// signInSSO signs the user of the test realm in through the provider in the browser
// and returns where the browser ended.
func (e *oidcEnv) signInSSO(b *oidctest.Browser, username string) oidctest.Page {
	e.t.Helper()
	u := oidctest.Users(e.t)[username]
	page, err := b.SignIn(oidcContext(e.t), e.url+"/api/v1/auth/oidc/start", u.Username, u.Password)
	if err != nil {
		e.t.Fatal(err)
	}
	return page
}

// get sends a GET with the browser's cookies and decodes a JSON answer into v.
func (e *oidcEnv) get(b *oidctest.Browser, path string, v any) int {
	e.t.Helper()
	resp, err := b.Client.Get(e.url + path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusOK && v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			e.t.Fatalf("GET %s: %v: %s", path, err, body)
		}
	}
	return resp.StatusCode
}

// accounts returns the accounts by e-mail address (admin token).
func (e *oidcEnv) accounts() map[string]Account {
	e.t.Helper()
	rec := e.do(req{method: "GET", path: "/api/v1/users", role: admin})
	var list accountList
	decodeBody(e.t, rec, &list)
	out := map[string]Account{}
	for _, a := range list.Items {
		out[a.Email] = a
	}
	return out
}

func TestOIDCSignInCreatesAccountsWithMappedRoles(t *testing.T) {
	e := newOIDCEnv(t)
	users := oidctest.Users(t)
	var status oidcStatus
	if code := e.get(oidctest.NewBrowser(""), "/api/v1/auth/oidc", &status); code != http.StatusOK || !status.Enabled {
		t.Fatalf("GET /api/v1/auth/oidc: %d %+v", code, status)
	}
	if n := len(e.accounts()); n != 0 {
		t.Fatalf("%d accounts before the first sign-in", n)
	}
	for _, tc := range []struct {
		username, name string
		role           graph.Role
	}{
		{"anna.admin", "Anna Albers", graph.RoleAdmin},
		{"paula.planung", "Paula Peters", graph.RoleAnalyst},
		{"anna.admin", "Anna Albers", graph.RoleAdmin}, // again: the same account
	} {
		b := oidctest.NewBrowser("")
		page := e.signInSSO(b, tc.username)
		if page.URL.String() != e.url+"/" {
			t.Fatalf("%s: the browser ended at %s, not at the start page", tc.username, page.URL)
		}
		var s sessionResponse
		if code := e.get(b, "/api/v1/session", &s); code != http.StatusOK {
			t.Fatalf("%s: GET /api/v1/session: %d", tc.username, code)
		}
		u := users[tc.username]
		if s.User.Email != u.Email || s.User.Name != tc.name || s.User.Role != tc.role || !s.User.SingleSignOn || s.User.HasPassword {
			t.Errorf("%s: session of %+v, want %s, %s, role %s, single sign-on", tc.username, s.User, u.Email, tc.name, tc.role)
		}
	}
	accounts := e.accounts()
	if len(accounts) != 2 || accounts[users["anna.admin"].Email].Role != graph.RoleAdmin || accounts[users["paula.planung"].Email].Role != graph.RoleAnalyst {
		t.Errorf("accounts after three sign-ins of two people: %+v", accounts)
	}
}

func TestOIDCRefusals(t *testing.T) {
	e := newOIDCEnv(t)
	callback := e.url + "/api/v1/auth/oidc/callback"

	// Without a mapped group: no account, no session.
	b := oidctest.NewBrowser("")
	if page := e.signInSSO(b, "kai.kaemmerei"); page.URL.String() != e.url+"/anmeldung#sso=forbidden" {
		t.Errorf("kai.kaemmerei ended at %s", page.URL)
	}
	if code := e.get(b, "/api/v1/session", nil); code != http.StatusUnauthorized {
		t.Errorf("without a role, GET /api/v1/session: %d", code)
	}
	if n := len(e.accounts()); n != 0 {
		t.Errorf("%d accounts after a refused sign-in", n)
	}

	// The callback, replayed and planted in another browser.
	b = oidctest.NewBrowser(callback)
	page := e.signInSSO(b, "erik.redaktion")
	if !strings.HasPrefix(page.URL.String(), callback+"?") {
		t.Fatalf("ended at %s, not at the callback", page.URL)
	}
	b.StopAt = ""
	other := oidctest.NewBrowser("")
	if p, err := other.Get(oidcContext(t), page.URL.String()); err != nil || p.URL.String() != e.url+"/anmeldung#sso=unauthorized" {
		t.Errorf("the callback in another browser ended at %v (%v)", p.URL, err)
	}
	if p, err := b.Get(oidcContext(t), page.URL.String()); err != nil || p.URL.String() != e.url+"/" {
		t.Fatalf("the callback in the browser that began ended at %v (%v)", p.URL, err)
	}
	if p, err := b.Get(oidcContext(t), page.URL.String()); err != nil || p.URL.String() != e.url+"/anmeldung#sso=unauthorized" {
		t.Errorf("the replayed callback ended at %v (%v)", p.URL, err)
	}
}

func TestOIDCSignOutEndsBothSessions(t *testing.T) {
	e := newOIDCEnv(t)
	b := oidctest.NewBrowser("")
	e.signInSSO(b, "erik.redaktion")
	var s sessionResponse
	if code := e.get(b, "/api/v1/session", &s); code != http.StatusOK || s.User.Role != graph.RoleEditor {
		t.Fatalf("GET /api/v1/session: %d %+v", code, s.User)
	}
	cookie := sessionCookieOf(t, b, e.url)

	page, err := b.Get(oidcContext(t), e.url+"/api/v1/auth/oidc/sign-out")
	if err != nil {
		t.Fatal(err)
	}
	if page.URL.String() != e.url+"/anmeldung" {
		t.Fatalf("after sign-out the browser ended at %s", page.URL)
	}
	if code := e.get(b, "/api/v1/session", nil); code != http.StatusUnauthorized {
		t.Errorf("after sign-out GET /api/v1/session: %d", code)
	}
	if code, _ := e.me(withCookie(cookie, "")); code != http.StatusUnauthorized {
		t.Errorf("the old session cookie still signs in: %d", code)
	}
	// The provider's session has ended too: signing in asks for the password again.
	if page, err = b.Get(oidcContext(t), e.url+"/api/v1/auth/oidc/start"); err != nil || !page.LoginForm() {
		t.Errorf("after sign-out, a new sign-in ended at %v without the login form (%v)", page.URL, err)
	}
}

// sessionCookieOf returns the browser's session cookie for base as a Cookie header.
func sessionCookieOf(t *testing.T, b *oidctest.Browser, base string) string {
	t.Helper()
	u, _ := url.Parse(base + "/api/v1/session")
	for _, c := range b.Client.Jar.Cookies(u) {
		if c.Name == sessionCookie {
			return c.Name + "=" + c.Value
		}
	}
	t.Fatal("no session cookie")
	return ""
}

func TestOIDCNotSetUp(t *testing.T) {
	e := newEnv(t, Config{})
	rec := e.do(req{method: "GET", path: "/api/v1/auth/oidc"})
	var status oidcStatus
	decodeBody(t, rec, &status)
	if status.Enabled {
		t.Error("enabled without a provider")
	}
	for _, path := range []string{"/api/v1/auth/oidc/start", "/api/v1/auth/oidc/callback?code=x&state=y", "/api/v1/auth/oidc/sign-out"} {
		if rec := e.do(req{method: "GET", path: path}); rec.Code != http.StatusNotFound || !strings.Contains(problemOf(t, rec).Detail, "nicht eingerichtet") {
			t.Errorf("GET %s: %d %s", path, rec.Code, rec.Body)
		}
	}
}
