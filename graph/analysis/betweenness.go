package analysis

import "context"

// Betweenness returns the exact shortest-path betweenness centrality of every node,
//
//	b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st,
//
// summed over ordered pairs (s, t), where σ_st counts the shortest s–t paths (in
// hops) and σ_st(v) those through v. It is normalised as networkx's
// betweenness_centrality(G, normalized=True, endpoints=False): divided by
// (n-1)(n-2), the number of ordered pairs that could pass through v. For an
// undirected graph each unordered pair counts twice, so this equals
// 2/((n-1)(n-2)) times the sum over unordered pairs. Graphs with fewer than three
// nodes give zeros.
//
// The kernel is Brandes' algorithm (Brandes 2001, "A faster algorithm for
// betweenness centrality"), accumulating dependencies over successors so that it
// needs no predecessor lists, run in parallel over the sources. It takes O(nm) time
// and O(n) memory per goroutine. For large graphs see ApproxBetweenness.
func Betweenness(ctx context.Context, g *Graph) ([]float64, error) {
	n := g.N()
	// Renumber the nodes in breadth-first order so that neighbours sit close in
	// memory; this makes the searches markedly more cache-friendly.
	newOf := bfsOrder(g)
	a := g.out.permute(newOf)
	states, err := parallel(ctx, n, func() *brandes { return newBrandes(n) }, func(b *brandes, s int) {
		b.source(&a, s)
	})
	if err != nil {
		return nil, err
	}
	bc := make([]float64, n)
	for _, b := range states {
		for v, x := range newOf {
			bc[v] += b.bc[x]
		}
	}
	if n > 2 {
		scale := 1 / float64((n-1)*(n-2))
		for v := range bc {
			bc[v] *= scale
		}
	}
	return bc, nil
}

// brandes is the per-goroutine state of Betweenness. dist is -1 for unvisited nodes
// and is restored after each source; sigma and coef are valid for visited nodes only.
type brandes struct {
	bfs
	coef []float64 // (1 + δ(w)) / σ(w)
	bc   []float64
}

func newBrandes(n int) *brandes {
	return &brandes{bfs: newBFS(n), coef: make([]float64, n), bc: make([]float64, n)}
}

// source adds the dependencies of source s to b.bc.
func (b *brandes) source(a *adjacency, s int) {
	b.runOn(a, s)
	off, nbr := a.off, a.nbr
	for i := len(b.order) - 1; i >= 0; i-- {
		v := b.order[i]
		next := b.dist[v] + 1
		sum := 0.0
		for _, w := range nbr[off[v]:off[v+1]] {
			if b.dist[w] == next {
				sum += b.coef[w]
			}
		}
		delta := b.sigma[v] * sum
		b.coef[v] = (1 + delta) / b.sigma[v]
		if int(v) != s {
			b.bc[v] += delta
		}
	}
	b.reset()
}
