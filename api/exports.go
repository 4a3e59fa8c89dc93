package api

import (
	"cmp"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
)

// exportParams are the query parameters of GET /api/v1/exports/{format}: the filters
// of the network view, and what to export.
var exportParams = slices.Concat(actorFilterParams, cooperationFilterParams, []string{"kind", "metrics", "directed"}, stateParams)

// ExportParams returns the names of the query parameters that ParseExport reads: the
// filters of GET /api/v1/network, then kind, metrics, directed, wave and date. Each call returns
// a new slice.
func ExportParams() []string { return slices.Clone(exportParams) }

// ParseExport reads an export request as GET /api/v1/exports/{format} takes it: the
// format's name and the query string (see ExportParams). The command line's export
// passes its options through it, so that both take the same filters with the same
// checks and messages. The request's Date is today. An unknown format is a 404
// problem and a wrong parameter a 400 problem that names it; ProblemDetail returns
// their German text.
func ParseExport(format, rawQuery string) (export.Request, error) {
	var x export.Request
	var ok bool
	if x.Format, ok = importers.FormatByName(format); !ok || !x.Format.Encode {
		return x, newProblem(http.StatusNotFound, "not-found", fmt.Sprintf("Das Exportformat „%s“ gibt es nicht; möglich sind: %s.",
			format, formatNames(func(f importers.Format) bool { return f.Encode })))
	}
	q, err := parseQuery(rawQuery, exportParams...)
	if err != nil {
		return x, err
	}
	if x.Actors, x.Cooperations, err = q.networkFilters(); err != nil {
		return x, err
	}
	x.Kind = graph.Kind(q.str("kind"))
	if x.Directed, err = directedQuery(q); err != nil {
		return x, err
	}
	if x.Metrics, err = q.boolean("metrics"); err != nil {
		return x, err
	}
	x.Date = time.Now()
	if x.State, err = stateOf(q); err != nil {
		return x, err
	}
	if x.State.Date != "" {
		if _, err := graph.ParseDate("date", x.State.Date); err != nil {
			return x, stateProblem(err, nil)
		}
	}
	if err := x.Validate(); err != nil {
		f := graph.ErrorFields(err)[0]
		return x, badParam(f.Field, "%s", f.Message)
	}
	return x, nil
}

// ProblemDetail returns the German text that the API answers err with: the detail of
// a problem, or the message of a domain error.
func ProblemDetail(err error) string {
	if p, ok := errors.AsType[*problem](err); ok {
		return p.Detail
	}
	return graph.ErrorMessage(err)
}

// export answers GET /api/v1/exports/{format}: the network in one of importers'
// formats as a download, made by export.New from ParseExport's request. The filters
// of the network view select actors; only the cooperations (that the cooperation
// filters select) and offers among the kept actors remain. ?kind chooses the entities
// of a CSV file (default actors); ?metrics=true (role analyst) adds the metrics of
// the whole network, computed as /api/v1/analysis/actors does (?directed), to XLSX,
// GEXF and GraphML files. ?wave or ?date choose the state of the metrics (default
// today) and, when given, make the file hold the network of that state, one tie per
// pair of actors (see export.Request.State).
func (s *Server) export(c *gin.Context) {
	x, err := ParseExport(c.Param("format"), c.Request.URL.RawQuery)
	if err == nil && x.Metrics {
		err = requireAnalyst(c)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	x.Date = s.today()
	n, err := s.snapshot(c.Request.Context())
	if err == nil {
		_, err = n.ResolveState(x.State, x.Date)
		err = stateProblem(err, nil)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	// The engine caches the metrics by revision, so export.New computes them on the
	// snapshot, never on the filtered copy.
	f, err := export.New(c.Request.Context(), n, x, s.analysis)
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := s.auditDownload(c, auditExport, f.Format.Name, f.Name); err != nil {
		s.fail(c, err)
		return
	}
	s.attachment(c, f.Format.Name, f.Name, f.Write)
}

// requireAnalyst checks that the caller may have metrics: role analyst, as the
// analysis routes.
func requireAnalyst(c *gin.Context) error {
	if p := principalOf(c); p == nil || !p.Role.Allows(graph.RoleAnalyst) {
		return newProblem(http.StatusForbidden, "forbidden", "Für Kennzahlen (metrics=true) ist die Rolle analyst nötig.")
	}
	return nil
}

// networkFilters reads the actor filters (actorFilterParams) and the cooperation
// filters (cooperationFilterParams) of the network view and the exports as two
// filters, each checked for its kind.
func (q *queryParams) networkFilters() (actors, coops graph.Filter, err error) {
	actors, err = q.filter(false)
	if err != nil {
		return actors, coops, err
	}
	// Split off the cooperation part; q names actors, not cooperations.
	coops = graph.Filter{WaveID: actors.WaveID, CooperationKind: actors.CooperationKind, MinIntensity: actors.MinIntensity, ReportedBy: actors.ReportedBy}
	actors.WaveID, actors.CooperationKind, actors.MinIntensity, actors.ReportedBy = "", "", 0, ""
	return actors, coops, cmp.Or(checkFilter(actors, graph.KindActor), checkFilter(coops, graph.KindCooperation))
}
