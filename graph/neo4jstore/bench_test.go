package neo4jstore_test

import (
	"context"
	"log/slog"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
)

// The sizes the benchmarks use: the demo county, and a federal state.
var (
	countyOptions = demo.County()
	largeOptions  = demo.Options{Seed: 1, Actors: 100_000, Cooperations: 1_000_000}
)

// loaded is the network the test database holds, so that benchmarks that read can
// reuse what an earlier benchmark wrote.
var loaded *demo.Options

// upsertNetwork wipes the test database and writes the network generated for o in one
// batch, timing only the Upsert.
func upsertNetwork(b *testing.B, cfg neo4jstore.Config, o demo.Options) {
	upsertTuned(b, cfg, o, neo4jstore.DefaultTuning())
}

// upsertTuned is upsertNetwork with the store's staging settings set to tune.
func upsertTuned(b *testing.B, cfg neo4jstore.Config, o demo.Options, tune neo4jstore.Tuning) {
	b.StopTimer()
	loaded = nil
	wipe(b, cfg)
	// The staged upsert logs its phases at level Info.
	s, err := neo4jstore.Open(context.Background(), cfg, slog.New(slog.NewTextHandler(os.Stderr, nil)))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	neo4jstore.SetTuning(s, tune)
	batch := demo.Generate(o)
	b.StartTimer()
	start := time.Now()
	res, err := s.Upsert(context.Background(), batch, graph.BatchOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.Logf("upsert of %d items: %v (%d actors, %d cooperations created)", batch.Len(), time.Since(start),
		res.Counts[graph.KindActor].Created, res.Counts[graph.KindCooperation].Created)
	loaded = &o
}

// BenchmarkUpsertLarge writes 100,000 actors and 1,000,000 cooperations (plus the
// generated spaces, offers and needs) as one batch into an empty database.
func BenchmarkUpsertLarge(b *testing.B) {
	cfg := testConfig(b)
	for range b.N {
		upsertNetwork(b, cfg, largeOptions)
	}
}

func benchmarkSnapshot(b *testing.B, o demo.Options) {
	cfg := testConfig(b)
	if loaded == nil || *loaded != o {
		upsertNetwork(b, cfg, o)
	}
	s, err := neo4jstore.Open(context.Background(), cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// One untimed snapshot first, as a running server has read before: it plans the
	// queries and warms Neo4j's page cache and the JIT after the bulk write.
	if _, err := s.Snapshot(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	b.StartTimer()
	var n *graph.Network
	for range b.N {
		if n, err = s.Snapshot(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if len(n.Actors) != o.Actors || len(n.Cooperations) != o.Cooperations {
		b.Fatalf("snapshot holds %d actors, %d cooperations; want %d, %d", len(n.Actors), len(n.Cooperations), o.Actors, o.Cooperations)
	}
	// The memory the snapshot holds: the live heap with it and without it.
	held := liveHeap()
	runtime.KeepAlive(n)
	n = nil
	b.ReportMetric(float64(held-liveHeap())/(1<<20), "MiB-snapshot")
}

// liveHeap returns the bytes of the live heap after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkSnapshotLarge reads the 100,000-actor, 1,000,000-cooperation network;
// MiB-snapshot is the memory the snapshot holds.
// Run it with BenchmarkUpsertLarge, which leaves that network in the database:
//
//	.ci/with-neo4j go test -run '^$' -bench 'Large|County' -benchtime 1x ./graph/neo4jstore
func BenchmarkSnapshotLarge(b *testing.B) { benchmarkSnapshot(b, largeOptions) }

// BenchmarkSnapshotCounty reads the demo county.
func BenchmarkSnapshotCounty(b *testing.B) { benchmarkSnapshot(b, countyOptions) }

// listOptions is a large network for the list benchmarks: 100,000 actors with fewer
// cooperations than largeOptions, so that it loads in reasonable time.
var listOptions = demo.Options{Seed: 1, Actors: 100_000, Cooperations: 200_000}

// BenchmarkListLarge reads one filtered page of actors (one social space and all
// within it, one field of work) and one page of cooperations (a minimum intensity,
// deep into the list) from the 100,000-actor network of listOptions:
//
//	.ci/with-neo4j go test -run '^$' -bench ListLarge -benchtime 20x ./graph/neo4jstore
func BenchmarkListLarge(b *testing.B) {
	cfg := testConfig(b)
	ctx := context.Background()
	if loaded == nil || *loaded != listOptions {
		if !holds(b, cfg, listOptions) {
			upsertNetwork(b, cfg, listOptions)
		}
	}
	s, err := neo4jstore.Open(ctx, cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// A social space with spaces within it.
	spaces, err := s.List(ctx, graph.KindSocialSpace, graph.Filter{Limit: graph.MaxLimit})
	if err != nil {
		b.Fatal(err)
	}
	parents := map[string]bool{}
	for _, e := range spaces.Items {
		parents[e.(*graph.SocialSpace).ParentID] = true
	}
	var space string
	for _, e := range spaces.Items {
		if sp := e.(*graph.SocialSpace); sp.ParentID != "" && parents[sp.ID] && space == "" {
			space = sp.ID
		}
	}
	pages := []struct {
		kind graph.Kind
		f    graph.Filter
	}{
		{graph.KindActor, graph.Filter{SocialSpace: space, Field: "inclusion", Limit: 50}},
		{graph.KindCooperation, graph.Filter{MinIntensity: 3, Limit: 50, Offset: 1000}},
	}
	for _, p := range pages {
		b.Run(string(p.kind), func(b *testing.B) {
			var page graph.Page
			for range b.N {
				if page, err = s.List(ctx, p.kind, p.f); err != nil {
					b.Fatal(err)
				}
			}
			if len(page.Items) == 0 || page.Total <= len(page.Items) {
				b.Fatalf("List(%s, %+v): %d items of %d; the benchmark wants a page of a longer list", p.kind, p.f, len(page.Items), page.Total)
			}
			b.ReportMetric(float64(page.Total), "matches")
		})
	}
}

// holds reports whether the test database holds as many actors and cooperations as
// the network of o, so that a benchmark run in a new process can read what an earlier
// one wrote instead of writing it again.
func holds(b *testing.B, cfg neo4jstore.Config, o demo.Options) bool {
	s, err := neo4jstore.Open(context.Background(), cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for kind, want := range map[graph.Kind]int{graph.KindActor: o.Actors, graph.KindCooperation: o.Cooperations} {
		p, err := s.List(context.Background(), kind, graph.Filter{Limit: 1})
		if err != nil {
			b.Fatal(err)
		}
		if p.Total != want {
			return false
		}
	}
	return true
}
