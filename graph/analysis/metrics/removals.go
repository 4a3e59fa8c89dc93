package metrics

import "context"

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
// v. One depth-first search (see lowLinks) finds, for every node, the subtrees of its
// children that only reach the rest of the component through it (low ≥ its
// discovery time): without v each of them is a piece of its own, and the rest of its
// component (if any) one more piece. Isolated nodes just vanish.
// O(n + m) time; it used to take one breadth-first search per articulation point,
// O(a·(n + m)) for a articulation points.
func Removals(ctx context.Context, g *Graph) ([]Removal, error) {
	u := g.Undirected()
	label, sizes := Components(u)
	base := 0
	for _, s := range sizes {
		base += s * (s - 1) / 2
	}
	n := u.N()
	subtree := make([]int, n) // size of the DFS subtree, less the node itself
	split := make([]int, n)   // nodes in the children's subtrees that v separates
	pieces, within := make([]int, n), make([]int, n)
	lowLinks(u, func(p, v, _ int32, disc, low []int32) {
		subtree[p] += subtree[v] + 1
		if low[v] >= disc[p] {
			k := subtree[v] + 1
			split[p] += k
			pieces[p]++
			within[p] += k * (k - 1) / 2
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]Removal, n)
	for v := range out {
		s := sizes[label[v]]
		if rest := s - 1 - split[v]; rest > 0 {
			pieces[v]++
			within[v] += rest * (rest - 1) / 2
		}
		out[v] = Removal{Components: len(sizes) - 1 + pieces[v], ConnectedPairs: base - s*(s-1)/2 + within[v],
			DisconnectedPairs: (s-1)*(s-2)/2 - within[v]}
	}
	return out, nil
}
