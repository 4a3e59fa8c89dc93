package main

import (
	"flag"
	"fmt"
	"log/slog"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/oidc"
)

// ssoSecretEnv is the only source of the single sign-on client secret.
const ssoSecretEnv = "NETZWERKATLAS_OIDC_CLIENT_SECRET"

// ssoConfig holds the options of single sign-on with the county's OpenID Connect
// provider (package oidc).
type ssoConfig struct {
	issuer, discovery, clientID, roleClaim, roles, defaultRole, secret string
}

// addSSOFlags registers the single sign-on options on fs, with defaults from the
// environment. The client secret is read from NETZWERKATLAS_OIDC_CLIENT_SECRET only,
// never from a flag, and never logged.
func addSSOFlags(fs *flag.FlagSet, e *env) *ssoConfig {
	c := &ssoConfig{secret: e.getenv(ssoSecretEnv)}
	fs.StringVar(&c.issuer, "oidc-issuer", e.getenv("NETZWERKATLAS_OIDC_ISSUER"),
		"Anmeldung mit dem Konto der Verwaltung: Issuer-Adresse des OpenID-Connect-Dienstes, z. B. https://sso.landkreis.de/realms/verwaltung; ohne sie keine Anmeldung darüber (NETZWERKATLAS_OIDC_ISSUER)")
	fs.StringVar(&c.discovery, "oidc-discovery-url", e.getenv("NETZWERKATLAS_OIDC_DISCOVERY_URL"),
		"wo der Server den Anmeldedienst erreicht, wenn nicht unter der Issuer-Adresse (etwa in docker-compose) (NETZWERKATLAS_OIDC_DISCOVERY_URL)")
	fs.StringVar(&c.clientID, "oidc-client-id", envOr(e, "NETZWERKATLAS_OIDC_CLIENT_ID", "netzwerkatlas"),
		"Client-ID des Netzwerkatlas beim Anmeldedienst; das Client-Secret nur aus "+ssoSecretEnv+" (NETZWERKATLAS_OIDC_CLIENT_ID)")
	fs.StringVar(&c.roleClaim, "oidc-role-claim", envOr(e, "NETZWERKATLAS_OIDC_ROLE_CLAIM", "groups"),
		"Feld des ID-Tokens mit den Gruppen oder Rollen der Person (NETZWERKATLAS_OIDC_ROLE_CLAIM)")
	fs.StringVar(&c.roles, "oidc-roles", e.getenv("NETZWERKATLAS_OIDC_ROLES"),
		"Zuordnung von Gruppen zu Rollen, z. B. netzwerkatlas-admin=admin,sozialplanung=analyst; die höchste gilt (NETZWERKATLAS_OIDC_ROLES)")
	fs.StringVar(&c.defaultRole, "oidc-default-role", e.getenv("NETZWERKATLAS_OIDC_DEFAULT_ROLE"),
		"Rolle für Personen ohne zugeordnete Gruppe; leer: sie werden abgewiesen (NETZWERKATLAS_OIDC_DEFAULT_ROLE)")
	return c
}

// client returns the single sign-on client, or nil if no issuer is set. publicURL is
// the address browsers reach the server at, the base of the callback.
func (c *ssoConfig) client(publicURL string, logger *slog.Logger) (*oidc.Client, error) {
	if c.issuer == "" {
		return nil, nil
	}
	roles, err := oidc.ParseRoles(c.roles)
	if err != nil {
		return nil, usageError{"--oidc-roles: " + graph.ErrorMessage(err)}
	}
	base := strings.TrimSuffix(publicURL, "/")
	client, err := oidc.New(oidc.Config{Issuer: c.issuer, DiscoveryURL: c.discovery, ClientID: c.clientID, ClientSecret: c.secret,
		RedirectURL: base + "/api/v1/auth/oidc/callback", PostLogoutRedirectURL: base + "/anmeldung",
		RoleClaim: c.roleClaim, Roles: roles, DefaultRole: graph.Role(c.defaultRole)})
	if err != nil {
		msg := graph.ErrorMessage(err)
		for _, f := range graph.ErrorFields(err) {
			name := "--oidc-" + strings.ReplaceAll(f.Field, "_", "-")
			if f.Field == "client_secret" {
				name = ssoSecretEnv
			}
			msg += fmt.Sprintf(" %s: %s", name, f.Message)
		}
		return nil, usageError{msg}
	}
	logger.Info("single sign-on configured", "issuer", c.issuer, "client_id", c.clientID, "role_claim", c.roleClaim, "roles", len(roles))
	return client, nil
}
