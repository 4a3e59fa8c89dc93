package api

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
	"github.com/netzwerkatlas/netzwerkatlas/web"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// testToday is "today" for the test servers, so that the default state (and the
// golden files and web fixtures that show it) does not change from day to day.
var testToday = time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)

// testEnv is a Server over a real embedded store in a temporary file, loaded with
// testdata/fixture.json, with one token per role.
type testEnv struct {
	t      *testing.T
	srv    *Server
	h      http.Handler
	store  graph.Store
	tokens map[graph.Role]string // secret by role
	logs   *bytes.Buffer
}

// newEnv starts a test environment with cfg (UI defaults to the embedded web
// interface).
func newEnv(t *testing.T, cfg Config) *testEnv {
	t.Helper()
	raw, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	var b graph.Batch
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	return newEnvWith(t, cfg, &b)
}

// newEnvWith starts a test environment with cfg over a store that holds only the
// batch b.
func newEnvWith(t *testing.T, cfg Config, b *graph.Batch) *testEnv {
	t.Helper()
	st, err := embedded.Open(filepath.Join(t.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := t.Context()
	if _, err := st.Upsert(ctx, b, graph.BatchOptions{}); err != nil {
		t.Fatalf("load fixture: %v", err)
	}

	tokens := map[graph.Role]string{}
	for _, role := range []graph.Role{graph.RoleViewer, graph.RoleAnalyst, graph.RoleEditor, graph.RoleAdmin} {
		secret := graph.NewTokenSecret()
		if err := st.CreateToken(ctx, &graph.Token{Name: "Test " + string(role), Role: role, Hash: graph.HashToken(secret)}); err != nil {
			t.Fatalf("create token: %v", err)
		}
		tokens[role] = secret
	}

	if cfg.UI == nil {
		cfg.UI = web.Handler()
	}
	if cfg.Now == nil {
		cfg.Now = func() time.Time { return testToday }
	}
	logs := &bytes.Buffer{}
	srv := New(st, cfg, slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	return &testEnv{t: t, srv: srv, h: srv.Handler(), store: st, tokens: tokens, logs: logs}
}

// newDemoEnv starts a test environment with the demo county loaded through POST
// /api/v1/batch.
func newDemoEnv(t *testing.T) *testEnv {
	t.Helper()
	env := newEnv(t, Config{})
	body, err := marshal(demo.Generate(demo.County()))
	if err != nil {
		t.Fatal(err)
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/batch", role: editor, body: string(body)}); rec.Code != http.StatusOK {
		t.Fatalf("batch: %d %.500s", rec.Code, rec.Body)
	}
	return env
}

// req describes one test request.
type req struct {
	method, path string
	role         graph.Role // token of this role; "" for none
	body         string
	header       map[string]string
	remote       string // RemoteAddr; httptest's default (192.0.2.1:1234) if empty
	host         string
	chunked      bool // send the body without Content-Length
}

// do sends r through the real router and checks the answer against the OpenAPI
// document (checkContract).
func (e *testEnv) do(r req) *httptest.ResponseRecorder {
	e.t.Helper()
	var body io.Reader
	if r.body != "" {
		body = strings.NewReader(r.body)
	}
	hr := httptest.NewRequest(r.method, r.path, body)
	if r.body != "" {
		hr.Header.Set("Content-Type", "application/json")
	}
	if r.role != "" {
		hr.Header.Set("Authorization", "Bearer "+e.tokens[r.role])
	}
	for k, v := range r.header {
		hr.Header.Set(k, v)
	}
	if r.remote != "" {
		hr.RemoteAddr = r.remote
	}
	if r.chunked {
		hr.ContentLength = -1
	}
	if r.host != "" {
		hr.Host = r.host
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, hr)
	checkContract(e.t, r.method, hr.URL.Path, rec)
	return rec
}

// revision returns the store's revision.
func (e *testEnv) revision() int64 {
	e.t.Helper()
	rev, err := e.store.Revision(e.t.Context())
	if err != nil {
		e.t.Fatal(err)
	}
	return rev
}

// decodeBody decodes the JSON body of rec into v.
func decodeBody(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("decode body %q: %v", rec.Body.String(), err)
	}
}

// problemOf decodes rec's body as problem details and checks the content type.
func problemOf(t *testing.T, rec *httptest.ResponseRecorder) problem {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
		t.Fatalf("Content-Type %q, want application/problem+json; body %s", ct, rec.Body)
	}
	var p problem
	decodeBody(t, rec, &p)
	if p.Status != rec.Code || p.Title == "" || !strings.HasPrefix(p.Type, "urn:netzwerkatlas:problem:") || p.RequestID == "" {
		t.Errorf("incomplete problem %+v for status %d", p, rec.Code)
	}
	return p
}

// volatile matches JSON fields whose values change from run to run.
var volatile = regexp.MustCompile(`"(created_at|updated_at|request_id)": "[^"]*"`)

// golden compares rec's JSON body, indented and with volatile fields normalised, with
// testdata/<name>.golden.json; -update rewrites the file.
func golden(t *testing.T, name string, body []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, body, "", "  "); err != nil {
		t.Fatalf("indent %s: %v", body, err)
	}
	got := volatile.ReplaceAll(buf.Bytes(), []byte(`"$1": "…"`))
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./api -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run with -update after checking):\n%s", name, path, got)
	}
}
