package changes

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// refKey is an unordered pair of actor IDs, a ≤ b.
type refKey struct{ a, b string }

func refKeyOf(x, y string) refKey { return refKey{min(x, y), max(x, y)} }

// refSide is a Side indexed by actor ID strings, as a straightforward reference.
type refSide struct {
	*Side
	ties   map[refKey]*graph.Cooperation
	actors map[string]*graph.Actor
}

func refIndex(s *Side) *refSide {
	x := &refSide{Side: s, ties: map[refKey]*graph.Cooperation{}, actors: map[string]*graph.Actor{}}
	for i := range s.Net.Cooperations {
		c := &s.Net.Cooperations[i]
		x.ties[refKeyOf(c.From, c.To)] = c
	}
	for i := range s.Net.Actors {
		x.actors[s.Net.Actors[i].ID] = &s.Net.Actors[i]
	}
	return x
}

func (s *refSide) degree(id string) int {
	if v, ok := s.Graph.Index(id); ok {
		return s.Graph.Undirected().Degree(v)
	}
	return 0
}

func (s *refSide) betweenness(id string) float64 {
	if v, ok := s.Graph.Index(id); ok && s.Betweenness != nil {
		return s.Betweenness[v]
	}
	return 0
}

// referenceCompare computes the ties, actors, movers and realised potentials of
// Compare by string keys; the rest of the report is Compare's own.
func referenceCompare(from, to *Side) *Report {
	r := Compare(from, to)
	t1, t2 := refIndex(from), refIndex(to)
	label := ""
	if to.Net.State != nil {
		label = to.Net.State.Label
	}
	name := map[string]string{}
	for _, n := range []*graph.Network{from.Net, to.Net} {
		for _, a := range n.Actors {
			name[a.ID] = a.Name
		}
	}

	// Ties.
	type change struct {
		k             refKey
		before, after *graph.Cooperation
		weight        int
	}
	var added, lapsed, changed []change
	for k, a := range t2.ties {
		switch b := t1.ties[k]; {
		case b == nil:
			added = append(added, change{k, nil, a, a.Intensity})
		case b.Intensity != a.Intensity || !sameKinds(b.Kinds, a.Kinds):
			changed = append(changed, change{k, b, a, abs(a.Intensity - b.Intensity)})
		}
	}
	for k, b := range t1.ties {
		if t2.ties[k] == nil {
			lapsed = append(lapsed, change{k, b, nil, b.Intensity})
		}
	}
	ties := func(cs []change, sentence func(Tie) string) []Tie {
		slices.SortFunc(cs, func(x, y change) int {
			return cmp.Or(cmp.Compare(y.weight, x.weight), cmp.Compare(name[x.k.a], name[y.k.a]), cmp.Compare(name[x.k.b], name[y.k.b]),
				cmp.Compare(x.k.a, y.k.a), cmp.Compare(x.k.b, y.k.b))
		})
		out := []Tie{}
		for _, c := range cs {
			t := Tie{From: c.k.a, To: c.k.b, FromName: name[c.k.a], ToName: name[c.k.b], KindsBefore: []string{}, KindsAfter: []string{}}
			if c.before != nil {
				t.KindsBefore, t.IntensityBefore = slices.Sorted(slices.Values(c.before.Kinds)), c.before.Intensity
			}
			if c.after != nil {
				t.KindsAfter, t.IntensityAfter = slices.Sorted(slices.Values(c.after.Kinds)), c.after.Intensity
			}
			t.Sentence = sentence(t)
			out = append(out, t)
		}
		return out
	}
	tax := to.Net.Taxonomy
	r.Ties = TieChanges{
		New:     ties(added, func(t Tie) string { return sentenceNew(t, tax, label) }),
		Lapsed:  ties(lapsed, func(t Tie) string { return sentenceLapsed(t, label) }),
		Changed: ties(changed, func(t Tie) string { return sentenceChanged(t, tax) }),
	}
	r.Ties.NewCount, r.Ties.LapsedCount, r.Ties.ChangedCount = len(r.Ties.New), len(r.Ties.Lapsed), len(r.Ties.Changed)

	// Actors.
	r.Actors = ActorChanges{New: []ActorChange{}, Gone: []ActorChange{}}
	for id, a := range t2.actors {
		if t1.actors[id] == nil {
			r.Actors.New = append(r.Actors.New, ActorChange{ID: id, Name: a.Name, Sentence: sentenceNewActor(a.Name, t2.degree(id), label)})
		}
	}
	for id, a := range t1.actors {
		if t1.degree(id) > 0 && t2.degree(id) == 0 {
			r.Actors.Gone = append(r.Actors.Gone, ActorChange{ID: id, Name: a.Name, Sentence: sentenceGoneActor(a.Name, t1.degree(id), label)})
		}
	}
	byName := func(a, b ActorChange) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) }
	slices.SortFunc(r.Actors.New, byName)
	slices.SortFunc(r.Actors.Gone, byName)
	r.Actors.NewCount, r.Actors.GoneCount = len(r.Actors.New), len(r.Actors.Gone)

	// Movers.
	var all []Mover
	for id := range name {
		m := Mover{ID: id, Name: name[id], DegreeBefore: t1.degree(id), DegreeAfter: t2.degree(id),
			BetweennessBefore: t1.betweenness(id), BetweennessAfter: t2.betweenness(id)}
		if m.DegreeBefore != m.DegreeAfter || m.BetweennessBefore != m.BetweennessAfter {
			all = append(all, m)
		}
	}
	delta := func(m Mover) (int, float64) {
		return m.DegreeAfter - m.DegreeBefore, m.BetweennessAfter - m.BetweennessBefore
	}
	slices.SortFunc(all, func(x, y Mover) int {
		dx, bx := delta(x)
		dy, by := delta(y)
		return cmp.Or(cmp.Compare(dy, dx), cmp.Compare(by, bx), cmp.Compare(x.Name, y.Name), cmp.Compare(x.ID, y.ID))
	})
	r.Risers, r.Fallers = []Mover{}, []Mover{}
	for _, m := range all {
		if d, b := delta(m); len(r.Risers) < Movers && (d > 0 || d == 0 && b > 0) {
			m.Sentence = sentenceMover(m)
			r.Risers = append(r.Risers, m)
		}
	}
	for i := len(all) - 1; i >= 0 && len(r.Fallers) < Movers; i-- {
		if d, b := delta(all[i]); d < 0 || d == 0 && b < 0 {
			m := all[i]
			m.Sentence = sentenceMover(m)
			r.Fallers = append(r.Fallers, m)
		}
	}

	// Realised potentials.
	p := Realised{Pairs: []RealisedPair{}}
	top := from.Potentials[:min(len(from.Potentials), PotentialsTop)]
	for _, q := range top {
		rp := RealisedPair{A: q.A.ID, B: q.B.ID, AName: q.A.Name, BName: q.B.Name, Score: q.Score,
			Realised: t2.ties[refKeyOf(q.A.ID, q.B.ID)] != nil}
		rp.Sentence = sentencePair(rp, label)
		if rp.Realised {
			p.Realised++
		}
		p.Pairs = append(p.Pairs, rp)
	}
	p.Top = len(top)
	if p.Top > 0 {
		p.HitRate = float64(p.Realised) / float64(p.Top)
	}
	n := float64(len(t1.actors))
	untied := n*(n-1)/2 - float64(len(t1.ties))
	formed := 0
	for k := range t2.ties {
		if t1.ties[k] == nil && t1.actors[k.a] != nil && t1.actors[k.b] != nil {
			formed++
		}
	}
	if untied > 0 {
		p.ExpectedRate = float64(formed) / untied
	}
	fromLabel := ""
	if from.Net.State != nil {
		fromLabel = from.Net.State.Label
	}
	p.Sentence = sentenceRealised(p, fromLabel, label)
	r.PotentialsRealised = p
	r.Summary = summary(r)
	return r
}

// fullSide builds a Side of a wave of n with coupling, and with betweenness if
// exact is set (else without, as above the exact limit).
func fullSide(t *testing.T, n *graph.Network, wave string, exact bool) *Side {
	s := sideOf(t, n, graph.State{Wave: wave})
	s.Betweenness = nil
	if exact {
		bc, err := metrics.Betweenness(context.Background(), s.Graph)
		if err != nil {
			t.Fatal(err)
		}
		s.Betweenness = bc
	}
	for i := range s.Clustering {
		s.Clustering[i] = float64(i%7) / 7
	}
	s.Coupling = planning.DomainCoupling(s.Graph, planning.NewProfiles(s.Net), planning.DefaultCouplingThresholds())
	return s
}

// TestCompareMatchesReference checks Compare against the string-keyed reference on
// every pair of waves of the demo county and of a generated network of 5,000
// actors (without betweenness), three waves each; the potentials of T1 are
// pairs of its actors, some tied later and some not.
func TestCompareMatchesReference(t *testing.T) {
	for _, o := range []demo.Options{demo.County(), {Seed: 2, Actors: 5000, Cooperations: 20000}} {
		n := testnet.Generated(o)
		var waves []string
		for _, w := range n.Waves {
			waves = append(waves, w.ID)
		}
		if len(waves) < 3 {
			t.Fatalf("%d waves, want 3", len(waves))
		}
		for _, a := range waves {
			for _, b := range waves {
				if a == b {
					continue
				}
				t.Run(fmt.Sprintf("%d/%s-%s", o.Actors, a, b), func(t *testing.T) {
					exact := o.Actors < 1000
					from, to := fullSide(t, n, a, exact), fullSide(t, n, b, exact)
					for i := 0; i < len(to.Net.Cooperations) && len(from.Potentials) < PotentialsTop; i += 7 {
						c := to.Net.Cooperations[i]
						from.Potentials = append(from.Potentials, planning.Potential{A: planning.PotentialActor{ID: c.From, Name: "A" + c.From},
							B: planning.PotentialActor{ID: from.Net.Actors[i%len(from.Net.Actors)].ID, Name: "B"}, Score: float64(i)})
						from.Potentials = append(from.Potentials, planning.Potential{A: planning.PotentialActor{ID: c.To}, B: planning.PotentialActor{ID: c.From}})
					}
					got, want := Compare(from, to).Cut(math.MaxInt), referenceCompare(from, to)
					if len(got.Ties.New)+len(got.Ties.Lapsed)+len(got.Ties.Changed) == 0 || got.PotentialsRealised.Realised == 0 {
						t.Fatalf("nothing to compare: %d new ties, %d potentials realised", len(got.Ties.New), got.PotentialsRealised.Realised)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("Compare differs from the reference:\nties %v\nactors %v\nrisers %v\nfallers %v\nrealised %v",
							reflect.DeepEqual(got.Ties, want.Ties), reflect.DeepEqual(got.Actors, want.Actors),
							reflect.DeepEqual(got.Risers, want.Risers), reflect.DeepEqual(got.Fallers, want.Fallers),
							reflect.DeepEqual(got.PotentialsRealised, want.PotentialsRealised))
					}
				})
			}
		}
	}
}
