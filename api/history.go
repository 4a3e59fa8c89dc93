package api

import (
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The history routes: an entity's history, restoring a version, the activity feed and
// reverting a batch (see graph.Event). Writes record the caller's token name as the
// event's writer: authorize puts it into the request context (graph.WithWriter).

// historyResponse is the history of one entity, newest first.
type historyResponse struct {
	Items []graph.Event `json:"items" nullable:"false"`
}

// activityResponse is one page of the activity feed.
type activityResponse struct {
	Items []graph.Event `json:"items" nullable:"false"`
	// NextCursor is the cursor of the next page; "" on the last one.
	NextCursor string `json:"next_cursor"`
}

// revertResponse says what a revert changed back.
type revertResponse struct {
	BatchID  string         `json:"batch_id"`
	Reverted graph.Reverted `json:"reverted" nullable:"false"`
}

// activityParams are the query parameters of GET /api/v1/activity.
var activityParams = []param{
	{"kind", "Nur Einträge dieser Art.", map[string]any{"type": "string", "enum": []string{"actor", "cooperation", "social_space", "offer", "need", "wave", "measure"}}},
	{"by", "Nur Änderungen dieses Tokens oder Benutzers (Name).", map[string]any{"type": "string", "maxLength": 200}},
	{"entity_id", "Nur Änderungen des Eintrags mit dieser ID.", map[string]any{"type": "string", "maxLength": 64}},
	{"batch_id", "Nur Änderungen dieses Imports (batch_id der Importantwort).", map[string]any{"type": "string", "maxLength": 64}},
	{"since", "Nur Änderungen ab diesem Zeitpunkt (RFC 3339 oder JJJJ-MM-TT).", map[string]any{"type": "string"}},
	{"until", "Nur Änderungen vor diesem Zeitpunkt (RFC 3339 oder JJJJ-MM-TT).", map[string]any{"type": "string"}},
	{"cursor", "next_cursor der vorigen Seite, unverändert; leer heißt erste Seite.", map[string]any{"type": "string", "pattern": "^[0-9]{0,20}$"}},
	{"limit", "Seitengröße.", map[string]any{"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}},
}

// historyRoutes returns the history routes of an entity kind's collection.
func (s *Server) historyRoutes(kind graph.Kind) []route {
	name, tag, label := entityNames(kind)
	entity, _ := entityTypes(kind)
	coll := "/api/v1/" + collections[kind]
	return []route{
		{Method: "GET", Path: coll + "/:id/history", Role: graph.RoleViewer, Handler: s.entityHistory(kind), Op: operation{
			ID: "history" + name, Tag: tag, Summary: "Änderungshistorie: " + label,
			Description: "Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.",
			Problems:    []int{http.StatusBadRequest}, Response: historyResponse{}}},
		{Method: "POST", Path: coll + "/:id/history/:version/restore", Role: graph.RoleEditor, Handler: s.restoreVersion(kind), Op: operation{
			ID: "restore" + name, Tag: tag, Summary: label + ": frühere Version wiederherstellen",
			Description: "Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.",
			Response:    entity, Problems: []int{http.StatusBadRequest, http.StatusConflict, http.StatusUnprocessableEntity}}},
	}
}

// entityHistory answers GET /api/v1/<collection>/{id}/history.
func (s *Server) entityHistory(kind graph.Kind) gin.HandlerFunc {
	return func(c *gin.Context) {
		if _, err := newQueryParams(c.Request); err != nil {
			s.fail(c, err)
			return
		}
		evs, err := s.store.History(c.Request.Context(), kind, c.Param("id"))
		if err != nil {
			s.fail(c, err)
			return
		}
		if len(evs) == 0 {
			if _, err := s.store.Get(c.Request.Context(), kind, c.Param("id")); err != nil {
				s.fail(c, err) // neither stored nor ever recorded: 404
				return
			}
			evs = []graph.Event{}
		}
		if evs, err = viewedHistory(c.Request.Context(), kind, evs); err != nil {
			s.fail(c, err)
			return
		}
		s.respond(c, http.StatusOK, historyResponse{Items: evs})
	}
}

// restoreVersion answers POST /api/v1/<collection>/{id}/history/{version}/restore.
func (s *Server) restoreVersion(kind graph.Kind) gin.HandlerFunc {
	return func(c *gin.Context) {
		if _, err := newQueryParams(c.Request); err != nil {
			s.fail(c, err)
			return
		}
		id := c.Param("id")
		version, err := strconv.ParseInt(c.Param("version"), 10, 64)
		if err != nil || version < 1 {
			s.fail(c, graph.Errorf(graph.NotFound, "%s %q hat keine Version %q.", kind.Label(), id, c.Param("version")))
			return
		}
		if kind == graph.KindWave {
			if err := s.checkReopen(c, id, nil); err != nil {
				s.fail(c, err)
				return
			}
		}
		e, err := s.store.Restore(c.Request.Context(), kind, id, version)
		if err != nil {
			s.fail(c, err)
			return
		}
		c.Header("ETag", etag(e.Metadata().Version))
		s.respond(c, http.StatusOK, e)
	}
}

// checkReopen returns a 403 problem if a caller below admin would reopen the closed
// wave with the ID: by an update to next (a wave that is not closed), or by a
// restore (next nil), which may bring back an open version.
func (s *Server) checkReopen(c *gin.Context, id string, next *graph.Wave) error {
	if next != nil && next.Closed {
		return nil
	}
	if p := principalOf(c); p != nil && p.Role.Allows(graph.RoleAdmin) {
		return nil
	}
	stored, err := s.store.Get(c.Request.Context(), graph.KindWave, id)
	if err != nil || !stored.(*graph.Wave).Closed {
		return nil // the write reports a missing wave itself
	}
	return newProblem(http.StatusForbidden, "forbidden", "Die Erhebungswelle „"+stored.(*graph.Wave).Name+
		"“ ist abgeschlossen; nur eine Administratorin oder ein Administrator kann sie wieder öffnen.")
}

// activity answers GET /api/v1/activity: the history of all entities, newest first,
// filtered and paged by cursor.
func (s *Server) activity(c *gin.Context) {
	names := make([]string, len(activityParams))
	for i, p := range activityParams {
		names[i] = p.Name
	}
	q, err := newQueryParams(c.Request, names...)
	if err != nil {
		s.fail(c, err)
		return
	}
	for _, p := range activityParams { // the lengths the document states
		if max, ok := p.Schema["maxLength"].(int); ok && utf8.RuneCountInString(q.str(p.Name)) > max {
			s.fail(c, badParam(p.Name, "Höchstens %d Zeichen.", max))
			return
		}
	}
	f := graph.ActivityFilter{Kind: graph.Kind(q.str("kind")), By: q.str("by"), EntityID: q.str("entity_id"), BatchID: q.str("batch_id"),
		Cursor: q.str("cursor")}
	if q.values.Has("kind") && graph.New(f.Kind) == nil {
		s.fail(c, badParam("kind", "Die Art %q gibt es nicht; möglich sind actor, cooperation, social_space, offer, need, wave.", f.Kind))
		return
	}
	if f.Cursor != "" && strings.Trim(f.Cursor, "0123456789") != "" || len(f.Cursor) > 20 {
		s.fail(c, badParam("cursor", "Der Cursor %q ist ungültig; bitte next_cursor einer früheren Antwort übergeben.", f.Cursor))
		return
	}
	if f.Limit, err = q.integer("limit", 100, 1, 1000); err != nil {
		s.fail(c, err)
		return
	}
	for _, b := range []struct {
		name string
		at   *time.Time
	}{{"since", &f.Since}, {"until", &f.Until}} {
		if *b.at, err = parseInstant(q.str(b.name)); err != nil {
			s.fail(c, badParam(b.name, "Erwartet wird ein Zeitpunkt wie 2026-12-02T18:30:00Z oder ein Datum wie 2026-12-02, nicht %q.", q.str(b.name)))
			return
		}
	}
	page, err := s.store.Activity(c.Request.Context(), f)
	if graph.ErrorCode(err) == graph.Invalid {
		s.fail(c, badParam("cursor", "%s", graph.ErrorMessage(err)))
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, activityResponse{Items: page.Items, NextCursor: page.Next})
}

// parseInstant reads an RFC 3339 time or a date (its midnight, UTC); zero for "".
func parseInstant(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	return time.Parse(time.DateOnly, s)
}

// revertBatch answers POST /api/v1/batches/{batch_id}/revert.
func (s *Server) revertBatch(c *gin.Context) {
	if _, err := newQueryParams(c.Request); err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.store.RevertBatch(c.Request.Context(), c.Param("batch_id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, revertResponse{BatchID: c.Param("batch_id"), Reverted: n})
}
