package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// leidenRuns is the number of seeds over which the best modularity is compared
// with igraph's best of as many runs (testdata/leiden.json, from testdata/leiden.py).
const leidenRuns = 50

// communityNetworks returns the networks the community tests share, by the names of
// testdata/leiden.json: the published ones and two generated counties.
func communityNetworks(t testing.TB) map[string]*Graph {
	nets := map[string]*Graph{}
	for _, name := range []string{"karate", "florentine", "lesmis"} {
		_, nets[name] = loadReference(t, name)
	}
	for _, o := range []demo.Options{{Seed: 2, Actors: 1000, Cooperations: 5000}, {Seed: 1, Actors: 5000, Cooperations: 50000}} {
		nets[fmt.Sprintf("generated-%d", o.Actors)] = FromNetwork(testnet.Generated(o), false)
	}
	return nets
}

// checkConnected fails unless every community of comm induces a connected subgraph
// of g and the communities are numbered 0 … count-1 in order of their first node.
func checkConnected(t *testing.T, g *Graph, comm []int) {
	t.Helper()
	next := 0
	for _, c := range comm {
		if c > next {
			t.Fatalf("community %d appears before community %d", c, next)
		}
		if c == next {
			next++
		}
	}
	seen := make([]bool, g.N())
	for s := range g.N() {
		if seen[s] || comm[s] < 0 {
			continue
		}
		// The first node of each community starts a search within it; any member
		// not reached later would start a second search for the same community.
		if s > 0 && firstOf(comm, comm[s]) != s {
			t.Fatalf("community %d is not connected: node %d is not reached from node %d", comm[s], s, firstOf(comm, comm[s]))
		}
		seen[s] = true
		stack := []int{s}
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			nbr, _ := g.Out(v)
			for _, u := range nbr {
				if !seen[u] && comm[u] == comm[s] {
					seen[u] = true
					stack = append(stack, int(u))
				}
			}
		}
	}
}

func firstOf(comm []int, c int) int {
	for v, x := range comm {
		if x == c {
			return v
		}
	}
	return -1
}

func TestLeidenConnected(t *testing.T) {
	ctx := context.Background()
	for name, g := range communityNetworks(t) {
		for seed := range uint64(5) {
			for _, gamma := range []float64{0.5, 1, 2} {
				comm := must(Leiden(ctx, g, gamma, seed))
				checkConnected(t, g, comm)
				if t.Failed() {
					t.Fatalf("%s, seed %d, γ %g", name, seed, gamma)
				}
			}
		}
	}
}

func TestLeidenModularity(t *testing.T) {
	raw, err := os.ReadFile("testdata/leiden.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		IGraph     string             `json:"igraph"`
		Runs       int                `json:"runs"`
		Modularity map[string]float64 `json:"modularity"`
	}
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatal(err)
	}
	if ref.Runs != leidenRuns {
		t.Fatalf("reference has the best of %d runs, the test %d", ref.Runs, leidenRuns)
	}
	ctx := context.Background()
	nets := communityNetworks(t)
	for name, want := range ref.Modularity {
		g := nets[name]
		if g == nil {
			t.Fatalf("no network %q", name)
		}
		best := -1.0
		for seed := range uint64(leidenRuns) {
			best = max(best, Modularity(g, must(Leiden(ctx, g, 1, seed)), 1))
		}
		// 1e-9 allows for the order of summation; igraph's values are rounded alike.
		if best < want-1e-9 {
			t.Errorf("%s: Leiden's best modularity %.6f, igraph %s's %.6f", name, best, ref.IGraph, want)
		}
		t.Logf("%s: Leiden's best modularity %.6f, igraph %s's %.6f", name, best, ref.IGraph, want)
	}
}

func TestLeidenDeterministic(t *testing.T) {
	g := communityNetworks(t)["generated-1000"]
	a := must(Leiden(context.Background(), g, 1, 7))
	b := must(Leiden(context.Background(), g, 1, 7))
	for v := range a {
		if a[v] != b[v] {
			t.Fatalf("node %d: community %d, then %d with the same seed", v, a[v], b[v])
		}
	}
}
