package graph

import (
	"math"
	"net/url"
	"regexp"
)

// Actor is an organisation or unit in the network (Akteur): a carrier of benefits, a
// provider, a counselling service, an association, a self-help group, a municipal
// department, a housing company, a school, a clinic, an employer or a committee.
type Actor struct {
	Meta
	Name      string `json:"name" required:"true" minLength:"1" maxLength:"300"`
	ShortName string `json:"short_name,omitempty" maxLength:"60"`
	// Kind is a code of Taxonomy.ActorKinds, or "" for an actor not yet classified
	// ("nicht zugeordnet", see Unassigned).
	Kind string `json:"kind" required:"true"`
	// LegalDomains are codes of Taxonomy.LegalDomains; empty for an actor not yet
	// classified ("nicht zugeordnet", see Unassigned).
	LegalDomains []string `json:"legal_domains" required:"true"`
	// Fields are codes of Taxonomy.Fields the actor works in.
	Fields []string `json:"fields,omitempty"`
	// TargetGroups are codes of Taxonomy.TargetGroups the actor serves.
	TargetGroups []string `json:"target_groups,omitempty"`
	// SocialSpaces are IDs of the social spaces the actor is located or active in.
	SocialSpaces []string  `json:"social_spaces,omitempty"`
	Address      Address   `json:"address,omitzero"`
	Location     *GeoPoint `json:"location,omitempty"`
	Website      string    `json:"website,omitempty"`
	Email        string    `json:"email,omitempty"`
	Phone        string    `json:"phone,omitempty"`
	Description  string    `json:"description,omitempty"`
	// Attributes keeps attributes from imported files that have no field of their own.
	Attributes map[string]string `json:"attributes,omitempty"`
	// Layout is the place and colour another tool gave the actor on its map (Gephi's
	// viz:position and viz:color); the map starts its layout from it.
	Layout *Layout `json:"layout,omitempty"`
}

// Layout is an actor's place on a map drawn by another tool, in that tool's
// coordinates, and its colour there.
type Layout struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	// Color is "#rrggbb", or empty.
	Color string `json:"color,omitempty" pattern:"^(#[0-9a-f]{6})?$"`
}

// UnassignedLabel is the German name of the group of actors without an actor kind or
// without a legal domain: imports take such actors in as they are, analyses treat
// them as a group of their own, and the Datenqualität worklist lists them.
const UnassignedLabel = "nicht zugeordnet"

// Unassigned reports whether the actor lacks an actor kind or a legal domain.
func (a *Actor) Unassigned() bool { return a.Kind == "" || len(a.LegalDomains) == 0 }

// DomainsOrUnassigned returns the actor's legal domains, or the one code "" (labelled
// UnassignedLabel) if it has none, so that analyses group such actors together.
func (a *Actor) DomainsOrUnassigned() []string {
	if len(a.LegalDomains) == 0 {
		return []string{""}
	}
	return a.LegalDomains
}

// Address is a postal address.
type Address struct {
	Street     string `json:"street,omitempty"`
	PostalCode string `json:"postal_code,omitempty"`
	City       string `json:"city,omitempty"`
}

// GeoPoint is a position in WGS 84 degrees.
type GeoPoint struct {
	Lat float64 `json:"lat" minimum:"-90" maximum:"90"`
	Lon float64 `json:"lon" minimum:"-180" maximum:"180"`
}

// EntityKind returns KindActor.
func (a *Actor) EntityKind() Kind { return KindActor }

// Refs returns the actor's references to social spaces.
func (a *Actor) Refs() []Ref { return listRefs("social_spaces", KindSocialSpace, a.SocialSpaces) }

// Validate checks the actor's fields and taxonomy codes.
func (a *Actor) Validate(t *Taxonomy) error {
	v := fieldErrors{}
	v.validateMeta(&a.Meta)
	v.text("name", a.Name, 300, true)
	v.text("short_name", a.ShortName, 60, false)
	v.checkCode(t, "kind", ListActorKinds, a.Kind, false)
	v.checkCodes(t, "legal_domains", ListLegalDomains, a.LegalDomains)
	v.checkCodes(t, "fields", ListFields, a.Fields)
	v.checkCodes(t, "target_groups", ListTargetGroups, a.TargetGroups)
	v.distinct("social_spaces", a.SocialSpaces)
	v.text("address.street", a.Address.Street, 200, false)
	v.text("address.postal_code", a.Address.PostalCode, 10, false)
	v.text("address.city", a.Address.City, 100, false)
	if p := a.Location; p != nil && !p.valid() {
		v.add("location", "Die Koordinaten liegen außerhalb von Breite −90…90 und Länge −180…180.")
	}
	if a.Website != "" {
		if u, err := url.Parse(a.Website); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			v.add("website", "Die Webadresse muss mit http:// oder https:// beginnen.")
		}
	}
	v.email("email", a.Email)
	v.text("phone", a.Phone, 40, false)
	v.text("description", a.Description, 5000, false)
	v.attributes("attributes", a.Attributes)
	if l := a.Layout; l != nil {
		if math.IsNaN(l.X) || math.IsInf(l.X, 0) || math.IsNaN(l.Y) || math.IsInf(l.Y, 0) {
			v.add("layout", "Die Position auf der Karte ist keine endliche Zahl.")
		}
		if l.Color != "" && !colorPattern.MatchString(l.Color) {
			v.add("layout.color", "Die Farbe %q ist ungültig; erwartet wird #rrggbb.", l.Color)
		}
	}
	return v.err("Der Akteur ist ungültig.")
}

var colorPattern = regexp.MustCompile(`^#[0-9a-f]{6}$`)

func (p *GeoPoint) valid() bool {
	return !math.IsNaN(p.Lat) && !math.IsNaN(p.Lon) && math.Abs(p.Lat) <= 90 && math.Abs(p.Lon) <= 180
}

// attributes records an error if there are too many attributes or one is too long.
func (v *fieldErrors) attributes(field string, attrs map[string]string) {
	if len(attrs) > 100 {
		v.add(field, "Höchstens 100 Zusatzattribute sind erlaubt.")
		return
	}
	for k, val := range attrs {
		v.text(field+"."+k, k, 100, true)
		v.text(field+"."+k, val, 2000, false)
	}
}
