package api

import (
	"context"
	"io"
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
)

// analyse returns a handler for one analysis report. It allows the query parameters
// in params, turns them into the report's query with read, takes the current snapshot
// and responds with compute's result as JSON. The ETag names the revision and the
// query; the engine caches results per revision, and the encoded answers are cached
// too (respondCached). compute's Invalid errors concern the query and are 400
// problems naming the parameter.
func analyse[Q, T any](s *Server, params []string, read func(q *queryParams) (Q, error),
	compute func(ctx context.Context, n *graph.Network, query Q) (T, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		q, query, n, ok := analysisInput(s, c, params, read)
		if ok {
			respondReport(s, c, q, n, query, compute)
		}
	}
}

// respondReport answers with compute's result for the query q (read as query) on
// the network n, through the cache of answers (see analyse).
func respondReport[Q, T any](s *Server, c *gin.Context, q *queryParams, n *graph.Network, query Q,
	compute func(ctx context.Context, n *graph.Network, query Q) (T, error)) {
	key := answerKey{route: c.FullPath(), revision: n.Revision, state: n.State.Key(), query: q.values.Encode()}
	s.respondCached(c, key, analysisTag(n, q), func() (any, error) {
		return computeReport(c.Request.Context(), n, query, compute)
	})
}

// analyseTo is analyse with answer writing the result, for answers that are not JSON.
func analyseTo[Q, T any](s *Server, params []string, read func(q *queryParams) (Q, error),
	compute func(ctx context.Context, n *graph.Network, query Q) (T, error),
	answer func(c *gin.Context, n *graph.Network, query Q, res T)) gin.HandlerFunc {
	return func(c *gin.Context) {
		q, query, n, ok := analysisInput(s, c, params, read)
		if !ok {
			return
		}
		tag := analysisTag(n, q)
		if notModified(c, tag) {
			return
		}
		res, err := computeReport(c.Request.Context(), n, query, compute)
		if err != nil {
			s.fail(c, err)
			return
		}
		c.Header("ETag", tag)
		answer(c, n, query, res)
	}
}

// analysisInput reads the query of an analysis request with read (params and the
// state parameters wave and date) and takes the network of that state in the
// current snapshot. If it fails it answers the request and reports false.
func analysisInput[Q any](s *Server, c *gin.Context, params []string, read func(q *queryParams) (Q, error)) (*queryParams, Q, *graph.Network, bool) {
	var query Q
	q, err := newQueryParams(c.Request, slices.Concat(params, stateParams)...)
	if err == nil {
		query, err = read(q)
	}
	var st graph.State
	if err == nil {
		st, err = stateOf(q)
	}
	var n *graph.Network
	if err == nil {
		n, err = s.stateNetwork(c.Request.Context(), st, nil)
	}
	if err != nil {
		s.fail(c, err)
		return nil, query, nil, false
	}
	return q, query, n, true
}

// analysisTag is the ETag of an analysis answer: the revision, the state and the
// query.
func analysisTag(n *graph.Network, q *queryParams) string {
	return stateETag(n.Revision, n.State.Key()+"-"+q.values.Encode())
}

// computeReport runs compute; its Invalid errors become 400 problems.
func computeReport[Q, T any](ctx context.Context, n *graph.Network, query Q,
	compute func(ctx context.Context, n *graph.Network, query Q) (T, error)) (T, error) {
	res, err := compute(ctx, n, query)
	if graph.ErrorCode(err) == graph.Invalid {
		err = newProblem(http.StatusBadRequest, "bad-parameter", graph.ErrorMessage(err), graph.ErrorFields(err)...)
	}
	return res, err
}

// directedQuery reads ?directed for analyse.
func directedQuery(q *queryParams) (bool, error) { return q.boolean("directed") }

// analysisActors answers GET /api/v1/analysis/actors: the metrics of every actor as
// JSON (streamed for more than streamItems actors) or, with ?format=csv or xlsx, the
// table of importers.ActorMetricTable (see withTables).
func (s *Server) analysisActors() gin.HandlerFunc {
	report := func(c *gin.Context) {
		q, directed, n, ok := analysisInput(s, c, []string{"directed"}, directedQuery)
		switch {
		case !ok:
		case len(n.Actors) <= s.streamAbove:
			respondReport(s, c, q, n, directed, s.analysis.Actors)
		default:
			s.respondStreamed(c, analysisTag(n, q), func() (any, []jsonArray, error) {
				r, err := computeReport(c.Request.Context(), n, directed, s.analysis.Actors)
				if err != nil {
					return nil, nil, err
				}
				envelope := *r
				envelope.Actors = nil
				return envelope, []jsonArray{{"actors", len(r.Actors), func(i int) any { return &r.Actors[i] }}}, nil
			})
		}
	}
	return withTables(s, report, []string{"directed"}, directedQuery, s.analysis.Actors, "kennzahlen",
		func(n *graph.Network, r *analysis.ActorReport) []importers.Table {
			return []importers.Table{importers.ActorMetricTable(n, r)}
		})
}

// withTables returns a handler that answers with json, or, if the query has
// ?format, with compute's result laid out by tables as a download: format=xlsx a
// workbook with one sheet per table, format=csv the first table as a CSV file for
// German Excel (both with text cells neutralised against formula injection; see
// importers.EncodeTables and EncodeTableCSV). The file is named after word. params,
// read and compute are those of the JSON answer (see analyse); the file shows the
// same state and the same figures.
func withTables[Q, T any](s *Server, json gin.HandlerFunc, params []string, read func(q *queryParams) (Q, error),
	compute func(ctx context.Context, n *graph.Network, query Q) (T, error),
	word string, tables func(n *graph.Network, res T) []importers.Table) gin.HandlerFunc {
	file := analyseTo(s, append(slices.Clone(params), "format"),
		func(q *queryParams) (tableQuery[Q], error) {
			tq := tableQuery[Q]{format: q.str("format")}
			if tq.format != importers.FormatCSV && tq.format != importers.FormatXLSX {
				return tq, badParam("format", "Die Tabelle gibt es als csv oder xlsx, nicht %q; ohne format antwortet die Route mit JSON.", tq.format)
			}
			var err error
			tq.query, err = read(q)
			return tq, err
		},
		func(ctx context.Context, n *graph.Network, tq tableQuery[Q]) (T, error) {
			return compute(ctx, n, tq.query)
		},
		func(c *gin.Context, n *graph.Network, tq tableQuery[Q], res T) {
			ts := tables(n, res)
			s.attachment(c, tq.format, export.FileName(word, tq.format, s.today()), func(w io.Writer) error {
				if tq.format == importers.FormatCSV {
					return importers.EncodeTableCSV(w, ts[0])
				}
				return importers.EncodeTables(w, ts...)
			})
		})
	return func(c *gin.Context) {
		if c.Request.URL.Query().Has("format") {
			file(c)
			return
		}
		json(c)
	}
}

// tableQuery is the query of a table download: the file format
// (importers.FormatCSV or FormatXLSX) and the analysis' own query.
type tableQuery[Q any] struct {
	format string
	query  Q
}

// analysisNetwork answers GET /api/v1/analysis/network: the network and group metrics.
func (s *Server) analysisNetwork() gin.HandlerFunc {
	return analyse(s, []string{"directed"}, directedQuery, s.analysis.Network)
}

// analysisCommunities answers GET /api/v1/analysis/communities: the communities of
// the mutual network, found by ?algorithm (Louvain if absent, or Leiden).
func (s *Server) analysisCommunities() gin.HandlerFunc {
	return analyse(s, []string{"algorithm"}, communityAlgorithm, s.analysis.CommunitiesBy)
}

// communityAlgorithm reads ?algorithm for analysisCommunities.
func communityAlgorithm(q *queryParams) (string, error) {
	return q.choice("algorithm", analysis.Louvain, []string{analysis.Louvain, analysis.Leiden}, "Kooperationsgruppen findet louvain oder leiden")
}

// analysisDefinitions answers GET /api/v1/analysis/definitions: what each metric
// means, in German, with its reference convention.
func (s *Server) analysisDefinitions(c *gin.Context) {
	c.Header("Cache-Control", "max-age=3600")
	s.respond(c, http.StatusOK, analysis.Definitions())
}
