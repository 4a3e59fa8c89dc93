package metrics

import (
	"context"
	"fmt"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"gonum.org/v1/gonum/graph/network"
)

// BenchmarkBetweenness compares the exact kernel with gonum's network.Betweenness on
// the same 5,000-actor / 25,000-tie mutual network. gonum takes 12–18 s per run on
// 2 shared cores: use -benchtime=1x.
func BenchmarkBetweenness(b *testing.B) {
	g := FromNetwork(testnet.Generated(demo.Options{Seed: 1, Actors: 5000, Cooperations: 25000}), false)
	b.Logf("n=%d m=%d", g.N(), g.M())
	b.Run("ours", func(b *testing.B) {
		for b.Loop() {
			must(Betweenness(context.Background(), g))
		}
	})
	b.Run("gonum", func(b *testing.B) {
		gg := g.Gonum()
		for b.Loop() {
			network.Betweenness(gg)
		}
	})
}

// BenchmarkLarge runs the algorithms meant for a federal state on 100,000 actors and
// 1,000,000 ties (the Engine's BenchmarkLargeActors computes every actor metric on
// the same network). Use -benchtime=1x; MiB-sys is the memory the process obtained from
// the OS, which bounds its peak heap.
func BenchmarkLarge(b *testing.B) {
	net := testnet.Generated(demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000})
	ctx := context.Background()
	var g *Graph
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			g = FromNetwork(net, false)
		}
	})
	b.Logf("n=%d m=%d", g.N(), g.M())
	b.Run("approx_betweenness", func(b *testing.B) {
		for b.Loop() {
			_, a, err := ApproxBetweenness(ctx, g, 0.01, 0.1, 1)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(a.Samples), "samples")
		}
	})
	b.Run("approx_closeness", func(b *testing.B) {
		for b.Loop() {
			_, _, a, err := ApproxCloseness(ctx, g, 0.1, 0.1, 1)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(a.Samples), "samples")
		}
	})
	b.Run("pagerank", func(b *testing.B) {
		for b.Loop() {
			if _, err := PageRank(ctx, g, 0.85, Tol, MaxIter); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("louvain", func(b *testing.B) {
		for b.Loop() {
			comm := must(Louvain(ctx, g, 1, 1))
			b.ReportMetric(Modularity(g, comm, 1), "modularity")
		}
	})
	testnet.ReportMemory(b)
}

// BenchmarkCommunities times Louvain, Leiden and the k-core decomposition on the
// generated networks that bench/communities/compare.py hands to NetworKit and igraph
// (bench/communities/edges writes them). Run with -cpu 1,2 to compare with their 1
// and 2 threads; each community run reports its modularity.
func BenchmarkCommunities(b *testing.B) {
	ctx := context.Background()
	for _, o := range []demo.Options{{Seed: 1, Actors: 5000, Cooperations: 50000}, {Seed: 1, Actors: 100000, Cooperations: 1000000}} {
		g := FromNetwork(testnet.Generated(o), false)
		name := fmt.Sprintf("%d_%d", o.Actors, o.Cooperations)
		for algo, find := range map[string]func(context.Context, *Graph, float64, uint64) ([]int, error){"louvain": Louvain, "leiden": Leiden} {
			b.Run(name+"/"+algo, func(b *testing.B) {
				for b.Loop() {
					comm := must(find(ctx, g, 1, 1))
					b.ReportMetric(Modularity(g, comm, 1), "modularity")
				}
			})
		}
		b.Run(name+"/core", func(b *testing.B) {
			for b.Loop() {
				CoreNumber(g)
			}
		})
	}
}
