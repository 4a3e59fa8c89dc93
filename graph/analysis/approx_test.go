package analysis

import (
	"context"
	"math"
	"slices"
	"testing"
)

func TestApproxBetweennessWithinBound(t *testing.T) {
	ctx := context.Background()
	for _, directed := range []bool{false, true} {
		g := randomGraph(400, 1200, directed, 3)
		exact := must(Betweenness(ctx, g))
		approx, a, err := ApproxBetweenness(ctx, g, 0.02, 0.1, 1)
		if err != nil {
			t.Fatal(err)
		}
		worst := 0.0
		for v := range exact {
			worst = max(worst, math.Abs(exact[v]-approx[v]))
		}
		if worst > a.Epsilon {
			t.Errorf("directed=%v: largest error %.4f above ε = %.4f (%d samples)", directed, worst, a.Epsilon, a.Samples)
		}
		again, _, _ := ApproxBetweenness(ctx, g, 0.02, 0.1, 1)
		if !slices.Equal(approx, again) {
			t.Errorf("directed=%v: not deterministic for a seed", directed)
		}
	}
}

func TestApproxBetweennessKarate(t *testing.T) {
	ref, g := loadReference(t, "karate")
	approx, a, err := ApproxBetweenness(context.Background(), g, 0.01, 0.05, 2)
	if err != nil {
		t.Fatal(err)
	}
	// All values lie below 1, so check's tolerance is absolute here.
	check(t, "approximate betweenness", approx, ref.Values.Betweenness, a.Epsilon)
}
