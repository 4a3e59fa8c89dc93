package demo_test

import (
	"context"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// waveState is the network at a survey wave, by the definition of "the network at a
// state": the cooperations recorded in the wave; the pairs of earlier waves that it
// does not record unless it surveyed one of their actors (then they lapse; an actor
// is surveyed if it appears in a cooperation of the wave); and the cooperations
// recorded outside the waves that are valid on the wave's date.
type waveState struct {
	wave     graph.Wave
	coops    []graph.Cooperation   // one per pair
	pairs    map[[2]string]bool    // unordered pairs
	byPair   map[[2]string]int     // pair → index in coops
	surveyed map[string]bool       // actors with a cooperation in the wave
	lapsed   [][2]string           // pairs of the wave before that lapse here
	added    [][2]string           // pairs not in the wave before
	actors   map[string]bool       // actors with a tie in the state
	prev     *waveState            // the state of the wave before
	batch    *graph.Batch          // the generated data
	carried  int                   // pairs of earlier waves kept because no actor was surveyed
	nonWave  int                   // cooperations outside the waves valid on the date
	metrics  func() *metrics.Graph // the mutual graph of the state, built on demand
}

func pairOf(c *graph.Cooperation) [2]string {
	if c.To < c.From {
		return [2]string{c.To, c.From}
	}
	return [2]string{c.From, c.To}
}

// waveStates returns the states of the batch's waves in time order.
func waveStates(b *graph.Batch) []*waveState {
	ws := slices.Clone(b.Waves)
	slices.SortFunc(ws, func(a, b graph.Wave) int { return compareStrings(a.Date, b.Date) })
	var out []*waveState
	var prev *waveState
	for _, w := range ws {
		s := &waveState{wave: w, pairs: map[[2]string]bool{}, byPair: map[[2]string]int{}, surveyed: map[string]bool{},
			actors: map[string]bool{}, prev: prev, batch: b}
		add := func(c graph.Cooperation) {
			p := pairOf(&c)
			if i, ok := s.byPair[p]; ok {
				s.coops[i] = c
				return
			}
			s.byPair[p] = len(s.coops)
			s.pairs[p] = true
			s.coops = append(s.coops, c)
			s.actors[c.From], s.actors[c.To] = true, true
		}
		for _, c := range b.Cooperations {
			if c.WaveID == w.ID {
				s.surveyed[c.From], s.surveyed[c.To] = true, true
			}
		}
		if prev != nil {
			for _, c := range prev.coops {
				if c.WaveID == "" {
					continue
				}
				p := pairOf(&c)
				if !s.surveyed[p[0]] && !s.surveyed[p[1]] {
					add(c)
					s.carried++
				}
			}
		}
		for _, c := range b.Cooperations {
			switch {
			case c.WaveID == w.ID:
				add(c)
			case c.WaveID == "" && c.ValidFrom <= w.Date && (c.ValidUntil == "" || w.Date <= c.ValidUntil):
				add(c)
				s.nonWave++
			}
		}
		if prev != nil {
			for p := range prev.pairs {
				if !s.pairs[p] {
					s.lapsed = append(s.lapsed, p)
				}
			}
			for p := range s.pairs {
				if !prev.pairs[p] {
					s.added = append(s.added, p)
				}
			}
		}
		s.metrics = func() *metrics.Graph { return metrics.FromNetwork(s.network(), false) }
		out = append(out, s)
		prev = s
	}
	return out
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// network returns the state as a snapshot: every actor, the state's cooperations.
func (s *waveState) network() *graph.Network {
	b := s.batch
	return &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces,
		Waves: b.Waves, Actors: b.Actors, Offers: b.Offers, Needs: b.Needs, Cooperations: s.coops}
}

// ranking returns the actor indexes ordered by degree and by betweenness in the
// state's mutual network, highest first (ties by index), and the values.
func (s *waveState) ranking(t *testing.T) (byDegree, byBetweenness []int, degree []int, betweenness []float64) {
	g := s.metrics()
	degree = make([]int, g.N())
	for v := range degree {
		degree[v] = g.Degree(v)
	}
	bc, err := metrics.Betweenness(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	idx := func() []int {
		x := make([]int, g.N())
		for i := range x {
			x[i] = i
		}
		return x
	}
	byDegree, byBetweenness = idx(), idx()
	slices.SortStableFunc(byDegree, func(a, b int) int { return degree[b] - degree[a] })
	slices.SortStableFunc(byBetweenness, func(a, b int) int {
		switch {
		case bc[a] > bc[b]:
			return -1
		case bc[a] < bc[b]:
			return 1
		}
		return 0
	})
	return byDegree, byBetweenness, degree, bc
}
