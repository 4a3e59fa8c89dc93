package survey

import (
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DefaultThreshold is the response rate under which analyses of the wave warn.
const DefaultThreshold = 0.65

// DefaultConsent is the German consent and privacy text a new survey starts with.
const DefaultConsent = `Zweck: Mit dieser Erhebung erfassen wir, mit welchen Organisationen Ihre Organisation zusammenarbeitet, ` +
	`um das Kooperationsnetzwerk im Landkreis zu beschreiben und die Sozialplanung zu verbessern.
Rechtsgrundlage: Ihre Teilnahme ist freiwillig; Grundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit widerrufen können.
Wer sieht was: Ihre Angaben sieht nur die Netzwerkkoordination. Andere Befragte sehen Ihre Antworten nie; ` +
	`übernommene Kooperationen erscheinen im Netzwerk mit dem Vermerk, wer sie gemeldet hat.
Speicherdauer: Die Antworten werden nach der Übernahme in die Erhebungswelle, spätestens zwei Jahre nach Ende der Erhebung, gelöscht.`

// Survey is the survey of one wave: who answers, which organisations they see, which
// questions they are asked, and when.
type Survey struct {
	ID     string `json:"id"`
	WaveID string `json:"wave_id" required:"true" minLength:"1"`
	Title  string `json:"title" required:"true" minLength:"1" maxLength:"200"`
	// Respondents selects the organisations asked; empty selects all actors.
	Respondents ActorFilter `json:"respondents"`
	// Roster selects the organisations each respondent may tick.
	Roster    Roster    `json:"roster"`
	Questions Questions `json:"questions"`
	// MasterData asks each respondent to confirm or correct its own master data and
	// offers.
	MasterData bool      `json:"master_data,omitempty"`
	OpensAt    time.Time `json:"opens_at" required:"true"`
	ClosesAt   time.Time `json:"closes_at" required:"true"`
	// ConsentText is shown before anything else; DefaultConsent if empty on creation.
	ConsentText string  `json:"consent_text" maxLength:"10000"`
	Contact     Contact `json:"contact"`
	// Threshold is the response rate (0–1) under which analyses of the wave warn;
	// DefaultThreshold if 0.
	Threshold float64 `json:"threshold" minimum:"0" maximum:"1"`
	// TakeoverBatch is the batch of the takeover into the wave ("" if none, or if it
	// was reverted).
	TakeoverBatch string `json:"takeover_batch,omitempty"`
	// Version counts the changes; a write must name the version it read.
	Version   int64     `json:"version"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ActorFilter selects actors: an actor matches if it has one of the legal domains,
// one of the kinds and one of the social spaces, each list that is not empty.
type ActorFilter struct {
	LegalDomains []string `json:"legal_domains,omitempty"`
	Kinds        []string `json:"kinds,omitempty"`
	SocialSpaces []string `json:"social_spaces,omitempty"`
}

// Roster modes.
const (
	RosterAll          = "all"
	RosterSameSpace    = "same_social_space"
	RosterLegalDomains = "legal_domains"
)

// Roster selects the organisations a respondent sees: all actors, those sharing a
// social space with it, or those with one of the legal domains. The respondent itself
// is never on its roster.
type Roster struct {
	Mode         string   `json:"mode"`
	LegalDomains []string `json:"legal_domains,omitempty"`
}

// Questions switches the questions asked about each ticked partner. The partner
// itself is always asked; intensity is always asked, as analyses weight ties by it.
type Questions struct {
	Kinds     bool `json:"kinds"`
	Trust     bool `json:"trust"`
	Value     bool `json:"value"`
	Direction bool `json:"direction"`
	Since     bool `json:"since"`
	Note      bool `json:"note"`
}

// Contact is the person respondents may ask.
type Contact struct {
	Name  string `json:"name" maxLength:"200"`
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty" maxLength:"40"`
}

// Match reports whether the actor passes the filter.
func (f *ActorFilter) Match(a *graph.Actor) bool {
	return anyOf(f.LegalDomains, a.LegalDomains) && anyOf(f.Kinds, []string{a.Kind}) && anyOf(f.SocialSpaces, a.SocialSpaces)
}

// anyOf reports whether want is empty or has shares an element with have.
func anyOf(want, have []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		for _, h := range have {
			if w == h {
				return true
			}
		}
	}
	return false
}

// OnRoster reports whether partner is on the roster of respondent.
func (r *Roster) OnRoster(respondent, partner *graph.Actor) bool {
	if respondent.ID == partner.ID {
		return false
	}
	switch r.Mode {
	case RosterSameSpace:
		return anyOf(respondent.SocialSpaces, partner.SocialSpaces) && len(respondent.SocialSpaces) > 0
	case RosterLegalDomains:
		return anyOf(r.LegalDomains, partner.LegalDomains)
	}
	return true
}

// Open reports whether answers may be saved at the time.
func (s *Survey) Open(at time.Time) bool { return !at.Before(s.OpensAt) && at.Before(s.ClosesAt) }

// Limit returns the response-rate threshold in effect.
func (s *Survey) Limit() float64 {
	if s.Threshold == 0 {
		return DefaultThreshold
	}
	return s.Threshold
}

// Validate checks the survey's fields against the taxonomy; Invalid with German
// field errors.
func (s *Survey) Validate(t *graph.Taxonomy) error {
	v := graph.NewChecker("")
	if strings.TrimSpace(s.WaveID) == "" {
		v.Add("wave_id", "Die Erhebungswelle fehlt.")
	}
	v.Text("title", s.Title, 200, true)
	v.Codes(t, "respondents.legal_domains", graph.ListLegalDomains, s.Respondents.LegalDomains)
	v.Codes(t, "respondents.kinds", graph.ListActorKinds, s.Respondents.Kinds)
	switch s.Roster.Mode {
	case RosterAll, RosterSameSpace:
		if len(s.Roster.LegalDomains) > 0 {
			v.Add("roster.legal_domains", "Rechtskreise gelten nur mit der Auswahl „legal_domains“.")
		}
	case RosterLegalDomains:
		if len(s.Roster.LegalDomains) == 0 {
			v.Add("roster.legal_domains", "Mindestens ein Rechtskreis ist nötig.")
		}
		v.Codes(t, "roster.legal_domains", graph.ListLegalDomains, s.Roster.LegalDomains)
	default:
		v.Add("roster.mode", "Erlaubt sind all, same_social_space und legal_domains, nicht %q.", s.Roster.Mode)
	}
	if s.OpensAt.IsZero() {
		v.Add("opens_at", "Der Beginn fehlt.")
	}
	if s.ClosesAt.IsZero() {
		v.Add("closes_at", "Das Ende fehlt.")
	} else if !s.ClosesAt.After(s.OpensAt) {
		v.Add("closes_at", "Das Ende muss nach dem Beginn liegen.")
	}
	v.Text("consent_text", s.ConsentText, 10000, true)
	v.Text("contact.name", s.Contact.Name, 200, false)
	v.Email("contact.email", s.Contact.Email)
	v.Text("contact.phone", s.Contact.Phone, 40, false)
	if s.Threshold < 0 || s.Threshold > 1 {
		v.Add("threshold", "Die Rücklaufschwelle muss zwischen 0 und 1 liegen (0,65 = 65 %%).")
	}
	return v.Err("Die Erhebung ist ungültig.")
}

// rating records an error for an answer r to a rating question (1 to 4, 0 for none)
// that is out of range, or given although the survey does not ask it.
func rating(v *graph.Checker, field string, r int, asked bool) {
	switch {
	case !asked && r != 0:
		v.Add(field, "Diese Frage wird in dieser Erhebung nicht gestellt.")
	case r < 0 || r > 4:
		v.Add(field, "Die Bewertung muss zwischen 1 und 4 liegen (0 = keine Angabe).")
	}
}
