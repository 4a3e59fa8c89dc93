package api

import (
	"net/http"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// TestSavedViews saves views, lists them by name, refuses a second view of the same
// name and wrong input with German messages naming the field, and lets only the
// token that saved a view, or an admin, delete it.
func TestSavedViews(t *testing.T) {
	env := newEnv(t, Config{})
	save := func(role graph.Role, body string) (*savedView, problem, int) {
		t.Helper()
		rec := env.do(req{method: "POST", path: "/api/v1/saved-views", role: role, body: body})
		if rec.Code != http.StatusCreated {
			return nil, problemOf(t, rec), rec.Code
		}
		var v savedView
		decodeBody(t, rec, &v)
		if rec.Header().Get("Location") != "/api/v1/saved-views/"+v.Key {
			t.Errorf("Location %q for key %s", rec.Header().Get("Location"), v.Key)
		}
		return &v, problem{}, rec.Code
	}
	list := func() []savedView {
		t.Helper()
		var l viewList
		decodeBody(t, env.do(req{method: "GET", path: "/api/v1/saved-views", role: analyst}), &l)
		return l.Items
	}

	a, _, code := save(analyst, `{"name":" Lücken Nord ","path":"/kopplungspotenziale","query":"?wave=wv-2&legal_domain=sgb8"}`)
	if code != http.StatusCreated || a.Name != "Lücken Nord" || a.URL != "/kopplungspotenziale?legal_domain=sgb8&wave=wv-2" || a.CreatedBy != "Test analyst" {
		t.Fatalf("saved %d %+v", code, a)
	}
	b, _, _ := save(admin, `{"name":"Alle Lücken","path":"/angebotsluecken","query":""}`)
	if got := list(); len(got) != 2 || got[0].Name != "Alle Lücken" || got[1].Key != a.Key {
		t.Errorf("list %+v, want both by name", got)
	}

	for _, tc := range []struct {
		role   graph.Role
		body   string
		status int
		field  string
	}{
		{analyst, `{"name":"lücken nord","path":"/karte","query":""}`, http.StatusConflict, "name"},
		{analyst, `{"name":"  ","path":"/karte","query":""}`, http.StatusUnprocessableEntity, "name"},
		{analyst, `{"name":"Extern","path":"//example.org/x","query":""}`, http.StatusUnprocessableEntity, "path"},
		{analyst, `{"name":"API","path":"/api/v1/tokens","query":""}`, http.StatusUnprocessableEntity, "path"},
		{analyst, `{"name":"Kaputt","path":"/karte","query":"a=%zz"}`, http.StatusUnprocessableEntity, "query"},
		{analyst, `{"name":"Zu lang","path":"/karte","query":"` + strings.Repeat("a", 2001) + `"}`, http.StatusUnprocessableEntity, "query"},
		{viewer, `{"name":"Leser","path":"/karte","query":""}`, http.StatusForbidden, ""},
	} {
		v, p, code := save(tc.role, tc.body)
		if v != nil || code != tc.status || tc.field != "" && (len(p.Errors) == 0 || p.Errors[0].Field != tc.field) {
			t.Errorf("%s: %d %+v, want %d naming %q", tc.body, code, p, tc.status, tc.field)
		}
		if tc.status == http.StatusUnprocessableEntity && !strings.Contains(p.Errors[0].Message, " ") {
			t.Errorf("%s: message %q, want a German sentence", tc.body, p.Errors[0].Message)
		}
	}

	// Another analyst may not delete the view; its author and an admin may.
	secret := graph.NewTokenSecret()
	if err := env.store.CreateToken(t.Context(), &graph.Token{Name: "Kollegin", Role: graph.RoleAnalyst, Hash: graph.HashToken(secret)}); err != nil {
		t.Fatal(err)
	}
	rec := env.do(req{method: "DELETE", path: "/api/v1/saved-views/" + a.Key, header: map[string]string{"Authorization": "Bearer " + secret}})
	if rec.Code != http.StatusForbidden || !strings.Contains(problemOf(t, rec).Detail, "Test analyst") {
		t.Errorf("colleague's delete: %d %s, want 403 naming the author", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "DELETE", path: "/api/v1/saved-views/" + a.Key, role: analyst}); rec.Code != http.StatusNoContent {
		t.Errorf("author's delete: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "DELETE", path: "/api/v1/saved-views/" + a.Key, role: analyst}); rec.Code != http.StatusNotFound {
		t.Errorf("second delete: %d, want 404", rec.Code)
	}
	if rec := env.do(req{method: "DELETE", path: "/api/v1/saved-views/" + b.Key, role: admin}); rec.Code != http.StatusNoContent {
		t.Errorf("admin's delete: %d %s", rec.Code, rec.Body)
	}
	if got := list(); len(got) != 0 {
		t.Errorf("list after deleting %+v", got)
	}
}
