package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// profilesOf returns the cached actor profiles of the snapshot.
func (e *Engine) profilesOf(ctx context.Context, net *graph.Network) (*planning.Profiles, error) {
	return cachedData(ctx, e, net, cacheKey{what: "profiles", directed: false}, func(context.Context) (*planning.Profiles, error) {
		return planning.NewProfiles(net), nil
	})
}

// planningInputs returns what every planning analysis starts from: the mutual graph
// and the actor profiles of the snapshot, both cached per revision.
func (e *Engine) planningInputs(ctx context.Context, net *graph.Network) (*metrics.Graph, *planning.Profiles, error) {
	g, err := e.graphOf(ctx, net, false)
	if err != nil {
		return nil, nil, err
	}
	p, err := e.profilesOf(ctx, net)
	if err != nil {
		return nil, nil, err
	}
	return g, p, nil
}

// planningReport returns the report cached under name for the snapshot's revision,
// built from the planning inputs on first use; an error names the report.
func planningReport[T any](ctx context.Context, e *Engine, net *graph.Network, name string,
	build func(ctx context.Context, g *metrics.Graph, p *planning.Profiles) (T, error)) (T, error) {
	return cached(ctx, e, net, cacheKey{what: name, directed: false}, func(ctx context.Context) (T, error) {
		g, p, err := e.planningInputs(ctx, net)
		if err != nil {
			var zero T
			return zero, err
		}
		r, err := build(ctx, g, p)
		return r, wrap(name, err)
	})
}

// wrap prefixes an analysis error with the report's name.
func wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("analysis: %s: %w", what, err)
}

// CouplingMatrix returns planning.CouplingReportOf the snapshot's mutual network,
// with the Engine's thresholds for weak coupling, cached per revision and state.
// If space is not empty, the report also holds planning.SpaceCouplingOf that social
// space, computed on each call; an unknown space is a graph.Invalid error naming
// the field social_space.
func (e *Engine) CouplingMatrix(ctx context.Context, net *graph.Network, space string) (*planning.CouplingReport, error) {
	r, err := planningReport(ctx, e, net, "coupling", func(_ context.Context, g *metrics.Graph, p *planning.Profiles) (*planning.CouplingReport, error) {
		r := planning.CouplingReportOf(net.Revision, g, p, e.opts.Coupling)
		r.State = net.State
		return r, nil
	})
	if err != nil || space == "" {
		return r, err
	}
	g, p, err := e.planningInputs(ctx, net)
	if err != nil {
		return nil, err
	}
	sc, err := planning.SpaceCouplingOf(g, p, space, e.opts.Coupling)
	if err != nil {
		return nil, wrap("coupling", err)
	}
	out := *r // the cached report stays as it is
	out.SocialSpace = sc
	return &out, nil
}

// CouplingPotentials returns the coupling potentials of the snapshot's mutual
// network for q, scored with the Engine's weights (see planning.CouplingPotentials).
// An unknown social space, legal domain, target group or actor in q is a
// graph.Invalid error naming the query field. What does not depend on q, the
// planning.PotentialIndex, is cached per revision once for the states with the same
// data (graph.Network.DataKey), and the answers to the last maxPotentialAnswers
// queries per revision and state.
func (e *Engine) CouplingPotentials(ctx context.Context, net *graph.Network, q planning.PotentialQuery) (*planning.PotentialReport, error) {
	// The index depends on the data alone; the kept answers name the state.
	pc, err := cached(ctx, e, net, cacheKey{what: "potential answers"}, func(ctx context.Context) (*potentialCache, error) {
		index, err := cachedData(ctx, e, net, cacheKey{what: "potential index"}, func(ctx context.Context) (*planning.PotentialIndex, error) {
			g, p, err := e.planningInputs(ctx, net)
			if err != nil {
				return nil, err
			}
			return planning.NewPotentialIndex(g, p, e.opts.Potentials), nil
		})
		return &potentialCache{index: index}, err
	})
	if err != nil {
		return nil, err
	}
	q.Limit = cmp.Or(q.Limit, planning.DefaultPotentialLimit)
	if r, ok := pc.answer(q); ok {
		return r, nil
	}
	res, err := pc.index.Query(ctx, q)
	if err != nil {
		return nil, wrap("coupling potentials", err)
	}
	r := &planning.PotentialReport{Revision: net.Revision, State: net.State, PotentialResult: res}
	pc.keep(q, r)
	return r, nil
}

// maxPotentialAnswers and maxPotentialPairs bound the answers a potentialCache
// keeps: at most 32 answers of at most 10,000 pairs in all (some 2 KB each, with
// their reasons).
const (
	maxPotentialAnswers = 32
	maxPotentialPairs   = 10000
)

// potentialCache holds the potential index of one snapshot and the answers to the
// queries asked of it most recently. It is safe for concurrent use.
type potentialCache struct {
	index *planning.PotentialIndex
	mu    sync.Mutex
	// answers are the latest answers, the most recent last, with pairs pairs in all.
	answers []potentialAnswer
	pairs   int
}

type potentialAnswer struct {
	q planning.PotentialQuery
	r *planning.PotentialReport
}

// answer returns the kept answer to q and marks it as the most recent.
func (c *potentialCache) answer(q planning.PotentialQuery) (*planning.PotentialReport, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	i := slices.IndexFunc(c.answers, func(a potentialAnswer) bool { return a.q == q })
	if i < 0 {
		return nil, false
	}
	a := c.answers[i]
	c.answers = append(slices.Delete(c.answers, i, i+1), a)
	return a.r, true
}

// keep adds the answer r to q, dropping the oldest beyond maxPotentialAnswers and
// maxPotentialPairs.
func (c *potentialCache) keep(q planning.PotentialQuery, r *planning.PotentialReport) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if slices.ContainsFunc(c.answers, func(a potentialAnswer) bool { return a.q == q }) {
		return // a concurrent request answered it too
	}
	c.answers = append(c.answers, potentialAnswer{q, r})
	c.pairs += len(r.Potentials)
	for len(c.answers) > maxPotentialAnswers || c.pairs > maxPotentialPairs {
		c.pairs -= len(c.answers[0].r.Potentials)
		c.answers = slices.Delete(c.answers, 0, 1)
	}
}

// SocialSpaces returns planning.SocialSpacesOf the snapshot's mutual network.
func (e *Engine) SocialSpaces(ctx context.Context, net *graph.Network) (*planning.SpaceReport, error) {
	return planningReport(ctx, e, net, "social spaces", func(ctx context.Context, g *metrics.Graph, p *planning.Profiles) (*planning.SpaceReport, error) {
		r, err := planning.SocialSpacesOf(ctx, net.Revision, g, p)
		if r != nil {
			r.State = net.State
		}
		return r, err
	})
}

// Gaps returns planning.GapsOf the snapshot: the offers of every social space and
// field of action against the needs, and the gaps.
func (e *Engine) Gaps(ctx context.Context, net *graph.Network) (*planning.GapReport, error) {
	return cached(ctx, e, net, cacheKey{what: "gaps", directed: false}, func(ctx context.Context) (*planning.GapReport, error) {
		p, err := e.profilesOf(ctx, net)
		if err != nil {
			return nil, err
		}
		spaces, err := e.SocialSpaces(ctx, net)
		if err != nil {
			return nil, err
		}
		r := planning.GapsOf(net, p, spaces)
		r.State = net.State
		return r, nil
	})
}

// Resilience returns planning.ResilienceOf the snapshot's mutual network: for every
// actor, what its loss would do, the most critical actors first.
func (e *Engine) Resilience(ctx context.Context, net *graph.Network) (*planning.ResilienceReport, error) {
	return planningReport(ctx, e, net, "resilience", func(ctx context.Context, g *metrics.Graph, p *planning.Profiles) (*planning.ResilienceReport, error) {
		r, err := planning.ResilienceOf(ctx, net.Revision, g, p)
		if r != nil {
			r.State = net.State
		}
		return r, err
	})
}

// WhatIf returns planning.WhatIf for the snapshot and the proposal, with the
// Engine's thresholds; nothing is written. An invalid proposal is a graph.Invalid
// error naming the field.
func (e *Engine) WhatIf(ctx context.Context, net *graph.Network, pr planning.Proposal) (*planning.WhatIfReport, error) {
	if err := pr.Validate(net); err != nil {
		return nil, err // before the cached inputs and resilience are computed
	}
	g, p, err := e.planningInputs(ctx, net)
	if err != nil {
		return nil, err
	}
	before, err := e.Resilience(ctx, net)
	if err != nil {
		return nil, err
	}
	r, err := planning.WhatIf(ctx, net, g, p, before, pr, e.opts.Coupling)
	if err != nil {
		return nil, wrap("what-if", err)
	}
	r.State = net.State
	return r, nil
}
