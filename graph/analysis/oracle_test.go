package analysis

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

func TestBetweennessCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Betweenness(ctx, randomGraph(200, 600, false, 1)); err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
