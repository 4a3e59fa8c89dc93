package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"
)

// TestOpenAPIFileIsCurrent checks that openapi.json is the document that the route
// table and the Go types make; `go generate ./api` refreshes it.
func TestOpenAPIFileIsCurrent(t *testing.T) {
	file, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file, OpenAPI("dev", false)) {
		t.Fatal("openapi.json is stale: run go generate ./api")
	}
}

// TestOpenAPIMatchesRoutes checks that the OpenAPI document describes exactly the
// routes of the route table, each with the role the table gives it, and that every
// $ref in it resolves.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	openAPIJSON := OpenAPI("dev", false)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPIJSON, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi %q, want 3.1", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	s := &Server{}
	for _, r := range s.routes() {
		path := r.Path
		for _, seg := range strings.Split(path, "/") {
			if name, ok := strings.CutPrefix(seg, ":"); ok {
				path = strings.Replace(path, seg, "{"+name+"}", 1)
			}
		}
		key := r.Method + " " + path
		raw, ok := doc.Paths[path][strings.ToLower(r.Method)]
		if !ok {
			t.Errorf("%s is not in openapi.json", key)
			continue
		}
		delete(documented, key)
		var op struct {
			Role     string         `json:"x-role"`
			Security []any          `json:"security"`
			Resp     map[string]any `json:"responses"`
		}
		if err := json.Unmarshal(raw, &op); err != nil {
			t.Fatal(err)
		}
		want := string(r.Role)
		if r.Role == Public {
			want = "public"
			if op.Security == nil || len(op.Security) != 0 {
				t.Errorf("%s is public but openapi.json asks for security", key)
			}
		} else if _, ok := op.Resp["401"]; !ok {
			t.Errorf("%s needs a token but documents no 401", key)
		}
		if op.Role != want {
			t.Errorf("%s: x-role %q, route table says %q", key, op.Role, want)
		}
	}
	for key := range documented {
		t.Errorf("openapi.json documents %s, which the route table lacks", key)
	}

	var all any
	json.Unmarshal(openAPIJSON, &all)
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok && !resolves(all, ref) {
				t.Errorf("$ref %s does not resolve", ref)
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(all)
}

// resolves reports whether the local JSON pointer ref names a value in doc.
func resolves(doc any, ref string) bool {
	p, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return false
	}
	for _, part := range strings.Split(p, "/") {
		m, ok := doc.(map[string]any)
		if !ok {
			return false
		}
		if doc, ok = m[part]; !ok {
			return false
		}
	}
	return true
}

// TestOpenAPIServed checks the served document.
func TestOpenAPIServed(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "GET", path: "/api/v1/openapi.json"})
	if rec.Code != http.StatusOK || !json.Valid(rec.Body.Bytes()) {
		t.Fatalf("%d", rec.Code)
	}
}
