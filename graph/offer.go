package graph

import (
	"math"
	"regexp"
)

// Offer is a service of an actor (Angebot): what it is for, whom it serves and where.
type Offer struct {
	Meta
	// ActorID is the ID of the actor that provides the offer.
	ActorID     string `json:"actor_id" required:"true" minLength:"1"`
	Name        string `json:"name" required:"true" minLength:"1" maxLength:"300"`
	Description string `json:"description,omitempty"`
	// Fields are codes of Taxonomy.Fields; at least one.
	Fields []string `json:"fields" required:"true" minItems:"1"`
	// TargetGroups are codes of Taxonomy.TargetGroups.
	TargetGroups []string `json:"target_groups,omitempty"`
	// SocialSpaces are IDs of the social spaces the offer serves.
	SocialSpaces []string `json:"social_spaces,omitempty"`
	// LegalDomains are codes of Taxonomy.LegalDomains the offer is financed under.
	LegalDomains []string `json:"legal_domains,omitempty"`
	// LegalBasis cites the norm, such as "§ 113 SGB IX".
	LegalBasis string `json:"legal_basis,omitempty"`
	// Capacity is the number of places, if the offer has a fixed number; 0 if not.
	Capacity     float64 `json:"capacity,omitempty" minimum:"0"`
	BarrierFree  bool    `json:"barrier_free,omitempty"`
	LowThreshold bool    `json:"low_threshold,omitempty"`
	// Counselling marks offers listed in the public directory of counselling offers
	// (§ 106 SGB IX).
	Counselling bool `json:"counselling,omitempty"`
	// Listing holds what the public directory shows beyond the fields above; nil if
	// nothing was entered.
	Listing *Listing `json:"listing,omitempty"`
}

// Listing describes an offer for the people who look for it in the public directory:
// when and how to reach it, what it costs and how accessible it is.
type Listing struct {
	OpeningHours string `json:"opening_hours,omitempty" maxLength:"500"`
	// Directions says how to get there (bus stop, entrance, parking).
	Directions   string `json:"directions,omitempty" maxLength:"1000"`
	Costs        string `json:"costs,omitempty" maxLength:"500"`
	FreeOfCharge bool   `json:"free_of_charge,omitempty"`
	// EUTB marks an Ergänzende unabhängige Teilhabeberatung (§ 32 SGB IX).
	EUTB bool `json:"eutb,omitempty"`
	// Languages are ISO 639 codes of the languages spoken besides German, such as
	// "tr"; "dgs" is German Sign Language.
	Languages  []string `json:"languages,omitempty"`
	ByPhone    bool     `json:"by_phone,omitempty"`
	ByVideo    bool     `json:"by_video,omitempty"`
	HomeVisits bool     `json:"home_visits,omitempty"`
	// The accessibility details, richer than Offer.BarrierFree.
	StepFree         bool `json:"step_free,omitempty"`
	AccessibleToilet bool `json:"accessible_toilet,omitempty"`
	HearingLoop      bool `json:"hearing_loop,omitempty"`
	SignLanguage     bool `json:"sign_language,omitempty"`
	EasyLanguage     bool `json:"easy_language,omitempty"`
	// Phone and Email reach the offer itself; empty for the actor's.
	Phone string `json:"phone,omitempty" maxLength:"50"`
	Email string `json:"email,omitempty" maxLength:"200"`
	// ConfirmedAt is the date (YYYY-MM-DD) the provider last confirmed the entry.
	ConfirmedAt string `json:"confirmed_at,omitempty" format:"date"`
}

var languagePattern = regexp.MustCompile(`^[a-z]{2,3}$`)

// validate checks the listing's fields, named under the field "listing".
func (l *Listing) validate(v *fieldErrors) {
	v.text("listing.opening_hours", l.OpeningHours, 500, false)
	v.text("listing.directions", l.Directions, 1000, false)
	v.text("listing.costs", l.Costs, 500, false)
	for i, code := range l.Languages {
		if !languagePattern.MatchString(code) {
			v.add(elem("listing.languages", i), "Der Sprachcode %q ist ungültig: erwartet wird ein Kürzel nach ISO 639 wie „tr“.", code)
		}
	}
	v.text("listing.phone", l.Phone, 50, false)
	v.email("listing.email", l.Email)
	v.date("listing.confirmed_at", l.ConfirmedAt)
}

// EntityKind returns KindOffer.
func (o *Offer) EntityKind() Kind { return KindOffer }

// Refs returns the offer's references to its actor and its social spaces.
func (o *Offer) Refs() []Ref {
	return append(optRef("actor_id", KindActor, &o.ActorID), listRefs("social_spaces", KindSocialSpace, o.SocialSpaces)...)
}

// Validate checks the offer's fields and taxonomy codes.
func (o *Offer) Validate(t *Taxonomy) error {
	v := fieldErrors{}
	v.validateMeta(&o.Meta)
	if o.ActorID == "" {
		v.add("actor_id", "Der anbietende Akteur fehlt.")
	}
	v.text("name", o.Name, 300, true)
	v.text("description", o.Description, 5000, false)
	if len(o.Fields) == 0 {
		v.add("fields", "Mindestens ein Handlungsfeld ist nötig.")
	}
	v.checkCodes(t, "fields", ListFields, o.Fields)
	v.checkCodes(t, "target_groups", ListTargetGroups, o.TargetGroups)
	v.checkCodes(t, "legal_domains", ListLegalDomains, o.LegalDomains)
	v.distinct("social_spaces", o.SocialSpaces)
	v.text("legal_basis", o.LegalBasis, 200, false)
	if math.IsNaN(o.Capacity) || math.IsInf(o.Capacity, 0) || o.Capacity < 0 {
		v.add("capacity", "Die Platzzahl muss eine Zahl ab 0 sein.")
	}
	if o.Listing != nil {
		o.Listing.validate(&v)
	}
	return v.err("Das Angebot ist ungültig.")
}

// The measures a Need can set a target for.
const (
	MeasureOffers        = "offers"          // number of offers in the social space
	MeasureOffersPer1000 = "offers_per_1000" // offers per 1,000 inhabitants
	MeasurePlacesPer1000 = "places_per_1000" // places (Offer.Capacity) per 1,000 inhabitants
)

// Measures returns the measures with their German labels. Each call returns a new
// slice.
func Measures() []Term {
	return []Term{
		{Code: MeasureOffers, Label: "Anzahl Angebote"},
		{Code: MeasureOffersPer1000, Label: "Angebote je 1.000 Einwohner"},
		{Code: MeasurePlacesPer1000, Label: "Plätze je 1.000 Einwohner"},
	}
}

// Need is a planners' target for a social space and field of action (Bedarf),
// optionally for one target group: at least Target of Measure.
type Need struct {
	Meta
	SocialSpaceID string `json:"social_space_id" required:"true" minLength:"1"`
	// Field is a code of Taxonomy.Fields.
	Field string `json:"field" required:"true" minLength:"1"`
	// TargetGroup is a code of Taxonomy.TargetGroups; empty means all groups.
	TargetGroup string  `json:"target_group,omitempty"`
	Measure     string  `json:"measure" required:"true"`
	Target      float64 `json:"target" required:"true" exclusiveMinimum:"0"`
	// Year is the planning year the target applies to; 0 means always.
	Year int    `json:"year,omitempty"`
	Note string `json:"note,omitempty"`
}

// EntityKind returns KindNeed.
func (n *Need) EntityKind() Kind { return KindNeed }

// Refs returns the reference to the need's social space.
func (n *Need) Refs() []Ref { return optRef("social_space_id", KindSocialSpace, &n.SocialSpaceID) }

// Validate checks the need's fields and taxonomy codes.
func (n *Need) Validate(t *Taxonomy) error {
	v := fieldErrors{}
	v.validateMeta(&n.Meta)
	if n.SocialSpaceID == "" {
		v.add("social_space_id", "Der Sozialraum fehlt.")
	}
	v.checkCode(t, "field", ListFields, n.Field, true)
	v.checkCode(t, "target_group", ListTargetGroups, n.TargetGroup, false)
	switch n.Measure {
	case MeasureOffers, MeasureOffersPer1000, MeasurePlacesPer1000:
	case "":
		v.add("measure", "Die Messgröße fehlt.")
	default:
		v.add("measure", "Die Messgröße %q ist unbekannt; möglich sind offers, offers_per_1000 und places_per_1000.", n.Measure)
	}
	if math.IsNaN(n.Target) || math.IsInf(n.Target, 0) || n.Target <= 0 {
		v.add("target", "Der Zielwert muss größer als 0 sein.")
	}
	if n.Year != 0 && (n.Year < 1900 || n.Year > 2200) {
		v.add("year", "Das Jahr %d ist ungültig.", n.Year)
	}
	v.text("note", n.Note, 2000, false)
	return v.err("Der Bedarf ist ungültig.")
}
