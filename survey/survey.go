package survey

import (
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
	v := &checker{}
	if strings.TrimSpace(s.WaveID) == "" {
		v.add("wave_id", "Die Erhebungswelle fehlt.")
	}
	v.text("title", s.Title, 200, true)
	v.codes(t, "respondents.legal_domains", graph.ListLegalDomains, s.Respondents.LegalDomains)
	v.codes(t, "respondents.kinds", graph.ListActorKinds, s.Respondents.Kinds)
	switch s.Roster.Mode {
	case RosterAll, RosterSameSpace:
		if len(s.Roster.LegalDomains) > 0 {
			v.add("roster.legal_domains", "Rechtskreise gelten nur mit der Auswahl „legal_domains“.")
		}
	case RosterLegalDomains:
		if len(s.Roster.LegalDomains) == 0 {
			v.add("roster.legal_domains", "Mindestens ein Rechtskreis ist nötig.")
		}
		v.codes(t, "roster.legal_domains", graph.ListLegalDomains, s.Roster.LegalDomains)
	default:
		v.add("roster.mode", "Erlaubt sind all, same_social_space und legal_domains, nicht %q.", s.Roster.Mode)
	}
	if s.OpensAt.IsZero() {
		v.add("opens_at", "Der Beginn fehlt.")
	}
	if s.ClosesAt.IsZero() {
		v.add("closes_at", "Das Ende fehlt.")
	} else if !s.ClosesAt.After(s.OpensAt) {
		v.add("closes_at", "Das Ende muss nach dem Beginn liegen.")
	}
	v.text("consent_text", s.ConsentText, 10000, true)
	v.text("contact.name", s.Contact.Name, 200, false)
	v.email("contact.email", s.Contact.Email)
	v.text("contact.phone", s.Contact.Phone, 40, false)
	if s.Threshold < 0 || s.Threshold > 1 {
		v.add("threshold", "Die Rücklaufschwelle muss zwischen 0 und 1 liegen (0,65 = 65 %%).")
	}
	return v.err("Die Erhebung ist ungültig.")
}

// checker collects German field errors; prefix goes before each field's path.
type checker struct {
	prefix string
	list   []graph.FieldError
}

func (v *checker) add(field, format string, args ...any) {
	v.list = append(v.list, graph.FieldError{Field: v.prefix + field, Message: fmt.Sprintf(format, args...)})
}

func (v *checker) err(message string) error {
	if len(v.list) == 0 {
		return nil
	}
	return &graph.Error{Code: graph.Invalid, Message: message, Fields: v.list}
}

// text records an error if s is required and blank, too long, or has control
// characters other than line breaks and tabs.
func (v *checker) text(field, s string, max int, required bool) {
	switch {
	case required && strings.TrimSpace(s) == "":
		v.add(field, "Das Feld darf nicht leer sein.")
	case !utf8.ValidString(s):
		v.add(field, "Der Text ist kein gültiges UTF-8.")
	case utf8.RuneCountInString(s) > max:
		v.add(field, "Der Text ist zu lang: höchstens %d Zeichen.", max)
	case strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' }):
		v.add(field, "Der Text enthält Steuerzeichen.")
	}
}

func (v *checker) email(field, s string) {
	if s == "" {
		return
	}
	if m, err := mail.ParseAddress(s); err != nil || m.Address != s {
		v.add(field, "Die E-Mail-Adresse %q ist ungültig.", s)
	}
}

func (v *checker) codes(t *graph.Taxonomy, field, list string, codes []string) {
	for i, c := range codes {
		if !t.Has(list, c) {
			v.add(fmt.Sprintf("%s[%d]", field, i), "Den Code %q gibt es in der Taxonomie nicht.", c)
		}
	}
}

func (v *checker) rating(field string, r int, asked bool) {
	switch {
	case !asked && r != 0:
		v.add(field, "Diese Frage wird in dieser Erhebung nicht gestellt.")
	case r < 0 || r > 4:
		v.add(field, "Die Bewertung muss zwischen 1 und 4 liegen (0 = keine Angabe).")
	}
}
