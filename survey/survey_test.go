package survey

import (
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func validSurvey() *Survey {
	opens := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	return &Survey{WaveID: "wave_1", Title: "Netzwerkerhebung 2026", Roster: Roster{Mode: RosterAll},
		Questions: Questions{Kinds: true, Trust: true, Direction: true, Since: true},
		OpensAt:   opens, ClosesAt: opens.AddDate(0, 1, 0), ConsentText: DefaultConsent}
}

func TestSurveyValidateNamesFields(t *testing.T) {
	tax := graph.DefaultTaxonomy()
	if err := validSurvey().Validate(tax); err != nil {
		t.Fatalf("valid survey refused: %v", err)
	}
	s := validSurvey()
	s.Title = " "
	s.ClosesAt = s.OpensAt
	s.Roster = Roster{Mode: RosterLegalDomains}
	s.Respondents.LegalDomains = []string{"sgb_99"}
	s.Contact.Email = "kein-mail"
	s.Threshold = 1.5
	err := s.Validate(tax)
	want := []string{"title", "closes_at", "roster.legal_domains", "respondents.legal_domains[0]", "contact.email", "threshold"}
	got := map[string]string{}
	for _, f := range graph.ErrorFields(err) {
		got[f.Field] = f.Message
	}
	for _, f := range want {
		if got[f] == "" {
			t.Errorf("no error for %s; got %v", f, got)
		}
	}
}

func TestAnswersValidateNamesPartnerAndField(t *testing.T) {
	s := validSurvey()
	roster := map[string]bool{"b": true, "c": true}
	name := func(id string) string { return map[string]string{"b": "Jugendamt", "c": "Caritas"}[id] }
	now := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	ok := Answers{Consent: true, Ties: []TieAnswer{{Partner: "b", Intensity: 2, Direction: DirectionOut, Since: "2020"}}}
	if err := ok.Validate(s, roster, name, graph.DefaultTaxonomy(), now, true); err != nil {
		t.Fatalf("valid answers refused: %v", err)
	}
	// A draft keeps a ticked partner whose intensity is still open; a submission names
	// the partner and the question.
	open := Answers{Consent: true, Ties: []TieAnswer{{Partner: "b"}}}
	if err := open.Validate(s, roster, name, graph.DefaultTaxonomy(), now, false); err != nil {
		t.Fatalf("draft with an open intensity refused: %v", err)
	}
	err := open.Validate(s, roster, name, graph.DefaultTaxonomy(), now, true)
	if fe := graph.ErrorFields(err); len(fe) != 1 || fe[0].Field != "answers.ties[0].intensity" ||
		!strings.Contains(fe[0].Message, "„Jugendamt“") || !strings.Contains(fe[0].Message, "„"+IntensityQuestion+"“") {
		t.Fatalf("submission with an open intensity: %v", err)
	}
	bad := Answers{Ties: []TieAnswer{
		{Partner: "b", Intensity: 5},
		{Partner: "x", Intensity: 1},
		{Partner: "c", Intensity: 2, Value: 3, Since: "3000", Direction: "sideways"},
		{Partner: "b", Intensity: 1},
	}, Proposals: []NewOrganisation{{Name: ""}}}
	err = bad.Validate(s, roster, name, graph.DefaultTaxonomy(), now, false)
	got := map[string]string{}
	for _, f := range graph.ErrorFields(err) {
		got[f.Field] = f.Message
	}
	for field, part := range map[string]string{
		"answers.ties[0].intensity": "Jugendamt", "answers.ties[1].partner": "nicht auf Ihrer Liste", "answers.ties[2].value": "nicht gestellt",
		"answers.ties[2].since": "Caritas", "answers.ties[2].direction": "Caritas", "answers.ties[3].partner": "doppelt", "answers.proposals[0].name": "leer",
	} {
		if !strings.Contains(got[field], part) {
			t.Errorf("%s: %q, want it to say %q", field, got[field], part)
		}
	}
}
