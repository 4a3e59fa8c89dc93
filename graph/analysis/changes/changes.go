package changes

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// PotentialsTop is how many of T1's best coupling potentials are checked at T2.
const PotentialsTop = 50

// Movers is the most risers and fallers a Report lists.
const Movers = 10

// Side is one state as Compare needs it.
type Side struct {
	// Net is the network of the state (graph.Network.At), with its State set.
	Net *graph.Network
	// Graph is Net's mutual graph (metrics.FromNetwork(Net, false)), Betweenness
	// its normalised betweenness per node (nil if not computed: then movers are
	// ranked by degree alone and the report says so) and Clustering its local
	// clustering per node.
	Graph       *metrics.Graph
	Betweenness []float64
	Clustering  []float64
	// Coupling is the legal domain coupling matrix of Net (planning.DomainCoupling).
	Coupling planning.CouplingMatrix
	// Potentials are Net's best coupling potentials (used for T1 only).
	Potentials []planning.Potential
}

// Report is the comparison of two states.
type Report struct {
	From graph.StateInfo `json:"from"`
	To   graph.StateInfo `json:"to"`
	// Summary says in German sentences what changed most.
	Summary            []string        `json:"summary"`
	Ties               TieChanges      `json:"ties"`
	Actors             ActorChanges    `json:"actors"`
	Network            NetworkChanges  `json:"network"`
	Coupling           CouplingChanges `json:"coupling"`
	Risers             []Mover         `json:"risers"`
	Fallers            []Mover         `json:"fallers"`
	PotentialsRealised Realised        `json:"potentials_realised"`
	// Notes say in German where the comparison falls short.
	Notes []string `json:"notes"`

	// ties are the lists of changed ties, made into Ties on demand (TiePage): a
	// federal state's lists hold hundreds of thousands, seldom read whole. ids
	// names their actors, tax their kinds, and label the state of T2.
	ties  map[TieList][]tieChange
	ids   *actorIDs
	tax   *graph.Taxonomy
	label string
}

// TieList names a list of changed ties of a Report.
type TieList string

// The lists of changed ties.
const (
	NewTies     TieList = "new"
	LapsedTies  TieList = "lapsed"
	ChangedTies TieList = "changed"
)

// TieChanges counts the ties that are new, lapsed and changed, and lists the first
// of them (Report.Cut; a Report of Compare lists none, see Report.TiePage). Each list
// is in order of weight (the intensity of a new or lapsed tie, the change of
// intensity of a changed one), then of the names of the two actors.
type TieChanges struct {
	New          []Tie `json:"new"`
	Lapsed       []Tie `json:"lapsed"`
	Changed      []Tie `json:"changed"`
	NewCount     int   `json:"new_count"`
	LapsedCount  int   `json:"lapsed_count"`
	ChangedCount int   `json:"changed_count"`
}

// Tie is one pair of actors whose tie changed. Kinds and intensity before are empty
// and 0 for a new tie, after for a lapsed one.
type Tie struct {
	From            string   `json:"from"`
	To              string   `json:"to"`
	FromName        string   `json:"from_name"`
	ToName          string   `json:"to_name"`
	KindsBefore     []string `json:"kinds_before"`
	KindsAfter      []string `json:"kinds_after"`
	IntensityBefore int      `json:"intensity_before"`
	IntensityAfter  int      `json:"intensity_after"`
	Sentence        string   `json:"sentence"`
}

// ActorChanges lists the actors that are new (not part of T1) and gone (with ties at
// T1 and none at T2), each list by name. The counts are the lengths of the whole
// lists, which Report.Cut shortens.
type ActorChanges struct {
	New       []ActorChange `json:"new"`
	Gone      []ActorChange `json:"gone"`
	NewCount  int           `json:"new_count"`
	GoneCount int           `json:"gone_count"`
}

// ActorChange is one actor that is new or gone.
type ActorChange struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Sentence string `json:"sentence"`
}

// NetworkChanges holds the network figures at T1 and T2, and their difference.
type NetworkChanges struct {
	From  Figures `json:"from"`
	To    Figures `json:"to"`
	Delta Figures `json:"delta"`
}

// Figures are the figures of the mutual network of one state, or their difference
// (T2 − T1) in Delta. Sentences say them in German.
type Figures struct {
	Actors     int     `json:"actors"`
	Ties       int     `json:"ties"`
	Density    float64 `json:"density"`
	Components int     `json:"components"`
	// MeanDegree is the mean number of ties per actor, 2·ties/actors.
	MeanDegree float64 `json:"mean_degree"`
	// Clustering is the mean local clustering (networkx average_clustering).
	Clustering float64  `json:"clustering"`
	Sentences  []string `json:"sentences"`
}

// CouplingChanges holds the legal domain coupling matrix at T1 and T2 and the cells
// that crossed the line of weak coupling.
type CouplingChanges struct {
	From    planning.CouplingMatrix `json:"from"`
	To      planning.CouplingMatrix `json:"to"`
	Crossed []Crossed               `json:"crossed"`
}

// Crossed is a pair of legal domains that became weakly coupled ("weak") or stopped
// being so ("not_weak").
type Crossed struct {
	Row      string `json:"row"`
	Col      string `json:"col"`
	Became   string `json:"became"` // "weak" or "not_weak"
	Sentence string `json:"sentence"`
}

// Mover is an actor whose degree or betweenness changed.
type Mover struct {
	ID                string  `json:"id"`
	Name              string  `json:"name"`
	DegreeBefore      int     `json:"degree_before"`
	DegreeAfter       int     `json:"degree_after"`
	BetweennessBefore float64 `json:"betweenness_before"`
	BetweennessAfter  float64 `json:"betweenness_after"`
	Sentence          string  `json:"sentence"`
}

// Realised evaluates T1's top coupling potentials at T2.
type Realised struct {
	// Top is the number of potentials checked (at most PotentialsTop).
	Top int `json:"top"`
	// Realised counts the pairs that have a tie at T2.
	Realised int `json:"realised"`
	// HitRate is Realised/Top (0 without potentials); ExpectedRate the share of
	// untied pairs of T1 that are tied at T2 (see the package documentation).
	HitRate      float64        `json:"hit_rate"`
	ExpectedRate float64        `json:"expected_rate"`
	Pairs        []RealisedPair `json:"pairs"`
	Sentence     string         `json:"sentence"`
}

// RealisedPair is one of T1's potentials and whether it was realised.
type RealisedPair struct {
	A        string  `json:"a"`
	B        string  `json:"b"`
	AName    string  `json:"a_name"`
	BName    string  `json:"b_name"`
	Score    float64 `json:"score"`
	Realised bool    `json:"realised"`
	Sentence string  `json:"sentence"`
}

// pair is an unordered pair of codes (legal domains), a < b.
type pair struct{ a, b string }

// actorIDs numbers the actors of both states in the order of their IDs, so that
// the comparison keys its ties and actors by numbers.
type actorIDs struct {
	// num holds each ID's number in the order the IDs were first met; rank maps
	// it to the number in the order of the IDs.
	num  map[string]int32
	rank []int32
	id   []string
	// name is each actor's name, nameRank its place among the distinct names in
	// order (equal names share it).
	name     []string
	nameRank []int32
}

// numberOf returns the number of an actor ID, and whether either state names it.
func (x *actorIDs) numberOf(id string) (int32, bool) {
	v, ok := x.num[id]
	if !ok {
		return 0, false
	}
	return x.rank[v], true
}

// numberActors numbers the actors of both states and returns, for each state, the
// ends of its cooperations as numbers in the order the IDs were first met (to be
// mapped by rank). Every ID is looked up once per occurrence.
func numberActors(nets ...*graph.Network) (*actorIDs, [][][2]int32) {
	size := 0
	for _, n := range nets {
		size = max(size, len(n.Actors))
	}
	x := &actorIDs{num: make(map[string]int32, size)}
	number := func(id string) int32 {
		v, ok := x.num[id]
		if !ok {
			v = int32(len(x.id))
			x.num[id] = v
			x.id = append(x.id, id)
		}
		return v
	}
	ends := make([][][2]int32, len(nets))
	for k, n := range nets {
		for i := range n.Actors {
			number(n.Actors[i].ID)
		}
		ends[k] = make([][2]int32, len(n.Cooperations))
		for i := range n.Cooperations {
			ends[k][i] = [2]int32{number(n.Cooperations[i].From), number(n.Cooperations[i].To)}
		}
	}
	byID := make([]int32, len(x.id))
	for v := range byID {
		byID[v] = int32(v)
	}
	slices.SortFunc(byID, func(a, b int32) int { return cmp.Compare(x.id[a], x.id[b]) })
	x.rank = make([]int32, len(x.id))
	sorted := make([]string, len(x.id))
	for r, v := range byID {
		x.rank[v] = int32(r)
		sorted[r] = x.id[v]
	}
	x.id = sorted
	x.name = make([]string, len(x.id))
	for _, n := range nets {
		for i := range n.Actors {
			v, _ := x.numberOf(n.Actors[i].ID)
			x.name[v] = n.Actors[i].Name
		}
	}
	byName := make([]int32, len(x.id))
	for v := range byName {
		byName[v] = int32(v)
	}
	slices.SortFunc(byName, func(a, b int32) int { return cmp.Compare(x.name[a], x.name[b]) })
	x.nameRank = make([]int32, len(x.id))
	for i, v := range byName {
		if i > 0 && x.name[v] != x.name[byName[i-1]] {
			x.nameRank[v] = x.nameRank[byName[i-1]] + 1
		} else if i > 0 {
			x.nameRank[v] = x.nameRank[byName[i-1]]
		}
	}
	return x, ends
}

// pairOf returns the pair of two actors as one number, the smaller first.
func pairOf(a, b int32) uint64 {
	return uint64(uint32(min(a, b)))<<32 | uint64(uint32(max(a, b)))
}

// ends returns the two actors of a pair.
func ends(p uint64) (int32, int32) { return int32(p >> 32), int32(uint32(p)) }

// side is a Side with its ties and actors indexed by number.
type side struct {
	*Side
	// pairs are the pairs of actors with a tie, in order, and ties their ties (the
	// last cooperation of a pair if several name it).
	pairs []uint64
	ties  []*graph.Cooperation
	// actor is each actor of the state by number (nil if not part of it), actors
	// their count; node is each actor's node in Graph (-1 if none).
	actor  []*graph.Actor
	actors int
	node   []int32
	label  string
}

func index(s *Side, ids *actorIDs, ends [][2]int32) *side {
	type tie struct {
		pair uint64
		i    int32
	}
	ts := make([]tie, len(ends))
	for i, e := range ends {
		ts[i] = tie{pairOf(ids.rank[e[0]], ids.rank[e[1]]), int32(i)}
	}
	slices.SortFunc(ts, func(a, b tie) int { return cmp.Or(cmp.Compare(a.pair, b.pair), cmp.Compare(a.i, b.i)) })
	x := &side{Side: s, pairs: make([]uint64, 0, len(ts)), ties: make([]*graph.Cooperation, 0, len(ts)),
		actor: make([]*graph.Actor, len(ids.id)), node: make([]int32, len(ids.id))}
	for k, t := range ts {
		if k+1 < len(ts) && ts[k+1].pair == t.pair {
			continue
		}
		x.pairs = append(x.pairs, t.pair)
		x.ties = append(x.ties, &s.Net.Cooperations[t.i])
	}
	for i := range s.Net.Actors {
		v, _ := ids.numberOf(s.Net.Actors[i].ID)
		if x.actor[v] == nil {
			x.actors++
		}
		x.actor[v] = &s.Net.Actors[i]
	}
	for v := range x.node {
		x.node[v] = -1
	}
	for i := range s.Graph.N() {
		if v, ok := ids.numberOf(s.Graph.ID(i)); ok {
			x.node[v] = int32(i)
		}
	}
	if s.Net.State != nil {
		x.label = s.Net.State.Label
	}
	return x
}

// tie returns the tie of a pair, nil if there is none.
func (s *side) tie(p uint64) *graph.Cooperation {
	if i, ok := slices.BinarySearch(s.pairs, p); ok {
		return s.ties[i]
	}
	return nil
}

// join calls f for each pair with a tie in t1 or t2, in order, with its tie
// before and after (nil where there is none).
func join(t1, t2 *side, f func(p uint64, before, after *graph.Cooperation)) {
	i, j := 0, 0
	for i < len(t1.pairs) || j < len(t2.pairs) {
		switch {
		case j == len(t2.pairs) || i < len(t1.pairs) && t1.pairs[i] < t2.pairs[j]:
			f(t1.pairs[i], t1.ties[i], nil)
			i++
		case i == len(t1.pairs) || t2.pairs[j] < t1.pairs[i]:
			f(t2.pairs[j], nil, t2.ties[j])
			j++
		default:
			f(t1.pairs[i], t1.ties[i], t2.ties[j])
			i, j = i+1, j+1
		}
	}
}

// Compare returns what changed from the state of from (T1) to that of to (T2). The
// taxonomy of to names the kinds of cooperation and the legal domains. It does not
// check that T1 comes before T2; the caller decides what a comparison may be.
func Compare(from, to *Side) *Report {
	ids, ends := numberActors(from.Net, to.Net)
	var t1, t2 *side
	all(func() { t1 = index(from, ids, ends[0]) }, func() { t2 = index(to, ids, ends[1]) })
	r := &Report{Notes: []string{}}
	if from.Net.State != nil {
		r.From = *from.Net.State
	}
	if to.Net.State != nil {
		r.To = *to.Net.State
	}
	r.ids, r.tax, r.label = ids, to.Net.Taxonomy, t2.label
	all(func() { r.ties = compareTies(t1, t2, ids) }, func() {
		r.Actors = compareActors(t1, t2, ids)
		r.Network = compareFigures(t1, t2)
		r.Coupling = compareCoupling(t1, t2)
		r.Risers, r.Fallers = movers(t1, t2, ids)
		r.PotentialsRealised = realised(t1, t2, ids)
	})
	ids.num = nil // looked up no more; the ties keep the IDs and names
	r.Ties = TieChanges{New: []Tie{}, Lapsed: []Tie{}, Changed: []Tie{},
		NewCount: len(r.ties[NewTies]), LapsedCount: len(r.ties[LapsedTies]), ChangedCount: len(r.ties[ChangedTies])}
	r.Actors.NewCount, r.Actors.GoneCount = len(r.Actors.New), len(r.Actors.Gone)
	r.Summary = summary(r)
	if from.Betweenness == nil || to.Betweenness == nil {
		r.Notes = append(r.Notes, "Die Vermittlungsposition (Betweenness) wird bei so großen Netzen nicht verglichen: "+
			"Eine Schätzung wäre ungenauer als die meisten Werte. Auf- und Absteiger sind nach der Zahl ihrer Kooperationen geordnet.")
	}
	return r
}

// Cut returns a copy of r whose lists of ties and of actors hold their first limit
// entries (the ties made by TiePage); the counts give their whole lengths.
func (r *Report) Cut(limit int) *Report {
	c := *r
	c.Ties.New, c.Ties.Lapsed, c.Ties.Changed = r.TiePage(NewTies, 0, limit), r.TiePage(LapsedTies, 0, limit), r.TiePage(ChangedTies, 0, limit)
	c.Actors.New, c.Actors.Gone = first(r.Actors.New, limit), first(r.Actors.Gone, limit)
	return &c
}

// TiePage returns the entries offset to offset+limit of the list l of ties (fewer at
// its end, none past it), each with its sorted kinds and its German sentence.
func (r *Report) TiePage(l TieList, offset, limit int) []Tie {
	cs := r.ties[l]
	cs = cs[min(offset, len(cs)):]
	cs = cs[:min(limit, len(cs))]
	out := make([]Tie, len(cs))
	for i, c := range cs {
		out[i] = r.tie(l, c)
	}
	return out
}

// TieCount returns the length of the list l of ties.
func (r *Report) TieCount(l TieList) int { return len(r.ties[l]) }

// TieEnds yields the two actors' IDs of each tie of the list l, in order.
func (r *Report) TieEnds(l TieList) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for _, c := range r.ties[l] {
			a, b := ends(c.pair)
			if !yield(r.ids.id[a], r.ids.id[b]) {
				return
			}
		}
	}
}

// tie makes the Tie of the change c of the list l.
func (r *Report) tie(l TieList, c tieChange) Tie {
	a, b := ends(c.pair)
	t := Tie{From: r.ids.id[a], To: r.ids.id[b], FromName: r.ids.name[a], ToName: r.ids.name[b],
		KindsBefore: sortedKinds(c.kindsBefore), KindsAfter: sortedKinds(c.kindsAfter), IntensityBefore: c.before, IntensityAfter: c.after}
	switch l {
	case NewTies:
		t.Sentence = sentenceNew(t, r.tax, r.label)
	case LapsedTies:
		t.Sentence = sentenceLapsed(t, r.label)
	default:
		t.Sentence = sentenceChanged(t, r.tax)
	}
	return t
}

// sortedKinds returns the kinds in order, as a new list (an empty one for none).
func sortedKinds(kinds []string) []string {
	out := slices.Clone(kinds)
	if out == nil {
		return []string{}
	}
	slices.Sort(out)
	return out
}

// first returns the first n entries of list, all if it is shorter.
func first[T any](list []T, n int) []T { return list[:min(len(list), n)] }

// tieChange is a pair whose tie changed, as a Report keeps it until TiePage makes
// it a Tie: the numbers of its actors (see pairOf) and the kinds and intensity of
// its tie before and after (none and 0 where there is no tie).
type tieChange struct {
	pair                    uint64
	kindsBefore, kindsAfter []string
	before, after           int
}

// weight orders a list of changed ties: the intensity of a new or lapsed tie, the
// change of intensity of a changed one.
func (c *tieChange) weight() int { return abs(c.after - c.before) }

func compareTies(t1, t2 *side, ids *actorIDs) map[TieList][]tieChange {
	var added, lapsed, changed []tieChange
	join(t1, t2, func(p uint64, before, after *graph.Cooperation) {
		switch {
		case before == nil:
			added = append(added, tieChange{pair: p, kindsAfter: after.Kinds, after: after.Intensity})
		case after == nil:
			lapsed = append(lapsed, tieChange{pair: p, kindsBefore: before.Kinds, before: before.Intensity})
		case before.Intensity != after.Intensity || !sameKinds(before.Kinds, after.Kinds):
			changed = append(changed, tieChange{pair: p, kindsBefore: before.Kinds, kindsAfter: after.Kinds, before: before.Intensity, after: after.Intensity})
		}
	})
	// By weight, then by the names of the two actors, then by their IDs.
	names := func(p uint64) uint64 {
		a, b := ends(p)
		return uint64(ids.nameRank[a])<<32 | uint64(ids.nameRank[b])
	}
	byWeight := func(x, y tieChange) int {
		return cmp.Or(cmp.Compare(y.weight(), x.weight()), cmp.Compare(names(x.pair), names(y.pair)), cmp.Compare(x.pair, y.pair))
	}
	all(func() { slices.SortFunc(added, byWeight) }, func() { slices.SortFunc(lapsed, byWeight) }, func() { slices.SortFunc(changed, byWeight) })
	return map[TieList][]tieChange{NewTies: added, LapsedTies: lapsed, ChangedTies: changed}
}

// all runs the functions at once and returns when each has returned.
func all(fs ...func()) {
	var wg sync.WaitGroup
	for _, f := range fs {
		wg.Go(f)
	}
	wg.Wait()
}

func sameKinds(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, k := range a {
		if !slices.Contains(b, k) {
			return false
		}
	}
	return true
}

func abs(x int) int { return max(x, -x) }

func compareActors(t1, t2 *side, ids *actorIDs) ActorChanges {
	out := ActorChanges{New: []ActorChange{}, Gone: []ActorChange{}}
	for v, id := range ids.id {
		if a := t2.actor[v]; a != nil && t1.actor[v] == nil {
			out.New = append(out.New, ActorChange{ID: id, Name: a.Name, Sentence: sentenceNewActor(a.Name, t2.degree(v), t2.label)})
		}
		if a := t1.actor[v]; a != nil && t1.degree(v) > 0 && t2.degree(v) == 0 {
			out.Gone = append(out.Gone, ActorChange{ID: id, Name: a.Name, Sentence: sentenceGoneActor(a.Name, t1.degree(v), t2.label)})
		}
	}
	byName := func(a, b ActorChange) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) }
	slices.SortFunc(out.New, byName)
	slices.SortFunc(out.Gone, byName)
	return out
}

// degree returns the number of ties of the actor in the state's mutual graph.
func (s *side) degree(v int) int {
	if i := s.node[v]; i >= 0 {
		return s.Graph.Undirected().Degree(int(i))
	}
	return 0
}

// betweenness returns the actor's betweenness in the state, 0 if it is not part of it.
func (s *side) betweenness(v int) float64 {
	if i := s.node[v]; i >= 0 && s.Betweenness != nil {
		return s.Betweenness[i]
	}
	return 0
}

func figuresOf(s *side) Figures {
	g := s.Graph
	f := Figures{Actors: g.N(), Ties: g.M(), Density: metrics.Density(g)}
	_, sizes := metrics.Components(g)
	f.Components = len(sizes)
	if f.Actors > 0 {
		f.MeanDegree = 2 * float64(f.Ties) / float64(f.Actors)
		var sum float64
		for _, c := range s.Clustering {
			sum += c
		}
		f.Clustering = sum / float64(f.Actors)
	}
	f.Sentences = figureSentences(f, s.label)
	return f
}

func compareFigures(t1, t2 *side) NetworkChanges {
	a, b := figuresOf(t1), figuresOf(t2)
	d := Figures{Actors: b.Actors - a.Actors, Ties: b.Ties - a.Ties, Density: b.Density - a.Density,
		Components: b.Components - a.Components, MeanDegree: b.MeanDegree - a.MeanDegree, Clustering: b.Clustering - a.Clustering}
	d.Sentences = deltaSentences(a, b)
	return NetworkChanges{From: a, To: b, Delta: d}
}

func compareCoupling(t1, t2 *side) CouplingChanges {
	out := CouplingChanges{Crossed: []Crossed{}}
	out.From, out.To = t1.Coupling, t2.Coupling
	labels := map[string]string{}
	for _, m := range []planning.CouplingMatrix{out.From, out.To} {
		for _, g := range m.Groups {
			labels[g.Code] = g.Label
		}
	}
	before := map[pair]planning.CouplingCell{}
	for _, c := range out.From.Cells {
		before[pair{c.A, c.B}] = c
	}
	after := map[pair]planning.CouplingCell{}
	for _, c := range out.To.Cells {
		after[pair{c.A, c.B}] = c
	}
	keys := make([]pair, 0, len(after))
	for p := range after {
		keys = append(keys, p)
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			keys = append(keys, p)
		}
	}
	slices.SortFunc(keys, func(x, y pair) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	for _, p := range keys {
		b, a := before[p], after[p]
		if b.Weak == a.Weak {
			continue
		}
		c := Crossed{Row: p.a, Col: p.b, Became: "weak"}
		if !a.Weak {
			c.Became = "not_weak"
		}
		c.Sentence = sentenceCrossed(labels[p.a], labels[p.b], b, a)
		out.Crossed = append(out.Crossed, c)
	}
	return out
}

func movers(t1, t2 *side, ids *actorIDs) (risers, fallers []Mover) {
	change := func(m Mover) (int, float64) {
		return m.DegreeAfter - m.DegreeBefore, m.BetweennessAfter - m.BetweennessBefore
	}
	// Risers come first in this order, fallers last.
	order := func(x, y Mover) int {
		dx, bx := change(x)
		dy, by := change(y)
		return cmp.Or(cmp.Compare(dy, dx), cmp.Compare(by, bx), cmp.Compare(x.Name, y.Name), cmp.Compare(x.ID, y.ID))
	}
	reverse := func(x, y Mover) int { return order(y, x) }
	risers, fallers = []Mover{}, []Mover{}
	for v, id := range ids.id {
		if t1.actor[v] == nil && t2.actor[v] == nil {
			continue
		}
		m := Mover{ID: id, Name: ids.name[v], DegreeBefore: t1.degree(v), DegreeAfter: t2.degree(v),
			BetweennessBefore: t1.betweenness(v), BetweennessAfter: t2.betweenness(v)}
		switch d, b := change(m); {
		case d > 0 || d == 0 && b > 0:
			risers = keepFirst(risers, m, order)
		case d < 0 || d == 0 && b < 0:
			fallers = keepFirst(fallers, m, reverse)
		}
	}
	for _, ms := range [][]Mover{risers, fallers} {
		for i := range ms {
			ms[i].Sentence = sentenceMover(ms[i])
		}
	}
	return risers, fallers
}

// keepFirst adds m to the movers ms, which are in order, and keeps the first
// Movers of them.
func keepFirst(ms []Mover, m Mover, order func(x, y Mover) int) []Mover {
	if len(ms) == Movers && order(m, ms[Movers-1]) >= 0 {
		return ms
	}
	i, _ := slices.BinarySearchFunc(ms, m, order)
	ms = slices.Insert(ms, i, m)
	return ms[:min(len(ms), Movers)]
}

func realised(t1, t2 *side, ids *actorIDs) Realised {
	out := Realised{Pairs: []RealisedPair{}}
	top := t1.Potentials[:min(len(t1.Potentials), PotentialsTop)]
	for _, p := range top {
		rp := RealisedPair{A: p.A.ID, B: p.B.ID, AName: p.A.Name, BName: p.B.Name, Score: p.Score}
		a, aok := ids.numberOf(p.A.ID)
		b, bok := ids.numberOf(p.B.ID)
		rp.Realised = aok && bok && t2.tie(pairOf(a, b)) != nil
		rp.Sentence = sentencePair(rp, t2.label)
		if rp.Realised {
			out.Realised++
		}
		out.Pairs = append(out.Pairs, rp)
	}
	out.Top = len(top)
	if out.Top > 0 {
		out.HitRate = float64(out.Realised) / float64(out.Top)
	}
	// Chance: new ties of T2 between actors of T1, among T1's untied pairs.
	n := float64(t1.actors)
	untied := n*(n-1)/2 - float64(len(t1.pairs))
	formed := 0
	join(t1, t2, func(p uint64, before, after *graph.Cooperation) {
		if a, b := ends(p); before == nil && t1.actor[a] != nil && t1.actor[b] != nil {
			formed++
		}
	})
	if untied > 0 {
		out.ExpectedRate = float64(formed) / untied
	}
	out.Sentence = sentenceRealised(out, t1.label, t2.label)
	return out
}

// kindLabels returns the German labels of cooperation kind codes, joined.
func kindLabels(tax *graph.Taxonomy, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = c
		if tax != nil {
			out[i] = tax.Label(graph.ListCooperationKinds, c)
		}
	}
	return strings.Join(out, ", ")
}
