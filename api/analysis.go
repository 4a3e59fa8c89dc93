package api

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
)

// analyse returns a handler for one analysis report: it reads ?directed, takes the
// current snapshot and responds with compute's result, tagged with the revision. The
// engine caches results per revision.
func analyse[T any](s *Server, directedParam bool, compute func(ctx context.Context, n *graph.Network, directed bool) (T, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		var allowed []string
		if directedParam {
			allowed = []string{"directed"}
		}
		q, err := newQueryParams(c.Request, allowed...)
		if err != nil {
			s.fail(c, err)
			return
		}
		directed, err := q.boolean("directed")
		if err != nil {
			s.fail(c, err)
			return
		}
		n, err := s.snapshots.get(c.Request.Context())
		if err != nil {
			s.fail(c, err)
			return
		}
		tag := `"` + strconv.FormatInt(n.Revision, 10) + "-" + strconv.FormatBool(directed) + `"`
		if notModified(c, tag) {
			return
		}
		res, err := compute(c.Request.Context(), n, directed)
		if err != nil {
			s.fail(c, err)
			return
		}
		c.Header("ETag", tag)
		s.respond(c, http.StatusOK, res)
	}
}

// analysisActors answers GET /api/v1/analysis/actors: the metrics of every actor.
func (s *Server) analysisActors() gin.HandlerFunc { return analyse(s, true, s.analysis.Actors) }

// analysisNetwork answers GET /api/v1/analysis/network: the network and group metrics.
func (s *Server) analysisNetwork() gin.HandlerFunc { return analyse(s, true, s.analysis.Network) }

// analysisCommunities answers GET /api/v1/analysis/communities: Louvain communities of
// the mutual network.
func (s *Server) analysisCommunities() gin.HandlerFunc {
	return analyse(s, false, func(ctx context.Context, n *graph.Network, _ bool) (*analysis.CommunityReport, error) {
		return s.analysis.Communities(ctx, n)
	})
}

// analysisDefinitions answers GET /api/v1/analysis/definitions: what each metric
// means, in German, with its reference convention.
func (s *Server) analysisDefinitions(c *gin.Context) {
	c.Header("Cache-Control", "max-age=3600")
	s.respond(c, http.StatusOK, analysis.Definitions)
}
