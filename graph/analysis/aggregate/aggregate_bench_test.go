package aggregate_test

import (
	"fmt"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/aggregate"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// BenchmarkOf summarises generated networks by social space, and by 1,000
// communities of equal size (the Louvain run itself is not timed here).
//
//	go test -run '^$' -bench Of -benchtime 5x ./graph/analysis/aggregate
func BenchmarkOf(b *testing.B) {
	for _, size := range [][2]int{{5000, 50000}, {100000, 1000000}} {
		net := testnet.Generated(demo.Options{Seed: 1, Actors: size[0], Cooperations: size[1]})
		membership := make(map[string]int, len(net.Actors))
		for i := range net.Actors {
			membership[net.Actors[i].ID] = i % 1000
		}
		b.Run(fmt.Sprintf("%d/social_space", size[0]), func(b *testing.B) {
			for b.Loop() {
				key, name := aggregate.SpaceKey(net)
				aggregate.Of(net, aggregate.BySocialSpace, key, name)
			}
		})
		b.Run(fmt.Sprintf("%d/community", size[0]), func(b *testing.B) {
			for b.Loop() {
				key, name := aggregate.CommunityKey(net, membership)
				aggregate.Of(net, aggregate.ByCommunity, key, name)
			}
		})
	}
}
