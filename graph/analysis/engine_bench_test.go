package analysis

import (
	"context"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// BenchmarkActorMetrics computes every actor metric from the snapshot, graph
// building included, for 5,000 actors and 50,000 ties.
func BenchmarkActorMetrics(b *testing.B) {
	net := testnet.Generated(demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000})
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

// BenchmarkLargeActors computes every actor metric through the Engine, as the API
// asks for them, on 100,000 actors and 1,000,000 ties (the mutual view, with sampled
// betweenness, closeness and harmonic closeness). Use -benchtime=1x;
// MiB-sys is the memory the process obtained from the OS.
func BenchmarkLargeActors(b *testing.B) {
	net := testnet.Generated(demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000})
	ctx := context.Background()
	for b.Loop() {
		r, err := NewEngine(Options{}).Actors(ctx, net, false)
		if err != nil {
			b.Fatal(err)
		}
		if !r.Approximate || r.Closeness == nil {
			b.Fatal("closeness not sampled at 100,000 actors")
		}
	}
	testnet.ReportMemory(b)
}

// BenchmarkCounty computes all three reports for the demo county.
func BenchmarkCounty(b *testing.B) {
	net := testnet.Generated(demo.County())
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

// BenchmarkPlanning times all planning analyses of the demo county on a fresh Engine
// (no cache), what-if with ten proposed ties, and coupling potentials on 5,000 actors
// and 50,000 ties:
//
//	go test ./graph/analysis/ -run '^$' -bench Planning -benchtime 5x
func BenchmarkPlanning(b *testing.B) {
	ctx := context.Background()
	net := testnet.County()
	b.Run("county/all", func(b *testing.B) {
		for b.Loop() {
			e := NewEngine(Options{})
			if _, err := e.CouplingMatrix(ctx, net, ""); err != nil {
				b.Fatal(err)
			}
			if _, err := e.CouplingPotentials(ctx, net, planning.PotentialQuery{}); err != nil {
				b.Fatal(err)
			}
			if _, err := e.Gaps(ctx, net); err != nil {
				b.Fatal(err)
			}
			if _, err := e.Resilience(ctx, net); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("county/what-if-10", func(b *testing.B) {
		var p planning.Proposal
		for i := range 10 {
			p.Add = append(p.Add, planning.ProposedTie{From: net.Actors[i].ID, To: net.Actors[100+i].ID, Kinds: []string{"information"}, Intensity: 2})
		}
		e := NewEngine(Options{})
		for b.Loop() {
			if _, err := e.WhatIf(ctx, net, p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("potentials/5000x50000", func(b *testing.B) {
		big := testnet.Generated(demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000})
		g, p := metrics.FromNetwork(big, false), planning.NewProfiles(big)
		b.ResetTimer()
		for b.Loop() {
			if _, err := planning.CouplingPotentials(ctx, g, p, planning.DefaultPotentialWeights(), planning.PotentialQuery{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
