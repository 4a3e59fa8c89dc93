package analysis

import (
	"context"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// BenchmarkLargePlanning times each planning analysis on a fresh Engine (cold, its
// shared inputs included) for 5,000 actors / 50,000 ties and 100,000 / 1,000,000:
//
//	go test ./graph/analysis/ -run '^$' -bench LargePlanning -benchtime 1x
func BenchmarkLargePlanning(b *testing.B) {
	ctx := context.Background()
	for _, size := range []struct {
		name          string
		actors, coops int
	}{{"5k", 5000, 50000}, {"100k", 100000, 1000000}} {
		b.Run(size.name, func(b *testing.B) {
			net := testnet.Generated(demo.Options{Seed: 1, Actors: size.actors, Cooperations: size.coops})
			var pr planning.Proposal
			for i := range 10 {
				pr.Add = append(pr.Add, planning.ProposedTie{From: net.Actors[i].ID, To: net.Actors[100+i].ID,
					Kinds: []string{"information"}, Intensity: 2})
			}
			analyses := []struct {
				name string
				run  func(e *Engine) error
			}{
				{"profiles", func(e *Engine) error { _, err := e.profilesOf(ctx, net); return err }},
				{"coupling-matrix", func(e *Engine) error { _, err := e.CouplingMatrix(ctx, net, ""); return err }},
				{"social-spaces", func(e *Engine) error { _, err := e.SocialSpaces(ctx, net); return err }},
				{"gaps", func(e *Engine) error { _, err := e.Gaps(ctx, net); return err }},
				{"resilience", func(e *Engine) error { _, err := e.Resilience(ctx, net); return err }},
				{"what-if", func(e *Engine) error { _, err := e.WhatIf(ctx, net, pr); return err }},
			}
			for _, a := range analyses {
				b.Run(a.name, func(b *testing.B) {
					for b.Loop() {
						if err := a.run(NewEngine(Options{})); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}
