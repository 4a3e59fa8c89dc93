package analysis

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
)

// reference loads the reference network of the given name.
func reference(t *testing.T, name string) *testnet.Reference {
	t.Helper()
	ref, err := testnet.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

// referenceNetwork turns a reference network into a snapshot at the revision.
func referenceNetwork(t *testing.T, name string, revision int64) *graph.Network {
	return reference(t, name).Network(revision)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestEngineMatchesKernels(t *testing.T) {
	ctx := context.Background()
	net := referenceNetwork(t, "florentine", 1)
	ref := reference(t, "florentine")
	r, err := NewEngine(Options{}).Actors(ctx, net, false)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range r.Actors {
		if want := ref.Values.Betweenness[i]; math.Abs(a.Betweenness-want) > 1e-9 {
			t.Errorf("betweenness of %s = %.15g, want %.15g", a.ID, a.Betweenness, want)
		}
	}
	if r.Approximate {
		t.Error("approximate on 15 actors")
	}
	raw, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"hierarchy":null`) || !strings.Contains(string(raw), `"brokerage":{"coordinator":`) {
		t.Errorf("JSON lacks null hierarchy or brokerage: %.300s", raw)
	}
}

func TestEngineApproximatesAboveLimit(t *testing.T) {
	net := referenceNetwork(t, "lesmis", 1)
	ref := reference(t, "lesmis")
	n := len(ref.Nodes)
	r, err := NewEngine(Options{ExactLimit: 100, ClosenessEpsilon: 0.5}).Actors(context.Background(), net, false)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Approximate || r.Betweenness == nil || r.Betweenness.Samples == 0 {
		t.Errorf("approximate = %v, %+v", r.Approximate, r.Betweenness)
	}
	a := r.Closeness
	if a == nil || a.Samples == 0 || a.Samples >= n || len(r.Notes) == 0 {
		t.Fatalf("closeness approximation %+v, notes %q", a, r.Notes)
	}
	// Les Misérables is connected: harmonic closeness is within ε·n.
	for v, m := range r.Actors {
		if d := math.Abs(m.Harmonic - ref.Values.Harmonic[v]); d > a.Epsilon*float64(n) {
			t.Errorf("%s: harmonic %.2f, exact %.2f, beyond ε·n = %.1f", m.ID, m.Harmonic, ref.Values.Harmonic[v], a.Epsilon*float64(n))
		}
	}
}

func TestEngineCachesPerRevision(t *testing.T) {
	ctx := context.Background()
	e := NewEngine(Options{})
	net := referenceNetwork(t, "karate", 3)
	var wg sync.WaitGroup
	reports := make([]*NetworkReport, 8)
	for i := range reports {
		wg.Go(func() { reports[i] = must(e.Network(ctx, net, false)) })
	}
	wg.Wait()
	for _, r := range reports[1:] {
		if r != reports[0] {
			t.Fatal("concurrent requests computed the report more than once")
		}
	}
	if again := must(e.Network(ctx, net, false)); again != reports[0] {
		t.Error("same revision recomputed")
	}
	if dir := must(e.Network(ctx, net, true)); dir == reports[0] || !dir.Directed {
		t.Error("directed view served from the mutual cache")
	}
	next := referenceNetwork(t, "karate", 4)
	if r := must(e.Network(ctx, next, false)); r == reports[0] || r.Revision != 4 {
		t.Error("new revision served from the cache")
	}
	if r := must(e.Network(ctx, net, false)); r == reports[0] || r.Revision != 3 {
		t.Error("stale revision not recomputed")
	}
}

func TestEngineCancel(t *testing.T) {
	e := NewEngine(Options{})
	net := referenceNetwork(t, "lesmis", 1)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Actors(ctx, net, false); err == nil {
		t.Fatal("no error after cancel")
	}
	if _, err := e.Actors(context.Background(), net, false); err != nil {
		t.Fatalf("cancelled computation was cached: %v", err)
	}
}

// TestEnginePanicReleasesWaiters lets a cached computation panic while other requests
// wait for it: every request gets a graph.Internal error instead of waiting until the
// next write, and the next request computes again.
func TestEnginePanicReleasesWaiters(t *testing.T) {
	e := NewEngine(Options{})
	ctx := context.Background()
	k, net := cacheKey{what: "boom"}, &graph.Network{Revision: 1}
	started, release := make(chan struct{}), make(chan struct{})
	boom := func(context.Context) (int, error) { panic("boom") }
	errs := make([]error, 5)
	var wg sync.WaitGroup
	wg.Go(func() {
		_, errs[0] = cached(ctx, e, net, k, func(context.Context) (int, error) {
			close(started)
			<-release
			panic("boom")
		})
	})
	<-started
	for i := 1; i < len(errs); i++ {
		wg.Go(func() { _, errs[i] = cached(ctx, e, net, k, boom) })
	}
	close(release)
	wg.Wait()
	for i, err := range errs {
		if graph.ErrorCode(err) != graph.Internal || !strings.Contains(err.Error(), "panic: boom") {
			t.Errorf("request %d: %v, want an internal error naming the panic", i, err)
		}
	}
	if v, err := cached(ctx, e, net, k, func(context.Context) (int, error) { return 42, nil }); v != 42 || err != nil {
		t.Errorf("after the panic: %d, %v; want a fresh computation", v, err)
	}
}
