package embedded

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// The sizes the benchmarks use: the demo county, and a federal state.
var (
	countyOptions = demo.County()
	largeOptions  = demo.Options{Seed: 1, Actors: 100_000, Cooperations: 1_000_000}
)

// filled keeps one filled store per size for the whole benchmark run, so that
// -count=3 loads the large network only once.
var (
	filledMu sync.Mutex
	filled   = map[demo.Options]*Store{}
	tempDirs []string
)

// TestMain removes the files of the filled stores after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, s := range filled {
		s.Close()
	}
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// filledStore returns a store that holds the network generated for o.
func filledStore(b *testing.B, o demo.Options) *Store {
	b.Helper()
	filledMu.Lock()
	defer filledMu.Unlock()
	if s := filled[o]; s != nil {
		return s
	}
	s := newBenchStore(b)
	if _, err := s.Upsert(b.Context(), demo.Generate(o), graph.BatchOptions{}); err != nil {
		b.Fatal(err)
	}
	filled[o] = s
	return s
}

// newBenchStore opens a store in a new temporary directory that outlives b.
func newBenchStore(b *testing.B) *Store {
	b.Helper()
	dir, err := os.MkdirTemp("", "netzwerkatlas-bench-")
	if err != nil {
		b.Fatal(err)
	}
	tempDirs = append(tempDirs, dir)
	s, err := Open(filepath.Join(dir, "netzwerkatlas.db"))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func benchmarkSnapshot(b *testing.B, o demo.Options) {
	s := filledStore(b, o)
	var n *graph.Network
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if n, err = s.Snapshot(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
	if len(n.Actors) != o.Actors || len(n.Cooperations) != o.Cooperations {
		b.Fatalf("snapshot has %d actors and %d cooperations, want %d and %d", len(n.Actors), len(n.Cooperations), o.Actors, o.Cooperations)
	}
}

// BenchmarkSnapshotCounty reads the demo county (target: under 20 ms).
func BenchmarkSnapshotCounty(b *testing.B) { benchmarkSnapshot(b, countyOptions) }

// BenchmarkSnapshotLarge reads 100,000 actors and 1,000,000 cooperations (target:
// under 5 s). Run with -benchtime=1x.
func BenchmarkSnapshotLarge(b *testing.B) { benchmarkSnapshot(b, largeOptions) }

func benchmarkUpsert(b *testing.B, o demo.Options) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		batch := demo.Generate(o)
		s := newBenchStore(b)
		b.StartTimer()
		res, err := s.Upsert(b.Context(), batch, graph.BatchOptions{})
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if c := res.Counts[graph.KindCooperation]; c.Created != o.Cooperations {
			b.Fatalf("created %d cooperations, want %d", c.Created, o.Cooperations)
		}
		s.Close()
		os.RemoveAll(filepath.Dir(s.Path()))
		b.StartTimer()
	}
	b.ReportMetric(float64(o.Actors+o.Cooperations), "actors+cooperations/op")
}

// BenchmarkUpsertCounty loads the demo county into an empty store.
func BenchmarkUpsertCounty(b *testing.B) { benchmarkUpsert(b, countyOptions) }

// BenchmarkUpsertLarge loads 100,000 actors and 1,000,000 cooperations into an empty
// store in one batch (target: under 60 s). Run with -benchtime=1x.
func BenchmarkUpsertLarge(b *testing.B) { benchmarkUpsert(b, largeOptions) }

// BenchmarkListCooperationsOfActor lists one actor's ties in the large network.
func BenchmarkListCooperationsOfActor(b *testing.B) {
	s := filledStore(b, largeOptions)
	id := fmt.Sprintf("seeland-akteur-%06d", 1)
	for b.Loop() {
		if _, err := s.List(b.Context(), graph.KindCooperation, graph.Filter{ActorID: id}); err != nil {
			b.Fatal(err)
		}
	}
}
