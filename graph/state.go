package graph

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// State selects a point in time of the network (Stand): a survey wave or a reference
// date. The zero State is "today". Network.At turns a full snapshot into the network
// of a state; the rules are those of StateDefinition:
//
//   - For a wave W (dated d): the cooperations recorded in W that are valid on d;
//     the cooperations recorded outside waves (WaveID "") valid on d; and the pairs of
//     the state of the wave before W that W did not record again, unless W surveyed
//     one of the pair's two actors, in which case the pair has lapsed. An actor is
//     surveyed in W if it is an end of any cooperation recorded in W. (The survey
//     will add an explicit list of respondents; then that list decides.) Such a pair
//     is carried forward, unconfirmed, with its latest record, if that record is
//     valid on d.
//   - For a date D: the state of the latest wave dated on or before D that has
//     cooperations, with every record checked for validity on D instead of the
//     wave's date, plus the cooperations recorded outside waves that are valid on D.
//     Without such a wave, only the latter.
//   - Today: the date of the injected clock.
//
// A cooperation is valid on a date if ValidFrom (when set) is on or before it and
// ValidUntil (when set) on or after it. The cooperations of one pair of actors that
// count become ONE tie (see mergeTies): its kinds are the union of theirs, its
// intensity, trust and value the maximum, and it is directed only if every one of
// them is directed the same way; otherwise it is mutual.
//
// An actor belongs to the state unless it is not there yet: cooperations name it, but
// each of them is recorded in a wave dated after the state's date or is valid only
// from a later date. So an actor whose ties all lapsed or ended stays, without ties,
// and an actor that no cooperation names (registered, not yet surveyed) is in every
// state. Offers belong to the state if their actor does.
type State struct {
	// Wave is the ID or external key of a survey wave.
	Wave string
	// Date is a reference date, YYYY-MM-DD.
	Date string
}

// StateInfo describes the state that a network (and every analysis of it) shows; it is
// the "state" object of the API's answers.
type StateInfo struct {
	// WaveID and WaveName name the wave of a wave state, empty for a date.
	WaveID   string `json:"wave_id"`
	WaveName string `json:"wave_name"`
	// Date is the reference date: the wave's date, or the date asked for (today's
	// date by default).
	Date string `json:"date" format:"date"`
	// BaseWaveID and BaseWaveName name the wave a date state is based on (the latest
	// wave with cooperations dated on or before Date), empty if there is none; for a
	// wave state they equal WaveID and WaveName.
	BaseWaveID   string `json:"base_wave_id"`
	BaseWaveName string `json:"base_wave_name"`
	// Label says in German which state this is, ready to show, such as "Stand
	// Erhebung Herbst 2026" or "Stand 30.06.2025 (Erhebung Frühjahr 2025)".
	Label string `json:"label"`
	// Actors and Cooperations count the actors and the ties (pairs of actors) of
	// the state.
	Actors       int `json:"actors"`
	Cooperations int `json:"cooperations"`
	// Unconfirmed counts the ties carried forward from an earlier wave because the
	// wave of the state surveyed neither of their actors.
	Unconfirmed int `json:"unconfirmed"`
	// Today marks the default state (no wave and no date asked for).
	Today bool `json:"today"`
	// Coverage tells how complete the partner survey of the state's (base) wave is;
	// nil if the wave has no survey that has opened.
	Coverage *Coverage `json:"coverage,omitempty"`
	// Redaction is the Network.Redaction of the network the state was resolved in:
	// empty for the whole data, else what was hidden (see package privacy).
	Redaction string `json:"redaction,omitempty"`
}

// Coverage is the response rate of a wave's partner survey, and the German warning
// every analysis of the wave carries when the rate is under the survey's threshold.
type Coverage struct {
	// Survey is the survey's title.
	Survey string `json:"survey"`
	// Rate is submitted questionnaires / organisations asked, Threshold the rate
	// under which the warning is given.
	Rate      float64 `json:"rate"`
	Threshold float64 `json:"threshold"`
	// OneSided counts the wave's cooperations reported by only one of their two
	// actors (ReportedBy from or to).
	OneSided int `json:"one_sided"`
	// Warning is a German warning if Rate is under Threshold, else empty.
	Warning string `json:"warning,omitempty"`
}

// Key returns the canonical key of the state, for caches: "w:<wave ID>" or
// "d:<date>".
func (s *StateInfo) Key() string {
	if s == nil {
		return ""
	}
	key := "d:" + s.Date
	if s.WaveID != "" {
		key = "w:" + s.WaveID
	}
	if c := s.Coverage; c != nil {
		// Answers made at another coverage (records change without a new revision)
		// must not be served from a cache.
		key += fmt.Sprintf(":c%d-%d-%d", int(c.Rate*10000+0.5), int(c.Threshold*10000+0.5), c.OneSided)
	}
	if s.Redaction != "" {
		// A redacted network's results hold other names than the whole one's.
		key += ":r" + s.Redaction
	}
	return key
}

// StateDefinition is the German definition of "the network at a point in time", as
// the metric registry shows it.
const StateDefinition = "Jede Auswertung gilt für einen Stand: eine Erhebungswelle oder einen Stichtag, ohne Angabe für heute. " +
	"Zu einer Erhebungswelle zählen die in ihr erfassten Kooperationen, die am Stichtag der Welle gelten (gültig ab/bis), " +
	"und die außerhalb von Erhebungen erfassten Kooperationen, die an diesem Tag gelten. " +
	"Ein Paar aus einer früheren Welle, das die Welle nicht wieder erfasst, gilt als beendet, wenn die Welle mindestens einen der beiden Akteure befragt hat " +
	"(befragt ist, wer in einer Kooperation der Welle vorkommt; später entscheidet die Teilnehmerliste der Erhebung); " +
	"sonst wird es unbestätigt aus der letzten Welle übernommen, die es erfasst hat. " +
	"Zu einem Stichtag zählt der Stand der letzten Welle mit Kooperationen an oder vor diesem Tag, geprüft auf Gültigkeit am Stichtag, " +
	"dazu die außerhalb von Erhebungen erfassten Kooperationen, die am Stichtag gelten. " +
	"Mehrere Kooperationen eines Akteurspaares ergeben eine Beziehung: Die Arten werden zusammengefasst, Intensität, Vertrauen und Nutzen sind das Maximum, " +
	"und gerichtet ist sie nur, wenn alle in dieselbe Richtung weisen. " +
	"Ein Akteur gehört zum Stand, sobald er in einer Kooperation vorkommt, die bis zum Stichtag begonnen hat (erfasst in einer Welle bis dahin, gültig ab spätestens dann), " +
	"oder wenn er noch in keiner Kooperation vorkommt; endet oder entfällt seine letzte Kooperation, bleibt er ohne Kooperation im Netzwerk."

// ErrEmptyWave is the cause of ResolveState's error for a wave that has no
// cooperations: the wave exists, but there is no state to show.
var ErrEmptyWave = errors.New("graph: the wave has no cooperations")

// ValidOn reports whether the cooperation is valid on the date (YYYY-MM-DD): ValidFrom,
// if set, is on or before it, and ValidUntil, if set, on or after it.
func (c *Cooperation) ValidOn(date string) bool {
	return (c.ValidFrom == "" || c.ValidFrom <= date) && (c.ValidUntil == "" || date <= c.ValidUntil)
}

// stateError returns an Invalid error about the state's field ("wave" or "date").
func stateError(field, format string, args ...any) error {
	e := Errorf(Invalid, format, args...)
	e.Fields = []FieldError{{Field: field, Message: e.Message}}
	return e
}

// ParseDate checks a date given as YYYY-MM-DD, such as a state's date; an impossible
// date (2025-02-30) is an Invalid error naming field.
func ParseDate(field, date string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return t, stateError(field, "„%s“ ist kein gültiges Datum; erwartet wird JJJJ-MM-TT, etwa 2025-06-30.", date)
	}
	return t, nil
}

// datePattern matches what is meant as a date, possible or not.
var datePattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// StateOf reads a state given as one word, as the comparison's from and to take it:
// a wave's ID or external key, else a date (YYYY-MM-DD), else a wave (that
// ResolveState will not find); "" is the zero State (today).
func (n *Network) StateOf(v string) State {
	switch {
	case v == "":
		return State{}
	case n.WaveByKey(v) != nil || !datePattern.MatchString(v):
		return State{Wave: v}
	}
	return State{Date: v}
}

// WaveByKey returns the wave whose ID or external key is key, or nil.
func (n *Network) WaveByKey(key string) *Wave {
	for i := range n.Waves {
		if n.Waves[i].ID == key {
			return &n.Waves[i]
		}
	}
	for i := range n.Waves {
		if n.Waves[i].ExternalKey != "" && n.Waves[i].ExternalKey == key {
			return &n.Waves[i]
		}
	}
	return nil
}

// ResolveState checks s against the network and returns the state's description
// without counts: the wave (by ID or external key) or the date, today's date (in
// the local time of today) for the zero State. The errors are Invalid, naming
// the field "wave" or "date": both given, an unknown wave, a wave without
// cooperations, an impossible date.
func (n *Network) ResolveState(s State, today time.Time) (StateInfo, error) {
	info, err := n.resolveState(s, today)
	if err == nil {
		info.Redaction = n.Redaction
	}
	return info, err
}

func (n *Network) resolveState(s State, today time.Time) (StateInfo, error) {
	var info StateInfo
	switch {
	case s.Wave != "" && s.Date != "":
		return info, stateError("date", "Bitte entweder eine Erhebungswelle (wave) oder einen Stichtag (date) angeben, nicht beides.")
	case s.Wave != "":
		w := n.WaveByKey(s.Wave)
		if w == nil {
			return info, stateError("wave", "Die Erhebungswelle „%s“ gibt es nicht; vorhanden sind: %s.", s.Wave, n.waveList())
		}
		if !slices.ContainsFunc(n.Cooperations, func(c Cooperation) bool { return c.WaveID == w.ID }) {
			err := stateError("wave", "Die Erhebungswelle „%s“ enthält noch keine Kooperationen; ein Stand lässt sich für sie nicht auswerten.", w.Name)
			err.(*Error).Err = ErrEmptyWave
			return info, err
		}
		info = StateInfo{WaveID: w.ID, WaveName: w.Name, Date: w.Date, BaseWaveID: w.ID, BaseWaveName: w.Name, Label: "Stand " + w.Name}
		return info, nil
	case s.Date != "":
		if _, err := ParseDate("date", s.Date); err != nil {
			return info, err
		}
		info.Date = s.Date
	default:
		info.Date, info.Today = today.Format(time.DateOnly), true
	}
	if w := n.baseWave(info.Date); w != nil {
		info.BaseWaveID, info.BaseWaveName = w.ID, w.Name
	}
	info.Label = "Stand " + germanDate(info.Date)
	if info.Today {
		info.Label = "Stand heute, " + germanDate(info.Date)
	}
	if info.BaseWaveName != "" {
		info.Label += " (" + info.BaseWaveName + ")"
	}
	return info, nil
}

// waveList names the waves for an error message.
func (n *Network) waveList() string {
	if len(n.Waves) == 0 {
		return "keine"
	}
	names := make([]string, len(n.Waves))
	for i, w := range n.sortedWaves() {
		names[i] = fmt.Sprintf("%s (%s)", cmp.Or(w.ExternalKey, w.ID), w.Name)
	}
	return strings.Join(names, ", ")
}

// germanDate writes YYYY-MM-DD as DD.MM.YYYY.
func germanDate(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.Format("02.01.2006")
}

// sortedWaves returns the waves in time order (by date, then ID).
func (n *Network) sortedWaves() []*Wave {
	out := make([]*Wave, len(n.Waves))
	for i := range n.Waves {
		out[i] = &n.Waves[i]
	}
	slices.SortFunc(out, compareWaves)
	return out
}

func compareWaves(a, b *Wave) int {
	return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
}

// baseWave returns the latest wave with cooperations dated on or before date, or nil.
func (n *Network) baseWave(date string) *Wave {
	has := map[string]bool{}
	for i := range n.Cooperations {
		has[n.Cooperations[i].WaveID] = true
	}
	var best *Wave
	for i := range n.Waves {
		w := &n.Waves[i]
		if has[w.ID] && w.Date <= date && (best == nil || compareWaves(best, w) < 0) {
			best = w
		}
	}
	return best
}

// PreviousWave returns the latest wave with cooperations that comes before the date
// (YYYY-MM-DD), or before the wave with that ID (at its own date) if one is given,
// in time order; nil if there is none.
func (n *Network) PreviousWave(waveID, date string) *Wave {
	has := map[string]bool{}
	for i := range n.Cooperations {
		has[n.Cooperations[i].WaveID] = true
	}
	ref := &Wave{Meta: Meta{ID: waveID}, Date: date}
	if w := n.WaveByKey(waveID); w != nil {
		ref = w
	}
	var best *Wave
	for i := range n.Waves {
		w := &n.Waves[i]
		before := compareWaves(w, ref) < 0
		if waveID == "" {
			before = w.Date < date
		}
		if has[w.ID] && before && (best == nil || compareWaves(best, w) < 0) {
			best = w
		}
	}
	return best
}

// At returns the network of the state s (see State for the rules), with today as the
// date of the zero State. The result shares the taxonomy, social spaces, waves and
// needs with n; its Cooperations hold one merged tie per pair of actors, its State
// describes it, and its Revision is n's. n is not changed. The errors are those of
// ResolveState. To derive several states of n, use States.
func (n *Network) At(s State, today time.Time) (*Network, error) {
	info, err := n.ResolveState(s, today)
	if err != nil {
		return nil, err
	}
	return n.States().At(info), nil
}

// States derives the states of one snapshot (see Network.At). It numbers the
// snapshot's actors and the ends and waves of its cooperations once, for all the
// states it derives, instead of once for each (two million lookups of actor IDs at
// federal-state size).
// Safe for concurrent use; the snapshot must not change.
type States struct {
	n *Network
	// actors numbers every actor ID that the actors or the cooperations name.
	actors map[string]int32
	// ends holds each cooperation's two actors as numbers, the smaller first.
	ends [][2]int32
	// waves are the snapshot's waves in time order; wave holds the position of each
	// cooperation's wave among them, -1 outside waves or for an unknown wave.
	waves []*Wave
	wave  []int32
	// offerActor is the number of each offer's actor, -1 for an unknown one.
	offerActor []int32
	// byID says whether the cooperations are ordered by ID, as a store returns them.
	byID bool
}

// States indexes n for deriving its states.
func (n *Network) States() *States {
	s := &States{n: n, actors: make(map[string]int32, len(n.Actors)), ends: make([][2]int32, len(n.Cooperations)),
		waves: n.sortedWaves(), wave: make([]int32, len(n.Cooperations)), offerActor: make([]int32, len(n.Offers)),
		byID: slices.IsSortedFunc(n.Cooperations, func(a, b Cooperation) int { return cmp.Compare(a.ID, b.ID) })}
	number := func(id string) int32 {
		v, ok := s.actors[id]
		if !ok {
			v = int32(len(s.actors))
			s.actors[id] = v
		}
		return v
	}
	for i := range n.Actors {
		number(n.Actors[i].ID)
	}
	position := make(map[string]int32, len(s.waves))
	for k, w := range s.waves {
		position[w.ID] = int32(k)
	}
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		a, b := number(c.From), number(c.To)
		s.ends[i] = [2]int32{min(a, b), max(a, b)}
		k, ok := position[c.WaveID]
		if !ok {
			k = -1
		}
		s.wave[i] = k
	}
	for i := range n.Offers {
		v, ok := s.actors[n.Offers[i].ActorID]
		if !ok {
			v = -1
		}
		s.offerActor[i] = v
	}
	return s
}

// At returns the network of a state that ResolveState returned for the snapshot, as
// Network.At describes it. If a network in kept (states of the snapshot made
// before) holds the same ties, the result takes them, and its actors and offers too
// where they are the same (see ShareTies), instead of merging ties of its own: the
// state of the latest wave is derived from a federal state's million cooperations
// in a fraction of the time when today's is kept, and the two share what is kept
// per DataKey.
func (s *States) At(info StateInfo, kept ...*Network) *Network {
	out, sel, ties := s.derive(info)
	for _, o := range kept {
		if out.ShareTies(o) {
			return out
		}
	}
	n := s.n
	out.Cooperations = make([]Cooperation, len(ties))
	var cs []*Cooperation
	for i, t := range ties {
		cs = cs[:0]
		for _, c := range sel[t.start:t.end] {
			cs = append(cs, &n.Cooperations[c])
		}
		out.Cooperations[i] = mergeTies(cs, &n.Cooperations[t.rep])
	}
	return out
}

// Count returns info with the actors, ties and unconfirmed ties of the state
// counted, as At counts them, without making its ties.
func (s *States) Count(info StateInfo) StateInfo {
	out, _, _ := s.derive(info)
	return *out.State
}

// derive returns the state's network without its Cooperations, the cooperations
// its ties merge (sel) and its ties (indexes into sel), in the order of their
// representatives' IDs.
func (s *States) derive(info StateInfo) (*Network, []int32, []stateTie) {
	n := s.n
	x := s.index(info.BaseWaveID)
	date := info.Date
	out := *n

	// The ties: each group of cooperations of one pair (ordered by pair, then by
	// index) yields the records that count on the date (see pairTie).
	var ties []stateTie
	var sel []int32
	carried := 0
	for lo := 0; lo < len(x.order); {
		hi := lo + 1
		for hi < len(x.order) && x.pair(x.order[hi]) == x.pair(x.order[lo]) {
			hi++
		}
		start := len(sel)
		var unconfirmed bool
		sel, unconfirmed = x.pairTie(x.order[lo:hi], date, sel)
		if len(sel) > start {
			ties = append(ties, stateTie{start: int32(start), end: int32(len(sel)), rep: x.representative(sel[start:])})
			if unconfirmed {
				carried++
			}
		}
		lo = hi
	}
	starts := make([]int32, len(ties))
	for i, t := range ties {
		starts[i] = t.start
	}
	out.ties = &tieSelection{of: n, records: slices.Clip(sel), starts: starts}
	// In the order of the representatives' IDs, which is their index order when
	// the snapshot's cooperations are ordered by ID.
	byIndex := func(a, b stateTie) int { return cmp.Compare(a.rep, b.rep) }
	if !s.byID {
		byIndex = func(a, b stateTie) int { return cmp.Compare(n.Cooperations[a.rep].ID, n.Cooperations[b.rep].ID) }
	}
	slices.SortFunc(ties, byIndex)
	tied := make([]bool, len(s.actors))
	for _, t := range ties {
		c := s.ends[sel[t.start]]
		tied[c[0]], tied[c[1]] = true, true
	}

	// An actor is not yet part of the state if cooperations name it but none of
	// them had begun by the date: each is recorded in a later wave or valid only
	// from a later date.
	named := make([]bool, len(s.actors))
	begun := make([]bool, len(s.actors))
	for i := range n.Cooperations {
		c, e := &n.Cooperations[i], s.ends[i]
		named[e[0]], named[e[1]] = true, true
		if (c.WaveID == "" || s.waveDate(i) <= date) && (c.ValidFrom == "" || c.ValidFrom <= date) {
			begun[e[0]], begun[e[1]] = true, true
		}
	}
	// The state shares the snapshot's actors and offers if it keeps them all, as
	// a state of today usually does; the snapshot never changes.
	keep := make([]bool, len(s.actors))
	out.Actors = keepAll(n.Actors, func(i int) bool {
		v := s.actors[n.Actors[i].ID]
		keep[v] = tied[v] || begun[v] || !named[v]
		return keep[v]
	})
	out.Offers = keepAll(n.Offers, func(i int) bool {
		v := s.offerActor[i]
		return v >= 0 && keep[v]
	})
	info.Actors, info.Cooperations, info.Unconfirmed = len(out.Actors), len(ties), carried
	out.State = &info
	out.Cooperations = nil
	return &out, sel, ties
}

// waveDate returns the date of cooperation i's wave; "" outside waves or for an
// unknown wave.
func (s *States) waveDate(i int) string {
	if k := s.wave[i]; k >= 0 {
		return s.waves[k].Date
	}
	return ""
}

// tieSelection records which cooperations of the snapshot of makes the ties of a
// state: the indices of the records, grouped by pair of actors, and where each
// group starts. The ties follow from them alone, so two states of one snapshot with
// equal selections hold equal ties.
type tieSelection struct {
	of              *Network
	records, starts []int32
}

// ShareTies lets n, a state that At made, take the Cooperations of o, a state of the
// same snapshot, if both hold the same ties, and reports whether it did. The state
// of today and the state of the latest wave mostly do, and a federal state's ties
// take a hundred megabytes. If the two also keep the same actors and offers, n takes
// those too, and o's DataKey. Call it before n is used by other goroutines.
func (n *Network) ShareTies(o *Network) bool {
	a, b := n.ties, o.ties
	if a == nil || b == nil || a.of != b.of || !slices.Equal(a.starts, b.starts) || !slices.Equal(a.records, b.records) {
		return false
	}
	n.Cooperations = o.Cooperations
	// Both kept their actors and offers from the same snapshot, in its order: the
	// same IDs are the same entities.
	if sameIDs(n.Actors, o.Actors) && sameIDs(n.Offers, o.Offers) {
		n.Actors, n.Offers = o.Actors, o.Offers
		n.sameData = &sameData{key: o.DataKey(), actors: n.Actors, offers: n.Offers, ties: n.Cooperations, redaction: n.Redaction}
	}
	return true
}

// DataKey identifies the data of a network: the key of its state (StateInfo.Key),
// or, after ShareTies, that of another state of the same snapshot with the same
// actors, offers and ties, such as the latest wave's for today's. What depends on the
// data alone and not on the point in time, such as a graph built from the ties, can
// be kept once under it for all such states. It is "" for a network without a state.
func (n *Network) DataKey() string {
	if d := n.sameData; d != nil && d.holds(n) {
		return d.key
	}
	return n.State.Key()
}

// sameData records what ShareTies found a state to share with another one: the
// other's DataKey, and the data that were the same, so that a copy of the state
// with other actors, offers or ties or another redaction (see privacy) keeps its
// own key.
type sameData struct {
	key       string
	actors    []Actor
	offers    []Offer
	ties      []Cooperation
	redaction string
}

// holds reports whether n still holds the data d was recorded for.
func (d *sameData) holds(n *Network) bool {
	return sameSlice(d.actors, n.Actors) && sameSlice(d.offers, n.Offers) && sameSlice(d.ties, n.Cooperations) && d.redaction == n.Redaction
}

// sameIDs reports whether a and b hold entities of the same IDs in the same order.
func sameIDs[T any, P interface {
	*T
	Entity
}](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if P(&a[i]).Metadata().ID != P(&b[i]).Metadata().ID {
			return false
		}
	}
	return true
}

// sameSlice reports whether a and b are the same slice: the same elements in the
// same memory.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// keepAll returns the items for whose index keep holds: items itself if it holds
// for all, else a copy.
func keepAll[T any](items []T, keep func(i int) bool) []T {
	var out []T
	for i := range items {
		k := keep(i)
		switch {
		case !k && out == nil:
			out = append(make([]T, 0, len(items)), items[:i]...)
		case k && out != nil:
			out = append(out, items[i])
		}
	}
	if out == nil {
		return items
	}
	return out
}

// stateTie is one tie of a state: sel[start:end] are the indexes of the
// cooperations it merges, rep that of its representative (see mergeTies).
type stateTie struct{ start, end, rep int32 }

// stateIndex holds what deriving the states based on one wave needs of a snapshot,
// beside the States it was made from.
type stateIndex struct {
	*States
	// rank is the position of each cooperation's wave in the chain of waves up to
	// the base wave, or -1 if it is outside waves or not in the chain.
	rank []int32
	// surveyed[k][v] says whether the k-th wave of the chain surveyed actor v.
	surveyed [][]bool
	// order lists the cooperations that can count (recorded in the chain or outside
	// waves), by pair, then by index.
	order []int32
}

// index indexes the snapshot for the states based on the wave base (empty: none).
// The chain are the waves with cooperations in time order up to base.
func (s *States) index(base string) *stateIndex {
	n := s.n
	x := &stateIndex{States: s, rank: make([]int32, len(n.Cooperations))}
	has := make([]bool, len(s.waves))
	for _, k := range s.wave {
		if k >= 0 {
			has[k] = true
		}
	}
	ranks := make([]int32, len(s.waves))
	chain := int32(0)
	ended := base == ""
	for k, w := range s.waves {
		r := int32(-1)
		if !ended && has[k] {
			r, chain = chain, chain+1
		}
		ended = ended || w.ID == base
		ranks[k] = r
	}
	x.surveyed = make([][]bool, chain)
	for k := range x.surveyed {
		x.surveyed[k] = make([]bool, len(s.actors))
	}
	// Counting sort by pair: by the larger end, then (stably) by the smaller.
	counts := make([]int32, len(s.actors)+1)
	for i := range n.Cooperations {
		r := int32(-1) // outside waves, or an unknown wave
		if k := s.wave[i]; k >= 0 {
			r = ranks[k]
		}
		x.rank[i] = r
		if r >= 0 {
			e := s.ends[i]
			x.surveyed[r][e[0]], x.surveyed[r][e[1]] = true, true
		}
		if r >= 0 || n.Cooperations[i].WaveID == "" {
			counts[s.ends[i][1]+1]++
		}
	}
	tmp := x.sortBy(counts, allIndexes(len(n.Cooperations), func(i int) bool { return x.rank[i] >= 0 || n.Cooperations[i].WaveID == "" }), 1)
	clear(counts)
	for _, i := range tmp {
		counts[s.ends[i][0]+1]++
	}
	x.order = x.sortBy(counts, tmp, 0)
	return x
}

// allIndexes returns the indexes below n for which keep holds.
func allIndexes(n int, keep func(int) bool) []int32 {
	out := make([]int32, 0, n)
	for i := range n {
		if keep(i) {
			out = append(out, int32(i))
		}
	}
	return out
}

// sortBy orders the cooperations idx stably by their end (0: smaller, 1: larger),
// given counts[v+1] = how many of them have v as that end.
func (x *stateIndex) sortBy(counts []int32, idx []int32, end int) []int32 {
	for v := 1; v < len(counts); v++ {
		counts[v] += counts[v-1]
	}
	out := make([]int32, len(idx))
	for _, i := range idx {
		v := x.ends[i][end]
		out[counts[v]] = i
		counts[v]++
	}
	return out
}

// pair returns the pair of cooperation i as one number.
func (x *stateIndex) pair(i int32) uint64 {
	return uint64(uint32(x.ends[i][0]))<<32 | uint64(uint32(x.ends[i][1]))
}

// pairTie appends to sel the cooperations of one pair (group, in index order) that
// count on date: the latest records that the chain of waves keeps, valid on date,
// and the valid ones outside waves. It reports whether the pair is unconfirmed:
// carried forward from an earlier wave, with valid records, and not confirmed
// outside waves. The chain: each wave's records replace the pair's earlier ones,
// and a wave that did not record the pair drops it (lapsed) if it surveyed one of
// the two actors.
func (x *stateIndex) pairTie(group []int32, date string, sel []int32) ([]int32, bool) {
	e := x.ends[group[0]]
	state, carried := int32(-1), false
	for k := range int32(len(x.surveyed)) {
		switch {
		case slices.ContainsFunc(group, func(i int32) bool { return x.rank[i] == k }):
			state, carried = k, false
		case state >= 0 && (x.surveyed[k][e[0]] || x.surveyed[k][e[1]]):
			state, carried = -1, false
		case state >= 0:
			carried = true
		}
	}
	start := len(sel)
	for _, i := range group {
		if x.rank[i] == state && state >= 0 && x.n.Cooperations[i].ValidOn(date) {
			sel = append(sel, i)
		}
	}
	wave := len(sel) > start
	for _, i := range group {
		if x.n.Cooperations[i].WaveID == "" && x.n.Cooperations[i].ValidOn(date) {
			sel = append(sel, i)
			carried = false
		}
	}
	return sel, carried && wave
}

// representative returns the index of the cooperation among sel (indexes into
// n.Cooperations) whose fields other than kinds, intensity, trust and value a
// merged tie takes: the one recorded in a wave, then the one with the smallest ID.
func (x *stateIndex) representative(sel []int32) int32 {
	cs := x.n.Cooperations
	rep := sel[0]
	for _, i := range sel[1:] {
		c, r := &cs[i], &cs[rep]
		if c.WaveID != "" && r.WaveID == "" || c.ID < r.ID && (c.WaveID == "") == (r.WaveID == "") {
			rep = i
		}
	}
	return rep
}

// mergeTies returns the one tie that the cooperations cs of one pair of actors make:
// kinds joined (in order of first appearance), intensity, trust and value the
// maximum, directed only if all are directed the same way. Its other fields come
// from the representative cooperation rep (see representative); a mutual tie runs
// from the smaller actor ID to the larger.
func mergeTies(cs []*Cooperation, rep *Cooperation) Cooperation {
	if len(cs) == 1 {
		return *cs[0]
	}
	t := *rep
	t.Kinds = nil
	directed := true
	for _, c := range cs {
		for _, k := range c.Kinds {
			if !slices.Contains(t.Kinds, k) {
				t.Kinds = append(t.Kinds, k)
			}
		}
		t.Intensity, t.Trust, t.Value = max(t.Intensity, c.Intensity), max(t.Trust, c.Trust), max(t.Value, c.Value)
		directed = directed && c.Directed && c.From == rep.From && c.To == rep.To
	}
	t.Directed = directed
	if !directed && t.To < t.From {
		t.From, t.To = t.To, t.From
	}
	return t
}
