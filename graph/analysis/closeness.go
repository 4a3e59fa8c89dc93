package analysis

import "context"

// Closeness returns the closeness centrality of every node in the Wasserman–Faust
// form for graphs that are not connected, as networkx's
// closeness_centrality(G, wf_improved=True):
//
//	c(v) = (r-1)/(n-1) · (r-1)/Σ_u d(u, v)
//
// where r counts the nodes that reach v (v included) and d(u, v) is the hop
// distance from u to v; in a directed graph these are incoming distances. A node
// that no other node reaches gets 0. It takes O(nm) time, in parallel over nodes.
func Closeness(ctx context.Context, g *Graph) ([]float64, error) {
	n := g.N()
	return incoming(ctx, g, func(b *bfs) float64 {
		total := 0
		for _, u := range b.order {
			total += int(b.dist[u])
		}
		if total == 0 || n < 2 {
			return 0
		}
		r := float64(len(b.order) - 1)
		return r / float64(total) * r / float64(n-1)
	})
}

// Harmonic returns the harmonic centrality of every node, as networkx's
// harmonic_centrality(G) (not normalised):
//
//	h(v) = Σ_{u ≠ v} 1/d(u, v)
//
// with hop distances d(u, v) from u to v (incoming, in a directed graph) and 1/∞ = 0
// (Boldi & Vigna 2014, "Axioms for centrality"). It takes O(nm) time, in parallel
// over nodes.
func Harmonic(ctx context.Context, g *Graph) ([]float64, error) {
	return incoming(ctx, g, func(b *bfs) float64 {
		h := 0.0
		for _, u := range b.order[1:] {
			h += 1 / float64(b.dist[u])
		}
		return h
	})
}

// incoming runs a breadth-first search from every node v against the direction of
// the arcs, so that b holds the distances d(u, v), and returns score(b) per node.
func incoming(ctx context.Context, g *Graph, score func(b *bfs) float64) ([]float64, error) {
	out := make([]float64, g.N())
	_, err := parallel(ctx, g.N(), func() *bfs { b := newBFS(g.N()); return &b }, func(b *bfs, v int) {
		b.runOn(&g.in, v)
		out[v] = score(b)
		b.reset()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
