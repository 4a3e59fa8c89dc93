package planning

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// ActorImpact is what the loss of one actor would do to the mutual network.
type ActorImpact struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Components is the number of components without the actor.
	Components int `json:"components"`
	// ConnectedShare is the share of pairs of the remaining actors that can still
	// reach each other.
	ConnectedShare float64 `json:"connected_share"`
	// DisconnectedPairs counts the pairs of other actors that lose their connection.
	DisconnectedPairs int `json:"disconnected_pairs"`
	// CrossDomainTies counts the actor's ties to actors with no legal domain in
	// common, which its loss would cut.
	CrossDomainTies int `json:"cross_domain_ties_lost"`
	// Criticality is the share of the network's connected pairs lost (pairs of other
	// actors that lose their connection over all connected pairs) plus the share
	// of the network's cross-domain ties lost: both what holds the network together
	// and what couples the legal domains.
	Criticality       float64 `json:"criticality"`
	Degree            int     `json:"degree"`
	ArticulationPoint bool    `json:"articulation_point"`
	Explanation       string  `json:"explanation"`
}

// ResilienceReport ranks the actors by the effect of their loss.
type ResilienceReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State *graph.StateInfo `json:"state" nullable:"false"`
	// Components and ConnectedShare describe the network with all actors.
	Components     int     `json:"components"`
	ConnectedShare float64 `json:"connected_share"`
	// CrossDomainTies counts the ties between actors with no legal domain in common.
	CrossDomainTies int `json:"cross_domain_ties"`
	// Actors are ordered most critical first: by Criticality, then degree.
	Actors []ActorImpact `json:"actors"`
}

// ResilienceOf returns, for every actor of the mutual (undirected) network g with
// profiles p, what its loss would do to the network, the most critical actors first
// (see ActorImpact.Criticality); rev is the snapshot's revision.
func ResilienceOf(ctx context.Context, rev int64, g *metrics.Graph, p *Profiles) (*ResilienceReport, error) {
	r, err := impactsOf(ctx, rev, g, p)
	if err != nil {
		return nil, err
	}
	for i := range r.Actors {
		r.Actors[i].explain()
	}
	return r, nil
}

// impactsOf returns ResilienceOf without the explanations.
func impactsOf(ctx context.Context, rev int64, g *metrics.Graph, p *Profiles) (*ResilienceReport, error) {
	_, sizes := metrics.Components(g)
	cuts := metrics.CutsOf(g).Articulation
	rem, err := metrics.Removals(ctx, g)
	if err != nil {
		return nil, err
	}
	n := g.N()
	r := &ResilienceReport{Revision: rev, Components: len(sizes), Actors: make([]ActorImpact, n)}
	connected := 0
	for _, s := range sizes {
		connected += s * (s - 1) / 2
	}
	r.ConnectedShare = share(connected, n)
	crossOf := make([]int, n) // each tie tested once, from its smaller end
	for v := range n {
		nbr, _ := g.Out(v)
		for _, w := range nbr {
			if int(w) > v && p.crossDomain(v, int(w)) {
				crossOf[v]++
				crossOf[w]++
			}
		}
	}
	for v := range n {
		nbr, _ := g.Out(v)
		cross := crossOf[v]
		r.CrossDomainTies += cross
		a := ActorImpact{ID: g.ID(v), Name: p.Actors[v].Name, Components: rem[v].Components,
			ConnectedShare: share(rem[v].ConnectedPairs, n-1), DisconnectedPairs: rem[v].DisconnectedPairs,
			CrossDomainTies: cross, Degree: len(nbr), ArticulationPoint: cuts[v]}
		r.Actors[v] = a
	}
	r.CrossDomainTies /= 2
	for i := range r.Actors {
		a := &r.Actors[i]
		a.Criticality = float64(a.DisconnectedPairs) / max(1, float64(connected))
		if r.CrossDomainTies > 0 {
			a.Criticality += float64(a.CrossDomainTies) / float64(r.CrossDomainTies)
		}
	}
	// Sorting the indices, with node order last, moves each impact once, where a
	// stable sort of the impacts moves them O(log n) times.
	order := make([]int32, n)
	for v := range order {
		order[v] = int32(v)
	}
	slices.SortFunc(order, func(u, v int32) int {
		a, b := &r.Actors[u], &r.Actors[v]
		return cmp.Or(cmp.Compare(b.Criticality, a.Criticality), cmp.Compare(b.Degree, a.Degree), cmp.Compare(u, v))
	})
	sorted := make([]ActorImpact, n)
	for i, v := range order {
		sorted[i] = r.Actors[v]
	}
	r.Actors = sorted
	return r, nil
}

// explain sets the explanation of the impact.
func (a *ActorImpact) explain() {
	a.Explanation = fmt.Sprintf("Ohne %s wären %d Akteurspaare nicht mehr verbunden (%s %% der übrigen Paare erreichen einander noch); "+
		"%d rechtskreisübergreifende %s fielen weg.", a.Name, a.DisconnectedPairs, german.Decimal(100*a.ConnectedShare, 1),
		a.CrossDomainTies, plural(a.CrossDomainTies, "Kooperation", "Kooperationen"))
}

// share returns pairs over the pairs of n nodes, or 1 for fewer than two nodes.
func share(pairs, n int) float64 {
	if n < 2 {
		return 1
	}
	return float64(pairs) / (float64(n) * float64(n-1) / 2)
}
