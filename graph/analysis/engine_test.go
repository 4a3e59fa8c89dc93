package analysis

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// referenceNetwork turns a reference graph into a snapshot, with legal domains by
// node index so that brokerage and group mixing have groups.
func referenceNetwork(t *testing.T, name string, revision int64) *graph.Network {
	ref, _ := loadReference(t, name)
	domains := []string{"sgb_ii", "sgb_viii", "sgb_ix"}
	net := &graph.Network{Revision: revision}
	for i, id := range ref.Nodes {
		net.Actors = append(net.Actors, graph.Actor{Meta: graph.Meta{ID: id}, Kind: "association",
			LegalDomains: []string{domains[i%3]}})
	}
	for _, e := range ref.Edges {
		net.Cooperations = append(net.Cooperations, graph.Cooperation{From: e[0].(string), To: e[1].(string),
			Intensity: int(e[2].(float64)), Directed: ref.Directed})
	}
	return net
}

func TestEngineMatchesKernels(t *testing.T) {
	ctx := context.Background()
	net := referenceNetwork(t, "florentine", 1)
	ref, _ := loadReference(t, "florentine")
	r, err := NewEngine(Options{}).Actors(ctx, net, false)
	if err != nil {
		t.Fatal(err)
	}
	bc := make([]float64, len(r.Actors))
	for i, a := range r.Actors {
		bc[i] = a.Betweenness
	}
	check(t, "betweenness", bc, ref.Values.Betweenness, exactTol)
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
	ref, g := loadReference(t, "lesmis")
	r, err := NewEngine(Options{ExactLimit: 100, ClosenessEpsilon: 0.5}).Actors(context.Background(), net, false)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Approximate || r.Betweenness == nil || r.Betweenness.Samples == 0 {
		t.Errorf("approximate = %v, %+v", r.Approximate, r.Betweenness)
	}
	a := r.Closeness
	if a == nil || a.Samples == 0 || a.Samples >= g.N() || len(r.Notes) == 0 {
		t.Fatalf("closeness approximation %+v, notes %q", a, r.Notes)
	}
	// Les Misérables is connected: harmonic closeness is within ε·n.
	for v, m := range r.Actors {
		if d := math.Abs(m.Harmonic - ref.Values.Harmonic[v]); d > a.Epsilon*float64(g.N()) {
			t.Errorf("%s: harmonic %.2f, exact %.2f, beyond ε·n = %.1f", m.ID, m.Harmonic, ref.Values.Harmonic[v], a.Epsilon*float64(g.N()))
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
