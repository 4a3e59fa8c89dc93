package graph

// Measure is a step a steering group agreed on (Maßnahme), born from a coupling
// potential (bring two actors together) or from a gap in the supply of a social space.
// It is evaluated at every later wave (see graph/analysis/measures).
type Measure struct {
	Meta
	Title       string `json:"title" required:"true" minLength:"1" maxLength:"200"`
	Description string `json:"description,omitempty"`
	// Origin says what the measure answers: a potential or a gap.
	Origin MeasureOrigin `json:"origin" required:"true"`
	// Actors are the IDs of the actors involved.
	Actors []string `json:"actors,omitempty"`
	// Responsible names who sees to it, as free text ("Sozialplanung, Frau Meier").
	Responsible string `json:"responsible,omitempty"`
	// Due is the date by which it should be done, as YYYY-MM-DD.
	Due string `json:"due,omitempty" format:"date"`
	// Status is one of MeasurePlanned, MeasureStarted, MeasureDone, MeasureDropped.
	Status string `json:"status" required:"true"`
	// AgreedWaveID or AgreedOn (exactly one) give the state the measure was agreed
	// at: the wave whose results led to it, or a date. Its evaluation compares every
	// later wave with this state.
	AgreedWaveID string `json:"agreed_wave_id,omitempty"`
	AgreedOn     string `json:"agreed_on,omitempty" format:"date"`
}

// MeasureOrigin is what a measure was made from. A potential names the two actors to
// be brought together; a gap names the social space and the field of action (and
// optionally the target group) whose supply falls short.
type MeasureOrigin struct {
	// Kind is OriginPotential or OriginGap.
	Kind string `json:"kind" required:"true"`
	// From and To are the actor IDs of a potential.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// SocialSpaceID, Field and TargetGroup name the cell of a gap (as
	// planning.Gap does): a social space ID, a field code, a target group code.
	SocialSpaceID string `json:"social_space_id,omitempty"`
	Field         string `json:"field,omitempty"`
	TargetGroup   string `json:"target_group,omitempty"`
}

// The kinds of MeasureOrigin.
const (
	OriginPotential = "potential"
	OriginGap       = "gap"
)

// The values of Measure.Status.
const (
	MeasurePlanned = "geplant"
	MeasureStarted = "begonnen"
	MeasureDone    = "erledigt"
	MeasureDropped = "verworfen"
)

// MeasureStatuses returns the statuses of a measure with their German labels. Each
// call returns a new slice.
func MeasureStatuses() []Term {
	return []Term{
		{Code: MeasurePlanned, Label: "geplant"},
		{Code: MeasureStarted, Label: "begonnen"},
		{Code: MeasureDone, Label: "erledigt"},
		{Code: MeasureDropped, Label: "verworfen"},
	}
}

// EntityKind returns KindMeasure.
func (m *Measure) EntityKind() Kind { return KindMeasure }

// Refs returns the measure's references to the actors of its origin and those
// involved, the social space of its origin and the wave it was agreed at.
func (m *Measure) Refs() []Ref {
	o := &m.Origin
	out := append(optRef("origin.from", KindActor, &o.From), optRef("origin.to", KindActor, &o.To)...)
	out = append(out, listRefs("actors", KindActor, m.Actors)...)
	out = append(out, optRef("origin.social_space_id", KindSocialSpace, &o.SocialSpaceID)...)
	return append(out, optRef("agreed_wave_id", KindWave, &m.AgreedWaveID)...)
}

// Validate checks the measure's fields and taxonomy codes.
func (m *Measure) Validate(t *Taxonomy) error {
	v := fieldErrors{}
	v.validateMeta(&m.Meta)
	v.text("title", m.Title, 200, true)
	v.text("description", m.Description, 5000, false)
	o := &m.Origin
	switch o.Kind {
	case OriginPotential:
		if o.From == "" {
			v.add("origin.from", "Der erste Akteur des Kopplungspotenzials fehlt.")
		}
		if o.To == "" {
			v.add("origin.to", "Der zweite Akteur des Kopplungspotenzials fehlt.")
		}
		if o.From != "" && o.From == o.To {
			v.add("origin.to", "Ein Kopplungspotenzial verbindet zwei verschiedene Akteure.")
		}
		for _, f := range []struct{ name, value string }{{"origin.social_space_id", o.SocialSpaceID},
			{"origin.field", o.Field}, {"origin.target_group", o.TargetGroup}} {
			if f.value != "" {
				v.add(f.name, "Gehört nur zu einer Maßnahme aus einer Versorgungslücke, nicht aus einem Kopplungspotenzial.")
			}
		}
	case OriginGap:
		if o.SocialSpaceID == "" {
			v.add("origin.social_space_id", "Der Sozialraum der Versorgungslücke fehlt.")
		}
		v.checkCode(t, "origin.field", ListFields, o.Field, true)
		v.checkCode(t, "origin.target_group", ListTargetGroups, o.TargetGroup, false)
		for _, f := range []struct{ name, value string }{{"origin.from", o.From}, {"origin.to", o.To}} {
			if f.value != "" {
				v.add(f.name, "Gehört nur zu einer Maßnahme aus einem Kopplungspotenzial, nicht aus einer Versorgungslücke.")
			}
		}
	case "":
		v.add("origin.kind", "Die Herkunft fehlt: potential (Kopplungspotenzial) oder gap (Versorgungslücke).")
	default:
		v.add("origin.kind", "Die Herkunft %q ist unbekannt; möglich sind potential (Kopplungspotenzial) und gap (Versorgungslücke).", o.Kind)
	}
	v.distinct("actors", m.Actors)
	v.text("responsible", m.Responsible, 200, false)
	v.date("due", m.Due)
	switch m.Status {
	case MeasurePlanned, MeasureStarted, MeasureDone, MeasureDropped:
	case "":
		v.add("status", "Der Stand fehlt: geplant, begonnen, erledigt oder verworfen.")
	default:
		v.add("status", "Der Stand %q ist unbekannt; möglich sind geplant, begonnen, erledigt und verworfen.", m.Status)
	}
	switch {
	case m.AgreedWaveID == "" && m.AgreedOn == "":
		v.add("agreed_wave_id", "Es fehlt, wann die Maßnahme vereinbart wurde: eine Erhebungswelle oder ein Datum (agreed_on).")
	case m.AgreedWaveID != "" && m.AgreedOn != "":
		v.add("agreed_on", "Bitte entweder die Erhebungswelle oder das Datum der Vereinbarung angeben, nicht beides.")
	}
	v.date("agreed_on", m.AgreedOn)
	return v.err("Die Maßnahme ist ungültig.")
}
