package api

import (
	"context"
	"slices"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// maxWhatIfBytes limits the body of POST /api/v1/analysis/what-if: room for
// plan.MaxProposal ties and removals with long IDs.
const maxWhatIfBytes = 256 << 10

// planning returns a handler for a report of the mutual network that takes no
// parameters but the state: JSON, or with ?format=csv or xlsx the tables that
// tables lays out, in a file named after word (see withTables).
func planning[T any](s *Server, compute func(ctx context.Context, n *graph.Network) (T, error),
	word string, tables func(n *graph.Network, res T) []importers.Table) gin.HandlerFunc {
	none := func(*queryParams) (struct{}, error) { return struct{}{}, nil }
	report := func(ctx context.Context, n *graph.Network, _ struct{}) (T, error) { return compute(ctx, n) }
	return withTables(s, analyse(s, nil, none, report), nil, none, report, word, tables)
}

// The parameters of GET /api/v1/analysis/coupling-potentials: the filters
// potentialParams and a limit of at most maxPotentials pairs, defaultPotentials if
// absent.
var potentialParams = []string{"social_space", "legal_domain", "actor_id", "target_group"}

const (
	defaultPotentials = 50
	maxPotentials     = 1000
)

// potentialQuery reads the parameters of GET /api/v1/analysis/coupling-potentials.
func potentialQuery(q *queryParams) (plan.PotentialQuery, error) {
	pq := plan.PotentialQuery{SocialSpace: q.str("social_space"), LegalDomain: q.str("legal_domain"),
		ActorID: q.str("actor_id"), TargetGroup: q.str("target_group")}
	var err error
	if pq.CountyWide, err = q.boolean("county_wide"); err != nil {
		return pq, err
	}
	pq.Limit, err = q.integer("limit", defaultPotentials, 1, maxPotentials)
	return pq, err
}

// analysisCouplingPotentials answers GET /api/v1/analysis/coupling-potentials: ranked
// pairs of actors of different legal domains without a tie, with reasons, as JSON or
// (?format=csv or xlsx) as importers.PotentialTables. Unknown filter values are 400
// problems naming the parameter.
func (s *Server) analysisCouplingPotentials() gin.HandlerFunc {
	params := append(slices.Clone(potentialParams), "county_wide", "limit")
	return withTables(s, analyse(s, params, potentialQuery, s.analysis.CouplingPotentials),
		params, potentialQuery, s.analysis.CouplingPotentials, "kopplungspotenziale", importers.PotentialTables)
}

// analysisCouplingMatrix answers GET /api/v1/analysis/coupling-matrix: the matrices
// of the whole network and, if social_space names one, that space's legal domain
// matrix, as JSON or (?format=csv or xlsx) as importers.CouplingTables. An unknown
// social space is a 400 problem naming the parameter.
func (s *Server) analysisCouplingMatrix() gin.HandlerFunc {
	params := []string{"social_space"}
	read := func(q *queryParams) (string, error) { return q.str("social_space"), nil }
	return withTables(s, analyse(s, params, read, s.analysis.CouplingMatrix),
		params, read, s.analysis.CouplingMatrix, "kopplungsmatrix", importers.CouplingTables)
}

// analysisWhatIf answers POST /api/v1/analysis/what-if: the coupling matrix and the
// resilience of the state that wave or date choose (default today) recomputed with
// proposed ties added and actors removed. It writes
// nothing; an invalid proposal is a 422 problem naming each bad field. The answer
// is kept per revision, state and proposal, so that a proposal asked again (such as
// a saved scenario opened again) is answered at once.
func (s *Server) analysisWhatIf(c *gin.Context) {
	q, err := newQueryParams(c.Request, stateParams...)
	if err != nil {
		s.fail(c, err)
		return
	}
	var p plan.Proposal
	if err := decode(c, &p); err != nil {
		s.fail(c, err)
		return
	}
	st, err := stateOf(q)
	if err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.stateNetwork(c.Request.Context(), st, nil)
	if err != nil {
		s.fail(c, err)
		return
	}
	body, err := bodyKey(p)
	if err != nil {
		s.fail(c, err)
		return
	}
	key := answerKey{route: c.FullPath(), revision: n.Revision, state: n.State.Key(), query: body}
	s.respondCachedPost(c, key, func() (any, error) { return s.analysis.WhatIf(c.Request.Context(), n, p) })
}
