package metrics

import (
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

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

// PrimaryLegalDomain returns the actor's first legal domain, or "".
func PrimaryLegalDomain(a *graph.Actor) string {
	if len(a.LegalDomains) == 0 {
		return ""
	}
	return a.LegalDomains[0]
}

// PrimarySocialSpace returns the actor's first social space, or "".
func PrimarySocialSpace(a *graph.Actor) string {
	if len(a.SocialSpaces) == 0 {
		return ""
	}
	return a.SocialSpaces[0]
}

// ActorKind returns the actor's kind.
func ActorKind(a *graph.Actor) string { return a.Kind }

// GroupsBy returns the group index of every actor (in snapshot order, which is the
// node order of FromNetwork) and the sorted group names; "" stands for no value.
func GroupsBy(net *graph.Network, by func(*graph.Actor) string) ([]int, []string) {
	index := map[string]int{}
	for i := range net.Actors {
		index[by(&net.Actors[i])] = 0
	}
	names := make([]string, 0, len(index))
	for name := range index {
		names = append(names, name)
	}
	slices.Sort(names)
	for i, name := range names {
		index[name] = i
	}
	group := make([]int, len(net.Actors))
	for i := range net.Actors {
		group[i] = index[by(&net.Actors[i])]
	}
	return group, names
}
