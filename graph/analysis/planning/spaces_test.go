package planning

import (
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
)

// TestServingListsEveryServingActor checks serving, which lists each actor under
// the spaces it serves and those above them, against its definition: the actors
// serving a space or a space within it, in node order.
func TestServingListsEveryServingActor(t *testing.T) {
	for name, net := range map[string]*graph.Network{"tiny": tiny(), "county": testnet.County()} {
		p := NewProfiles(net)
		got := p.serving()
		for s := range p.Spaces {
			in := p.within(s)
			var want []int
			for v := range p.served {
				if common(p.served[v], in) > 0 {
					want = append(want, v)
				}
			}
			if !slices.Equal(got[s], want) {
				t.Errorf("%s: space %s: actors %v, want %v", name, p.Spaces[s].ID, got[s], want)
			}
		}
	}
}
