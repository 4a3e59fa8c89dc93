package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestSSOConfig(t *testing.T) {
	parse := func(vars map[string]string, args ...string) *ssoConfig {
		e := &env{getenv: func(k string) string { return vars[k] }, stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
		fs := newFlags(e, "serve", "serve")
		c := addSSOFlags(fs, e)
		if err := parse(fs, args); err != nil {
			t.Fatal(err)
		}
		return c
	}
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))

	// No issuer: no single sign-on.
	if c, err := parse(nil).client("http://127.0.0.1:8080", logger); c != nil || err != nil {
		t.Fatalf("without an issuer: %v, %v", c, err)
	}
	issuer := []string{"--oidc-issuer", "https://sso.kreis.example/realms/verwaltung"}
	c, err := parse(map[string]string{ssoSecretEnv: "streng-geheim", "NETZWERKATLAS_OIDC_ROLES": "sozialplanung=analyst"}, issuer...).
		client("https://netz.kreis.example/", logger)
	if c == nil || err != nil {
		t.Fatalf("complete configuration: %v", err)
	}
	if strings.Contains(logs.String(), "streng-geheim") || !strings.Contains(logs.String(), "sso.kreis.example") {
		t.Errorf("log: %s", logs.String())
	}
	for _, tc := range []struct {
		vars map[string]string
		args []string
		want string
	}{
		// The secret comes from the environment only: the error names the variable.
		{map[string]string{"NETZWERKATLAS_OIDC_ROLES": "a=viewer"}, issuer, ssoSecretEnv},
		{map[string]string{ssoSecretEnv: "s"}, append(issuer, "--oidc-roles", "a=chef"), `--oidc-roles: Die Rolle "chef"`},
		{map[string]string{ssoSecretEnv: "s"}, issuer, "--oidc-roles: Ohne Rollenzuordnung und ohne Standardrolle"},
		{map[string]string{ssoSecretEnv: "s"}, append(issuer, "--oidc-default-role", "chef"), "--oidc-default-role"},
	} {
		_, err := parse(tc.vars, tc.args...).client("http://127.0.0.1:8080", logger)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v %v: %v, want an error with %q", tc.vars, tc.args, err, tc.want)
		}
	}
}
