package analysis

import "github.com/netzwerkatlas/netzwerkatlas/graph"

// FromNetwork returns the graph of the network's actors (in the snapshot's order)
// and cooperations, weighted by intensity.
//
// The undirected view (directed = false) is the mutual cooperation network: every
// cooperation joins its two actors, whatever its direction. The directed view runs a
// mutual cooperation both ways and a directed one From → To. Cooperations between
// the same pair (in different waves, or in both directions for the undirected view)
// collapse into one edge with the highest intensity among them. Cooperations that
// name an actor not in the snapshot are left out.
func FromNetwork(n *graph.Network, directed bool) *Graph {
	ids := make([]string, len(n.Actors))
	index := make(map[string]int, len(n.Actors))
	for i := range n.Actors {
		ids[i] = n.Actors[i].ID
		index[ids[i]] = i
	}
	ties := make([]Tie, 0, len(n.Cooperations))
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		from, ok1 := index[c.From]
		to, ok2 := index[c.To]
		if ok1 && ok2 {
			ties = append(ties, Tie{From: from, To: to, Weight: float64(c.Intensity), OneWay: c.Directed})
		}
	}
	return NewGraph(ids, ties, directed)
}
