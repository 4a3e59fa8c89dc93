package measures_test

import (
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// BenchmarkEvaluate evaluates every measure of a generated county with a fresh
// Engine each time (nothing cached): the cost of the first answer of
// /analysis/measures after a write, without the state cache of the API.
//
//	go test -run '^$' -bench Evaluate -benchtime 5x ./graph/analysis/measures/
func BenchmarkEvaluate(b *testing.B) {
	for _, o := range []struct {
		name string
		opts demo.Options
	}{{"county", demo.County()}, {"5000", demo.Options{Seed: 1, Actors: 5000, Cooperations: 26000}}} {
		g := demo.Generate(o.opts)
		n := &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: g.SocialSpaces, Waves: g.Waves,
			Actors: g.Actors, Offers: g.Offers, Needs: g.Needs, Cooperations: g.Cooperations, Measures: g.Measures}
		b.Run(o.name, func(b *testing.B) {
			for b.Loop() {
				evs, err := measures.Evaluate(b.Context(), n, measures.Snapshot{Full: n, Today: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC), Analyzer: analysis.NewEngine(analysis.Options{})})
				if err != nil || len(evs) != len(n.Measures) {
					b.Fatal(err, len(evs))
				}
			}
		})
	}
}
