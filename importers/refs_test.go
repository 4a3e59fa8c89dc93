package importers

import (
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// TestReferencesByName resolves a cooperation sheet's actors by name against the
// file and the stored entities: case, spaces and punctuation do not count, a name of
// two entities is an error that lists both, and an unknown name is an error.
func TestReferencesByName(t *testing.T) {
	existing := []Named{
		{Kind: graph.KindActor, ID: "act_1", Key: "jobcenter", Name: "Jobcenter Landkreis Seeland"},
		{Kind: graph.KindActor, ID: "act_2", Name: "Sozialamt"}, // no key: referred to by ID
		{Kind: graph.KindActor, ID: "act_3", Key: "caritas-a", Name: "Caritas"},
		{Kind: graph.KindActor, ID: "act_4", Key: "caritas-b", Name: "caritas"},
		{Kind: graph.KindWave, ID: "wav_1", Key: "t1", Name: "Erhebung 2024"},
	}
	csv := "Von;An;Erhebungswelle;Kooperationsarten;Intensität\n" +
		"jobcenter  LANDKREIS seeland;Sozialamt;erhebung 2024;referral;2\n" +
		"Neuer Verein;Jobcenter;t1;referral;2\n" +
		"Caritas;Sozialamt;;referral;2\n" +
		"Gibt es nicht;Sozialamt;;referral;2\n"
	actors := "Name;Akteursart;Rechtskreise\nNeuer Verein;Verein;civil_society\n"
	b, rep, err := DecodeFiles([]Input{{Name: "akteure.csv", R: strings.NewReader(actors)}, {Name: "kooperationen.csv", R: strings.NewReader(csv)}},
		Options{Existing: existing})
	if err != nil {
		t.Fatal(err)
	}
	c := b.Cooperations
	if c[0].From != "jobcenter" || c[0].To != "act_2" || c[0].WaveID != "t1" {
		t.Errorf("row 2 = %s, %s, %s", c[0].From, c[0].To, c[0].WaveID)
	}
	if c[1].From != "neuer-verein" || c[1].To != "jobcenter" {
		t.Errorf("row 3 = %s, %s", c[1].From, c[1].To)
	}
	texts := issueTexts(rep)
	if rep.Errors != 2 || len(texts) != 2 {
		t.Fatalf("issues: %s", strings.Join(texts, "\n"))
	}
	amb := rep.Issues[0]
	if amb.Row != 4 || amb.Column != "Von" || !strings.Contains(amb.Message, "mehrdeutig") ||
		!strings.Contains(amb.Message, "„caritas-a“") || !strings.Contains(amb.Message, "„caritas-b“") {
		t.Errorf("ambiguous: %+v", amb)
	}
	if missing := rep.Issues[1]; missing.Row != 5 || !strings.Contains(missing.Message, "„Gibt es nicht“ gibt es weder") {
		t.Errorf("missing: %+v", missing)
	}
}

// TestReferencesWithoutStore leaves unknown names to the store when no existing
// entities are given, and still reports names that two items of the file share.
func TestReferencesWithoutStore(t *testing.T) {
	actors := "Schlüssel;Name;Akteursart;Rechtskreise\na;Tafel;Verein;civil_society\nb;TAFEL;Verein;civil_society\n"
	coops := "Von;An;Kooperationsarten;Intensität\nTafel;Jugendamt;referral;2\n"
	b, rep, err := DecodeFiles([]Input{{Name: "akteure.csv", R: strings.NewReader(actors)}, {Name: "kooperationen.csv", R: strings.NewReader(coops)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Errors != 1 || !strings.Contains(rep.Issues[0].Message, "„Tafel“ (Schlüssel „a“) oder „TAFEL“ (Schlüssel „b“)") {
		t.Errorf("issues: %s", strings.Join(issueTexts(rep), "\n"))
	}
	if b.Cooperations[0].To != "Jugendamt" {
		t.Errorf("to = %q", b.Cooperations[0].To)
	}
}
