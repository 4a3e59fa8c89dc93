package oidc

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func TestParseRoles(t *testing.T) {
	got, err := ParseRoles(" netzwerkatlas-admin = admin, sozialplanung=analyst,")
	want := map[string]graph.Role{"netzwerkatlas-admin": graph.RoleAdmin, "sozialplanung": graph.RoleAnalyst}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("ParseRoles = %v, %v; want %v", got, err, want)
	}
	for in, msg := range map[string]string{
		"sozialplanung":                  "nicht die Form",
		"=admin":                         "nicht die Form",
		"sozialplanung=chef":             `Die Rolle "chef" für "sozialplanung" ist unbekannt`,
		"a=viewer,a=admin":               `"a" ist in der Rollenzuordnung zweimal genannt`,
		"sozialplanung=analyst,x=viewer": "",
	} {
		_, err := ParseRoles(in)
		if msg == "" {
			if err != nil {
				t.Errorf("ParseRoles(%q): %v", in, err)
			}
			continue
		}
		if graph.ErrorCode(err) != graph.Invalid || !strings.Contains(graph.ErrorMessage(err), msg) {
			t.Errorf("ParseRoles(%q) = %v, want Invalid with %q", in, err, msg)
		}
	}
}

func TestMapRole(t *testing.T) {
	roles := map[string]graph.Role{"admins": graph.RoleAdmin, "planung": graph.RoleAnalyst, "lesen": graph.RoleViewer}
	for _, tc := range []struct {
		claim    string
		fallback graph.Role
		want     graph.Role
	}{
		{`["lesen","admins","planung"]`, "", graph.RoleAdmin},
		{`["/planung"]`, "", graph.RoleAnalyst}, // Keycloak's full group path
		{`"planung"`, "", graph.RoleAnalyst},    // a single value
		{`["unbekannt"]`, "", ""},
		{`["unbekannt"]`, graph.RoleViewer, graph.RoleViewer},
		{`["lesen"]`, graph.RoleEditor, graph.RoleViewer}, // the default applies only when nothing matches
		{``, graph.RoleViewer, graph.RoleViewer},
		{`null`, "", ""},
	} {
		got, err := mapRole(json.RawMessage(tc.claim), roles, tc.fallback)
		if err != nil || got != tc.want {
			t.Errorf("mapRole(%s, default %q) = %q, %v; want %q", tc.claim, tc.fallback, got, err, tc.want)
		}
	}
	if _, err := mapRole(json.RawMessage(`{"a":1}`), roles, ""); err == nil {
		t.Error("an object as role claim was accepted")
	}
}

func TestConfigCheck(t *testing.T) {
	err := Config{Issuer: "ftp://x", RedirectURL: "http://127.0.0.1/cb", ClientID: "c"}.check()
	msg := graph.ErrorMessage(err)
	if graph.ErrorCode(err) != graph.Invalid {
		t.Fatalf("got %v", err)
	}
	fields := map[string]bool{}
	for _, f := range graph.ErrorFields(err) {
		fields[f.Field] = true
	}
	for _, f := range []string{"issuer", "client_secret", "roles"} {
		if !fields[f] {
			t.Errorf("no complaint about %s in %v (%s)", f, graph.ErrorFields(err), msg)
		}
	}
}
