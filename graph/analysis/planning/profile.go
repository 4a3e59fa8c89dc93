package planning

import (
	"math/bits"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// bitset is a set of small non-negative integers, one bit each.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i int)      { b[i>>6] |= 1 << (i & 63) }
func (b bitset) has(i int) bool { return i>>6 < len(b) && b[i>>6]&(1<<(i&63)) != 0 }
func (b bitset) or(c bitset) {
	for i := range c {
		b[i] |= c[i]
	}
}

// count returns the number of elements.
func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// common returns the number of elements of both a and b.
func common(a, b bitset) int {
	n := 0
	for i := range min(len(a), len(b)) {
		n += bits.OnesCount64(a[i] & b[i])
	}
	return n
}

// members returns the elements in increasing order.
func (b bitset) members() []int32 {
	var out []int32
	for i, w := range b {
		for w != 0 {
			out = append(out, int32(i*64+bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
	return out
}

// bitsets interns bitsets, keyed by a hash of their words: equal sets share one
// slice. A county has thousands of social spaces, so a set of spaces takes hundreds
// of bytes, while most actors and offers serve one of a few thousand distinct sets;
// sharing them keeps the profiles of a federal state's network small. Only sets that
// are never changed again may be interned.
type bitsets map[uint64][]bitset

// intern returns the kept set equal to b, or keeps a copy of b (so b may be a
// scratch set, used again).
func (in bitsets) intern(b bitset) bitset {
	h := uint64(len(b))
	for _, w := range b {
		h = (h ^ w) * 0x9e3779b97f4a7c15
		h ^= h >> 29
	}
	for _, c := range in[h] {
		if slices.Equal(b, c) {
			return c
		}
	}
	c := slices.Clone(b)
	in[h] = append(in[h], c)
	return c
}

// codebook numbers the codes of one taxonomy list: the taxonomy's codes first, in its
// order, then codes found in the data but missing from the taxonomy.
type codebook struct {
	codes  []string
	labels []string
	index  map[string]int
}

func newCodebook(terms []graph.Term) *codebook {
	c := &codebook{index: make(map[string]int, len(terms))}
	for _, t := range terms {
		c.add(t.Code, t.Label)
	}
	return c
}

func (c *codebook) add(code, label string) int {
	if i, ok := c.index[code]; ok {
		return i
	}
	if code == "" {
		label = graph.UnassignedLabel // an actor without a kind or legal domain
	}
	c.index[code] = len(c.codes)
	c.codes = append(c.codes, code)
	c.labels = append(c.labels, label)
	return len(c.codes) - 1
}

// setOf returns the set of codes, adding unknown ones to the codebook.
func (c *codebook) setOf(dst bitset, codes []string) bitset {
	for _, code := range codes {
		i := c.add(code, code)
		for i>>6 >= len(dst) {
			dst = append(dst, 0)
		}
		dst.set(i)
	}
	return dst
}

// names returns the labels of the set's codes, in codebook order.
func (c *codebook) names(b bitset) []string {
	var out []string
	for _, i := range b.members() {
		out = append(out, c.labels[i])
	}
	return out
}

// codesOf returns the set's codes, in codebook order.
func (c *codebook) codesOf(b bitset) []string {
	var out []string
	for _, i := range b.members() {
		out = append(out, c.codes[i])
	}
	return out
}

// Profiles holds what the planning analyses know about the actors of one snapshot,
// indexed like the nodes of FromNetwork: legal domains, fields and target groups (the
// actor's own and those of its offers), the social spaces it serves and its offers.
//
// Social spaces count down the hierarchy, as graph.Within defines it: an actor or an
// offer that names the county root serves every social space within the county, one
// that names a planning area every space within that area.
type Profiles struct {
	// Actors are the snapshot's actors, in node order.
	Actors []graph.Actor
	// Spaces are the snapshot's social spaces.
	Spaces []graph.SocialSpace

	domains, fields, targets, kinds *codebook
	spaceIndex                      map[string]int
	parent                          []int32 // index of the parent space, −1 for none

	domain, field, target []bitset // per actor
	kind                  []int32  // per actor, index in kinds
	// served are the spaces the actor or one of its offers names, and all spaces
	// within them; home only the actor's own SocialSpaces, unexpanded.
	// The sets of spaces are interned (see bitsets) and never changed.
	served []bitset
	home   [][]int32
	offers [][]offerProfile // per actor
}

// offerProfile is what the planning analyses use of one offer.
type offerProfile struct {
	name           string
	capacity       float64
	field, target  bitset
	served         bitset
	noTargetGroups bool
}

// NewProfiles returns the profiles of the network's actors. Codes missing from the
// taxonomy keep their code as label; references to unknown social spaces are left
// out. It takes O(S² + n·S/64 + o) time for S social spaces, n actors and o offers.
func NewProfiles(net *graph.Network) *Profiles {
	tax := net.Taxonomy
	if tax == nil {
		tax = graph.DefaultTaxonomy()
	}
	p := &Profiles{Actors: net.Actors, Spaces: net.SocialSpaces,
		domains: newCodebook(tax.LegalDomains), fields: newCodebook(tax.Fields),
		targets: newCodebook(tax.TargetGroups), kinds: newCodebook(tax.ActorKinds),
		spaceIndex: make(map[string]int, len(net.SocialSpaces))}
	for i, s := range net.SocialSpaces {
		p.spaceIndex[s.ID] = i
	}
	p.parent = make([]int32, len(net.SocialSpaces))
	for i, s := range net.SocialSpaces {
		p.parent[i] = -1
		if j, ok := p.spaceIndex[s.ParentID]; ok {
			p.parent[i] = int32(j)
		}
	}
	within := map[string]bitset{}
	shared, scratch := bitsets{}, newBitset(len(p.Spaces))
	// addSpaces adds the spaces that ids name, and all spaces within them, to scratch.
	addSpaces := func(ids []string) {
		for _, id := range ids {
			w, ok := within[id]
			if !ok {
				if s, known := p.spaceIndex[id]; known {
					w = p.within(s)
				}
				within[id] = w
			}
			scratch.or(w)
		}
	}
	n := len(net.Actors)
	index := make(map[string]int, n)
	for i := range net.Actors {
		index[net.Actors[i].ID] = i
	}
	p.domain, p.field, p.target = make([]bitset, n), make([]bitset, n), make([]bitset, n)
	p.kind, p.served, p.home = make([]int32, n), make([]bitset, n), make([][]int32, n)
	p.offers = make([][]offerProfile, n)
	for i := range net.Actors {
		a := &net.Actors[i]
		p.domain[i] = p.domains.setOf(nil, a.DomainsOrUnassigned())
		p.field[i] = p.fields.setOf(nil, a.Fields)
		p.target[i] = p.targets.setOf(nil, a.TargetGroups)
		p.kind[i] = int32(p.kinds.add(a.Kind, a.Kind))
		for _, id := range a.SocialSpaces {
			if s, ok := p.spaceIndex[id]; ok {
				p.home[i] = append(p.home[i], int32(s))
			}
		}
	}
	for k := range net.Offers {
		o := &net.Offers[k]
		i, ok := index[o.ActorID]
		if !ok {
			continue
		}
		clear(scratch)
		addSpaces(o.SocialSpaces)
		op := offerProfile{name: o.Name, capacity: o.Capacity, noTargetGroups: len(o.TargetGroups) == 0,
			field: p.fields.setOf(nil, o.Fields), target: p.targets.setOf(nil, o.TargetGroups),
			served: shared.intern(scratch)}
		p.offers[i] = append(p.offers[i], op)
		p.field[i] = p.fields.setOf(p.field[i], o.Fields)
		p.target[i] = p.targets.setOf(p.target[i], o.TargetGroups)
	}
	for i := range net.Actors {
		clear(scratch)
		addSpaces(net.Actors[i].SocialSpaces)
		for _, op := range p.offers[i] {
			scratch.or(op.served)
		}
		p.served[i] = shared.intern(scratch)
	}
	// Register the needs' codes too, so that the gap analysis, which reads the
	// profiles cached for a revision from several requests at once, never adds to
	// the codebooks, even should a need name a code outside the taxonomy.
	for i := range net.Needs {
		n := &net.Needs[i]
		p.fields.add(n.Field, n.Field)
		if n.TargetGroup != "" {
			p.targets.add(n.TargetGroup, n.TargetGroup)
		}
	}
	return p
}

// N returns the number of actors.
func (p *Profiles) N() int { return len(p.Actors) }

// crossDomain reports whether actors u and v have no legal domain in common and each
// has at least one: a tie between them would couple different legal domains.
func (p *Profiles) crossDomain(u, v int) bool {
	du, dv := p.domain[u], p.domain[v]
	return du.count() > 0 && dv.count() > 0 && common(du, dv) == 0
}

// topmost returns the spaces of b whose parent is not in b: the largest units that
// cover b, by index.
func (p *Profiles) topmost(b bitset) []int32 {
	var out []int32
	for _, s := range b.members() {
		if par := p.parent[s]; par < 0 || !b.has(int(par)) {
			out = append(out, s)
		}
	}
	return out
}

// spaceNames returns the names of the spaces with the given indices.
func (p *Profiles) spaceNames(idx []int32) []string {
	out := make([]string, len(idx))
	for i, s := range idx {
		out[i] = p.Spaces[s].Name
	}
	return out
}

// within returns the set of space s and the spaces below it.
func (p *Profiles) within(s int) bitset {
	b := newBitset(len(p.Spaces))
	for c := range p.Spaces {
		if p.isWithin(c, s) {
			b.set(c)
		}
	}
	return b
}

// serving returns, for every social space s, the actors that serve s or a space
// within it, in node order. An actor's served set is closed downwards, so it serves
// a space within s exactly if s is in the set or above one of its topmost spaces.
// O(n·S/64 + Σ|result|) time, where testing every actor against every space took
// O(S·n·S/64).
func (p *Profiles) serving() [][]int {
	out := make([][]int, len(p.Spaces))
	// The sets are interned (see bitsets), so most actors share one with others:
	// list each set's spaces, and the spaces above them, once.
	lists := map[*uint64][]int32{}
	last := make([]int, len(p.Spaces)) // the number of the last set listed
	for v, b := range p.served {
		if len(b) == 0 {
			continue
		}
		list, ok := lists[&b[0]]
		if !ok {
			id := len(lists) + 1
			for _, s := range b.members() {
				list = append(list, s)
				for x := p.parent[s]; x >= 0 && !b.has(int(x)) && last[x] != id; x = p.parent[x] {
					list = append(list, x)
					last[x] = id
				}
			}
			lists[&b[0]] = list
		}
		for _, s := range list {
			out[s] = append(out[s], v)
		}
	}
	return out
}

// servingSpace returns the actors that serve space s or a space within it, in node
// order: serving's list for s alone, in O(S + n·S/64) time.
func (p *Profiles) servingSpace(s int) []int {
	in := p.within(s)
	var out []int
	for v, b := range p.served {
		if common(b, in) > 0 {
			out = append(out, v)
		}
	}
	return out
}

// local reports whether one of actor v's own social spaces lies within space s.
func (p *Profiles) local(v, s int) bool {
	return slices.ContainsFunc(p.home[v], func(c int32) bool { return p.isWithin(int(c), s) })
}

// leaves returns the indices of the social spaces that contain no other space.
func (p *Profiles) leaves() []int {
	inner := make([]bool, len(p.Spaces))
	for _, par := range p.parent {
		if par >= 0 {
			inner[par] = true
		}
	}
	var out []int
	for s := range p.Spaces {
		if !inner[s] {
			out = append(out, s)
		}
	}
	return out
}
