package analysis

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/internal/benchcpu"
)

// benchToday is "today" of the state benchmarks.
var benchToday = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)

// wavesInOrder returns the IDs of the waves of n with cooperations, oldest first.
func wavesInOrder(n *graph.Network) []string {
	has := map[string]bool{}
	for i := range n.Cooperations {
		has[n.Cooperations[i].WaveID] = true
	}
	ws := slices.Clone(n.Waves)
	slices.SortFunc(ws, func(a, b graph.Wave) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	var ids []string
	for _, w := range ws {
		if has[w.ID] {
			ids = append(ids, w.ID)
		}
	}
	return ids
}

// withThreeWaves returns n with at least three waves: if it has fewer, every third
// cooperation of its latest wave moves to a new wave a year later, so that the state
// of the new wave has ties confirmed, carried forward and lapsed.
func withThreeWaves(n *graph.Network) *graph.Network {
	ids := wavesInOrder(n)
	if len(ids) >= 3 {
		return n
	}
	out := *n
	last := ids[len(ids)-1]
	out.Waves = append(slices.Clone(n.Waves), graph.Wave{Meta: graph.Meta{ID: "bench-welle-3"}, Name: "Erhebung Herbst 2027", Date: "2027-10-15"})
	out.Cooperations = slices.Clone(n.Cooperations)
	k := 0
	for i := range out.Cooperations {
		if c := &out.Cooperations[i]; c.WaveID == last {
			if k%3 == 0 {
				c.WaveID = "bench-welle-3"
			}
			k++
		}
	}
	return &out
}

// BenchmarkStateAnalyses computes, on a fresh Engine (cold), each analysis of the
// demo county for its latest wave, the state network included, and all of them
// together:
//
//	go test ./graph/analysis/ -run '^$' -bench 'StateAnalyses|CountyChanges' -benchtime 20x
func BenchmarkStateAnalyses(b *testing.B) {
	ctx := context.Background()
	full := testnet.County()
	ids := wavesInOrder(full)
	wave := graph.State{Wave: ids[len(ids)-1]}
	analyses := []struct {
		name string
		run  func(e *Engine, n *graph.Network) error
	}{
		{"actors", func(e *Engine, n *graph.Network) error { _, err := e.Actors(ctx, n, false); return err }},
		{"actors-directed", func(e *Engine, n *graph.Network) error { _, err := e.Actors(ctx, n, true); return err }},
		{"network", func(e *Engine, n *graph.Network) error { _, err := e.Network(ctx, n, false); return err }},
		{"communities", func(e *Engine, n *graph.Network) error { _, err := e.Communities(ctx, n); return err }},
		{"coupling-matrix", func(e *Engine, n *graph.Network) error { _, err := e.CouplingMatrix(ctx, n, ""); return err }},
		{"coupling-potentials", func(e *Engine, n *graph.Network) error {
			_, err := e.CouplingPotentials(ctx, n, planning.PotentialQuery{})
			return err
		}},
		{"gaps", func(e *Engine, n *graph.Network) error { _, err := e.Gaps(ctx, n); return err }},
		{"social-spaces", func(e *Engine, n *graph.Network) error { _, err := e.SocialSpaces(ctx, n); return err }},
		{"resilience", func(e *Engine, n *graph.Network) error { _, err := e.Resilience(ctx, n); return err }},
	}
	for _, a := range analyses {
		b.Run(a.name, func(b *testing.B) {
			for b.Loop() {
				n, err := full.At(wave, benchToday)
				if err != nil {
					b.Fatal(err)
				}
				if err := a.run(NewEngine(Options{}), n); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			n, err := full.At(wave, benchToday)
			if err != nil {
				b.Fatal(err)
			}
			e := NewEngine(Options{})
			for _, a := range analyses {
				if err := a.run(e, n); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// benchChanges times the state networks of the first and the last wave of full,
// derived at once as the API derives them, and their changes, on a fresh Engine.
// It also reports the CPU time per operation (user + system, all threads), which a
// busy machine inflates less than the wall time.
func benchChanges(b *testing.B, full *graph.Network) {
	ctx := context.Background()
	ids := wavesInOrder(full)
	defer benchcpu.Report(b)()
	for b.Loop() {
		var to *graph.Network
		var toErr error
		var wg sync.WaitGroup
		wg.Go(func() { to, toErr = full.At(graph.State{Wave: ids[len(ids)-1]}, benchToday) })
		from, err := full.At(graph.State{Wave: ids[0]}, benchToday)
		wg.Wait()
		if err != nil || toErr != nil {
			b.Fatal(err, toErr)
		}
		r, err := NewEngine(Options{}).Changes(ctx, from, to)
		if err != nil {
			b.Fatal(err)
		}
		if r.Ties.NewCount == 0 || r.Ties.LapsedCount == 0 {
			b.Fatalf("%d new, %d lapsed ties", r.Ties.NewCount, r.Ties.LapsedCount)
		}
	}
}

// BenchmarkCountyChanges compares the first and the last wave of the demo county,
// cold.
func BenchmarkCountyChanges(b *testing.B) { benchChanges(b, testnet.County()) }

// BenchmarkLargeChanges compares the first and the third wave of 100,000 actors and
// 1,000,000 cooperations, cold (betweenness sampled), in parts: "state" derives the
// network of one wave (the third), "sides" gathers what the comparison needs of
// both states except T1's coupling potentials (graphs, clustering, coupling
// matrices), "compare" is changes.Compare itself on those sides, and "all" is the
// whole Engine.Changes from the snapshot, potentials included:
//
//	go test ./graph/analysis/ -run '^$' -bench LargeChanges -benchtime 1x -timeout 60m
func BenchmarkLargeChanges(b *testing.B) {
	full := withThreeWaves(testnet.Generated(demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000}))
	ids := wavesInOrder(full)
	at := func(b *testing.B, wave string) *graph.Network {
		n, err := full.At(graph.State{Wave: wave}, benchToday)
		if err != nil {
			b.Fatal(err)
		}
		return n
	}
	ctx := context.Background()
	sides := func(b *testing.B, from, to *graph.Network) (*changes.Side, *changes.Side) {
		e := NewEngine(Options{})
		t1, err := e.side(ctx, from)
		if err != nil {
			b.Fatal(err)
		}
		t2, err := e.side(ctx, to)
		if err != nil {
			b.Fatal(err)
		}
		return t1, t2
	}
	b.Run("state", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			at(b, ids[len(ids)-1])
		}
	})
	from, to := at(b, ids[0]), at(b, ids[len(ids)-1])
	b.Run("sides", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			sides(b, from, to)
		}
	})
	b.Run("compare", func(b *testing.B) {
		t1, t2 := sides(b, from, to)
		defer benchcpu.Report(b)()
		for b.Loop() {
			if r := changes.Compare(t1, t2); r.Ties.NewCount == 0 || r.Ties.LapsedCount == 0 {
				b.Fatalf("%d new, %d lapsed ties", r.Ties.NewCount, r.Ties.LapsedCount)
			}
		}
	})
	b.Run("all", func(b *testing.B) {
		benchChanges(b, full)
		testnet.ReportMemory(b)
	})
}

// BenchmarkLargeMemory loads 100,000 actors and 1,000,000 cooperations, derives
// today's state and caches every analysis of it on one Engine, then the changes from
// the first wave to the latest, and logs the live
// heap after each step (after a collection), so that the breakdown shows where the
// bytes go; MiB-live is the live heap at the end, MiB-sys the memory obtained from
// the OS:
//
//	go test ./graph/analysis/ -run '^$' -bench LargeMemory -benchtime 1x -timeout 60m -v
func BenchmarkLargeMemory(b *testing.B) {
	ctx := context.Background()
	live := func() float64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc) / (1 << 20)
	}
	for b.Loop() {
		base := live()
		full := withThreeWaves(testnet.Generated(demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000}))
		last := live()
		b.Logf("%-22s %7.1f MiB", "snapshot", last-base)
		step := func(name string, run func() error) {
			if err := run(); err != nil {
				b.Fatal(err)
			}
			now := live()
			b.Logf("%-22s %7.1f MiB", name, now-last)
			last = now
		}
		var n *graph.Network
		step("state network (today)", func() (err error) { n, err = full.At(graph.State{}, benchToday); return err })
		e := NewEngine(Options{})
		step("actors", func() error { _, err := e.Actors(ctx, n, false); return err })
		step("actors directed", func() error { _, err := e.Actors(ctx, n, true); return err })
		step("network", func() error { _, err := e.Network(ctx, n, false); return err })
		step("network directed", func() error { _, err := e.Network(ctx, n, true); return err })
		step("communities", func() error { _, err := e.Communities(ctx, n); return err })
		step("coupling matrix", func() error { _, err := e.CouplingMatrix(ctx, n, ""); return err })
		step("social spaces", func() error { _, err := e.SocialSpaces(ctx, n); return err })
		step("resilience", func() error { _, err := e.Resilience(ctx, n); return err })
		step("coupling potentials", func() error {
			_, err := e.CouplingPotentials(ctx, n, planning.PotentialQuery{})
			return err
		})
		step("gaps", func() error { _, err := e.Gaps(ctx, n); return err })
		// As the server goes on when a coordinator compares the first wave with the
		// latest: the latest wave's state takes today's ties (graph.Network.ShareTies,
		// as the server's state cache does), the first wave's has its own.
		ids := wavesInOrder(full)
		var first, latest *graph.Network
		step("state network (latest)", func() (err error) {
			latest, err = full.At(graph.State{Wave: ids[len(ids)-1]}, benchToday)
			if err == nil {
				latest.ShareTies(n)
			}
			return err
		})
		step("state network (first)", func() (err error) { first, err = full.At(graph.State{Wave: ids[0]}, benchToday); return err })
		step("changes first → latest", func() error { _, err := e.Changes(ctx, first, latest); return err })
		b.ReportMetric(last-base, "MiB-live")
		runtime.KeepAlive(full)
		runtime.KeepAlive([]*graph.Network{n, first, latest})
	}
	testnet.ReportMemory(b)
}
