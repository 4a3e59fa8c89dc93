// Package measures evaluates the measures a steering group agreed on (graph.Measure)
// at every survey wave after they were agreed: did the proposed tie appear (a measure
// from a coupling potential), did the supply of the gap's cell change (a measure from
// a gap). Each finding is said in a German sentence.
//
// The evaluation compares states of the network (graph.State): the state the measure
// was agreed at (its wave, or its date) and every later wave that has cooperations.
// A wave without cooperations has not been surveyed yet and is no point of comparison.
package measures

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// States gives the networks and analyses an evaluation compares. The API serves it
// from its caches; Snapshot computes them on each call.
type States interface {
	// At returns the network of the state of the full snapshot (graph.Network.At);
	// its errors are those of graph.Network.ResolveState.
	At(ctx context.Context, s graph.State) (*graph.Network, error)
	// Gaps returns the gap analysis of a state's network.
	Gaps(ctx context.Context, net *graph.Network) (*planning.GapReport, error)
}

// Snapshot serves the states of one full snapshot as of the day Today, computed on
// each call, with the gap analysis of Analyzer (such as *analysis.Engine): States
// for a command or a test that keeps no cache of states.
type Snapshot struct {
	Full     *graph.Network
	Today    time.Time
	Analyzer interface {
		Gaps(ctx context.Context, net *graph.Network) (*planning.GapReport, error)
	}
}

// At returns the network of the state (graph.Network.At).
func (s Snapshot) At(_ context.Context, st graph.State) (*graph.Network, error) {
	return s.Full.At(st, s.Today)
}

// Gaps returns the analyzer's gap analysis of the network.
func (s Snapshot) Gaps(ctx context.Context, net *graph.Network) (*planning.GapReport, error) {
	return s.Analyzer.Gaps(ctx, net)
}

// The outcomes of an Observation and an Evaluation.
const (
	// Pending: no wave after the agreement yet.
	Pending = "pending"
	// Realised: the proposed tie exists in the wave.
	Realised = "realised"
	// NotRealised: the proposed tie has not appeared by the wave.
	NotRealised = "not_realised"
	// Lapsed: the tie appeared in an earlier wave after the agreement, but not in
	// this one.
	Lapsed = "lapsed"
	// Closed: the gap's need is met (coverage at least 1), or a cell without a need
	// that had no offer has one now.
	Closed = "closed"
	// Improved, Unchanged and Worsened compare the gap's coverage (or, without a
	// need, its number of offers) with the state of the agreement.
	Improved  = "improved"
	Unchanged = "unchanged"
	Worsened  = "worsened"
)

// Observation is what one state shows of a measure's origin.
type Observation struct {
	// WaveID is the wave of the state; empty for a date.
	WaveID string `json:"wave_id,omitempty"`
	// Label names the state in German: the wave's name, or "Stand 01.02.2026".
	Label string `json:"label"`
	Date  string `json:"date" format:"date"`
	// Tie says, for a potential, whether the two actors have a tie in the state.
	Tie *bool `json:"tie,omitempty"`
	// Offers counts, for a gap, the offers in the gap's cell (see
	// planning.SupplyCell); Coverage is its need's coverage (supply / target), if
	// the cell has a need and the coverage can be computed.
	Offers   *int     `json:"offers,omitempty"`
	Coverage *float64 `json:"coverage,omitempty"`
	// Outcome compares the state with the agreement (empty for the agreement
	// itself); Text says it in German.
	Outcome string `json:"outcome,omitempty"`
	Text    string `json:"text,omitempty"`
}

// Evaluation is a measure's evaluation: the state of the agreement, every later wave,
// and the outcome of the latest.
type Evaluation struct {
	MeasureID string `json:"measure_id"`
	Title     string `json:"title"`
	Status    string `json:"status"`
	// Agreed is the state the measure was agreed at.
	Agreed Observation `json:"agreed"`
	// Waves are the later waves with cooperations, oldest first.
	Waves []Observation `json:"waves"`
	// Outcome is that of the latest wave, or Pending.
	Outcome string `json:"outcome"`
	// Text says the outcome in German.
	Text string `json:"text"`
}

// Evaluate evaluates every measure of the full snapshot full (as Store.Snapshot
// returns it), in the order of full.Measures. Its cost is one state network per wave
// (shared by the measures) and, for gaps, one gap analysis per wave, which src may
// cache.
func Evaluate(ctx context.Context, full *graph.Network, src States) ([]Evaluation, error) {
	src = &memo{States: src, nets: map[graph.State]memoNet{}}
	out := make([]Evaluation, 0, len(full.Measures))
	for i := range full.Measures {
		ev, err := EvaluateOne(ctx, full, src, &full.Measures[i])
		if err != nil {
			return nil, err
		}
		out = append(out, *ev)
	}
	return out, nil
}

// memo keeps the state networks of one Evaluate, which the measures share.
type memo struct {
	States
	nets map[graph.State]memoNet
}

type memoNet struct {
	net *graph.Network
	err error
}

// At returns the network of the state, computing it once.
func (m *memo) At(ctx context.Context, s graph.State) (*graph.Network, error) {
	got, ok := m.nets[s]
	if !ok {
		got.net, got.err = m.States.At(ctx, s)
		m.nets[s] = got
	}
	return got.net, got.err
}

// EvaluateOne evaluates the measure m of the full snapshot full.
func EvaluateOne(ctx context.Context, full *graph.Network, src States, m *graph.Measure) (*Evaluation, error) {
	ev := &Evaluation{MeasureID: m.ID, Title: m.Title, Status: m.Status, Waves: []Observation{}}
	agreed, err := agreedState(ctx, full, src, m)
	if err != nil {
		return nil, err
	}
	o := observer{full: full, src: src, m: m}
	if ev.Agreed, err = o.observe(ctx, agreed); err != nil {
		return nil, err
	}
	for _, w := range laterWaves(full, ev.Agreed.Date) {
		net, err := src.At(ctx, graph.State{Wave: w.ID})
		if errors.Is(err, graph.ErrEmptyWave) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("measures: state of wave %s: %w", w.ID, err)
		}
		obs, err := o.observe(ctx, net)
		if err != nil {
			return nil, err
		}
		obs.Outcome, obs.Text = o.judge(ev.Agreed, ev.Waves, obs)
		ev.Waves = append(ev.Waves, obs)
	}
	if n := len(ev.Waves); n > 0 {
		ev.Outcome, ev.Text = ev.Waves[n-1].Outcome, ev.Waves[n-1].Text
	} else {
		ev.Outcome = Pending
		ev.Text = fmt.Sprintf("Seit der Vereinbarung (%s) gibt es noch keine weitere Erhebungswelle; ausgewertet wird mit der nächsten.", ev.Agreed.Label)
	}
	return ev, nil
}

// agreedState returns the network of the state m was agreed at: its wave, or its
// date. A wave without cooperations yet counts as its date.
func agreedState(ctx context.Context, full *graph.Network, src States, m *graph.Measure) (*graph.Network, error) {
	st := graph.State{Wave: m.AgreedWaveID, Date: m.AgreedOn}
	net, err := src.At(ctx, st)
	if errors.Is(err, graph.ErrEmptyWave) {
		if w := full.WaveByKey(m.AgreedWaveID); w != nil {
			net, err = src.At(ctx, graph.State{Date: w.Date})
		}
	}
	if err != nil {
		return nil, fmt.Errorf("measures: state of the agreement of %s: %w", m.ID, err)
	}
	return net, nil
}

// laterWaves returns the waves dated after date, oldest first.
func laterWaves(full *graph.Network, date string) []*graph.Wave {
	var out []*graph.Wave
	for i := range full.Waves {
		if w := &full.Waves[i]; w.Date > date {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b *graph.Wave) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
	return out
}

// observer observes one measure's origin in states of the network.
type observer struct {
	full *graph.Network
	src  States
	m    *graph.Measure
}

// observe returns what the state network net shows of the measure's origin.
func (o *observer) observe(ctx context.Context, net *graph.Network) (Observation, error) {
	st := net.State
	obs := Observation{WaveID: st.WaveID, Date: st.Date, Label: st.WaveName}
	if obs.Label == "" {
		obs.Label = "Stand " + germanDate(st.Date)
	}
	org := &o.m.Origin
	if org.Kind == graph.OriginPotential {
		tie := slices.ContainsFunc(net.Cooperations, func(c graph.Cooperation) bool {
			return c.From == org.From && c.To == org.To || c.From == org.To && c.To == org.From
		})
		obs.Tie = &tie
		return obs, nil
	}
	gaps, err := o.src.Gaps(ctx, net)
	if err != nil {
		return obs, err
	}
	offers := 0
	var need *planning.NeedCheck
	for _, c := range gaps.Cells {
		if c.SocialSpace == org.SocialSpaceID && c.Field == org.Field && c.TargetGroup == org.TargetGroup && (need == nil || c.Need != nil) {
			offers, need = c.Offers, c.Need
		}
	}
	obs.Offers = &offers
	if need != nil && !math.IsNaN(float64(need.Coverage)) {
		cov := float64(need.Coverage)
		obs.Coverage = &cov
	}
	return obs, nil
}

// judge compares the observation obs of a wave with the agreement and the waves
// before it, and says the outcome in German.
func (o *observer) judge(agreed Observation, before []Observation, obs Observation) (string, string) {
	org := &o.m.Origin
	if org.Kind == graph.OriginPotential {
		pair := fmt.Sprintf("Die Kooperation zwischen %s und %s", o.actorName(org.From), o.actorName(org.To))
		if *obs.Tie {
			since, i := obs.Label, len(before)-1
			for ; i >= 0 && *before[i].Tie; i-- {
				since = before[i].Label
			}
			if i < 0 && *agreed.Tie {
				return Realised, fmt.Sprintf("%s bestand schon bei der Vereinbarung (%s) und besteht weiter (%s).", pair, agreed.Label, obs.Label)
			}
			return Realised, fmt.Sprintf("%s besteht seit %s.", pair, since)
		}
		for i := len(before) - 1; i >= 0; i-- {
			if *before[i].Tie {
				return Lapsed, fmt.Sprintf("%s bestand in %s, ist in %s aber nicht mehr erfasst.", pair, before[i].Label, obs.Label)
			}
		}
		return NotRealised, fmt.Sprintf("%s ist bis %s nicht entstanden.", pair, obs.Label)
	}
	cell := o.cellName()
	was, now := *agreed.Offers, *obs.Offers
	if agreed.Coverage != nil && obs.Coverage != nil {
		a, b := *agreed.Coverage, *obs.Coverage
		text := fmt.Sprintf("%s ist der Bedarf in %s zu %s %% gedeckt, bei der Vereinbarung (%s) zu %s %% (Angebote: %d, vorher %d)",
			cell, obs.Label, percent(b), agreed.Label, percent(a), now, was)
		switch {
		case b >= 1:
			return Closed, text + "; die Lücke ist geschlossen."
		case percent(b) == percent(a):
			return Unchanged, text + "; unverändert."
		case b > a:
			return Improved, text + "; die Versorgung hat sich verbessert."
		}
		return Worsened, text + "; die Versorgung hat sich verschlechtert."
	}
	text := fmt.Sprintf("%s gibt es in %s %s, bei der Vereinbarung (%s) %s", cell, obs.Label, offersText(now), agreed.Label, offersText(was))
	switch {
	case was == 0 && now > 0:
		return Closed, text + "; die Lücke ist geschlossen."
	case now > was:
		return Improved, text + "; das Angebot ist gewachsen."
	case now == was:
		return Unchanged, text + "; unverändert."
	}
	return Worsened, text + "; das Angebot ist geschrumpft."
}

// actorName returns the name of the actor with the ID, or the ID.
func (o *observer) actorName(id string) string {
	for i := range o.full.Actors {
		if a := &o.full.Actors[i]; a.ID == id {
			return a.Name
		}
	}
	return id
}

// cellName names the gap's cell as the start of a sentence: "In Hafenviertel im
// Handlungsfeld Wohnen für Ältere Menschen".
func (o *observer) cellName() string {
	org, tax := &o.m.Origin, o.full.Taxonomy
	space := org.SocialSpaceID
	for i := range o.full.SocialSpaces {
		if s := &o.full.SocialSpaces[i]; s.ID == space {
			space = s.Name
		}
	}
	out := fmt.Sprintf("In %s im Handlungsfeld %s", space, tax.Label(graph.ListFields, org.Field))
	if org.TargetGroup != "" {
		out += " für " + tax.Label(graph.ListTargetGroups, org.TargetGroup)
	}
	return out
}

// offersText says a number of offers in German.
func offersText(n int) string {
	switch n {
	case 0:
		return "kein Angebot"
	case 1:
		return "1 Angebot"
	}
	return strconv.Itoa(n) + " Angebote"
}

// percent renders a share as a whole percentage with a German decimal sign.
func percent(x float64) string { return strconv.FormatFloat(math.Round(100*x), 'f', 0, 64) }

// germanDate renders YYYY-MM-DD as DD.MM.YYYY.
func germanDate(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.Format("02.01.2006")
}
