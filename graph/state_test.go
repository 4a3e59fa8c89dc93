package graph_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// timeline is a hand-made network of two waves:
//
//	w1 (2025-04-15): a–b, c–d, e–f, x→y (directed)
//	w2 (2026-10-15): a–c twice (mutual "information" 2 and a→c "referral" 4),
//	                 h–i valid from 2027-01-01
//	outside waves:   b–d until 2025-12-31, x→y directed "funding" 1, a–c "project" 1
//	                 from 2026-11-01
//	g has no cooperation; h and i only the future one, so they join the network
//	in 2027; b and d stay after their ties ended, without ties.
//
// w2 surveyed a, c, h and i: a–b and c–d lapsed; e–f and x→y are carried forward
// (x→y is confirmed by its record outside waves, so only e–f is unconfirmed).
func timeline() *graph.Network {
	co := func(id, from, to, wave string, kind string, intensity int) graph.Cooperation {
		return graph.Cooperation{Meta: graph.Meta{ID: id}, From: from, To: to, WaveID: wave, Kinds: []string{kind}, Intensity: intensity}
	}
	n := &graph.Network{Revision: 7, Waves: []graph.Wave{
		{Meta: graph.Meta{ID: "w2", ExternalKey: "herbst"}, Name: "Erhebung Herbst 2026", Date: "2026-10-15"},
		{Meta: graph.Meta{ID: "w1", ExternalKey: "fruehjahr"}, Name: "Erhebung Frühjahr 2025", Date: "2025-04-15"},
		{Meta: graph.Meta{ID: "w3"}, Name: "Erhebung 2027", Date: "2027-03-01"},
	}}
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "x", "y"} {
		n.Actors = append(n.Actors, graph.Actor{Meta: graph.Meta{ID: id}, Name: "Akteur " + id})
	}
	n.Offers = []graph.Offer{{Meta: graph.Meta{ID: "o-b"}, ActorID: "b"}, {Meta: graph.Meta{ID: "o-g"}, ActorID: "g"}}
	xy := co("c04", "x", "y", "w1", "referral", 3)
	xy.Directed = true
	xy2 := co("c11", "x", "y", "", "funding", 1)
	xy2.Directed = true
	ac := co("c06", "a", "c", "w2", "referral", 4)
	ac.Directed = true
	bd := co("c10", "b", "d", "", "information", 2)
	bd.ValidUntil = "2025-12-31"
	hi := co("c08", "h", "i", "w2", "information", 1)
	hi.ValidFrom = "2027-01-01"
	ac3 := co("c12", "c", "a", "", "project", 1)
	ac3.ValidFrom = "2026-11-01"
	n.Cooperations = []graph.Cooperation{
		co("c01", "a", "b", "w1", "information", 2), co("c02", "c", "d", "w1", "information", 1),
		co("c03", "e", "f", "w1", "information", 3), xy,
		co("c05", "a", "c", "w2", "information", 2), ac, hi, bd, xy2, ac3,
	}
	return n
}

// ties describes the ties of a state network as "A-B kinds intensity" (A→B if directed).
func ties(n *graph.Network) []string {
	var out []string
	for _, c := range n.Cooperations {
		sep := "-"
		if c.Directed {
			sep = "→"
		}
		out = append(out, c.From+sep+c.To+" "+strings.Join(c.Kinds, "+")+" "+string(rune('0'+c.Intensity)))
	}
	slices.Sort(out)
	return out
}

func actorIDs(n *graph.Network) string {
	var ids []string
	for _, a := range n.Actors {
		ids = append(ids, a.ID)
	}
	return strings.Join(ids, ",")
}

func TestStateOfWaves(t *testing.T) {
	n := timeline()
	today := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		state       graph.State
		ties        []string
		actors      string
		label       string
		date        string
		unconfirmed int
	}{
		{"first wave: its records and the outside tie valid on its date; directed ties of one direction stay directed",
			graph.State{Wave: "fruehjahr"},
			[]string{"a-b information 2", "b-d information 2", "c-d information 1", "e-f information 3", "x→y referral+funding 3"},
			"a,b,c,d,e,f,g,x,y", "Stand Erhebung Frühjahr 2025", "2025-04-15", 0},
		{"second wave: a–b and c–d lapsed (a and c surveyed), e–f and x→y carried forward, b–d expired, h–i not yet valid; a–c merged",
			graph.State{Wave: "w2"},
			[]string{"a-c information+referral 4", "e-f information 3", "x→y referral+funding 3"},
			"a,b,c,d,e,f,g,x,y", "Stand Erhebung Herbst 2026", "2026-10-15", 1},
		{"a date between the waves: the first wave, validity checked on that date",
			graph.State{Date: "2026-01-15"},
			[]string{"a-b information 2", "c-d information 1", "e-f information 3", "x→y referral+funding 3"},
			"a,b,c,d,e,f,g,x,y", "Stand 15.01.2026 (Erhebung Frühjahr 2025)", "2026-01-15", 0},
		{"today: the second wave plus the outside tie valid since November",
			graph.State{},
			[]string{"a-c information+referral+project 4", "e-f information 3", "x→y referral+funding 3"},
			"a,b,c,d,e,f,g,x,y", "Stand heute, 02.12.2026 (Erhebung Herbst 2026)", "2026-12-02", 1},
		{"a later date: h–i becomes valid; the empty wave w3 is no base",
			graph.State{Date: "2027-06-30"},
			[]string{"a-c information+referral+project 4", "e-f information 3", "h-i information 1", "x→y referral+funding 3"},
			"a,b,c,d,e,f,g,h,i,x,y", "Stand 30.06.2027 (Erhebung Herbst 2026)", "2027-06-30", 1},
		{"before every wave: only outside ties valid then",
			graph.State{Date: "2024-01-01"},
			[]string{"b-d information 2", "x→y funding 1"},
			"b,d,g,x,y", "Stand 01.01.2024", "2024-01-01", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := n.At(tt.state, today)
			if err != nil {
				t.Fatal(err)
			}
			if got := ties(s); !slices.Equal(got, tt.ties) {
				t.Errorf("ties\n got %q\nwant %q", got, tt.ties)
			}
			if got := actorIDs(s); got != tt.actors {
				t.Errorf("actors %s, want %s", got, tt.actors)
			}
			st := s.State
			if st == nil || st.Label != tt.label || st.Date != tt.date || st.Cooperations != len(tt.ties) ||
				st.Actors != len(s.Actors) || st.Unconfirmed != tt.unconfirmed || s.Revision != n.Revision {
				t.Errorf("state %+v", st)
			}
			for _, o := range s.Offers {
				if !strings.Contains(","+tt.actors+",", ","+o.ActorID+",") {
					t.Errorf("offer %s of an actor outside the state", o.ID)
				}
			}
		})
	}
	if len(n.Cooperations) != 10 || n.State != nil {
		t.Error("At changed the snapshot")
	}
}

// TestStateCarriedUntilSurveyed checks that a pair carried forward lapses for good
// once a later wave surveys one of its actors, and that mutual and opposite
// directions merge into a mutual tie.
func TestStateCarriedUntilSurveyed(t *testing.T) {
	n := &graph.Network{Waves: []graph.Wave{
		{Meta: graph.Meta{ID: "w1"}, Name: "W1", Date: "2024-01-01"},
		{Meta: graph.Meta{ID: "w2"}, Name: "W2", Date: "2025-01-01"},
		{Meta: graph.Meta{ID: "w3"}, Name: "W3", Date: "2026-01-01"},
	}}
	for _, id := range []string{"a", "b", "c", "d"} {
		n.Actors = append(n.Actors, graph.Actor{Meta: graph.Meta{ID: id}})
	}
	n.Cooperations = []graph.Cooperation{
		{Meta: graph.Meta{ID: "1"}, From: "a", To: "b", WaveID: "w1", Kinds: []string{"k"}, Intensity: 1},
		{Meta: graph.Meta{ID: "2"}, From: "c", To: "d", WaveID: "w2", Kinds: []string{"k"}, Intensity: 1, Directed: true},
		{Meta: graph.Meta{ID: "3"}, From: "d", To: "c", WaveID: "w2", Kinds: []string{"k"}, Intensity: 2, Directed: true},
		{Meta: graph.Meta{ID: "4"}, From: "a", To: "c", WaveID: "w3", Kinds: []string{"k"}, Intensity: 1},
	}
	want := map[string][]string{
		"w1": {"a-b k 1"},
		"w2": {"a-b k 1", "c-d k 2"}, // a–b carried: w2 surveyed only c and d
		"w3": {"a-c k 1"},            // a–b and c–d lapsed: w3 surveyed a and c
	}
	for w, tt := range want {
		s, err := n.At(graph.State{Wave: w}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if got := ties(s); !slices.Equal(got, tt) {
			t.Errorf("%s: %q, want %q", w, got, tt)
		}
	}
}

func TestStateErrors(t *testing.T) {
	n := timeline()
	tests := []struct {
		state graph.State
		field string
		text  string
	}{
		{graph.State{Wave: "w9"}, "wave", "gibt es nicht"},
		{graph.State{Wave: "w3"}, "wave", "keine Kooperationen"},
		{graph.State{Date: "2025-02-30"}, "date", "kein gültiges Datum"},
		{graph.State{Date: "30.06.2025"}, "date", "JJJJ-MM-TT"},
		{graph.State{Wave: "w1", Date: "2025-01-01"}, "date", "nicht beides"},
	}
	for _, tt := range tests {
		_, err := n.At(tt.state, time.Now())
		fields := graph.ErrorFields(err)
		if graph.ErrorCode(err) != graph.Invalid || len(fields) != 1 || fields[0].Field != tt.field || !strings.Contains(fields[0].Message, tt.text) {
			t.Errorf("%+v: %v, want Invalid on %s with %q", tt.state, err, tt.field, tt.text)
		}
	}
}

func TestPreviousWave(t *testing.T) {
	n := timeline()
	for _, tt := range []struct{ wave, date, want string }{
		{"w2", "2026-12-02", "w1"}, // the wave's own date counts, not the state's
		{"", "2026-12-02", "w2"},
		{"", "2026-10-15", "w1"},
		{"w1", "2025-04-15", ""},
		{"w3", "2027-03-01", "w2"}, // w3 has no cooperations, w2 does
	} {
		got := ""
		if w := n.PreviousWave(tt.wave, tt.date); w != nil {
			got = w.ID
		}
		if got != tt.want {
			t.Errorf("PreviousWave(%q, %q) = %q, want %q", tt.wave, tt.date, got, tt.want)
		}
	}
}

// TestStatesShareTies checks that two states of one snapshot with the same ties share
// them, and that states with other ties, or of another snapshot, do not.
func TestStatesShareTies(t *testing.T) {
	n := timeline()
	today := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	at := func(n *graph.Network, s graph.State) *graph.Network {
		t.Helper()
		x, err := n.At(s, today)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	wave := at(n, graph.State{Wave: "w2"})
	later := at(n, graph.State{Date: "2026-10-20"}) // before a–c "project" begins
	if !later.ShareTies(wave) || &later.Cooperations[0] != &wave.Cooperations[0] || !slices.Equal(ties(later), ties(wave)) {
		t.Errorf("the state of 2026-10-20 does not share the ties of wave w2: %v, %v", ties(later), ties(wave))
	}
	if later.DataKey() != wave.DataKey() {
		t.Errorf("the state of 2026-10-20 holds the data of wave w2 under the key %q, not %q", later.DataKey(), wave.DataKey())
	}
	// A copy with other actors or another redaction (as package privacy makes) has
	// other data.
	renamed := *later
	renamed.Actors = slices.Clone(later.Actors)
	redacted := *later
	redacted.Redaction = "p"
	for _, c := range []*graph.Network{&renamed, &redacted} {
		if c.DataKey() != later.State.Key() {
			t.Errorf("a copy with other data holds them under the key %q of wave w2", c.DataKey())
		}
	}
	if now := at(n, graph.State{}); now.ShareTies(wave) || &now.Cooperations[0] == &wave.Cooperations[0] {
		t.Errorf("today's state, with a–c \"project\" added, took the ties of wave w2: %v", ties(now))
	}
	if other := at(timeline(), graph.State{Wave: "w2"}); other.ShareTies(wave) {
		t.Error("a state of another snapshot took the ties")
	}
	if n.ShareTies(wave) {
		t.Error("the snapshot itself took a state's ties")
	}

	// States.At takes the ties of a kept state with the same ties instead of merging
	// its own, and holds what a state of its own holds.
	resolve := func(s graph.State) graph.StateInfo {
		t.Helper()
		info, err := n.ResolveState(s, today)
		if err != nil {
			t.Fatal(err)
		}
		return info
	}
	info := resolve(graph.State{Date: "2026-10-20"})
	derived := n.States()
	own, shared := derived.At(info), derived.At(info, at(n, graph.State{}), wave)
	if &shared.Cooperations[0] != &wave.Cooperations[0] || shared.DataKey() != wave.DataKey() {
		t.Errorf("At with wave w2 kept made ties of its own, or keeps them under %q", shared.DataKey())
	}
	if !reflect.DeepEqual(own.Cooperations, shared.Cooperations) || !reflect.DeepEqual(own.Actors, shared.Actors) || *own.State != *shared.State {
		t.Errorf("At with a kept state holds %v, %+v; on its own %v, %+v", ties(shared), *shared.State, ties(own), *own.State)
	}
	if now := derived.At(resolve(graph.State{}), wave); &now.Cooperations[0] == &wave.Cooperations[0] {
		t.Errorf("today's state took the ties of wave w2 that At was given: %v", ties(now))
	}
}
