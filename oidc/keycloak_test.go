package oidc

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/oidc/oidctest"
)

// No server answers at the callback: the test browser stops there and hands the
// callback's query to Finish, as the API's callback handler would.
const (
	callbackBase = "http://127.0.0.1:1/"
	callback     = callbackBase + "callback"
	signedOut    = callbackBase + "abgemeldet"
)

// keycloakClient returns a Client for the test realm, with change applied to its Config.
func keycloakClient(t *testing.T, change func(*Config)) *Client {
	t.Helper()
	p := oidctest.Keycloak(t)
	cfg := Config{Issuer: p.Issuer, ClientID: p.ClientID, ClientSecret: p.ClientSecret, RedirectURL: callback,
		PostLogoutRedirectURL: signedOut, Roles: oidctest.Roles}
	if change != nil {
		change(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// signIn drives the browser through Keycloak's login form for the Client's newly begun
// sign-in and returns the browser's state and the callback's query.
func signIn(t *testing.T, c *Client, b *oidctest.Browser, username string) (string, url.Values) {
	t.Helper()
	authURL, state := begin(t, c)
	u := oidctest.Users(t)[username]
	page, err := b.SignIn(testContext(t), authURL, u.Username, u.Password)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(page.URL.String(), callback+"?") {
		t.Fatalf("the browser ended at %s (status %d), not at the callback", page.URL, page.Status)
	}
	return state, page.URL.Query()
}

func begin(t *testing.T, c *Client) (authURL, state string) {
	t.Helper()
	authURL, state, err := c.Begin(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	return authURL, state
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func wantCode(t *testing.T, err error, code graph.Code, message string) {
	t.Helper()
	if graph.ErrorCode(err) != code || !strings.Contains(graph.ErrorMessage(err), message) {
		t.Fatalf("got %v (code %q), want code %q with a message containing %q", err, graph.ErrorCode(err), code, message)
	}
}

func TestKeycloakSignInMapsRoles(t *testing.T) {
	c := keycloakClient(t, nil)
	withDefault := keycloakClient(t, func(cfg *Config) { cfg.DefaultRole = graph.RoleViewer })
	for _, tc := range []struct {
		client   *Client
		username string
		name     string
		role     graph.Role // "" = refused
	}{
		{c, "anna.admin", "Anna Albers", graph.RoleAdmin}, // admin and sozialplanung: the highest wins
		{c, "erik.redaktion", "Erik Ebert", graph.RoleEditor},
		{c, "paula.planung", "Paula Peters", graph.RoleAnalyst},
		{c, "sven.steuerung", "Sven Sommer", graph.RoleViewer},
		{c, "kai.kaemmerei", "", ""}, // no mapped group, no default role
		{withDefault, "kai.kaemmerei", "Kai Krause", graph.RoleViewer},
	} {
		t.Run(tc.username, func(t *testing.T) {
			state, query := signIn(t, tc.client, oidctest.NewBrowser(callbackBase), tc.username)
			id, err := tc.client.Finish(testContext(t), state, query)
			if tc.role == "" {
				wantCode(t, err, graph.Forbidden, "nicht freigeschaltet")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			u := oidctest.Users(t)[tc.username]
			if id.Subject == "" || id.Email != u.Email || id.Name != tc.name || id.Role != tc.role || id.IDToken == "" {
				t.Errorf("identity %+v, want e-mail %s, name %s, role %s", id, u.Email, tc.name, tc.role)
			}
		})
	}
}

func TestKeycloakAuthorizationURL(t *testing.T) {
	c := keycloakClient(t, nil)
	authURL, state := begin(t, c)
	u, err := url.Parse(authURL)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if q.Get("state") != state || q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" ||
		q.Get("nonce") == "" || q.Get("code_verifier") != "" || q.Get("response_type") != "code" {
		t.Errorf("authorization URL %s lacks state, nonce or the S256 challenge", authURL)
	}
	if c.pending.len() != 1 {
		t.Errorf("%d sign-ins kept, want 1", c.pending.len())
	}
}

func TestKeycloakReplayedCallbackIsRefused(t *testing.T) {
	c := keycloakClient(t, nil)
	state, query := signIn(t, c, oidctest.NewBrowser(callbackBase), "paula.planung")
	if _, err := c.Finish(testContext(t), state, query); err != nil {
		t.Fatal(err)
	}
	_, err := c.Finish(testContext(t), state, query)
	wantCode(t, err, graph.Unauthorized, "schon abgeschlossen")
}

func TestKeycloakForgedStateIsRefused(t *testing.T) {
	c := keycloakClient(t, nil)
	state, query := signIn(t, c, oidctest.NewBrowser(callbackBase), "paula.planung")

	// A callback whose state is not the one this browser began with (login CSRF: an
	// attacker's code and state planted in the victim's browser).
	_, err := c.Finish(testContext(t), random(), query)
	wantCode(t, err, graph.Unauthorized, "nicht in diesem Browser begonnen")
	// A state that was never begun, even if the browser claims it.
	forged := url.Values{"code": {query.Get("code")}, "state": {random()}}
	_, err = c.Finish(testContext(t), forged.Get("state"), forged)
	wantCode(t, err, graph.Unauthorized, "abgelaufen")
	// The forgeries did not use up the genuine sign-in.
	if _, err := c.Finish(testContext(t), state, query); err != nil {
		t.Fatalf("the genuine callback after the forged ones: %v", err)
	}
}

func TestKeycloakWrongNonceIsRefused(t *testing.T) {
	c := keycloakClient(t, nil)
	state, query := signIn(t, c, oidctest.NewBrowser(callbackBase), "paula.planung")
	// The ID token carries the nonce of the sign-in the code was issued for; the
	// server now expects another one, as for a token injected from another sign-in.
	c.pending.mu.Lock()
	c.pending.byState[state].Value.(*pending).nonce = random()
	c.pending.mu.Unlock()
	_, err := c.Finish(testContext(t), state, query)
	wantCode(t, err, graph.Unauthorized, "gehört nicht zu dieser Anmeldung")
}

func TestKeycloakRequiresPKCE(t *testing.T) {
	c := keycloakClient(t, nil)
	for name, verifier := range map[string]string{"missing verifier": "", "wrong verifier": oauth2.GenerateVerifier()} {
		t.Run(name, func(t *testing.T) {
			state, query := signIn(t, c, oidctest.NewBrowser(callbackBase), "paula.planung")
			c.pending.mu.Lock()
			c.pending.byState[state].Value.(*pending).verifier = verifier
			c.pending.mu.Unlock()
			_, err := c.Finish(testContext(t), state, query)
			wantCode(t, err, graph.Unauthorized, "Code nicht angenommen")
		})
	}
	t.Run("no challenge", func(t *testing.T) {
		// An authorization request without a code challenge: the realm's client
		// demands S256, so Keycloak sends the browser back with an error.
		_, state := begin(t, c)
		b := oidctest.NewBrowser(callbackBase)
		page, err := b.Get(testContext(t), c.prov.oauth.AuthCodeURL(state))
		if err != nil {
			t.Fatal(err)
		}
		if page.URL.Query().Get("error") == "" {
			t.Fatalf("Keycloak accepted a request without PKCE: ended at %s", page.URL)
		}
		_, err = c.Finish(testContext(t), state, page.URL.Query())
		wantCode(t, err, graph.Unauthorized, "abgelehnt")
	})
}

func TestKeycloakSignOutEndsTheProviderSession(t *testing.T) {
	c := keycloakClient(t, nil)
	b := oidctest.NewBrowser(callbackBase)
	state, query := signIn(t, c, b, "erik.redaktion")
	id, err := c.Finish(testContext(t), state, query)
	if err != nil {
		t.Fatal(err)
	}
	// While the provider's session lasts, a new sign-in needs no password.
	authURL, _ := begin(t, c)
	page, err := b.Get(testContext(t), authURL)
	if err != nil {
		t.Fatal(err)
	}
	if page.LoginForm() || !strings.HasPrefix(page.URL.String(), callback+"?") {
		t.Fatalf("with a provider session, the browser ended at %s (login form: %v)", page.URL, page.LoginForm())
	}

	out, err := c.SignOutURL(testContext(t), id.IDToken)
	if err != nil || !strings.Contains(out, "id_token_hint=") {
		t.Fatalf("sign-out URL %s has no id_token_hint", out)
	}
	page, err = b.Get(testContext(t), out)
	if err != nil {
		t.Fatal(err)
	}
	if page.URL.String() != signedOut {
		t.Fatalf("after sign-out the browser ended at %s (status %d), want %s", page.URL, page.Status, signedOut)
	}
	authURL, _ = begin(t, c)
	if page, err = b.Get(testContext(t), authURL); err != nil {
		t.Fatal(err)
	}
	if !page.LoginForm() {
		t.Fatalf("after sign-out a new sign-in ended at %s without asking for the password", page.URL)
	}
}

func TestProviderDown(t *testing.T) {
	// Nothing listens on port 1: New succeeds (discovery waits for the first sign-in),
	// Begin and SignOutURL fail with Unavailable.
	c, err := New(Config{Issuer: "http://127.0.0.1:1/realms/x", ClientID: "c", ClientSecret: "s", RedirectURL: callback, DefaultRole: graph.RoleViewer})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Begin(testContext(t))
	wantCode(t, err, graph.Unavailable, "nicht erreichbar")
	_, err = c.SignOutURL(testContext(t), "")
	wantCode(t, err, graph.Unavailable, "nicht erreichbar")
}
