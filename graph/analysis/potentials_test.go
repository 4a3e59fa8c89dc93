package analysis

import (
	"context"
	"reflect"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// TestPotentialsCache asks an Engine for the demo county's coupling potentials: a
// repeated query (the default limit spelt out or not) gets the kept answer, every
// answer equals planning.CouplingPotentials', all queries share one index, and
// the answers kept stay within their bounds, the oldest going first.
func TestPotentialsCache(t *testing.T) {
	ctx := context.Background()
	net := testnet.County()
	e := NewEngine(Options{})
	g, p := metrics.FromNetwork(net, false), planning.NewProfiles(net)
	ask := func(q planning.PotentialQuery) *planning.PotentialReport {
		t.Helper()
		r, err := e.CouplingPotentials(ctx, net, q)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	first := ask(planning.PotentialQuery{})
	if again := ask(planning.PotentialQuery{Limit: planning.DefaultPotentialLimit}); again != first {
		t.Error("the same query was answered anew")
	}
	var queries []planning.PotentialQuery
	for i := range 40 {
		queries = append(queries, planning.PotentialQuery{ActorID: net.Actors[i].ID, Limit: 1 + i%3})
	}
	queries = append(queries, planning.PotentialQuery{LegalDomain: "sgb8", Limit: 1000}, planning.PotentialQuery{TargetGroup: "families", Limit: 1000})
	for _, q := range queries {
		want, err := planning.CouplingPotentials(ctx, g, p, planning.DefaultPotentialWeights(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := ask(q); !reflect.DeepEqual(got.PotentialResult, want) || got.Revision != net.Revision {
			t.Errorf("%+v: the Engine's answer differs from planning.CouplingPotentials'", q)
		}
	}
	e.mu.Lock()
	n := 0
	var pc *potentialCache
	for k, en := range e.entries {
		if k.what == "potential answers" {
			n++
			pc = en.val.(*potentialCache)
		}
	}
	e.mu.Unlock()
	if n != 1 {
		t.Fatalf("%d caches of potential answers, want 1", n)
	}
	pairs := 0
	for _, a := range pc.answers {
		pairs += len(a.r.Potentials)
	}
	if len(pc.answers) > maxPotentialAnswers || pairs > maxPotentialPairs || pairs != pc.pairs || len(pc.answers) < 2 {
		t.Errorf("%d answers kept with %d pairs (counted %d)", len(pc.answers), pairs, pc.pairs)
	}
	if latest := pc.answers[len(pc.answers)-1].q; latest != queries[len(queries)-1] {
		t.Errorf("the latest answer kept is for %+v", latest)
	}
	if again := ask(planning.PotentialQuery{}); again == first || !reflect.DeepEqual(again, first) {
		t.Error("the first answer was kept beyond the bounds, or is answered differently")
	}
}
