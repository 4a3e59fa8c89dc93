package api

import (
	"encoding/json"
	"math"
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
	"coupling-matrix":     "/api/v1/analysis/coupling-matrix?social_space=seeland-sozialraum-03",
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
		var w any
		if err := json.Unmarshal(want, &w); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if !sameJSON(v, w) {
			t.Errorf("%s is not the answer of %s: run go test ./api -run TestWebFixtures -update", file, path)
		}
	}
}

// sameJSON reports whether two decoded JSON values are equal, numbers within a
// relative 1e-12: parallel sums (such as betweenness) may differ in the last bits
// from run to run.
func sameJSON(a, b any) bool {
	switch a := a.(type) {
	case float64:
		b, ok := b.(float64)
		return ok && math.Abs(a-b) <= 1e-12*max(math.Abs(a), math.Abs(b), 1e-300)
	case []any:
		b, ok := b.([]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !sameJSON(a[i], b[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for k, x := range a {
			y, ok := b[k]
			if !ok || !sameJSON(x, y) {
				return false
			}
		}
		return true
	}
	return a == b
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
