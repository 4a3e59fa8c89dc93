package changes

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// sideOf builds a Side of the state s of n without coupling and potentials.
func sideOf(t *testing.T, n *graph.Network, s graph.State) *Side {
	t.Helper()
	net, err := n.At(s, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	g := metrics.FromNetwork(net, false)
	return &Side{Net: net, Graph: g, Betweenness: make([]float64, g.N()), Clustering: make([]float64, g.N())}
}

// TestCompareHandMade compares two waves of a small network: a–b lapses (a was
// surveyed again), c–d changes intensity and kinds, a–e is new and brings e in.
func TestCompareHandMade(t *testing.T) {
	co := func(id, from, to, wave string, intensity int, kinds ...string) graph.Cooperation {
		return graph.Cooperation{Meta: graph.Meta{ID: id}, From: from, To: to, WaveID: wave, Kinds: kinds, Intensity: intensity}
	}
	n := &graph.Network{Taxonomy: graph.DefaultTaxonomy(), Waves: []graph.Wave{
		{Meta: graph.Meta{ID: "w1"}, Name: "W1", Date: "2025-01-01"},
		{Meta: graph.Meta{ID: "w2"}, Name: "W2", Date: "2026-01-01"},
	}}
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		n.Actors = append(n.Actors, graph.Actor{Meta: graph.Meta{ID: id}, Name: "Akteur " + strings.ToUpper(id)})
	}
	n.Cooperations = []graph.Cooperation{
		co("1", "a", "b", "w1", 2, "information"), co("2", "c", "d", "w1", 1, "information"),
		co("3", "c", "d", "w2", 3, "information", "referral"), co("4", "a", "e", "w2", 4, "information"),
	}
	r := Compare(sideOf(t, n, graph.State{Wave: "w1"}), sideOf(t, n, graph.State{Wave: "w2"})).Cut(10)
	if len(r.Ties.New) != 1 || r.Ties.New[0].From != "a" || r.Ties.New[0].To != "e" {
		t.Errorf("new %+v", r.Ties.New)
	}
	if len(r.Ties.Lapsed) != 1 || !strings.HasPrefix(r.Ties.Lapsed[0].Sentence, "Beendet: Akteur A und Akteur B kooperieren zum Stand W2 nicht mehr") {
		t.Errorf("lapsed %+v", r.Ties.Lapsed)
	}
	if len(r.Ties.Changed) != 1 || !strings.Contains(r.Ties.Changed[0].Sentence, "Intensität von 1 auf 3 gestiegen; neu: Fallvermittlung") {
		t.Errorf("changed %+v", r.Ties.Changed)
	}
	if len(r.Actors.New) != 1 || r.Actors.New[0].ID != "e" || r.Actors.New[0].Sentence != "Akteur E ist neu im Netzwerk: 1 Kooperation zum Stand W2." {
		t.Errorf("new actors %+v", r.Actors.New)
	}
	if len(r.Actors.Gone) != 1 || r.Actors.Gone[0].ID != "b" {
		t.Errorf("gone actors %+v", r.Actors.Gone)
	}
	// Risers: c, d (1 → 1 tie, no change) are not movers; a keeps 1 tie; e rises.
	if len(r.Risers) != 1 || r.Risers[0].ID != "e" || len(r.Fallers) != 1 || r.Fallers[0].ID != "b" {
		t.Errorf("risers %+v fallers %+v", r.Risers, r.Fallers)
	}
	if r.Network.Delta.Actors != 1 || r.Network.Delta.Ties != 0 {
		t.Errorf("delta %+v", r.Network.Delta)
	}
	// Chance: T1 has 4 actors (e joins later), 6 pairs, 2 tied; of the 4 untied
	// pairs none is tied at T2 (a–e involves e).
	if r.PotentialsRealised.ExpectedRate != 0 || r.PotentialsRealised.Top != 0 {
		t.Errorf("potentials %+v", r.PotentialsRealised)
	}
	if !strings.Contains(r.Summary[0], "1 Kooperation neu, 1 Kooperation beendet, 1 Kooperation verändert.") {
		t.Errorf("summary %q", r.Summary)
	}
	if len(r.Notes) != 0 {
		t.Errorf("notes %q", r.Notes)
	}
	// Without betweenness (a network above the exact limit) the report says so.
	to := sideOf(t, n, graph.State{Wave: "w2"})
	to.Betweenness = nil
	if r := Compare(sideOf(t, n, graph.State{Wave: "w1"}), to); len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "nicht verglichen") {
		t.Errorf("notes without betweenness %q", r.Notes)
	}
}

// TestCutKeepsCounts cuts the lists of the hand-made comparison to none and to one:
// the counts stay the lengths of the whole lists, and the report cut is unchanged.
func TestCutKeepsCounts(t *testing.T) {
	co := func(id, from, to, wave string) graph.Cooperation {
		return graph.Cooperation{Meta: graph.Meta{ID: id}, From: from, To: to, WaveID: wave, Kinds: []string{"information"}, Intensity: 2}
	}
	n := &graph.Network{Taxonomy: graph.DefaultTaxonomy(), Waves: []graph.Wave{
		{Meta: graph.Meta{ID: "w1"}, Name: "W1", Date: "2025-01-01"},
		{Meta: graph.Meta{ID: "w2"}, Name: "W2", Date: "2026-01-01"},
	}}
	for _, id := range []string{"a", "b", "c", "d"} {
		n.Actors = append(n.Actors, graph.Actor{Meta: graph.Meta{ID: id}, Name: "Akteur " + id})
	}
	// T1: a–b, a–c; T2: c–d, b–d, a–d (d new; two lapsed, three new).
	n.Cooperations = []graph.Cooperation{co("1", "a", "b", "w1"), co("2", "a", "c", "w1"),
		co("3", "c", "d", "w2"), co("4", "b", "d", "w2"), co("5", "a", "d", "w2")}
	r := Compare(sideOf(t, n, graph.State{Wave: "w1"}), sideOf(t, n, graph.State{Wave: "w2"}))
	if r.Ties.NewCount != 3 || r.Ties.LapsedCount != 2 || r.Ties.ChangedCount != 0 || r.Actors.NewCount != 1 || r.Actors.GoneCount != 0 {
		t.Fatalf("counts %+v %+v", r.Ties, r.Actors)
	}
	if len(r.Ties.New)+len(r.Ties.Lapsed)+len(r.Ties.Changed) != 0 {
		t.Errorf("Compare lists ties: %+v", r.Ties)
	}
	whole := r.Cut(10)
	for _, limit := range []int{0, 1} {
		c := r.Cut(limit)
		if len(c.Ties.New) != limit || len(c.Ties.Lapsed) != limit || len(c.Actors.New) != limit || c.Ties.Changed == nil ||
			c.Ties.NewCount != 3 || c.Ties.LapsedCount != 2 || c.Actors.NewCount != 1 {
			t.Errorf("cut to %d: %+v %+v", limit, c.Ties, c.Actors)
		}
		if limit == 1 && c.Ties.New[0].Sentence != whole.Ties.New[0].Sentence {
			t.Errorf("cut to 1 starts with %+v, not %+v", c.Ties.New[0], whole.Ties.New[0])
		}
	}
	if len(whole.Ties.New) != 3 || len(whole.Ties.Lapsed) != 2 || len(r.Ties.New) != 0 {
		t.Errorf("the cut changed the report, or cut too much: %+v", whole.Ties)
	}
	// Pages in turn give the whole list; the ends of the ties are those of the pages.
	var paged []Tie
	for offset := 0; offset < 5; offset += 2 {
		paged = append(paged, r.TiePage(NewTies, offset, 2)...)
	}
	if !reflect.DeepEqual(paged, whole.Ties.New) || len(r.TiePage(NewTies, 3, 2)) != 0 || len(r.TiePage(NewTies, 99, math.MaxInt)) != 0 {
		t.Errorf("pages %+v, want %+v", paged, whole.Ties.New)
	}
	i := 0
	for from, to := range r.TieEnds(LapsedTies) {
		if from != whole.Ties.Lapsed[i].From || to != whole.Ties.Lapsed[i].To {
			t.Errorf("lapsed tie %d: %s–%s, want %s–%s", i, from, to, whole.Ties.Lapsed[i].From, whole.Ties.Lapsed[i].To)
		}
		i++
	}
	if i != 2 {
		t.Errorf("%d lapsed ends", i)
	}
}

func TestGermanCounts(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{count(1, "Akteur", "Akteure"), "1 Akteur"},
		{count(0, "Akteur", "Akteure"), "0 Akteure"},
		{moreText(1), " und 1 weiterer"},
		{moreText(3), " und 3 weitere"},
		{moreText(0), ""},
		{moreSuffix(1, "Rechtskreispaar"), " Dazu 1 weiteres Rechtskreispaar."},
		{moreSuffix(2, "Rechtskreispaar"), " Dazu 2 weitere Rechtskreispaare."},
		{percent(0.0056), "0,56 %"},
		{percent(0.16), "16 %"},
	} {
		if tt.got != tt.want {
			t.Errorf("%q, want %q", tt.got, tt.want)
		}
	}
}

// A cell that crosses the weak line because its groups grew says so with the ties
// that chance predicts at both times, instead of "0 statt 0".
func TestSentenceCrossedNamesExpectedTies(t *testing.T) {
	before := planning.CouplingCell{Ties: 0, Expected: 1.24}
	after := planning.CouplingCell{Ties: 0, Expected: 3.5, Weak: true}
	got := sentenceCrossed("ÖGD", "Sport", before, after)
	want := "ÖGD und Sport sind jetzt schwach gekoppelt: 0 Kooperationen bei 3,5 erwarteten (zuvor 0 bei 1,2 erwarteten)."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	got = sentenceCrossed("SGB II", "Sport", planning.CouplingCell{Ties: 0, Expected: 4, Weak: true}, planning.CouplingCell{Ties: 2, Expected: 4.2})
	want = "SGB II und Sport sind nicht mehr schwach gekoppelt: 2 Kooperationen bei 4,2 erwarteten (zuvor 0 bei 4,0 erwarteten)."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
