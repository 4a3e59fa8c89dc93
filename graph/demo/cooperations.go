package demo

import (
	"math/rand/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Tie model. Each unordered pair of actors is tied at most once. A tie is recorded
// in a run of consecutive survey waves, one cooperation per wave, or, for a few
// contracts and grants, once outside the waves; so PairKeys never repeat.
const (
	pBroker   = 0.13 // share of ties that start at a broker
	pInGroup  = 0.88 // share of other ties that stay within the domain group
	pLocal    = 0.5  // share of partners drawn from the same planning area
	pWeakKeep = 0.02 // chance that a tie between a weak domain pair is kept
	pNonWave  = 0.12 // chance that a contract or grant is recorded outside the waves
	maxSpokes = 40   // spokes of a carrier, plus one per 40 actors
)

// groupAffinity weights the domain group of a partner outside the own group, row by
// row in the order of DomainGroups.
var groupAffinity = [numGroups][numGroups]float64{
	{0, 2, 0.3, 1, 3, 1},
	{2, 0, 2, 1, 2, 3},
	{0.3, 2, 0, 3, 2, 1},
	{1, 1, 3, 0, 2, 1},
	{3, 2, 2, 2, 0, 2},
	{1, 3, 1, 1, 2, 0},
}

// sampler draws actors of one subset with probability proportional to their weight.
type sampler struct {
	idx []int32
	cum []float64
}

func (s *sampler) ok() bool { return len(s.idx) > 0 }

func (s *sampler) pick(rng *rand.Rand) int32 { return s.idx[pickWeighted(rng, s.cum)] }

func newSampler(nodes []node, idx []int32) sampler {
	w := make([]float64, len(idx))
	for i, a := range idx {
		w[i] = nodes[a].weight
	}
	return sampler{idx: idx, cum: cumulative(w)}
}

// tie is one tied pair before it becomes cooperations: the attributes of its first
// cooperation and the waves (indexes) it is recorded in, first to last; first = −1
// marks a tie recorded outside the waves.
type tie struct {
	c           graph.Cooperation
	a, b        int32
	first, last int8
}

// size returns the number of cooperations of t.
func (t *tie) size() int {
	if t.first < 0 {
		return 1
	}
	return int(t.last-t.first) + 1
}

// tieGen draws the ties of a network.
type tieGen struct {
	rng      *rand.Rand
	l        *layout
	actors   []graph.Actor
	nodes    []node
	global   sampler
	groups   [numGroups]sampler
	locals   []sampler
	affinity [numGroups][]float64
	brokers  []int32
	weak     [][2]uint32
	seen     map[uint64]struct{}
	ties     []tie
	used     int // cooperations of ties
	sl       slab
	fails    int
	turn     int // the brokers' turn
}

func newTieGen(rng *rand.Rand, l *layout, actors []graph.Actor, nodes []node, m int) *tieGen {
	g := &tieGen{rng: rng, l: l, actors: actors, nodes: nodes, seen: make(map[uint64]struct{}, m/2+16),
		ties: make([]tie, 0, m*11/20+16)} // about 2.1 cooperations per tie
	n := len(nodes)
	nAreas := len(l.areaKeys)
	all := make([]int32, n)
	var groupIdx [numGroups][]int32
	local := make([][]int32, numGroups*nAreas)
	for i := range nodes {
		nd := &nodes[i]
		all[i] = int32(i)
		groupIdx[nd.group] = append(groupIdx[nd.group], int32(i))
		k := int(nd.group)*nAreas + l.leaves[nd.leaf].area
		local[k] = append(local[k], int32(i))
		if nd.broker {
			g.brokers = append(g.brokers, int32(i))
		}
	}
	g.global = newSampler(nodes, all)
	for k := range g.groups {
		g.groups[k] = newSampler(nodes, groupIdx[k])
	}
	g.locals = make([]sampler, len(local))
	for k := range local {
		g.locals[k] = newSampler(nodes, local[k])
	}
	for k := range g.affinity {
		w := append([]float64(nil), groupAffinity[k][:]...)
		for h := range w {
			if !g.groups[h].ok() {
				w[h] = 0
			}
		}
		g.affinity[k] = cumulative(w)
	}
	bit := domainBits()
	for _, p := range WeakDomainPairs {
		g.weak = append(g.weak, [2]uint32{bit[p[0]], bit[p[1]]})
	}
	return g
}

// isWeak says whether a and b hold the two domains of a weak domain pair.
func (g *tieGen) isWeak(a, b int32) bool {
	ma, mb := g.nodes[a].mask, g.nodes[b].mask
	for _, p := range g.weak {
		if ma&p[0] != 0 && mb&p[1] != 0 || ma&p[1] != 0 && mb&p[0] != 0 {
			return true
		}
	}
	return false
}

func pairKey(a, b int32) uint64 { return uint64(min(a, b))<<32 | uint64(max(a, b)) }

func (g *tieGen) partnerIn(k, area int) int32 {
	nAreas := len(g.l.areaKeys)
	if s := &g.locals[k*nAreas+area]; len(s.idx) > 1 && g.rng.Float64() < pLocal {
		return s.pick(g.rng)
	}
	return g.groups[k].pick(g.rng)
}

// draw returns a candidate pair: a broker's turn, or an actor drawn by propensity
// with a partner mostly of its own domain group; uniform pairs in a crowded corner.
func (g *tieGen) draw() (a, b int32, broker bool) {
	rng, nodes := g.rng, g.nodes
	switch {
	case g.fails > 200:
		n := len(nodes)
		return int32(rng.IntN(n)), int32(rng.IntN(n)), false
	case len(g.brokers) > 0 && rng.Float64() < pBroker:
		// Brokers take turns, and each turns to the other groups in turn, so
		// that even a small county shows them bridging every group.
		a = g.brokers[g.turn%len(g.brokers)]
		k := int(nodes[a].group)
		if rng.Float64() < 0.85 {
			k = (k + 1 + (g.turn/len(g.brokers))%(numGroups-1)) % numGroups
		}
		g.turn++
		if !g.groups[k].ok() {
			k = int(nodes[a].group)
		}
		if nodes[a].wide {
			return a, g.groups[k].pick(rng), true
		}
		return a, g.partnerIn(k, g.l.leaves[nodes[a].leaf].area), true
	}
	a = g.global.pick(rng)
	k := int(nodes[a].group)
	if rng.Float64() >= pInGroup && g.affinity[k][len(g.affinity[k])-1] > 0 {
		k = pickWeighted(rng, g.affinity[k])
	}
	return a, g.partnerIn(k, g.l.leaves[nodes[a].leaf].area), false
}

// try adds a tie between a and b from wave first on (−1: drawn) if the pair is new
// and the actors' lifetimes allow it, using at most room cooperations.
func (g *tieGen) try(a, b int32, broker bool, first int8, room int) bool {
	if a == b || (g.isWeak(a, b) && g.fails <= 1000 && g.rng.Float64() >= pWeakKeep) {
		return false
	}
	pk := pairKey(a, b)
	if _, dup := g.seen[pk]; dup {
		return false
	}
	f, l, ok := g.span(a, b, first)
	if !ok && g.fails <= 1000 {
		return false
	}
	g.seen[pk] = struct{}{}
	g.ties = append(g.ties, tie{a: a, b: b, first: f, last: l})
	t := &g.ties[len(g.ties)-1]
	drawTie(g.rng, &t.c, &g.sl, g.actors, g.nodes, a, b, broker)
	if !ok || t.c.ValidFrom != "" && g.rng.Float64() < pNonWave && nonWaveKind(t.c.Kinds[0]) {
		t.first = -1
	}
	if t.size() > room {
		t.first = t.last - int8(room) + 1
	}
	g.dates(t)
	g.used += t.size()
	return true
}

func nonWaveKind(k string) bool { return k == "contract" || k == "funding" || k == "shared_resources" }

// fill draws ordinary ties until the ties hold target cooperations.
func (g *tieGen) fill(target int) {
	for g.used < target {
		a, b, broker := g.draw()
		if g.try(a, b, broker, -1, target-g.used) {
			g.fails = 0
		} else {
			g.fails++
		}
	}
}

// planted draws the ties of the carriers' spokes and the committees' members, as
// long as the ties hold fewer than target cooperations. A carrier with spokes ties
// to each local actor of its domain group with that chance, scaled down for actors
// of low propensity; a committee draws its members in turn from the domain groups
// of its legal domains.
func (g *tieGen) planted(target int) {
	for i := range g.nodes {
		nd := &g.nodes[i]
		if nd.broker {
			continue
		}
		if p := nd.tpl.spokes; p > 0 {
			limit := maxSpokes + len(g.nodes)/40
			for _, j := range g.groups[nd.group].idx {
				if limit > 0 && g.used < target && !g.nodes[j].wide && g.rng.Float64() < p*min(1, g.nodes[j].weight) &&
					g.try(int32(i), j, false, -1, target-g.used) {
					limit--
				}
			}
		}
		for j := 0; j < nd.tpl.members && g.used < target; j++ {
			// Every other member comes from the committee's own group.
			d := 0
			if j%2 == 1 {
				d = (j/2)%(len(nd.tpl.domains)-1) + 1
			}
			k := DomainGroup(nd.tpl.domains[d])
			if !g.groups[k].ok() {
				continue
			}
			for range 20 {
				if g.try(int32(i), g.groups[k].pick(g.rng), false, -1, target-g.used) {
					break
				}
			}
		}
	}
}

// buildCooperations draws exactly m cooperations (m ≤ n·(n−1)/2): the carriers'
// spokes and the committees' members, ordinary ties, and the realised coupling
// potentials (see realise).
func buildCooperations(rng *rand.Rand, l *layout, actors []graph.Actor, nodes []node, m int) []graph.Cooperation {
	if m == 0 {
		return nil
	}
	g := newTieGen(rng, l, actors, nodes, m)
	top, reserve := realiseBudget(len(nodes), m)
	g.planted(m - reserve)
	g.fill(m - reserve)
	for w := range int8(numWaves - 1) {
		g.realise(w, top, m)
	}
	g.fill(m)
	return g.cooperations(m)
}

var (
	mutualKinds      = []string{"information", "joint_project", "committee", "contract", "shared_resources"}
	mutualKindWeight = cumulative([]float64{45, 22, 12, 11, 10})
	validFroms       = []string{"2015-01-01", "2017-07-01", "2019-01-01", "2020-03-01", "2021-01-01", "2022-07-01", "2023-01-01", "2024-01-01", "2024-04-01", "2024-09-01"}
	projectEnds      = []string{"2026-12-31", "2027-06-30", "2027-12-31", "2028-12-31"}
	notes            = []string{
		"Kooperationsvereinbarung liegt vor.",
		"Gemeinsame Fallkonferenzen bei Bedarf.",
		"Kontakt entstand über die Sozialraumkonferenz.",
		"Ansprechperson hat 2025 gewechselt.",
		"Regelmäßiger Austausch im Arbeitskreis.",
	}
	intensityWeak   = cumulative([]float64{45, 35, 15, 5})
	intensityStrong = cumulative([]float64{10, 30, 38, 22})
)

// drawTie fills the zero c with the attributes of a tie between actors a and b (all
// but wave, source and metadata).
func drawTie(rng *rand.Rand, c *graph.Cooperation, sl *slab, actors []graph.Actor, nodes []node, a, b int32, broker bool) {
	na, nb := &nodes[a], &nodes[b]
	c.From, c.To = actors[a].ExternalKey, actors[b].ExternalKey
	strong := false
	r := rng.Float64()
	if broker {
		r = 0.5 + 0.5*r // brokers mostly exchange and plan together
	}
	carrier := -1 // which end is a carrier, if exactly one
	switch {
	case na.kind == classCarrier && nb.kind != classCarrier:
		carrier = 0
	case nb.kind == classCarrier && na.kind != classCarrier:
		carrier = 1
	}
	switch {
	case na.kind == classCommittee || nb.kind == classCommittee:
		c.Kinds = sl.alloc(1 + rng.IntN(2))
		c.Kinds[0] = "committee"
		if len(c.Kinds) > 1 {
			c.Kinds[1] = "information"
		}
	case r < 0.14 && carrier >= 0 && (na.kind == classService || nb.kind == classService):
		c.Directed, strong = true, true
		if carrier == 1 {
			c.From, c.To = c.To, c.From
		}
		c.Kinds = sl.alloc(1)
		c.Kinds[0] = "funding"
		c.ValidFrom = validFroms[rng.IntN(len(validFroms))]
	case r < 0.36:
		c.Directed, strong = true, true
		if referrer(nb.kind) > referrer(na.kind) {
			c.From, c.To = c.To, c.From
		}
		c.Kinds = sl.alloc(1 + rng.IntN(2))
		c.Kinds[0] = "referral"
		if len(c.Kinds) > 1 {
			c.Kinds[1] = "information_given"
		}
	case r < 0.43:
		c.Directed = true
		if rng.IntN(2) == 0 {
			c.From, c.To = c.To, c.From
		}
		c.Kinds = sl.alloc(1)
		c.Kinds[0] = "information_given"
	default:
		first := pickWeighted(rng, mutualKindWeight)
		if mutualKinds[first] == "contract" && carrier < 0 {
			first = 0
		}
		n := 1
		second := pickWeighted(rng, mutualKindWeight)
		if second != first && rng.Float64() < 0.35 && (mutualKinds[second] != "contract" || carrier >= 0) {
			n = 2
		}
		c.Kinds = sl.alloc(n)
		c.Kinds[0] = mutualKinds[first]
		if n == 2 {
			c.Kinds[1] = mutualKinds[second]
		}
		switch mutualKinds[first] {
		case "contract", "shared_resources":
			strong = true
			c.ValidFrom = validFroms[rng.IntN(len(validFroms))]
		case "joint_project":
			strong = true
			c.ValidFrom = validFroms[5+rng.IntN(len(validFroms)-5)]
			c.ValidUntil = projectEnds[rng.IntN(len(projectEnds))]
		}
	}
	if strong {
		c.Intensity = 1 + pickWeighted(rng, intensityStrong)
	} else {
		c.Intensity = 1 + pickWeighted(rng, intensityWeak)
	}
	if rng.Float64() < 0.88 {
		c.Trust = clamp(c.Intensity+rng.IntN(3)-1, 1, 4)
		c.Value = clamp(c.Intensity+rng.IntN(3)-1, 1, 4)
	}
	c.ReportedBy = reportedBy(rng)
	if rng.Float64() < 0.03 {
		c.Note = notes[rng.IntN(len(notes))]
	}
}

// referrer ranks kind classes by how likely they refer cases to others.
func referrer(class int8) int {
	switch class {
	case classAdvice:
		return 3
	case classCarrier:
		return 2
	case classService:
		return 1
	}
	return 0
}

var reportedByWeight = cumulative([]float64{45, 25, 15, 10, 5})

func reportedBy(rng *rand.Rand) string {
	switch pickWeighted(rng, reportedByWeight) {
	case 0:
		return graph.ReportedByBoth
	case 1:
		return graph.ReportedByFrom
	case 2:
		return graph.ReportedByTo
	case 3:
		return graph.ReportedByOther
	}
	return ""
}

func clamp(x, lo, hi int) int { return min(max(x, lo), hi) }
