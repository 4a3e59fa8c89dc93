package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Removal is what the loss of one node does to the connectivity of a graph's
// undirected view.
type Removal struct {
	// Components is the number of components left, counting isolated nodes.
	Components int
	// ConnectedPairs counts the pairs of remaining nodes that can still reach each
	// other; DisconnectedPairs those that could before and no longer can.
	ConnectedPairs    int
	DisconnectedPairs int
}

// Removals returns, for every node v, the connectivity of g's undirected view without
// v. Removing a node that is no articulation point only shrinks its component, so
// its figures follow from the component sizes; for each articulation point (from
// CutsOf) one breadth-first search over its component finds the pieces.
// O(n + m + Σ_a (n_a + m_a)) time over the components of the articulation points a,
// in parallel over them.
func Removals(ctx context.Context, g *Graph) ([]Removal, error) {
	u := g.Undirected()
	label, sizes := Components(u)
	return removals(ctx, u, label, sizes, CutsOf(u).Articulation)
}

// removals is Removals for an undirected graph u with the components and
// articulation points of u already found.
func removals(ctx context.Context, u *Graph, label []int32, sizes []int, articulation []bool) ([]Removal, error) {
	base := 0
	for _, s := range sizes {
		base += s * (s - 1) / 2
	}
	out := make([]Removal, u.N())
	var cuts []int
	for v := range out {
		s := sizes[label[v]]
		out[v] = Removal{Components: len(sizes), ConnectedPairs: base - (s - 1)}
		if s == 1 {
			out[v].Components--
		}
		if articulation[v] {
			cuts = append(cuts, v)
		}
	}
	type state struct {
		seen  []int32
		queue []int32
	}
	_, err := parallel(ctx, len(cuts), func() *state { return &state{seen: make([]int32, u.N())} }, func(st *state, i int) {
		v := cuts[i]
		stamp := int32(v + 1)
		st.seen[v] = stamp
		s := sizes[label[v]]
		pieces, within := 0, 0
		nbr, _ := u.Out(v)
		for _, start := range nbr {
			if st.seen[start] == stamp {
				continue
			}
			st.seen[start] = stamp
			st.queue = append(st.queue[:0], start)
			for h := 0; h < len(st.queue); h++ {
				next, _ := u.Out(int(st.queue[h]))
				for _, w := range next {
					if st.seen[w] != stamp {
						st.seen[w] = stamp
						st.queue = append(st.queue, w)
					}
				}
			}
			pieces++
			within += len(st.queue) * (len(st.queue) - 1) / 2
		}
		out[v] = Removal{Components: len(sizes) - 1 + pieces, ConnectedPairs: base - s*(s-1)/2 + within,
			DisconnectedPairs: (s-1)*(s-2)/2 - within}
	})
	return out, err
}

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
	// Components and ConnectedShare describe the network with all actors.
	Components     int     `json:"components"`
	ConnectedShare float64 `json:"connected_share"`
	// CrossDomainTies counts the ties between actors with no legal domain in common.
	CrossDomainTies int `json:"cross_domain_ties"`
	// Actors are ordered most critical first: by Criticality, then degree.
	Actors []ActorImpact `json:"actors"`
}

// Resilience returns, for every actor, what its loss would do to the mutual network,
// the most critical actors first (see ActorImpact.Criticality).
func (e *Engine) Resilience(ctx context.Context, net *graph.Network) (*ResilienceReport, error) {
	return planningReport(ctx, e, net, "resilience", func(ctx context.Context, g *Graph, p *Profiles) (*ResilienceReport, error) {
		r, err := resilienceReport(ctx, net.Revision, g, p)
		return r, wrap("resilience", err)
	})
}

// resilienceReport ranks the actors of the mutual (undirected) network g with
// profiles p by the effect of their loss.
func resilienceReport(ctx context.Context, rev int64, g *Graph, p *Profiles) (*ResilienceReport, error) {
	label, sizes := Components(g)
	cuts := CutsOf(g).Articulation
	rem, err := removals(ctx, g, label, sizes, cuts)
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
	for v := range n {
		nbr, _ := g.Out(v)
		cross := 0
		for _, w := range nbr {
			if p.crossDomain(v, int(w)) {
				cross++
			}
		}
		r.CrossDomainTies += cross
		a := ActorImpact{ID: g.ID(v), Name: p.Actors[v].Name, Components: rem[v].Components,
			ConnectedShare: share(rem[v].ConnectedPairs, n-1), DisconnectedPairs: rem[v].DisconnectedPairs,
			CrossDomainTies: cross, Degree: len(nbr), ArticulationPoint: cuts[v]}
		a.Explanation = fmt.Sprintf("Ohne %s wären %d Akteurspaare nicht mehr verbunden (%s %% der übrigen Paare erreichen einander noch); "+
			"%d rechtskreisübergreifende %s fielen weg.", a.Name, a.DisconnectedPairs, german(100*a.ConnectedShare, 1),
			cross, plural(cross, "Kooperation", "Kooperationen"))
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
	slices.SortStableFunc(r.Actors, func(a, b ActorImpact) int {
		return cmp.Or(cmp.Compare(b.Criticality, a.Criticality), cmp.Compare(b.Degree, a.Degree))
	})
	return r, nil
}

// share returns pairs over the pairs of n nodes, or 1 for fewer than two nodes.
func share(pairs, n int) float64 {
	if n < 2 {
		return 1
	}
	return float64(pairs) / (float64(n) * float64(n-1) / 2)
}
