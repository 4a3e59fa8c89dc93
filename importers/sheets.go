package importers

import "github.com/netzwerkatlas/netzwerkatlas/graph"

// Accessors from an Entity to the concrete types.
func actor(e graph.Entity) *graph.Actor       { return e.(*graph.Actor) }
func coop(e graph.Entity) *graph.Cooperation  { return e.(*graph.Cooperation) }
func offer(e graph.Entity) *graph.Offer       { return e.(*graph.Offer) }
func space(e graph.Entity) *graph.SocialSpace { return e.(*graph.SocialSpace) }
func need(e graph.Entity) *graph.Need         { return e.(*graph.Need) }
func wave(e graph.Entity) *graph.Wave         { return e.(*graph.Wave) }

// entitiesOf returns pointers to the elements of s as entities.
func entitiesOf[T any, P interface {
	*T
	graph.Entity
}](s []T) []graph.Entity {
	out := make([]graph.Entity, len(s))
	for i := range s {
		out[i] = P(&s[i])
	}
	return out
}

// sheets lists the layout of every kind, in the order of the workbook's sheets.
var sheets = []*sheet{actorSheet, cooperationSheet, offerSheet, spaceSheet, needSheet, waveSheet}

var actorSheet = &sheet{
	kind: graph.KindActor, name: "Akteure", aliases: []string{"Actors", "Akteur", "Actor", "Nodes", "Knoten", "Organisationen"},
	needs: []string{"name"}, attributes: true,
	columns: append(metaCols("des Akteurs"),
		textCol("name", "Name", "Name der Organisation oder Einheit (Pflicht).", func(e graph.Entity) *string { return &actor(e).Name }, "label", "Bezeichnung", "Organisation", "Einrichtung", "Akteur", "title", "Titel"),
		textCol("short_name", "Kurzname", "Abkürzung, z. B. „EUTB“.", func(e graph.Entity) *string { return &actor(e).ShortName }, "short_name", "Kurzbezeichnung", "Abkürzung", "abbreviation"),
		codeCol("kind", "Akteursart", graph.ListActorKinds, "Art des Akteurs, ein Code aus der Liste; leer bleibt der Akteur „nicht zugeordnet“.", func(e graph.Entity) *string { return &actor(e).Kind }, "kind", "type", "Typ", "Art", "actor_kind", "category", "Kategorie"),
		codesCol("legal_domains", "Rechtskreise", graph.ListLegalDomains, "Rechtskreise; mehrere mit | trennen; leer bleibt der Akteur „nicht zugeordnet“.", func(e graph.Entity) *[]string { return &actor(e).LegalDomains }, "legal_domains", "legal_domain", "Rechtskreis", "Rechtsgebiet", "sgb"),
		codesCol("fields", "Handlungsfelder", graph.ListFields, "Handlungsfelder, in denen der Akteur arbeitet; mehrere mit | trennen.", func(e graph.Entity) *[]string { return &actor(e).Fields }, "fields", "field", "Handlungsfeld"),
		codesCol("target_groups", "Zielgruppen", graph.ListTargetGroups, "Zielgruppen; mehrere mit | trennen.", func(e graph.Entity) *[]string { return &actor(e).TargetGroups }, "target_groups", "target_group", "Zielgruppe"),
		refsCol("social_spaces", "Sozialräume", graph.KindSocialSpace, "Schlüssel oder Namen der Sozialräume, in denen der Akteur sitzt oder tätig ist; mehrere mit | trennen.", func(e graph.Entity) *[]string { return &actor(e).SocialSpaces }, "social_spaces", "social_space", "Sozialraum"),
		textCol("address.street", "Straße", "Straße und Hausnummer.", func(e graph.Entity) *string { return &actor(e).Address.Street }, "street", "Strasse", "Adresse", "address"),
		textCol("address.postal_code", "PLZ", "Postleitzahl.", func(e graph.Entity) *string { return &actor(e).Address.PostalCode }, "postal_code", "Postleitzahl", "zip", "postcode"),
		textCol("address.city", "Ort", "Ort.", func(e graph.Entity) *string { return &actor(e).Address.City }, "city", "Stadt", "Wohnort", "town"),
		&column{field: "location.lat", header: "Breitengrad", typ: typeLat, help: "Geografische Breite in Grad (WGS 84), z. B. 52,52.", geo: func(e graph.Entity) **graph.GeoPoint { return &actor(e).Location }, aliases: []string{"lat", "latitude", "Breite"}},
		&column{field: "location.lon", header: "Längengrad", typ: typeLon, help: "Geografische Länge in Grad (WGS 84), z. B. 13,40.", geo: func(e graph.Entity) **graph.GeoPoint { return &actor(e).Location }, aliases: []string{"lon", "lng", "longitude", "Länge"}},
		textCol("website", "Webseite", "Webadresse, beginnend mit http:// oder https://.", func(e graph.Entity) *string { return &actor(e).Website }, "website", "url", "homepage", "Internet", "Web"),
		textCol("email", "E-Mail", "E-Mail-Adresse.", func(e graph.Entity) *string { return &actor(e).Email }, "email", "mail", "E-Mail-Adresse"),
		textCol("phone", "Telefon", "Telefonnummer.", func(e graph.Entity) *string { return &actor(e).Phone }, "phone", "Tel", "Telefonnummer"),
		textCol("description", "Beschreibung", "Freitext.", func(e graph.Entity) *string { return &actor(e).Description }, "description", "Beschreibung"),
	),
	newEntity: func() graph.Entity { return &graph.Actor{} },
	addAll:    func(b *graph.Batch, es []graph.Entity) { b.Actors = appendAll(b.Actors, es) },
	count:     func(b *graph.Batch) int { return len(b.Actors) },
	at:        func(b *graph.Batch, i int) graph.Entity { return &b.Actors[i] },
	of:        func(n *graph.Network) []graph.Entity { return entitiesOf(n.Actors) },
}

// reportedByTerms are the values of Cooperation.ReportedBy with German labels.
var reportedByTerms = []graph.Term{
	{Code: graph.ReportedByFrom, Label: "Akteur 1"},
	{Code: graph.ReportedByTo, Label: "Akteur 2"},
	{Code: graph.ReportedByBoth, Label: "beide"},
	{Code: graph.ReportedByOther, Label: "Dritte"},
}

// Pseudo taxonomy lists for fixed value sets, resolved like taxonomy codes.
const (
	listReportedBy = "reported_by"
	listMeasures   = "measures"
)

func init() {
	listLabel[listReportedBy] = "Meldende Seite"
	listLabel[listMeasures] = "Messgröße"
}

var cooperationSheet = &sheet{
	kind: graph.KindCooperation, name: "Kooperationen", aliases: []string{"Cooperations", "Kooperation", "Cooperation", "Edges", "Kanten", "Ties", "Beziehungen"},
	needs: []string{"from", "to"},
	columns: append(metaCols("der Kooperation"),
		refCol("from", "Akteur 1", graph.KindActor, "Schlüssel oder Name des ersten Akteurs (Pflicht); bei gerichteten Kooperationen der gebende.", func(e graph.Entity) *string { return &coop(e).From }, "from", "source", "Quelle-Akteur", "von", "Akteur A", "actor1"),
		refCol("to", "Akteur 2", graph.KindActor, "Schlüssel oder Name des zweiten Akteurs (Pflicht); bei gerichteten Kooperationen der empfangende.", func(e graph.Entity) *string { return &coop(e).To }, "to", "target", "an", "nach", "Akteur B", "actor2"),
		boolCol("directed", "Gerichtet", "„ja“, wenn die Kooperation nur in eine Richtung läuft (Vermittlung, Finanzierung); sonst leer oder „nein“.", func(e graph.Entity) *bool { return &coop(e).Directed }, "directed", "type", "Richtung"),
		codesCol("kinds", "Kooperationsarten", graph.ListCooperationKinds, "Arten der Kooperation (Pflicht, mindestens eine); mehrere mit | trennen.", func(e graph.Entity) *[]string { return &coop(e).Kinds }, "kinds", "kind", "Kooperationsart", "Art", "Typ", "cooperation_kind"),
		intCol("intensity", "Intensität", "Wie eng die Kooperation ist, von 1 (gelegentlich) bis 4 (sehr eng) (Pflicht).", func(e graph.Entity) *int { return &coop(e).Intensity }, "intensity", "weight", "Gewicht", "Stärke"),
		intCol("trust", "Vertrauen", "Bewertung des Vertrauens von 1 (gering) bis 4 (hoch); leer = nicht bewertet.", func(e graph.Entity) *int { return &coop(e).Trust }, "trust"),
		intCol("value", "Nutzen", "Bewertung des Nutzens von 1 (gering) bis 4 (hoch); leer = nicht bewertet.", func(e graph.Entity) *int { return &coop(e).Value }, "value", "Wert"),
		codeCol("reported_by", "Gemeldet von", listReportedBy, "Wer die Kooperation angegeben hat: from (Akteur 1), to (Akteur 2), both (beide), other (Dritte).", func(e graph.Entity) *string { return &coop(e).ReportedBy }, "reported_by", "Meldung"),
		dateCol("valid_from", "Gültig ab", "Beginn als TT.MM.JJJJ oder JJJJ-MM-TT; leer = offen.", func(e graph.Entity) *string { return &coop(e).ValidFrom }, "valid_from", "start", "Beginn", "seit"),
		dateCol("valid_until", "Gültig bis", "Ende als TT.MM.JJJJ oder JJJJ-MM-TT; leer = offen.", func(e graph.Entity) *string { return &coop(e).ValidUntil }, "valid_until", "end", "Ende", "bis"),
		refCol("wave_id", "Erhebungswelle", graph.KindWave, "Schlüssel oder Name der Erhebungswelle, in der die Kooperation erfasst wurde.", func(e graph.Entity) *string { return &coop(e).WaveID }, "wave", "wave_id", "Welle"),
		textCol("source", "Quelle", "Woher die Angabe stammt, z. B. „Erhebung 2025“.", func(e graph.Entity) *string { return &coop(e).Source }, "data_source", "Herkunft", "Datenquelle"),
		textCol("note", "Notiz", "Freitext.", func(e graph.Entity) *string { return &coop(e).Note }, "note", "Bemerkung", "Anmerkung", "Kommentar", "comment"),
	),
	newEntity: func() graph.Entity { return &graph.Cooperation{} },
	addAll:    func(b *graph.Batch, es []graph.Entity) { b.Cooperations = appendAll(b.Cooperations, es) },
	count:     func(b *graph.Batch) int { return len(b.Cooperations) },
	at:        func(b *graph.Batch, i int) graph.Entity { return &b.Cooperations[i] },
	of:        func(n *graph.Network) []graph.Entity { return entitiesOf(n.Cooperations) },
}

var offerSheet = &sheet{
	kind: graph.KindOffer, name: "Angebote", aliases: []string{"Offers", "Angebot", "Offer", "Services", "Leistungen"},
	needs: []string{"actor_id", "name"},
	columns: append(metaCols("des Angebots"),
		refCol("actor_id", "Akteur", graph.KindActor, "Schlüssel oder Name des anbietenden Akteurs (Pflicht).", func(e graph.Entity) *string { return &offer(e).ActorID }, "actor", "actor_id", "Anbieter", "Träger", "provider"),
		textCol("name", "Name", "Name des Angebots (Pflicht).", func(e graph.Entity) *string { return &offer(e).Name }, "label", "Angebot", "Bezeichnung", "title", "Titel"),
		textCol("description", "Beschreibung", "Freitext.", func(e graph.Entity) *string { return &offer(e).Description }, "description"),
		codesCol("fields", "Handlungsfelder", graph.ListFields, "Handlungsfelder (Pflicht, mindestens eines); mehrere mit | trennen.", func(e graph.Entity) *[]string { return &offer(e).Fields }, "fields", "field", "Handlungsfeld"),
		codesCol("target_groups", "Zielgruppen", graph.ListTargetGroups, "Zielgruppen; mehrere mit | trennen.", func(e graph.Entity) *[]string { return &offer(e).TargetGroups }, "target_groups", "target_group", "Zielgruppe"),
		refsCol("social_spaces", "Sozialräume", graph.KindSocialSpace, "Schlüssel oder Namen der versorgten Sozialräume; mehrere mit | trennen.", func(e graph.Entity) *[]string { return &offer(e).SocialSpaces }, "social_spaces", "social_space", "Sozialraum"),
		codesCol("legal_domains", "Rechtskreise", graph.ListLegalDomains, "Rechtskreise, aus denen das Angebot finanziert wird; mehrere mit | trennen.", func(e graph.Entity) *[]string { return &offer(e).LegalDomains }, "legal_domains", "legal_domain", "Rechtskreis"),
		textCol("legal_basis", "Rechtsgrundlage", "Norm, z. B. „§ 113 SGB IX“.", func(e graph.Entity) *string { return &offer(e).LegalBasis }, "legal_basis", "Norm", "Paragraph"),
		floatCol("capacity", "Plätze", "Zahl der Plätze, falls fest; sonst leer.", func(e graph.Entity) *float64 { return &offer(e).Capacity }, "capacity", "Kapazität", "Platzzahl"),
		boolCol("barrier_free", "Barrierefrei", "„ja“ oder „nein“.", func(e graph.Entity) *bool { return &offer(e).BarrierFree }, "barrier_free", "barrierefrei"),
		boolCol("low_threshold", "Niedrigschwellig", "„ja“ oder „nein“.", func(e graph.Entity) *bool { return &offer(e).LowThreshold }, "low_threshold"),
		boolCol("counselling", "Beratungsangebot", "„ja“, wenn das Angebot im öffentlichen Verzeichnis der Beratungsangebote (§ 106 SGB IX) erscheinen soll.", func(e graph.Entity) *bool { return &offer(e).Counselling }, "counselling", "counseling", "Beratung"),
	),
	newEntity: func() graph.Entity { return &graph.Offer{} },
	addAll:    func(b *graph.Batch, es []graph.Entity) { b.Offers = appendAll(b.Offers, es) },
	count:     func(b *graph.Batch) int { return len(b.Offers) },
	at:        func(b *graph.Batch, i int) graph.Entity { return &b.Offers[i] },
	of:        func(n *graph.Network) []graph.Entity { return entitiesOf(n.Offers) },
}

var spaceSheet = &sheet{
	kind: graph.KindSocialSpace, name: "Sozialräume", aliases: []string{"Social spaces", "Social_spaces", "Sozialraum", "Spaces", "Gebiete", "Areas", "Sozialraeume"},
	needs: []string{"name"},
	columns: append(metaCols("des Sozialraums"),
		textCol("name", "Name", "Name des Gebiets (Pflicht).", func(e graph.Entity) *string { return &space(e).Name }, "label", "Bezeichnung", "Gebiet", "title"),
		codeCol("level", "Gebietsebene", graph.ListSpaceLevels, "Ebene des Gebiets (Pflicht), ein Code aus der Liste.", func(e graph.Entity) *string { return &space(e).Level }, "level", "Ebene"),
		refCol("parent_id", "Übergeordnet", graph.KindSocialSpace, "Schlüssel oder Name des umschließenden Gebiets; leer für die oberste Ebene.", func(e graph.Entity) *string { return &space(e).ParentID }, "parent", "parent_id", "übergeordnetes Gebiet", "liegt in"),
	),
	newEntity: func() graph.Entity { return &graph.SocialSpace{} },
	addAll:    func(b *graph.Batch, es []graph.Entity) { b.SocialSpaces = appendAll(b.SocialSpaces, es) },
	count:     func(b *graph.Batch) int { return len(b.SocialSpaces) },
	at:        func(b *graph.Batch, i int) graph.Entity { return &b.SocialSpaces[i] },
	of:        func(n *graph.Network) []graph.Entity { return entitiesOf(n.SocialSpaces) },
}

var needSheet = &sheet{
	kind: graph.KindNeed, name: "Bedarfe", aliases: []string{"Needs", "Bedarf", "Need", "Zielwerte", "Targets"},
	needs: []string{"social_space_id", "field"},
	columns: append(metaCols("des Bedarfs"),
		refCol("social_space_id", "Sozialraum", graph.KindSocialSpace, "Schlüssel oder Name des Sozialraums (Pflicht).", func(e graph.Entity) *string { return &need(e).SocialSpaceID }, "social_space", "social_space_id", "Gebiet"),
		codeCol("field", "Handlungsfeld", graph.ListFields, "Handlungsfeld (Pflicht), ein Code aus der Liste.", func(e graph.Entity) *string { return &need(e).Field }, "field"),
		codeCol("target_group", "Zielgruppe", graph.ListTargetGroups, "Zielgruppe; leer = alle.", func(e graph.Entity) *string { return &need(e).TargetGroup }, "target_group"),
		codeCol("measure", "Messgröße", listMeasures, "offers (Anzahl Angebote), offers_per_1000 (je 1.000 Einwohner) oder places_per_1000 (Plätze je 1.000 Einwohner) (Pflicht).", func(e graph.Entity) *string { return &need(e).Measure }, "measure", "Kennzahl"),
		floatCol("target", "Zielwert", "Zielwert der Messgröße, größer als 0 (Pflicht).", func(e graph.Entity) *float64 { return &need(e).Target }, "target", "Soll", "Ziel"),
		intCol("year", "Jahr", "Planungsjahr; leer = immer.", func(e graph.Entity) *int { return &need(e).Year }, "year"),
		textCol("note", "Notiz", "Freitext.", func(e graph.Entity) *string { return &need(e).Note }, "note", "Bemerkung"),
	),
	newEntity: func() graph.Entity { return &graph.Need{} },
	addAll:    func(b *graph.Batch, es []graph.Entity) { b.Needs = appendAll(b.Needs, es) },
	count:     func(b *graph.Batch) int { return len(b.Needs) },
	at:        func(b *graph.Batch, i int) graph.Entity { return &b.Needs[i] },
	of:        func(n *graph.Network) []graph.Entity { return entitiesOf(n.Needs) },
}

var waveSheet = &sheet{
	kind: graph.KindWave, name: "Erhebungswellen", aliases: []string{"Waves", "Erhebungswelle", "Wave", "Wellen", "Surveys"},
	needs: []string{"name"},
	columns: append(metaCols("der Erhebungswelle"),
		textCol("name", "Name", "Name der Erhebung, z. B. „Erhebung 2025“ (Pflicht).", func(e graph.Entity) *string { return &wave(e).Name }, "label", "Bezeichnung", "title"),
		dateCol("date", "Stichtag", "Stichtag als TT.MM.JJJJ oder JJJJ-MM-TT (Pflicht).", func(e graph.Entity) *string { return &wave(e).Date }, "date", "Datum"),
		textCol("description", "Beschreibung", "Freitext.", func(e graph.Entity) *string { return &wave(e).Description }, "description"),
	),
	newEntity: func() graph.Entity { return &graph.Wave{} },
	addAll:    func(b *graph.Batch, es []graph.Entity) { b.Waves = appendAll(b.Waves, es) },
	count:     func(b *graph.Batch) int { return len(b.Waves) },
	at:        func(b *graph.Batch, i int) graph.Entity { return &b.Waves[i] },
	of:        func(n *graph.Network) []graph.Entity { return entitiesOf(n.Waves) },
}
