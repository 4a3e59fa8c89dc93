package metrics

import (
	"context"
	"math"
	"math/rand/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// Density returns the share of possible ties that exist: 2m/(n(n-1)) for an
// undirected graph and m/(n(n-1)) for a directed one, as networkx's density; 0 for
// fewer than two nodes.
func Density(g *Graph) float64 {
	n := float64(g.N())
	if n < 2 {
		return 0
	}
	if g.directed {
		return float64(g.M()) / (n * (n - 1))
	}
	return 2 * float64(g.M()) / (n * (n - 1))
}

// Reciprocity returns the share of arcs whose reverse arc also exists, as networkx's
// overall_reciprocity; an undirected graph has reciprocity 1, and a graph without
// ties 0. O(m log Δ) time.
func Reciprocity(g *Graph) float64 {
	if g.M() == 0 {
		return 0
	}
	if !g.directed {
		return 1
	}
	mutual := 0
	for u := range g.N() {
		out, _ := g.Out(u)
		for _, v := range out {
			if g.HasEdge(int(v), u) {
				mutual++
			}
		}
	}
	return float64(mutual) / float64(g.M())
}

// Components labels every node with its (weakly) connected component, numbered from
// 0 in the order of their smallest node, and returns the labels and the component
// sizes. O(n + m) time.
func Components(g *Graph) (label []int32, sizes []int) {
	n := g.N()
	label = make([]int32, n)
	for i := range label {
		label[i] = -1
	}
	queue := make([]int32, 0, n)
	for s := range n {
		if label[s] >= 0 {
			continue
		}
		c := int32(len(sizes))
		label[s] = c
		queue = append(queue[:0], int32(s))
		for h := 0; h < len(queue); h++ {
			v := int(queue[h])
			out, _ := g.Out(v)
			in, _ := g.In(v)
			for _, nbr := range [2][]int32{out, in} {
				for _, w := range nbr {
					if label[w] < 0 {
						label[w] = c
						queue = append(queue, w)
					}
				}
			}
		}
		sizes = append(sizes, len(queue))
	}
	return label, sizes
}

// Distances summarises the hop distances within the largest connected component of
// a graph's undirected view.
type Distances struct {
	// Nodes is the size of the largest component.
	Nodes int `json:"nodes"`
	// Diameter is the longest shortest path; with sampling, the longest found.
	Diameter int `json:"diameter"`
	// MeanDistance is the mean over ordered pairs of distinct nodes.
	MeanDistance float64 `json:"mean_distance"`
	// Sources is the number of breadth-first searches run; Exact says whether that
	// was one from every node of the component.
	Sources int  `json:"sources"`
	Exact   bool `json:"exact"`
}

// DistancesOf returns the diameter and mean distance of the largest connected
// component of g's undirected view, as networkx's diameter and
// average_shortest_path_length on that component. With 0 < samples < component
// size it runs breadth-first searches from that many sources drawn with the seed
// only: the mean distance is then an unbiased estimate and the diameter a lower
// bound. It takes O(s·m) time for s sources, in parallel over them.
func DistancesOf(ctx context.Context, g *Graph, samples int, seed uint64) (Distances, error) {
	u := g.Undirected()
	label, sizes := Components(u)
	if len(sizes) == 0 {
		return Distances{Exact: true}, nil
	}
	big := int32(0)
	for c, s := range sizes {
		if s > sizes[big] {
			big = int32(c)
		}
	}
	var members []int32
	for v, c := range label {
		if c == big {
			members = append(members, int32(v))
		}
	}
	d := Distances{Nodes: len(members), Exact: samples <= 0 || samples >= len(members)}
	sources := members
	if !d.Exact {
		rng := rand.New(rand.NewPCG(seed, 0x6e61))
		perm := rng.Perm(len(members))[:samples]
		sources = make([]int32, samples)
		for i, p := range perm {
			sources[i] = members[p]
		}
	}
	d.Sources = len(sources)
	type state struct {
		bfs
		total, ecc int
	}
	states, err := parallel.For(ctx, len(sources), func() *state { return &state{bfs: newBFS(u.N())} }, func(s *state, i int) {
		s.run(u, int(sources[i]))
		for _, v := range s.order {
			s.total += int(s.dist[v])
		}
		s.ecc = max(s.ecc, int(s.dist[s.order[len(s.order)-1]]))
		s.reset()
	})
	if err != nil {
		return Distances{}, err
	}
	total := 0
	for _, s := range states {
		total += s.total
		d.Diameter = max(d.Diameter, s.ecc)
	}
	if d.Nodes > 1 {
		d.MeanDistance = float64(total) / (float64(len(sources)) * float64(d.Nodes-1))
	}
	return d, nil
}

// Assortativity returns the degree assortativity coefficient (Newman 2002): the
// Pearson correlation of the degrees at the two ends of every edge, counted in both
// directions for an undirected graph, and of the out-degree of the source with the
// in-degree of the target for a directed one, as networkx's
// degree_assortativity_coefficient. It is NaN when all degrees are equal. O(n + m).
func Assortativity(g *Graph) float64 {
	var n, sx, sy, sxx, syy, sxy float64
	for u := range g.N() {
		out, _ := g.Out(u)
		x := float64(len(out))
		for _, v := range out {
			in, _ := g.In(int(v))
			y := float64(len(in))
			n++
			sx, sy, sxx, syy, sxy = sx+x, sy+y, sxx+x*x, syy+y*y, sxy+x*y
		}
	}
	cov := sxy/n - sx/n*sy/n
	return cov / math.Sqrt((sxx/n-sq(sx/n))*(syy/n-sq(sy/n)))
}
