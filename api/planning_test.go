package api

import (
	"net/http"
	"strings"
	"testing"

	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestPlanningAnalyses reads the planning analyses of the demo county through the
// router and checks that what-if writes nothing and names bad fields.
func TestPlanningAnalyses(t *testing.T) {
	env := newDemoEnv(t)
	rev := env.revision()
	for _, path := range []string{"coupling-matrix", "gaps", "social-spaces", "resilience"} {
		if rec := env.do(req{method: "GET", path: "/api/v1/analysis/" + path, role: analyst}); rec.Code != http.StatusOK {
			t.Errorf("%s: %d %.300s", path, rec.Code, rec.Body)
		}
	}
	var gaps plan.GapReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/gaps", role: analyst}), &gaps)
	if len(gaps.Gaps) == 0 || gaps.Gaps[0].SocialSpace != demo.UnderSuppliedSpace {
		t.Errorf("top gap %+v", gaps.Gaps)
	}
	rec := env.do(req{method: "GET", path: "/api/v1/analysis/coupling-potentials?legal_domain=sgb2&limit=5", role: analyst})
	var pot plan.PotentialReport
	decodeBody(t, rec, &pot)
	if rec.Code != http.StatusOK || len(pot.Potentials) != 5 || len(pot.Potentials[0].Reasons) < 2 {
		t.Errorf("potentials: %d, %+v", rec.Code, pot.Potentials)
	}
	// county_wide lets county-wide actors count for a social space: more candidates.
	var local, wide plan.PotentialReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-potentials?social_space=seeland-sozialraum-03", role: analyst}), &local)
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-potentials?social_space=seeland-sozialraum-03&county_wide=true", role: analyst}), &wide)
	if local.Candidates == 0 || wide.Candidates <= local.Candidates || len(local.Potentials[0].Explanation.Parts) != 5 {
		t.Errorf("potentials in a space: %d candidates, with county-wide actors %d; explanation %+v", local.Candidates, wide.Candidates, local.Potentials[0].Explanation)
	}
	// The coupling matrix carries one social space's matrix only when asked for it.
	var whole, one plan.CouplingReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-matrix", role: analyst}), &whole)
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-matrix?social_space=seeland-sozialraum-03", role: analyst}), &one)
	if whole.SocialSpace != nil || one.SocialSpace == nil || one.SocialSpace.SocialSpace != "seeland-sozialraum-03" ||
		one.SocialSpace.Actors == 0 || len(one.SocialSpace.LegalDomains.Cells) == 0 || one.LegalDomains.Density != whole.LegalDomains.Density {
		t.Errorf("coupling matrix: whole network %+v; with a space %+v", whole.SocialSpace, one.SocialSpace)
	}
	rec = env.do(req{method: "POST", path: "/api/v1/analysis/what-if", role: analyst,
		body: `{"add":[{"from":"seeland-akteur-0004","to":"seeland-akteur-0017","kinds":["information"],"intensity":2}],"remove":["seeland-akteur-0002"]}`})
	var wi plan.WhatIfReport
	decodeBody(t, rec, &wi)
	if rec.Code != http.StatusOK || wi.After.Actors != wi.Before.Actors-1 || env.revision() != rev {
		t.Errorf("what-if: %d, before %d after %d actors, revision %d → %d", rec.Code, wi.Before.Actors, wi.After.Actors, rev, env.revision())
	}
	// The same proposal, spaced otherwise, is answered from the cache of answers: one
	// answer kept for it; another proposal gives another answer.
	kept := func() int {
		env.srv.answers.mu.Lock()
		defer env.srv.answers.mu.Unlock()
		n := 0
		for k := range env.srv.answers.entries {
			if k.route == "/api/v1/analysis/what-if" {
				n++
			}
		}
		return n
	}
	again := env.do(req{method: "POST", path: "/api/v1/analysis/what-if", role: analyst,
		body: `{ "remove": ["seeland-akteur-0002"], "add": [ {"from":"seeland-akteur-0004", "to":"seeland-akteur-0017", "kinds":["information"], "intensity":2} ] }`})
	if again.Code != http.StatusOK || again.Body.String() != rec.Body.String() || kept() != 1 || again.Header().Get("ETag") != "" {
		t.Errorf("the same proposal again: %d, same answer %v, %d answers kept, ETag %q", again.Code, again.Body.String() == rec.Body.String(), kept(), again.Header().Get("ETag"))
	}
	other := env.do(req{method: "POST", path: "/api/v1/analysis/what-if", role: analyst, body: `{"remove":["seeland-akteur-0002"]}`})
	if other.Code != http.StatusOK || other.Body.String() == rec.Body.String() || kept() != 2 {
		t.Errorf("another proposal: %d, same answer %v, %d answers kept", other.Code, other.Body.String() == rec.Body.String(), kept())
	}

	tests := []struct {
		method, path, body string
		status             int
		field              string
	}{
		{"GET", "/api/v1/analysis/coupling-potentials?social_space=nirgendwo", "", http.StatusBadRequest, "social_space"},
		{"GET", "/api/v1/analysis/coupling-potentials?limit=0", "", http.StatusBadRequest, "limit"},
		{"GET", "/api/v1/analysis/coupling-matrix?social_space=nirgendwo", "", http.StatusBadRequest, "social_space"},
		{"GET", "/api/v1/analysis/coupling-potentials?kreis=1", "", http.StatusBadRequest, "kreis"},
		{"GET", "/api/v1/analysis/coupling-potentials?social_space=seeland-sozialraum-03&county_wide=vielleicht", "", http.StatusBadRequest, "county_wide"},
		{"GET", "/api/v1/analysis/gaps?directed=true", "", http.StatusBadRequest, "directed"},
		{"POST", "/api/v1/analysis/what-if", `{"add":[{"from":"seeland-akteur-0004","to":"x","kinds":["information"],"intensity":2}]}`, http.StatusUnprocessableEntity, "add[0].to"},
		{"POST", "/api/v1/analysis/what-if", `{"add":[{"from":"seeland-akteur-0004","to":"seeland-akteur-0005","kinds":["information"],"intensity":9}]}`, http.StatusUnprocessableEntity, "add[0].intensity"},
		{"POST", "/api/v1/analysis/what-if", `{"entfernen":[]}`, http.StatusBadRequest, "entfernen"},
		{"POST", "/api/v1/analysis/what-if", `{"remove":["` + strings.Repeat("x", maxWhatIfBytes) + `"]}`, http.StatusRequestEntityTooLarge, ""},
	}
	for _, tt := range tests {
		rec := env.do(req{method: tt.method, path: tt.path, role: analyst, body: tt.body})
		if rec.Code != tt.status {
			t.Errorf("%s %s: %d, want %d: %.300s", tt.method, tt.path, rec.Code, tt.status, rec.Body)
			continue
		}
		if tt.field != "" {
			p := problemOf(t, rec)
			if len(p.Errors) == 0 || p.Errors[0].Field != tt.field {
				t.Errorf("%s: problem fields %+v, want %q", tt.path, p.Errors, tt.field)
			}
		}
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/analysis/resilience", role: viewer}); rec.Code != http.StatusForbidden {
		t.Errorf("viewer: %d, want 403", rec.Code)
	}
}
