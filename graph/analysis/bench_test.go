package analysis

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"gonum.org/v1/gonum/graph/network"
)

var demoNetworks sync.Map // demo.Options → *graph.Network

// demoNetwork returns the generated network as a snapshot (see generated), cached
// per options so that a benchmark builds each network once.
func demoNetwork(b *testing.B, o demo.Options) *graph.Network {
	b.Helper()
	if n, ok := demoNetworks.Load(o); ok {
		return n.(*graph.Network)
	}
	n := generated(o)
	demoNetworks.Store(o, n)
	return n
}

// reportMemory reports the Go runtime's peak-ish footprint (memory obtained from the
// OS) after the benchmark.
func reportMemory(b *testing.B) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.Sys)/(1<<20), "MiB-sys")
}

// BenchmarkBetweenness compares the exact kernel with gonum's network.Betweenness on
// the same 5,000-actor / 25,000-tie mutual network. gonum takes 12–18 s per run on
// 2 shared cores: use -benchtime=1x.
func BenchmarkBetweenness(b *testing.B) {
	g := FromNetwork(demoNetwork(b, demo.Options{Seed: 1, Actors: 5000, Cooperations: 25000}), false)
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

// BenchmarkActorMetrics computes every actor metric from the snapshot, graph
// building included, for 5,000 actors and 50,000 ties.
func BenchmarkActorMetrics(b *testing.B) {
	net := demoNetwork(b, demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000})
	for _, directed := range []bool{false, true} {
		name := map[bool]string{false: "mutual", true: "directed"}[directed]
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := NewEngine(Options{}).Actors(context.Background(), net, directed); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLarge runs the algorithms meant for a federal state on 100,000 actors and
// 1,000,000 ties, and then every actor metric through the Engine as the API asks
// for them (the mutual view, with sampled betweenness, closeness and harmonic
// closeness). Use -benchtime=1x; MiB-sys is the memory the process obtained from
// the OS, which bounds its peak heap.
func BenchmarkLarge(b *testing.B) {
	net := demoNetwork(b, demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000})
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
			if _, err := PageRank(ctx, g, 0.85, 1e-6, 100); err != nil {
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
	b.Run("actors", func(b *testing.B) {
		for b.Loop() {
			r, err := NewEngine(Options{}).Actors(ctx, net, false)
			if err != nil {
				b.Fatal(err)
			}
			if !r.Approximate || r.Closeness == nil {
				b.Fatal("closeness not sampled at 100,000 actors")
			}
		}
		reportMemory(b)
	})
	reportMemory(b)
}

// BenchmarkCounty computes all three reports for the demo county.
func BenchmarkCounty(b *testing.B) {
	net := demoNetwork(b, demo.County())
	ctx := context.Background()
	for b.Loop() {
		e := NewEngine(Options{})
		for _, directed := range []bool{false, true} {
			if _, err := e.Actors(ctx, net, directed); err != nil {
				b.Fatal(err)
			}
			if _, err := e.Network(ctx, net, directed); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := e.Communities(ctx, net); err != nil {
			b.Fatal(err)
		}
	}
}
