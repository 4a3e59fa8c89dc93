package analysis

import (
	"context"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// BenchmarkPlanning times all planning analyses of the demo county on a fresh Engine
// (no cache), what-if with ten proposed ties, and coupling potentials on 5,000 actors
// and 50,000 ties:
//
//	go test ./graph/analysis -run '^$' -bench Planning -benchtime 5x
func BenchmarkPlanning(b *testing.B) {
	ctx := context.Background()
	net := county()
	b.Run("county/all", func(b *testing.B) {
		for b.Loop() {
			e := NewEngine(Options{})
			if _, err := e.CouplingMatrix(ctx, net); err != nil {
				b.Fatal(err)
			}
			if _, err := e.CouplingPotentials(ctx, net, PotentialQuery{}); err != nil {
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
		var p Proposal
		for i := range 10 {
			p.Add = append(p.Add, ProposedTie{From: net.Actors[i].ID, To: net.Actors[100+i].ID, Kinds: []string{"information"}, Intensity: 2})
		}
		e := NewEngine(Options{})
		for b.Loop() {
			if _, err := e.WhatIf(ctx, net, p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("potentials/5000x50000", func(b *testing.B) {
		big := generated(demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000})
		g, p := FromNetwork(big, false), NewProfiles(big)
		b.ResetTimer()
		for b.Loop() {
			if _, err := CouplingPotentials(ctx, g, p, DefaultPotentialWeights, PotentialQuery{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
