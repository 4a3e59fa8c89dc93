package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Saved views are views of the web front end (an analysis with its filters and
// state) kept under a name in the record collection viewCollection, so that
// colleagues find them again. A view is its address: the path of the view and its
// query string; opening it restores filters and state. Analysts may save views and
// delete their own; admins may delete any.

// viewCollection is the record collection of the saved views.
const viewCollection = "saved_view"

// Limits of a saved view.
const (
	maxViewName  = 80
	maxViewQuery = 2000
)

// viewPath matches the path of a view of the web front end: an absolute path of
// lower-case words, never "//" (which a browser would take for another host).
var viewPath = regexp.MustCompile(`^/[a-z0-9_-]+(/[a-z0-9_%.-]+)*$`)

// viewRequest is the body of POST /api/v1/saved-views.
type viewRequest struct {
	// Name is how the view is listed; unique regardless of case.
	Name string `json:"name" required:"true" minLength:"1" maxLength:"80"`
	// Path is the path of the view in the web front end, such as "/kopplungspotenziale".
	Path string `json:"path" required:"true" minLength:"2" maxLength:"200"`
	// Query is the view's query string without "?", such as "wave=w2&legal_domain=sgb8".
	Query string `json:"query" maxLength:"2000"`
}

// savedView is a saved view as the API shows it.
type savedView struct {
	// Key identifies the view (DELETE /api/v1/saved-views/{key}).
	Key   string `json:"key"`
	Name  string `json:"name"`
	Path  string `json:"path"`
	Query string `json:"query"`
	// URL is Path with Query: the share link, relative to the web front end.
	URL string `json:"url"`
	// CreatedBy names the token (or the demo mode) that saved the view.
	CreatedBy string    `json:"created_by"`
	UpdatedAt time.Time `json:"updated_at"`
}

// viewData is the document of a saved view's record.
type viewData struct {
	Name      string `json:"name"`
	Path      string `json:"path"`
	Query     string `json:"query"`
	CreatedBy string `json:"created_by"`
	// TokenID is the token that saved the view, so that it may delete it.
	TokenID string `json:"token_id,omitempty"`
}

// viewList is the answer of GET /api/v1/saved-views.
type viewList struct {
	Items []savedView `json:"items" nullable:"false"`
}

// check validates a view request and returns it with the name trimmed and the query
// in canonical order; its errors are Invalid naming each bad field in German.
func (v viewRequest) check() (viewRequest, error) {
	var fields []graph.FieldError
	bad := func(field, format string, args ...any) {
		fields = append(fields, graph.FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	var name *graph.FieldError
	if v.Name, name = checkName(v.Name, maxViewName); name != nil {
		fields = append(fields, *name)
	}
	if !viewPath.MatchString(v.Path) || strings.HasPrefix(v.Path, "/api/") || len(v.Path) > 200 {
		bad("path", "Der Pfad %q ist keine Ansicht der Weboberfläche (erwartet etwa „/kopplungspotenziale“).", v.Path)
	}
	v.Query = strings.TrimPrefix(v.Query, "?")
	if q, err := url.ParseQuery(v.Query); err != nil || len(v.Query) > maxViewQuery || strings.ContainsAny(v.Query, "#") {
		bad("query", "Die Abfrage ist nicht richtig kodiert oder länger als %d Zeichen.", maxViewQuery)
	} else {
		v.Query = q.Encode()
	}
	if len(fields) > 0 {
		return v, &graph.Error{Code: graph.Invalid, Message: "Die Ansicht kann so nicht gespeichert werden.", Fields: fields}
	}
	return v, nil
}

// showView returns the record r of a saved view as the API shows it.
func showView(r *graph.Record) (savedView, error) {
	var d viewData
	if err := json.Unmarshal(r.Data, &d); err != nil {
		return savedView{}, fmt.Errorf("api: saved view %s: %w", r.Key, err)
	}
	u := d.Path
	if d.Query != "" {
		u += "?" + d.Query
	}
	return savedView{Key: r.Key, Name: d.Name, Path: d.Path, Query: d.Query, URL: u, CreatedBy: d.CreatedBy, UpdatedAt: r.UpdatedAt}, nil
}

// listViews answers GET /api/v1/saved-views: every saved view, by name.
func (s *Server) listViews(c *gin.Context) {
	items, err := listNamed(c.Request.Context(), s.store, viewCollection, showView, func(v savedView) string { return v.Name })
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, viewList{Items: items})
}

// saveView answers POST /api/v1/saved-views: the view is kept under its name (201
// with the saved view). A name in use (regardless of case) is a 409; a wrong name,
// path or query a 422 naming the field.
func (s *Server) saveView(c *gin.Context) {
	var req viewRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	req, err := req.check()
	if err != nil {
		s.fail(c, err)
		return
	}
	d := viewData{Name: req.Name, Path: req.Path, Query: req.Query, CreatedBy: "Demo-Modus"}
	if p := principalOf(c); p != nil && !p.Anonymous {
		d.CreatedBy, d.TokenID = p.Name, p.TokenID
	}
	r, err := putNamed(c.Request.Context(), s.store, viewCollection, req.Name, d,
		fmt.Sprintf("Eine Ansicht „%s“ gibt es schon; bitte einen anderen Namen wählen oder die alte zuerst löschen.", req.Name))
	if err != nil {
		s.fail(c, err)
		return
	}
	v, err := showView(r)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Location", "/api/v1/saved-views/"+r.Key)
	s.respond(c, http.StatusCreated, v)
}

// deleteView answers DELETE /api/v1/saved-views/{key}: the view is removed (204).
// Only the token that saved it, or an admin, may delete it (else 403); in demo mode
// anyone may.
func (s *Server) deleteView(c *gin.Context) {
	ctx := c.Request.Context()
	key := c.Param("key")
	r, err := s.store.GetRecord(ctx, viewCollection, key)
	if err != nil {
		if graph.ErrorCode(err) == graph.NotFound {
			err = newProblem(http.StatusNotFound, "not-found", "Diese gespeicherte Ansicht gibt es nicht (mehr).")
		}
		s.fail(c, err)
		return
	}
	var d viewData
	if err := json.Unmarshal(r.Data, &d); err != nil {
		s.fail(c, fmt.Errorf("api: saved view %s: %w", key, err))
		return
	}
	if p := principalOf(c); p != nil && !p.Anonymous && p.TokenID != d.TokenID && !p.Role.Allows(graph.RoleAdmin) {
		s.fail(c, newProblem(http.StatusForbidden, "forbidden", fmt.Sprintf("Die Ansicht „%s“ hat %s gespeichert; löschen können sie nur diese Person und die Verwaltung (Rolle admin).", d.Name, d.CreatedBy)))
		return
	}
	if err := s.store.DeleteRecord(ctx, viewCollection, key, r.Version); err != nil {
		s.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}
