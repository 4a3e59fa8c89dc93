package measures_test

import (
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
)

// county returns a small county: actors a, b, c, d in one social space, three waves,
// and in every wave a tie a–c (so that each wave has cooperations). extra adds
// cooperations.
func county(extra ...graph.Cooperation) *graph.Network {
	actor := func(id, name, domain string) graph.Actor {
		return graph.Actor{Meta: graph.Meta{ID: id}, Name: name, Kind: "association", LegalDomains: []string{domain},
			SocialSpaces: []string{"sp-1"}}
	}
	n := &graph.Network{
		Taxonomy: graph.DefaultTaxonomy(),
		SocialSpaces: []graph.SocialSpace{{Meta: graph.Meta{ID: "sp-1"}, Name: "Hafenviertel", Level: "social_space",
			Indicators: []graph.Indicator{{Year: 2025, Code: "population", Value: 4000}}}},
		Waves: []graph.Wave{
			{Meta: graph.Meta{ID: "w1"}, Name: "Erhebung Frühjahr 2025", Date: "2025-04-01"},
			{Meta: graph.Meta{ID: "w2"}, Name: "Erhebung Herbst 2026", Date: "2026-10-01"},
			{Meta: graph.Meta{ID: "w3"}, Name: "Erhebung Herbst 2027", Date: "2027-10-01"},
		},
		Actors: []graph.Actor{actor("a", "Jobcenter Seeland", "sgb2"), actor("b", "Lebenshilfe", "sgb9"),
			actor("c", "Caritas", "sgb12"), actor("d", "Tafel", "civil_society")},
		Offers: []graph.Offer{{Meta: graph.Meta{ID: "o1"}, ActorID: "c", Name: "Wohnberatung", Fields: []string{"housing"},
			SocialSpaces: []string{"sp-1"}}},
		Needs: []graph.Need{{Meta: graph.Meta{ID: "n1"}, SocialSpaceID: "sp-1", Field: "housing", Measure: graph.MeasureOffers, Target: 2}},
	}
	for _, w := range []string{"w1", "w2", "w3"} {
		n.Cooperations = append(n.Cooperations, graph.Cooperation{Meta: graph.Meta{ID: "ac-" + w}, From: "a", To: "c",
			Kinds: []string{"information"}, Intensity: 2, WaveID: w})
	}
	n.Cooperations = append(n.Cooperations, extra...)
	return n
}

func tie(id, from, to, wave string) graph.Cooperation {
	return graph.Cooperation{Meta: graph.Meta{ID: id}, From: from, To: to, Kinds: []string{"referral"}, Intensity: 1, WaveID: wave}
}

func potential(from, to string) graph.Measure {
	return graph.Measure{Meta: graph.Meta{ID: "m-pot"}, Title: "Zusammenbringen", Status: graph.MeasureStarted,
		Origin: graph.MeasureOrigin{Kind: graph.OriginPotential, From: from, To: to}, AgreedWaveID: "w1"}
}

func evaluate(t *testing.T, n *graph.Network) []measures.Evaluation {
	t.Helper()
	evs, err := measures.Evaluate(t.Context(), n, measures.Snapshot{Full: n, Today: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC), Analyzer: analysis.NewEngine(analysis.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func outcomes(ev measures.Evaluation) []string {
	var out []string
	for _, w := range ev.Waves {
		out = append(out, w.Outcome)
	}
	return out
}

// A measure made from a potential is realised at the wave that contains the tie, and
// not realised where no wave does.
func TestPotential(t *testing.T) {
	for _, tt := range []struct {
		name     string
		extra    []graph.Cooperation
		outcomes []string
		text     string
	}{
		{"never", nil, []string{measures.NotRealised, measures.NotRealised},
			"Die Kooperation zwischen Jobcenter Seeland und Lebenshilfe ist bis Erhebung Herbst 2027 nicht entstanden."},
		{"from wave 2", []graph.Cooperation{tie("x2", "b", "a", "w2"), tie("x3", "a", "b", "w3")},
			[]string{measures.Realised, measures.Realised},
			"Die Kooperation zwischen Jobcenter Seeland und Lebenshilfe besteht seit Erhebung Herbst 2026."},
		{"from wave 3", []graph.Cooperation{tie("x3", "a", "b", "w3")}, []string{measures.NotRealised, measures.Realised},
			"Die Kooperation zwischen Jobcenter Seeland und Lebenshilfe besteht seit Erhebung Herbst 2027."},
		// Wave 3 surveyed a (the tie a–c), so the tie of wave 2 has lapsed.
		{"lapsed", []graph.Cooperation{tie("x2", "a", "b", "w2")}, []string{measures.Realised, measures.Lapsed},
			"Die Kooperation zwischen Jobcenter Seeland und Lebenshilfe bestand in Erhebung Herbst 2026, ist in Erhebung Herbst 2027 aber nicht mehr erfasst."},
		// A tie of another pair is not the proposed one.
		{"other pair", []graph.Cooperation{tie("x2", "b", "d", "w2"), tie("x3", "b", "d", "w3")},
			[]string{measures.NotRealised, measures.NotRealised}, "nicht entstanden"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := county(tt.extra...)
			n.Measures = []graph.Measure{potential("a", "b")}
			ev := evaluate(t, n)[0]
			if got := strings.Join(outcomes(ev), " "); got != strings.Join(tt.outcomes, " ") {
				t.Errorf("outcomes %s, want %v", got, tt.outcomes)
			}
			if ev.Outcome != tt.outcomes[len(tt.outcomes)-1] || !strings.Contains(ev.Text, tt.text) {
				t.Errorf("evaluation %s: %q, want %q", ev.Outcome, ev.Text, tt.text)
			}
			if *ev.Agreed.Tie || ev.Agreed.Label != "Erhebung Frühjahr 2025" {
				t.Errorf("agreed at %q with tie %v", ev.Agreed.Label, *ev.Agreed.Tie)
			}
		})
	}
}

// A measure agreed at the latest wave waits for the next one; one agreed on a date
// compares with the waves after that date.
func TestPendingAndDate(t *testing.T) {
	n := county(tie("x3", "a", "b", "w3"))
	m := potential("a", "b")
	m.AgreedWaveID = "w3"
	n.Measures = []graph.Measure{m}
	ev := evaluate(t, n)[0]
	if ev.Outcome != measures.Pending || len(ev.Waves) != 0 || !strings.Contains(ev.Text, "noch keine weitere Erhebungswelle") {
		t.Errorf("measure of the latest wave: %s %q, %d waves", ev.Outcome, ev.Text, len(ev.Waves))
	}
	m.AgreedWaveID, m.AgreedOn = "", "2027-01-15"
	n.Measures = []graph.Measure{m}
	ev = evaluate(t, n)[0]
	if ev.Agreed.Label != "Stand 15.01.2027" || len(ev.Waves) != 1 || ev.Outcome != measures.Realised {
		t.Errorf("measure of a date: agreed %q, %d waves, %s", ev.Agreed.Label, len(ev.Waves), ev.Outcome)
	}
}

// A measure made from a gap compares the coverage of the need: one offer of two
// needed when agreed; a second offer, by an actor that joins the network in wave 3,
// closes the gap there.
func TestGap(t *testing.T) {
	n := county(tie("x3", "b", "d", "w3"))
	n.Offers = append(n.Offers, graph.Offer{Meta: graph.Meta{ID: "o2"}, ActorID: "d", Name: "Wohnprojekt",
		Fields: []string{"housing"}, SocialSpaces: []string{"sp-1"}})
	n.Measures = []graph.Measure{{Meta: graph.Meta{ID: "m-gap"}, Title: "Wohnangebot", Status: graph.MeasureDone,
		Origin: graph.MeasureOrigin{Kind: graph.OriginGap, SocialSpaceID: "sp-1", Field: "housing"}, AgreedWaveID: "w1"}}
	ev := evaluate(t, n)[0]
	if got := strings.Join(outcomes(ev), " "); got != measures.Unchanged+" "+measures.Closed {
		t.Fatalf("outcomes %s, want unchanged closed", got)
	}
	if *ev.Agreed.Offers != 1 || *ev.Agreed.Coverage != 0.5 || *ev.Waves[1].Offers != 2 || *ev.Waves[1].Coverage != 1 {
		t.Errorf("offers %d → %d, coverage %v → %v", *ev.Agreed.Offers, *ev.Waves[1].Offers, *ev.Agreed.Coverage, *ev.Waves[1].Coverage)
	}
	want := "In Hafenviertel im Handlungsfeld Wohnen ist der Bedarf in Erhebung Herbst 2027 zu 100 % gedeckt, bei der Vereinbarung (Erhebung Frühjahr 2025) zu 50 %"
	if !strings.HasPrefix(ev.Text, want) || !strings.HasSuffix(ev.Text, "die Lücke ist geschlossen.") {
		t.Errorf("text %q, want it to start with %q", ev.Text, want)
	}
}
