package demo

import "github.com/netzwerkatlas/netzwerkatlas/graph"

// This file places the ties in the survey waves: which waves record a tie, the
// validity dates that fit them, and the cooperations, one per wave of a tie.

// span returns the waves of a new tie between a and b from first on (−1: drawn),
// or ok = false if the actors' lifetimes leave none. A tie that ends before the
// last wave must have an actor that takes part in a later wave, so that it lapses.
func (g *tieGen) span(a, b int32, first int8) (f, l int8, ok bool) {
	na, nb := &g.nodes[a], &g.nodes[b]
	enter, leave := max(na.enter, nb.enter), min(na.leave, nb.leave)
	if first < 0 {
		first = int8(pickWeighted(g.rng, firstWaveCum))
	}
	f = max(first, enter)
	l = min(max(int8(pickWeighted(g.rng, lastWaveCum[min(f, numWaves-1)])), f), leave)
	if f > l || l < numWaves-1 && max(na.leave, nb.leave) <= l {
		return 0, 0, false
	}
	return f, l, true
}

// firstWaveCum weights the first wave of a tie, lastWaveCum[f] the last wave of a
// tie that starts in wave f.
var (
	firstWaveCum = cumulative([]float64{0.7, 0.15, 0.15})
	lastWaveCum  = [numWaves][]float64{
		cumulative([]float64{0.13, 0.10, 0.77}),
		cumulative([]float64{0, 0.12, 0.88}),
		cumulative([]float64{0, 0, 1}),
	}
)

// dates fits the validity dates of t to its waves: a tie new in a later wave began
// after the wave before, one that lapses may have ended between two waves, and a
// contract outside the waves has a term that may have expired.
func (g *tieGen) dates(t *tie) {
	c, rng := &t.c, g.rng
	switch {
	case t.first < 0:
		c.Source = contractSources[rng.IntN(len(contractSources))]
		if c.Kinds[0] == "funding" {
			c.Source = "Zuwendungsbescheid des Landkreises"
		}
		c.ValidUntil = contractEnds[rng.IntN(len(contractEnds))]
		if c.ValidUntil != "" && c.ValidUntil <= c.ValidFrom {
			c.ValidUntil = ""
		}
		return
	case c.ValidFrom != "" && t.first > 0:
		c.ValidFrom = newFroms[t.first-1][rng.IntN(2)]
	}
	if t.last < numWaves-1 && (c.ValidUntil != "" || rng.IntN(3) == 0) {
		c.ValidUntil = lapseEnds[t.last][rng.IntN(2)]
	}
}

// cooperations turns the ties into m cooperations: one per wave of a tie, whose
// intensity and trust may change from wave to wave.
func (g *tieGen) cooperations(m int) []graph.Cooperation {
	rng := g.rng
	keys := keyList("seeland-kooperation-", m, 4)
	out := make([]graph.Cooperation, 0, m)
	for i := range g.ties {
		t := &g.ties[i]
		c := t.c
		if t.first < 0 {
			out = append(out, c)
			continue
		}
		for w := t.first; w <= t.last; w++ {
			if w > t.first {
				c.Kinds = g.sl.copy(c.Kinds)
				if rng.Float64() < 0.25 {
					c.Intensity = clamp(c.Intensity+2*rng.IntN(2)-1, 1, 4)
				}
				if c.Trust > 0 && rng.Float64() < 0.25 {
					c.Trust = clamp(c.Trust+2*rng.IntN(2)-1, 1, 4)
				}
				c.ReportedBy = reportedBy(rng)
			}
			c.WaveID, c.Source = waves[w].key, waves[w].name
			out = append(out, c)
		}
	}
	for i := range out {
		out[i].Meta = meta(keys[i])
	}
	return out
}

var (
	// newFroms are the start dates of ties new in the second and the third wave.
	newFroms = [numWaves - 1][2]string{{"2025-01-01", "2025-04-01"}, {"2026-01-01", "2026-04-01"}}
	// lapseEnds are the end dates of ties whose last wave is the first or the second.
	lapseEnds = [numWaves - 1][2]string{{"2024-12-31", "2025-06-30"}, {"2025-12-31", "2026-06-30"}}
	// contractEnds end the contracts recorded outside the waves; some have
	// expired by the last wave, some are open.
	contractEnds    = []string{"2024-12-31", "2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31", "2027-12-31", "2028-12-31", ""}
	contractSources = []string{"Kooperationsvertrag", "Leistungsvereinbarung", "Vertragsregister des Landkreises"}
)
