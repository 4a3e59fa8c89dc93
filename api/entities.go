package api

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The CRUD handlers below serve every entity kind; routes.go binds them to a kind.

// listResponse is one page of a list of entities of type T; the handlers send
// listResponse[graph.Entity], the OpenAPI document names the type of each kind.
type listResponse[T any] struct {
	Items  []T `json:"items" nullable:"false"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	// NextCursor is the cursor parameter of the next page; absent on the last page.
	NextCursor string `json:"next_cursor,omitempty"`
}

// listEntities answers GET /api/v1/<collection>: the entities of the kind that match
// the filter parameters, one page at a time.
func (s *Server) listEntities(kind graph.Kind) gin.HandlerFunc {
	return func(c *gin.Context) {
		q, err := newQueryParams(c.Request, append(filterParams, pageParams...)...)
		if err != nil {
			s.fail(c, err)
			return
		}
		f, err := q.filter(true)
		if err == nil {
			err = checkFilter(f, kind)
		}
		if err != nil {
			s.fail(c, err)
			return
		}
		list := s.store.List
		if redacted(c.Request.Context(), kind) {
			list = s.viewedList
		}
		page, err := list(c.Request.Context(), kind, f)
		if err != nil {
			s.fail(c, err)
			return
		}
		items := page.Items
		if items == nil {
			items = []graph.Entity{}
		}
		s.respond(c, http.StatusOK, listResponse[graph.Entity]{Items: items, Total: page.Total, Limit: f.Limit, Offset: f.Offset,
			NextCursor: page.Next})
	}
}

// createEntity answers POST /api/v1/<collection>: it stores the entity in the body and
// answers 201 with the stored entity and its Location. Version and timestamps in the
// body are ignored; the ID may be given.
func (s *Server) createEntity(kind graph.Kind) gin.HandlerFunc {
	return func(c *gin.Context) {
		e := graph.New(kind)
		if err := decode(c, e); err != nil {
			s.fail(c, err)
			return
		}
		m := e.Metadata()
		m.Version = 0
		m.CreatedAt, m.UpdatedAt = time.Time{}, time.Time{}
		if err := s.store.Create(c.Request.Context(), e); err != nil {
			s.fail(c, err)
			return
		}
		c.Header("Location", entityPath(kind, m.ID))
		c.Header("ETag", etag(m.Version))
		s.respond(c, http.StatusCreated, e)
	}
}

// getEntity answers GET /api/v1/<collection>/{id} with the entity and its version as
// ETag (304 if If-None-Match names it).
func (s *Server) getEntity(kind graph.Kind) gin.HandlerFunc {
	return func(c *gin.Context) {
		get := s.store.Get
		if redacted(c.Request.Context(), kind) {
			get = s.viewedEntity
		}
		e, err := get(c.Request.Context(), kind, c.Param("id"))
		if err != nil {
			s.fail(c, err)
			return
		}
		tag := etag(e.Metadata().Version)
		if notModified(c, tag) {
			return
		}
		c.Header("ETag", tag)
		s.respond(c, http.StatusOK, e)
	}
}

// updateEntity answers PUT /api/v1/<collection>/{id}: it replaces the entity with the
// body. The version the client last read must be given in If-Match or in the body's
// version (428 if neither, 400 if they differ, 409 if it is stale).
func (s *Server) updateEntity(kind graph.Kind) gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.Param("id")
		e := graph.New(kind)
		if err := decode(c, e); err != nil {
			s.fail(c, err)
			return
		}
		m := e.Metadata()
		if m.ID != "" && m.ID != id {
			s.fail(c, newProblem(http.StatusUnprocessableEntity, "invalid", "Die ID im Körper passt nicht zur Adresse.",
				graph.FieldError{Field: "id", Message: "Die ID muss " + strconv.Quote(id) + " sein oder fehlen."}))
			return
		}
		version, err := expectedVersion(c, m.Version)
		if err != nil {
			s.fail(c, err)
			return
		}
		m.ID, m.Version = id, version
		if w, ok := e.(*graph.Wave); ok {
			if err := s.checkReopen(c, id, w); err != nil {
				s.fail(c, err)
				return
			}
		}
		if err := s.store.Update(c.Request.Context(), e); err != nil {
			s.fail(c, err)
			return
		}
		// Answer with the stored entity, as GET would.
		stored, err := s.store.Get(c.Request.Context(), kind, id)
		if err != nil {
			s.fail(c, err)
			return
		}
		c.Header("ETag", etag(stored.Metadata().Version))
		s.respond(c, http.StatusOK, stored)
	}
}

// deleteResponse says what DELETE removed.
type deleteResponse struct {
	Kind graph.Kind `json:"kind"`
	ID   string     `json:"id"`
	// AlsoDeleted counts the dependents deleted with it (cascade), by kind.
	AlsoDeleted graph.Deleted `json:"also_deleted" nullable:"false"`
}

// deleteEntity answers DELETE /api/v1/<collection>/{id}. The version may be given as
// ?version= or If-Match; ?cascade=true (actors only) deletes the actor's
// cooperations and offers with it.
func (s *Server) deleteEntity(kind graph.Kind) gin.HandlerFunc {
	return func(c *gin.Context) {
		q, err := newQueryParams(c.Request, deleteParams(kind)...)
		if err != nil {
			s.fail(c, err)
			return
		}
		var opts graph.DeleteOptions
		if opts.Cascade, err = q.boolean("cascade"); err != nil {
			s.fail(c, err)
			return
		}
		v, err := q.integer("version", 0, 1, maxVersion)
		if err != nil {
			s.fail(c, err)
			return
		}
		if opts.Version, err = ifMatch(c, int64(v)); err != nil {
			s.fail(c, err)
			return
		}
		id := c.Param("id")
		deleted, err := s.store.Delete(c.Request.Context(), kind, id, opts)
		if err != nil {
			s.fail(c, err)
			return
		}
		if deleted == nil {
			deleted = graph.Deleted{}
		}
		s.respond(c, http.StatusOK, deleteResponse{Kind: kind, ID: id, AlsoDeleted: deleted})
	}
}

// maxVersion is the largest version a client may name, the largest integer that
// JavaScript numbers hold exactly.
const maxVersion = 1<<53 - 1

// deleteParams returns the query parameters of DELETE for the kind: the version, and
// for actors cascade.
func deleteParams(kind graph.Kind) []string {
	if kind == graph.KindActor {
		return []string{"version", "cascade"}
	}
	return []string{"version"}
}

// expectedVersion returns the version an update expects: from If-Match or the body
// (which must agree if both are given). 428 if neither gives one.
func expectedVersion(c *gin.Context, body int64) (int64, error) {
	v, err := ifMatch(c, body)
	if err != nil {
		return 0, err
	}
	if v == 0 {
		return 0, newProblem(http.StatusPreconditionRequired, "precondition-required",
			"Zum Ändern muss die zuletzt gelesene Version angegeben werden, im Feld version oder im Kopf If-Match.",
			graph.FieldError{Field: "version", Message: "Die Version fehlt."})
	}
	return v, nil
}

// ifMatch returns the version named by the If-Match header, or other if there is
// none. Both must agree when both are given.
func ifMatch(c *gin.Context, other int64) (int64, error) {
	h := strings.TrimSpace(c.GetHeader("If-Match"))
	if h == "" {
		return other, nil
	}
	v, err := strconv.ParseInt(strings.Trim(h, `"`), 10, 64)
	if err != nil || v < 1 {
		return 0, badParam("If-Match", "Erwartet wird die Version als Entity-Tag, z. B. \"3\", nicht %s.", h)
	}
	if other != 0 && other != v {
		return 0, badParam("If-Match", "Die Version in If-Match (%d) widerspricht der Version %d in der Anfrage.", v, other)
	}
	return v, nil
}

// entityPath returns the path of an entity, for Location headers.
func entityPath(kind graph.Kind, id string) string {
	return "/api/v1/" + collections[kind] + "/" + id
}
