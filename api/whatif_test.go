package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// TestWhatIfEqualsEditedNetwork checks POST /api/v1/analysis/what-if against the
// ordinary analyses: its "before" equals GET /analysis/network, /resilience and
// /coupling-matrix of the same state, and its "after" equals them on a second store
// where the proposed ties were really written (as cooperations of that state) and the
// removed actors really deleted. It does so for today and for the first wave, with
// the top coupling potentials of the state as ties and its most critical actor
// removed.
func TestWhatIfEqualsEditedNetwork(t *testing.T) {
	env := newDemoEnv(t)
	var states struct {
		States []struct {
			WaveID string `json:"wave_id"`
		} `json:"states"`
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/states", role: analyst}), &states)
	if len(states.States) == 0 {
		t.Fatal("the demo county has no waves")
	}
	for _, wave := range []string{"", states.States[0].WaveID} {
		name := "today"
		q := url.Values{}
		if wave != "" {
			name, q = "wave "+wave, url.Values{"wave": {wave}}
		}
		t.Run(name, func(t *testing.T) {
			rev := env.revision()
			var res plan.ResilienceReport
			decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/resilience?" + q.Encode(), role: analyst}), &res)
			var pot plan.PotentialReport
			decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-potentials?limit=8&" + q.Encode(), role: analyst}), &pot)
			gone := res.Actors[0].ID
			var pr plan.Proposal
			pr.Remove = []string{gone}
			for _, p := range pot.Potentials {
				if p.A.ID != gone && p.B.ID != gone {
					pr.Add = append(pr.Add, plan.ProposedTie{From: p.A.ID, To: p.B.ID, Kinds: []string{"information"}, Intensity: 2})
				}
			}
			body, err := json.Marshal(pr)
			if err != nil {
				t.Fatal(err)
			}
			rec := env.do(req{method: "POST", path: "/api/v1/analysis/what-if?" + q.Encode(), role: analyst, body: string(body)})
			if rec.Code != http.StatusOK {
				t.Fatalf("what-if: %d %.500s", rec.Code, rec.Body)
			}
			var wi plan.WhatIfReport
			decodeBody(t, rec, &wi)
			if env.revision() != rev {
				t.Errorf("what-if wrote: revision %d → %d", rev, env.revision())
			}
			if got, want := jsonText(t, wi.Before), jsonText(t, scenarioOf(t, env, q)); got != want {
				t.Errorf("before\n%s\nwant (the analyses)\n%s", got, want)
			}

			edited := newDemoEnv(t)
			for i, tie := range pr.Add {
				c := fmt.Sprintf(`{"from":%q,"to":%q,"kinds":["information"],"intensity":2,"wave_id":%q}`, tie.From, tie.To, wave)
				if rec := edited.do(req{method: "POST", path: "/api/v1/cooperations", role: editor, body: c}); rec.Code != http.StatusCreated {
					t.Fatalf("add tie %d: %d %.300s", i, rec.Code, rec.Body)
				}
			}
			// A measure that names the actor is not deleted with it; it changes no analysis.
			var named struct{ Items []struct{ ID string } }
			decodeBody(t, edited.do(req{method: "GET", path: "/api/v1/measures?actor_id=" + gone, role: editor}), &named)
			for _, m := range named.Items {
				if rec := edited.do(req{method: "DELETE", path: "/api/v1/measures/" + m.ID, role: editor}); rec.Code != http.StatusOK {
					t.Fatalf("delete measure %s: %d %.300s", m.ID, rec.Code, rec.Body)
				}
			}
			if rec := edited.do(req{method: "DELETE", path: "/api/v1/actors/" + gone + "?cascade=true", role: editor}); rec.Code != http.StatusOK {
				t.Fatalf("delete %s: %d %.300s", gone, rec.Code, rec.Body)
			}
			after := scenarioOf(t, edited, q)
			if got, want := jsonText(t, wi.After), jsonText(t, after); got != want {
				t.Errorf("after\n%s\nwant (the analyses of the edited network)\n%s", got, want)
			}
			if wi.After.Ties == wi.Before.Ties || wi.After.Actors != wi.Before.Actors-1 {
				t.Errorf("the proposal changed nothing visible: ties %d → %d, actors %d → %d", wi.Before.Ties, wi.After.Ties, wi.Before.Actors, wi.After.Actors)
			}
		})
	}
}

// scenarioOf assembles the figures of a what-if scenario from the ordinary analyses of
// env's network in the state q: /analysis/network (mutual view), /resilience and
// /coupling-matrix.
func scenarioOf(t *testing.T, env *testEnv, q url.Values) plan.Scenario {
	t.Helper()
	var nr analysis.NetworkReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/network?" + q.Encode(), role: analyst}), &nr)
	var res plan.ResilienceReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/resilience?" + q.Encode(), role: analyst}), &res)
	var cm plan.CouplingReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-matrix?" + q.Encode(), role: analyst}), &cm)
	s := plan.Scenario{Actors: nr.Actors, Ties: nr.Ties, Density: nr.Density, Components: nr.Components,
		LargestComponent: nr.LargestComponent, ConnectedShare: res.ConnectedShare, CrossDomainTies: res.CrossDomainTies,
		Coupling: cm.LegalDomains, MostCritical: res.Actors[:min(10, len(res.Actors))]}
	if res.Components != nr.Components {
		t.Errorf("components: resilience %d, network %d", res.Components, nr.Components)
	}
	for _, c := range cm.LegalDomains.Cells {
		if c.Weak {
			s.WeakDomainPairs++
		}
	}
	for _, a := range res.Actors {
		if a.ArticulationPoint {
			s.ArticulationPoints++
		}
	}
	return s
}

// jsonText returns v as indented JSON.
func jsonText(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
