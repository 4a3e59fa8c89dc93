package api

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
)

// analyse returns a handler for one analysis report. It allows the query parameters
// in params, turns them into the report's query with read, takes the current snapshot
// and responds with compute's result as JSON. The ETag names the revision and the
// query; the engine caches results per revision. compute's Invalid errors concern the
// query and are 400 problems naming the parameter.
func analyse[Q, T any](s *Server, params []string, read func(q *queryParams) (Q, error),
	compute func(ctx context.Context, n *graph.Network, query Q) (T, error)) gin.HandlerFunc {
	return analyseTo(s, params, read, compute, func(c *gin.Context, _ *graph.Network, _ Q, res T) {
		s.respond(c, http.StatusOK, res)
	})
}

// analyseTo is analyse with answer writing the result.
func analyseTo[Q, T any](s *Server, params []string, read func(q *queryParams) (Q, error),
	compute func(ctx context.Context, n *graph.Network, query Q) (T, error),
	answer func(c *gin.Context, n *graph.Network, query Q, res T)) gin.HandlerFunc {
	return func(c *gin.Context) {
		q, err := newQueryParams(c.Request, params...)
		if err != nil {
			s.fail(c, err)
			return
		}
		query, err := read(q)
		if err != nil {
			s.fail(c, err)
			return
		}
		n, err := s.snapshots.get(c.Request.Context())
		if err != nil {
			s.fail(c, err)
			return
		}
		tag := `"` + strconv.FormatInt(n.Revision, 10) + "-" + q.values.Encode() + `"`
		if notModified(c, tag) {
			return
		}
		res, err := compute(c.Request.Context(), n, query)
		if graph.ErrorCode(err) == graph.Invalid {
			err = newProblem(http.StatusBadRequest, "bad-parameter", graph.ErrorMessage(err), graph.ErrorFields(err)...)
		}
		if err != nil {
			s.fail(c, err)
			return
		}
		c.Header("ETag", tag)
		answer(c, n, query, res)
	}
}

// directedQuery reads ?directed for analyse.
func directedQuery(q *queryParams) (bool, error) { return q.boolean("directed") }

// analysisActors answers GET /api/v1/analysis/actors: the metrics of every actor as
// JSON or, with ?format=csv or xlsx, the table of importers.ActorMetricTable (German
// headers) as a CSV file for German Excel or a workbook with the sheet "Kennzahlen".
func (s *Server) analysisActors() gin.HandlerFunc {
	report := analyse(s, []string{"directed"}, directedQuery, s.analysis.Actors)
	table := analyseTo(s, []string{"directed", "format"}, readMetricTable,
		func(ctx context.Context, n *graph.Network, tq metricTableQuery) (*analysis.ActorReport, error) {
			return s.analysis.Actors(ctx, n, tq.directed)
		},
		func(c *gin.Context, n *graph.Network, tq metricTableQuery, r *analysis.ActorReport) {
			t := importers.ActorMetricTable(n, r)
			s.attachment(c, tq.format, export.FileName("kennzahlen", tq.format, time.Now()), func(w io.Writer) error {
				if tq.format == importers.FormatCSV {
					return importers.EncodeTableCSV(w, t)
				}
				return importers.EncodeTables(w, t)
			})
		})
	return func(c *gin.Context) {
		if c.Request.URL.Query().Has("format") {
			table(c)
			return
		}
		report(c)
	}
}

// metricTableQuery is the query of a metric table download.
type metricTableQuery struct {
	format   string // importers.FormatCSV or FormatXLSX
	directed bool
}

// readMetricTable reads the parameters of a metric table download.
func readMetricTable(q *queryParams) (metricTableQuery, error) {
	tq := metricTableQuery{format: q.str("format")}
	if tq.format != importers.FormatCSV && tq.format != importers.FormatXLSX {
		return tq, badParam("format", "Die Kennzahlentabelle gibt es als csv oder xlsx, nicht %q; ohne format antwortet die Route mit JSON.", tq.format)
	}
	var err error
	tq.directed, err = directedQuery(q)
	return tq, err
}

// analysisNetwork answers GET /api/v1/analysis/network: the network and group metrics.
func (s *Server) analysisNetwork() gin.HandlerFunc {
	return analyse(s, []string{"directed"}, directedQuery, s.analysis.Network)
}

// analysisCommunities answers GET /api/v1/analysis/communities: Louvain communities of
// the mutual network.
func (s *Server) analysisCommunities() gin.HandlerFunc { return planning(s, s.analysis.Communities) }

// analysisDefinitions answers GET /api/v1/analysis/definitions: what each metric
// means, in German, with its reference convention.
func (s *Server) analysisDefinitions(c *gin.Context) {
	c.Header("Cache-Control", "max-age=3600")
	s.respond(c, http.StatusOK, analysis.Definitions())
}
