package survey

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Directions of a reported tie, seen from the respondent.
const (
	DirectionOut  = "out"  // we refer to them (or give to them)
	DirectionIn   = "in"   // they refer to us
	DirectionBoth = "both" // both ways; also the answer when direction is not asked
)

// Limits of one response.
const (
	MaxTies      = 500
	MaxProposals = 20
)

// Answers is what one respondent reports in one survey. It is saved as a draft any
// number of times, each time naming the version it read, and submitted once.
type Answers struct {
	// Consent is the respondent's agreement to the consent text; nothing can be
	// submitted without it.
	Consent bool `json:"consent"`
	// Ties are the partners ticked, one entry per partner.
	Ties []TieAnswer `json:"ties" maxItems:"500"`
	// Proposals name organisations missing from the roster ("Organisation fehlt").
	Proposals []NewOrganisation `json:"proposals,omitempty"`
	// MasterData corrects the respondent's own master data; nil if confirmed as it
	// is or not asked.
	MasterData *MasterData `json:"master_data,omitempty"`
}

// TieAnswer is one partner ticked and the answers about the tie.
type TieAnswer struct {
	// Partner is the actor ID of a roster entry, or "new:" and the index of one of
	// the Proposals (see ProposalPartner): a tie to an organisation proposed as
	// missing, taken over with it when the coordinator accepts the proposal.
	Partner string `json:"partner" required:"true" minLength:"1"`
	// Kinds are codes of the taxonomy's cooperation kinds.
	Kinds []string `json:"kinds,omitempty"`
	// Intensity from 1 (occasional) to 4 (very close); 0 = not answered yet, which
	// a draft may hold and a submission may not.
	Intensity int `json:"intensity" required:"true" minimum:"0" maximum:"4"`
	// Trust and Value from 1 (low) to 4 (high); 0 = no answer.
	Trust int `json:"trust,omitempty" minimum:"0" maximum:"4"`
	Value int `json:"value,omitempty" minimum:"0" maximum:"4"`
	// Direction is out (we refer to them), in (they refer to us) or both; both if
	// empty.
	Direction string `json:"direction,omitempty"`
	// Since is the year the cooperation began, such as "2019"; empty if unknown.
	Since string `json:"since,omitempty" pattern:"^([12][0-9]{3})?$"`
	Note  string `json:"note,omitempty" maxLength:"1000"`
}

// NewOrganisation names an organisation missing from the roster.
type NewOrganisation struct {
	Name string `json:"name" required:"true" minLength:"1" maxLength:"300"`
	// Kind is a code of the taxonomy's actor kinds, or empty.
	Kind string `json:"kind,omitempty"`
	City string `json:"city,omitempty" maxLength:"100"`
	Note string `json:"note,omitempty" maxLength:"1000"`
}

// MasterData is a respondent's correction of its own master data and offers.
type MasterData struct {
	Name    string        `json:"name" required:"true" minLength:"1" maxLength:"300"`
	Address graph.Address `json:"address,omitzero"`
	Website string        `json:"website,omitempty"`
	Email   string        `json:"email,omitempty"`
	Phone   string        `json:"phone,omitempty" maxLength:"40"`
	// Offers describes, in free text, offers that are missing or have changed; the
	// coordinator enters them.
	Offers string `json:"offers,omitempty" maxLength:"5000"`
}

// ProposalPartner returns the TieAnswer.Partner that names Proposals[i].
func ProposalPartner(i int) string { return "new:" + strconv.Itoa(i) }

// proposalIndex returns the index into Proposals that partner names, if it names one.
func proposalIndex(partner string) (int, bool) {
	rest, ok := strings.CutPrefix(partner, "new:")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(rest)
	return i, err == nil && i >= 0 && ProposalPartner(i) == partner
}

// IntensityQuestion is the question about a tie's intensity, as the respondent's
// page asks it.
const IntensityQuestion = "Wie intensiv ist die Zusammenarbeit?"

// Validate checks the answers of a respondent against the survey, its roster (the
// actor IDs the respondent may tick) and the taxonomy. A draft may hold partners whose
// required answers (the intensity) are still open; submit requires them. Errors name
// the partner and the field in German, with paths in the form of a SaveRequest, such
// as "answers.ties[3].intensity: Bei „Jugendamt“ fehlt die Antwort auf „Wie intensiv
// ist die Zusammenarbeit?“ (1 bis 4)."; name returns an actor's name.
func (a *Answers) Validate(s *Survey, roster map[string]bool, name func(id string) string, t *graph.Taxonomy, now time.Time, submit bool) error {
	v := graph.NewChecker("answers.")
	if len(a.Ties) > MaxTies {
		v.Add("ties", "Höchstens %d Partner können angegeben werden.", MaxTies)
		return v.Err("Die Antworten sind ungültig.")
	}
	seen := map[string]int{}
	for i, tie := range a.Ties {
		f := func(field string) string { return fmt.Sprintf("ties[%d].%s", i, field) }
		who := name(tie.Partner)
		if p, ok := proposalIndex(tie.Partner); ok {
			if p >= len(a.Proposals) {
				v.Add(f("partner"), "Die vorgeschlagene Organisation Nr. %d gibt es nicht; es gibt %d Vorschläge.", p+1, len(a.Proposals))
				continue
			}
			who = a.Proposals[p].Name
		} else if !roster[tie.Partner] {
			v.Add(f("partner"), "Die Organisation %q steht nicht auf Ihrer Liste.", tie.Partner)
			continue
		}
		if j, dup := seen[tie.Partner]; dup {
			v.Add(f("partner"), "„%s“ ist doppelt angegeben (auch Eintrag %d).", who, j+1)
		}
		seen[tie.Partner] = i
		switch {
		case tie.Intensity < 0 || tie.Intensity > 4:
			v.Add(f("intensity"), "Bei „%s“: Die Antwort auf „%s“ ist 1 bis 4, nicht %d.", who, IntensityQuestion, tie.Intensity)
		case tie.Intensity == 0 && submit:
			v.Add(f("intensity"), "Bei „%s“ fehlt die Antwort auf „%s“ (1 bis 4); ohne sie lässt sich nicht absenden.", who, IntensityQuestion)
		}
		rating(v, f("trust"), tie.Trust, s.Questions.Trust)
		rating(v, f("value"), tie.Value, s.Questions.Value)
		if !s.Questions.Kinds && len(tie.Kinds) > 0 {
			v.Add(f("kinds"), "Bei „%s“: Die Art der Kooperation wird in dieser Erhebung nicht erfragt.", who)
		}
		for k, code := range tie.Kinds {
			if !t.Has(graph.ListCooperationKinds, code) {
				v.Add(fmt.Sprintf("ties[%d].kinds[%d]", i, k), "Bei „%s“: Die Kooperationsart %q gibt es nicht.", who, code)
			}
		}
		switch tie.Direction {
		case "", DirectionBoth:
		case DirectionOut, DirectionIn:
			if !s.Questions.Direction {
				v.Add(f("direction"), "Bei „%s“: Die Richtung wird in dieser Erhebung nicht erfragt.", who)
			}
		default:
			v.Add(f("direction"), "Bei „%s“: Erlaubt sind out, in und both, nicht %q.", who, tie.Direction)
		}
		if tie.Since != "" {
			y, err := strconv.Atoi(tie.Since)
			switch {
			case !s.Questions.Since:
				v.Add(f("since"), "Bei „%s“: „Seit wann“ wird in dieser Erhebung nicht erfragt.", who)
			case err != nil || len(tie.Since) != 4 || y < 1900 || y > now.Year():
				v.Add(f("since"), "Bei „%s“: „Seit wann“ ist ein Jahr zwischen 1900 und %d, nicht %q.", who, now.Year(), tie.Since)
			}
		}
		if !s.Questions.Note && tie.Note != "" {
			v.Add(f("note"), "Bei „%s“: Freitext wird in dieser Erhebung nicht erfragt.", who)
		}
		v.Text(f("note"), tie.Note, 1000, false)
	}
	if len(a.Proposals) > MaxProposals {
		v.Add("proposals", "Höchstens %d fehlende Organisationen können vorgeschlagen werden.", MaxProposals)
	}
	for i, p := range a.Proposals {
		f := func(field string) string { return fmt.Sprintf("proposals[%d].%s", i, field) }
		v.Text(f("name"), p.Name, 300, true)
		if p.Kind != "" && !t.Has(graph.ListActorKinds, p.Kind) {
			v.Add(f("kind"), "Die Akteursart %q gibt es nicht.", p.Kind)
		}
		v.Text(f("city"), p.City, 100, false)
		v.Text(f("note"), p.Note, 1000, false)
	}
	if m := a.MasterData; m != nil {
		if !s.MasterData {
			v.Add("master_data", "Stammdaten werden in dieser Erhebung nicht erfragt.")
		} else {
			v.Text("master_data.name", m.Name, 300, true)
			v.Text("master_data.address.street", m.Address.Street, 200, false)
			v.Text("master_data.address.postal_code", m.Address.PostalCode, 10, false)
			v.Text("master_data.address.city", m.Address.City, 100, false)
			v.Email("master_data.email", m.Email)
			v.Text("master_data.phone", m.Phone, 40, false)
			v.Text("master_data.offers", m.Offers, 5000, false)
			if m.Website != "" {
				probe := graph.Actor{Name: m.Name, Website: m.Website}
				for _, fe := range graph.ErrorFields(probe.Validate(t)) {
					if fe.Field == "website" {
						v.Add("master_data.website", "%s", fe.Message)
					}
				}
			}
		}
	}
	return v.Err("Die Antworten sind ungültig.")
}
