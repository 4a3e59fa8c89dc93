package metrics

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
)

// loadReference reads the reference network of the given name and builds its graph.
func loadReference(t testing.TB, name string) (*testnet.Reference, *Graph) {
	t.Helper()
	ref, err := testnet.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	index := map[string]int{}
	for i, id := range ref.Nodes {
		index[id] = i
	}
	ties := make([]Tie, len(ref.Edges))
	for i := range ref.Edges {
		from, to, w := ref.Edge(i)
		ties[i] = Tie{From: index[from], To: index[to], Weight: w, OneWay: true}
	}
	return ref, NewGraph(ref.Nodes, ties, ref.Directed)
}

// Tolerances: exact algorithms agree with networkx to rounding; the iterative ones
// (PageRank, eigenvector) stop within Tol = 1e-10 of the fixed point, and the
// references are the converged values to 1e-12 (see testdata/reference.py of
// internal/testnet).
const (
	exactTol     = 1e-9
	iterativeTol = 1e-9
)

func TestReference(t *testing.T) {
	ctx := context.Background()
	for _, name := range testnet.Names() {
		t.Run(name, func(t *testing.T) {
			ref, g := loadReference(t, name)
			want := ref.Values
			if len(want.Betweenness) != g.N() || g.N() == 0 {
				t.Fatalf("reference has %d values for %d nodes", len(want.Betweenness), g.N())
			}
			d := DegreesOf(g)
			check(t, "degree", floats(d.Total), want.Degree, 0)
			check(t, "strength", d.Strength, want.Strength, exactTol)
			check(t, "betweenness", must(Betweenness(ctx, g)), want.Betweenness, exactTol)
			check(t, "closeness", must(Closeness(ctx, g)), want.Closeness, exactTol)
			check(t, "harmonic", must(Harmonic(ctx, g)), want.Harmonic, exactTol)
			check(t, "pagerank", must(PageRank(ctx, g, 0.85, Tol, MaxIter)), want.PageRank, iterativeTol)
			check(t, "eigenvector", must(Eigenvector(ctx, g, Tol, MaxIter)), want.Eigenvector, iterativeTol)
			h := must(StructuralHoles(ctx, g))
			check(t, "constraint", h.Constraint, nulls(want.Constraint), exactTol)
			check(t, "effective_size", h.EffectiveSize, nulls(want.EffectiveSize), exactTol)
			check(t, "core_number", floats(CoreNumber(g)), want.CoreNumber, 0)
			check(t, "clustering", must(Clustering(ctx, g)), want.Clustering, exactTol)

			cuts := CutsOf(g)
			var art []string
			for v, ok := range cuts.Articulation {
				if ok {
					art = append(art, g.ID(v))
				}
			}
			slices.Sort(art)
			if !slices.Equal(art, want.Articulation) && len(art)+len(want.Articulation) > 0 {
				t.Errorf("articulation points = %v, want %v", art, want.Articulation)
			}
			var bridges [][2]string
			for _, b := range cuts.Bridges {
				p := [2]string{g.ID(b[0]), g.ID(b[1])}
				if p[1] < p[0] {
					p[0], p[1] = p[1], p[0]
				}
				bridges = append(bridges, p)
			}
			slices.SortFunc(bridges, func(a, b [2]string) int { return slices.Compare(a[:], b[:]) })
			if !slices.Equal(bridges, want.Bridges) && len(bridges)+len(want.Bridges) > 0 {
				t.Errorf("bridges = %v, want %v", bridges, want.Bridges)
			}

			checkScalar(t, "density", Density(g), want.Density, exactTol)
			if _, sizes := Components(g); len(sizes) != want.Components {
				t.Errorf("components = %d, want %d", len(sizes), want.Components)
			}
			dist := must(DistancesOf(ctx, g, 0, 1))
			if dist.Diameter != want.Diameter || !dist.Exact {
				t.Errorf("diameter = %d (exact %v), want %d", dist.Diameter, dist.Exact, want.Diameter)
			}
			checkScalar(t, "mean distance", dist.MeanDistance, want.MeanDistance, exactTol)
			checkScalar(t, "assortativity", Assortativity(g), want.Assortativity, exactTol)
			if g.Directed() {
				checkScalar(t, "reciprocity", Reciprocity(g), want.Reciprocity, exactTol)
				return
			}
			checkScalar(t, "modularity of networkx's partition", Modularity(g, want.Louvain, 1), want.LouvainQ, exactTol)
			q := Modularity(g, must(Louvain(ctx, g, 1, 1)), 1)
			if q < want.LouvainQ-0.01 {
				t.Errorf("Louvain modularity %.4f, networkx's %.4f", q, want.LouvainQ)
			}
			t.Logf("Louvain modularity %.4f, networkx's %.4f", q, want.LouvainQ)
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func floats[T int | int32](xs []T) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}

func nulls(xs []*float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.NaN()
		if x != nil {
			out[i] = *x
		}
	}
	return out
}

// check compares got with want element by element, NaN matching NaN.
func check(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d values, want %d", what, len(got), len(want))
		return
	}
	bad := 0
	for i := range got {
		if !near(got[i], want[i], tol) {
			if bad < 3 {
				t.Errorf("%s[%d] = %.15g, want %.15g", what, i, got[i], want[i])
			}
			bad++
		}
	}
	if bad > 3 {
		t.Errorf("%s: %d values differ", what, bad)
	}
}

func checkScalar(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if !near(got, want, tol) {
		t.Errorf("%s = %.15g, want %.15g", what, got, want)
	}
}

func near(a, b, tol float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= tol*max(1, math.Abs(b))
}
