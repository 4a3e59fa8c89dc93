package demo

// This file holds the German catalogue the generator draws from: the actors of the
// county administration and its big carriers (one each), the local actors repeated in
// every town, and the offers each kind of actor makes.

// The domain groups, as indexes into DomainGroups.
const (
	groupWork = iota
	groupYouth
	groupParticipation
	groupCare
	groupSocial
	groupCommunity
	numGroups
)

// offerTemplate describes one offer an actor of a template makes.
type offerTemplate struct {
	name    string
	fields  []string
	targets []string
	domains []string // empty: the actor's first legal domain
	basis   string
	capLo   int // capacity range; 0 means no fixed number of places
	capHi   int
	// pBarrierFree and pLowThreshold are the probabilities of the flags.
	pBarrierFree  float64
	pLowThreshold float64
	counselling   bool
	// wide marks offers for the whole county: they name the county root.
	wide bool
	// p is the probability that an actor of the template makes the offer; 0 means 1.
	p float64
}

// actorTemplate describes one kind of actor. Names may hold {ort} (the town or
// district), {stadt} (the town), {name} (a pick from names) and {jahr} (a founding
// year).
type actorTemplate struct {
	name    string
	short   string
	kind    string
	domains []string // the first one decides the domain group
	fields  []string
	targets []string
	names   []string
	offers  []offerTemplate
	// weight is the relative frequency of a local template; hub multiplies the
	// actor's tie weight.
	weight float64
	hub    float64
	// home is the index of the social space a singleton sits in (one of the eight
	// county spaces).
	home int
	// noWeb marks actors without a website (they get an e-mail address only).
	noWeb bool
	desc  string
	// since is the index of the first survey wave the actor takes part in: a
	// committee founded later has ties only from that wave on.
	since int8
	// members is the number of member ties a committee draws, in turn from the
	// domain groups of its legal domains.
	members int
	// spokes is the chance that a local actor of the carrier's domain group (with
	// full tie propensity) is tied to it: the Kitas the Jugendamt funds, the
	// providers the Jobcenter contracts.
	spokes float64
}

var (
	disabilities = []string{"disability_mental", "disability_intellectual", "disability_physical", "disability_sensory"}
)

// The county spaces by index, for the home of singletons.
const (
	spUferlandNord = iota
	spAltstadt
	spLindenau
	spHeidequell
	spUferlandSued
	spNeustadt
	spKraehenfelde
	spMoorbrueck // the under-supplied space
)

// brokerTemplates are the planted brokers of the county, in key order.
var brokerTemplates = []actorTemplate{
	{
		name: "Sozial- und Teilhabeplanung Landkreis Seeland", short: "Sozialplanung", kind: "municipal",
		domains: []string{"sgb12"}, fields: []string{"infrastructure", "participation", "inclusion"},
		targets: []string{"all_residents"}, hub: 2, home: spAltstadt,
		desc: "Stabsstelle der Kreisverwaltung für integrierte Sozial- und Teilhabeplanung, Geschäftsführung der Sozialraumkonferenzen.",
		offers: []offerTemplate{
			{name: "Sozialraumkonferenzen und Planungswerkstätten", fields: []string{"participation", "infrastructure"}, targets: []string{"all_residents"}, basis: "§ 94 SGB IX", pBarrierFree: 1, wide: true},
			{name: "Sozialatlas und Berichterstattung", fields: []string{"infrastructure"}, targets: []string{"all_residents"}, wide: true, p: 0.8},
		},
	},
	{
		name: "Caritasverband für den Landkreis Seeland e.V.", short: "Caritas Seeland", kind: "association",
		domains: []string{"sgb12", "sgb8", "asylblg"}, fields: []string{"poverty", "integration", "housing", "health"},
		targets: []string{"families", "migrants", "homeless", "older_people"}, hub: 2, home: spNeustadt,
		desc: "Wohlfahrtsverband mit Sozialberatung, Migrationsdienst und Kurberatung; Dach vieler Fachdienste im Kreis.",
		offers: []offerTemplate{
			{name: "Allgemeine Sozialberatung", fields: []string{"poverty"}, targets: []string{"all_residents"}, basis: "§ 11 SGB XII", pBarrierFree: 1, pLowThreshold: 1, counselling: true},
			{name: "Migrationsberatung für erwachsene Zugewanderte", fields: []string{"integration"}, targets: []string{"migrants"}, domains: []string{"asylblg"}, basis: "§ 45 AufenthG", pBarrierFree: 0.5, pLowThreshold: 1, counselling: true},
			{name: "Kurberatung für Mütter und Väter", fields: []string{"health"}, targets: []string{"families"}, domains: []string{"sgb5"}, basis: "§ 24 SGB V", counselling: true, p: 0.7},
		},
	},
	{
		name: "EUTB Seeburg – Ergänzende unabhängige Teilhabeberatung", short: "EUTB Seeburg", kind: "counselling",
		domains: []string{"sgb9"}, fields: []string{"inclusion", "participation"},
		targets: disabilities, hub: 3.5, home: spAltstadt,
		desc: "Unabhängige Beratung nach dem Peer-Prinzip für Menschen mit Behinderungen und ihre Angehörigen.",
		offers: []offerTemplate{
			{name: "Ergänzende unabhängige Teilhabeberatung", fields: []string{"inclusion", "participation"}, targets: disabilities, basis: "§ 32 SGB IX", pBarrierFree: 1, pLowThreshold: 1, counselling: true, wide: true},
			{name: "Peer-Beratung in leichter Sprache", fields: []string{"inclusion"}, targets: []string{"disability_intellectual"}, basis: "§ 32 SGB IX", pBarrierFree: 1, pLowThreshold: 1, counselling: true, p: 0.8},
		},
	},
}

// regionalBrokerTemplates are the extra brokers of large networks, one per 1,000
// actors, located in a town.
var regionalBrokerTemplates = []actorTemplate{
	{
		name: "Sozialraumkoordination {ort}", short: "Sozialraumkoordination", kind: "municipal",
		domains: []string{"sgb12"}, fields: []string{"infrastructure", "participation"}, targets: []string{"all_residents"}, hub: 2,
		offers: []offerTemplate{{name: "Sozialraumkonferenz {ort}", fields: []string{"participation", "infrastructure"}, targets: []string{"all_residents"}, pBarrierFree: 1}},
	},
	{
		name: "Quartiersmanagement {ort}", short: "Quartiersmanagement", kind: "municipal",
		domains: []string{"civil_society", "housing"}, fields: []string{"infrastructure", "leisure", "participation"}, targets: []string{"all_residents"}, hub: 2,
		offers: []offerTemplate{{name: "Quartiersbüro {ort}", fields: []string{"infrastructure", "participation"}, targets: []string{"all_residents"}, pBarrierFree: 1, pLowThreshold: 1, counselling: true}},
	},
}

// singletonTemplates are the county-wide actors, one each, after the brokers.
var singletonTemplates = []actorTemplate{
	// Work and basic income support.
	{name: "Jobcenter Landkreis Seeland", short: "Jobcenter", kind: "benefit_carrier", domains: []string{"sgb2"},
		fields: []string{"work", "poverty", "education"}, targets: []string{"unemployed", "families", "migrants", "disability_mental"}, hub: 5, spokes: 0.8, home: spAltstadt,
		desc: "Gemeinsame Einrichtung von Landkreis und Agentur für Arbeit nach § 44b SGB II.",
		offers: []offerTemplate{
			{name: "Beratung und Vermittlung in Arbeit", fields: []string{"work"}, targets: []string{"unemployed"}, basis: "§ 16 SGB II", pBarrierFree: 1, counselling: true, wide: true},
			{name: "Bürgergeld – Leistungen zum Lebensunterhalt", fields: []string{"poverty"}, targets: []string{"unemployed", "families"}, basis: "§ 19 SGB II", pBarrierFree: 1, wide: true},
			{name: "Ganzheitliche Betreuung (Coaching)", fields: []string{"work", "health"}, targets: []string{"unemployed", "disability_mental"}, basis: "§ 16k SGB II", pLowThreshold: 1},
		}},
	{name: "Agentur für Arbeit Seeburg", short: "Arbeitsagentur", kind: "benefit_carrier", domains: []string{"sgb3"},
		fields: []string{"work", "education"}, targets: []string{"unemployed", "children_youth"}, hub: 3, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Berufsberatung für junge Menschen", fields: []string{"work", "education"}, targets: []string{"children_youth"}, basis: "§ 29 SGB III", pBarrierFree: 1, counselling: true, wide: true},
			{name: "Berufliche Rehabilitation", fields: []string{"work", "inclusion"}, targets: []string{"disability_physical", "disability_mental"}, basis: "§ 112 SGB III", pBarrierFree: 1, counselling: true},
		}},
	{name: "Deutsche Rentenversicherung, Beratungsstelle Seeburg", short: "DRV Seeburg", kind: "benefit_carrier", domains: []string{"sgb6"},
		fields: []string{"work", "health"}, targets: []string{"older_people", "disability_physical"}, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Auskunft und Beratung zur Rente", fields: []string{"poverty"}, targets: []string{"older_people"}, basis: "§ 15 SGB I", pBarrierFree: 1, counselling: true},
			{name: "Medizinische Rehabilitation", fields: []string{"health", "work"}, targets: []string{"disability_physical"}, basis: "§ 15 SGB VI", p: 0.7},
		}},
	{name: "Beschäftigungs- und Qualifizierungsgesellschaft Seeland mbH", short: "BQS Seeland", kind: "provider", domains: []string{"sgb2", "sgb3"},
		fields: []string{"work", "education"}, targets: []string{"unemployed", "migrants"}, hub: 2, home: spNeustadt,
		offers: []offerTemplate{
			{name: "Arbeitsgelegenheiten in der Landschaftspflege", fields: []string{"work"}, targets: []string{"unemployed"}, basis: "§ 16d SGB II", capLo: 20, capHi: 40},
			{name: "Teilhabe am Arbeitsmarkt", fields: []string{"work"}, targets: []string{"unemployed"}, basis: "§ 16i SGB II", capLo: 10, capHi: 25},
			{name: "Berufsbezogene Sprachkurse", fields: []string{"integration", "education"}, targets: []string{"migrants"}, domains: []string{"sgb3"}, basis: "§ 45a AufenthG", p: 0.6},
		}},
	{name: "Schuldner- und Insolvenzberatung Seeland", short: "Schuldnerberatung", kind: "counselling", domains: []string{"sgb2", "sgb12"},
		fields: []string{"poverty"}, targets: []string{"unemployed", "families"}, home: spNeustadt,
		offers: []offerTemplate{
			{name: "Schuldnerberatung", fields: []string{"poverty"}, targets: []string{"unemployed", "families"}, basis: "§ 16a SGB II", pBarrierFree: 1, pLowThreshold: 0.5, counselling: true, wide: true},
		}},
	{name: "Arbeitskreis Arbeitsmarkt und Ausbildung Seeland", short: "AK Arbeitsmarkt", kind: "committee", domains: []string{"sgb2", "sgb3", "school", "civil_society"},
		fields: []string{"work", "education"}, targets: []string{"unemployed", "children_youth"}, home: spAltstadt, noWeb: true, members: 8,
		desc: "Jobcenter, Arbeitsagentur, Schulen und Bildungsträger stimmen den Übergang Schule–Beruf ab."},

	// Children, youth, families and school.
	{name: "Jugendamt Landkreis Seeland", short: "Jugendamt", kind: "municipal", domains: []string{"sgb8"},
		fields: []string{"education", "health"}, targets: []string{"children_youth", "families"}, hub: 6, spokes: 0.8, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Hilfen zur Erziehung", fields: []string{"education"}, targets: []string{"children_youth", "families"}, basis: "§ 27 SGB VIII", wide: true},
			{name: "Kindertagespflege", fields: []string{"education"}, targets: []string{"children_youth"}, basis: "§ 23 SGB VIII", capLo: 60, capHi: 90, wide: true},
			{name: "Frühe Hilfen – Willkommensbesuche", fields: []string{"health", "education"}, targets: []string{"families"}, basis: "§ 16 SGB VIII", pLowThreshold: 1, counselling: true},
		}},
	{name: "Erziehungs- und Familienberatungsstelle Seeburg", short: "Erziehungsberatung", kind: "counselling", domains: []string{"sgb8"},
		fields: []string{"education", "health"}, targets: []string{"families", "children_youth"}, home: spNeustadt,
		offers: []offerTemplate{{name: "Erziehungs- und Familienberatung", fields: []string{"education"}, targets: []string{"families"}, basis: "§ 28 SGB VIII", pBarrierFree: 1, pLowThreshold: 1, counselling: true}}},
	{name: "Staatliches Schulamt Seeburg", short: "Schulamt", kind: "municipal", domains: []string{"school"},
		fields: []string{"education", "inclusion"}, targets: []string{"children_youth"}, hub: 2, home: spAltstadt},
	{name: "Kreisjugendring Seeland e.V.", short: "Kreisjugendring", kind: "association", domains: []string{"sgb8", "civil_society"},
		fields: []string{"leisure", "participation", "education"}, targets: []string{"children_youth"}, hub: 2, home: spUferlandNord,
		offers: []offerTemplate{
			{name: "Ferienfreizeiten", fields: []string{"leisure"}, targets: []string{"children_youth"}, basis: "§ 11 SGB VIII", capLo: 40, capHi: 80, pLowThreshold: 1},
			{name: "Jugendleiterschulung (Juleica)", fields: []string{"education", "participation"}, targets: []string{"children_youth"}, basis: "§ 12 SGB VIII", p: 0.6},
		}},
	{name: "Berufliche Schule des Landkreises Seeland", short: "Berufliche Schule", kind: "school", domains: []string{"school"},
		fields: []string{"education", "work"}, targets: []string{"children_youth"}, home: spNeustadt,
		offers: []offerTemplate{{name: "Berufsvorbereitungsjahr", fields: []string{"education", "work"}, targets: []string{"children_youth"}, basis: "Schulgesetz", capLo: 30, capHi: 60, pBarrierFree: 1}}},
	{name: "Netzwerk Frühe Hilfen Seeland", short: "Frühe Hilfen", kind: "committee", domains: []string{"sgb8", "sgb5", "oegd"},
		fields: []string{"health", "education"}, targets: []string{"families"}, home: spAltstadt, noWeb: true, members: 8,
		desc: "Netzwerk nach § 3 KKG: Jugendhilfe, Gesundheitswesen und Beratungsstellen rund um Schwangerschaft und die ersten Lebensjahre."},
	{name: "AG nach § 78 SGB VIII Hilfen zur Erziehung und Jugendhilfe–Schule", short: "AG 78", kind: "committee", domains: []string{"sgb8", "school", "sgb3"},
		fields: []string{"education", "participation"}, targets: []string{"children_youth", "families"}, home: spAltstadt, noWeb: true, members: 12,
		desc: "Arbeitsgemeinschaft der öffentlichen und freien Träger der Jugendhilfe mit Schulen und Berufsberatung."},
	{name: "Familienzentrum Seeburg", short: "Familienzentrum", kind: "provider", domains: []string{"sgb8"},
		fields: []string{"education", "leisure"}, targets: []string{"families", "children_youth"}, home: spNeustadt,
		offers: []offerTemplate{
			{name: "Elterncafé", fields: []string{"leisure", "education"}, targets: []string{"families"}, basis: "§ 16 SGB VIII", pBarrierFree: 1, pLowThreshold: 1},
			{name: "Familienbildung", fields: []string{"education"}, targets: []string{"families"}, basis: "§ 16 SGB VIII", p: 0.7},
		}},

	// Participation of people with disabilities.
	{name: "Fachdienst Eingliederungshilfe Landkreis Seeland", short: "Eingliederungshilfe", kind: "benefit_carrier", domains: []string{"sgb9"},
		fields: []string{"inclusion", "housing", "work"}, targets: disabilities, hub: 4, spokes: 0.45, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Gesamtplanverfahren", fields: []string{"inclusion"}, targets: disabilities, basis: "§ 117 SGB IX", pBarrierFree: 1, wide: true},
			{name: "Beratung und Unterstützung durch den Träger", fields: []string{"inclusion"}, targets: disabilities, basis: "§ 106 SGB IX", pBarrierFree: 1, counselling: true, wide: true},
		}},
	{name: "Lebenshilfe Seeland e.V.", short: "Lebenshilfe", kind: "provider", domains: []string{"sgb9"},
		fields: []string{"inclusion", "housing", "leisure"}, targets: []string{"disability_intellectual", "families"}, hub: 3, home: spUferlandNord,
		offers: []offerTemplate{
			{name: "Besondere Wohnform Haus am See", fields: []string{"housing", "inclusion"}, targets: []string{"disability_intellectual"}, basis: "§ 113 SGB IX", capLo: 20, capHi: 28, pBarrierFree: 1},
			{name: "Assistenz im eigenen Wohnraum", fields: []string{"housing", "inclusion"}, targets: []string{"disability_intellectual"}, basis: "§ 113 SGB IX", capLo: 25, capHi: 45},
			{name: "Familienunterstützender Dienst", fields: []string{"leisure", "inclusion"}, targets: []string{"families", "disability_intellectual"}, basis: "§ 113 SGB IX", pLowThreshold: 1, counselling: true},
		}},
	{name: "Seeland-Werkstätten gGmbH – Werkstatt für behinderte Menschen", short: "Seeland-Werkstätten", kind: "provider", domains: []string{"sgb9"},
		fields: []string{"work", "inclusion"}, targets: []string{"disability_intellectual", "disability_mental", "unemployed"}, hub: 3, home: spNeustadt,
		offers: []offerTemplate{
			{name: "Arbeitsbereich der Werkstatt", fields: []string{"work", "inclusion"}, targets: []string{"disability_intellectual", "disability_mental"}, basis: "§ 58 SGB IX", capLo: 150, capHi: 220, pBarrierFree: 1},
			{name: "Berufsbildungsbereich", fields: []string{"work", "education"}, targets: []string{"disability_intellectual"}, basis: "§ 57 SGB IX", capLo: 20, capHi: 35, pBarrierFree: 1},
		}},
	{name: "Integrationsfachdienst Seeland", short: "IFD Seeland", kind: "counselling", domains: []string{"sgb9"},
		fields: []string{"work", "inclusion"}, targets: []string{"disability_mental", "disability_sensory", "unemployed"}, home: spAltstadt,
		offers: []offerTemplate{{name: "Begleitung im Arbeitsleben", fields: []string{"work", "inclusion"}, targets: []string{"disability_mental", "disability_sensory"}, basis: "§ 193 SGB IX", pBarrierFree: 1, counselling: true}}},
	{name: "Inklusionsbetrieb Seeblick gGmbH", short: "Seeblick", kind: "employer", domains: []string{"sgb9"},
		fields: []string{"work", "inclusion"}, targets: []string{"disability_mental", "unemployed"}, home: spLindenau,
		offers: []offerTemplate{{name: "Arbeitsplätze im Inklusionsbetrieb (Gastronomie)", fields: []string{"work"}, targets: []string{"disability_mental"}, basis: "§ 215 SGB IX", capLo: 12, capHi: 20, pBarrierFree: 1}}},
	{name: "Landesamt für Soziales und Versorgung, Außenstelle Seeburg", short: "Versorgungsamt", kind: "benefit_carrier", domains: []string{"sgb14", "sgb9"},
		fields: []string{"inclusion", "health"}, targets: []string{"disability_physical", "disability_sensory"}, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Feststellung der Schwerbehinderung", fields: []string{"inclusion"}, targets: disabilities, domains: []string{"sgb9"}, basis: "§ 152 SGB IX", pBarrierFree: 1, wide: true},
			{name: "Leistungen der Sozialen Entschädigung", fields: []string{"health"}, targets: []string{"all_residents"}, basis: "§ 3 SGB XIV", pBarrierFree: 1},
		}},
	{name: "Förderschule am Lindenpark – Förderzentrum geistige Entwicklung", short: "Förderschule am Lindenpark", kind: "school", domains: []string{"school", "sgb9"},
		fields: []string{"education", "inclusion"}, targets: []string{"children_youth", "disability_intellectual"}, home: spLindenau,
		offers: []offerTemplate{
			{name: "Unterricht im Förderschwerpunkt geistige Entwicklung", fields: []string{"education", "inclusion"}, targets: []string{"children_youth", "disability_intellectual"}, basis: "Schulgesetz", capLo: 60, capHi: 110, pBarrierFree: 1, wide: true},
			{name: "Schulbegleitung an der Förderschule", fields: []string{"education", "inclusion"}, targets: []string{"disability_intellectual"}, domains: []string{"sgb9"}, basis: "§ 112 SGB IX", p: 0.7},
		}},
	{name: "Teilhabebeirat Landkreis Seeland", short: "Teilhabebeirat", kind: "committee", domains: []string{"sgb9", "sgb14", "mobility", "civil_society"},
		fields: []string{"participation", "inclusion"}, targets: disabilities, home: spAltstadt, noWeb: true, members: 10,
		desc: "Beirat der Menschen mit Behinderungen, ihrer Verbände und der Leistungsträger; berät den Kreistag zu Barrierefreiheit und Teilhabe."},
	{name: "Frühförderstelle Seeland", short: "Frühförderung", kind: "provider", domains: []string{"sgb9", "sgb8"},
		fields: []string{"health", "inclusion", "education"}, targets: []string{"children_youth", "families"}, home: spUferlandSued,
		offers: []offerTemplate{{name: "Interdisziplinäre Frühförderung", fields: []string{"health", "inclusion"}, targets: []string{"children_youth"}, basis: "§ 46 SGB IX", capLo: 40, capHi: 70, pBarrierFree: 1}}},
	{name: "Tagesstätte für Menschen mit psychischer Erkrankung Seeburg", short: "Tagesstätte", kind: "provider", domains: []string{"sgb9"},
		fields: []string{"inclusion", "leisure", "health"}, targets: []string{"disability_mental"}, home: spNeustadt,
		offers: []offerTemplate{{name: "Tagesstruktur und Begegnung", fields: []string{"inclusion", "leisure"}, targets: []string{"disability_mental"}, basis: "§ 113 SGB IX", capLo: 15, capHi: 25, pLowThreshold: 1}}},

	// Care and health.
	{name: "Gesundheitsamt Landkreis Seeland", short: "Gesundheitsamt", kind: "municipal", domains: []string{"oegd"},
		fields: []string{"health"}, targets: []string{"children_youth", "all_residents", "migrants"}, hub: 2, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Schuleingangsuntersuchung", fields: []string{"health", "education"}, targets: []string{"children_youth"}, basis: "Gesundheitsdienstgesetz", wide: true},
			{name: "Impfberatung", fields: []string{"health"}, targets: []string{"all_residents"}, basis: "§ 20 IfSG", counselling: true, pBarrierFree: 1},
		}},
	{name: "Sozialpsychiatrischer Dienst Landkreis Seeland", short: "SpDi", kind: "municipal", domains: []string{"oegd"},
		fields: []string{"health"}, targets: []string{"disability_mental"}, hub: 2, home: spAltstadt,
		offers: []offerTemplate{{name: "Sozialpsychiatrische Beratung und Krisenhilfe", fields: []string{"health"}, targets: []string{"disability_mental"}, basis: "PsychKG", pLowThreshold: 1, counselling: true, wide: true}}},
	{name: "Pflegestützpunkt Uferland", short: "Pflegestützpunkt", kind: "counselling", domains: []string{"sgb11", "sgb12"},
		fields: []string{"care", "housing"}, targets: []string{"older_people", "caregivers"}, hub: 3, home: spUferlandNord,
		offers: []offerTemplate{
			{name: "Pflegeberatung", fields: []string{"care"}, targets: []string{"older_people", "caregivers"}, basis: "§ 7a SGB XI", pBarrierFree: 1, pLowThreshold: 1, counselling: true, wide: true},
			{name: "Wohnberatung im Alter", fields: []string{"housing", "care"}, targets: []string{"older_people"}, basis: "§ 7c SGB XI", pBarrierFree: 1, counselling: true},
		}},
	{name: "AOK Nordost – Pflegekasse, Servicecenter Seeburg", short: "AOK Pflegekasse", kind: "benefit_carrier", domains: []string{"sgb11", "sgb5"},
		fields: []string{"care", "health"}, targets: []string{"older_people", "caregivers"}, hub: 2, home: spAltstadt,
		offers: []offerTemplate{{name: "Pflegekurse für Angehörige", fields: []string{"care"}, targets: []string{"caregivers"}, basis: "§ 45 SGB XI", pBarrierFree: 1}}},
	{name: "Klinikum Seeburg", short: "Klinikum", kind: "clinic", domains: []string{"sgb5"},
		fields: []string{"care", "health"}, targets: []string{"all_residents", "older_people"}, hub: 3, home: spNeustadt,
		offers: []offerTemplate{
			{name: "Sozialdienst und Entlassmanagement", fields: []string{"care"}, targets: []string{"older_people"}, basis: "§ 39 SGB V", pBarrierFree: 1, counselling: true},
			{name: "Geriatrische Tagesklinik", fields: []string{"care", "health"}, targets: []string{"older_people"}, basis: "§ 39 SGB V", capLo: 15, capHi: 25, pBarrierFree: 1},
		}},
	{name: "Fachklinik für Psychiatrie und Psychotherapie Uferland", short: "Fachklinik Uferland", kind: "clinic", domains: []string{"sgb5"},
		fields: []string{"health"}, targets: []string{"disability_mental"}, hub: 2, home: spUferlandSued,
		offers: []offerTemplate{{name: "Psychiatrische Institutsambulanz", fields: []string{"health"}, targets: []string{"disability_mental"}, basis: "§ 118 SGB V", pBarrierFree: 1}}},
	{name: "Unfallkasse Nord, Regionalbüro Seeburg", short: "Unfallkasse", kind: "benefit_carrier", domains: []string{"sgb7"},
		fields: []string{"health", "work"}, targets: []string{"children_youth", "all_residents"}, home: spAltstadt,
		offers: []offerTemplate{{name: "Prävention in Kitas und Schulen", fields: []string{"health", "education"}, targets: []string{"children_youth"}, basis: "§ 14 SGB VII"}}},
	{name: "Hospizverein Seeland e.V.", short: "Hospizverein", kind: "association", domains: []string{"sgb5"},
		fields: []string{"care"}, targets: []string{"older_people", "caregivers"}, home: spLindenau,
		offers: []offerTemplate{{name: "Ambulante Hospizbegleitung", fields: []string{"care"}, targets: []string{"older_people", "caregivers"}, basis: "§ 39a SGB V", pLowThreshold: 1, counselling: true}}},
	{name: "Pflegekonferenz Landkreis Seeland", short: "Pflegekonferenz", kind: "committee", domains: []string{"sgb11", "sgb12", "sgb5"},
		fields: []string{"care", "participation"}, targets: []string{"older_people", "caregivers"}, home: spAltstadt, noWeb: true, members: 8},
	{name: "Psychosoziale Arbeitsgemeinschaft Seeland (PSAG)", short: "PSAG", kind: "committee", domains: []string{"oegd", "sgb9", "sgb5", "sgb12"},
		fields: []string{"health", "inclusion"}, targets: []string{"disability_mental"}, home: spNeustadt, noWeb: true, members: 12,
		desc: "Zusammenschluss der psychiatrischen, psychosozialen und Suchthilfe-Dienste unter Vorsitz des Sozialpsychiatrischen Dienstes."},
	{name: "Suchtberatung Seeland", short: "Suchtberatung", kind: "counselling", domains: []string{"oegd", "sgb12"},
		fields: []string{"health"}, targets: []string{"all_residents", "homeless"}, home: spNeustadt,
		offers: []offerTemplate{{name: "Sucht- und Drogenberatung", fields: []string{"health"}, targets: []string{"all_residents"}, basis: "Gesundheitsdienstgesetz", pLowThreshold: 1, counselling: true}}},

	// Social assistance, migration and housing.
	{name: "Fachdienst Soziales und Wohnen Landkreis Seeland", short: "Sozialamt", kind: "municipal", domains: []string{"sgb12", "housing"},
		fields: []string{"poverty", "housing", "care"}, targets: []string{"older_people", "homeless", "all_residents"}, hub: 6, spokes: 1, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Grundsicherung im Alter und bei Erwerbsminderung", fields: []string{"poverty"}, targets: []string{"older_people"}, basis: "§ 41 SGB XII", pBarrierFree: 1, wide: true},
			{name: "Hilfe zur Pflege", fields: []string{"care"}, targets: []string{"older_people"}, basis: "§ 61 SGB XII", pBarrierFree: 1, wide: true},
			{name: "Wohngeldstelle", fields: []string{"housing", "poverty"}, targets: []string{"all_residents"}, domains: []string{"housing"}, basis: "WoGG", pBarrierFree: 1},
		}},
	{name: "Diakonisches Werk Seeland e.V.", short: "Diakonie Seeland", kind: "association", domains: []string{"sgb12", "sgb8"},
		fields: []string{"poverty", "housing", "health"}, targets: []string{"homeless", "families", "all_residents"}, hub: 2, home: spUferlandSued,
		offers: []offerTemplate{
			{name: "Kirchliche Allgemeine Sozialarbeit", fields: []string{"poverty"}, targets: []string{"all_residents"}, basis: "§ 11 SGB XII", pLowThreshold: 1, counselling: true},
			{name: "Wohnungsnotfallhilfe", fields: []string{"housing"}, targets: []string{"homeless"}, basis: "§ 67 SGB XII", capLo: 8, capHi: 16, pLowThreshold: 1, counselling: true},
		}},
	{name: "AWO Kreisverband Seeland e.V.", short: "AWO Seeland", kind: "association", domains: []string{"sgb12", "sgb8"},
		fields: []string{"poverty", "education", "integration"}, targets: []string{"families", "migrants", "older_people"}, hub: 2, home: spNeustadt,
		offers: []offerTemplate{{name: "Jugendmigrationsdienst", fields: []string{"integration"}, targets: []string{"migrants", "children_youth"}, domains: []string{"sgb8"}, basis: "§ 11 SGB VIII", counselling: true}}},
	{name: "DRK Kreisverband Seeland e.V.", short: "DRK Seeland", kind: "association", domains: []string{"sgb12", "sgb5"},
		fields: []string{"health", "poverty", "mobility"}, targets: []string{"older_people", "all_residents"}, hub: 2, home: spLindenau,
		offers: []offerTemplate{{name: "Hausnotruf", fields: []string{"care"}, targets: []string{"older_people"}, basis: "§ 40 SGB XI", domains: []string{"sgb5"}}}},
	{name: "Kreiswohnungsbaugesellschaft Seeland mbH", short: "KWG Seeland", kind: "housing_company", domains: []string{"housing"},
		fields: []string{"housing"}, targets: []string{"all_residents", "older_people"}, hub: 2, home: spNeustadt,
		offers: []offerTemplate{{name: "Barrierearme Mietwohnungen", fields: []string{"housing"}, targets: []string{"older_people", "disability_physical"}, capLo: 40, capHi: 120, pBarrierFree: 1}}},
	{name: "Wohnungsbaugenossenschaft Seeburg eG", short: "WBG Seeburg", kind: "housing_company", domains: []string{"housing"},
		fields: []string{"housing", "leisure"}, targets: []string{"all_residents", "families"}, home: spAltstadt,
		offers: []offerTemplate{{name: "Nachbarschaftstreff der Genossenschaft", fields: []string{"leisure"}, targets: []string{"all_residents"}, pBarrierFree: 1, pLowThreshold: 1}}},
	{name: "Fachdienst Migration und Ausländerbehörde Landkreis Seeland", short: "Ausländerbehörde", kind: "municipal", domains: []string{"asylblg"},
		fields: []string{"integration", "poverty"}, targets: []string{"migrants"}, hub: 2, home: spAltstadt,
		offers: []offerTemplate{{name: "Leistungen nach dem Asylbewerberleistungsgesetz", fields: []string{"poverty", "integration"}, targets: []string{"migrants"}, basis: "§ 3 AsylbLG", wide: true}}},
	{name: "Gemeinschaftsunterkunft Seeburg", short: "GU Seeburg", kind: "provider", domains: []string{"asylblg"},
		fields: []string{"housing", "integration"}, targets: []string{"migrants"}, home: spNeustadt,
		offers: []offerTemplate{{name: "Unterbringung und soziale Betreuung Geflüchteter", fields: []string{"housing", "integration"}, targets: []string{"migrants"}, basis: "§ 53 AsylG", capLo: 80, capHi: 150}}},

	// Community: sport, culture, civil society, mobility.
	{name: "Kreissportbund Seeland e.V.", short: "Kreissportbund", kind: "association", domains: []string{"sport"},
		fields: []string{"sport", "health", "inclusion"}, targets: []string{"children_youth", "all_residents"}, hub: 3, home: spAltstadt,
		offers: []offerTemplate{{name: "Sportabzeichen und Vereinsberatung", fields: []string{"sport"}, targets: []string{"all_residents"}}}},
	{name: "TSV Seeburg 1888 e.V.", short: "TSV Seeburg", kind: "association", domains: []string{"sport"},
		fields: []string{"sport", "leisure", "health", "inclusion"}, targets: []string{"children_youth", "all_residents", "older_people"}, hub: 0.8, home: spNeustadt,
		desc: "Größter Sportverein des Kreises mit 22 Abteilungen.",
		offers: []offerTemplate{
			{name: "Kinder- und Jugendsport", fields: []string{"sport"}, targets: []string{"children_youth"}, capLo: 200, capHi: 400, pLowThreshold: 1},
			{name: "Herzsportgruppe", fields: []string{"sport", "health"}, targets: []string{"older_people"}, basis: "§ 64 SGB IX", domains: []string{"sgb9"}},
			{name: "Inklusives Schwimmen", fields: []string{"sport", "inclusion"}, targets: disabilities, pBarrierFree: 1},
		}},
	{name: "Volkshochschule Landkreis Seeland", short: "VHS Seeland", kind: "municipal", domains: []string{"culture"},
		fields: []string{"education", "culture", "integration"}, targets: []string{"all_residents", "migrants"}, hub: 2, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Integrationskurse", fields: []string{"integration", "education"}, targets: []string{"migrants"}, basis: "§ 43 AufenthG", capLo: 60, capHi: 100, pBarrierFree: 1},
			{name: "Kurse in leichter Sprache", fields: []string{"education", "inclusion"}, targets: []string{"disability_intellectual"}, pBarrierFree: 1, pLowThreshold: 1, p: 0.6},
		}},
	{name: "Kreismusikschule Seeland", short: "Musikschule", kind: "municipal", domains: []string{"culture"},
		fields: []string{"culture", "education"}, targets: []string{"children_youth"}, home: spNeustadt,
		offers: []offerTemplate{{name: "Musikalische Früherziehung", fields: []string{"culture", "education"}, targets: []string{"children_youth"}, capLo: 40, capHi: 80}}},
	{name: "Verkehrsgesellschaft Seeland mbH", short: "VGS", kind: "provider", domains: []string{"mobility"},
		fields: []string{"mobility"}, targets: []string{"all_residents"}, home: spAltstadt,
		offers: []offerTemplate{
			{name: "Rufbus Seeland", fields: []string{"mobility"}, targets: []string{"all_residents", "older_people"}, pBarrierFree: 0.5, wide: true},
			{name: "Mobilitätsberatung", fields: []string{"mobility"}, targets: []string{"older_people", "disability_physical"}, pBarrierFree: 1, counselling: true, p: 0.6},
		}},
	{name: "Ehrenamtsagentur Seeland", short: "Ehrenamtsagentur", kind: "counselling", domains: []string{"civil_society"},
		fields: []string{"participation", "leisure"}, targets: []string{"all_residents"}, hub: 2, home: spNeustadt,
		offers: []offerTemplate{{name: "Vermittlung ins Ehrenamt", fields: []string{"participation"}, targets: []string{"all_residents"}, pLowThreshold: 1, counselling: true, wide: true}}},
	{name: "Kreisseniorenbeirat Seeland", short: "Seniorenbeirat", kind: "committee", domains: []string{"civil_society", "sgb11"},
		fields: []string{"participation"}, targets: []string{"older_people"}, home: spAltstadt, noWeb: true, members: 6},
	{name: "Sozialraumkonferenz Seeburg und Uferland", short: "Sozialraumkonferenz Nord", kind: "committee", domains: []string{"sgb12", "sgb8", "sgb11", "civil_society"},
		fields: []string{"participation", "infrastructure"}, targets: []string{"all_residents"}, home: spAltstadt, noWeb: true, since: 1, members: 14,
		desc: "Seit 2025: Fachkräfte aller Rechtskreise aus dem Planungsraum beraten zweimal im Jahr über Bedarfe und Angebote im Sozialraum."},
	{name: "Sozialraumkonferenz Heide und Moor", short: "Sozialraumkonferenz Süd", kind: "committee", domains: []string{"sgb12", "sgb2", "sgb5", "sport"},
		fields: []string{"participation", "infrastructure"}, targets: []string{"all_residents"}, home: spHeidequell, noWeb: true, since: 2, members: 10,
		desc: "Seit 2026: die zweite Sozialraumkonferenz, für die ländlichen Sozialräume im Süden des Kreises."},
	{name: "Tafel Seeburg e.V.", short: "Tafel", kind: "association", domains: []string{"civil_society"},
		fields: []string{"poverty"}, targets: []string{"families", "older_people", "unemployed"}, home: spNeustadt,
		offers: []offerTemplate{{name: "Lebensmittelausgabe", fields: []string{"poverty"}, targets: []string{"all_residents"}, pLowThreshold: 1}}},
}

// localTemplates are the actors found in every town; {ort} is the town's name.
var localTemplates = []actorTemplate{
	// Community.
	{name: "{name} {stadt} {jahr}", kind: "association", domains: []string{"sport"}, weight: 6, hub: 1.2,
		names:  []string{"TSV", "SV", "SG", "FSV", "TuS", "Turnverein", "Ruderclub", "Kanu-Club", "Reit- und Fahrverein", "Tennisclub"},
		fields: []string{"sport", "leisure", "health"}, targets: []string{"children_youth", "all_residents", "older_people"},
		offers: []offerTemplate{
			{name: "Kinderturnen", fields: []string{"sport"}, targets: []string{"children_youth"}, pLowThreshold: 1},
			{name: "Seniorensport", fields: []string{"sport", "health"}, targets: []string{"older_people"}, p: 0.6},
			{name: "Jugendfußball und Trainingsgruppen", fields: []string{"sport", "leisure"}, targets: []string{"children_youth"}, capLo: 20, capHi: 80, p: 0.4},
			{name: "Inklusive Sportgruppe", fields: []string{"sport", "inclusion"}, targets: disabilities, pBarrierFree: 0.5, p: 0.25},
			{name: "Rehasport", fields: []string{"sport", "health"}, targets: []string{"disability_physical", "older_people"}, domains: []string{"sgb9"}, basis: "§ 64 SGB IX", p: 0.2},
		}},
	{name: "Heimatverein {ort} e.V.", kind: "association", domains: []string{"culture", "civil_society"}, weight: 1.5,
		fields: []string{"culture", "leisure"}, targets: []string{"all_residents"}, noWeb: true,
		offers: []offerTemplate{
			{name: "Heimatstube und Dorfchronik", fields: []string{"culture"}, targets: []string{"all_residents"}, p: 0.6},
			{name: "Dorffest und Erzählcafé", fields: []string{"leisure", "culture"}, targets: []string{"all_residents", "older_people"}, pLowThreshold: 1, p: 0.5},
		}},
	{name: "Ev.-Luth. Kirchengemeinde {ort}", kind: "association", domains: []string{"civil_society"}, weight: 1.5,
		fields: []string{"leisure", "poverty"}, targets: []string{"older_people", "families"},
		offers: []offerTemplate{
			{name: "Seniorennachmittag", fields: []string{"leisure"}, targets: []string{"older_people"}, pLowThreshold: 1},
			{name: "Besuchsdienst", fields: []string{"care", "leisure"}, targets: []string{"older_people"}, pLowThreshold: 1, p: 0.5},
			{name: "Eltern-Kind-Gruppe", fields: []string{"education", "leisure"}, targets: []string{"families"}, pLowThreshold: 1, p: 0.4},
		}},
	{name: "Bibliothek {ort}", kind: "municipal", domains: []string{"culture"}, weight: 1,
		fields: []string{"culture", "education"}, targets: []string{"all_residents", "children_youth"},
		offers: []offerTemplate{
			{name: "Öffentliche Bibliothek", fields: []string{"culture", "education"}, targets: []string{"all_residents"}, pBarrierFree: 0.6, pLowThreshold: 1},
			{name: "Vorlesestunde", fields: []string{"culture"}, targets: []string{"children_youth"}, p: 0.5},
		}},
	{name: "Mehrgenerationenhaus {ort}", kind: "provider", domains: []string{"civil_society", "sgb8"}, weight: 0.8, hub: 1.5,
		fields: []string{"leisure", "participation", "education"}, targets: []string{"all_residents", "families", "older_people"},
		offers: []offerTemplate{
			{name: "Offener Treff", fields: []string{"leisure"}, targets: []string{"all_residents"}, pBarrierFree: 1, pLowThreshold: 1},
			{name: "Nachbarschaftshilfe", fields: []string{"care", "participation"}, targets: []string{"older_people"}, pLowThreshold: 1, p: 0.6},
		}},
	{name: "Landfrauenverein {ort} e.V.", kind: "association", domains: []string{"civil_society"}, weight: 0.8, noWeb: true,
		fields: []string{"leisure", "culture"}, targets: []string{"families", "older_people"},
		offers: []offerTemplate{{name: "Kurse und Vorträge im Dorfgemeinschaftshaus", fields: []string{"education", "leisure"}, targets: []string{"all_residents"}, p: 0.7}}},
	{name: "{name} {ort} e.V.", kind: "association", domains: []string{"culture"}, weight: 1,
		names:  []string{"Musikverein", "Chorgemeinschaft", "Theaterverein", "Kunstverein", "Fanfarenzug"},
		fields: []string{"culture", "leisure"}, targets: []string{"all_residents", "children_youth"},
		offers: []offerTemplate{{name: "Proben und Auftritte für alle", fields: []string{"culture"}, targets: []string{"all_residents"}, p: 0.7}}},
	{name: "Bürgerbus {ort} e.V.", kind: "association", domains: []string{"mobility", "civil_society"}, weight: 0.5,
		fields: []string{"mobility"}, targets: []string{"older_people", "all_residents"},
		offers: []offerTemplate{{name: "Bürgerbus", fields: []string{"mobility"}, targets: []string{"older_people"}, pBarrierFree: 0.5, pLowThreshold: 1}}},
	{name: "Tafel-Ausgabestelle {ort}", kind: "association", domains: []string{"civil_society"}, weight: 0.6, noWeb: true,
		fields: []string{"poverty"}, targets: []string{"families", "unemployed", "older_people"},
		offers: []offerTemplate{{name: "Lebensmittelausgabe", fields: []string{"poverty"}, targets: []string{"all_residents"}, pLowThreshold: 1}}},

	// Children, youth and school.
	{name: "Kita {name} {ort}", kind: "provider", domains: []string{"sgb8"}, weight: 4,
		names:  []string{"Sonnenschein", "Seepferdchen", "Wirbelwind", "Zwergenland", "Am Mühlenteich", "Regenbogen", "Pusteblume", "Storchennest", "Kleine Strolche", "Uferspatzen"},
		fields: []string{"education"}, targets: []string{"children_youth", "families"},
		offers: []offerTemplate{
			{name: "Kindertagesbetreuung", fields: []string{"education"}, targets: []string{"children_youth"}, basis: "§ 22 SGB VIII", capLo: 30, capHi: 120},
			{name: "Eltern-Kind-Gruppe", fields: []string{"education"}, targets: []string{"families"}, basis: "§ 16 SGB VIII", pLowThreshold: 1, p: 0.3},
			{name: "Integrative Gruppe", fields: []string{"education", "inclusion"}, targets: []string{"children_youth", "disability_intellectual"}, domains: []string{"sgb9"}, basis: "§ 79 SGB IX", capLo: 6, capHi: 15, pBarrierFree: 1, p: 0.3},
		}},
	{name: "{name} {ort}", kind: "school", domains: []string{"school"}, weight: 2, hub: 1.3,
		names:  []string{"Grundschule", "Regionale Schule", "Grundschule am See", "Gesamtschule", "Gymnasium"},
		fields: []string{"education"}, targets: []string{"children_youth"},
		offers: []offerTemplate{
			{name: "Offene Ganztagsschule", fields: []string{"education", "leisure"}, targets: []string{"children_youth"}, basis: "Schulgesetz", capLo: 40, capHi: 150},
			{name: "Schulsozialarbeit", fields: []string{"education"}, targets: []string{"children_youth", "families"}, domains: []string{"sgb8"}, basis: "§ 13a SGB VIII", pLowThreshold: 1, counselling: true, p: 0.6},
		}},
	{name: "Jugendclub {ort}", kind: "provider", domains: []string{"sgb8"}, weight: 1.2,
		fields: []string{"leisure", "participation"}, targets: []string{"children_youth"},
		offers: []offerTemplate{
			{name: "Offene Kinder- und Jugendarbeit", fields: []string{"leisure"}, targets: []string{"children_youth"}, basis: "§ 11 SGB VIII", pLowThreshold: 1},
			{name: "Ferienprogramm", fields: []string{"leisure", "culture"}, targets: []string{"children_youth"}, basis: "§ 11 SGB VIII", capLo: 20, capHi: 60, p: 0.6},
		}},
	{name: "Kinder- und Jugendhilfe {name} gGmbH", kind: "provider", domains: []string{"sgb8"}, weight: 0.8, hub: 1.5,
		names:  []string{"Seeland", "Lotsenhaus", "Kompass", "Leuchtturm", "Brücke", "Ankerplatz"},
		fields: []string{"education", "housing"}, targets: []string{"children_youth", "families"},
		offers: []offerTemplate{
			{name: "Sozialpädagogische Familienhilfe", fields: []string{"education"}, targets: []string{"families"}, basis: "§ 31 SGB VIII"},
			{name: "Wohngruppe für Jugendliche", fields: []string{"housing", "education"}, targets: []string{"children_youth"}, basis: "§ 34 SGB VIII", capLo: 6, capHi: 12, p: 0.5},
		}},

	// Participation of people with disabilities.
	{name: "Selbsthilfegruppe {name} {ort}", kind: "self_help", domains: []string{"sgb9"}, weight: 1.5, hub: 0.6, noWeb: true,
		names:  []string{"Angehörige psychisch Kranker", "Autismus", "Leben mit Sehbehinderung", "Schlaganfall", "Hörgeschädigte", "Eltern behinderter Kinder"},
		fields: []string{"inclusion", "participation"}, targets: []string{"disability_mental", "disability_sensory", "families"},
		offers: []offerTemplate{{name: "Gruppentreffen", fields: []string{"inclusion"}, targets: disabilities, domains: []string{"sgb5"}, basis: "§ 20h SGB V", pLowThreshold: 1}}},
	{name: "Ambulante Dienste {name}", kind: "provider", domains: []string{"sgb9"}, weight: 1.2, hub: 1.3,
		names:  []string{"Lebensweg", "Seeland", "Miteinander", "Weitblick", "Lichtblick", "Ufergang"},
		fields: []string{"inclusion", "housing"}, targets: []string{"disability_mental", "disability_intellectual"},
		offers: []offerTemplate{
			{name: "Assistenz im eigenen Wohnraum", fields: []string{"housing", "inclusion"}, targets: []string{"disability_mental"}, basis: "§ 113 SGB IX", capLo: 10, capHi: 40},
			{name: "Schulbegleitung", fields: []string{"education", "inclusion"}, targets: []string{"children_youth", "disability_intellectual"}, basis: "§ 112 SGB IX", p: 0.5},
		}},
	{name: "Wohngemeinschaft {name}", kind: "provider", domains: []string{"sgb9"}, weight: 0.6,
		names:  []string{"Am Deich", "Lindenhof", "Seeblick", "Mühlenweg", "Birkenhof"},
		fields: []string{"housing", "inclusion"}, targets: []string{"disability_intellectual", "disability_physical"},
		offers: []offerTemplate{{name: "Gemeinschaftliches Wohnen mit Assistenz", fields: []string{"housing", "inclusion"}, targets: []string{"disability_intellectual"}, basis: "§ 113 SGB IX", capLo: 6, capHi: 12, pBarrierFree: 1}}},

	// Care and health.
	{name: "{name}", kind: "provider", domains: []string{"sgb11", "sgb5"}, weight: 2.5, hub: 1.2,
		names:  []string{"Ambulanter Pflegedienst Sonnenblick", "Häusliche Krankenpflege Petersen", "Pflegedienst Lüdtke", "Sozialstation der Diakonie", "Pflegeteam Seeufer", "Pflegedienst Hand in Hand", "Ambulante Pflege Möller"},
		fields: []string{"care", "health"}, targets: []string{"older_people", "caregivers"},
		offers: []offerTemplate{
			{name: "Ambulante Pflege", fields: []string{"care"}, targets: []string{"older_people"}, basis: "§ 36 SGB XI"},
			{name: "Entlastungsangebot für pflegende Angehörige", fields: []string{"care"}, targets: []string{"caregivers"}, basis: "§ 45b SGB XI", pLowThreshold: 0.5, p: 0.5},
		}},
	{name: "{name}", kind: "provider", domains: []string{"sgb11"}, weight: 1.5,
		names:  []string{"Seniorenzentrum Am Seeufer", "Haus Abendsonne", "Pflegeheim Lindenhof", "Seniorenresidenz Mühlenblick", "Tagespflege Sonnenhof", "Haus Kranichruh"},
		fields: []string{"care", "housing"}, targets: []string{"older_people"},
		offers: []offerTemplate{
			{name: "Vollstationäre Pflege", fields: []string{"care", "housing"}, targets: []string{"older_people"}, basis: "§ 43 SGB XI", capLo: 40, capHi: 110, pBarrierFree: 1},
			{name: "Tagespflege", fields: []string{"care"}, targets: []string{"older_people", "caregivers"}, basis: "§ 41 SGB XI", capLo: 12, capHi: 20, pBarrierFree: 1, p: 0.5},
		}},
	{name: "Selbsthilfegruppe pflegende Angehörige {ort}", kind: "self_help", domains: []string{"sgb11"}, weight: 0.6, hub: 0.6, noWeb: true,
		fields: []string{"care"}, targets: []string{"caregivers"},
		offers: []offerTemplate{{name: "Gesprächskreis für pflegende Angehörige", fields: []string{"care"}, targets: []string{"caregivers"}, basis: "§ 45d SGB XI", pLowThreshold: 1}}},
	{name: "Medizinisches Versorgungszentrum {ort}", kind: "clinic", domains: []string{"sgb5"}, weight: 1,
		fields: []string{"health", "care"}, targets: []string{"all_residents"},
		offers: []offerTemplate{
			{name: "Hausärztliche Versorgung", fields: []string{"health", "care"}, targets: []string{"all_residents"}, basis: "§ 73 SGB V", pBarrierFree: 0.6},
			{name: "Diabetikerschulung", fields: []string{"health"}, targets: []string{"all_residents", "older_people"}, basis: "§ 137f SGB V", p: 0.5},
		}},
	{name: "Selbsthilfegruppe {name} {ort}", kind: "self_help", domains: []string{"sgb5"}, weight: 0.8, hub: 0.6, noWeb: true,
		names:  []string{"Diabetes", "Sucht", "Krebs", "Depression", "Rheuma"},
		fields: []string{"health"}, targets: []string{"all_residents"},
		offers: []offerTemplate{{name: "Gruppentreffen", fields: []string{"health"}, targets: []string{"all_residents"}, basis: "§ 20h SGB V", pLowThreshold: 1}}},

	// Social assistance and housing.
	{name: "AWO Ortsverein {ort} e.V.", kind: "association", domains: []string{"sgb12", "civil_society"}, weight: 1.2,
		fields: []string{"poverty", "leisure"}, targets: []string{"older_people", "families"},
		offers: []offerTemplate{
			{name: "Begegnungsstätte", fields: []string{"leisure"}, targets: []string{"older_people"}, pLowThreshold: 1, p: 0.8},
			{name: "Sozialsprechstunde", fields: []string{"poverty"}, targets: []string{"all_residents"}, pLowThreshold: 1, counselling: true, p: 0.5},
		}},
	{name: "DRK-Ortsverein {ort} e.V.", kind: "association", domains: []string{"sgb12", "civil_society"}, weight: 1,
		fields: []string{"health", "leisure"}, targets: []string{"older_people", "all_residents"},
		offers: []offerTemplate{
			{name: "Kleiderkammer", fields: []string{"poverty"}, targets: []string{"all_residents"}, pLowThreshold: 1, p: 0.6},
			{name: "Seniorengymnastik", fields: []string{"health", "leisure"}, targets: []string{"older_people"}, p: 0.5},
		}},
	{name: "Wohnungsgenossenschaft {ort} eG", kind: "housing_company", domains: []string{"housing"}, weight: 0.7,
		fields: []string{"housing"}, targets: []string{"all_residents", "families"},
		offers: []offerTemplate{
			{name: "Genossenschaftswohnungen", fields: []string{"housing"}, targets: []string{"all_residents"}, capLo: 20, capHi: 200},
			{name: "Mieterberatung", fields: []string{"housing"}, targets: []string{"all_residents", "older_people"}, counselling: true, p: 0.5},
		}},
	{name: "Gemeinschaftsunterkunft {ort}", kind: "provider", domains: []string{"asylblg"}, weight: 0.3,
		fields: []string{"housing", "integration"}, targets: []string{"migrants"}, noWeb: true,
		offers: []offerTemplate{{name: "Unterbringung Geflüchteter", fields: []string{"housing", "integration"}, targets: []string{"migrants"}, basis: "§ 53 AsylG", capLo: 20, capHi: 60}}},
	{name: "Willkommensinitiative {ort}", kind: "association", domains: []string{"asylblg", "civil_society"}, weight: 0.5, noWeb: true,
		fields: []string{"integration", "leisure"}, targets: []string{"migrants"},
		offers: []offerTemplate{{name: "Sprachcafé", fields: []string{"integration"}, targets: []string{"migrants"}, pLowThreshold: 1}}},

	// Work.
	{name: "{name} {ort}", kind: "employer", domains: []string{"sgb3"}, weight: 2,
		names:  []string{"Tischlerei Hansen", "Fischräucherei Krüger", "Bäckerei Lüdtke", "Autohaus Brandt", "Gärtnerei Wilke", "Hotel Seeblick", "Metallbau Peters", "Landhandel Schulz"},
		fields: []string{"work"}, targets: []string{"unemployed", "children_youth"},
		offers: []offerTemplate{
			{name: "Ausbildungs- und Praktikumsplätze", fields: []string{"work", "education"}, targets: []string{"children_youth"}, basis: "§ 54a SGB III", capLo: 1, capHi: 6, p: 0.8},
			{name: "Probebeschäftigung für Arbeitsuchende", fields: []string{"work"}, targets: []string{"unemployed"}, basis: "§ 44 SGB III", capLo: 1, capHi: 3, p: 0.4},
		}},
	{name: "Sozialkaufhaus {ort}", kind: "provider", domains: []string{"sgb2", "sgb12"}, weight: 0.5,
		fields: []string{"work", "poverty"}, targets: []string{"unemployed"},
		offers: []offerTemplate{{name: "Beschäftigung im Sozialkaufhaus", fields: []string{"work"}, targets: []string{"unemployed"}, basis: "§ 16d SGB II", capLo: 5, capHi: 15, pLowThreshold: 1}}},
	{name: "Bildungsträger {name}", kind: "provider", domains: []string{"sgb3", "sgb2"}, weight: 0.8,
		names:  []string{"Perspektive", "Nordlicht", "Wegweiser", "Zukunftswerk", "Brückenbau"},
		fields: []string{"work", "education"}, targets: []string{"unemployed", "migrants"},
		offers: []offerTemplate{
			{name: "Maßnahme zur Aktivierung und beruflichen Eingliederung", fields: []string{"work"}, targets: []string{"unemployed"}, basis: "§ 45 SGB III", capLo: 10, capHi: 30},
			{name: "Jugendberufshilfe", fields: []string{"work", "education"}, targets: []string{"children_youth"}, domains: []string{"sgb2"}, basis: "§ 16h SGB II", p: 0.4},
		}},
}
