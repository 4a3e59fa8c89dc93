package api

import (
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/aggregate"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// Public marks a route that needs no authentication.
const Public graph.Role = ""

// route is one row of the route table: how the router serves a request, and in Op
// the contract that the OpenAPI document states for it.
type route struct {
	Method string
	Path   string // Gin syntax: ":id" for a path parameter
	// Role is the least role a caller needs; Public for none.
	Role    graph.Role
	Handler gin.HandlerFunc
	// MaxBody limits the request body; Config.MaxBodyBytes if 0.
	MaxBody int64
	// Pseudonymize marks a route that takes ?pseudonymize (see readerView).
	Pseudonymize bool
	Op           operation
}

// routes is the whole API at a glance, the one list of its routes: New serves them and
// OpenAPI describes them (with x-role, the role each needs). Paths outside /api/ that
// match no route are served by Config.UI.
func (s *Server) routes() []route {
	const (
		viewer  = graph.RoleViewer
		analyst = graph.RoleAnalyst
		editor  = graph.RoleEditor
		admin   = graph.RoleAdmin
	)
	// stateful are the further problems of a route that shows a state of the
	// network (query parameters wave and date): 422 for a wave without cooperations.
	stateful := []int{http.StatusUnprocessableEntity}
	encodes := func(f importers.Format) bool { return f.Encode }
	decodes := func(f importers.Format) bool { return f.Decode }
	xlsx, csv := contentTypeOf(importers.FormatXLSX), contentTypeOf(importers.FormatCSV)
	// tables is the parameter of the analyses that also come as tables (withTables).
	tables := formatParam("Die Tabellen als Datei statt JSON, mit deutschen Spaltennamen und Bezeichnungen: "+
		"xlsx mit einem Blatt je Tabelle, csv (für deutsches Excel) mit der ersten.",
		func(f importers.Format) bool { return f.Name == importers.FormatCSV || f.Name == importers.FormatXLSX })
	tableQuery := func(names ...string) []param { return append(params(names...), tables) }
	rs := []route{
		{Method: "GET", Path: "/healthz", Role: Public, Handler: s.healthz, Op: operation{ID: "healthz", Tag: "Betrieb",
			Summary: "Prozess läuft", Response: statusResponse{}, NoStore: true}},
		{Method: "GET", Path: "/readyz", Role: Public, Handler: s.readyz, Op: operation{ID: "readyz", Tag: "Betrieb",
			Summary: "Bereit: der Speicher antwortet", Response: statusResponse{}}},
		{Method: "GET", Path: "/api/v1/openapi.json", Role: Public, Handler: s.openAPI, Op: operation{ID: "openapi", Tag: "Betrieb",
			Summary: "Diese OpenAPI-Beschreibung", Response: map[string]any{}, NoStore: true}},
		{Method: "GET", Path: "/api/v1/me", Role: viewer, Handler: s.me, Op: operation{ID: "me", Tag: "Anmeldung",
			Summary: "Wer bin ich, mit welcher Rolle?", Response: principal{}}},
	}
	for _, kind := range []graph.Kind{graph.KindActor, graph.KindCooperation, graph.KindSocialSpace, graph.KindOffer, graph.KindNeed, graph.KindWave, graph.KindMeasure} {
		rs = append(rs, s.entityRoutes(kind)...)
		rs = append(rs, s.historyRoutes(kind)...)
	}
	rs = append(rs, s.surveyRoutes()...)
	rs = append(rs, s.directoryRoutes()...)
	rs = append(rs, s.publicRoutes()...)
	rs = append(rs, route{Method: "GET", Path: "/api/v1/measures/:id/evaluation", Role: analyst, Handler: s.measureEvaluation, Op: operation{
		ID: "measureEvaluation", Tag: "Maßnahmen", Summary: "Auswertung einer Maßnahme",
		Description: "Vergleicht den Stand der Vereinbarung mit jeder späteren Erhebungswelle: Ist die vorgeschlagene Kooperation entstanden, " +
			"hat sich die Versorgung der Lücke verändert? Mit einem deutschen Satz je Welle.",
		Response: (*measures.Evaluation)(nil), ETag: true}})
	rs = append(rs, []route{
		{Method: "GET", Path: "/api/v1/network", Role: viewer, Handler: s.network, Op: operation{ID: "network", Tag: "Netzwerk",
			Summary: "Netzwerk für die Darstellung", Problems: stateful,
			Query:    params(slices.Concat(actorFilterParams, cooperationFilterParams, stateParams)...),
			Response: networkResponse{}, ETag: true}},
		{Method: "GET", Path: "/api/v1/network/aggregate", Role: viewer, Handler: s.networkAggregate, Op: operation{ID: "networkAggregate", Tag: "Netzwerk",
			Summary: "Netzwerk zusammengefasst nach Sozialraum oder Gemeinschaft", Problems: stateful,
			Description: "Für die Karte großer Netze: je Gruppe ein Knoten mit der Zahl ihrer Akteure, je Gruppenpaar die Zahl der kooperierenden Akteurspaare " +
				"und der rechtskreisübergreifenden darunter. Die Filter wirken wie bei /network; definition erklärt die Zählung.",
			Query:    append([]param{byParam}, params(slices.Concat(actorFilterParams, cooperationFilterParams, stateParams)...)...),
			Response: (*aggregate.Overview)(nil), ETag: true}},
		{Method: "GET", Path: "/api/v1/network/group", Role: viewer, Handler: s.networkGroup, Op: operation{ID: "networkGroup", Tag: "Netzwerk",
			Summary: "Netzwerk einer Gruppe der Zusammenfassung", Problems: stateful,
			Description: "Die Akteure einer Gruppe aus /network/aggregate (gleiche Parameter) und die Kooperationen unter ihnen, wie /network sie zeigt.",
			Query:       append([]param{byParam, groupParam}, params(slices.Concat(actorFilterParams, cooperationFilterParams, stateParams)...)...),
			Response:    networkResponse{}, ETag: true}},
		{Method: "POST", Path: "/api/v1/batch", Role: editor, Handler: s.batch, MaxBody: s.cfg.MaxBatchBytes, Op: operation{
			ID: "batch", Tag: "Import", Summary: "Viele Einträge auf einmal schreiben",
			Description: "Alles oder nichts; Einträge werden über external_key zugeordnet, Verweise nennen external_key oder ID.",
			Query:       params("dry_run"), Body: graph.Batch{}, Response: graph.BatchResult{},
			Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity}}},
		{Method: "POST", Path: "/api/v1/imports", Role: editor, Handler: s.importFiles, MaxBody: s.cfg.MaxImportBytes, Op: operation{
			ID: "importFiles", Tag: "Import", Summary: "Dateien importieren",
			Description: "Liest die Dateien (Teile file), prüft sie und schreibt alles oder nichts. Ein Bericht mit Fehlern schreibt nie. " +
				"Gleichzeitig lesen höchstens so viele Importe und Probeläufe wie eingestellt (serve --max-imports, Standard 2); weitere erhalten 429 mit Retry-After.",
			Query: []param{queryDocs["dry_run"], formatParam("Format aller Dateien statt der Erkennung an Endung und Inhalt. "+
				"Auch als Formularfeld format möglich.", decodes)},
			Body: multipartImport{}, Response: importResponse{}, Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity, http.StatusTooManyRequests}}},
		{Method: "GET", Path: "/api/v1/activity", Role: editor, Handler: s.activity, Op: operation{
			ID: "activity", Tag: "Historie", Summary: "Letzte Änderungen aller Einträge",
			Description: "Neueste zuerst, filterbar, seitenweise mit next_cursor. Anlagen nennen hier keine Felder; die Historie des Eintrags nennt sie.",
			Query:       activityParams, Response: activityResponse{}}},
		{Method: "POST", Path: "/api/v1/batches/:batch_id/revert", Role: editor, Handler: s.revertBatch, Op: operation{
			ID: "revertBatch", Tag: "Historie", Summary: "Import rückgängig machen",
			Description: "Macht alles rückgängig, was der Import (batch_id) geschrieben hat, oder nichts: 409, wenn er schon rückgängig gemacht wurde oder Einträge danach geändert wurden.",
			PathParam:   &param{"batch_id", "batch_id aus der Antwort des Imports.", map[string]any{"type": "string"}},
			Response:    revertResponse{}, Problems: []int{http.StatusBadRequest, http.StatusConflict}}},
		{Method: "GET", Path: "/api/v1/imports/template", Role: viewer, Handler: s.importTemplate, Op: operation{
			ID: "importTemplate", Tag: "Import", Summary: "Importvorlage (XLSX)", Downloads: []string{xlsx}}},
		{Method: "GET", Path: "/api/v1/imports/fields", Role: viewer, Handler: s.importFields, Op: operation{
			ID: "importFields", Tag: "Import", Summary: "Felder je Art mit deutschen Spaltennamen, für die Spaltenzuordnung", Response: []importers.SheetFields{}}},
		{Method: "GET", Path: "/api/v1/quality", Role: viewer, Handler: s.quality, Op: operation{
			ID: "quality", Tag: "Datenqualität", Summary: "Arbeitsliste: nicht zugeordnete Akteure und weitere Befunde", Response: qualityResponse{}}},
		{Method: "POST", Path: "/api/v1/quality/classify", Role: editor, Handler: s.classify, Op: operation{
			ID: "classify", Tag: "Datenqualität", Summary: "Akteursart und Rechtskreise vieler Akteure auf einmal setzen",
			Description: "Alles oder nichts: ein ungültiger Code oder ein fehlender Akteur speichert nichts.",
			Body:        classifyRequest{}, Response: graph.BatchResult{}, Problems: []int{http.StatusUnprocessableEntity}}},
		{Method: "GET", Path: "/api/v1/imports/formats", Role: viewer, Handler: s.importFormats, Op: operation{
			ID: "importFormats", Tag: "Import", Summary: "Unterstützte Dateiformate", Response: []importers.Format{}}},
		{Method: "GET", Path: "/api/v1/exports/:format", Role: viewer, Handler: s.export, Op: operation{
			ID: "export", Tag: "Export", Summary: "Netzwerk exportieren", Problems: stateful,
			Description: "Die Filter der Netzwerkansicht wählen Akteure; nur deren Kooperationen und Angebote bleiben.",
			PathParam:   &param{"format", "Exportformat.", map[string]any{"type": "string", "enum": formatList(encodes)}},
			Query:       params(exportParams...),
			Downloads:   contentTypes(encodes)}},

		{Method: "GET", Path: "/api/v1/analysis/actors", Role: analyst, Handler: s.analysisActors(), Op: operation{
			ID: "analysisActors", Tag: "Analyse", Summary: "Kennzahlen je Akteur", Problems: stateful,
			Query:    tableQuery("directed", "wave", "date"),
			Response: (*analysis.ActorReport)(nil), Downloads: []string{csv, xlsx}, ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/network", Role: analyst, Handler: s.analysisNetwork(), Op: operation{
			ID: "analysisNetwork", Tag: "Analyse", Summary: "Netzwerk- und Gruppenkennzahlen", Problems: stateful,
			Query: params("directed", "wave", "date"), Response: (*analysis.NetworkReport)(nil), ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/communities", Role: analyst, Handler: s.analysisCommunities(), Op: operation{
			ID: "analysisCommunities", Tag: "Analyse", Query: params(append([]string{"algorithm"}, stateParams...)...), Problems: stateful, Summary: "Gemeinschaften", Response: (*analysis.CommunityReport)(nil), ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/coupling-matrix", Role: analyst, Handler: s.analysisCouplingMatrix(), Op: operation{
			ID: "analysisCouplingMatrix", Tag: "Analyse", Summary: "Kopplungsmatrix", Problems: stateful,
			Description: "Die Matrizen des Gesamtnetzes; mit social_space dazu die Rechtskreismatrix unter den Akteuren, die diesen Sozialraum oder einen darin liegenden bedienen.",
			Query:       tableQuery(append([]string{"social_space"}, stateParams...)...), Response: (*plan.CouplingReport)(nil), Downloads: []string{csv, xlsx}, ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/coupling-potentials", Role: analyst, Handler: s.analysisCouplingPotentials(), Op: operation{
			ID: "analysisCouplingPotentials", Tag: "Analyse", Summary: "Kopplungspotenziale", Problems: stateful,
			Query: append(tableQuery(slices.Concat(potentialParams, stateParams)...), param{"county_wide", "Mit social_space: auch Akteure zählen, die den ganzen Landkreis bedienen (sonst nur die, die im Sozialraum selbst tätig sind).",
				map[string]any{"type": "boolean", "default": false}}, param{"limit", "Höchstzahl der Paare.",
				map[string]any{"type": "integer", "minimum": 1, "maximum": maxPotentials, "default": defaultPotentials}}),
			Response: (*plan.PotentialReport)(nil), Downloads: []string{csv, xlsx}, ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/gaps", Role: analyst, Handler: planning(s, s.analysis.Gaps, "angebotsluecken", importers.GapTables), Op: operation{
			ID: "analysisGaps", Tag: "Analyse", Query: tableQuery(stateParams...), Problems: stateful, Summary: "Angebotslücken", Response: (*plan.GapReport)(nil), Downloads: []string{csv, xlsx}, ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/social-spaces", Role: analyst, Handler: planning(s, s.analysis.SocialSpaces, "sozialraeume", importers.SpaceTables), Op: operation{
			ID: "analysisSocialSpaces", Tag: "Analyse", Query: tableQuery(stateParams...), Problems: stateful, Summary: "Kennzahlen je Sozialraum", Response: (*plan.SpaceReport)(nil), Downloads: []string{csv, xlsx}, ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/resilience", Role: analyst, Handler: planning(s, s.analysis.Resilience, "resilienz", importers.ResilienceTables), Op: operation{
			ID: "analysisResilience", Tag: "Analyse", Query: tableQuery(stateParams...), Problems: stateful, Summary: "Ausfallanalyse", Response: (*plan.ResilienceReport)(nil), Downloads: []string{csv, xlsx}, ETag: true}},
		{Method: "POST", Path: "/api/v1/analysis/what-if", Role: analyst, Handler: s.analysisWhatIf, MaxBody: maxWhatIfBytes, Op: operation{
			ID: "analysisWhatIf", Tag: "Analyse", Summary: "Was-wäre-wenn",
			Description: "Kopplungsmatrix und Ausfallanalyse mit vorgeschlagenen Kooperationen und ohne entfernte Akteure; schreibt nichts.",
			Query:       params(stateParams...), Body: plan.Proposal{}, Response: (*plan.WhatIfReport)(nil), Problems: []int{http.StatusUnprocessableEntity}}},
		{Method: "GET", Path: "/api/v1/analysis/measures", Role: analyst, Handler: s.analysisMeasures, Op: operation{
			ID: "analysisMeasures", Tag: "Analyse", Summary: "Auswertung aller Maßnahmen",
			Description: "Jede Maßnahme wie /measures/{id}/evaluation, nach ID geordnet.", Response: measureEvaluations{}, ETag: true}},
		// Saved what-if scenarios are the analysts' working data beside the network:
		// the role that may run a what-if may keep, open and delete them.
		{Method: "GET", Path: "/api/v1/analysis/what-if/scenarios", Role: analyst, Handler: s.listScenarios, Op: operation{
			ID: "listWhatIfScenarios", Tag: "Analyse", Summary: "Gespeicherte Was-wäre-wenn-Szenarien", Response: scenarioList{}}},
		{Method: "POST", Path: "/api/v1/analysis/what-if/scenarios", Role: analyst, Handler: s.createScenario, MaxBody: maxWhatIfBytes, Op: operation{
			ID: "createWhatIfScenario", Tag: "Analyse", Summary: "Was-wäre-wenn-Szenario unter einem Namen speichern",
			Description: "Prüft den Vorschlag gegen das Netzwerk des gewählten Stands (wave oder date; keins: heute) und speichert ihn neben dem Netzwerk; das Netzwerk bleibt unverändert.",
			Body:        scenarioRequest{}, Status: http.StatusCreated, Response: SavedScenario{}, Location: true,
			Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity}}},
		{Method: "GET", Path: "/api/v1/analysis/what-if/scenarios/:id", Role: analyst, Handler: s.getScenario, Op: operation{
			ID: "getWhatIfScenario", Tag: "Analyse", Summary: "Ein gespeichertes Was-wäre-wenn-Szenario", Response: SavedScenario{}}},
		{Method: "DELETE", Path: "/api/v1/analysis/what-if/scenarios/:id", Role: analyst, Handler: s.deleteScenario, Op: operation{
			ID: "deleteWhatIfScenario", Tag: "Analyse", Summary: "Was-wäre-wenn-Szenario löschen", Status: http.StatusNoContent}},
		{Method: "GET", Path: statesPath, Role: analyst, Handler: s.analysisStates, Op: operation{
			ID: "analysisStates", Tag: "Analyse", Summary: "Wählbare Stände (Erhebungswellen) und der Stand heute",
			Response: statesResponse{}, ETag: true}},
		{Method: "GET", Path: "/api/v1/analysis/changes", Role: analyst, Handler: s.analysisChanges, Op: operation{
			ID: "analysisChanges", Tag: "Analyse", Summary: "Veränderungen zwischen zwei Ständen",
			Description: "from und to nennen je eine Erhebungswelle (ID oder Schlüssel) oder einen Stichtag (JJJJ-MM-TT); to ist ohne Angabe heute, from die Welle vor dem Stand to. " +
				"from darf nicht nach to liegen. Jede Angabe kommt mit einem deutschen Satz.",
			Query: slices.Concat(comparedStatesParams, []param{{"limit", "Höchstzahl der Einträge je Liste (neue, weggefallene und veränderte Kooperationen, neue und nicht mehr vertretene Akteure); " +
				"die Zahl aller Einträge steht in new_count usw., die weiteren liefern /analysis/changes/ties und /analysis/changes/actors.",
				map[string]any{"type": "integer", "minimum": 0, "maximum": graph.MaxLimit, "default": changesRows}}}),
			Response: (*changes.Report)(nil), ETag: true, Problems: stateful}},
		{Method: "GET", Path: "/api/v1/analysis/changes/ties", Role: analyst, Handler: changeList(s, tieLists), Op: operation{
			ID: "analysisChangedTies", Tag: "Analyse", Summary: "Neue, weggefallene oder veränderte Kooperationen zwischen zwei Ständen, seitenweise",
			Description: "Eine Seite einer Liste von /analysis/changes, in deren Reihenfolge (die engsten Kooperationen zuerst).",
			Query:       slices.Concat(comparedStatesParams, []param{changeListParam(tieLists), queryDocs["offset"], queryDocs["limit"]}),
			Response:    listResponse[changes.Tie]{}, ETag: true, Problems: stateful}},
		{Method: "GET", Path: "/api/v1/analysis/changes/actors", Role: analyst, Handler: changeList(s, actorLists), Op: operation{
			ID: "analysisChangedActors", Tag: "Analyse", Summary: "Neue oder nicht mehr vertretene Akteure zwischen zwei Ständen, seitenweise",
			Description: "Eine Seite einer Liste von /analysis/changes, in deren Reihenfolge (nach Namen).",
			Query:       slices.Concat(comparedStatesParams, []param{changeListParam(actorLists), queryDocs["offset"], queryDocs["limit"]}),
			Response:    listResponse[changes.ActorChange]{}, ETag: true, Problems: stateful}},
		{Method: "GET", Path: "/api/v1/analysis/definitions", Role: viewer, Handler: s.analysisDefinitions, Op: operation{
			ID: "analysisDefinitions", Tag: "Analyse", Summary: "Erklärung der Kennzahlen", Response: []analysis.Definition{}}},

		{Method: "GET", Path: "/api/v1/reports/steering", Role: analyst, Handler: s.steeringReport, Op: operation{
			ID: "steeringReport", Tag: "Berichte", Summary: "Bericht für die Steuerungsgruppe (HTML, PDF oder Word)", Problems: stateful,
			Description: "Was sich vom Stand from zum Stand to verändert hat (Stände wie bei /analysis/changes), mit Kurzfassung, Kennzahlen, Lücken, " +
				"Kopplungspotenzialen und Methodenanhang; alle Zahlen wie in den Analysen. format=pdf liefert ein barrierefreies (getaggtes) PDF, format=docx ein Word-Dokument zum Bearbeiten.",
			Query: []param{
				{"from", "Ausgangsstand (T1): Erhebungswelle (ID oder Schlüssel) oder Stichtag (JJJJ-MM-TT); ohne Angabe die Welle vor dem Stand to.", map[string]any{"type": "string"}},
				{"to", "Vergleichsstand (T2) wie from; ohne Angabe heute.", map[string]any{"type": "string"}},
				{"social_space", "Nur diesen Sozialraum (ID) betrachten; der Bericht enthält dann sein Sozialraumprofil.", map[string]any{"type": "string"}},
				reportFormatParam},
			Downloads: []string{"text/html", "application/pdf", docxType}}},
		{Method: "GET", Path: "/api/v1/reports/social-space/:id", Role: analyst, Handler: s.spaceProfile, Op: operation{
			ID: "spaceProfile", Tag: "Berichte", Summary: "Sozialraumprofil (HTML, PDF oder Word)", Problems: stateful,
			Description: "Ein Sozialraum auf einen Blick: Indikatoren, Angebote, Bedarfe und Lücken, Netzwerk, zentrale und kritische Akteure, Kopplungspotenziale.",
			Query:       append(params(stateParams...), reportFormatParam),
			Downloads:   []string{"text/html", "application/pdf", docxType}}},
		{Method: "GET", Path: "/api/v1/saved-views", Role: analyst, Handler: s.listViews, Op: operation{
			ID: "listSavedViews", Tag: "Ansichten", Summary: "Gespeicherte Ansichten auflisten",
			Description: "Ansichten der Weboberfläche (Pfad und Abfrage: Filter und Stand), nach Namen geordnet.",
			Response:    viewList{}}},
		{Method: "POST", Path: "/api/v1/saved-views", Role: analyst, Handler: s.saveView, Op: operation{
			ID: "saveView", Tag: "Ansichten", Summary: "Ansicht unter einem Namen speichern",
			Description: "Der Name ist eindeutig (ohne Rücksicht auf Groß- und Kleinschreibung); ein vergebener Name ist ein 409.",
			Body:        viewRequest{}, Status: http.StatusCreated, Response: savedView{}, Location: true,
			Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity}}},
		{Method: "DELETE", Path: "/api/v1/saved-views/:key", Role: analyst, Handler: s.deleteView, Op: operation{
			ID: "deleteSavedView", Tag: "Ansichten", Summary: "Gespeicherte Ansicht löschen",
			Description: "Nur wer die Ansicht gespeichert hat, oder die Rolle admin.",
			PathParam:   &param{"key", "key aus der Liste der Ansichten.", map[string]any{"type": "string"}},
			Status:      http.StatusNoContent}},

		{Method: "GET", Path: "/api/v1/taxonomy", Role: viewer, Handler: s.taxonomy, Op: operation{
			ID: "getTaxonomy", Tag: "Taxonomie", Summary: "Taxonomie lesen", Response: graph.Taxonomy{}, ETag: true}},
		{Method: "PUT", Path: "/api/v1/taxonomy", Role: admin, Handler: s.setTaxonomy, Op: operation{
			ID: "setTaxonomy", Tag: "Taxonomie", Summary: "Taxonomie ersetzen", Body: graph.Taxonomy{}, Response: graph.Taxonomy{}, ETag: true,
			Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity, http.StatusPreconditionRequired}}},

		{Method: "POST", Path: "/api/v1/session", Role: Public, Handler: s.signIn, Op: operation{
			ID: "signIn", Tag: "Anmeldung", Summary: "Mit E-Mail-Adresse und Passwort anmelden",
			Description: "Beginnt eine Sitzung: Cookie (HttpOnly, SameSite=Strict, über HTTPS Secure mit __Host-) und csrf_token, das jede ändernde Anfrage mit dem Cookie im Kopf X-CSRF-Token mitsenden muss. " +
				"Falsches Passwort und unbekannte Adresse erhalten dieselbe Antwort (401). Nach 5 Fehlversuchen in 15 Minuten ist die Anmeldung mit der Adresse 15 Minuten gesperrt (429).",
			Body: signInRequest{}, Status: http.StatusCreated, Response: sessionResponse{},
			Problems: []int{http.StatusUnauthorized, http.StatusTooManyRequests}}},
		{Method: "GET", Path: "/api/v1/session", Role: viewer, Handler: s.getSession, Op: operation{
			ID: "getSession", Tag: "Anmeldung", Summary: "Die eigene Sitzung mit ihrem CSRF-Token",
			Description: "404 für Anfragen ohne Sitzungs-Cookie (API-Token).", Response: sessionResponse{}, Problems: []int{http.StatusNotFound}}},
		{Method: "DELETE", Path: "/api/v1/session", Role: viewer, Handler: s.signOut, Op: operation{
			ID: "signOut", Tag: "Anmeldung", Summary: "Abmelden: die Sitzung beenden",
			Description: "Löscht die Sitzung auf dem Server; das Cookie meldet danach niemanden mehr an. 404 für Anfragen ohne Sitzungs-Cookie.",
			Status:      http.StatusNoContent, Problems: []int{http.StatusNotFound}}},
		{Method: "GET", Path: "/api/v1/auth/oidc", Role: Public, Handler: s.oidcEnabled, Op: operation{
			ID: "getSingleSignOn", Tag: "Anmeldung", Summary: "Ist die Anmeldung mit dem Konto der Verwaltung (Single Sign-on) eingerichtet?",
			Response: oidcStatus{}, NoStore: true}},
		{Method: "GET", Path: "/api/v1/auth/oidc/start", Role: Public, Handler: s.oidcStart, Op: operation{
			ID: "startSingleSignOn", Tag: "Anmeldung", Summary: "Mit dem Konto der Verwaltung anmelden (OpenID Connect)",
			Description: "Für den Browser: leitet zum Anmeldedienst der Verwaltung weiter (Code-Flow mit PKCE S256, state und nonce) und legt den state in ein Cookie. " +
				"404, wenn die Anmeldung nicht eingerichtet ist; 503, wenn der Anmeldedienst nicht erreichbar ist.",
			Status: http.StatusSeeOther, Problems: []int{http.StatusNotFound}}},
		{Method: "GET", Path: "/api/v1/auth/oidc/callback", Role: Public, Handler: s.oidcCallback, Op: operation{
			ID: "finishSingleSignOn", Tag: "Anmeldung", Summary: "Rückkehr vom Anmeldedienst der Verwaltung",
			Description: "Prüft state (einmalig, an den Browser gebunden), PKCE, nonce und das ID-Token, legt beim ersten Mal das Benutzerkonto an (Rolle aus den Gruppen oder Rollen des Anmeldedienstes), " +
				"beginnt eine Sitzung und leitet zur Startseite weiter; misslingt die Anmeldung, zur Anmeldeseite mit #sso=<Fehlercode>.",
			Query: []param{
				{"code", "Der Code des Anmeldedienstes.", map[string]any{"type": "string"}},
				{"state", "Der state der begonnenen Anmeldung.", map[string]any{"type": "string"}},
				{"error", "Fehlercode des Anmeldedienstes, wenn er die Anmeldung abgelehnt hat.", map[string]any{"type": "string"}},
			},
			Status: http.StatusSeeOther, Problems: []int{http.StatusNotFound}}},
		{Method: "GET", Path: "/api/v1/auth/oidc/sign-out", Role: Public, Handler: s.oidcSignOut, Op: operation{
			ID: "signOutSingleSignOn", Tag: "Anmeldung", Summary: "Abmelden, auch beim Anmeldedienst der Verwaltung",
			Description: "Beendet die Sitzung des Cookies und leitet zum Abmelden beim Anmeldedienst weiter (mit id_token_hint), der zur Anmeldeseite zurückführt.",
			Status:      http.StatusSeeOther, Problems: []int{http.StatusNotFound}}},
		{Method: "POST", Path: "/api/v1/password-reset", Role: Public, Handler: s.forgotPassword, Op: operation{
			ID: "forgotPassword", Tag: "Anmeldung", Summary: "Passwort vergessen: Link per E-Mail anfordern",
			Description: "Dieselbe Antwort, ob es ein Konto mit der Adresse gibt oder nicht. Ohne eingerichteten E-Mail-Versand 422: dann setzt die Verwaltung das Passwort zurück.",
			Body:        forgotRequest{}, Status: http.StatusAccepted, Response: forgotResponse{}, Problems: []int{http.StatusUnprocessableEntity}}},
		{Method: "POST", Path: "/api/v1/password-reset/confirm", Role: Public, Handler: s.confirmReset, Op: operation{
			ID: "confirmPasswordReset", Tag: "Anmeldung", Summary: "Neues Passwort mit dem Link festlegen",
			Description: "Der Link gilt eine Stunde und nur einmal; danach enden alle Sitzungen des Kontos.",
			Body:        resetRequest{}, Status: http.StatusNoContent, Problems: []int{http.StatusUnprocessableEntity}}},
		{Method: "GET", Path: "/api/v1/users", Role: admin, Handler: s.listUsers, Op: operation{
			ID: "listUsers", Tag: "Benutzer", Summary: "Benutzerkonten auflisten", Response: accountList{}}},
		{Method: "POST", Path: "/api/v1/users", Role: admin, Handler: s.createUser, Op: operation{
			ID: "createUser", Tag: "Benutzer", Summary: "Benutzerkonto anlegen",
			Description: "Mit Anfangspasswort (mindestens 12 Zeichen) oder, ohne password, mit einem Link (reset_link), mit dem die Person ihr Passwort selbst festlegt; er gilt eine Stunde.",
			Body:        UserRequest{}, Status: http.StatusCreated, Response: CreatedAccount{}, Location: true,
			Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity}}},
		{Method: "PUT", Path: "/api/v1/users/:id", Role: admin, Handler: s.updateUser, Op: operation{
			ID: "updateUser", Tag: "Benutzer", Summary: "Name, Rolle und Sperre eines Benutzerkontos ändern",
			Description: "Die E-Mail-Adresse bleibt. Das letzte aktive Konto mit der Rolle admin behält sie (409). Deaktivieren beendet die Sitzungen des Kontos.",
			Body:        userUpdate{}, Response: Account{}, Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity}}},
		{Method: "DELETE", Path: "/api/v1/users/:id", Role: admin, Handler: s.deleteUser, Op: operation{
			ID: "deleteUser", Tag: "Benutzer", Summary: "Benutzerkonto löschen",
			Description: "Beendet seine Sitzungen. Das letzte aktive Konto mit der Rolle admin bleibt (409).",
			Status:      http.StatusNoContent, Problems: []int{http.StatusConflict}}},
		{Method: "POST", Path: "/api/v1/users/:id/reset-link", Role: admin, Handler: s.resetLink, Op: operation{
			ID: "createResetLink", Tag: "Benutzer", Summary: "Link zum Zurücksetzen des Passworts erzeugen",
			Description: "Für das Zurücksetzen durch die Verwaltung: der Link gilt eine Stunde und nur einmal und wird nur jetzt angezeigt.",
			Status:      http.StatusCreated, Response: resetLinkResponse{}}},

		{Method: "GET", Path: "/api/v1/tokens", Role: admin, Handler: s.listTokens, Op: operation{
			ID: "listTokens", Tag: "Anmeldung", Summary: "API-Tokens auflisten", Response: tokenList{}}},
		{Method: "POST", Path: "/api/v1/tokens", Role: admin, Handler: s.createToken, Op: operation{
			ID: "createToken", Tag: "Anmeldung", Summary: "API-Token anlegen", Body: tokenRequest{},
			Status: http.StatusCreated, Response: createdToken{}, Location: true, Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity}}},
		{Method: "DELETE", Path: "/api/v1/tokens/:id", Role: admin, Handler: s.deleteToken, Op: operation{
			ID: "deleteToken", Tag: "Anmeldung", Summary: "API-Token widerrufen", Status: http.StatusNoContent,
			Problems: []int{http.StatusConflict}}},
	}...)
	rs = append(rs, s.auditRoutes()...)
	return withPseudonymize(rs)
}

// entityRoutes returns the five routes of an entity kind's collection.
func (s *Server) entityRoutes(kind graph.Kind) []route {
	const viewer, editor = graph.RoleViewer, graph.RoleEditor
	name, tag, label := entityNames(kind)
	entity, page := entityTypes(kind)
	coll := "/api/v1/" + collections[kind]
	write := []int{http.StatusConflict, http.StatusUnprocessableEntity}
	return []route{
		{Method: "GET", Path: coll, Role: viewer, Handler: s.listEntities(kind), Op: operation{
			ID: "list" + name, Tag: tag, Summary: tag + " auflisten und filtern",
			Query: params(append(graph.FilterFields(kind), pageParams...)...), Response: page}},
		{Method: "POST", Path: coll, Role: editor, Handler: s.createEntity(kind), Op: operation{
			ID: "create" + name, Tag: tag, Summary: label + " anlegen", Body: entity,
			Status: http.StatusCreated, Response: entity, Location: true, Problems: write}},
		{Method: "GET", Path: coll + "/:id", Role: viewer, Handler: s.getEntity(kind), Op: operation{
			ID: "get" + name, Tag: tag, Summary: label + " lesen", Response: entity, ETag: true}},
		{Method: "PUT", Path: coll + "/:id", Role: editor, Handler: s.updateEntity(kind), Op: operation{
			ID: "update" + name, Tag: tag, Summary: label + " ersetzen", Body: entity, Response: entity, ETag: true,
			Problems: append(write, http.StatusPreconditionRequired)}},
		{Method: "DELETE", Path: coll + "/:id", Role: editor, Handler: s.deleteEntity(kind), Op: operation{
			ID: "delete" + name, Tag: tag, Summary: label + " löschen", Query: params(deleteParams(kind)...),
			Response: deleteResponse{}, ETag: true, Problems: []int{http.StatusConflict}}},
	}
}

// entityNames returns the name of a kind in operation IDs, the German name of its
// collection and of one entity.
func entityNames(kind graph.Kind) (name, collection, label string) {
	switch kind {
	case graph.KindActor:
		return "Actor", "Akteure", "Akteur"
	case graph.KindCooperation:
		return "Cooperation", "Kooperationen", "Kooperation"
	case graph.KindSocialSpace:
		return "SocialSpace", "Sozialräume", "Sozialraum"
	case graph.KindOffer:
		return "Offer", "Angebote", "Angebot"
	case graph.KindNeed:
		return "Need", "Bedarfe", "Bedarf"
	case graph.KindMeasure:
		return "Measure", "Maßnahmen", "Maßnahme"
	}
	return "Wave", "Erhebungswellen", "Erhebungswelle"
}

// entityTypes returns values of the Go types of a kind's entity and of a page of a
// list of them, for the OpenAPI document.
func entityTypes(kind graph.Kind) (entity, page any) {
	switch kind {
	case graph.KindActor:
		return graph.Actor{}, listResponse[graph.Actor]{}
	case graph.KindCooperation:
		return graph.Cooperation{}, listResponse[graph.Cooperation]{}
	case graph.KindSocialSpace:
		return graph.SocialSpace{}, listResponse[graph.SocialSpace]{}
	case graph.KindOffer:
		return graph.Offer{}, listResponse[graph.Offer]{}
	case graph.KindNeed:
		return graph.Need{}, listResponse[graph.Need]{}
	case graph.KindMeasure:
		return graph.Measure{}, listResponse[graph.Measure]{}
	}
	return graph.Wave{}, listResponse[graph.Wave]{}
}

// contentTypeOf returns the media type (without parameters) of the named format.
func contentTypeOf(format string) string {
	f, _ := importers.FormatByName(format)
	mt, _, _ := strings.Cut(f.ContentType, ";")
	return mt
}

// contentTypes returns the media types of the formats keep selects.
func contentTypes(keep func(importers.Format) bool) []string {
	var out []string
	for _, f := range importers.Formats() {
		if keep(f) {
			out = append(out, contentTypeOf(f.Name))
		}
	}
	return out
}

// collections maps each entity kind to its collection's path segment under /api/v1.
var collections = map[graph.Kind]string{
	graph.KindActor:       "actors",
	graph.KindCooperation: "cooperations",
	graph.KindSocialSpace: "social-spaces",
	graph.KindOffer:       "offers",
	graph.KindNeed:        "needs",
	graph.KindWave:        "waves",
	graph.KindMeasure:     "measures",
}
