package analysis

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// oneWave returns the Florentine families' network with every tie recorded in
// wave w1 of 2020-01-01, so that the states of dates before it see none of them,
// and the "today" of the tests.
func oneWave(t *testing.T) (*graph.Network, time.Time) {
	t.Helper()
	full := referenceNetwork(t, "florentine", 3)
	full.Waves = []graph.Wave{{Meta: graph.Meta{ID: "w1"}, Name: "W1", Date: "2020-01-01"}}
	for i := range full.Cooperations {
		full.Cooperations[i].WaveID = "w1"
	}
	return full, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
}

// TestEngineCachesPerState checks that the Engine keeps the results of each state of
// one revision apart, reuses them per state, says the state in the report, and
// keeps at most maxStates states.
func TestEngineCachesPerState(t *testing.T) {
	ctx := context.Background()
	full, today := oneWave(t)
	wave := must(full.At(graph.State{Wave: "w1"}, today))
	before := must(full.At(graph.State{Date: "2019-12-31"}, today))
	e := NewEngine(Options{})
	a := must(e.Network(ctx, wave, false))
	b := must(e.Network(ctx, before, false))
	if a.Ties == 0 || b.Ties != 0 || a.State.Key() != "w:w1" || b.State.Key() != "d:2019-12-31" {
		t.Fatalf("wave: %d ties (%s), before it: %d ties (%s)", a.Ties, a.State.Key(), b.Ties, b.State.Key())
	}
	again := must(full.At(graph.State{Wave: "w1"}, today)) // another copy of the same state
	if must(e.Network(ctx, again, false)) != a {
		t.Error("the same state was computed again")
	}
	for d := range maxStates {
		must(e.Network(ctx, must(full.At(graph.State{Date: fmt.Sprintf("2021-01-%02d", d+1)}, today)), false))
	}
	if must(e.Network(ctx, wave, false)) == a {
		t.Errorf("more than %d states kept", maxStates)
	}
}

// TestEngineBoundsStatesBySize checks that the Engine drops the results of the
// state used least recently when the states it keeps hold more than maxItems
// actors and ties, but never those of the state in use.
func TestEngineBoundsStatesBySize(t *testing.T) {
	ctx := context.Background()
	full := referenceNetwork(t, "florentine", 3)
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	now := must(full.At(graph.State{}, today))
	other := must(full.At(graph.State{Date: "2020-01-01"}, today)) // another state of the same ties
	items := len(now.Actors) + len(now.Cooperations)
	for _, tc := range []struct {
		maxItems int
		kept     bool
	}{{2*items - 1, false}, {2 * items, true}, {items - 1, false}} {
		e := NewEngine(Options{})
		e.maxItems = tc.maxItems
		a := must(e.Network(ctx, now, false))
		if must(e.Network(ctx, now, false)) != a {
			t.Errorf("maxItems %d: the state in use was dropped", tc.maxItems)
		}
		must(e.Network(ctx, other, false))
		if kept := must(e.Network(ctx, now, false)) == a; kept != tc.kept {
			t.Errorf("maxItems %d (states of %d items): first state kept %v, want %v", tc.maxItems, items, kept, tc.kept)
		}
	}
}

// TestEngineSharesTheDataOfEqualStates checks that two states with the same data
// (graph.Network.ShareTies), such as today's and the latest wave's, share what
// depends on the data alone (the graph, the actor profiles, the potential index),
// while each report names its own state.
func TestEngineSharesTheDataOfEqualStates(t *testing.T) {
	ctx := context.Background()
	full, today := oneWave(t)
	wave := must(full.At(graph.State{Wave: "w1"}, today))
	now := must(full.At(graph.State{}, today))
	if !now.ShareTies(wave) || now.DataKey() != wave.DataKey() {
		t.Fatalf("today's state does not share the data of wave w1: keys %q, %q", now.DataKey(), wave.DataKey())
	}
	e := NewEngine(Options{})
	if must(e.graphOf(ctx, now, false)) != must(e.graphOf(ctx, wave, false)) {
		t.Error("the two states have a graph each")
	}
	if must(e.profilesOf(ctx, now)) != must(e.profilesOf(ctx, wave)) {
		t.Error("the two states have actor profiles each")
	}
	q := planning.PotentialQuery{}
	pw, pn := must(e.CouplingPotentials(ctx, wave, q)), must(e.CouplingPotentials(ctx, now, q))
	if pw.State.Key() != wave.State.Key() || pn.State.Key() != now.State.Key() || len(pw.Potentials) != len(pn.Potentials) {
		t.Errorf("potentials name the states %q and %q with %d and %d pairs; want %q and %q with the same pairs",
			pw.State.Key(), pn.State.Key(), len(pw.Potentials), len(pn.Potentials), wave.State.Key(), now.State.Key())
	}
	if rw, rn := must(e.Network(ctx, wave, false)), must(e.Network(ctx, now, false)); rw.State.Key() == rn.State.Key() || rw.Ties != rn.Ties {
		t.Errorf("network reports: states %q and %q, %d and %d ties", rw.State.Key(), rn.State.Key(), rw.Ties, rn.Ties)
	}
	before := must(full.At(graph.State{Date: "2019-12-31"}, today)) // before the wave: no ties
	if before.ShareTies(wave) || must(e.graphOf(ctx, before, false)) == must(e.graphOf(ctx, wave, false)) {
		t.Error("a state with other ties shares the wave's graph")
	}
}
