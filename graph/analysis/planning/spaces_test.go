package planning

import (
	"reflect"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
)

// TestServingListsEveryServingActor checks serving, which lists each actor under
// the spaces it serves and those above them, and servingSpace, which lists them
// for one space, against their definition: the actors serving a space or a space
// within it, in node order.
func TestServingListsEveryServingActor(t *testing.T) {
	for name, net := range map[string]*graph.Network{"tiny": tiny(), "county": testnet.County()} {
		p := NewProfiles(net)
		got := p.serving()
		for s := range p.Spaces {
			var want []int
			for v := range p.served {
				if slices.ContainsFunc(p.served[v].members(), func(c int32) bool { return p.isWithin(int(c), s) }) {
					want = append(want, v)
				}
			}
			if !slices.Equal(got[s], want) {
				t.Errorf("%s: space %s: actors %v, want %v", name, p.Spaces[s].ID, got[s], want)
			}
			if one := p.servingSpace(s); !slices.Equal(one, want) {
				t.Errorf("%s: space %s alone: actors %v, want %v", name, p.Spaces[s].ID, one, want)
			}
		}
	}
}

// TestSpaceCouplingIsTheMatrixOfTheServingActors checks SpaceCouplingOf against its
// definition: the legal domain matrix of the network cut down to the actors that
// serve the space or a space within it, and checks that an unknown space is
// invalid input naming social_space.
func TestSpaceCouplingIsTheMatrixOfTheServingActors(t *testing.T) {
	net := testnet.County()
	g, p := inputs(net)
	th := DefaultCouplingThresholds()
	for s, sp := range p.Spaces {
		keep := map[string]bool{}
		sub := *net
		sub.Actors, sub.Cooperations = nil, nil
		for v := range p.served {
			if slices.ContainsFunc(p.served[v].members(), func(c int32) bool { return p.isWithin(int(c), s) }) {
				sub.Actors = append(sub.Actors, net.Actors[v])
				keep[net.Actors[v].ID] = true
			}
		}
		for _, co := range net.Cooperations {
			if keep[co.From] && keep[co.To] {
				sub.Cooperations = append(sub.Cooperations, co)
			}
		}
		sg, spr := inputs(&sub)
		want := CouplingReportOf(sub.Revision, sg, spr, th).LegalDomains
		got, err := SpaceCouplingOf(g, p, sp.ID, th)
		if err != nil {
			t.Fatal(err)
		}
		if got.SocialSpace != sp.ID || got.Name != sp.Name || got.Actors != len(sub.Actors) || !reflect.DeepEqual(got.LegalDomains, want) {
			t.Errorf("space %s: %d actors, matrix %+v; want %d actors, %+v", sp.ID, got.Actors, got.LegalDomains, len(sub.Actors), want)
		}
	}
	_, err := SpaceCouplingOf(g, p, "nirgendwo", th)
	if graph.ErrorCode(err) != graph.Invalid || len(graph.ErrorFields(err)) != 1 || graph.ErrorFields(err)[0].Field != "social_space" {
		t.Errorf("unknown space: %v", err)
	}
}
