package metrics

import (
	"math"

	gograph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// Gonum returns a read-only view of g for gonum's algorithms: a
// gograph.WeightedUndirected if g is undirected, a gograph.WeightedDirected
// otherwise. Node IDs are the node indices of g. Weight reports 0 for a node to
// itself and +Inf where there is no edge. The view allocates on every call; use it
// for gonum's algorithms and tests, not in hot loops.
func (g *Graph) Gonum() gograph.Weighted {
	if g.directed {
		return gonumDirected{gonumView{g}}
	}
	return gonumUndirected{gonumView{g}}
}

type gonumView struct{ g *Graph }

type gonumUndirected struct{ gonumView }

type gonumDirected struct{ gonumView }

var (
	_ gograph.WeightedUndirected = gonumUndirected{}
	_ gograph.WeightedDirected   = gonumDirected{}
)

func (v gonumView) has(id int64) bool { return id >= 0 && id < int64(v.g.N()) }

func (v gonumView) Node(id int64) gograph.Node {
	if !v.has(id) {
		return nil
	}
	return simple.Node(id)
}

func (v gonumView) Nodes() gograph.Nodes {
	nodes := make([]gograph.Node, v.g.N())
	for i := range nodes {
		nodes[i] = simple.Node(i)
	}
	return iterator.NewOrderedNodes(nodes)
}

func nodesOf(nbr []int32) gograph.Nodes {
	if len(nbr) == 0 {
		return gograph.Empty
	}
	nodes := make([]gograph.Node, len(nbr))
	for i, u := range nbr {
		nodes[i] = simple.Node(u)
	}
	return iterator.NewOrderedNodes(nodes)
}

func (v gonumView) From(id int64) gograph.Nodes {
	if !v.has(id) {
		return gograph.Empty
	}
	nbr, _ := v.g.Out(int(id))
	return nodesOf(nbr)
}

func (v gonumView) HasEdgeBetween(x, y int64) bool {
	return v.WeightedEdge(x, y) != nil || v.WeightedEdge(y, x) != nil
}

func (v gonumView) Edge(u, w int64) gograph.Edge {
	if e := v.WeightedEdge(u, w); e != nil {
		return e
	}
	return nil
}

func (v gonumView) WeightedEdge(u, w int64) gograph.WeightedEdge {
	if !v.has(u) || !v.has(w) {
		return nil
	}
	if !v.g.HasEdge(int(u), int(w)) {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(w), W: v.g.Weight(int(u), int(w))}
}

func (v gonumView) Weight(x, y int64) (float64, bool) {
	if x == y && v.has(x) {
		return 0, true
	}
	if e := v.WeightedEdge(x, y); e != nil {
		return e.Weight(), true
	}
	return math.Inf(1), false
}

func (v gonumUndirected) EdgeBetween(x, y int64) gograph.Edge { return v.Edge(x, y) }

func (v gonumUndirected) WeightedEdgeBetween(x, y int64) gograph.WeightedEdge {
	return v.WeightedEdge(x, y)
}

func (v gonumDirected) HasEdgeFromTo(u, w int64) bool { return v.WeightedEdge(u, w) != nil }

func (v gonumDirected) To(id int64) gograph.Nodes {
	if !v.has(id) {
		return gograph.Empty
	}
	nbr, _ := v.g.In(int(id))
	return nodesOf(nbr)
}
