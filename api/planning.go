package api

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
)

// maxWhatIfBytes limits the body of POST /api/v1/analysis/what-if: room for
// analysis.MaxProposal ties and removals with long IDs.
const maxWhatIfBytes = 256 << 10

// planning returns a handler for a planning report of the mutual network, which takes
// no parameters.
func planning[T any](s *Server, compute func(ctx context.Context, n *graph.Network) (T, error)) gin.HandlerFunc {
	return analyse(s, false, func(ctx context.Context, n *graph.Network, _ bool) (T, error) { return compute(ctx, n) })
}

// analysisCouplingPotentials answers GET /api/v1/analysis/coupling-potentials: ranked
// pairs of actors of different legal domains without a tie, with reasons. Unknown
// filter values are 400 problems naming the parameter.
func (s *Server) analysisCouplingPotentials(c *gin.Context) {
	q, err := newQueryParams(c.Request, "social_space", "legal_domain", "actor_id", "target_group", "limit")
	if err != nil {
		s.fail(c, err)
		return
	}
	pq := analysis.PotentialQuery{SocialSpace: q.str("social_space"), LegalDomain: q.str("legal_domain"),
		ActorID: q.str("actor_id"), TargetGroup: q.str("target_group")}
	if pq.Limit, err = q.integer("limit", 50, 1, 1000); err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.snapshots.get(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	tag := `"` + strconv.FormatInt(n.Revision, 10) + "-" + c.Request.URL.RawQuery + `"`
	if notModified(c, tag) {
		return
	}
	r, err := s.analysis.CouplingPotentials(c.Request.Context(), n, pq)
	if graph.ErrorCode(err) == graph.Invalid {
		err = newProblem(http.StatusBadRequest, "bad-parameter", graph.ErrorMessage(err), graph.ErrorFields(err)...)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("ETag", tag)
	s.respond(c, http.StatusOK, r)
}

// analysisWhatIf answers POST /api/v1/analysis/what-if: the coupling matrix and the
// resilience recomputed with proposed ties added and actors removed. It writes
// nothing; an invalid proposal is a 422 problem naming each bad field.
func (s *Server) analysisWhatIf(c *gin.Context) {
	var p analysis.Proposal
	if err := decode(c, &p); err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.snapshots.get(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	r, err := s.analysis.WhatIf(c.Request.Context(), n, p)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, r)
}
