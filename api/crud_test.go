package api

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestCRUD creates, reads, lists, replaces and deletes one entity of every kind.
func TestCRUD(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct {
		collection string
		create     string // body of POST
		change     string // a field to add on PUT, as `"key":value`
	}{
		{"actors", validActor, `"description":"Lebensmittelausgabe"`},
		{"cooperations", `{"from":"ac-1","to":"ac-3","kinds":["referral"],"directed":true,"intensity":2,"wave_id":"wv-2"}`, `"note":"neu"`},
		{"social-spaces", `{"name":"Altstadt","level":"social_space","parent_id":"sp-sued"}`, `"external_key":"ALT"`},
		{"offers", `{"actor_id":"ac-3","name":"Bewerbungstraining","fields":["work"]}`, `"capacity":10`},
		{"needs", `{"social_space_id":"sp-sued","field":"work","measure":"offers","target":3}`, `"year":2026`},
		{"waves", `{"name":"Erhebung 2026","date":"2026-03-31"}`, `"description":"Dritte Welle"`},
	} {
		t.Run(tc.collection, func(t *testing.T) {
			base := "/api/v1/" + tc.collection
			total := func() int {
				rec := env.do(req{method: "GET", path: base, role: viewer})
				if rec.Code != http.StatusOK {
					t.Fatalf("list: %d %s", rec.Code, rec.Body)
				}
				var page struct{ Total int }
				decodeBody(t, rec, &page)
				return page.Total
			}
			before := total()

			rec := env.do(req{method: "POST", path: base, role: editor, body: tc.create})
			if rec.Code != http.StatusCreated {
				t.Fatalf("create: %d %s", rec.Code, rec.Body)
			}
			var created map[string]any
			decodeBody(t, rec, &created)
			id, _ := created["id"].(string)
			if id == "" || created["version"] != 1.0 {
				t.Fatalf("created %v", created)
			}
			if loc := rec.Header().Get("Location"); loc != base+"/"+id {
				t.Errorf("Location %q", loc)
			}
			if tag := rec.Header().Get("ETag"); tag != `"1"` {
				t.Errorf("ETag %q", tag)
			}
			if n := total(); n != before+1 {
				t.Errorf("total %d after create, want %d", n, before+1)
			}

			rec = env.do(req{method: "GET", path: base + "/" + id, role: viewer})
			if rec.Code != http.StatusOK || rec.Header().Get("ETag") != `"1"` {
				t.Fatalf("get: %d ETag %q", rec.Code, rec.Header().Get("ETag"))
			}
			rec = env.do(req{method: "GET", path: base + "/" + id, role: viewer, header: map[string]string{"If-None-Match": `"1"`}})
			if rec.Code != http.StatusNotModified {
				t.Errorf("get with If-None-Match: %d", rec.Code)
			}

			// Replace with If-Match, then with the version in the body.
			body := strings.TrimSuffix(tc.create, "}") + "," + tc.change + "}"
			rec = env.do(req{method: "PUT", path: base + "/" + id, role: editor, body: body, header: map[string]string{"If-Match": `"1"`}})
			if rec.Code != http.StatusOK || rec.Header().Get("ETag") != `"2"` {
				t.Fatalf("put: %d %s", rec.Code, rec.Body)
			}
			var updated map[string]any
			decodeBody(t, rec, &updated)
			key, _, _ := strings.Cut(tc.change, ":")
			if _, ok := updated[strings.Trim(key, `"`)]; !ok || updated["created_at"] != created["created_at"] {
				t.Errorf("updated %v", updated)
			}
			rec = env.do(req{method: "PUT", path: base + "/" + id, role: editor, body: strings.TrimSuffix(tc.create, "}") + `,"version":2}`})
			if rec.Code != http.StatusOK || rec.Header().Get("ETag") != `"3"` {
				t.Fatalf("put with version in body: %d %s", rec.Code, rec.Body)
			}

			rec = env.do(req{method: "DELETE", path: base + "/" + id + "?version=3", role: editor})
			if rec.Code != http.StatusOK {
				t.Fatalf("delete: %d %s", rec.Code, rec.Body)
			}
			var del deleteResponse
			decodeBody(t, rec, &del)
			if del.ID != id || len(del.AlsoDeleted) != 0 {
				t.Errorf("delete answered %+v", del)
			}
			if rec := env.do(req{method: "GET", path: base + "/" + id, role: viewer}); rec.Code != http.StatusNotFound {
				t.Errorf("get after delete: %d", rec.Code)
			}
			if n := total(); n != before {
				t.Errorf("total %d after delete, want %d", n, before)
			}
		})
	}
}

// TestDeleteCascade deletes an actor with its cooperations and offers.
func TestDeleteCascade(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "DELETE", path: "/api/v1/actors/ac-1?cascade=true", role: editor, header: map[string]string{"If-Match": `"1"`}})
	if rec.Code != http.StatusOK {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	golden(t, "delete_cascade", rec.Body.Bytes())
	for _, path := range []string{"/api/v1/actors/ac-1", "/api/v1/offers/of-1", "/api/v1/cooperations/co-1"} {
		if rec := env.do(req{method: "GET", path: path, role: viewer}); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s after cascade: %d", path, rec.Code)
		}
	}
}

// TestLists checks filters, order and pagination of the list endpoints.
func TestLists(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct {
		path  string
		ids   []string
		total int
	}{
		{"/api/v1/actors", []string{"ac-4", "ac-2", "ac-3", "ac-1"}, 4},
		{"/api/v1/actors?legal_domain=sgb9", []string{"ac-4", "ac-1"}, 2},
		{"/api/v1/actors?field=poverty", []string{"ac-2"}, 1},
		{"/api/v1/actors?target_group=unemployed", []string{"ac-3"}, 1},
		{"/api/v1/actors?actor_kind=counselling", []string{"ac-4", "ac-2"}, 2},
		{"/api/v1/actors?social_space=sp-nord", []string{"ac-4", "ac-1"}, 2},
		{"/api/v1/actors?q=SEELAND", []string{"ac-3", "ac-1"}, 2},
		{"/api/v1/actors?q=LH-1", []string{"ac-1"}, 1},
		{"/api/v1/actors?limit=2", []string{"ac-4", "ac-2"}, 4},
		{"/api/v1/actors?limit=2&offset=2", []string{"ac-3", "ac-1"}, 4},
		{"/api/v1/actors?offset=10", []string{}, 4},
		{"/api/v1/cooperations", []string{"co-1", "co-2", "co-3"}, 3},
		{"/api/v1/cooperations?actor_id=ac-4", []string{"co-1", "co-3"}, 2},
		{"/api/v1/cooperations?wave_id=wv-2", []string{"co-3"}, 1},
		{"/api/v1/cooperations?cooperation_kind=referral", []string{"co-2"}, 1},
		{"/api/v1/cooperations?min_intensity=2", []string{"co-1", "co-2"}, 2},
		{"/api/v1/social-spaces?social_space=sp-nord", []string{"sp-hafen", "sp-nord"}, 2},
		{"/api/v1/social-spaces?level=planning_area", []string{"sp-nord", "sp-sued"}, 2},
		{"/api/v1/offers?actor_id=ac-2", []string{"of-2"}, 1},
		{"/api/v1/offers?social_space=sp-kreis&legal_domain=sgb9", []string{"of-1"}, 1},
		{"/api/v1/needs?field=housing", []string{"nd-1"}, 1},
		{"/api/v1/waves?q=2025", []string{"wv-2"}, 1},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := env.do(req{method: "GET", path: tc.path, role: viewer})
			if rec.Code != http.StatusOK {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			var page struct {
				Items         []struct{ ID string }
				Total         int
				Limit, Offset int
			}
			decodeBody(t, rec, &page)
			ids := []string{}
			for _, it := range page.Items {
				ids = append(ids, it.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tc.ids, ",") || page.Total != tc.total {
				t.Errorf("got %v total %d, want %v total %d", ids, page.Total, tc.ids, tc.total)
			}
			if page.Limit < 1 {
				t.Errorf("limit %d", page.Limit)
			}
		})
	}
	rec := env.do(req{method: "GET", path: "/api/v1/actors?legal_domain=sgb9&limit=1", role: viewer})
	golden(t, "list_actors", rec.Body.Bytes())
	rec = env.do(req{method: "GET", path: "/api/v1/actors/ac-1", role: viewer})
	golden(t, "get_actor", rec.Body.Bytes())
}

// TestNetwork checks the network view and its filters, in today's state (wave wv-2
// surveyed ac-3 and ac-4, so co-1 and co-2 of wave wv-1 lapsed) and in wave wv-1's.
func TestNetwork(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct {
		query        string
		nodes, edges string
	}{
		{"", "ac-1,ac-2,ac-3,ac-4", "co-3"},
		{"?wave=wv-1", "ac-1,ac-2,ac-3,ac-4", "co-1,co-2"},
		{"?wave=wv-1&legal_domain=sgb9", "ac-1,ac-4", "co-1"},
		{"?wave=wv-1&field=inclusion", "ac-1,ac-4", "co-1"},
		{"?target_group=homeless", "ac-2", ""},
		{"?wave=wv-1&social_space=sp-nord", "ac-1,ac-4", "co-1"},
		{"?actor_kind=counselling", "ac-2,ac-4", ""},
		{"?q=seeland", "ac-1,ac-3", ""},
		{"?wave_id=wv-2", "ac-1,ac-2,ac-3,ac-4", "co-3"},
		{"?wave=wv-1&wave_id=wv-2", "ac-1,ac-2,ac-3,ac-4", ""},
		{"?wave=wv-1&cooperation_kind=referral", "ac-1,ac-2,ac-3,ac-4", "co-2"},
		{"?wave=wv-1&min_intensity=2", "ac-1,ac-2,ac-3,ac-4", "co-1,co-2"},
		{"?date=2024-06-30&legal_domain=sgb2&min_intensity=2", "ac-2,ac-3", "co-2"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			rec := env.do(req{method: "GET", path: "/api/v1/network" + tc.query, role: viewer})
			if rec.Code != http.StatusOK {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			var n networkResponse
			decodeBody(t, rec, &n)
			var nodes, edges []string
			for _, x := range n.Nodes {
				nodes = append(nodes, x.ID)
			}
			for _, x := range n.Edges {
				edges = append(edges, x.ID)
			}
			if strings.Join(nodes, ",") != tc.nodes || strings.Join(edges, ",") != tc.edges {
				t.Errorf("nodes %v edges %v, want %s / %s", nodes, edges, tc.nodes, tc.edges)
			}
			if n.Revision != env.revision() || rec.Header().Get("ETag") != stateETag(n.Revision, n.State.Key()) {
				t.Errorf("revision %d, ETag %q, store at %d", n.Revision, rec.Header().Get("ETag"), env.revision())
			}
		})
	}
	rec := env.do(req{method: "GET", path: "/api/v1/network?social_space=sp-nord&wave=wv-1", role: viewer})
	golden(t, "network_nord", rec.Body.Bytes())
	rec = env.do(req{method: "GET", path: "/api/v1/network", role: viewer, header: map[string]string{"If-None-Match": stateETag(env.revision(), "d:"+testToday.Format(time.DateOnly)+":ri")}})
	if rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", rec.Code)
	}
}

// TestBatch loads data through POST /api/v1/batch, first as a dry run.
func TestBatch(t *testing.T) {
	env := newEnv(t, Config{})
	body := `{"waves":[{"external_key":"W3","name":"Erhebung 2026","date":"2026-03-31"}],
		"actors":[{"external_key":"LH-1","name":"Lebenshilfe Seeland e.V.","kind":"association","legal_domains":["sgb9"],"description":"neu"},
		          {"external_key":"NEW","name":"Sportverein","kind":"association","legal_domains":["sport"]}],
		"cooperations":[{"external_key":"c-new","from":"NEW","to":"LH-1","kinds":["joint_project"],"intensity":2,"wave_id":"W3"}]}`
	before := env.revision()
	rec := env.do(req{method: "POST", path: "/api/v1/batch?dry_run=true", role: editor, body: body})
	if rec.Code != http.StatusOK {
		t.Fatalf("dry run: %d %s", rec.Code, rec.Body)
	}
	golden(t, "batch_dry_run", rec.Body.Bytes())
	if env.revision() != before {
		t.Error("the dry run wrote")
	}
	rec = env.do(req{method: "POST", path: "/api/v1/batch", role: editor, body: body})
	if rec.Code != http.StatusOK {
		t.Fatalf("batch: %d %s", rec.Code, rec.Body)
	}
	var res struct {
		Revision int64
		Counts   map[string]struct{ Created, Updated int }
	}
	decodeBody(t, rec, &res)
	if res.Revision <= before || res.Revision != env.revision() || res.Counts["actor"].Created != 1 || res.Counts["actor"].Updated != 1 {
		t.Errorf("result %s", rec.Body)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/actors?q=sportverein", role: viewer})
	if !strings.Contains(rec.Body.String(), "Sportverein") {
		t.Errorf("the batch's actor is missing: %s", rec.Body)
	}
}

// TestTaxonomy reads and replaces the taxonomy.
func TestTaxonomy(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "GET", path: "/api/v1/taxonomy", role: viewer})
	if rec.Code != http.StatusOK || rec.Header().Get("ETag") != `"1"` {
		t.Fatalf("%d ETag %q", rec.Code, rec.Header().Get("ETag"))
	}
	body := strings.Replace(taxonomyJSON(t, 0, ""), `"label":"Kultur"`, `"label":"Kultur und Bildung"`, 1)
	rec = env.do(req{method: "PUT", path: "/api/v1/taxonomy", role: admin, body: body, header: map[string]string{"If-Match": `"1"`}})
	if rec.Code != http.StatusOK || rec.Header().Get("ETag") != `"2"` {
		t.Fatalf("put: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/taxonomy", role: viewer})
	if !strings.Contains(rec.Body.String(), "Kultur und Bildung") {
		t.Error("the change is not stored")
	}
}

// TestTokens creates a token, uses it, lists and revokes it; a token cannot revoke
// itself.
func TestTokens(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "POST", path: "/api/v1/tokens", role: admin, body: `{"name":"Planung","role":"editor"}`})
	if rec.Code != http.StatusCreated || rec.Header().Get("Cache-Control") != "no-store" {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	var tok createdToken
	decodeBody(t, rec, &tok)
	if !strings.HasPrefix(tok.Secret, "nza_") || tok.ID == "" || rec.Header().Get("Location") != "/api/v1/tokens/"+tok.ID {
		t.Fatalf("token %+v", tok)
	}

	rec = env.do(req{method: "GET", path: "/api/v1/me", header: map[string]string{"Authorization": "Bearer " + tok.Secret}})
	var me principal
	decodeBody(t, rec, &me)
	if rec.Code != http.StatusOK || me.Role != editor || me.Name != "Planung" || me.Anonymous {
		t.Errorf("me: %d %+v", rec.Code, me)
	}

	rec = env.do(req{method: "GET", path: "/api/v1/tokens", role: admin})
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"Planung"`) ||
		strings.Contains(rec.Body.String(), tok.Secret) || strings.Contains(rec.Body.String(), "hash") {
		t.Errorf("list: %d %s", rec.Code, rec.Body)
	}
	// The /me request above was the token's first use: the list says when.
	var list tokenList
	decodeBody(t, rec, &list)
	for _, lt := range list.Items {
		if lt.ID == tok.ID && (lt.LastUsedAt == nil || time.Since(*lt.LastUsedAt) > time.Minute) {
			t.Errorf("the used token's last use is %v", lt.LastUsedAt)
		}
	}

	for _, tc := range []struct{ body, field string }{
		{`{"name":"","role":"editor"}`, "name"},
		{`{"name":"X","role":"chef"}`, "role"},
	} {
		rec = env.do(req{method: "POST", path: "/api/v1/tokens", role: admin, body: tc.body})
		if p := problemOf(t, rec); rec.Code != http.StatusUnprocessableEntity || !hasField(p, tc.field) {
			t.Errorf("%s: %d %+v", tc.body, rec.Code, p)
		}
	}
	rec = env.do(req{method: "POST", path: "/api/v1/tokens", role: admin, body: `{"name":"Planung","role":"viewer"}`})
	if rec.Code != http.StatusConflict {
		t.Errorf("duplicate name: %d", rec.Code)
	}

	rec = env.do(req{method: "POST", path: "/api/v1/tokens", role: admin, body: `{"name":"Verwaltung","role":"admin"}`})
	var adminTok createdToken
	decodeBody(t, rec, &adminTok)
	self := map[string]string{"Authorization": "Bearer " + adminTok.Secret}
	rec = env.do(req{method: "DELETE", path: "/api/v1/tokens/" + adminTok.ID, header: self})
	if rec.Code != http.StatusConflict {
		t.Errorf("a token revoked itself: %d %s", rec.Code, rec.Body)
	}

	rec = env.do(req{method: "DELETE", path: "/api/v1/tokens/" + tok.ID, header: self})
	if rec.Code != http.StatusNoContent {
		t.Fatalf("delete: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/me", header: map[string]string{"Authorization": "Bearer " + tok.Secret}})
	if rec.Code != http.StatusUnauthorized {
		t.Errorf("revoked token: %d", rec.Code)
	}
	if strings.Contains(env.logs.String(), tok.Secret) {
		t.Error("the log contains the secret")
	}
}

// TestAnonymousLoopback checks the demo mode: anonymous reads (and analyses) from
// loopback only, never writes (401: a token could allow them), never for a forwarded
// or rebound request.
func TestAnonymousLoopback(t *testing.T) {
	demo := newEnv(t, Config{AnonymousLoopback: true})
	prod := newEnv(t, Config{})
	const local, far = "127.0.0.1:50000", "192.0.2.7:50000"
	for _, tc := range []struct {
		name   string
		env    *testEnv
		req    req
		status int
	}{
		{"demo reads from loopback", demo, req{method: "GET", path: "/api/v1/actors", remote: local, host: "localhost:8080"}, 200},
		{"demo reads from IPv6 loopback", demo, req{method: "GET", path: "/api/v1/network", remote: "[::1]:50000", host: "[::1]:8080"}, 200},
		{"demo reads taxonomy", demo, req{method: "GET", path: "/api/v1/taxonomy", remote: local, host: "127.0.0.1:8080"}, 200},
		{"demo cannot write", demo, req{method: "POST", path: "/api/v1/actors", remote: local, host: "localhost", body: validActor}, 401},
		{"demo cannot batch", demo, req{method: "POST", path: "/api/v1/batch", remote: local, host: "localhost", body: `{}`}, 401},
		{"demo cannot list tokens", demo, req{method: "GET", path: "/api/v1/tokens", remote: local, host: "localhost"}, 401},
		{"demo with too small a token", demo, req{method: "POST", path: "/api/v1/actors", remote: local, host: "localhost", role: analyst, body: validActor}, 403},
		{"demo from elsewhere", demo, req{method: "GET", path: "/api/v1/actors", remote: far, host: "localhost"}, 401},
		{"demo forwarded for loopback", demo, req{method: "GET", path: "/api/v1/actors", remote: far, host: "localhost",
			header: map[string]string{"X-Forwarded-For": "127.0.0.1", "X-Real-IP": "127.0.0.1"}}, 401},
		{"demo rebound host", demo, req{method: "GET", path: "/api/v1/actors", remote: local, host: "evil.example:8080"}, 401},
		{"demo with a token", demo, req{method: "POST", path: "/api/v1/actors", remote: local, host: "localhost", role: editor, body: validActor}, 201},
		{"demo with a bad token", demo, req{method: "GET", path: "/api/v1/actors", remote: local, host: "localhost",
			header: map[string]string{"Authorization": "Bearer nza_falsch"}}, 401},
		{"production on loopback", prod, req{method: "GET", path: "/api/v1/actors", remote: local, host: "localhost"}, 401},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.env.revision()
			rec := tc.env.do(tc.req)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body)
			}
			if rec.Code >= 400 {
				problemOf(t, rec)
				if tc.env.revision() != before {
					t.Error("a refused request changed the store")
				}
			}
		})
	}
	rec := demo.do(req{method: "GET", path: "/api/v1/me", remote: local, host: "localhost"})
	var me principal
	decodeBody(t, rec, &me)
	if me.Role != analyst || !me.Anonymous {
		t.Errorf("me: %+v", me)
	}
}

// TestPublicAndUI checks the health checks, the OpenAPI document, the security
// headers and the web interface with its SPA fallback.
func TestPublicAndUI(t *testing.T) {
	env := newEnv(t, Config{Version: "1.2.3"})
	for _, tc := range []struct {
		path, contentType, bodyHas, cache string
	}{
		{"/healthz", "application/json", `"version":"1.2.3"`, "no-store"},
		{"/readyz", "application/json", `"status":"ok"`, "no-store"},
		{"/api/v1/openapi.json", "application/json", `"version":"1.2.3"`, "no-cache"},
		{"/", "text/html", "Netzwerkatlas", "no-cache"},
		{"/akteure/ac-1", "text/html", "<!doctype html>", "no-cache"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := env.do(req{method: "GET", path: tc.path})
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.contentType) {
				t.Errorf("Content-Type %q", ct)
			}
			if !strings.Contains(rec.Body.String(), tc.bodyHas) {
				t.Errorf("body lacks %q", tc.bodyHas)
			}
			if cc := rec.Header().Get("Cache-Control"); cc != tc.cache {
				t.Errorf("Cache-Control %q, want %q", cc, tc.cache)
			}
			h := rec.Header()
			if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" ||
				!strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") || h.Get("Referrer-Policy") == "" ||
				h.Get("X-Request-ID") == "" {
				t.Errorf("security headers missing: %v", h)
			}
		})
	}
	// Hashed assets of the web interface are cached immutably.
	index := env.do(req{method: "GET", path: "/"}).Body.String()
	asset := regexp.MustCompile(`/assets/[^"]+`).FindString(index)
	if asset == "" {
		t.Fatal("index.html links no asset")
	}
	if rec := env.do(req{method: "GET", path: asset}); rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("GET %s: %d, Cache-Control %q", asset, rec.Code, rec.Header().Get("Cache-Control"))
	}

	// The request ID is passed on when it is safe, replaced when not.
	rec := env.do(req{method: "GET", path: "/healthz", header: map[string]string{"X-Request-ID": "abc-123"}})
	if rec.Header().Get("X-Request-ID") != "abc-123" {
		t.Errorf("X-Request-ID %q", rec.Header().Get("X-Request-ID"))
	}
	rec = env.do(req{method: "GET", path: "/healthz", header: map[string]string{"X-Request-ID": "a b\x01"}})
	if id := rec.Header().Get("X-Request-ID"); id == "" || strings.Contains(id, " ") {
		t.Errorf("X-Request-ID %q", id)
	}
	// The access log has one structured line per request, without the query.
	env.do(req{method: "GET", path: "/api/v1/actors?q=geheim", role: viewer})
	var last map[string]any
	lines := strings.Split(strings.TrimSpace(env.logs.String()), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &last); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"method", "path", "status", "duration", "bytes", "request_id"} {
		if _, ok := last[k]; !ok {
			t.Errorf("access log lacks %s: %v", k, last)
		}
	}
	if strings.Contains(lines[len(lines)-1], "geheim") {
		t.Error("the access log contains the query")
	}
	if last["status"] != 200.0 || last["route"] != "/api/v1/actors" || last["role"] != "viewer" {
		t.Errorf("access log %v", last)
	}
}

// TestNotReady checks /readyz and a read when the store is closed.
func TestNotReady(t *testing.T) {
	env := newEnv(t, Config{})
	if rec := env.do(req{method: "GET", path: "/readyz"}); rec.Code != http.StatusOK {
		t.Fatalf("readyz: %d", rec.Code)
	}
	env.store.Close()
	rec := env.do(req{method: "GET", path: "/readyz"})
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("readyz on a closed store: %d %s", rec.Code, rec.Body)
	}
	problemOf(t, rec)
	if rec := env.do(req{method: "GET", path: "/healthz"}); rec.Code != http.StatusOK {
		t.Errorf("healthz: %d", rec.Code)
	}
}
