package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
)

// The audit log records who did what, and when, where personal or sensitive data
// leaves the system or access rights change: every export and report, every token
// created or revoked, and (through audit) sign-ins and role changes. Each entry is a
// record of the collection "audit" (graph.RecordStore) under a key that starts with
// its time, so that keys sort by time. Entries are only ever appended (PutRecords
// with version 0); no route changes or deletes them, and only the retention sweep
// (Sweep) removes those older than Config.AuditRetention.

// auditCollection is the record collection of the audit log.
const auditCollection = "audit"

// The audited actions.
const (
	auditExport        = "export"         // a network export, any format
	auditReport        = "report"         // a report (steering group, social-space profile)
	auditLogExport     = "audit_export"   // the audit log itself as CSV
	auditTokenCreated  = "token_created"  // an API token was created, with its role
	auditTokenRevoked  = "token_revoked"  // an API token was revoked
	auditSignIn        = "sign_in"        // a person signed in
	auditSignInFailed  = "sign_in_failed" // a sign-in was refused
	auditRoleChanged   = "role_changed"   // a user's role changed
	auditHistoryPurged = "history_purged" // the retention sweep purged deleted entities' history
	// auditProviderLink: a directory provider's personal link was made;
	// auditProviderLinkMailed: it was sent by e-mail.
	auditProviderLink       = "provider_link"
	auditProviderLinkMailed = "provider_link_mailed"
)

// auditLabels names each audited action in German, in the order the interface lists
// them.
var auditLabels = []struct{ action, label string }{
	{auditExport, "Export"},
	{auditReport, "Bericht"},
	{auditLogExport, "Protokoll exportiert"},
	{auditTokenCreated, "Token angelegt"},
	{auditTokenRevoked, "Token widerrufen"},
	{auditSignIn, "Anmeldung"},
	{auditSignInFailed, "Fehlgeschlagene Anmeldung"},
	{auditRoleChanged, "Rolle geändert"},
	{auditHistoryPurged, "Historie gelöscht (Aufbewahrungsfrist)"},
	{auditProviderLink, "Bestätigungslink erstellt"},
	{auditProviderLinkMailed, "Bestätigungslink per E-Mail gesendet"},
}

// auditActions lists the audited actions, for the OpenAPI document and checks.
func auditActions() []string {
	out := make([]string, len(auditLabels))
	for i, l := range auditLabels {
		out[i] = l.action
	}
	return out
}

// auditLabel returns the German name of the action.
func auditLabel(action string) string {
	for _, l := range auditLabels {
		if l.action == action {
			return l.label
		}
	}
	return action
}

// auditEntry is one entry of the audit log.
type auditEntry struct {
	// Key identifies the entry; entries sort by it in the order they were written.
	Key string    `json:"key"`
	At  time.Time `json:"at"`
	// Who names the token, user or process that acted.
	Who     string     `json:"who"`
	TokenID string     `json:"token_id,omitempty"`
	Role    graph.Role `json:"role,omitempty"`
	Action  string     `json:"action"`
	// Details say what: format, filters (the query string), target, file and more.
	Details map[string]string `json:"details" nullable:"false"`
}

// auditPage is the answer of GET /api/v1/audit.
type auditPage struct {
	Items []auditEntry `json:"items" nullable:"false"`
	// Next continues the list (parameter cursor); "" after the last page.
	Next string `json:"next_cursor"`
	// Actions names every action in German, for a filter.
	Actions []auditAction `json:"actions" nullable:"false"`
	// RetentionDays is how many days an entry is kept.
	RetentionDays int `json:"retention_days"`
}

// auditAction is an audited action with its German name.
type auditAction struct {
	Action string `json:"action"`
	Label  string `json:"label"`
}

// audit records action by the caller of c in the audit log, with details (keys such
// as "format", "filters", "target"; a key "who" names the actor when the request has
// no principal, as for a failed sign-in). Secrets never reach the log: keys naming a
// secret, password or token secret are dropped, and values holding a token secret
// are blanked. It returns an error, already logged, if the entry could not be stored;
// a caller that hands out data should then refuse to.
func (s *Server) audit(c *gin.Context, action string, details map[string]string) error {
	p := principalOf(c)
	if p == nil {
		p = &principal{Name: details["who"]}
	}
	return s.record(context.WithoutCancel(c.Request.Context()), p, action, details)
}

// record stores one audit entry by p.
func (s *Server) record(ctx context.Context, p *principal, action string, details map[string]string) error {
	if !slices.Contains(auditActions(), action) {
		return fmt.Errorf("api: audit: unknown action %q", action)
	}
	at := s.today().UTC()
	e := auditEntry{Key: auditKey(at) + "_" + graph.NewID("audit")[len("audit_"):], At: at, Who: p.Name, TokenID: p.TokenID, Role: p.Role,
		Action: action, Details: scrubDetails(details)}
	data, err := json.Marshal(e)
	if err == nil {
		err = s.store.PutRecords(ctx, &graph.Record{Collection: auditCollection, Key: e.Key, Data: data})
	}
	if err != nil {
		s.log.Error("audit log: entry not stored", "action", action, "who", p.Name, "err", err)
		return &graph.Error{Code: graph.Unavailable, Message: "Der Vorgang konnte nicht im Protokoll vermerkt werden und wurde deshalb nicht ausgeführt; bitte später erneut versuchen.", Err: err}
	}
	return nil
}

// auditKey returns the start of the key of an entry at the time at: the time in UTC
// with a fixed width, so that keys sort by time.
func auditKey(at time.Time) string { return at.UTC().Format("2006-01-02T15:04:05.000000000Z") }

// scrubDetails returns a copy of details without secrets: no key that names a
// secret, password or the "who" of audit, and no value that holds a token secret.
func scrubDetails(details map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range details {
		lk := strings.ToLower(k)
		if k == "who" || strings.Contains(lk, "secret") || strings.Contains(lk, "password") || strings.Contains(lk, "passwort") {
			continue
		}
		if strings.Contains(v, graph.TokenPrefix) {
			v = "[entfernt]"
		}
		out[k] = v
	}
	return out
}

// auditDownload records that the caller of c receives a file (an export or a
// report) in format, named file, with the request's query as its filters. A HEAD
// request receives no file and is not recorded.
func (s *Server) auditDownload(c *gin.Context, action, format, file string) error {
	if c.Request.Method == http.MethodHead {
		return nil
	}
	q := c.Request.URL.Query()
	q.Del("format")
	d := map[string]string{"format": format, "file": file, "filters": q.Encode()}
	if id := c.Param("id"); id != "" {
		d["target"] = id
	}
	return s.audit(c, action, d)
}

// auditToken records that the token t was created or revoked, with its role, scope
// and expiry. A failure is logged: the change itself is done.
func (s *Server) auditToken(c *gin.Context, action string, t *graph.Token) {
	d := map[string]string{"target": t.Name, "token": t.ID, "role": string(t.Role)}
	if t.ActorID != "" {
		d["actor_id"] = t.ActorID
	}
	if t.ExpiresAt != nil {
		d["expires_at"] = t.ExpiresAt.UTC().Format(time.RFC3339)
	}
	_ = s.audit(c, action, d)
}

// auditParams are the query parameters of the audit log's routes.
var auditParams = []param{
	{"since", "Nur Einträge ab diesem Zeitpunkt (RFC 3339) oder Tag (JJJJ-MM-TT, ab 0 Uhr UTC).", map[string]any{"type": "string", "pattern": timeOrDay}},
	{"until", "Nur Einträge vor diesem Zeitpunkt (RFC 3339) oder bis einschließlich diesem Tag (JJJJ-MM-TT); nach since.", map[string]any{"type": "string", "pattern": timeOrDay}},
	{"action", "Nur diese Aktion.", map[string]any{"type": "string", "enum": auditActions()}},
}

// timeOrDay is the pattern of the time bounds: a day, or an RFC 3339 time.
const timeOrDay = `^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))?$`

// auditQuery is a parsed query of the audit log: entries with since <= key < until,
// of the action if set, before the cursor if set.
type auditQuery struct {
	since, until, action, cursor string
	limit                        int
}

// parseAuditQuery reads the query of c; paged adds cursor and limit.
func parseAuditQuery(c *gin.Context, paged bool) (auditQuery, error) {
	names := []string{"since", "until", "action"}
	if paged {
		names = append(names, "cursor", "limit")
	}
	q, err := newQueryParams(c.Request, names...)
	if err != nil {
		return auditQuery{}, err
	}
	var aq auditQuery
	if aq.since, err = auditBound(q.values, "since", false); err != nil {
		return aq, err
	}
	if aq.until, err = auditBound(q.values, "until", true); err != nil {
		return aq, err
	}
	if aq.since != "" && aq.until != "" && aq.since >= aq.until {
		return aq, badParam("until", "„bis“ muss nach „von“ liegen.")
	}
	aq.action = q.str("action")
	if q.values.Has("action") && !slices.Contains(auditActions(), aq.action) {
		return aq, badParam("action", "Die Aktion „%s“ gibt es nicht; möglich sind: %s.", aq.action, strings.Join(auditActions(), ", "))
	}
	aq.cursor = q.str("cursor")
	aq.limit, err = q.integer("limit", 100, 1, 1000)
	return aq, err
}

// auditBound reads the time bound name as a key prefix: an RFC 3339 time, or a day
// (the start of it; for until, the start of the day after).
func auditBound(v url.Values, name string, until bool) (string, error) {
	if !v.Has(name) {
		return "", nil
	}
	raw := v.Get(name)
	if t, err := time.Parse(time.RFC3339, raw); err == nil {
		return auditKey(t), nil
	}
	d, err := time.Parse(time.DateOnly, raw)
	if err != nil {
		return "", badParam(name, "„%s“ ist kein Tag (JJJJ-MM-TT) und kein Zeitpunkt (RFC 3339).", raw)
	}
	if until {
		d = d.AddDate(0, 0, 1)
	}
	return auditKey(d), nil
}

// auditEntries returns the entries that aq selects, newest first, at most limit
// (0: all) of them, and the cursor of the next page.
func (s *Server) auditEntries(ctx context.Context, aq auditQuery, limit int) ([]auditEntry, string, error) {
	recs, err := s.store.ListRecords(ctx, auditCollection, "")
	if err != nil {
		return nil, "", err
	}
	out := []auditEntry{}
	for i := len(recs) - 1; i >= 0; i-- {
		k := recs[i].Key
		if (aq.cursor != "" && k >= aq.cursor) || (aq.until != "" && k >= aq.until) {
			continue
		}
		if aq.since != "" && k < aq.since {
			break
		}
		var e auditEntry
		if err := json.Unmarshal(recs[i].Data, &e); err != nil {
			return nil, "", fmt.Errorf("api: audit entry %q: %w", k, err)
		}
		if aq.action != "" && e.Action != aq.action {
			continue
		}
		if limit > 0 && len(out) == limit {
			return out, out[limit-1].Key, nil
		}
		out = append(out, e)
	}
	return out, "", nil
}

// listAudit answers GET /api/v1/audit: a page of the audit log, newest first.
func (s *Server) listAudit(c *gin.Context) {
	aq, err := parseAuditQuery(c, true)
	if err != nil {
		s.fail(c, err)
		return
	}
	items, next, err := s.auditEntries(c.Request.Context(), aq, aq.limit)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	actions := make([]auditAction, len(auditLabels))
	for i, l := range auditLabels {
		actions[i] = auditAction{Action: l.action, Label: l.label}
	}
	s.respond(c, http.StatusOK, auditPage{Items: items, Next: next, Actions: actions, RetentionDays: int(s.cfg.AuditRetention / (24 * time.Hour))})
}

// exportAudit answers GET /api/v1/audit/export: the entries the filters select,
// newest first, as CSV for German Excel (cells neutralised against formula
// injection). The download is itself recorded first, so that the file lists it too.
func (s *Server) exportAudit(c *gin.Context) {
	aq, err := parseAuditQuery(c, false)
	if err != nil {
		s.fail(c, err)
		return
	}
	name := export.FileName("protokoll", importers.FormatCSV, s.today())
	if err := s.auditDownload(c, auditLogExport, importers.FormatCSV, name); err != nil {
		s.fail(c, err)
		return
	}
	items, _, err := s.auditEntries(c.Request.Context(), aq, 0)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.attachment(c, importers.FormatCSV, name, func(w io.Writer) error { return importers.EncodeTableCSV(w, auditTable(items)) })
}

// auditTable returns the entries as a table with German headers: the well-known
// details in columns of their own, the others as "name=value" in the last.
func auditTable(items []auditEntry) importers.Table {
	t := importers.Table{Name: "Protokoll", Headers: []string{"Zeitpunkt (UTC)", "Wer", "Rolle", "Aktion", "Ziel", "Format", "Filter", "Datei", "Weitere Angaben"}}
	for _, e := range items {
		var rest []string
		for _, k := range slices.Sorted(maps.Keys(e.Details)) {
			switch k {
			case "target", "format", "filters", "file":
			default:
				rest = append(rest, k+"="+e.Details[k])
			}
		}
		t.Rows = append(t.Rows, []any{e.At.UTC().Format(time.RFC3339), e.Who, string(e.Role), auditLabel(e.Action),
			e.Details["target"], e.Details["format"], e.Details["filters"], e.Details["file"], strings.Join(rest, "; ")})
	}
	return t
}

// auditRoutes returns the routes of the audit log: reading and exporting only, for
// admins. No route changes or deletes an entry.
func (s *Server) auditRoutes() []route {
	return []route{
		{Method: "GET", Path: "/api/v1/audit", Role: graph.RoleAdmin, Handler: s.listAudit, Op: operation{
			ID: "listAudit", Tag: "Protokoll", Summary: "Protokoll lesen",
			Description: "Wer wann was exportiert, berichtet, angemeldet oder an Rechten geändert hat, neueste zuerst, seitenweise mit next_cursor. " +
				"Einträge lassen sich über die API weder ändern noch löschen; nach der Aufbewahrungsfrist (serve --audit-retention-days) löscht der Server sie selbst.",
			Query: append(slices.Clone(auditParams),
				param{"cursor", "next_cursor einer früheren Antwort.", map[string]any{"type": "string"}},
				param{"limit", "Seitengröße.", map[string]any{"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}),
			Response: auditPage{}, NoStore: true}},
		{Method: "GET", Path: "/api/v1/audit/export", Role: graph.RoleAdmin, Handler: s.exportAudit, Op: operation{
			ID: "exportAudit", Tag: "Protokoll", Summary: "Protokoll als CSV",
			Description: "Die Einträge, die die Filter wählen, als CSV für deutsches Excel; der Download wird selbst protokolliert.",
			Query:       slices.Clone(auditParams), Downloads: []string{contentTypeOf(importers.FormatCSV)}, NoStore: true}},
	}
}
