package planning

import (
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
)

// TestSupplyCountsEveryServingOffer checks the supply table, which counts each
// offer once at the topmost spaces it serves, against its definition, cell by cell:
// for every social space (not only the leaves), field of action and target group
// (and any), the offers that serve the space, name the field and serve the group.
func TestSupplyCountsEveryServingOffer(t *testing.T) {
	overlapping := tiny()
	overlapping.Offers = append(overlapping.Offers,
		graph.Offer{Meta: graph.Meta{ID: "o3"}, ActorID: "c", Fields: []string{"inclusion", "work"}, Capacity: 4,
			TargetGroups: []string{"all_residents", "disability_mental"}, SocialSpaces: []string{"m", "k"}},
		graph.Offer{Meta: graph.Meta{ID: "o4"}, ActorID: "d", Fields: []string{"inclusion"}, Capacity: 2.5,
			SocialSpaces: []string{"l", "unknown"}})
	for name, net := range map[string]*graph.Network{"tiny+overlapping": overlapping, "county": testnet.County()} {
		p := NewProfiles(net)
		all, hasAll := p.targets.index[allResidents]
		serves := func(o *offerProfile, g int) bool {
			return g < 0 || o.noTargetGroups || o.target.has(g) || (hasAll && o.target.has(all))
		}
		sup := p.supply()
		checked := 0
		for s := range p.Spaces {
			for f := range p.fields.codes {
				for g := -1; g < len(p.targets.codes); g++ {
					want, wantPlaces := 0, 0.0
					for v := range p.offers {
						for i := range p.offers[v] {
							if o := &p.offers[v][i]; o.served.has(s) && o.field.has(f) && serves(o, g) {
								want++
								wantPlaces += o.capacity
							}
						}
					}
					got, places := sup.at(s, f, g)
					if got != want || places != wantPlaces {
						t.Fatalf("%s: space %s, field %s, group %d: %d offers with %v places, want %d with %v",
							name, p.Spaces[s].ID, p.fields.codes[f], g, got, places, want, wantPlaces)
					}
					checked += want
				}
			}
		}
		if checked == 0 {
			t.Fatalf("%s: no offer serves any cell", name)
		}
	}
}
