package metrics

import (
	"context"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// BenchmarkPowerIteration runs PageRank and eigenvector centrality as the Engine
// calls them, on the mutual and the directed view of 5,000 actors and 50,000 ties.
func BenchmarkPowerIteration(b *testing.B) {
	net := testnet.Generated(demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000})
	ctx := context.Background()
	for _, directed := range []bool{false, true} {
		g := FromNetwork(net, directed)
		name := map[bool]string{false: "mutual", true: "directed"}[directed]
		b.Run("pagerank/"+name, func(b *testing.B) {
			for b.Loop() {
				if _, err := PageRank(ctx, g, 0.85, Tol, MaxIter); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("eigenvector/"+name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Eigenvector(ctx, g, Tol, MaxIter); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
