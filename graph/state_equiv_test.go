package graph_test

import (
	"cmp"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestStateMatchesReference checks Network.At against a plain reference
// implementation of the rules of graph.State (string-keyed maps, as the first
// version was written), on every wave and several dates of the demo county, on the
// county with a third wave of its own and with unordered cooperations, and on
// the hand-made timeline.
func TestStateMatchesReference(t *testing.T) {
	b := demo.Generate(demo.County())
	county := &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces, Waves: b.Waves,
		Actors: b.Actors, Offers: b.Offers, Needs: b.Needs, Cooperations: b.Cooperations}
	// A fourth wave that records every fifth cooperation of the latest one again
	// (confirmed, with a changed intensity) and every seventh with a new kind.
	extra := *county
	extra.Waves = append(slices.Clone(county.Waves), graph.Wave{Meta: graph.Meta{ID: "welle-4"}, Name: "Erhebung 2028", Date: "2028-10-15"})
	extra.Cooperations = slices.Clone(county.Cooperations)
	for i, c := range county.Cooperations {
		if c.WaveID == demo.Wave2026 && i%5 == 0 {
			c.ID, c.WaveID, c.Intensity = c.ID+"-4", "welle-4", 1+c.Intensity%4
			extra.Cooperations = append(extra.Cooperations, c)
		}
		if c.WaveID == demo.Wave2026 && i%7 == 0 {
			c.ID, c.WaveID, c.Kinds = c.ID+"-4b", "welle-4", []string{"project"}
			c.From, c.To = c.To, c.From
			extra.Cooperations = append(extra.Cooperations, c)
		}
	}
	shuffled := extra
	shuffled.Cooperations = slices.Clone(extra.Cooperations)
	slices.Reverse(shuffled.Cooperations)

	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	for name, n := range map[string]*graph.Network{"county": county, "fourth wave": &extra, "unordered": &shuffled, "timeline": timeline()} {
		states := []graph.State{{}, {Date: "2024-01-01"}, {Date: "2025-06-30"}, {Date: "2025-12-31"}, {Date: "2027-02-01"}, {Date: "2029-01-01"}}
		for _, w := range n.Waves {
			states = append(states, graph.State{Wave: w.ID})
		}
		derived := n.States() // one index for all the states of n
		for _, st := range states {
			info, err := n.ResolveState(st, today)
			if err != nil {
				continue // a wave without cooperations
			}
			got, want := derived.At(info), referenceAt(n, info)
			if !reflect.DeepEqual(graph.WithoutTieSelection(got), graph.WithoutTieSelection(want)) {
				t.Errorf("%s, %+v: %d actors, %d ties, state %+v; the reference has %d actors, %d ties, state %+v",
					name, st, len(got.Actors), len(got.Cooperations), *got.State, len(want.Actors), len(want.Cooperations), *want.State)
			}
			if counted := derived.Count(info); counted != *want.State {
				t.Errorf("%s, %+v: counted %+v; the reference's state is %+v", name, st, counted, *want.State)
			}
		}
	}
}

// referenceAt is the network of the resolved state info, by the rules of
// graph.State.
func referenceAt(n *graph.Network, info graph.StateInfo) *graph.Network {
	recs, unconfirmed := referenceWaveRecords(n, info.BaseWaveID)
	date := info.Date
	pairs := map[[2]string][]*graph.Cooperation{}
	carried := map[[2]string]bool{}
	for p, r := range recs {
		for _, c := range r {
			if c.ValidOn(date) {
				pairs[p] = append(pairs[p], c)
			}
		}
		if _, ok := pairs[p]; ok && unconfirmed[p] {
			carried[p] = true
		}
	}
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		if c.WaveID == "" && c.ValidOn(date) {
			p := referencePair(c)
			pairs[p] = append(pairs[p], c)
			delete(carried, p)
		}
	}
	out := *n
	out.Cooperations = []graph.Cooperation{}
	tied := map[string]bool{}
	for _, cs := range pairs {
		t := referenceMerge(cs)
		tied[t.From], tied[t.To] = true, true
		out.Cooperations = append(out.Cooperations, t)
	}
	slices.SortFunc(out.Cooperations, func(a, b graph.Cooperation) int { return cmp.Compare(a.ID, b.ID) })
	waveDate := map[string]string{}
	for _, w := range n.Waves {
		waveDate[w.ID] = w.Date
	}
	named, begun := map[string]bool{}, map[string]bool{}
	for _, c := range n.Cooperations {
		named[c.From], named[c.To] = true, true
		if (c.WaveID == "" || waveDate[c.WaveID] <= date) && (c.ValidFrom == "" || c.ValidFrom <= date) {
			begun[c.From], begun[c.To] = true, true
		}
	}
	out.Actors, out.Offers = []graph.Actor{}, []graph.Offer{}
	keep := map[string]bool{}
	for _, a := range n.Actors {
		if tied[a.ID] || begun[a.ID] || !named[a.ID] {
			keep[a.ID] = true
			out.Actors = append(out.Actors, a)
		}
	}
	for _, o := range n.Offers {
		if keep[o.ActorID] {
			out.Offers = append(out.Offers, o)
		}
	}
	info.Actors, info.Cooperations, info.Unconfirmed = len(out.Actors), len(out.Cooperations), len(carried)
	out.State = &info
	return &out
}

func referencePair(c *graph.Cooperation) [2]string {
	return [2]string{min(c.From, c.To), max(c.From, c.To)}
}

// referenceWaveRecords follows the waves with cooperations in time order up to base:
// each wave's records of a pair replace the earlier ones; a pair it did not record
// lapses if it surveyed one of the two actors, else it is carried forward.
func referenceWaveRecords(n *graph.Network, base string) (map[[2]string][]*graph.Cooperation, map[[2]string]bool) {
	state, carried := map[[2]string][]*graph.Cooperation{}, map[[2]string]bool{}
	if base == "" {
		return state, carried
	}
	byWave := map[string][]*graph.Cooperation{}
	for i := range n.Cooperations {
		if c := &n.Cooperations[i]; c.WaveID != "" {
			byWave[c.WaveID] = append(byWave[c.WaveID], c)
		}
	}
	waves := slices.Clone(n.Waves)
	slices.SortFunc(waves, func(a, b graph.Wave) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	for _, w := range waves {
		coops := byWave[w.ID]
		if len(coops) > 0 {
			surveyed := map[string]bool{}
			recorded := map[[2]string][]*graph.Cooperation{}
			for _, c := range coops {
				surveyed[c.From], surveyed[c.To] = true, true
				recorded[referencePair(c)] = append(recorded[referencePair(c)], c)
			}
			for p := range state {
				if _, again := recorded[p]; again || surveyed[p[0]] || surveyed[p[1]] {
					delete(state, p)
					delete(carried, p)
				} else {
					carried[p] = true
				}
			}
			for p, r := range recorded {
				state[p] = r
			}
		}
		if w.ID == base {
			break
		}
	}
	return state, carried
}

// referenceMerge merges the cooperations of one pair into one tie.
func referenceMerge(cs []*graph.Cooperation) graph.Cooperation {
	if len(cs) == 1 {
		return *cs[0]
	}
	rep := cs[0]
	for _, c := range cs[1:] {
		if c.WaveID != "" && rep.WaveID == "" || c.ID < rep.ID && (c.WaveID == "") == (rep.WaveID == "") {
			rep = c
		}
	}
	t := *rep
	t.Kinds = nil
	directed := true
	for _, c := range cs {
		for _, k := range c.Kinds {
			if !slices.Contains(t.Kinds, k) {
				t.Kinds = append(t.Kinds, k)
			}
		}
		t.Intensity, t.Trust, t.Value = max(t.Intensity, c.Intensity), max(t.Trust, c.Trust), max(t.Value, c.Value)
		directed = directed && c.Directed && c.From == rep.From && c.To == rep.To
	}
	t.Directed = directed
	if !directed {
		p := referencePair(rep)
		t.From, t.To = p[0], p[1]
	}
	return t
}
