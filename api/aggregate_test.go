package api

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/aggregate"
)

// TestNetworkAggregate checks the summarised network against the network view: the
// groups share out its actors and pairs, and each group's network holds as many
// actors as the group counts, with the filters of the network view applied alike.
func TestNetworkAggregate(t *testing.T) {
	env := newDemoEnv(t)
	for _, tc := range []struct{ by, filter string }{
		{"social_space", ""}, {"community", ""}, {"social_space", "legal_domain=sgb9"}, {"community", "min_intensity=3"},
	} {
		var whole networkResponse
		decodeBody(t, env.do(req{method: "GET", path: "/api/v1/network?" + tc.filter, role: viewer}), &whole)
		var all networkResponse
		decodeBody(t, env.do(req{method: "GET", path: "/api/v1/network", role: viewer}), &all)
		rec := env.do(req{method: "GET", path: "/api/v1/network/aggregate?by=" + tc.by + "&" + tc.filter, role: viewer})
		if rec.Code != http.StatusOK {
			t.Fatalf("%v: %d %s", tc, rec.Code, rec.Body)
		}
		var r aggregate.Overview
		decodeBody(t, rec, &r)
		if r.Actors != len(whole.Nodes) || r.Total != len(all.Nodes) || r.By != tc.by {
			t.Errorf("%v: actors %d of %d by %s, want %d of %d", tc, r.Actors, r.Total, r.By, len(whole.Nodes), len(all.Nodes))
		}
		pairs := map[[2]string]bool{}
		for _, e := range whole.Edges {
			a, b := min(e.Source, e.Target), max(e.Source, e.Target)
			pairs[[2]string{a, b}] = true
		}
		actors, inner, between := 0, 0, 0
		for _, g := range r.Groups {
			actors += g.Actors
			inner += g.Pairs
			var part networkResponse
			q := url.Values{"by": {tc.by}, "group": {g.ID}}
			decodeBody(t, env.do(req{method: "GET", path: "/api/v1/network/group?" + q.Encode() + "&" + tc.filter, role: viewer}), &part)
			if len(part.Nodes) != g.Actors {
				t.Errorf("%v: group %q has %d actors, its network %d", tc, g.Name, g.Actors, len(part.Nodes))
			}
		}
		for _, l := range r.Links {
			between += l.Pairs
			if l.CrossDomain > l.Pairs {
				t.Errorf("%v: link %+v has more cross-domain pairs than pairs", tc, l)
			}
		}
		if actors != r.Actors || inner+between != r.Pairs || r.Pairs != len(pairs) {
			t.Errorf("%v: groups hold %d actors and %d+%d pairs, want %d and %d (network view: %d pairs)", tc, actors, inner, between, r.Actors, r.Pairs, len(pairs))
		}
		if len(r.Groups) < 2 || len(r.Links) == 0 || r.Definition == "" {
			t.Errorf("%v: %d groups, %d links, definition %q", tc, len(r.Groups), len(r.Links), r.Definition)
		}
	}
	for _, path := range []string{"/api/v1/network/aggregate?by=sozialraum", "/api/v1/network/aggregate?by=", "/api/v1/network/group?by="} {
		rec := env.do(req{method: "GET", path: path, role: viewer})
		if p := problemOf(t, rec); rec.Code != http.StatusBadRequest || len(p.Errors) != 1 || p.Errors[0].Field != "by" {
			t.Errorf("%s: %d %+v", path, rec.Code, p)
		}
	}
}
