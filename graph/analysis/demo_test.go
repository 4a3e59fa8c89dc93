package analysis

import (
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// generated returns the snapshot of the generated network for o, as a store would
// return it (the generator's IDs sort like its order). demo.Generate sets every ID
// to its external key, so the batch's references are already IDs. It does not
// cache; bench_test.go's demoNetwork does.
func generated(o demo.Options) *graph.Network {
	b := demo.Generate(o)
	return &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces, Waves: b.Waves,
		Actors: b.Actors, Offers: b.Offers, Needs: b.Needs, Cooperations: b.Cooperations}
}

var county = sync.OnceValue(func() *graph.Network { return generated(demo.County()) })
