// Package oidctest gives tests a real OpenID Connect provider: the Keycloak that
// .ci/with-keycloak starts with the realm in testdata/realm.json, and a browser (an
// HTTP client with a cookie jar) that signs in through Keycloak's login form.
//
// Without KEYCLOAK_TEST_ISSUER the tests that need the provider skip, except under CI
// (CI=true or NETZWERKATLAS_REQUIRE_KEYCLOAK=1), where they fail.
package oidctest

import (
	_ "embed"
	"encoding/json"
	"os"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The variables .ci/with-keycloak exports.
const (
	EnvIssuer       = "KEYCLOAK_TEST_ISSUER"        // the test realm's issuer URL
	EnvClientID     = "KEYCLOAK_TEST_CLIENT_ID"     // the Netzwerkatlas client in it
	EnvClientSecret = "KEYCLOAK_TEST_CLIENT_SECRET" // its secret
	envRequire      = "NETZWERKATLAS_REQUIRE_KEYCLOAK"
)

//go:embed testdata/realm.json
var realmJSON []byte

// Provider is the test realm as the tests reach it.
type Provider struct {
	Issuer       string
	ClientID     string
	ClientSecret string
}

// User is a person of the test realm with the password to sign in.
type User struct {
	Username, Password, Email, FirstName, LastName string
	Groups                                         []string
}

// Roles maps the test realm's groups to roles as an installation would; the group
// "kaemmerei" is left out on purpose (its members get no role).
var Roles = map[string]graph.Role{
	"netzwerkatlas-admin":     graph.RoleAdmin,
	"netzwerkatlas-redaktion": graph.RoleEditor,
	"sozialplanung":           graph.RoleAnalyst,
	"steuerungsgruppe":        graph.RoleViewer,
}

// Keycloak returns the test provider, or skips t when none is configured (fails it
// under CI, where .ci/run starts one).
func Keycloak(t testing.TB) Provider {
	t.Helper()
	p := Provider{Issuer: os.Getenv(EnvIssuer), ClientID: os.Getenv(EnvClientID), ClientSecret: os.Getenv(EnvClientSecret)}
	if p.Issuer == "" || p.ClientID == "" || p.ClientSecret == "" {
		msg := EnvIssuer + ", " + EnvClientID + " and " + EnvClientSecret + " are not set: run the tests with .ci/with-keycloak"
		if os.Getenv("CI") == "true" || os.Getenv(envRequire) == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

// Users returns the people of the test realm by username.
func Users(t testing.TB) map[string]User {
	t.Helper()
	var realm struct {
		Users []struct {
			Username, Email, FirstName, LastName string
			Groups                               []string
			Credentials                          []struct{ Type, Value string }
		}
	}
	if err := json.Unmarshal(realmJSON, &realm); err != nil {
		t.Fatalf("testdata/realm.json: %v", err)
	}
	users := map[string]User{}
	for _, u := range realm.Users {
		user := User{Username: u.Username, Email: u.Email, FirstName: u.FirstName, LastName: u.LastName, Groups: u.Groups}
		for _, c := range u.Credentials {
			if c.Type == "password" {
				user.Password = c.Value
			}
		}
		users[u.Username] = user
	}
	return users
}
