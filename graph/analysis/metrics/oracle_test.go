package metrics

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/network"
)

// randomGraph returns a seeded G(n, m)-style graph with some one-way ties and
// weights 1–4, for oracle tests.
func randomGraph(n, m int, directed bool, seed uint64) *Graph {
	rng := rand.New(rand.NewPCG(seed, 1))
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprint(i)
	}
	ties := make([]Tie, m)
	for i := range ties {
		ties[i] = Tie{From: rng.IntN(n), To: rng.IntN(n), Weight: float64(1 + rng.IntN(4)), OneWay: rng.IntN(3) == 0}
	}
	return NewGraph(ids, ties, directed)
}

func TestBetweennessGonumOracle(t *testing.T) {
	for _, directed := range []bool{false, true} {
		for seed := range uint64(4) {
			g := randomGraph(120, 260, directed, seed)
			got := must(Betweenness(context.Background(), g))
			oracle := network.Betweenness(g.Gonum())
			n := float64(g.N())
			want := make([]float64, g.N())
			for id, b := range oracle {
				want[id] = b / ((n - 1) * (n - 2))
			}
			check(t, fmt.Sprintf("directed=%v seed=%d", directed, seed), got, want, exactTol)
		}
	}
}

// TestBetweennessPrunedTrees checks the pruning of trees against gonum on graphs that
// are mostly trees: a random tree with a few extra ties, which close cycles that
// trees then hang off, beside components that are trees, pairs and single nodes.
func TestBetweennessPrunedTrees(t *testing.T) {
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 2))
		const n = 150
		var ties []Tie
		for v := 1; v < 100; v++ {
			ties = append(ties, Tie{From: rng.IntN(v), To: v})
		}
		for range seed * 3 {
			ties = append(ties, Tie{From: rng.IntN(100), To: rng.IntN(100)})
		}
		for v := 101; v < 130; v++ { // a second tree
			ties = append(ties, Tie{From: 100 + rng.IntN(v-100), To: v})
		}
		ties = append(ties, Tie{From: 130, To: 131}, Tie{From: 132, To: 133}, Tie{From: 133, To: 134})
		ids := make([]string, n)
		for i := range ids {
			ids[i] = fmt.Sprint(i)
		}
		g := NewGraph(ids, ties, false)
		got := must(Betweenness(context.Background(), g))
		want := make([]float64, n)
		for id, b := range network.Betweenness(g.Gonum()) {
			want[id] = b / ((n - 1) * (n - 2))
		}
		check(t, fmt.Sprintf("seed=%d", seed), got, want, exactTol)
	}
}

func TestBetweennessCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Betweenness(ctx, randomGraph(200, 600, false, 1)); err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
