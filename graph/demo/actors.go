package demo

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// node is what the generator keeps about an actor for offers and ties.
type node struct {
	leaf   int32   // index of the home leaf space
	group  int8    // index in DomainGroups
	kind   int8    // see kindClass
	broker bool    // planted broker
	wide   bool    // county-wide actor (broker or singleton)
	mask   uint32  // bit set of legal domains (see domainBits)
	weight float64 // tie propensity
	tpl    *actorTemplate
	// enter and leave are the indexes of the first and the last survey wave in which
	// the actor has ties (see lifetime).
	enter, leave int8
}

// slot says which template actor i of a network comes from.
type slot struct {
	tpl    *actorTemplate // nil: a local template chosen at random
	broker bool
}

// plan returns the slots of n actors: the brokers first, then the county-wide
// singletons, then local actors with a regional broker among every 1,000.
func plan(n int) []slot {
	out := make([]slot, n)
	fixed := len(brokerTemplates) + len(singletonTemplates)
	for i := range out {
		switch {
		case i < len(brokerTemplates):
			out[i] = slot{tpl: &brokerTemplates[i], broker: true}
		case i < fixed:
			out[i] = slot{tpl: &singletonTemplates[i-len(brokerTemplates)]}
		case (i-fixed)%1000 == 500:
			out[i] = slot{tpl: &regionalBrokerTemplates[((i-fixed)/1000)%len(regionalBrokerTemplates)], broker: true}
		}
	}
	return out
}

var streets = []string{
	"Hauptstraße", "Bahnhofstraße", "Am Markt", "Schulstraße", "Lindenallee", "Seestraße", "Kirchplatz",
	"Mühlenweg", "Gartenstraße", "Rosenweg", "Am Hafen", "Fischerstraße", "Dorfstraße", "Birkenweg",
	"Uferpromenade", "Wiesengrund", "Feldstraße", "Poststraße", "Am Sportplatz", "Lange Straße",
}

// buildActors creates n actors and their generator nodes.
func buildActors(rng *rand.Rand, l *layout, n int) ([]graph.Actor, []node) {
	domainBit := domainBits()
	// Local actors settle by population; the planted gap gets few of them: 15 % of
	// its share by population, at least three, on evenly spread local slots.
	w := make([]float64, len(l.leaves))
	var gaps []int
	var pop, gapPop float64
	for i, s := range l.leaves {
		pop += s.population
		if s.gap {
			gaps = append(gaps, i)
			gapPop += 0.15 * s.population
			continue
		}
		w[i] = s.population
	}
	leafCum := cumulative(w)
	slots := plan(n)
	nLocal := 0
	for _, s := range slots {
		if s.tpl == nil {
			nLocal++
		}
	}
	gapStep := 0
	if want := max(3, int(math.Round(float64(nLocal)*gapPop/pop))); len(gaps) > 0 && nLocal >= 2*want {
		gapStep = nLocal / want
	}
	tw := make([]float64, len(localTemplates))
	for i, t := range localTemplates {
		tw[i] = t.weight
	}
	tplCum := cumulative(tw)

	keys := keyList("seeland-akteur-", n, 4)
	actors := make([]graph.Actor, n)
	nodes := make([]node, n)
	ns := names{taken: make(map[string]bool, n), next: map[string]int{}}
	var sl slab
	local := 0
	for i, s := range slots {
		t, leaf, wide := s.tpl, 0, s.tpl != nil && !s.broker || i < len(brokerTemplates)
		var name string
		switch {
		case t == nil:
			if gapStep > 0 && local%gapStep == gapStep/2 {
				leaf = gaps[(local/gapStep)%len(gaps)]
			} else {
				leaf = pickWeighted(rng, leafCum)
			}
			local++
			// A town has one Heimatverein: draw again while a name with the town
			// is taken. Names without the town get it added below.
			for try := 0; ; try++ {
				t = &localTemplates[pickWeighted(rng, tplCum)]
				name = expand(rng, t.name, t.names, l.leaves[leaf])
				if !ns.taken[name] || !strings.Contains(t.name, "{ort}") || try == 20 {
					break
				}
			}
		case wide:
			leaf = t.home
		default: // regional broker
			leaf = pickWeighted(rng, leafCum)
			for l.leaves[leaf].gap {
				leaf = pickWeighted(rng, leafCum)
			}
		}
		sp := l.leaves[leaf]
		if name == "" {
			name = expand(rng, t.name, t.names, sp)
		}
		name = ns.unique(name, sp.place)
		a := &actors[i]
		a.Meta = meta(keys[i])
		a.Name = name
		a.ShortName = t.short
		a.Kind = t.kind
		a.LegalDomains = sl.copy(t.domains)
		a.Fields = sl.copy(t.fields)
		a.TargetGroups = sl.copy(t.targets)
		if wide {
			a.SocialSpaces = []string{sp.key, RootSpace}
		} else {
			a.SocialSpaces = []string{sp.key}
		}
		a.Address = graph.Address{
			Street:     streets[rng.IntN(len(streets))] + " " + strconv.Itoa(1+rng.IntN(60)),
			PostalCode: sp.postal, City: sp.town,
		}
		a.Location = l.pointIn(rng, sp)
		host := slug(name) + ".example"
		if !t.noWeb {
			a.Website = "https://www." + host
			a.Email = "info@" + host
		} else if rng.IntN(3) > 0 {
			a.Email = "kontakt@" + host
		}
		a.Phone = sp.phone + " " + strconv.Itoa(10000+rng.IntN(89999))
		a.Description = t.desc

		nd := &nodes[i]
		nd.leaf, nd.tpl, nd.broker, nd.wide = int32(leaf), t, s.broker, wide
		nd.group = int8(DomainGroup(t.domains[0]))
		nd.kind = kindClass(t.kind)
		for _, d := range t.domains {
			nd.mask |= domainBit[d]
		}
		// Heavy-tailed propensity: Pareto with tail index 1.6, capped, so that the
		// county-wide carriers (hub > 1) and not a lucky local club are the hubs.
		hub := t.hub
		if hub == 0 {
			hub = 1
		}
		pareto := math.Pow(1-rng.Float64(), -1/1.6)
		switch {
		case s.broker:
			pareto = 0.75 // brokers get most of their ties as brokers
		case wide:
			pareto = 2 + math.Min(pareto, 3)
		case sp.gap:
			pareto = 0.3 * math.Min(pareto, 2)
		default:
			pareto = math.Min(pareto, 3.5)
		}
		nd.weight = hub * pareto
		nd.enter, nd.leave = t.since, numWaves-1
		if s.tpl == nil {
			nd.enter, nd.leave = lifetime(rng)
		}
	}
	return actors, nodes
}

// Shares of local actors that take part in the surveys only from a later wave on
// (new actors) or only up to an earlier one (gone actors).
const (
	pEnter2 = 0.07 // first ties in the second wave
	pEnter3 = 0.06 // first ties in the third wave
	pLeave1 = 0.05 // last ties in the first wave
	pLeave2 = 0.04 // last ties in the second wave
)

// lifetime draws the first and the last wave (indexes) of a local actor.
func lifetime(rng *rand.Rand) (enter, leave int8) {
	switch r := rng.Float64(); {
	case r < pEnter2:
		return 1, numWaves - 1
	case r < pEnter2+pEnter3:
		return 2, numWaves - 1
	case r < pEnter2+pEnter3+pLeave1:
		return 0, 0
	case r < pEnter2+pEnter3+pLeave1+pLeave2:
		return 0, 1
	}
	return 0, numWaves - 1
}

// domainBits returns the bit of each legal domain in node.mask: 1 << its index in the
// default taxonomy.
func domainBits() map[string]uint32 {
	bits := map[string]uint32{}
	for i, t := range graph.DefaultTaxonomy().LegalDomains {
		bits[t.Code] = 1 << i
	}
	return bits
}

// expand fills the placeholders of a name template.
func expand(rng *rand.Rand, tpl string, names []string, sp spaceInfo) string {
	s := tpl
	// The random number is drawn only when the placeholder is there, so that the
	// demo stays the same for a seed; hence no unconditional Replace.
	//lint:ignore S1017 the condition guards the draw from rng
	if strings.Contains(s, "{name}") {
		s = strings.Replace(s, "{name}", names[rng.IntN(len(names))], 1)
	}
	//lint:ignore S1017 the condition guards the draw from rng
	if strings.Contains(s, "{jahr}") {
		s = strings.Replace(s, "{jahr}", strconv.Itoa(1880+rng.IntN(110)), 1)
	}
	s = strings.ReplaceAll(s, "{stadt}", sp.town)
	return strings.ReplaceAll(s, "{ort}", sp.place)
}

// names keeps actor names unique.
type names struct {
	taken map[string]bool
	next  map[string]int // the next number to try after a name
}

// unique returns name, or name with the town or a number added if it is taken, and
// marks the result as taken.
func (ns *names) unique(name, town string) string {
	if ns.taken[name] && !strings.Contains(name, town) {
		name += " " + town
	}
	if ns.taken[name] {
		k := max(ns.next[name], 2)
		for ns.taken[name+" "+strconv.Itoa(k)] {
			k++
		}
		ns.next[name] = k + 1
		name += " " + strconv.Itoa(k)
	}
	ns.taken[name] = true
	return name
}

// Kind classes of actors, for the kinds of their ties.
const (
	classService   int8 = iota // provider, association, self-help, school, housing, employer, clinic
	classCarrier               // benefit carrier or municipal department
	classAdvice                // counselling
	classCommittee             // committee
)

func kindClass(kind string) int8 {
	switch kind {
	case "benefit_carrier", "municipal":
		return classCarrier
	case "counselling":
		return classAdvice
	case "committee":
		return classCommittee
	}
	return classService
}
