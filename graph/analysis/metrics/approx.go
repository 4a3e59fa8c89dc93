package metrics

import (
	"context"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// Approximation describes how ApproxBetweenness or ApproxCloseness sampled: with
// probability at least 1 − Delta, every returned value is within a bound set by
// Epsilon of the exact one. For ApproxBetweenness that bound is ±Epsilon itself (in
// the normalisation of Betweenness); for ApproxCloseness see there.
type Approximation struct {
	Epsilon float64 `json:"epsilon"`
	Delta   float64 `json:"delta"`
	// Samples is the number of sampled node pairs (ApproxBetweenness) or of
	// sampled sources per component (ApproxCloseness).
	Samples int `json:"samples"`
	// VertexDiameter is the upper bound on the nodes of a shortest path used to size
	// the sample.
	VertexDiameter int `json:"vertex_diameter"`
}

// ApproxBetweenness estimates the betweenness of every node by sampling shortest
// paths (Riondato & Kornaropoulos 2016, "Fast approximation of betweenness
// centrality through sampling"). It draws
//
//	r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5,
//
// ordered pairs (s, t) of distinct nodes, picks one shortest s–t path uniformly at
// random for each (found by a balanced bidirectional breadth-first search) and
// credits 1/r to its inner nodes. VD bounds the number of nodes on a shortest path:
// 2·ecc + 1 from one search per component for an undirected graph, the largest
// weak component for a directed one. The estimate of b(v)/(n(n−1)) is then within ε
// for all nodes with probability 1 − δ; ApproxBetweenness returns it rescaled by
// n/(n−2) to the normalisation of Betweenness, and reports the bound ε·n/(n−2).
//
// The result is deterministic for a seed. Each sample costs a bidirectional search,
// typically far below O(m); samples run in parallel.
func ApproxBetweenness(ctx context.Context, g *Graph, epsilon, delta float64, seed uint64) ([]float64, Approximation, error) {
	n := g.N()
	a := Approximation{Epsilon: epsilon, Delta: delta, VertexDiameter: vertexDiameter(g)}
	bc := make([]float64, n)
	if n < 3 {
		return bc, a, nil
	}
	logVD := 0
	if a.VertexDiameter > 2 {
		logVD = bits.Len(uint(a.VertexDiameter-2)) - 1
	}
	a.Samples = int(math.Ceil(0.5 / (epsilon * epsilon) * (float64(logVD) + 1 + math.Log(1/delta))))
	states, err := parallel.For(ctx, a.Samples, func() *pathSampler { return newPathSampler(n) }, func(p *pathSampler, i int) {
		rng := rand.New(rand.NewPCG(seed, uint64(i)))
		s := rng.IntN(n)
		t := rng.IntN(n - 1)
		if t >= s {
			t++
		}
		p.sample(g, s, t, rng)
	})
	if err != nil {
		return nil, a, err
	}
	scale := 1 / float64(a.Samples) * float64(n) / float64(n-2)
	for _, p := range states {
		for v, c := range p.hits {
			bc[v] += float64(c)
		}
	}
	for v := range bc {
		bc[v] *= scale
	}
	a.Epsilon = epsilon * float64(n) / float64(n-2)
	return bc, a, nil
}

// vertexDiameter bounds the number of nodes on any shortest path of g.
func vertexDiameter(g *Graph) int {
	label, sizes := Components(g)
	if g.directed {
		return slices.Max(append(sizes, 1))
	}
	b := newBFS(g.N())
	done := make([]bool, len(sizes))
	vd := 1
	for v, c := range label {
		if done[c] {
			continue
		}
		done[c] = true
		b.run(g, v)
		vd = max(vd, 2*int(b.dist[b.order[len(b.order)-1]])+1)
		b.reset()
	}
	return vd
}

// pathSampler is the per-goroutine state of ApproxBetweenness: two breadth-first
// searches, forwards from s and backwards from t, and the hit count per node.
type pathSampler struct {
	fwd, bwd bfs
	meets    [][2]int32 // (x, y) with x reached from s, y from t, and x → y
	hits     []int32
}

func newPathSampler(n int) *pathSampler {
	return &pathSampler{fwd: newBFS(n), bwd: newBFS(n), hits: make([]int32, n)}
}

// sample picks one shortest s–t path uniformly at random, if there is one, and
// counts a hit for each of its inner nodes.
func (p *pathSampler) sample(g *Graph, s, t int, rng *rand.Rand) {
	f, b := &p.fwd, &p.bwd
	f.order = append(f.order[:0], int32(s))
	f.dist[s], f.sigma[s] = 0, 1
	b.order = append(b.order[:0], int32(t))
	b.dist[t], b.sigma[t] = 0, 1
	p.meets = p.meets[:0]
	fLo, bLo := 0, 0 // start of the current frontier in order
	for len(p.meets) == 0 && fLo < len(f.order) && bLo < len(b.order) {
		if g.out.degrees(f.order[fLo:]) <= g.in.degrees(b.order[bLo:]) { // arcs to scan
			fLo = p.expand(&g.out, f, b, fLo, false)
		} else {
			bLo = p.expand(&g.in, b, f, bLo, true)
		}
	}
	if len(p.meets) > 0 {
		total := 0.0
		for _, m := range p.meets {
			total += f.sigma[m[0]] * b.sigma[m[1]]
		}
		pick := rng.Float64() * total
		m := p.meets[len(p.meets)-1]
		for _, c := range p.meets {
			if pick -= f.sigma[c[0]] * b.sigma[c[1]]; pick < 0 {
				m = c
				break
			}
		}
		walkBack(&g.in, f, m[0], p.hits, rng)
		walkBack(&g.out, b, m[1], p.hits, rng)
	}
	f.reset()
	b.reset()
}

// expand advances search x by one level over the rows of a and records every arc
// into a node that search y has reached; reversed says x is the backward search, so
// that meets are stored as (forward node, backward node). It returns the start of
// the new frontier.
func (p *pathSampler) expand(a *adjacency, x, y *bfs, lo int, reversed bool) int {
	hi := len(x.order)
	for _, v := range x.order[lo:hi] {
		next, sv := x.dist[v]+1, x.sigma[v]
		for _, w := range a.nbr[a.off[v]:a.off[v+1]] {
			switch {
			case y.dist[w] >= 0:
				if reversed {
					p.meets = append(p.meets, [2]int32{w, v})
				} else {
					p.meets = append(p.meets, [2]int32{v, w})
				}
			case x.dist[w] == -1:
				x.dist[w], x.sigma[w] = next, sv
				x.order = append(x.order, w)
			case x.dist[w] == next:
				x.sigma[w] += sv
			}
		}
	}
	return hi
}

// walkBack follows a uniformly random shortest path from v back to the root of
// search x, choosing each predecessor (over the rows of a, against the search's
// direction) with probability σ(u)/σ(v), and counts a hit for every node but the
// root.
func walkBack(a *adjacency, x *bfs, v int32, hits []int32, rng *rand.Rand) {
	for x.dist[v] > 0 {
		hits[v]++
		prev := x.dist[v] - 1
		pick := rng.Float64() * x.sigma[v]
		next := int32(-1)
		for _, u := range a.nbr[a.off[v]:a.off[v+1]] {
			if x.dist[u] == prev {
				next = u
				if pick -= x.sigma[u]; pick < 0 {
					break
				}
			}
		}
		v = next
	}
}
