package demo

import (
	"math/rand/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Tie model. Each unordered pair of actors is tied at most once; a tie is recorded in
// wave 1 only (ended), in wave 2 only (new) or in both, so each tie yields one or two
// cooperations and PairKeys never repeat.
const (
	pBroker   = 0.12 // share of ties that start at a broker
	pInGroup  = 0.85 // share of other ties that stay within the domain group
	pLocal    = 0.5  // share of partners drawn from the same planning area
	pWeakKeep = 0.02 // chance that a tie between a weak domain pair is kept
	pOnly1    = 0.15 // tie recorded in wave 1 only
	pOnly2    = 0.30 // tie recorded in wave 2 only
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

// buildCooperations draws exactly m cooperations (m ≤ n·(n−1)/2).
func buildCooperations(rng *rand.Rand, l *layout, actors []graph.Actor, nodes []node, m int) []graph.Cooperation {
	if m == 0 {
		return nil
	}
	n := len(nodes)
	nAreas := len(l.areaKeys)
	all := make([]int32, n)
	var groupIdx [numGroups][]int32
	local := make([][]int32, numGroups*nAreas)
	var brokers []int32
	for i := range nodes {
		nd := &nodes[i]
		all[i] = int32(i)
		groupIdx[nd.group] = append(groupIdx[nd.group], int32(i))
		k := int(nd.group)*nAreas + l.leaves[nd.leaf].area
		local[k] = append(local[k], int32(i))
		if nd.broker {
			brokers = append(brokers, int32(i))
		}
	}
	global := newSampler(nodes, all)
	var groups [numGroups]sampler
	for g := range groups {
		groups[g] = newSampler(nodes, groupIdx[g])
	}
	locals := make([]sampler, len(local))
	for k := range local {
		locals[k] = newSampler(nodes, local[k])
	}
	var affinity [numGroups][]float64
	for g := range affinity {
		w := append([]float64(nil), groupAffinity[g][:]...)
		for h := range w {
			if !groups[h].ok() {
				w[h] = 0
			}
		}
		affinity[g] = cumulative(w)
	}
	var weak [][2]uint32
	bit := domainBits()
	for _, p := range WeakDomainPairs {
		weak = append(weak, [2]uint32{bit[p[0]], bit[p[1]]})
	}
	isWeak := func(a, b int32) bool {
		ma, mb := nodes[a].mask, nodes[b].mask
		for _, p := range weak {
			if ma&p[0] != 0 && mb&p[1] != 0 || ma&p[1] != 0 && mb&p[0] != 0 {
				return true
			}
		}
		return false
	}
	partnerIn := func(g int, area int) int32 {
		if s := &locals[g*nAreas+area]; len(s.idx) > 1 && rng.Float64() < pLocal {
			return s.pick(rng)
		}
		return groups[g].pick(rng)
	}
	otherGroup := func(g int) int {
		if affinity[g][len(affinity[g])-1] == 0 {
			return g
		}
		return pickWeighted(rng, affinity[g])
	}

	seen := make(map[uint64]struct{}, m*2/3+16)
	keys := keyList("seeland-kooperation-", m, 4)
	out := make([]graph.Cooperation, 0, m)
	var sl slab
	fails, brokerTurn := 0, 0
	for len(out) < m {
		var a, b int32
		broker := false
		switch {
		case fails > 200:
			// A crowded corner: fall back to uniform pairs.
			a, b = int32(rng.IntN(n)), int32(rng.IntN(n))
		case len(brokers) > 0 && rng.Float64() < pBroker:
			broker = true
			// Brokers take turns, and each turns to the other groups in turn, so
			// that even a small county shows them bridging every group.
			a = brokers[brokerTurn%len(brokers)]
			g := int(nodes[a].group)
			if rng.Float64() < 0.85 {
				g = (g + 1 + (brokerTurn/len(brokers))%(numGroups-1)) % numGroups
			}
			brokerTurn++
			if !groups[g].ok() {
				g = int(nodes[a].group)
			}
			if nodes[a].wide {
				b = groups[g].pick(rng)
			} else {
				b = partnerIn(g, l.leaves[nodes[a].leaf].area)
			}
		default:
			a = global.pick(rng)
			g := int(nodes[a].group)
			if rng.Float64() >= pInGroup {
				g = otherGroup(g)
			}
			b = partnerIn(g, l.leaves[nodes[a].leaf].area)
		}
		if a == b || (isWeak(a, b) && fails <= 1000 && rng.Float64() >= pWeakKeep) {
			fails++
			continue
		}
		lo, hi := min(a, b), max(a, b)
		pk := uint64(lo)<<32 | uint64(hi)
		if _, dup := seen[pk]; dup {
			fails++
			continue
		}
		seen[pk] = struct{}{}
		fails = 0

		out = out[:len(out)+1]
		c := &out[len(out)-1]
		drawTie(rng, c, &sl, actors, nodes, a, b, broker)
		r := rng.Float64()
		switch {
		case r < pOnly1 || len(out) == m && r >= pOnly1+pOnly2:
			c.WaveID, c.Source = WaveSpring2025, waveNames[0]
			if rng.IntN(3) == 0 {
				c.ValidUntil = "2025-12-31"
			}
		case r < pOnly1+pOnly2:
			c.WaveID, c.Source = WaveAutumn2026, waveNames[1]
			if c.ValidFrom != "" && rng.IntN(2) == 0 {
				c.ValidFrom = "2026-01-01"
			}
		default:
			c.WaveID, c.Source = WaveSpring2025, waveNames[0]
			out = out[:len(out)+1]
			c2 := &out[len(out)-1]
			*c2 = *c
			c2.WaveID, c2.Source = WaveAutumn2026, waveNames[1]
			c2.Kinds = sl.copy(c.Kinds)
			if rng.Float64() < 0.3 {
				c2.Intensity = clamp(c.Intensity+2*rng.IntN(2)-1, 1, 4)
			}
			if c2.Trust > 0 && rng.Float64() < 0.3 {
				c2.Trust = clamp(c2.Trust+2*rng.IntN(2)-1, 1, 4)
			}
			c2.ReportedBy = reportedBy(rng)
		}
	}
	for i := range out {
		out[i].Meta = meta(keys[i])
	}
	return out
}

var (
	mutualKinds      = []string{"information", "joint_project", "committee", "contract", "shared_resources"}
	mutualKindWeight = cumulative([]float64{45, 22, 12, 11, 10})
	validFroms       = []string{"2015-01-01", "2017-07-01", "2019-01-01", "2020-03-01", "2021-01-01", "2022-07-01", "2023-01-01", "2024-01-01", "2024-09-01", "2025-01-01"}
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
