package api

import (
	"net/http"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

const (
	viewer  = graph.RoleViewer
	analyst = graph.RoleAnalyst
	editor  = graph.RoleEditor
	admin   = graph.RoleAdmin
)

// validActor is a body that creates an actor.
const validActor = `{"name":"Tafel Seeland","kind":"association","legal_domains":["civil_society"],"fields":["poverty"]}`

// TestProblems sends every kind of bad request through the real router and checks
// status, problem type and the named field; a failed write must leave the store's
// revision as it was.
func TestProblems(t *testing.T) {
	env := newEnv(t, Config{})
	big := `{"name":"` + strings.Repeat("x", DefaultMaxBodyBytes) + `"}`
	for _, tc := range []struct {
		name   string
		req    req
		status int
		typ    string // problem type slug
		field  string // a field the problem must name, if any
		detail string // a part of the detail, if any
	}{
		// Malformed bodies.
		{"malformed JSON", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":`}, 400, "malformed-json", "", "endet unerwartet"},
		{"syntax error position", req{method: "POST", path: "/api/v1/actors", role: editor, body: "{\n  \"name\" 1}"}, 400, "malformed-json", "", "Zeile 2, Spalte 10"},
		{"empty body", req{method: "POST", path: "/api/v1/actors", role: editor, body: " "}, 400, "malformed-json", "", "leer"},
		{"invalid UTF-8", req{method: "POST", path: "/api/v1/actors", role: editor, body: "{\"name\":\"Caritas M\xfcnchen\"}"}, 400, "invalid-utf8", "name", "kein gültiges UTF-8 sind (Zeile 1, Spalte 19)"},
		{"invalid UTF-8 in batch", req{method: "POST", path: "/api/v1/batch", role: editor, body: "{\"actors\":[{\"name\":\"X\"},\n{\"name\":\"Y\",\"address\":{\"city\":\"M\xfcnchen\"}}]}"}, 400, "invalid-utf8", "actors[1].address.city", "Zeile 2, Spalte 33"},
		{"trailing data", req{method: "POST", path: "/api/v1/actors", role: editor, body: validActor + ` {}`}, 400, "malformed-json", "", "weitere Daten"},
		{"not an object", req{method: "POST", path: "/api/v1/actors", role: editor, body: `[1]`}, 400, "wrong-type", "", "ein Objekt"},
		{"unknown field", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":"X","nmae":"Y"}`}, 400, "unknown-field", "nmae", ""},
		{"unknown nested field", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":"X","address":{"stret":"Y"}}`}, 400, "unknown-field", "address.stret", ""},
		{"unknown field in batch", req{method: "POST", path: "/api/v1/batch", role: editor, body: `{"actors":[{"name":"X"},{"nme":"Y"}]}`}, 400, "unknown-field", "actors[1].nme", ""},
		{"wrong type string", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":1}`}, 400, "wrong-type", "name", "Zeile 1"},
		{"wrong type list", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":"X","legal_domains":"sgb9"}`}, 400, "wrong-type", "legal_domains", ""},
		{"wrong type integer", req{method: "POST", path: "/api/v1/cooperations", role: editor, body: `{"from":"ac-1","to":"ac-2","kinds":["information"],"intensity":"hoch"}`}, 400, "wrong-type", "intensity", ""},
		{"fraction for integer", req{method: "POST", path: "/api/v1/cooperations", role: editor, body: `{"from":"ac-1","to":"ac-2","kinds":["information"],"intensity":2.5}`}, 400, "wrong-type", "intensity", ""},
		{"null body", req{method: "POST", path: "/api/v1/batch", role: editor, body: `null`}, 400, "wrong-type", "", "null"},
		{"null for a text", req{method: "POST", path: "/api/v1/waves", role: editor, body: `{"name":"W","date":"2025-01-01","id":null}`}, 400, "wrong-type", "id", "null"},
		{"null in a batch", req{method: "POST", path: "/api/v1/batch", role: editor, body: `{"actors":[{"name":"X","legal_domains":[null]}]}`}, 400, "wrong-type", "actors[0].legal_domains[0]", "null"},
		{"null inside a pointer", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":"X","kind":"association","legal_domains":["sgb9"],"location":{"lat":1,"lon":null}}`}, 400, "wrong-type", "location.lon", "null"},
		{"fraction for integer after all", req{method: "POST", path: "/api/v1/cooperations", role: editor, body: `{"from":"ac-1","to":"ac-2","kinds":["information"],"intensity":2.0,"trust":25e-1}`}, 400, "wrong-type", "trust", ""},
		{"bad timestamp", req{method: "POST", path: "/api/v1/waves", role: editor, body: `{"name":"W","date":"2025-01-01","created_at":"gestern"}`}, 400, "wrong-type", "", "RFC 3339"},
		{"not JSON", req{method: "POST", path: "/api/v1/actors", role: editor, body: validActor, header: map[string]string{"Content-Type": "text/csv"}}, 415, "unsupported-media-type", "", ""},
		{"oversized", req{method: "POST", path: "/api/v1/actors", role: editor, body: big}, 413, "body-too-large", "", "1 MiB"},
		{"oversized taxonomy", req{method: "PUT", path: "/api/v1/taxonomy", role: admin, body: big}, 413, "body-too-large", "", ""},

		// Domain rules (422) and conflicts (409).
		{"unknown taxonomy code", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":"X","kind":"association","legal_domains":["sgb99"]}`}, 422, "invalid", "legal_domains[0]", ""},
		{"missing name", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"kind":"association","legal_domains":["sgb9"]}`}, 422, "invalid", "name", ""},
		{"cooperation with itself", req{method: "POST", path: "/api/v1/cooperations", role: editor, body: `{"from":"ac-1","to":"ac-1","kinds":["information"],"intensity":2}`}, 422, "invalid", "to", ""},
		{"cooperation with missing actor", req{method: "POST", path: "/api/v1/cooperations", role: editor, body: `{"from":"ac-1","to":"ac-99","kinds":["information"],"intensity":2}`}, 422, "invalid", "to", ""},
		{"duplicate external key", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"external_key":"LH-1","name":"X","kind":"association","legal_domains":["sgb9"]}`}, 409, "conflict", "", "LH-1"},
		{"duplicate ID", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"id":"ac-1","name":"X","kind":"association","legal_domains":["sgb9"]}`}, 409, "conflict", "", ""},
		{"duplicate cooperation", req{method: "POST", path: "/api/v1/cooperations", role: editor, body: `{"from":"ac-4","to":"ac-1","kinds":["information"],"intensity":1,"wave_id":"wv-1"}`}, 409, "conflict", "", ""},
		{"stale version in body", req{method: "PUT", path: "/api/v1/waves/wv-1", role: editor, body: `{"name":"W","date":"2024-03-31","version":7}`}, 409, "conflict", "", ""},
		{"stale version in If-Match", req{method: "PUT", path: "/api/v1/waves/wv-1", role: editor, body: `{"name":"W","date":"2024-03-31"}`, header: map[string]string{"If-Match": `"7"`}}, 409, "conflict", "", ""},
		{"stale version on delete", req{method: "DELETE", path: "/api/v1/offers/of-1?version=7", role: editor}, 409, "conflict", "", ""},
		{"stale taxonomy", req{method: "PUT", path: "/api/v1/taxonomy", role: admin, body: taxonomyJSON(t, 7, "")}, 409, "conflict", "", ""},
		{"taxonomy code in use", req{method: "PUT", path: "/api/v1/taxonomy", role: admin, body: taxonomyJSON(t, 1, "sgb9")}, 409, "conflict", "", ""},
		{"invalid taxonomy", req{method: "PUT", path: "/api/v1/taxonomy", role: admin, body: `{"version":1,"legal_domains":[{"code":"Bad Code","label":"x"}]}`}, 422, "invalid", "legal_domains[0].code", ""},
		{"actor in use", req{method: "DELETE", path: "/api/v1/actors/ac-1", role: editor}, 409, "conflict", "", "cascade=true"},
		{"wave in use", req{method: "DELETE", path: "/api/v1/waves/wv-1?version=1", role: editor}, 409, "conflict", "", ""},
		{"invalid batch", req{method: "POST", path: "/api/v1/batch", role: editor, body: `{"actors":[{"external_key":"N","name":"X","kind":"association","legal_domains":["nope"]}]}`}, 422, "invalid", "actors[0].legal_domains[0]", ""},
		{"ID in body differs", req{method: "PUT", path: "/api/v1/waves/wv-1", role: editor, body: `{"id":"wv-2","name":"W","date":"2024-03-31","version":1}`}, 422, "invalid", "id", ""},
		{"missing version", req{method: "PUT", path: "/api/v1/waves/wv-1", role: editor, body: `{"name":"W","date":"2024-03-31"}`}, 428, "precondition-required", "version", ""},
		{"versions disagree", req{method: "PUT", path: "/api/v1/waves/wv-1", role: editor, body: `{"name":"W","date":"2024-03-31","version":1}`, header: map[string]string{"If-Match": `"2"`}}, 400, "bad-parameter", "If-Match", ""},
		{"bad If-Match", req{method: "PUT", path: "/api/v1/waves/wv-1", role: editor, body: `{"name":"W","date":"2024-03-31"}`, header: map[string]string{"If-Match": `W/"x"`}}, 400, "bad-parameter", "If-Match", ""},

		// Not found.
		{"get missing", req{method: "GET", path: "/api/v1/actors/ac-99", role: viewer}, 404, "not-found", "", ""},
		{"update missing", req{method: "PUT", path: "/api/v1/waves/wv-99", role: editor, body: `{"name":"W","date":"2024-03-31","version":1}`}, 404, "not-found", "", ""},
		{"delete missing", req{method: "DELETE", path: "/api/v1/needs/nd-99", role: editor}, 404, "not-found", "", ""},
		{"delete missing token", req{method: "DELETE", path: "/api/v1/tokens/tk-99", role: admin}, 404, "not-found", "", ""},
		{"unknown API route", req{method: "GET", path: "/api/v1/nothing", role: viewer}, 404, "not-found", "", ""},
		{"unknown API route without token", req{method: "GET", path: "/api/v2/actors"}, 404, "not-found", "", ""},
		{"trailing slash", req{method: "GET", path: "/api/v1/actors/", role: viewer}, 404, "not-found", "", ""},
		{"POST outside the API", req{method: "POST", path: "/irgendwo", body: `{}`}, 404, "not-found", "", ""},
		{"method not allowed", req{method: "PATCH", path: "/api/v1/actors/ac-1", role: editor, body: `{}`}, 405, "method-not-allowed", "", "PATCH"},

		// Authentication and roles.
		{"no token", req{method: "GET", path: "/api/v1/actors"}, 401, "unauthorized", "", "API-Token"},
		{"unknown token", req{method: "GET", path: "/api/v1/actors", header: map[string]string{"Authorization": "Bearer nza_falsch"}}, 401, "unauthorized", "", ""},
		{"not bearer", req{method: "GET", path: "/api/v1/actors", header: map[string]string{"Authorization": "Basic YTpi"}}, 401, "unauthorized", "", "Bearer"},
		{"viewer writing", req{method: "POST", path: "/api/v1/actors", role: viewer, body: validActor}, 403, "forbidden", "", "editor"},
		{"analyst writing", req{method: "DELETE", path: "/api/v1/offers/of-1", role: analyst}, 403, "forbidden", "", ""},
		{"viewer batch", req{method: "POST", path: "/api/v1/batch", role: viewer, body: `{}`}, 403, "forbidden", "", ""},
		{"editor tokens", req{method: "GET", path: "/api/v1/tokens", role: editor}, 403, "forbidden", "", "admin"},
		{"editor taxonomy", req{method: "PUT", path: "/api/v1/taxonomy", role: editor, body: `{}`}, 403, "forbidden", "", ""},

		// Query parameters.
		{"limit not a number", req{method: "GET", path: "/api/v1/actors?limit=abc", role: viewer}, 400, "bad-parameter", "limit", "abc"},
		{"limit zero", req{method: "GET", path: "/api/v1/actors?limit=0", role: viewer}, 400, "bad-parameter", "limit", ""},
		{"limit too large", req{method: "GET", path: "/api/v1/actors?limit=5000", role: viewer}, 400, "bad-parameter", "limit", ""},
		{"negative offset", req{method: "GET", path: "/api/v1/actors?offset=-1", role: viewer}, 400, "bad-parameter", "offset", ""},
		{"min_intensity out of range", req{method: "GET", path: "/api/v1/cooperations?min_intensity=9", role: viewer}, 400, "bad-parameter", "min_intensity", ""},
		{"unknown parameter", req{method: "GET", path: "/api/v1/actors?legal_domian=sgb9", role: viewer}, 400, "bad-parameter", "legal_domian", ""},
		{"repeated parameter", req{method: "GET", path: "/api/v1/actors?q=a&q=b", role: viewer}, 400, "bad-parameter", "q", ""},
		{"filter unfit for kind", req{method: "GET", path: "/api/v1/actors?level=county", role: viewer}, 400, "bad-parameter", "level", ""},
		{"network actor_id", req{method: "GET", path: "/api/v1/network?actor_id=ac-1", role: viewer}, 400, "bad-parameter", "actor_id", ""},
		{"network bad min_intensity", req{method: "GET", path: "/api/v1/network?min_intensity=x", role: viewer}, 400, "bad-parameter", "min_intensity", ""},
		{"bad cascade", req{method: "DELETE", path: "/api/v1/actors/ac-1?cascade=ja", role: editor}, 400, "bad-parameter", "cascade", ""},
		{"cascade for waves", req{method: "DELETE", path: "/api/v1/waves/wv-1?cascade=true", role: editor}, 400, "bad-parameter", "cascade", ""},
		{"bad version", req{method: "DELETE", path: "/api/v1/waves/wv-1?version=neu", role: editor}, 400, "bad-parameter", "version", ""},
		{"bad dry_run", req{method: "POST", path: "/api/v1/batch?dry_run=vielleicht", role: editor, body: `{}`}, 400, "bad-parameter", "dry_run", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := env.revision()
			rec := env.do(tc.req)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d; body %s", rec.Code, tc.status, rec.Body)
			}
			p := problemOf(t, rec)
			if want := "urn:netzwerkatlas:problem:" + tc.typ; p.Type != want {
				t.Errorf("type %q, want %q", p.Type, want)
			}
			if p.Instance != strings.SplitN(tc.req.path, "?", 2)[0] {
				t.Errorf("instance %q, want the request path", p.Instance)
			}
			if tc.field != "" && !hasField(p, tc.field) {
				t.Errorf("errors %+v do not name %q", p.Errors, tc.field)
			}
			if !strings.Contains(p.Detail, tc.detail) {
				t.Errorf("detail %q lacks %q", p.Detail, tc.detail)
			}
			if rec.Code == http.StatusUnauthorized && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("WWW-Authenticate %q", rec.Header().Get("WWW-Authenticate"))
			}
			if rec.Code == http.StatusMethodNotAllowed && rec.Header().Get("Allow") == "" {
				t.Error("no Allow header")
			}
			if after := env.revision(); after != before {
				t.Errorf("a failed request changed the revision from %d to %d", before, after)
			}
		})
	}
	if strings.Contains(env.logs.String(), env.tokens[admin]) || strings.Contains(env.logs.String(), "Bearer") {
		t.Error("the log contains a token secret or an Authorization header")
	}
}

// hasField reports whether p names the field.
func hasField(p problem, field string) bool {
	for _, f := range p.Errors {
		if f.Field == field {
			return f.Message != ""
		}
	}
	return false
}

// taxonomyJSON returns the default taxonomy with the version, without the legal
// domain drop (if not empty), as JSON.
func taxonomyJSON(t *testing.T, version int64, drop string) string {
	t.Helper()
	tx := graph.DefaultTaxonomy()
	tx.Version = version
	if drop != "" {
		var keep []graph.Term
		for _, term := range tx.LegalDomains {
			if term.Code != drop {
				keep = append(keep, term)
			}
		}
		tx.LegalDomains = keep
	}
	b, err := marshal(tx)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestOversizedChunkedBody checks the limit for a body without Content-Length.
func TestOversizedChunkedBody(t *testing.T) {
	env := newEnv(t, Config{MaxBodyBytes: 1024})
	rec := env.do(req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":"` + strings.Repeat("x", 2000) + `"}`,
		chunked: true})
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", rec.Code)
	}
	if p := problemOf(t, rec); !strings.Contains(p.Detail, "1 KiB") {
		t.Errorf("detail %q", p.Detail)
	}
}

// TestPanic checks that a panicking handler yields a logged 500 problem without
// internals.
func TestPanic(t *testing.T) {
	env := newEnv(t, Config{})
	env.srv.engine.GET("/api/v1/test-panic", func(*gin.Context) { panic("geheimer Zustand") })
	rec := env.do(req{method: "GET", path: "/api/v1/test-panic"})
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	p := problemOf(t, rec)
	if strings.Contains(rec.Body.String(), "geheimer") || !strings.Contains(p.Detail, p.RequestID) {
		t.Errorf("problem %+v", p)
	}
	if !strings.Contains(env.logs.String(), "geheimer Zustand") {
		t.Error("the panic is not logged")
	}
}

// TestProblemBodies pins the whole problem body of a few errors.
func TestProblemBodies(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct {
		name string
		req  req
	}{
		{"problem_unknown_field", req{method: "POST", path: "/api/v1/batch", role: editor, body: `{"actors":[{"name":"X"},{"nme":"Y"}]}`}},
		{"problem_wrong_type", req{method: "POST", path: "/api/v1/actors", role: editor, body: "{\n  \"name\": \"X\",\n  \"legal_domains\": \"sgb9\"\n}"}},
		{"problem_invalid", req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"name":"","kind":"verein","legal_domains":["sgb9","sgb99"],"email":"keine"}`}},
		{"problem_forbidden", req{method: "POST", path: "/api/v1/actors", role: viewer, body: validActor}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name, env.do(tc.req).Body.Bytes())
		})
	}
}

// TestIntegralDecimals checks that an integer written as a decimal (2.0, 3e0) is
// read as that integer: JSON does not tell them apart.
func TestIntegralDecimals(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "POST", path: "/api/v1/cooperations", role: editor,
		body: `{"from":"ac-1","to":"ac-3","kinds":["information"],"intensity":2.0,"trust":3e0}`})
	var c struct{ Intensity, Trust int }
	decodeBody(t, rec, &c)
	if rec.Code != http.StatusCreated || c.Intensity != 2 || c.Trust != 3 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
}
