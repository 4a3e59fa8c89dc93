package demo_test

import (
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestMeasures checks the measures of the demo counties as the analysis evaluates
// them: three potentials of autumn 2025 realised in the last wave, two not, and two
// measures for the planted gap evaluated at both later waves.
func TestMeasures(t *testing.T) {
	for _, o := range counties {
		b := demo.Generate(o)
		n := &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces, Waves: b.Waves,
			Actors: b.Actors, Offers: b.Offers, Needs: b.Needs, Cooperations: b.Cooperations, Measures: b.Measures}
		evs, err := measures.Evaluate(t.Context(), n, measures.Snapshot{Full: n, Today: time.Now(), Analyzer: analysis.NewEngine(analysis.Options{})})
		if err != nil {
			t.Fatal(err)
		}
		count := map[string]int{}
		for _, ev := range evs {
			count[ev.Outcome]++
			if ev.Text == "" || len(ev.Waves) == 0 {
				t.Errorf("%v: %s evaluated at %d waves: %q", o, ev.MeasureID, len(ev.Waves), ev.Text)
			}
		}
		if len(evs) != 7 || count[measures.Realised] != 3 || count[measures.NotRealised] != 2 {
			t.Errorf("%v: %d measures, outcomes %v", o, len(evs), count)
		}
		gap := evs[len(evs)-1]
		if len(gap.Waves) != 2 || !strings.HasPrefix(gap.Text, "In Amt Moorbrück im Handlungsfeld") && o == demo.County() {
			t.Errorf("%v: gap measure: %d waves, %q", o, len(gap.Waves), gap.Text)
		}
		t.Logf("%v: %v; %s", o, count, evs[0].Text)
	}
}
