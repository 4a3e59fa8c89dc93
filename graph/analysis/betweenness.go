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
	arcs := len(a.nbr)
	states, err := parallel(ctx, n, func() *brandes { return newBrandes(n, arcs) }, func(b *brandes, s int) {
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
// succ holds the arcs of the shortest-path DAG, those of order[h] at
// succ[start[h]:start[h+1]], so that the accumulation scans only those.
type brandes struct {
	bfs
	coef  []float64 // (1 + δ(w)) / σ(w)
	bc    []float64
	succ  []int32
	start []int32
}

// newBrandes returns the state for a graph of n nodes and the given number of arcs; the
// shortest-path DAG never has more arcs than the graph, so no buffer grows later.
func newBrandes(n, arcs int) *brandes {
	return &brandes{bfs: newBFS(n), coef: make([]float64, n), bc: make([]float64, n),
		succ: make([]int32, 0, arcs), start: make([]int32, 0, n+1)}
}

// source adds the dependencies of source s to b.bc.
func (b *brandes) source(a *adjacency, s int) {
	off, nbr := a.off, a.nbr
	dist, sigma, coef, bc := b.dist, b.sigma, b.coef, b.bc
	order, succ, start := append(b.order[:0], int32(s)), b.succ[:0], b.start[:0]
	dist[s], sigma[s] = 0, 1
	for h := 0; h < len(order); h++ {
		v := order[h]
		next, sv := dist[v]+1, sigma[v]
		start = append(start, int32(len(succ)))
		for _, w := range nbr[off[v]:off[v+1]] {
			if d := dist[w]; d < 0 {
				dist[w], sigma[w] = next, sv
				order = append(order, w)
				succ = append(succ, w)
			} else if d == next {
				sigma[w] += sv
				succ = append(succ, w)
			}
		}
	}
	start = append(start, int32(len(succ)))
	for h := len(order) - 1; h >= 0; h-- {
		v := order[h]
		sum := 0.0
		for _, w := range succ[start[h]:start[h+1]] {
			sum += coef[w]
		}
		delta := sigma[v] * sum
		coef[v] = (1 + delta) / sigma[v]
		if h > 0 { // order[0] is the source, which gets no credit
			bc[v] += delta
		}
	}
	b.order, b.succ, b.start = order, succ, start
	b.reset()
}
