package api

import (
	"net/http"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestDemoCounty loads the demo county through POST /api/v1/batch and reads it back
// as a list and as the network view.
func TestDemoCounty(t *testing.T) {
	env := newEnv(t, Config{})
	b := demo.Generate(demo.County())
	body, err := marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	rec := env.do(req{method: "POST", path: "/api/v1/batch", role: editor, body: string(body)})
	if rec.Code != http.StatusOK {
		t.Fatalf("batch: %d %.2000s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/actors?limit=1", role: viewer})
	var page struct{ Total int }
	decodeBody(t, rec, &page)
	if want := len(b.Actors) + 4; page.Total != want { // plus the fixture's four
		t.Errorf("total %d, want %d", page.Total, want)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/network?legal_domain=sgb9", role: viewer})
	var n networkResponse
	decodeBody(t, rec, &n)
	if rec.Code != http.StatusOK || len(n.Nodes) == 0 || len(n.Edges) == 0 {
		t.Fatalf("network: %d, %d nodes, %d edges", rec.Code, len(n.Nodes), len(n.Edges))
	}
	for _, node := range n.Nodes {
		if !slices.Contains(node.LegalDomains, "sgb9") {
			t.Fatalf("node %s is not in SGB IX", node.ID)
		}
	}
}
