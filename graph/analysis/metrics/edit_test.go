package metrics

import (
	"math/rand/v2"
	"testing"
)

// TestEditedAsNewGraph checks Edited against building the edited graph with
// NewGraph from g's remaining edges and the added ties, which include duplicates,
// ties onto existing edges with lower and higher weights, self-ties and ties to
// dropped nodes.
func TestEditedAsNewGraph(t *testing.T) {
	for seed := range uint64(6) {
		g := randomGraph(70, 200, false, seed)
		rng := rand.New(rand.NewPCG(seed, 5))
		drop := make([]bool, g.N())
		for v := range drop {
			drop[v] = seed > 0 && rng.IntN(8) == 0
		}
		var add []Tie
		for range 40 {
			add = append(add, Tie{From: rng.IntN(g.N()), To: rng.IntN(g.N()), Weight: float64(1 + rng.IntN(4))})
		}
		for u := range 10 { // onto existing edges
			if nbr, _ := g.Out(u); len(nbr) > 0 {
				add = append(add, Tie{From: int(nbr[0]), To: u, Weight: float64(1 + rng.IntN(4))})
			}
		}
		add = append(add, add[0])
		newOf, ids := make([]int, g.N()), []string(nil)
		for v := range newOf {
			newOf[v] = -1
			if !drop[v] {
				newOf[v] = len(ids)
				ids = append(ids, g.ID(v))
			}
		}
		var ties []Tie
		for u := range g.N() {
			nbr, w := g.Out(u)
			for i, v := range nbr {
				ties = append(ties, Tie{From: newOf[u], To: newOf[v], Weight: w[i]})
			}
		}
		for _, t := range add {
			ties = append(ties, Tie{From: newOf[t.From], To: newOf[t.To], Weight: t.Weight})
		}
		if err := sameGraph(Edited(g, drop, add), NewGraph(ids, ties, false)); err != nil {
			t.Errorf("seed %d: %v", seed, err)
		}
	}
}
