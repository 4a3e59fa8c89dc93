package metrics

import (
	"context"
	"slices"
	"testing"
)

func TestRemovalsHandChecked(t *testing.T) {
	// Path a–b–c and the isolated d.
	g := NewGraph([]string{"a", "b", "c", "d"}, []Tie{{From: 0, To: 1}, {From: 1, To: 2}}, false)
	got, err := Removals(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	want := []Removal{{2, 1, 0}, {3, 0, 1}, {2, 1, 0}, {1, 3, 0}}
	if !slices.Equal(got, want) {
		t.Errorf("removals %+v, want %+v", got, want)
	}
}

// TestRemovalsAgainstDeletion checks every node of sparse random graphs, with many
// articulation points, self-loops and parallel ties, against deleting the node and
// counting the components that remain.
func TestRemovalsAgainstDeletion(t *testing.T) {
	for seed := range uint64(6) {
		for _, m := range []int{40, 70, 120} {
			g := randomGraph(60, m, seed%2 == 1, seed)
			got, err := Removals(context.Background(), g)
			if err != nil {
				t.Fatal(err)
			}
			label, before := Components(g.Undirected())
			connected := 0
			for _, s := range before {
				connected += s * (s - 1) / 2
			}
			for v := range g.N() {
				var keep []int
				for w := range g.N() {
					if w != v {
						keep = append(keep, w)
					}
				}
				_, sizes := Components(Subgraph(g.Undirected(), keep))
				want := Removal{Components: len(sizes)}
				for _, s := range sizes {
					want.ConnectedPairs += s * (s - 1) / 2
				}
				s := before[label[v]]
				want.DisconnectedPairs = connected - (s - 1) - want.ConnectedPairs
				if got[v] != want {
					t.Fatalf("seed %d, m %d, node %d: %+v, want %+v", seed, m, v, got[v], want)
				}
			}
		}
	}
}
