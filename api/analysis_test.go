package api

import (
	"cmp"
	"net/http"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestAnalysisOfDemoCounty reads the analyses of the demo county through the router:
// the planted brokers rank among the ten actors (of 254) with the highest betweenness, results are cached per revision (304 with
// the ETag) and recomputed after a write.
func TestAnalysisOfDemoCounty(t *testing.T) {
	env := newDemoEnv(t)

	rec := env.do(req{method: "GET", path: "/api/v1/analysis/actors", role: analyst})
	var actors analysis.ActorReport
	decodeBody(t, rec, &actors)
	if rec.Code != http.StatusOK || actors.Revision != env.revision() || actors.Directed || actors.Approximate {
		t.Fatalf("actors: status %d, revision %d (store %d), directed %v, approximate %v",
			rec.Code, actors.Revision, env.revision(), actors.Directed, actors.Approximate)
	}
	slices.SortFunc(actors.Actors, func(a, b analysis.ActorMetrics) int { return cmp.Compare(b.Betweenness, a.Betweenness) })
	top := map[string]bool{}
	for _, a := range actors.Actors[:10] {
		top[a.ID] = true
	}
	for _, broker := range demo.Brokers {
		if !top[broker] {
			t.Errorf("planted broker %s is not among the ten actors with the highest betweenness", broker)
		}
	}

	tag := rec.Header().Get("ETag")
	if rec := env.do(req{method: "GET", path: "/api/v1/analysis/actors", role: analyst, header: map[string]string{"If-None-Match": tag}}); rec.Code != http.StatusNotModified {
		t.Errorf("same revision with If-None-Match: %d, want 304", rec.Code)
	}
	env.do(req{method: "POST", path: "/api/v1/waves", role: editor, body: `{"name":"Erhebung 2027","date":"2027-03-01"}`})
	if rec := env.do(req{method: "GET", path: "/api/v1/analysis/actors", role: analyst, header: map[string]string{"If-None-Match": tag}}); rec.Code != http.StatusOK {
		t.Errorf("after a write with the old ETag: %d, want 200", rec.Code)
	}

	rec = env.do(req{method: "GET", path: "/api/v1/analysis/network?directed=true", role: analyst})
	var nw analysis.NetworkReport
	decodeBody(t, rec, &nw)
	if rec.Code != http.StatusOK || !nw.Directed || nw.Actors < 250 || nw.Groups["legal_domain"].Groups == nil {
		t.Errorf("network: status %d, directed %v, %d actors", rec.Code, nw.Directed, nw.Actors)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/analysis/communities", role: analyst})
	var comm analysis.CommunityReport
	decodeBody(t, rec, &comm)
	if rec.Code != http.StatusOK || len(comm.Communities) < 2 || comm.Modularity <= 0.2 {
		t.Errorf("communities: status %d, %d communities, modularity %.3f", rec.Code, len(comm.Communities), comm.Modularity)
	}
	if comm.Algorithm != analysis.Louvain || comm.Method == "" {
		t.Errorf("communities: algorithm %q, method %q; want louvain with its explanation", comm.Algorithm, comm.Method)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/analysis/communities?algorithm=leiden", role: analyst})
	var leiden analysis.CommunityReport
	decodeBody(t, rec, &leiden)
	if rec.Code != http.StatusOK || leiden.Algorithm != analysis.Leiden || leiden.Method == comm.Method || leiden.Modularity <= 0.2 {
		t.Errorf("communities by Leiden: status %d, algorithm %q, modularity %.3f", rec.Code, leiden.Algorithm, leiden.Modularity)
	}
}

func TestAnalysisErrors(t *testing.T) {
	env := newEnv(t, Config{})
	tests := []struct {
		path   string
		role   graph.Role
		status int
		field  string
	}{
		{"/api/v1/analysis/actors", "", http.StatusUnauthorized, ""},
		{"/api/v1/analysis/actors", viewer, http.StatusForbidden, ""},
		{"/api/v1/analysis/actors?directed=vielleicht", analyst, http.StatusBadRequest, "directed"},
		{"/api/v1/analysis/communities?directed=true", analyst, http.StatusBadRequest, "directed"},
		{"/api/v1/analysis/communities?algorithm=girvan", analyst, http.StatusBadRequest, "algorithm"},
		{"/api/v1/analysis/communities?algorithm=", analyst, http.StatusBadRequest, "algorithm"},
		{"/api/v1/analysis/network?limit=3", analyst, http.StatusBadRequest, "limit"},
		// An empty value of a parameter with choices is refused wherever it is taken.
		{"/api/v1/network/group?by=social_space&group=x&reported_by=", analyst, http.StatusBadRequest, "reported_by"},
		{"/api/v1/exports/csv?kind=", analyst, http.StatusBadRequest, "kind"},
		// A malformed ID names no record.
		{"/api/v1/analysis/what-if/scenarios/%01bad", analyst, http.StatusNotFound, ""},
		{"/api/v1/surveys/%01bad/dashboard", editor, http.StatusNotFound, ""},
		{"/api/v1/analysis/definitions", viewer, http.StatusOK, ""},
	}
	for _, tt := range tests {
		rec := env.do(req{method: "GET", path: tt.path, role: tt.role})
		if rec.Code != tt.status {
			t.Errorf("%s as %q: %d, want %d", tt.path, tt.role, rec.Code, tt.status)
			continue
		}
		if tt.field != "" {
			p := problemOf(t, rec)
			if len(p.Errors) == 0 || p.Errors[0].Field != tt.field {
				t.Errorf("%s: problem fields %+v, want %q", tt.path, p.Errors, tt.field)
			}
		}
	}
}
