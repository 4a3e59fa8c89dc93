package metrics

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

// TestApproxClosenessWithinBound compares the sampled closeness and harmonic
// centrality with the exact values on graphs large enough to be sampled, with the
// bounds ApproxCloseness states.
func TestApproxClosenessWithinBound(t *testing.T) {
	ctx := context.Background()
	for _, directed := range []bool{false, true} {
		g := randomGraph(3000, 9000, directed, 5)
		exactC, exactH := must(Closeness(ctx, g)), must(Harmonic(ctx, g))
		c, h, a, err := ApproxCloseness(ctx, g, 0.1, 0.1, 1)
		if err != nil {
			t.Fatal(err)
		}
		label, sizes := Components(g)
		if a.Samples >= slices.Max(sizes) {
			t.Fatalf("directed=%v: %d samples cover the largest component of %d", directed, a.Samples, slices.Max(sizes))
		}
		n := float64(g.N())
		worstH, outside, relC, relH := 0.0, 0, 0.0, 0.0
		for v := range exactC {
			nc := float64(sizes[label[v]])
			if exactH[v] > 0 {
				relC += math.Abs(c[v]/exactC[v]-1) / n
				relH += math.Abs(h[v]/exactH[v]-1) / n
			}
			worstH = max(worstH, math.Abs(h[v]-exactH[v])/(a.Epsilon*nc))
			if directed || exactC[v] == 0 {
				continue
			}
			// Closeness is (r−1)²/((n−1)·S) with r exact in an undirected graph, so
			// the bound S ± εΔN_C brackets it.
			f := (nc - 1) * (nc - 1) / (n - 1)
			s, slack := f/exactC[v], a.Epsilon*float64(a.VertexDiameter-1)*nc
			if c[v] < f/(s+slack) || (s > slack && c[v] > f/(s-slack)) {
				outside++
			}
		}
		if worstH > 1 || outside > 0 {
			t.Errorf("directed=%v: harmonic error at %.2f of the bound, %d closeness values outside it", directed, worstH, outside)
		}
		// The bound holds for the worst case; in practice the sample does far
		// better, and a biased estimate would show here.
		if relC > 0.03 || relH > 0.03 {
			t.Errorf("directed=%v: mean relative error %.3f (closeness), %.3f (harmonic)", directed, relC, relH)
		}
		t.Logf("directed=%v: %d samples, harmonic error at %.2f of the bound, mean relative error %.3f (closeness), %.3f (harmonic)",
			directed, a.Samples, worstH, relC, relH)
		c2, h2, _, _ := ApproxCloseness(ctx, g, 0.1, 0.1, 1)
		if !slices.Equal(c, c2) || !slices.Equal(h, h2) {
			t.Errorf("directed=%v: not deterministic for a seed", directed)
		}
	}
}

// TestApproxClosenessExactWhenSmall checks that components no larger than the
// sample are searched from every node, which gives the exact values.
func TestApproxClosenessExactWhenSmall(t *testing.T) {
	ref, g := loadReference(t, "lesmis")
	c, h, _, err := ApproxCloseness(context.Background(), g, 0.1, 0.1, 1)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "closeness", c, ref.Values.Closeness, exactTol)
	check(t, "harmonic", h, ref.Values.Harmonic, exactTol)
}
