package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// webFixtures maps each fixture of the web tests (web/test/fixtures/<name>.json) to
// the route whose answer it is.
var webFixtures = map[string]string{
	"actors":              "/api/v1/analysis/actors",
	"communities":         "/api/v1/analysis/communities",
	"coupling-matrix":     "/api/v1/analysis/coupling-matrix",
	"coupling-potentials": "/api/v1/analysis/coupling-potentials",
	"definitions":         "/api/v1/analysis/definitions",
	"gaps":                "/api/v1/analysis/gaps",
	"network":             "/api/v1/analysis/network",
	"resilience":          "/api/v1/analysis/resilience",
	"social-spaces":       "/api/v1/analysis/social-spaces",
}

// fixtureItems is how many items of each list a web fixture keeps: the first ones, so
// that the files stay small. The definitions keep all theirs, as the interface reads
// the whole list.
const fixtureItems = 3

// TestWebFixtures checks that the fixtures of the web tests are the real answers of
// the router over the demo county (and nothing else), trimmed by fixtureItems;
// -update rewrites them.
func TestWebFixtures(t *testing.T) {
	env := newEnvWith(t, Config{}, demo.Generate(demo.County()))
	for name, path := range webFixtures {
		rec := env.do(req{method: "GET", path: path, role: analyst})
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %.300s", path, rec.Code, rec.Body)
		}
		var v any
		decodeBody(t, rec, &v)
		if name != "definitions" {
			v = trimLists(v)
		}
		got, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		file := filepath.Join("..", "web", "test", "fixtures", name+".json")
		if *update {
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not the answer of %s: run go test ./api -run TestWebFixtures -update", file, path)
		}
	}
}

// trimLists returns v with every list in it cut to its first fixtureItems items.
func trimLists(v any) any {
	switch v := v.(type) {
	case []any:
		v = v[:min(len(v), fixtureItems)]
		for i := range v {
			v[i] = trimLists(v[i])
		}
		return v
	case map[string]any:
		for k := range v {
			v[k] = trimLists(v[k])
		}
	}
	return v
}
