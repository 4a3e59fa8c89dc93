package metrics

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSubgraphAsNewGraph checks Subgraph against building the induced subgraph from
// its ties with NewGraph, for chosen nodes in increasing order, in shuffled order
// and all of them, on directed and undirected random graphs.
func TestSubgraphAsNewGraph(t *testing.T) {
	for _, directed := range []bool{false, true} {
		for seed := range uint64(4) {
			g := randomGraph(80, 300, directed, seed)
			rng := rand.New(rand.NewPCG(seed, 9))
			var some []int
			for v := range g.N() {
				if rng.IntN(3) > 0 {
					some = append(some, v)
				}
			}
			shuffled := slices.Clone(some)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			all := make([]int, g.N())
			for v := range all {
				all[v] = v
			}
			for name, nodes := range map[string][]int{"increasing": some, "shuffled": shuffled, "all": all} {
				got, want := Subgraph(g, nodes), inducedByTies(g, nodes)
				if err := sameGraph(got, want); err != nil {
					t.Errorf("directed=%v seed=%d %s: %v", directed, seed, name, err)
				}
			}
		}
	}
}

// inducedByTies returns the subgraph of g induced by nodes, built by NewGraph from
// the ties among them.
func inducedByTies(g *Graph, nodes []int) *Graph {
	pos := map[int]int{}
	ids := make([]string, len(nodes))
	for i, v := range nodes {
		pos[v], ids[i] = i, g.ID(v)
	}
	var ties []Tie
	for i, v := range nodes {
		nbr, w := g.Out(v)
		for j, x := range nbr {
			if k, ok := pos[int(x)]; ok {
				ties = append(ties, Tie{From: i, To: k, Weight: w[j], OneWay: true})
			}
		}
	}
	return NewGraph(ids, ties, g.Directed())
}

// sameGraph reports how a and b differ, if they do.
func sameGraph(a, b *Graph) error {
	if a.N() != b.N() || a.M() != b.M() || a.Directed() != b.Directed() {
		return fmt.Errorf("n, m, directed %d, %d, %v, want %d, %d, %v", a.N(), a.M(), a.Directed(), b.N(), b.M(), b.Directed())
	}
	for v := range a.N() {
		if i, ok := a.Index(b.ID(v)); a.ID(v) != b.ID(v) || !ok || i != v {
			return fmt.Errorf("node %d: ID %q, want %q", v, a.ID(v), b.ID(v))
		}
		for _, rows := range [][2]func(int) ([]int32, []float64){{a.Out, b.Out}, {a.In, b.In}} {
			an, aw := rows[0](v)
			bn, bw := rows[1](v)
			if !slices.Equal(an, bn) || !slices.Equal(aw, bw) {
				return fmt.Errorf("node %d: row %v %v, want %v %v", v, an, aw, bn, bw)
			}
		}
	}
	return nil
}
