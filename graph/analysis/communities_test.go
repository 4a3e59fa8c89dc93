package analysis

import (
	"context"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

func TestCommunitiesBy(t *testing.T) {
	ctx := context.Background()
	net := testnet.County()
	e := NewEngine(Options{})
	g := metrics.FromNetwork(net, false)
	for _, algorithm := range []string{Louvain, Leiden} {
		r := must(e.CommunitiesBy(ctx, net, algorithm))
		if r.Algorithm != algorithm || r.Method != definition("communities."+algorithm).Explanation || r.Method == "" {
			t.Errorf("%s: algorithm %q, method %q", algorithm, r.Algorithm, r.Method)
		}
		// The report lists the kernel's partition with its modularity.
		want := must(map[string]func(context.Context, *metrics.Graph, float64, uint64) ([]int, error){
			Louvain: metrics.Louvain, Leiden: metrics.Leiden}[algorithm](ctx, g, 1, 1))
		for _, c := range r.Communities {
			for _, id := range c.Members {
				v, _ := g.Index(id)
				if want[v] != c.ID {
					t.Fatalf("%s: %s in community %d, the kernel's %d", algorithm, id, c.ID, want[v])
				}
			}
		}
		if q := metrics.Modularity(g, want, 1); r.Modularity != q {
			t.Errorf("%s: modularity %v, want %v", algorithm, r.Modularity, q)
		}
	}
	if d := must(e.Communities(ctx, net)); d.Algorithm != Louvain {
		t.Errorf("the default method is %q, want louvain", d.Algorithm)
	}
	if _, err := e.CommunitiesBy(ctx, net, "girvan"); graph.ErrorCode(err) != graph.Invalid {
		t.Errorf("unknown method: %v, want an invalid-input error", err)
	}
}
