package graph

import (
	"fmt"
	"regexp"
	"slices"
)

// Term is one entry of a taxonomy list: a stable code used in data and the API, a
// German label for the interface, and a one-line German description.
type Term struct {
	Code        string `json:"code"`
	Label       string `json:"label"`
	Description string `json:"description,omitempty"`
	// Directed marks cooperation kinds whose ties usually run one way (referral,
	// funding, information given). It is a hint for forms; a Cooperation's own Directed
	// field decides.
	Directed bool `json:"directed,omitempty"`
}

// Taxonomy holds the code lists that classify actors, offers and cooperations. Every
// installation starts with DefaultTaxonomy and may edit it through Store.SetTaxonomy.
type Taxonomy struct {
	LegalDomains     []Term `json:"legal_domains"`
	Fields           []Term `json:"fields"`
	TargetGroups     []Term `json:"target_groups"`
	ActorKinds       []Term `json:"actor_kinds"`
	CooperationKinds []Term `json:"cooperation_kinds"`
	SpaceLevels      []Term `json:"space_levels"`
	Indicators       []Term `json:"indicators"`
	// Version rises with every change; SetTaxonomy refuses a stale one.
	Version int64 `json:"version"`
}

// A taxonomy list, by its JSON name; used to report which list a code is missing from.
const (
	ListLegalDomains     = "legal_domains"
	ListFields           = "fields"
	ListTargetGroups     = "target_groups"
	ListActorKinds       = "actor_kinds"
	ListCooperationKinds = "cooperation_kinds"
	ListSpaceLevels      = "space_levels"
	ListIndicators       = "indicators"
)

// listLabels names each taxonomy list in German, for error messages.
var listLabels = map[string]string{
	ListLegalDomains:     "Rechtskreis",
	ListFields:           "Handlungsfeld",
	ListTargetGroups:     "Zielgruppe",
	ListActorKinds:       "Akteursart",
	ListCooperationKinds: "Kooperationsart",
	ListSpaceLevels:      "Gebietsebene",
	ListIndicators:       "Indikator",
}

// ListNames returns the names of the taxonomy's lists, in the order of the Taxonomy's
// fields. Each call returns a new slice.
func ListNames() []string {
	return []string{ListLegalDomains, ListFields, ListTargetGroups, ListActorKinds, ListCooperationKinds, ListSpaceLevels, ListIndicators}
}

// List returns the named list, or nil for an unknown name.
func (t *Taxonomy) List(name string) []Term {
	switch name {
	case ListLegalDomains:
		return t.LegalDomains
	case ListFields:
		return t.Fields
	case ListTargetGroups:
		return t.TargetGroups
	case ListActorKinds:
		return t.ActorKinds
	case ListCooperationKinds:
		return t.CooperationKinds
	case ListSpaceLevels:
		return t.SpaceLevels
	case ListIndicators:
		return t.Indicators
	}
	return nil
}

// Has reports whether code is in the named list.
func (t *Taxonomy) Has(list, code string) bool {
	return slices.ContainsFunc(t.List(list), func(term Term) bool { return term.Code == code })
}

// Label returns the German label of code in the named list, UnassignedLabel for "",
// or code itself if unknown.
func (t *Taxonomy) Label(list, code string) string {
	if code == "" {
		return UnassignedLabel
	}
	for _, term := range t.List(list) {
		if term.Code == code {
			return term.Label
		}
	}
	return code
}

var codePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// Validate checks that every list is non-empty and that its codes are well-formed and
// unique, and that every term has a label.
func (t *Taxonomy) Validate() error {
	v := fieldErrors{}
	for _, name := range ListNames() {
		terms := t.List(name)
		if len(terms) == 0 {
			v.add(name, "Die Liste darf nicht leer sein.")
		}
		seen := map[string]bool{}
		for i, term := range terms {
			at := fmt.Sprintf("%s[%d]", name, i)
			switch {
			case !codePattern.MatchString(term.Code):
				v.add(at+".code", "Der Code %q ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben, höchstens 40 Zeichen.", term.Code)
			case seen[term.Code]:
				v.add(at+".code", "Der Code %q kommt doppelt vor.", term.Code)
			}
			seen[term.Code] = true
			if term.Label == "" {
				v.add(at+".label", "Die Bezeichnung fehlt.")
			}
		}
	}
	return v.err("Die Taxonomie ist ungültig.")
}

// checkCodes records an error for every code that is not in the named list, and for
// codes given twice.
func (v *fieldErrors) checkCodes(t *Taxonomy, field, list string, codes []string) {
	seen := map[string]bool{}
	for i, code := range codes {
		switch {
		case !t.Has(list, code):
			v.add(elem(field, i), "%s %q ist unbekannt.", listLabels[list], code)
		case seen[code]:
			v.add(elem(field, i), "%s %q ist doppelt angegeben.", listLabels[list], code)
		}
		seen[code] = true
	}
}

// checkCode records an error if code is not in the named list; an empty code is an
// error only if required is set.
func (v *fieldErrors) checkCode(t *Taxonomy, field, list, code string, required bool) {
	switch {
	case code == "" && required:
		v.add(field, "%s fehlt.", listLabels[list])
	case code != "" && !t.Has(list, code):
		v.add(field, "%s %q ist unbekannt.", listLabels[list], code)
	}
}

// DefaultTaxonomy returns the German default taxonomy that every installation starts
// with. Each call returns a fresh copy that the caller may change.
func DefaultTaxonomy() *Taxonomy {
	return &Taxonomy{
		LegalDomains: []Term{
			{Code: "sgb2", Label: "SGB II", Description: "Grundsicherung für Arbeitsuchende (Jobcenter)"},
			{Code: "sgb3", Label: "SGB III", Description: "Arbeitsförderung (Agentur für Arbeit)"},
			{Code: "sgb5", Label: "SGB V", Description: "Gesetzliche Krankenversicherung"},
			{Code: "sgb6", Label: "SGB VI", Description: "Gesetzliche Rentenversicherung, Rehabilitation"},
			{Code: "sgb7", Label: "SGB VII", Description: "Gesetzliche Unfallversicherung"},
			{Code: "sgb8", Label: "SGB VIII", Description: "Kinder- und Jugendhilfe"},
			{Code: "sgb9", Label: "SGB IX", Description: "Rehabilitation und Teilhabe, Eingliederungshilfe"},
			{Code: "sgb11", Label: "SGB XI", Description: "Soziale Pflegeversicherung"},
			{Code: "sgb12", Label: "SGB XII", Description: "Sozialhilfe"},
			{Code: "sgb14", Label: "SGB XIV", Description: "Soziale Entschädigung"},
			{Code: "asylblg", Label: "AsylbLG", Description: "Leistungen für Asylsuchende"},
			{Code: "oegd", Label: "ÖGD", Description: "Öffentlicher Gesundheitsdienst (Gesundheitsamt)"},
			{Code: "school", Label: "Schulrecht", Description: "Schulen und Schulaufsicht nach Landesschulgesetz"},
			{Code: "sport", Label: "Sport", Description: "Daseinsvorsorge ohne Leistungsgesetz: Sport"},
			{Code: "culture", Label: "Kultur", Description: "Daseinsvorsorge ohne Leistungsgesetz: Kultur"},
			{Code: "housing", Label: "Wohnen", Description: "Daseinsvorsorge ohne Leistungsgesetz: Wohnen"},
			{Code: "mobility", Label: "Mobilität", Description: "Daseinsvorsorge ohne Leistungsgesetz: Mobilität, ÖPNV"},
			{Code: "civil_society", Label: "Zivilgesellschaft", Description: "Bürgerschaftliches Engagement ohne Leistungsgesetz"},
		},
		Fields: []Term{
			{Code: "infrastructure", Label: "Infrastruktur sozialer Angebote", Description: "Erreichbarkeit und Ausstattung der sozialen Infrastruktur"},
			{Code: "mobility", Label: "Mobilität", Description: "Wege, Fahrdienste, barrierefreier Nahverkehr"},
			{Code: "health", Label: "Gesundheit", Description: "Prävention, Gesundheitsförderung, psychische Gesundheit"},
			{Code: "housing", Label: "Wohnen", Description: "Wohnraum, ambulant betreutes Wohnen, Wohnungsnotfallhilfe"},
			{Code: "education", Label: "Bildung", Description: "Frühe Bildung, Schule, Erwachsenenbildung"},
			{Code: "integration", Label: "Integration", Description: "Ankommen, Sprache, Teilhabe von Zugewanderten"},
			{Code: "inclusion", Label: "Inklusion", Description: "Teilhabe von Menschen mit Behinderungen"},
			{Code: "care", Label: "Medizinische Versorgung und Pflege", Description: "Ärztliche Versorgung, Pflege, Entlastung Angehöriger"},
			{Code: "work", Label: "Arbeit", Description: "Ausbildung, Beschäftigung, Teilhabe am Arbeitsleben"},
			{Code: "poverty", Label: "Armut", Description: "Existenzsicherung, Schuldnerberatung, Tafeln"},
			{Code: "leisure", Label: "Freizeit", Description: "Begegnung, Treffpunkte, Ferienangebote"},
			{Code: "sport", Label: "Sport", Description: "Vereinssport, Reha-Sport, inklusiver Sport"},
			{Code: "culture", Label: "Kultur", Description: "Kulturangebote, Bibliotheken, kulturelle Bildung"},
			{Code: "participation", Label: "Politische Partizipation", Description: "Beiräte, Beteiligung, Selbstvertretung"},
		},
		TargetGroups: []Term{
			{Code: "disability_mental", Label: "Menschen mit seelischer Behinderung", Description: "Psychische Erkrankungen und seelische Behinderungen"},
			{Code: "disability_intellectual", Label: "Menschen mit geistiger Behinderung", Description: "Intellektuelle Beeinträchtigungen"},
			{Code: "disability_physical", Label: "Menschen mit körperlicher Behinderung", Description: "Körperliche Beeinträchtigungen"},
			{Code: "disability_sensory", Label: "Menschen mit Sinnesbehinderung", Description: "Seh- und Hörbeeinträchtigungen"},
			{Code: "older_people", Label: "Ältere Menschen", Description: "Menschen ab 65 Jahren"},
			{Code: "children_youth", Label: "Kinder und Jugendliche", Description: "Bis 27 Jahre"},
			{Code: "families", Label: "Familien", Description: "Eltern, Alleinerziehende, Familien mit Kindern"},
			{Code: "migrants", Label: "Zugewanderte", Description: "Geflüchtete und Menschen mit Migrationsgeschichte"},
			{Code: "homeless", Label: "Wohnungslose Menschen", Description: "Menschen ohne oder mit gefährdeter Wohnung"},
			{Code: "unemployed", Label: "Arbeitsuchende", Description: "Langzeitarbeitslose und Arbeitsuchende"},
			{Code: "caregivers", Label: "Pflegende Angehörige", Description: "Angehörige, die Pflege übernehmen"},
			{Code: "all_residents", Label: "Alle Einwohnerinnen und Einwohner", Description: "Offen für alle"},
		},
		ActorKinds: []Term{
			{Code: "benefit_carrier", Label: "Leistungsträger", Description: "Träger von Sozialleistungen, z. B. Jobcenter, Eingliederungshilfeträger, Krankenkasse"},
			{Code: "provider", Label: "Leistungserbringer", Description: "Dienste und Einrichtungen, die Leistungen erbringen"},
			{Code: "counselling", Label: "Beratungsstelle", Description: "Beratung, z. B. EUTB, Pflegestützpunkt, Schuldnerberatung"},
			{Code: "association", Label: "Verein", Description: "Eingetragene Vereine und Verbände"},
			{Code: "self_help", Label: "Selbsthilfegruppe", Description: "Selbsthilfe und Selbstvertretung"},
			{Code: "municipal", Label: "Kommunale Dienststelle", Description: "Ämter und Fachdienste von Kreis und Gemeinden"},
			{Code: "housing_company", Label: "Wohnungsunternehmen", Description: "Wohnungsbaugesellschaften und -genossenschaften"},
			{Code: "school", Label: "Schule", Description: "Allgemein- und berufsbildende Schulen, Förderschulen"},
			{Code: "clinic", Label: "Klinik", Description: "Krankenhäuser, Fachkliniken, Medizinische Versorgungszentren"},
			{Code: "employer", Label: "Arbeitgeber", Description: "Betriebe, Inklusionsunternehmen, Werkstätten als Arbeitgeber"},
			{Code: "committee", Label: "Gremium", Description: "Arbeitskreise, Beiräte, Netzwerke, Konferenzen"},
		},
		CooperationKinds: []Term{
			{Code: "information", Label: "Informationsaustausch", Description: "Gegenseitiger Austausch von Informationen"},
			{Code: "information_given", Label: "Informationsweitergabe", Description: "Informationen gehen von einem Akteur an den anderen", Directed: true},
			{Code: "referral", Label: "Fallvermittlung", Description: "Vermittlung oder Überleitung von Klientinnen und Klienten", Directed: true},
			{Code: "joint_project", Label: "Gemeinsames Projekt", Description: "Gemeinsam geplantes und durchgeführtes Vorhaben"},
			{Code: "committee", Label: "Gremienarbeit", Description: "Gemeinsame Mitarbeit in Arbeitskreisen und Gremien"},
			{Code: "contract", Label: "Vertrag", Description: "Vertragliche Vereinbarung, z. B. Leistungs- oder Kooperationsvertrag"},
			{Code: "funding", Label: "Finanzierung", Description: "Ein Akteur finanziert oder fördert den anderen", Directed: true},
			{Code: "shared_resources", Label: "Geteilte Ressourcen", Description: "Gemeinsam genutzte Räume, Personal oder Fahrzeuge"},
		},
		SpaceLevels: []Term{
			{Code: "county", Label: "Landkreis / Stadt", Description: "Die ganze Gebietskörperschaft"},
			{Code: "planning_area", Label: "Planungsraum", Description: "Zusammenfassung mehrerer Sozialräume für die Planung"},
			{Code: "municipality", Label: "Gemeinde", Description: "Kreisangehörige Gemeinde oder Stadt"},
			{Code: "social_space", Label: "Sozialraum", Description: "Kleinste Planungseinheit"},
		},
		Indicators: []Term{
			{Code: "population", Label: "Einwohnerinnen und Einwohner", Description: "Bevölkerung am 31.12."},
			{Code: "population_under_18", Label: "Einwohner unter 18 Jahren"},
			{Code: "population_65_plus", Label: "Einwohner ab 65 Jahren"},
			{Code: "sgb2_recipients", Label: "Leistungsberechtigte SGB II"},
			{Code: "sgb12_recipients", Label: "Leistungsberechtigte SGB XII"},
			{Code: "integration_assistance", Label: "Leistungsberechtigte Eingliederungshilfe", Description: "Personen mit Leistungen nach Teil 2 SGB IX"},
			{Code: "severely_disabled", Label: "Schwerbehinderte Menschen", Description: "Personen mit GdB ab 50"},
			{Code: "area_km2", Label: "Fläche in km²"},
		},
		Version: 1,
	}
}
