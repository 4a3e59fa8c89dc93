package planning

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sync/atomic"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// PotentialIndex holds what the coupling potentials of one snapshot need whatever
// the query asks: the undirected graph and the weights of shared partners, the
// candidate buckets, the spaces served without county-wide service, the target
// groups too broad for a reason, and which of every actor's sets are empty. Build it once
// per snapshot and weights with NewPotentialIndex; Query answers each query from it.
// It is safe for concurrent use.
type PotentialIndex struct {
	g *metrics.Graph
	p *Profiles
	w PotentialWeights

	inv              []float64 // 1/ln deg(z), see inverseLogDegrees
	buckets, ofActor [][]int32 // see Profiles.buckets
	skipped          int
	local            []bitset // see Profiles.localServed
	broad            bitset   // see Profiles.broadTargets
	// has says which of an actor's sets are not empty (hasServed…hasOffers).
	has []uint8
	// domains holds the legal domains of actor v in the words
	// domains[v·domainWords:(v+1)·domainWords], for a quick crossDomain.
	domains     []uint64
	domainWords int
	// prune is whether the weights allow bounding a pair's score from its
	// Adamic–Adar index alone (no weight is negative).
	prune bool
}

// NewPotentialIndex returns the index of the coupling potentials of g and p under
// the weights w (see CouplingPotentials). It takes O(n + m + Σ_b |b| + n·S/64) time
// for n actors, m ties, buckets b and S social spaces.
// The weights must not be changed afterwards.
func NewPotentialIndex(g *metrics.Graph, p *Profiles, w PotentialWeights) *PotentialIndex {
	ix := &PotentialIndex{g: g.Undirected(), p: p, w: w, local: p.localServed(), broad: p.broadTargets(),
		prune: min(w.Structural, w.SocialSpaces, w.TargetGroups, w.Fields, w.Complementary) >= 0}
	ix.inv = inverseLogDegrees(ix.g)
	ix.buckets, ix.ofActor, ix.skipped = p.buckets(w.BucketCap)
	ix.has = make([]uint8, p.N())
	ix.domainWords = (len(p.domains.codes) + 63) / 64
	ix.domains = make([]uint64, p.N()*ix.domainWords)
	for v := range p.N() {
		ix.has[v] = uint8(b2f(p.served[v].count() > 0)) | uint8(b2f(p.target[v].count() > 0))<<1 |
			uint8(b2f(p.field[v].count() > 0))<<2 | uint8(b2f(len(p.offers[v]) > 0))<<3
		copy(ix.domains[v*ix.domainWords:(v+1)*ix.domainWords], p.domain[v])
	}
	return ix
}

// The bits of PotentialIndex.has: whether an actor serves a social space, serves a
// target group, works in a field of action, has an offer.
const (
	hasServed = 1 << iota
	hasTarget
	hasField
	hasOffers
	hasAll = hasServed | hasTarget | hasField | hasOffers
)

// boundMargin keeps PotentialIndex.Query's shortcut by the Adamic–Adar index safe
// whatever the last bits of math.Exp: a bound this far below the least score kept
// stays below it for every smaller index.
const boundMargin = 1e-9

// Bytes estimates the memory the index holds beyond the graph and the profiles it
// refers to.
func (ix *PotentialIndex) Bytes() int {
	n := 8*len(ix.inv) + len(ix.has) + 8*len(ix.domains) + 8*len(ix.broad)
	for _, b := range ix.buckets {
		n += 24 + 4*cap(b)
	}
	for _, b := range ix.ofActor {
		n += 24 + 4*cap(b)
	}
	counted := map[*uint64]bool{} // the sets are shared (see bitsets); count each once
	for _, b := range ix.p.served {
		if len(b) > 0 {
			counted[&b[0]] = true // the profiles' own
		}
	}
	for _, s := range ix.local {
		n += 24
		if len(s) > 0 && !counted[&s[0]] {
			counted[&s[0]] = true
			n += 8 * cap(s)
		}
	}
	return n
}

// Query returns the coupling potentials for q (see CouplingPotentials), or an error
// naming an unknown social space, legal domain, target group or actor.
//
// Only actors that pass the filters on their own (see potentialFilter.anchor), or
// the one actor asked for, are sources of candidates, and only eligible actors
// (see potentialFilter.eligible) their partners. A candidate's score is bounded
// from its Adamic–Adar index, taking every other part it can have as 1; once the
// best Limit pairs found so far all score above a candidate's bound, its profiles
// are not compared. The result is the same as scoring every candidate.
//
// Cost: O(Σ_z deg(z)² + Σ_b |b|²) pair visits over partners z and buckets b, each in
// O(1) but for the filters (O(S/64) for a social space), and O(S/64 + o²) for each
// pair scored, for S social spaces and o offers per actor; in parallel over actors.
// The result is deterministic.
func (ix *PotentialIndex) Query(ctx context.Context, q PotentialQuery) (PotentialResult, error) {
	g, p := ix.g, ix.p
	res := PotentialResult{Weights: ix.w, SkippedBuckets: ix.skipped}
	limit := cmp.Or(q.Limit, DefaultPotentialLimit)
	f, err := p.queryFilter(q, ix.local)
	if err != nil {
		return res, err
	}
	// With an actor, its pairs are (actor, v) for every v; else a pair counts once,
	// as (u, v) with u < v, from its smaller source. Actors that are not eligible
	// are in no pair.
	const (
		isEligible = 1 << iota
		isSource
	)
	role := make([]uint8, g.N())
	var sources []int32
	all := f.actor >= 0
	for v := range g.N() {
		if f.eligible(p, v) {
			role[v] = isEligible
			if !all && f.anchor(p, v) {
				role[v] |= isSource
				sources = append(sources, int32(v))
			}
		}
	}
	if all {
		sources = []int32{int32(f.actor)}
	}
	everySource := !all && f.domain < 0
	var bar atomic.Uint64 // the best lower bound on the Limit-th score known, as float bits
	type state struct {
		mark, adj []int32
		aa        []float64
		touched   []int32
		top       pairHeap
		scored    int
		// low is an Adamic–Adar index at or below which no pair can reach the
		// best Limit pairs found so far.
		low float64
	}
	states, err := parallel.For(ctx, len(sources), func() *state {
		return &state{mark: make([]int32, g.N()), adj: make([]int32, g.N()), aa: make([]float64, g.N()), low: -1}
	}, func(s *state, i int) {
		u := int(sources[i])
		stamp := int32(u + 1)
		s.touched = s.touched[:0]
		nbr, _ := g.Out(u)
		for _, z := range nbr {
			s.adj[z] = stamp
		}
		// skip reports whether v is in no pair or its pair with u is counted from
		// v, a source of a smaller index.
		skip := func(v int32) bool { return role[v]&isEligible == 0 || !all && int(v) < u && role[v]&isSource != 0 }
		// after returns the nodes of the increasing list that may pair with u: those
		// after u if every eligible actor is a source, else all.
		after := func(list []int32) []int32 {
			if !everySource {
				return list
			}
			i, _ := slices.BinarySearch(list, int32(u+1))
			return list[i:]
		}
		for _, z := range nbr {
			next, _ := g.Out(int(z))
			for _, v := range after(next) {
				if s.mark[v] != stamp {
					if skip(v) {
						continue
					}
					s.mark[v], s.aa[v] = stamp, 0
					s.touched = append(s.touched, v)
				}
				s.aa[v] += ix.inv[z]
			}
		}
		for _, b := range ix.ofActor[u] {
			for _, v := range after(ix.buckets[b]) {
				if s.mark[v] != stamp && !skip(v) {
					s.mark[v], s.aa[v] = stamp, 0
					s.touched = append(s.touched, v)
				}
			}
		}
		for _, v := range s.touched {
			a, b := u, int(v)
			if !all {
				a, b = min(a, b), max(a, b)
			}
			if a == b || s.adj[v] == stamp || !ix.crossDomain(a, b) || !f.keep(p, a, b) {
				continue
			}
			s.scored++
			if ix.prune {
				aa := s.aa[v]
				if aa <= s.low {
					continue
				}
				if x, least := ix.bound(a, b, aa), math.Float64frombits(bar.Load()); x < least {
					if ix.has[a]&ix.has[b] == hasAll && x < least-boundMargin {
						s.low = aa
					}
					continue
				}
			}
			x := p.parts(a, b, s.aa[v])
			s.top.offer(scoredPair{x.score(ix.w), int32(a), int32(b)}, limit)
			if len(s.top) == limit {
				raise(&bar, s.top[0].score)
			}
		}
	})
	if err != nil {
		return res, err
	}
	var top []scoredPair
	for _, s := range states {
		res.Candidates += s.scored
		top = append(top, s.top...)
	}
	slices.SortFunc(top, func(a, b scoredPair) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v))
	})
	for _, sp := range top[:min(limit, len(top))] {
		res.Potentials = append(res.Potentials, p.explain(g, ix.inv, ix.w, ix.broad, &f, int(sp.u), int(sp.v)))
	}
	return res, nil
}

// raise sets bar to x if x is larger; scores are not negative, so their float bits
// order as they do.
func raise(bar *atomic.Uint64, x float64) {
	bits := math.Float64bits(x)
	for {
		old := bar.Load()
		if bits <= old || bar.CompareAndSwap(old, bits) {
			return
		}
	}
}

// crossDomain is Profiles.crossDomain on the flat domain words.
func (ix *PotentialIndex) crossDomain(u, v int) bool {
	if ix.domainWords == 1 {
		du, dv := ix.domains[u], ix.domains[v]
		return du != 0 && dv != 0 && du&dv == 0
	}
	du, dv := ix.domains[u*ix.domainWords:(u+1)*ix.domainWords], ix.domains[v*ix.domainWords:(v+1)*ix.domainWords]
	var anyU, anyV, both uint64
	for i := range du {
		anyU, anyV, both = anyU|du[i], anyV|dv[i], both|du[i]&dv[i]
	}
	return anyU != 0 && anyV != 0 && both == 0
}

// bound returns a score at least that of the pair u, v with Adamic–Adar index aa:
// the score with every other part 1 that the pair can have above 0. Each part is at
// most its bound, the weights are not negative, and rounding is monotone, so the
// computed score is at most the computed bound.
func (ix *PotentialIndex) bound(u, v int, aa float64) float64 {
	both := ix.has[u] & ix.has[v]
	bit := func(b uint8) float64 { return b2f(both&b != 0) }
	return PotentialParts{Structural: 1 - math.Exp(-aa), SocialSpaces: bit(hasServed), TargetGroups: bit(hasTarget),
		Fields: bit(hasField), Complementary: bit(hasOffers)}.score(ix.w)
}
