package metrics

import (
	"context"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
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
	articulation := CutsOf(u).Articulation
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
	_, err := parallel.For(ctx, len(cuts), func() *state { return &state{seen: make([]int32, u.N())} }, func(st *state, i int) {
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
