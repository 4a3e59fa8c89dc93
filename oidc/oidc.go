package oidc

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Config says which provider to use and how its claims become a role.
type Config struct {
	// Issuer is the provider's issuer URL, as the browser reaches it and as the ID
	// tokens name it, such as https://sso.example.de/realms/landkreis.
	Issuer string
	// DiscoveryURL is where the server reaches the provider, if not at Issuer (such as
	// http://keycloak:8080/realms/landkreis inside docker-compose). Optional.
	DiscoveryURL string
	// ClientID and ClientSecret identify Netzwerkatlas at the provider. The secret
	// comes from the environment only, never from a flag or a file in the repository.
	ClientID     string
	ClientSecret string
	// RedirectURL is the callback the provider sends the browser back to.
	RedirectURL string
	// PostLogoutRedirectURL is where the provider sends the browser after signing out.
	// Optional.
	PostLogoutRedirectURL string
	// RoleClaim names the ID token claim that carries groups or roles (default
	// "groups"); Roles maps its values to roles, the highest one wins.
	RoleClaim string
	Roles     map[string]graph.Role
	// DefaultRole is the role of a person none of whose claim values is in Roles; ""
	// refuses such a person.
	DefaultRole graph.Role
	// PendingTTL is how long a begun sign-in may take (default 10 minutes);
	// MaxPending is how many begun sign-ins are kept at once (default 10000).
	PendingTTL time.Duration
	MaxPending int
	// HTTPClient reaches the provider (default: a client with a 30-second timeout).
	HTTPClient *http.Client
	// Now is the clock (default time.Now); tests set it.
	Now func() time.Time
}

// Identity is a person the provider has vouched for.
type Identity struct {
	Subject string     // the provider's stable ID of the person ("sub")
	Email   string     // may be empty if the provider does not release it
	Name    string     // the display name, or the e-mail, or the subject
	Role    graph.Role // mapped from the role claim
	// IDToken is the raw ID token, to be given back as the hint when signing out.
	IDToken string
}

// Client runs sign-ins with one provider. It is safe for concurrent use.
type Client struct {
	cfg     Config
	pending *pendingStore

	mu   sync.Mutex
	prov *provider // nil until the first successful discovery
}

// provider is what discovery found out about the provider.
type provider struct {
	oauth      oauth2.Config
	verifier   *gooidc.IDTokenVerifier
	endSession string
}

// New checks cfg and returns a Client; it fails with Invalid for an incomplete Config.
// The provider is discovered at the first sign-in (and again after a failure), so
// that a server starts while the provider is down.
func New(cfg Config) (*Client, error) {
	if cfg.RoleClaim == "" {
		cfg.RoleClaim = "groups"
	}
	if cfg.PendingTTL <= 0 {
		cfg.PendingTTL = 10 * time.Minute
	}
	if cfg.MaxPending <= 0 {
		cfg.MaxPending = 10000
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	return &Client{cfg: cfg, pending: newPendingStore(cfg.MaxPending, cfg.PendingTTL, cfg.Now)}, nil
}

// provider returns the discovered provider, discovering it if need be; Unavailable
// if it cannot be reached.
func (c *Client) provider(ctx context.Context) (*provider, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.prov != nil {
		return c.prov, nil
	}
	ctx = gooidc.ClientContext(ctx, c.cfg.HTTPClient)
	discovery := c.cfg.Issuer
	if c.cfg.DiscoveryURL != "" {
		discovery = c.cfg.DiscoveryURL
		ctx = gooidc.InsecureIssuerURLContext(ctx, c.cfg.Issuer)
	}
	p, err := gooidc.NewProvider(ctx, discovery)
	if err != nil {
		return nil, unavailable(fmt.Errorf("oidc: discovery at %s: %w", discovery, err))
	}
	var meta struct {
		EndSession string `json:"end_session_endpoint"`
	}
	if err := p.Claims(&meta); err != nil {
		return nil, unavailable(fmt.Errorf("oidc: discovery document: %w", err))
	}
	c.prov = &provider{
		oauth: oauth2.Config{
			ClientID:     c.cfg.ClientID,
			ClientSecret: c.cfg.ClientSecret,
			RedirectURL:  c.cfg.RedirectURL,
			Endpoint:     p.Endpoint(),
			Scopes:       []string{gooidc.ScopeOpenID, "profile", "email"},
		},
		verifier:   p.Verifier(&gooidc.Config{ClientID: c.cfg.ClientID, Now: c.cfg.Now}),
		endSession: meta.EndSession,
	}
	return c.prov, nil
}

// check names the first missing or malformed setting, in German.
func (cfg Config) check() error {
	c := graph.NewChecker("")
	for _, u := range []struct{ field, value string }{
		{"issuer", cfg.Issuer}, {"redirect_url", cfg.RedirectURL}, {"discovery_url", cfg.DiscoveryURL}, {"post_logout_redirect_url", cfg.PostLogoutRedirectURL},
	} {
		if u.value == "" {
			if u.field == "issuer" || u.field == "redirect_url" {
				c.Add(u.field, "fehlt.")
			}
			continue
		}
		if p, err := url.Parse(u.value); err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			c.Add(u.field, "%q ist keine http(s)-Adresse.", u.value)
		}
	}
	if cfg.ClientID == "" {
		c.Add("client_id", "fehlt.")
	}
	if cfg.ClientSecret == "" {
		c.Add("client_secret", "fehlt (nur aus der Umgebung).")
	}
	if cfg.DefaultRole != "" && !cfg.DefaultRole.Valid() {
		c.Add("default_role", "Die Rolle %q ist unbekannt; möglich sind viewer, analyst, editor und admin.", cfg.DefaultRole)
	}
	if len(cfg.Roles) == 0 && cfg.DefaultRole == "" {
		c.Add("roles", "Ohne Rollenzuordnung und ohne Standardrolle könnte sich niemand anmelden.")
	}
	return c.Err("Die Einstellungen für die Anmeldung mit dem Konto der Verwaltung (OIDC) sind unvollständig.")
}

// Begin starts a sign-in. It returns the provider's authorization URL, to which the
// browser is sent, and the state, which the caller keeps in the browser (a cookie) and
// hands back to Finish. The PKCE verifier and the nonce stay on the server. It fails
// with Unavailable if the provider cannot be reached.
func (c *Client) Begin(ctx context.Context) (authURL, state string, err error) {
	prov, err := c.provider(ctx)
	if err != nil {
		return "", "", err
	}
	p := pending{state: random(), verifier: oauth2.GenerateVerifier(), nonce: random()}
	c.pending.put(p)
	return prov.oauth.AuthCodeURL(p.state, oauth2.S256ChallengeOption(p.verifier), gooidc.Nonce(p.nonce)), p.state, nil
}

// Finish completes a sign-in from the query of the callback. browserState is the state
// Begin returned, as the browser kept it; it must equal the query's state, which must
// belong to a begun sign-in that has not expired and has not been finished before (a
// replayed callback is refused). Finish then redeems the code with the PKCE verifier,
// verifies the ID token (signature, issuer, audience, expiry) and its nonce, and maps
// the role claim to a role.
func (c *Client) Finish(ctx context.Context, browserState string, query url.Values) (Identity, error) {
	if e := query.Get("error"); e != "" {
		return Identity{}, refused(fmt.Errorf("oidc: provider returned %s: %s", e, query.Get("error_description")),
			"Der Anmeldedienst der Verwaltung hat die Anmeldung abgelehnt (%s).", e)
	}
	state := query.Get("state")
	if state == "" || browserState == "" || subtle.ConstantTimeCompare([]byte(state), []byte(browserState)) != 1 {
		return Identity{}, refused(errors.New("oidc: state does not match the browser's"),
			"Diese Anmeldung wurde nicht in diesem Browser begonnen. Bitte melden Sie sich erneut an.")
	}
	p, ok := c.pending.take(state)
	if !ok {
		return Identity{}, refused(errors.New("oidc: unknown, used or expired state"),
			"Diese Anmeldung ist abgelaufen oder wurde schon abgeschlossen. Bitte melden Sie sich erneut an.")
	}
	code := query.Get("code")
	if code == "" {
		return Identity{}, refused(errors.New("oidc: callback without code"), "Der Anmeldedienst hat keinen Code übermittelt. Bitte melden Sie sich erneut an.")
	}
	prov, err := c.provider(ctx)
	if err != nil {
		return Identity{}, err
	}
	ctx = gooidc.ClientContext(ctx, c.cfg.HTTPClient)
	tok, err := prov.oauth.Exchange(ctx, code, oauth2.VerifierOption(p.verifier))
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) {
			return Identity{}, refused(fmt.Errorf("oidc: code exchange: %w", err),
				"Der Anmeldedienst hat den Code nicht angenommen. Bitte melden Sie sich erneut an.")
		}
		return Identity{}, unavailable(fmt.Errorf("oidc: code exchange: %w", err))
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return Identity{}, refused(errors.New("oidc: token response without id_token"), "Der Anmeldedienst hat keinen Ausweis (ID-Token) geliefert.")
	}
	idt, err := prov.verifier.Verify(ctx, raw)
	if err != nil {
		return Identity{}, refused(fmt.Errorf("oidc: ID token: %w", err), "Der Ausweis (ID-Token) des Anmeldedienstes ist ungültig.")
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(p.nonce)) != 1 {
		return Identity{}, refused(errors.New("oidc: nonce does not match"), "Der Ausweis (ID-Token) gehört nicht zu dieser Anmeldung.")
	}
	return c.identity(idt, raw)
}

// identity reads the person and the role from a verified ID token.
func (c *Client) identity(idt *gooidc.IDToken, raw string) (Identity, error) {
	var claims map[string]json.RawMessage
	var std struct {
		Email    string `json:"email"`
		Name     string `json:"name"`
		Username string `json:"preferred_username"`
	}
	if err := idt.Claims(&claims); err != nil {
		return Identity{}, fmt.Errorf("oidc: claims: %w", err)
	}
	if err := idt.Claims(&std); err != nil {
		return Identity{}, fmt.Errorf("oidc: claims: %w", err)
	}
	role, err := mapRole(claims[c.cfg.RoleClaim], c.cfg.Roles, c.cfg.DefaultRole)
	if err != nil {
		return Identity{}, refused(err, "Der Anmeldedienst liefert die Rollen im Feld %q in unbekannter Form.", c.cfg.RoleClaim)
	}
	if role == "" {
		return Identity{}, &graph.Error{Code: graph.Forbidden, Err: fmt.Errorf("oidc: no role for %s", idt.Subject),
			Message: "Ihr Konto der Verwaltung ist für den Netzwerkatlas nicht freigeschaltet. Bitte wenden Sie sich an die Verwaltung des Netzwerkatlas."}
	}
	id := Identity{Subject: idt.Subject, Email: std.Email, Name: strings.TrimSpace(std.Name), Role: role, IDToken: raw}
	for _, n := range []string{std.Username, std.Email, idt.Subject} {
		if id.Name == "" {
			id.Name = n
		}
	}
	return id, nil
}

// SignOutURL returns the provider's end-session URL with idToken as the hint (if not
// empty), which ends the person's session at the provider, or "" if the provider has
// none. It fails with Unavailable if the provider cannot be reached.
func (c *Client) SignOutURL(ctx context.Context, idToken string) (string, error) {
	prov, err := c.provider(ctx)
	if err != nil || prov.endSession == "" {
		return "", err
	}
	q := url.Values{"client_id": {c.cfg.ClientID}}
	if idToken != "" {
		q.Set("id_token_hint", idToken)
	}
	if c.cfg.PostLogoutRedirectURL != "" {
		q.Set("post_logout_redirect_uri", c.cfg.PostLogoutRedirectURL)
	}
	sep := "?"
	if strings.Contains(prov.endSession, "?") {
		sep = "&"
	}
	return prov.endSession + sep + q.Encode(), nil
}

// unavailable is the error of a provider that cannot be reached.
func unavailable(cause error) error {
	return &graph.Error{Code: graph.Unavailable, Err: cause,
		Message: "Der Anmeldedienst der Verwaltung (Single Sign-on) ist nicht erreichbar; bitte später erneut versuchen."}
}

// refused is an Unauthorized error with a German message and its technical cause.
func refused(cause error, format string, args ...any) error {
	return &graph.Error{Code: graph.Unauthorized, Message: fmt.Sprintf(format, args...), Err: cause}
}

// random returns 32 random bytes, base64url-encoded.
func random() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
