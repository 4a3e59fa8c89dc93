package api

import (
	"context"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// measureStates serves the evaluation of measures from the server's caches of state
// networks and analyses.
type measureStates struct {
	s    *Server
	full *graph.Network
}

// At returns the cached network of the state.
func (m measureStates) At(_ context.Context, st graph.State) (*graph.Network, error) {
	info, err := m.full.ResolveState(st, m.s.today())
	if err != nil {
		return nil, err
	}
	return m.s.states.get(m.full, info), nil
}

// Gaps returns the engine's gap analysis of the state network.
func (m measureStates) Gaps(ctx context.Context, net *graph.Network) (*plan.GapReport, error) {
	return m.s.analysis.Gaps(ctx, net)
}

// measureEvaluations is the answer of GET /api/v1/analysis/measures.
type measureEvaluations struct {
	Revision int64 `json:"revision"`
	// Evaluations hold one evaluation per measure, in the order of the measures' IDs.
	Evaluations []measures.Evaluation `json:"evaluations"`
}

// analysisMeasures answers GET /api/v1/analysis/measures: every measure evaluated at
// the waves after its agreement (see graph/analysis/measures).
func (s *Server) analysisMeasures(c *gin.Context) {
	if _, err := newQueryParams(c.Request); err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	n, err := s.snapshot(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	// Redaction keeps a pseudonymised answer apart (see readerView).
	key := answerKey{route: c.FullPath(), revision: n.Revision, state: n.Redaction}
	s.respondCached(c, key, `"`+strconv.FormatInt(n.Revision, 10)+n.Redaction+`"`, func() (any, error) {
		evs, err := measures.Evaluate(ctx, n, measureStates{s: s, full: n})
		return measureEvaluations{Revision: n.Revision, Evaluations: evs}, err
	})
}

// measureEvaluation answers GET /api/v1/measures/{id}/evaluation.
func (s *Server) measureEvaluation(c *gin.Context) {
	if _, err := newQueryParams(c.Request); err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	n, err := s.snapshot(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	id := c.Param("id")
	for i := range n.Measures {
		if m := &n.Measures[i]; m.ID == id {
			key := answerKey{route: c.FullPath(), revision: n.Revision, state: n.Redaction, query: id}
			s.respondCached(c, key, `"`+strconv.FormatInt(n.Revision, 10)+n.Redaction+"-"+id+`"`, func() (any, error) {
				return measures.EvaluateOne(ctx, n, measureStates{s: s, full: n}, m)
			})
			return
		}
	}
	s.fail(c, graph.Errorf(graph.NotFound, "Eine Maßnahme %q gibt es nicht.", id))
}
