package metrics

import (
	"context"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// Closeness returns the closeness centrality of every node in the Wasserman–Faust
// form for graphs that are not connected, as networkx's
// closeness_centrality(G, wf_improved=True):
//
//	c(v) = (r-1)/(n-1) · (r-1)/Σ_u d(u, v)
//
// where r counts the nodes that reach v (v included) and d(u, v) is the hop
// distance from u to v; in a directed graph these are incoming distances. A node
// that no other node reaches gets 0. It takes O(nm) time, in parallel over the
// breadth-first searches from every node.
func Closeness(ctx context.Context, g *Graph) ([]float64, error) {
	c, _, err := distanceCentralities(ctx, g, g.N(), 0)
	return c, err
}

// Harmonic returns the harmonic centrality of every node, as networkx's
// harmonic_centrality(G) (not normalised):
//
//	h(v) = Σ_{u ≠ v} 1/d(u, v)
//
// with hop distances d(u, v) from u to v (incoming, in a directed graph) and 1/∞ = 0
// (Boldi & Vigna 2014, "Axioms for centrality"). The reciprocals are summed in
// fixed point with 63 − ⌈log₂(n+1)⌉ fractional bits, so that the result does not
// depend on the order of summation and is off by less than n·2^(⌈log₂(n+1)⌉−64)
// (below 1e-11 up to 10,000 nodes). It takes O(nm) time, in parallel over the
// breadth-first searches from every node.
func Harmonic(ctx context.Context, g *Graph) ([]float64, error) {
	_, h, err := distanceCentralities(ctx, g, g.N(), 0)
	return h, err
}

// ClosenessHarmonic returns Closeness and Harmonic together, from one breadth-first
// search per node for both.
func ClosenessHarmonic(ctx context.Context, g *Graph) (closeness, harmonic []float64, err error) {
	return distanceCentralities(ctx, g, g.N(), 0)
}

// ApproxCloseness estimates the closeness (as Closeness) and harmonic centrality
// (as Harmonic) of every node from breadth-first searches out of sampled sources,
// in the manner of Eppstein & Wang 2004 ("Fast approximation of centrality"). In
// each (weakly) connected component C of N_C nodes it draws, with replacement,
//
//	k = ⌈ln(6n/δ) / (2ε²)⌉
//
// sources uniformly from C, or takes every node of C once if N_C ≤ k. With s_i the
// sources of C, the sums over the nodes u that reach v,
//
//	S(v) = Σ_u d(u, v),  r(v) = |{u}|,  h(v) = Σ_{u ≠ v} 1/d(u, v),
//
// are estimated by N_C/k times the same sums over the s_i, each of which is
// unbiased. By Hoeffding's inequality and a union bound over the 3n estimates, with
// probability at least 1 − δ every node has S(v) within ε·Δ·N_C (Δ the diameter,
// at most VertexDiameter − 1) and r(v) and h(v) within ε·N_C of the truth: for an
// undirected graph, whose r(v) is exact, the mean distance S(v)/(r(v)−1) from
// which closeness follows is within ε·Δ·N_C/(N_C−1), the Eppstein–Wang bound.
// Closeness is then (r̂−1)²/((n−1)·Ŝ), as in Closeness.
//
// The sample is deterministic for a seed, and so are the values. It takes
// O(k·m) time, in parallel over the sources, and O(n) memory per goroutine.
func ApproxCloseness(ctx context.Context, g *Graph, epsilon, delta float64, seed uint64) (closeness, harmonic []float64, a Approximation, err error) {
	n := g.N()
	a = Approximation{Epsilon: epsilon, Delta: delta, VertexDiameter: vertexDiameter(g)}
	if n == 0 {
		return nil, nil, a, nil
	}
	a.Samples = int(math.Ceil(math.Log(6*float64(n)/delta) / (2 * epsilon * epsilon)))
	closeness, harmonic, err = distanceCentralities(ctx, g, a.Samples, seed)
	return closeness, harmonic, a, err
}

// distanceCentralities returns closeness and harmonic centrality from breadth-first
// searches out of k sources per (weakly) connected component, drawn with the seed,
// or out of all its nodes if it has no more than k: exact for k ≥ n. See
// ApproxCloseness.
func distanceCentralities(ctx context.Context, g *Graph, k int, seed uint64) (closeness, harmonic []float64, err error) {
	n := g.N()
	label, sizes := Components(g)
	// Search a copy renumbered in breadth-first order, where neighbours sit close
	// in memory, from the sources' new numbers.
	newOf := bfsOrder(g, make([]bool, n))
	adj := relabel(g, newOf)
	members := make([][]int32, len(sizes))
	for v, c := range label {
		members[c] = append(members[c], newOf[v])
	}
	// Every source of a component carries the same weight N_C/k, or 1 if all its
	// nodes are sources; the per-source sums stay integers, or fixed point for 1/d
	// with one unit of 2^-(63−⌈log₂(n+1)⌉) so that the up to n terms of a node fit
	// in 63 bits, and add up to the same result in any order.
	one := math.Ldexp(1, 63-bits.Len(uint(n)))
	var sources []int32
	weight := make([]float64, len(sizes))
	for c, m := range members {
		if len(m) <= k {
			sources = append(sources, m...)
			weight[c] = 1
			continue
		}
		rng := rand.New(rand.NewPCG(seed, uint64(c)))
		for range k {
			sources = append(sources, m[rng.IntN(len(m))])
		}
		weight[c] = float64(len(m)) / float64(k)
	}
	states, err := parallel.For(ctx, len(sources), func() *distanceSums { return newDistanceSums(n, one, !g.directed) }, func(d *distanceSums, i int) {
		d.add(&adj, sources[i])
	})
	if err != nil {
		return nil, nil, err
	}
	closeness, harmonic = make([]float64, n), make([]float64, n)
	for v, x := range newOf {
		var r, s int64
		var h uint64
		for _, d := range states {
			r, s, h = r+int64(d.reached[x]), s+d.total[x], h+d.harmonic[x]
		}
		w := weight[label[v]]
		rv, sv := w*float64(r), w*float64(s)
		harmonic[v] = w * float64(h) / one
		if sv > 0 && rv > 1 && n > 1 {
			closeness[v] = (rv - 1) / sv * (rv - 1) / float64(n-1)
		}
	}
	return closeness, harmonic, nil
}

// distanceSums is the per-goroutine state of distanceCentralities: per node, how
// many sources reached it, the sum of their distances to it, and the sum of the
// reciprocal distances in units of 1/one. dist is -1 for nodes the current
// search has not reached; order has room for one node more than the graph, since
// the search writes every candidate and then decides whether to keep it.
type distanceSums struct {
	dist       []int32
	order      []int32
	todo       []int32 // the nodes a bottom-up step still has to try
	reached    []int32
	total      []int64
	harmonic   []uint64
	one        float64
	undirected bool
}

func newDistanceSums(n int, one float64, undirected bool) *distanceSums {
	d := &distanceSums{one: one, undirected: undirected, dist: make([]int32, n), order: make([]int32, n+1), todo: make([]int32, n+1),
		reached: make([]int32, n), total: make([]int64, n), harmonic: make([]uint64, n)}
	for v := range d.dist {
		d.dist[v] = -1
	}
	return d
}

// add searches from source s along the arcs of a and adds its distances. In an
// undirected graph the search is direction-optimising, as in brandes.source: a
// level whose nodes have more arcs than the nodes not yet reached is expanded
// bottom-up, each unreached node looking for a neighbour in the level and stopping
// at the first; top-down steps are branch-free (see reach).
func (d *distanceSums) add(a *adjacency, s int32) {
	off, nbr, dist, order := a.off, a.nbr, d.dist, d.order
	order[0], dist[s] = s, 0
	k := 1
	unseen := len(nbr) - int(off[s+1]-off[s]) // arcs of nodes not reached yet
	todo := -1                                // length of d.todo, once a bottom-up step has filled it
	for lo, L := 0, int32(0); lo < k; L++ {
		hi := k
		if d.undirected && a.degrees(order[lo:hi]) > unseen {
			if todo < 0 {
				todo = unreached(dist, d.todo)
			}
			kept := 0
			for _, w := range d.todo[:todo] {
				if dist[w] >= 0 { // reached by a top-down step since it was listed
					continue
				}
				found := slices.ContainsFunc(nbr[off[w]:off[w+1]], func(v int32) bool { return dist[v] == L })
				if found {
					dist[w], order[k] = L+1, w
					k++
				} else {
					d.todo[kept] = w
					kept++
				}
			}
			todo = kept
		} else {
			for _, v := range order[lo:hi] {
				for _, w := range nbr[off[v]:off[v+1]] {
					_, k = reach(dist, order, k, w, L+1)
				}
			}
		}
		unseen -= a.degrees(order[hi:k])
		lo = hi
	}
	// order is sorted by distance, so 1/d changes only between levels.
	level, unit := int32(0), uint64(0)
	for _, v := range order[:k] {
		if dv := dist[v]; dv != level {
			level, unit = dv, uint64(math.Round(d.one/float64(dv)))
		}
		d.reached[v]++
		d.total[v] += int64(level)
		d.harmonic[v] += unit
		dist[v] = -1
	}
}
