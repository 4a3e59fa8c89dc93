package demo

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Options size a generated network.
type Options struct {
	// Seed selects the random choices: the same options give the same data.
	Seed int64
	// Actors is the number of actors.
	Actors int
	// Cooperations is the number of cooperations, at most Actors·(Actors−1)/2.
	Cooperations int
}

// County returns the options of the demo county "Landkreis Seeland": seed 1, 250
// actors and 1,300 cooperations over three survey waves.
func County() Options { return Options{Seed: 1, Actors: 250, Cooperations: 1300} }

// UnderSuppliedSpace is the external key of the planted under-supplied social space
// "Amt Moorbrück" in the demo county (County). Larger networks number their spaces
// with more digits; see Planted.
const UnderSuppliedSpace = "seeland-sozialraum-08"

// RootSpace is the external key of the county root ("Landkreis Seeland"). Offers for
// the whole county name it instead of every social space.
const RootSpace = "seeland-landkreis"

// The external keys of the three yearly survey waves, in time order.
const (
	Wave2024 = "seeland-welle-1" // "Erhebung Herbst 2024", 2024-10-15
	Wave2025 = "seeland-welle-2" // "Erhebung Herbst 2025", 2025-10-15
	Wave2026 = "seeland-welle-3" // "Erhebung Herbst 2026", 2026-10-15
	// LatestWave is the most recent survey wave.
	LatestWave = Wave2026
)

// numWaves is the number of survey waves.
const numWaves = 3

// waves describes the survey waves by index.
var waves = [numWaves]struct{ key, name, date, desc string }{
	{Wave2024, "Erhebung Herbst 2024", "2024-10-15", "Erste Netzwerkerhebung mit Online-Fragebogen an alle bekannten Akteure."},
	{Wave2025, "Erhebung Herbst 2025", "2025-10-15", "Wiederholungserhebung nach Gründung der Sozialraumkonferenz Seeburg und Uferland; neue Akteure wurden nachbefragt."},
	{Wave2026, "Erhebung Herbst 2026", "2026-10-15", "Dritte Erhebung; seit 2026 tagt auch die Sozialraumkonferenz Heide und Moor."},
}

// Brokers are the external keys of the planted brokers of the demo county (County):
// the Sozial- und Teilhabeplanung office, the Caritasverband and the EUTB. Larger
// networks have more; see Planted. Do not modify.
var Brokers = []string{"seeland-akteur-0001", "seeland-akteur-0002", "seeland-akteur-0003"}

// WeakDomainPairs are the planted pairs of legal domains (taxonomy codes) whose actors
// barely cooperate although they serve the same social spaces and target groups:
// SGB II ↔ SGB IX and sport ↔ SGB XI. No actor has both domains of a pair. Do not
// modify.
var WeakDomainPairs = [][2]string{{"sgb2", "sgb9"}, {"sport", "sgb11"}}

// DomainGroups are the planted clusters: groups of legal domains (taxonomy codes)
// whose actors mostly cooperate among themselves. An actor belongs to the group of its
// first legal domain (see ActorGroup). Do not modify.
var DomainGroups = [][]string{
	{"sgb2", "sgb3", "sgb6"},                          // work and basic income support
	{"sgb8", "school"},                                // children, youth and families
	{"sgb9", "sgb14"},                                 // participation of disabled people
	{"sgb11", "sgb5", "sgb7", "oegd"},                 // care and health
	{"sgb12", "asylblg", "housing"},                   // social assistance, migration, housing
	{"sport", "culture", "civil_society", "mobility"}, // community services
}

// DomainGroup returns the index in DomainGroups of the group holding the legal domain
// code, or −1 if none does.
func DomainGroup(domain string) int {
	for i, g := range DomainGroups {
		if slices.Contains(g, domain) {
			return i
		}
	}
	return -1
}

// ActorGroup returns the index in DomainGroups of the actor's cluster: the group of its
// first legal domain, or −1.
func ActorGroup(a *graph.Actor) int {
	if len(a.LegalDomains) == 0 {
		return -1
	}
	return DomainGroup(a.LegalDomains[0])
}

// Facts names the structure Generate plants for one set of options.
type Facts struct {
	// UnderSuppliedSpace is the external key of the social space with the fewest
	// offers per 1,000 inhabitants and needs above its supply.
	UnderSuppliedSpace string
	// Brokers are the external keys of the broker actors.
	Brokers []string
	// WeakDomainPairs are the pairs of legal domains that barely cooperate.
	WeakDomainPairs [][2]string
}

// Planted returns the planted structure of Generate(o). For County it holds
// UnderSuppliedSpace, Brokers and WeakDomainPairs.
func Planted(o Options) Facts {
	o = o.normalized()
	nl := leafCount(o.Actors)
	f := Facts{UnderSuppliedSpace: keyList("seeland-sozialraum-", nl, 2)[spMoorbrueck], WeakDomainPairs: slices.Clone(WeakDomainPairs)}
	keys := keyList("seeland-akteur-", o.Actors, 4)
	for i, p := range plan(o.Actors) {
		if p.broker {
			f.Brokers = append(f.Brokers, keys[i])
		}
	}
	return f
}

// Generate returns the fictional county for o as a batch: social spaces, three survey
// waves, actors, offers, needs, cooperations and measures. Every reference names an external
// key in the batch, and every ID equals its external key. The result depends only on
// o; see the package documentation for what it contains.
func Generate(o Options) *graph.Batch {
	o = o.normalized()
	seed := uint64(o.Seed)
	stream := func(n uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x5ee1a2d0+n)) }

	l, spaces := buildSpaces(stream(1), o.Actors)
	b := &graph.Batch{SocialSpaces: spaces}
	for _, w := range waves {
		b.Waves = append(b.Waves, graph.Wave{Meta: meta(w.key), Name: w.name, Date: w.date, Description: w.desc})
	}
	actors, nodes := buildActors(stream(2), l, o.Actors)
	b.Actors = actors
	b.Offers = buildOffers(stream(3), l, actors, nodes)
	listOffers(stream(9), b.Offers)
	b.Needs = buildNeeds(stream(4), l, spaces, b.Offers)
	b.Cooperations = buildCooperations(stream(5), l, actors, nodes, o.Cooperations)
	b.Measures = buildMeasures(b, l.leaves[spMoorbrueck].key)
	return b
}

// normalized clamps o to what can be generated.
func (o Options) normalized() Options {
	o.Actors = max(o.Actors, 0)
	o.Cooperations = min(max(o.Cooperations, 0), o.Actors*(o.Actors-1)/2)
	if o.Actors < 2 {
		o.Cooperations = 0
	}
	return o
}

func meta(key string) graph.Meta { return graph.Meta{ID: key, ExternalKey: key} }

// keyList returns n keys prefix + number (from 1, zero-padded to at least width
// digits). The keys share one backing string.
func keyList(prefix string, n, width int) []string {
	width = max(width, digits(n))
	size := len(prefix) + width
	var buf strings.Builder
	buf.Grow(n * size)
	var num []byte
	for i := range n {
		buf.WriteString(prefix)
		num = strconv.AppendInt(num[:0], int64(i+1), 10)
		for range width - len(num) {
			buf.WriteByte('0')
		}
		buf.Write(num)
	}
	all := buf.String()
	out := make([]string, n)
	for i := range out {
		out[i] = all[i*size : (i+1)*size]
	}
	return out
}

// slab hands out string slices from shared backing arrays, to save allocations. Each
// slice has its own elements and a capacity equal to its length.
type slab struct{ buf []string }

func (s *slab) alloc(n int) []string {
	if len(s.buf) < n {
		s.buf = make([]string, max(n, 4096))
	}
	out := s.buf[:n:n]
	s.buf = s.buf[n:]
	return out
}

func (s *slab) copy(src []string) []string {
	out := s.alloc(len(src))
	copy(out, src)
	return out
}

// slug turns a name into a lower-case ASCII host label for example addresses.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		var rep string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			rep = string(r)
		case r == 'ä':
			rep = "ae"
		case r == 'ö':
			rep = "oe"
		case r == 'ü':
			rep = "ue"
		case r == 'ß':
			rep = "ss"
		default:
			if b.Len() > 0 {
				dash = true
			}
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(rep)
		if b.Len() >= 40 {
			break
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// pickWeighted returns an index drawn with probability proportional to cum's steps;
// cum holds running sums of the weights.
func pickWeighted(rng *rand.Rand, cum []float64) int {
	x := rng.Float64() * cum[len(cum)-1]
	lo, hi := 0, len(cum)-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cum[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// cumulative returns the running sums of w.
func cumulative(w []float64) []float64 {
	out := make([]float64, len(w))
	sum := 0.0
	for i, x := range w {
		sum += x
		out[i] = sum
	}
	return out
}
