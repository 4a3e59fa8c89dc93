package analysis

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/internal/benchcpu"
)

// BenchmarkPotentials times the coupling potentials through the Engine, as the API
// asks for them, on 5,000 actors / 50,000 cooperations and on 100,000 / 1,000,000:
// cold (a fresh Engine, the graph and the profiles included), warm (the same query
// again) and, on an Engine warmed by the unfiltered query, a query with new filters
// of each kind the UI offers:
//
//	go test ./graph/analysis/ -run '^$' -bench Potentials -benchtime 1x -timeout 60m
func BenchmarkPotentials(b *testing.B) {
	ctx := context.Background()
	for _, o := range []demo.Options{{Seed: 1, Actors: 5000, Cooperations: 50000}, {Seed: 1, Actors: 100000, Cooperations: 1000000}} {
		net := testnet.Generated(o)
		ask := func(b *testing.B, e *Engine, q planning.PotentialQuery) {
			if _, err := e.CouplingPotentials(ctx, net, q); err != nil {
				b.Fatal(err)
			}
		}
		size := fmt.Sprintf("%dx%d", o.Actors, o.Cooperations)
		b.Run(size+"/cold", func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cpu0 := benchcpu.Time()
				ask(b, NewEngine(Options{}), planning.PotentialQuery{})
				cpu += benchcpu.Time() - cpu0
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
		b.Run(size+"/warm", func(b *testing.B) {
			e := NewEngine(Options{})
			ask(b, e, planning.PotentialQuery{})
			for b.Loop() {
				ask(b, e, planning.PotentialQuery{})
			}
		})
		for _, f := range potentialFilters(net) {
			b.Run(size+"/new-filter/"+f.name, func(b *testing.B) {
				var cpu time.Duration
				for range b.N {
					b.StopTimer()
					e := NewEngine(Options{})
					ask(b, e, planning.PotentialQuery{})
					b.StartTimer()
					cpu0 := benchcpu.Time()
					ask(b, e, f.q)
					cpu += benchcpu.Time() - cpu0
				}
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			})
		}
	}
}

// potentialFilters returns one query of each kind of filter the UI offers on net: a
// legal domain, a smallest social space without and with county-wide actors, a
// target group, an actor, and all of them but the actor together with the largest
// limit.
func potentialFilters(net *graph.Network) []struct {
	name string
	q    planning.PotentialQuery
} {
	isParent := map[string]bool{}
	for _, s := range net.SocialSpaces {
		isParent[s.ParentID] = true
	}
	leaf := ""
	for _, s := range net.SocialSpaces {
		if !isParent[s.ID] {
			leaf = s.ID
			break
		}
	}
	actor := net.Actors[len(net.Actors)/2].ID
	return []struct {
		name string
		q    planning.PotentialQuery
	}{
		{"legal-domain", planning.PotentialQuery{LegalDomain: "sgb8"}},
		{"space", planning.PotentialQuery{SocialSpace: leaf}},
		{"space-county-wide", planning.PotentialQuery{SocialSpace: leaf, CountyWide: true}},
		{"target-group", planning.PotentialQuery{TargetGroup: "families"}},
		{"actor", planning.PotentialQuery{ActorID: actor}},
		{"all-limit-500", planning.PotentialQuery{LegalDomain: "sgb8", SocialSpace: leaf, CountyWide: true, TargetGroup: "families", Limit: 500}},
	}
}

// BenchmarkPotentialIndex times the parts of a cold coupling potentials query on
// 100,000 actors / 1,000,000 cooperations once the graph and the profiles are there:
// building the index, and the unfiltered query. MiB-index is the index's size.
func BenchmarkPotentialIndex(b *testing.B) {
	ctx := context.Background()
	net := testnet.Generated(demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000})
	g, p, err := NewEngine(Options{}).planningInputs(ctx, net)
	if err != nil {
		b.Fatal(err)
	}
	var ix *planning.PotentialIndex
	b.Run("index", func(b *testing.B) {
		report := benchcpu.Report(b)
		for b.Loop() {
			ix = planning.NewPotentialIndex(g, p, planning.DefaultPotentialWeights())
		}
		report()
		b.ReportMetric(float64(ix.Bytes())/(1<<20), "MiB-index")
	})
	b.Run("query", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			if _, err := ix.Query(ctx, planning.PotentialQuery{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
