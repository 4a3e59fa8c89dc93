package report

import (
	"context"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
)

// NewExtras gathers what a report at the state of the network to shows beside the
// analyses: the measures (Maßnahmen) of the full snapshot full agreed by then, with
// what had become of each at that state (measures.Evaluate, with the states src
// serves), and the response rate of the partner survey of its wave, which the
// caller put into to.State.Coverage (unknown without one); k is the MinGroup of a
// pseudonymised report, 0 for another. With a social space, only the measures for
// it: a gap there, or a measure naming an actor active there. The API and the
// command line both make a report's extras through it.
func NewExtras(ctx context.Context, full, to *graph.Network, space string, src measures.States, k int) (Extras, error) {
	x := Extras{MinGroup: k}
	if c := to.State.Coverage; c != nil {
		rate := c.Rate
		x.ResponseRate = &rate
	}
	evs, err := measures.Evaluate(ctx, full, src)
	if err != nil {
		return x, err
	}
	date := to.State.Date
	for i, ev := range evs {
		if ev.Agreed.Date > date {
			continue
		}
		m := &full.Measures[i]
		if space != "" && !measureConcerns(full, m, space) {
			continue
		}
		text := "Noch keine Erhebung nach der Vereinbarung bis zu diesem Stand."
		for _, w := range ev.Waves {
			if w.Date <= date {
				text = w.Text
			}
		}
		x.Measures = append(x.Measures, Measure{Title: m.Title, Status: m.Status,
			Responsible: m.Responsible, Due: m.Due, Evaluation: text})
	}
	return x, nil
}

// measureConcerns reports whether the measure concerns the social space: its gap
// lies there, or an actor it names is active there.
func measureConcerns(n *graph.Network, m *graph.Measure, space string) bool {
	if m.Origin.SocialSpaceID == space {
		return true
	}
	named := append([]string{m.Origin.From, m.Origin.To}, m.Actors...)
	for i := range n.Actors {
		if a := &n.Actors[i]; slices.Contains(named, a.ID) && slices.Contains(a.SocialSpaces, space) {
			return true
		}
	}
	return false
}
