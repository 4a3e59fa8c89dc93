package metrics

import (
	"runtime"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestCoreNumberOracle compares the parallel peeling with the sequential bucket
// algorithm of Batagelj & Zaversnik 2003, on one processor and on all of them.
func TestCoreNumberOracle(t *testing.T) {
	graphs := []*Graph{FromNetwork(testnet.Generated(demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000}), false)}
	for _, directed := range []bool{false, true} {
		for seed := range uint64(4) {
			graphs = append(graphs, randomGraph(400, 2000, directed, seed))
		}
	}
	for _, procs := range []int{1, max(2, runtime.NumCPU())} {
		old := runtime.GOMAXPROCS(procs)
		for i, g := range graphs {
			if got, want := CoreNumber(g), coreNumberBZ(g); !slices.Equal(got, want) {
				t.Errorf("graph %d, %d processors: core numbers differ from Batagelj–Zaversnik's", i, procs)
			}
		}
		runtime.GOMAXPROCS(old)
	}
}

// coreNumberBZ is the bucket algorithm of Batagelj & Zaversnik 2003, O(n + m).
func coreNumberBZ(g *Graph) []int {
	n := g.N()
	deg := make([]int, n)
	maxDeg := 0
	for v := range n {
		deg[v] = g.Degree(v)
		maxDeg = max(maxDeg, deg[v])
	}
	bin := make([]int, maxDeg+2)
	for _, d := range deg {
		bin[d+1]++
	}
	for d := 1; d < len(bin); d++ {
		bin[d] += bin[d-1]
	}
	vert, pos := make([]int32, n), make([]int, n)
	next := slices.Clone(bin)
	for v, d := range deg {
		pos[v] = next[d]
		vert[pos[v]] = int32(v)
		next[d]++
	}
	lower := func(u int, dv int) {
		if deg[u] <= dv {
			return
		}
		du, pu := deg[u], pos[u]
		pw := bin[du]
		w := int(vert[pw])
		if u != w {
			vert[pu], vert[pw] = int32(w), int32(u)
			pos[u], pos[w] = pw, pu
		}
		bin[du]++
		deg[u]--
	}
	for i := range n {
		v := int(vert[i])
		out, _ := g.Out(v)
		for _, u := range out {
			lower(int(u), deg[v])
		}
		if g.directed {
			in, _ := g.In(v)
			for _, u := range in {
				lower(int(u), deg[v])
			}
		}
	}
	return deg
}
