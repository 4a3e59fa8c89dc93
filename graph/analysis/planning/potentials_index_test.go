package planning

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// straightforwardPotentials is the computation PotentialIndex.Query replaces: every
// actor is a source, every candidate is scored in full, and the filter is applied to
// each pair. It returns every candidate that passes q's filters (its limit aside),
// best first.
func straightforwardPotentials(g *metrics.Graph, p *Profiles, w PotentialWeights, q PotentialQuery) ([]scoredPair, error) {
	f, err := p.queryFilter(q, p.localServed())
	if err != nil {
		return nil, err
	}
	buckets, ofActor, _ := p.buckets(w.BucketCap)
	inv := inverseLogDegrees(g)
	sources, all := []int{}, f.actor >= 0
	if all {
		sources = append(sources, f.actor)
	} else {
		for v := range g.N() {
			sources = append(sources, v)
		}
	}
	var top []scoredPair
	mark, aa := make([]int, g.N()), make([]float64, g.N())
	for _, u := range sources {
		var touched []int32
		visit := func(v int32) {
			if (all || int(v) > u) && mark[v] != u+1 {
				mark[v], aa[v] = u+1, 0
				touched = append(touched, v)
			}
		}
		nbr, _ := g.Out(u)
		for _, z := range nbr {
			next, _ := g.Out(int(z))
			for _, v := range next {
				visit(v)
				if mark[v] == u+1 {
					aa[v] += inv[z]
				}
			}
		}
		for _, b := range ofActor[u] {
			for _, v := range buckets[b] {
				visit(v)
			}
		}
		for _, v := range touched {
			if int(v) == u || g.HasEdge(u, int(v)) || !p.crossDomain(u, int(v)) || !f.keep(p, u, int(v)) {
				continue
			}
			top = append(top, scoredPair{p.parts(u, int(v), aa[v]).score(w), int32(u), v})
		}
	}
	slices.SortFunc(top, func(a, b scoredPair) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v))
	})
	return top, nil
}

// potentialQueries returns filter combinations for net as the UI offers them: none,
// each legal domain, target group and a few social spaces (a smallest one, one with
// spaces below it and the root, with and without county-wide actors), an actor, and
// combinations of them, with several limits.
func potentialQueries(net *graph.Network) []PotentialQuery {
	qs := []PotentialQuery{{}, {Limit: 1}, {Limit: 500}}
	tax := graph.DefaultTaxonomy()
	for i, d := range tax.LegalDomains {
		if i%2 == 0 {
			qs = append(qs, PotentialQuery{LegalDomain: d.Code})
		}
	}
	for i, t := range tax.TargetGroups {
		if i%3 == 0 {
			qs = append(qs, PotentialQuery{TargetGroup: t.Code, Limit: 100})
		}
	}
	isParent := map[string]bool{}
	for _, s := range net.SocialSpaces {
		isParent[s.ParentID] = true
	}
	var spaces []string
	for _, s := range net.SocialSpaces {
		if s.ParentID == "" || len(spaces) < 3 && !isParent[s.ID] {
			spaces = append(spaces, s.ID)
		}
	}
	for _, s := range net.SocialSpaces {
		if s.ParentID != "" && isParent[s.ID] {
			spaces = append(spaces, s.ID)
			break
		}
	}
	actor := net.Actors[len(net.Actors)/3].ID
	for _, s := range spaces {
		for _, wide := range []bool{false, true} {
			qs = append(qs,
				PotentialQuery{SocialSpace: s, CountyWide: wide},
				PotentialQuery{SocialSpace: s, CountyWide: wide, LegalDomain: tax.LegalDomains[0].Code, Limit: 200},
				PotentialQuery{SocialSpace: s, CountyWide: wide, TargetGroup: tax.TargetGroups[1].Code},
				PotentialQuery{SocialSpace: s, CountyWide: wide, ActorID: actor})
		}
	}
	return append(qs,
		PotentialQuery{ActorID: actor, Limit: 1000},
		PotentialQuery{ActorID: net.Actors[0].ID, LegalDomain: tax.LegalDomains[2].Code},
		PotentialQuery{LegalDomain: tax.LegalDomains[1].Code, TargetGroup: tax.TargetGroups[2].Code, Limit: 25},
		PotentialQuery{ActorID: actor, TargetGroup: tax.TargetGroups[0].Code, LegalDomain: tax.LegalDomains[3].Code})
}

// TestPotentialIndexMatchesStraightforward asks the index and the straightforward
// computation the same queries on the demo county and on a generated network of
// 5,000 actors: the same pairs in the same order with the same scores, and the same
// number of candidates.
func TestPotentialIndexMatchesStraightforward(t *testing.T) {
	ctx := context.Background()
	for _, o := range []demo.Options{demo.County(), {Seed: 1, Actors: 5000, Cooperations: 50000}} {
		net := testnet.Generated(o)
		g, p := inputs(net)
		ix := NewPotentialIndex(g, p, DefaultPotentialWeights())
		nonEmpty := 0
		straight := map[PotentialQuery][]scoredPair{} // by the query without its limit
		for _, q := range potentialQueries(net) {
			name := fmt.Sprintf("%d actors, %+v", o.Actors, q)
			got, err := ix.Query(ctx, q)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			filters := q
			filters.Limit = 0
			all, ok := straight[filters]
			if !ok {
				if all, err = straightforwardPotentials(g, p, DefaultPotentialWeights(), q); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				straight[filters] = all
			}
			candidates, want := len(all), all[:min(cmp.Or(q.Limit, DefaultPotentialLimit), len(all))]
			if got.Candidates != candidates || len(got.Potentials) != len(want) {
				t.Errorf("%s: %d candidates, %d pairs; want %d, %d", name, got.Candidates, len(got.Potentials), candidates, len(want))
				continue
			}
			for i, x := range want {
				pot := got.Potentials[i]
				if pot.A.ID != g.ID(int(x.u)) || pot.B.ID != g.ID(int(x.v)) || pot.Score != x.score {
					t.Errorf("%s: pair %d is %s–%s %v, want %s–%s %v", name, i+1, pot.A.ID, pot.B.ID, pot.Score, g.ID(int(x.u)), g.ID(int(x.v)), x.score)
					break
				}
			}
			if len(want) > 0 {
				nonEmpty++
			}
		}
		if nonEmpty < 10 {
			t.Errorf("%d actors: only %d queries have potentials", o.Actors, nonEmpty)
		}
	}
}
