package privacy

import (
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// benchNetwork returns a generated network of 5,000 actors and 50,000
// cooperations, its references (external keys) taken as IDs.
func benchNetwork(b *testing.B) *graph.Network {
	bt := demo.Generate(demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000})
	for _, it := range bt.Items() {
		m := it.Entity.Metadata()
		m.ID = m.ExternalKey
	}
	return &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: bt.SocialSpaces, Waves: bt.Waves,
		Actors: bt.Actors, Offers: bt.Offers, Needs: bt.Needs, Cooperations: bt.Cooperations, Measures: bt.Measures}
}

// BenchmarkApply makes the copies a reader's view needs, once per revision: the
// viewer's (fields up to internal), the pseudonymised one, and both; beside it,
// as the baseline, the state of today that every request derives once per revision
// anyway.
func BenchmarkApply(b *testing.B) {
	n := benchNetwork(b)
	p := &Policy{Protected: DefaultProtected, Secret: []byte("geheim-geheim-geheim"), MinGroup: DefaultMinGroup}
	for _, bc := range []struct {
		name string
		v    View
	}{
		{"viewer", View{Max: Internal}},
		{"pseudonymize", View{Pseudonymize: true, Max: Confidential}},
		{"viewer+pseudonymize", View{Pseudonymize: true, Max: Internal}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				Apply(n, bc.v, p)
			}
		})
	}
	b.Run("baseline-state-today", func(b *testing.B) {
		today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
		for b.Loop() {
			if _, err := n.At(graph.State{}, today); err != nil {
				b.Fatal(err)
			}
		}
	})
}
