package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

//go:generate go run ./internal/openapigen -o openapi.json

// operation is the contract of one route, from which the OpenAPI document is made
// (OpenAPI). The statuses that follow from the rest of the route are added by
// themselves: 401 and 403 for a route with a role, 400 for one with parameters or a
// body, 404 for one with a path parameter, 413 and 415 for one with a body, 304 for
// one with an ETag, 503 for every route of the store.
type operation struct {
	ID, Tag, Summary string
	// Description says more than the summary, in German; optional.
	Description string
	// Query are the query parameters the handler takes.
	Query []param
	// PathParam describes the route's path parameter, if it has one; an ID if nil.
	PathParam *param
	// Body is a value of the type of the JSON request body, or multipartImport.
	Body any
	// Status is the status of success: 200 if 0.
	Status int
	// Response is a value of the type of the JSON body of success; nil for none.
	Response any
	// Downloads are the media types of files answered instead of (or, with Response,
	// beside) JSON; the ones of a route with ?format=.
	Downloads []string
	// Problems are the statuses of further problem answers, such as 409 or 422.
	Problems []int
	// ETag: a GET answers with an ETag and with 304 to a matching If-None-Match; a
	// PUT or DELETE takes the version in If-Match.
	ETag bool
	// Location: a 201 answer names the new resource in Location.
	Location bool
	// NoStore: the route does not touch the store, so it never answers 503.
	NoStore bool
}

// param is a query or path parameter.
type param struct {
	Name        string
	Description string
	Schema      map[string]any
}

// multipartImport stands for the multipart/form-data body of POST /api/v1/imports.
type multipartImport struct{}

// queryDocs describes the query parameters by name; routes take them with params.
var queryDocs = map[string]param{
	"limit":  {"limit", "Seitengröße.", map[string]any{"type": "integer", "minimum": 1, "maximum": graph.MaxLimit, "default": graph.DefaultLimit}},
	"offset": {"offset", "Anzahl zu überspringender Einträge.", map[string]any{"type": "integer", "minimum": 0, "maximum": maxOffset, "default": 0}},
	"cursor": {"cursor", "Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. " +
		"Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset.",
		map[string]any{"type": "string", "maxLength": maxCursor}},
	"q": {"q", "Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern).",
		map[string]any{"type": "string", "maxLength": graph.MaxQueryLength, "pattern": noControls}},
	"legal_domain":     {"legal_domain", "Code eines Rechtskreises der Taxonomie.", map[string]any{"type": "string"}},
	"field":            {"field", "Code eines Handlungsfelds der Taxonomie.", map[string]any{"type": "string"}},
	"target_group":     {"target_group", "Code einer Zielgruppe der Taxonomie.", map[string]any{"type": "string"}},
	"social_space":     {"social_space", "ID eines Sozialraums; umfasst alle darin liegenden Sozialräume.", map[string]any{"type": "string"}},
	"actor_kind":       {"actor_kind", "Code einer Akteursart der Taxonomie.", map[string]any{"type": "string"}},
	"actor_id":         {"actor_id", "ID eines Akteurs (bei Kooperationen: eines der beiden Enden).", map[string]any{"type": "string"}},
	"wave_id":          {"wave_id", "ID einer Erhebungswelle.", map[string]any{"type": "string"}},
	"cooperation_kind": {"cooperation_kind", "Code einer Kooperationsart der Taxonomie.", map[string]any{"type": "string"}},
	"min_intensity":    {"min_intensity", "Mindestintensität einer Kooperation.", map[string]any{"type": "integer", "minimum": 1, "maximum": 4}},
	"reported_by": {"reported_by", "Wer die Kooperation gemeldet hat: both (beide Seiten), from, to, other (Dritte) oder one_side (nur eine der beiden Seiten, from oder to).",
		map[string]any{"type": "string", "enum": []string{graph.ReportedByBoth, graph.ReportedByFrom, graph.ReportedByTo, graph.ReportedByOther, graph.ReportedByOneSide}}},
	"level": {"level", "Code einer Gebietsebene der Taxonomie.", map[string]any{"type": "string"}},
	"version": {"version", "Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409.",
		map[string]any{"type": "integer", "minimum": 1, "maximum": maxVersion}},
	"cascade": {"cascade", "Kooperationen und Angebote des Akteurs mitlöschen.", map[string]any{"type": "boolean", "default": false}},
	"wave": {"wave", "Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute.",
		map[string]any{"type": "string"}},
	"date": {"date", "Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave.",
		map[string]any{"type": "string", "format": "date"}},
	"dry_run": {"dry_run", "Nur prüfen und berichten, nichts schreiben.", map[string]any{"type": "boolean", "default": false}},
	"algorithm": {"algorithm", "Verfahren für die Kooperationsgruppen: louvain oder leiden (jede Gruppe in sich zusammenhängend).",
		map[string]any{"type": "string", "enum": []string{"louvain", "leiden"}, "default": "louvain"}},
	"directed": {"directed", "true: das gerichtete Netz auswerten (gerichtete Kooperationen nur in ihrer Richtung); sonst das gegenseitige Netz.",
		map[string]any{"type": "boolean", "default": false}},
	"metrics": {"metrics", "Kennzahlen des ganzen Netzes anfügen (xlsx, gexf, graphml; Rolle analyst).",
		map[string]any{"type": "boolean", "default": false}},
	"kind": {"kind", "Nur bei csv: welche Einträge die Datei enthält (Standard: Akteure).",
		map[string]any{"type": "string", "enum": enumOf[reflect.TypeFor[graph.Kind]()]}},
}

// noControls matches text without the control characters that graph's validation
// refuses (all but tab and line breaks).
const noControls = `^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$`

// params returns the query parameters of the names.
func params(names ...string) []param {
	out := make([]param, len(names))
	for i, n := range names {
		p, ok := queryDocs[n]
		if !ok {
			panic("api: undocumented query parameter " + n)
		}
		out[i] = p
	}
	return out
}

// formatParam returns a parameter "format" that takes the names of the formats keep
// selects.
func formatParam(description string, keep func(importers.Format) bool) param {
	return param{"format", description, map[string]any{"type": "string", "enum": formatList(keep)}}
}

// problemText describes each problem status in the document.
var problemText = map[int]string{
	http.StatusBadRequest:            "Die Anfrage ist fehlerhaft: ungültiges JSON, unbekanntes Feld, falscher Typ oder ungültiger Parameter. errors nennt Feld oder Parameter.",
	http.StatusUnauthorized:          "Kein oder ein unbekanntes API-Token, keine gültige Sitzung, oder (Anmeldung) falsche E-Mail-Adresse oder falsches Passwort.",
	http.StatusForbidden:             "Die Rolle reicht nicht aus, oder eine ändernde Anfrage mit dem Sitzungs-Cookie kam ohne gültiges X-CSRF-Token.",
	http.StatusNotFound:              "Den Eintrag gibt es nicht.",
	http.StatusConflict:              "Veraltete Version, vergebener Schlüssel oder der Eintrag wird noch verwendet.",
	http.StatusRequestEntityTooLarge: "Der Anfragekörper ist zu groß.",
	http.StatusUnsupportedMediaType:  "Der Anfragekörper hat einen anderen Inhaltstyp als den beschriebenen.",
	http.StatusUnprocessableEntity:   "Die Daten verletzen eine Regel; errors nennt jedes Feld mit Pfad, z. B. legal_domains[1].",
	http.StatusPreconditionRequired:  "Die zuletzt gelesene Version fehlt (Feld version oder Kopf If-Match).",
	http.StatusServiceUnavailable:    "Der Speicher ist nicht erreichbar oder nur lesbar; nichts wurde gespeichert. Retry-After nennt die Sekunden bis zum nächsten Versuch.",
	http.StatusInsufficientStorage:   "Der Datenträger des Speichers ist voll; nichts wurde gespeichert. Lesen geht weiter.",
	http.StatusTooManyRequests: "Zu viele Anfragen: so viele Importe und Probeläufe, wie gleichzeitig erlaubt sind, (Befragung) zu viele Anfragen je Link oder Adresse, " +
		"(öffentliches Verzeichnis) zu viele Anfragen je Adresse oder (Anmeldung) zu viele Fehlversuche mit der E-Mail-Adresse; nichts wurde gespeichert. Nach Retry-After Sekunden erneut senden.",
}

// problemNames names the component of each problem answer.
var problemNames = map[int]string{
	http.StatusBadRequest:            "BadRequest",
	http.StatusUnauthorized:          "Unauthorized",
	http.StatusForbidden:             "Forbidden",
	http.StatusNotFound:              "NotFound",
	http.StatusConflict:              "Conflict",
	http.StatusRequestEntityTooLarge: "TooLarge",
	http.StatusUnsupportedMediaType:  "UnsupportedMediaType",
	http.StatusUnprocessableEntity:   "Invalid",
	http.StatusPreconditionRequired:  "PreconditionRequired",
	http.StatusServiceUnavailable:    "Unavailable",
	http.StatusTooManyRequests:       "TooManyImports",
	http.StatusInsufficientStorage:   "InsufficientStorage",
}

// problemAnswer returns the OpenAPI response of a problem, described by text; with
// challenge, it has the header WWW-Authenticate, with retry the header Retry-After.
func problemAnswer(r *reflector, text string, challenge, retry bool) map[string]any {
	p := map[string]any{"description": text, "content": map[string]any{"application/problem+json": map[string]any{
		"schema": r.ref(reflect.TypeFor[problem](), responseMode)}}}
	switch {
	case challenge:
		p["headers"] = map[string]any{"WWW-Authenticate": map[string]any{"description": "Bearer realm=\"Netzwerkatlas\"", "schema": map[string]any{"type": "string"}}}
	case retry:
		p["headers"] = map[string]any{"Retry-After": map[string]any{"description": "Sekunden bis zum nächsten Versuch.", "schema": map[string]any{"type": "integer"}}}
	}
	return p
}

// importRefusedText describes the 422 answer of the import.
const importRefusedText = "Die Dateien enthalten Fehler (beim Lesen oder bei der Prüfung durch den Speicher); nichts wurde gespeichert. " +
	"type ist urn:netzwerkatlas:problem:import-refused, report enthält den Bericht mit Blatt, Zeile und Spalte jedes Fehlers."

// OpenAPI returns the OpenAPI 3.1 document of the API, made from the route table and
// the Go types of its requests and responses, with info.version set to version. If
// anonymous is set (demo mode), the routes an anonymous loopback request may use
// accept requests without a token too.
func OpenAPI(version string, anonymous bool) []byte {
	s := &Server{}
	s.cfg.AnonymousLoopback = anonymous
	b, err := json.MarshalIndent(s.document(version), "", "  ")
	if err != nil {
		panic(fmt.Sprintf("api: encode the OpenAPI document: %v", err))
	}
	return append(b, '\n')
}

// document builds the OpenAPI document from s.routes.
func (s *Server) document(version string) map[string]any {
	r := newReflector()
	paths := map[string]any{}
	for _, rt := range s.routes() {
		path := openAPIPath(rt.Path)
		item, _ := paths[path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[path] = item
		}
		item[strings.ToLower(rt.Method)] = s.operationObject(r, rt)
	}
	problemAnswers := map[string]any{}
	for st, name := range problemNames {
		retry := st == http.StatusServiceUnavailable || st == http.StatusTooManyRequests
		problemAnswers[name] = problemAnswer(r, problemText[st], st == http.StatusUnauthorized, retry)
	}
	problemAnswers["ImportRefused"] = problemAnswer(r, importRefusedText, false, false)
	description := "Kooperationsnetzwerke in der Sozialplanung kartieren und analysieren. Anmeldung mit Authorization: Bearer <Token>, " +
		"oder (Weboberfläche) mit E-Mail-Adresse und Passwort über POST /api/v1/session: dann mit dem Sitzungs-Cookie, und jede ändernde Anfrage " +
		"trägt das csrf_token der Sitzung im Kopf X-CSRF-Token. " +
		"Jeder Fehler ist eine Problembeschreibung nach RFC 9457 (application/problem+json) mit deutschem Text. " +
		"x-role nennt die mindestens nötige Rolle (viewer < analyst < editor < admin); public heißt ohne Anmeldung. " +
		"Dieses Dokument wird aus der Routentabelle und den Go-Typen erzeugt (go generate ./api)."
	if s.cfg.AnonymousLoopback {
		description += " Demo-Modus: Anfragen über localhost ohne Token handeln mit der Rolle " + string(anonymousRole) + "."
	}
	return map[string]any{
		"openapi": "3.1.0",
		"info":    map[string]any{"title": "Netzwerkatlas API", "version": version, "description": description},
		"servers": []any{map[string]any{"url": "/"}},
		"paths":   paths,
		"components": map[string]any{
			"schemas":   r.components,
			"responses": problemAnswers,
			"securitySchemes": map[string]any{
				"bearer": map[string]any{"type": "http", "scheme": "bearer", "description": "API-Token (beginnt mit " + graph.TokenPrefix + ")."},
			},
		},
	}
}

// openAPIPath turns a Gin path (":id") into an OpenAPI path ("{id}").
func openAPIPath(p string) string {
	parts := strings.Split(p, "/")
	for i, seg := range parts {
		if name, ok := strings.CutPrefix(seg, ":"); ok {
			parts[i] = "{" + name + "}"
		}
	}
	return strings.Join(parts, "/")
}

// operationObject returns the OpenAPI operation of the route.
func (s *Server) operationObject(r *reflector, rt route) map[string]any {
	op := rt.Op
	o := map[string]any{"operationId": op.ID, "tags": []any{op.Tag}, "summary": op.Summary}
	if op.Description != "" {
		o["description"] = op.Description
	}
	problems := slices.Clone(op.Problems)
	role := string(rt.Role)
	switch {
	case rt.Role == Public:
		role = "public"
		o["security"] = []any{}
	case s.cfg.AnonymousLoopback && anonymousRole.Allows(rt.Role):
		o["security"] = []any{map[string]any{"bearer": []any{}}, map[string]any{}}
		problems = append(problems, http.StatusUnauthorized, http.StatusForbidden)
	default:
		o["security"] = []any{map[string]any{"bearer": []any{}}}
		problems = append(problems, http.StatusUnauthorized, http.StatusForbidden)
	}
	o["x-role"] = role

	var ps []any
	for _, seg := range strings.Split(rt.Path, "/") {
		name, ok := strings.CutPrefix(seg, ":")
		if !ok {
			continue
		}
		p := param{name, "ID des Eintrags.", map[string]any{"type": "string"}}
		if op.PathParam != nil {
			p = *op.PathParam
		}
		ps = append(ps, map[string]any{"name": p.Name, "in": "path", "required": true, "description": p.Description, "schema": p.Schema})
		problems = append(problems, http.StatusNotFound)
	}
	for _, p := range op.Query {
		ps = append(ps, map[string]any{"name": p.Name, "in": "query", "required": false, "description": p.Description, "schema": p.Schema})
	}
	if op.ETag {
		h := map[string]any{"name": "If-Match", "in": "header", "required": false,
			"description": "Zuletzt gelesene Version als Entity-Tag, z. B. \"3\".", "schema": map[string]any{"type": "string", "pattern": `^\s*("?[1-9][0-9]{0,15}"?)?\s*$`}}
		if rt.Method == http.MethodGet {
			h = map[string]any{"name": "If-None-Match", "in": "header", "required": false,
				"description": "Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304.", "schema": map[string]any{"type": "string"}}
		} else {
			problems = append(problems, http.StatusBadRequest)
		}
		ps = append(ps, h)
	}
	if len(op.Query) > 0 {
		problems = append(problems, http.StatusBadRequest)
	}
	if ps != nil {
		o["parameters"] = ps
	}

	switch body := op.Body.(type) {
	case nil:
	case multipartImport:
		o["requestBody"] = map[string]any{"required": true, "content": map[string]any{"multipart/form-data": map[string]any{
			"schema": map[string]any{
				"type": "object", "required": []any{"file"},
				"properties": map[string]any{
					"file": map[string]any{"type": "array", "minItems": 1, "items": map[string]any{"type": "string", "format": "binary"},
						"description": "Eine oder mehrere Dateien, jede als Teil file."},
					"format": map[string]any{"type": "string", "enum": formatList(func(f importers.Format) bool { return f.Decode }),
						"description": "Wie der Parameter format; beide müssen übereinstimmen."},
					"mapping": map[string]any{"type": "string", "contentMediaType": "application/json",
						"contentSchema": r.ref(reflect.TypeFor[importers.Mapping](), requestMode),
						"description":   "Zuordnung fremder Spalten und Werte als JSON-Objekt."},
					"dry_run_token": map[string]any{"type": "string", "maxLength": 128,
						"description": "Das dry_run_token des Probelaufs; weicht es von dem der gesendeten Dateien ab (geänderte Datei, Zuordnung oder Format), antwortet der Import mit 409."},
				},
			},
			"encoding": map[string]any{"file": map[string]any{"contentType": "application/octet-stream"}},
		}}}
		problems = append(problems, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType)
	default:
		o["requestBody"] = map[string]any{"required": true, "content": map[string]any{
			"application/json": map[string]any{"schema": r.ref(reflect.TypeOf(body), requestMode)}}}
		problems = append(problems, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType)
	}

	responses := map[string]any{}
	status := op.Status
	if status == 0 {
		status = http.StatusOK
	}
	ok := map[string]any{"description": successText(rt, status)}
	content := map[string]any{}
	if op.Response != nil {
		content["application/json"] = map[string]any{"schema": r.ref(reflect.TypeOf(op.Response), responseMode)}
	}
	for _, mt := range op.Downloads {
		schema := map[string]any{"type": "string", "format": "binary"}
		if mt == "application/json" || strings.HasSuffix(mt, "+json") {
			schema = map[string]any{"type": "object"}
		}
		content[mt] = map[string]any{"schema": schema}
	}
	if len(content) > 0 {
		ok["content"] = content
	}
	headers := map[string]any{}
	if op.ETag && rt.Method != http.MethodDelete {
		headers["ETag"] = map[string]any{"description": "Version der Ressource als Entity-Tag, z. B. \"3\".", "schema": map[string]any{"type": "string"}}
	}
	if op.Location {
		headers["Location"] = map[string]any{"description": "Adresse der neuen Ressource.", "schema": map[string]any{"type": "string"}}
	}
	if status == http.StatusSeeOther {
		headers["Location"] = map[string]any{"description": "Wohin der Browser weitergeleitet wird.", "schema": map[string]any{"type": "string"}}
	}
	if len(op.Downloads) > 0 {
		headers["Content-Disposition"] = map[string]any{"description": "attachment; filename=\"netzwerkatlas-…-JJJJ-MM-TT.<Endung>\"",
			"schema": map[string]any{"type": "string"}}
	}
	if len(headers) > 0 {
		ok["headers"] = headers
	}
	responses[strconv.Itoa(status)] = ok
	if op.ETag && rt.Method == http.MethodGet {
		responses["304"] = map[string]any{"description": "Nicht geändert: das Entity-Tag in If-None-Match ist aktuell."}
	}
	if !op.NoStore {
		problems = append(problems, http.StatusServiceUnavailable)
		if rt.Role.Allows(graph.RoleEditor) {
			problems = append(problems, http.StatusInsufficientStorage)
		}
	}
	for _, st := range problems {
		name := problemNames[st]
		if st == http.StatusUnprocessableEntity && op.Body == (multipartImport{}) {
			name = "ImportRefused"
		}
		responses[strconv.Itoa(st)] = map[string]any{"$ref": "#/components/responses/" + name}
	}
	o["responses"] = responses
	return o
}

// successText describes the answer of success.
func successText(rt route, status int) string {
	switch {
	case status == http.StatusCreated:
		return "Angelegt."
	case status == http.StatusNoContent:
		return "Erledigt; die Antwort hat keinen Inhalt."
	case status == http.StatusSeeOther:
		return "Weiterleitung (Location)."
	case len(rt.Op.Downloads) > 0 && rt.Op.Response != nil:
		return "JSON oder, mit format, die Datei."
	case len(rt.Op.Downloads) > 0:
		return "Die Datei."
	}
	return "Erfolg."
}
