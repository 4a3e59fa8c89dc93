package graph

import (
	"cmp"
	"errors"
	"fmt"
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
}

// Key returns the canonical key of the state, for caches: "w:<wave ID>" or
// "d:<date>".
func (s *StateInfo) Key() string {
	if s == nil {
		return ""
	}
	if s.WaveID != "" {
		return "w:" + s.WaveID
	}
	return "d:" + s.Date
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
// ResolveState.
func (n *Network) At(s State, today time.Time) (*Network, error) {
	info, err := n.ResolveState(s, today)
	if err != nil {
		return nil, err
	}
	return n.atResolved(info), nil
}

// AtState returns the network of a state that ResolveState returned for n.
func (n *Network) AtState(info StateInfo) *Network { return n.atResolved(info) }

func (n *Network) atResolved(info StateInfo) *Network {
	// The records that count, by pair, before validity: the chain of waves up to the
	// base wave.
	recs, unconfirmed := n.waveRecords(info.BaseWaveID)
	date := info.Date
	pairs := map[pairOf][]*Cooperation{}
	carried := map[pairOf]bool{}
	for p, r := range recs {
		for _, c := range r.coops {
			if c.ValidOn(date) {
				pairs[p] = append(pairs[p], c)
			}
		}
		if _, ok := pairs[p]; ok && unconfirmed[p] {
			carried[p] = true
		}
	}
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		if c.WaveID == "" && c.ValidOn(date) {
			p := pairKey(c)
			pairs[p] = append(pairs[p], c)
			delete(carried, p) // confirmed outside waves
		}
	}

	out := *n
	out.Cooperations = make([]Cooperation, 0, len(pairs))
	tied := make(map[string]bool, len(n.Actors))
	for _, cs := range pairs {
		t := mergeTies(cs)
		tied[t.From], tied[t.To] = true, true
		out.Cooperations = append(out.Cooperations, t)
	}
	slices.SortFunc(out.Cooperations, func(a, b Cooperation) int { return cmp.Compare(a.ID, b.ID) })

	// An actor is not yet part of the state if cooperations name it but none of
	// them had begun by the date: each is recorded in a later wave or valid only
	// from a later date.
	waveDate := make(map[string]string, len(n.Waves))
	for i := range n.Waves {
		waveDate[n.Waves[i].ID] = n.Waves[i].Date
	}
	named := make(map[string]bool, len(n.Actors))
	begun := make(map[string]bool, len(n.Actors))
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		named[c.From], named[c.To] = true, true
		if (c.WaveID == "" || waveDate[c.WaveID] <= date) && (c.ValidFrom == "" || c.ValidFrom <= date) {
			begun[c.From], begun[c.To] = true, true
		}
	}
	out.Actors = make([]Actor, 0, len(n.Actors))
	keep := make(map[string]bool, len(n.Actors))
	for i := range n.Actors {
		if id := n.Actors[i].ID; tied[id] || begun[id] || !named[id] {
			keep[id] = true
			out.Actors = append(out.Actors, n.Actors[i])
		}
	}
	out.Offers = make([]Offer, 0, len(n.Offers))
	for i := range n.Offers {
		if keep[n.Offers[i].ActorID] {
			out.Offers = append(out.Offers, n.Offers[i])
		}
	}
	info.Actors, info.Cooperations, info.Unconfirmed = len(out.Actors), len(out.Cooperations), len(carried)
	out.State = &info
	return &out
}

// pairOf is an unordered pair of actor IDs, A < B.
type pairOf struct{ A, B string }

func pairKey(c *Cooperation) pairOf {
	if c.To < c.From {
		return pairOf{c.To, c.From}
	}
	return pairOf{c.From, c.To}
}

// pairRecords are the cooperations of one pair recorded in one wave.
type pairRecords struct {
	wave  string
	coops []*Cooperation
}

// waveRecords returns, for the state of the wave base (empty: none), the latest
// records of each pair that the state holds before validity, and which of them were
// carried forward from an earlier wave. It follows the waves with cooperations in
// time order up to base: each wave's records replace the pair's earlier ones, and a
// pair it did not record is dropped (lapsed) if it surveyed one of the two actors.
func (n *Network) waveRecords(base string) (map[pairOf]pairRecords, map[pairOf]bool) {
	state := map[pairOf]pairRecords{}
	carried := map[pairOf]bool{}
	if base == "" {
		return state, carried
	}
	byWave := map[string][]*Cooperation{}
	for i := range n.Cooperations {
		if c := &n.Cooperations[i]; c.WaveID != "" {
			byWave[c.WaveID] = append(byWave[c.WaveID], c)
		}
	}
	for _, w := range n.sortedWaves() {
		coops := byWave[w.ID]
		if len(coops) == 0 {
			if w.ID == base {
				break
			}
			continue
		}
		surveyed := make(map[string]bool, len(coops))
		recorded := map[pairOf]pairRecords{}
		for _, c := range coops {
			surveyed[c.From], surveyed[c.To] = true, true
			p := pairKey(c)
			r := recorded[p]
			r.wave, r.coops = w.ID, append(r.coops, c)
			recorded[p] = r
		}
		for p := range state {
			if _, again := recorded[p]; again || surveyed[p.A] || surveyed[p.B] {
				delete(state, p)
				delete(carried, p)
			} else {
				carried[p] = true
			}
		}
		for p, r := range recorded {
			state[p] = r
		}
		if w.ID == base {
			break
		}
	}
	return state, carried
}

// mergeTies returns the one tie that the cooperations cs of one pair of actors make:
// kinds joined (in order of first appearance), intensity, trust and value the
// maximum, directed only if all are directed the same way. Its other fields come
// from the representative cooperation: the one of the latest wave, then the one
// with the smallest ID; a mutual tie runs from the smaller actor ID to the larger.
func mergeTies(cs []*Cooperation) Cooperation {
	if len(cs) == 1 {
		return *cs[0]
	}
	rep := cs[0]
	for _, c := range cs[1:] {
		if c.WaveID != "" && rep.WaveID == "" || c.ID < rep.ID && (c.WaveID == "") == (rep.WaveID == "") {
			rep = c
		}
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
	if !directed {
		p := pairKey(rep)
		t.From, t.To = p.A, p.B
	}
	return t
}
