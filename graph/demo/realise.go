package demo

import (
	"cmp"
	"math"
	"math/bits"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Realised coupling potentials. After the ordinary ties are drawn, the generator
// ranks the pairs without a tie in the network of wave w by a score close to the
// coupling potential of graph/analysis/planning (shared partners weighted as by
// Adamic–Adar, shared social spaces, target groups and fields; actors without a
// legal domain in common) and ties some of the best pairs from wave w+1 on: the
// potentials of 2024 and 2025 that a later wave realises. The others stay open.
const (
	pRealise       = 0.35 // share of the top pairs of a wave tied in a later wave
	maxRealiseSrcs = 3000 // actors whose two-hop neighbourhoods are ranked
)

// realiseBudget returns the number of top pairs ranked per wave and the number of
// cooperations reserved for the realised ones.
func realiseBudget(n, m int) (top, reserve int) {
	top = min(max(n/5, 10), 5000)
	// Pairs of the first wave's top get one or two cooperations, those of the
	// second one.
	reserve = int(math.Round(pRealise * float64(top) * (1.5 + 1)))
	return top, min(reserve, m/10)
}

// scoredPair is a candidate pair with its score.
type scoredPair struct {
	score float64
	u, v  int32
}

// realise ties some of the top pairs of wave w from wave w+1 on, while the ties
// hold fewer than m cooperations.
func (g *tieGen) realise(w int8, top, m int) {
	for _, p := range g.topPairs(w, top) {
		if g.used >= m {
			return
		}
		if g.rng.Float64() >= pRealise {
			continue
		}
		first := w + 1
		if w == 0 && g.rng.IntN(2) == 0 {
			first = w + 2 // realised only in the last wave
		}
		g.try(p.u, p.v, false, first, m-g.used)
	}
}

// topPairs returns the top pairs of wave w, best first: pairs never tied, of
// actors without a legal domain in common and outside the weak domain pairs, that
// take part in wave w+1, and share a partner in wave w.
func (g *tieGen) topPairs(w int8, top int) []scoredPair {
	n := len(g.nodes)
	adj := g.waveAdjacency(w)
	inv := make([]float64, n)
	for z, nb := range adj {
		if len(nb) > 1 {
			inv[z] = 1 / math.Log(float64(len(nb)))
		}
	}
	stride := max(1, n/maxRealiseSrcs)
	target, field := g.codeMasks()
	aa := make([]float64, n)
	mark := make([]int32, n)
	var touched []int32
	var best []scoredPair
	floor := math.Inf(-1)
	for u := 0; u < n; u += stride {
		nu := &g.nodes[u]
		if nu.leave <= w {
			continue
		}
		touched = touched[:0]
		for _, z := range adj[u] {
			for _, v := range adj[z] {
				if int(v) <= u {
					continue
				}
				if mark[v] != int32(u+1) {
					mark[v], aa[v] = int32(u+1), 0
					touched = append(touched, v)
				}
				aa[v] += inv[z]
			}
		}
		for _, v := range touched {
			nv := &g.nodes[v]
			if nu.mask&nv.mask != 0 || nv.leave <= w || g.isWeak(int32(u), v) {
				continue
			}
			space := 0.0
			if nu.wide || nv.wide || nu.leaf == nv.leaf {
				space = 1
			}
			s := 0.6*(1-math.Exp(-aa[v])) + 0.15*space +
				0.1*overlapBits(target[u], target[v]) + 0.1*overlapBits(field[u], field[v])
			if s < floor {
				continue // below the k-th best so far
			}
			if _, tied := g.seen[pairKey(int32(u), v)]; tied {
				continue
			}
			best = append(best, scoredPair{s, int32(u), v})
			if len(best) >= 4*top {
				best = bestOf(best, top)
				floor = best[len(best)-1].score
			}
		}
	}
	return bestOf(best, top)
}

// bestOf returns the k best pairs of p, best first, in a deterministic order.
func bestOf(p []scoredPair, k int) []scoredPair {
	slices.SortFunc(p, func(a, b scoredPair) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v))
	})
	return p[:min(k, len(p))]
}

// waveAdjacency returns the partners of every actor in wave w: the ties recorded in
// it and the ties outside the waves valid on its date.
func (g *tieGen) waveAdjacency(w int8) [][]int32 {
	adj := make([][]int32, len(g.nodes))
	date := waves[w].date
	for i := range g.ties {
		t := &g.ties[i]
		in := t.first >= 0 && t.first <= w && w <= t.last
		if t.first < 0 {
			in = t.c.ValidFrom <= date && (t.c.ValidUntil == "" || date <= t.c.ValidUntil)
		}
		if in {
			adj[t.a] = append(adj[t.a], t.b)
			adj[t.b] = append(adj[t.b], t.a)
		}
	}
	return adj
}

// codeMasks returns the bit sets of the target groups and fields of every actor.
func (g *tieGen) codeMasks() (target, field []uint64) {
	tax := graph.DefaultTaxonomy()
	bits := func(terms []graph.Term) map[string]uint64 {
		m := map[string]uint64{}
		for i, t := range terms {
			m[t.Code] = 1 << (i % 64)
		}
		return m
	}
	tb, fb := bits(tax.TargetGroups), bits(tax.Fields)
	target, field = make([]uint64, len(g.actors)), make([]uint64, len(g.actors))
	for i := range g.actors {
		for _, c := range g.actors[i].TargetGroups {
			target[i] |= tb[c]
		}
		for _, c := range g.actors[i].Fields {
			field[i] |= fb[c]
		}
	}
	return target, field
}

// overlapBits is the overlap coefficient of two bit sets.
func overlapBits(a, b uint64) float64 {
	na, nb := bits.OnesCount64(a), bits.OnesCount64(b)
	if na == 0 || nb == 0 {
		return 0
	}
	return float64(bits.OnesCount64(a&b)) / float64(min(na, nb))
}
