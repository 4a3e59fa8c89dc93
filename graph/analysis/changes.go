package analysis

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// Changes returns changes.Compare of two networks of states of one snapshot (see
// graph.Network.At), from (T1) to to (T2), built from the Engine's cached graphs,
// betweenness, coupling matrices and the coupling potentials of T1; the report is
// cached per revision and pair of states. Betweenness is compared only up to
// Options.ExactLimit, where it is exact; above, the report says so in a note.
func (e *Engine) Changes(ctx context.Context, from, to *graph.Network) (*changes.Report, error) {
	return cached(ctx, e, to, cacheKey{what: "changes|" + from.State.Key()}, func(ctx context.Context) (*changes.Report, error) {
		// The two sides and T1's potentials are independent: gathered at once, they
		// keep the cores busy where each alone runs on one.
		var t1, t2 *changes.Side
		var potentials *planning.PotentialReport
		g, gctx := errgroup.WithContext(ctx)
		g.Go(func() (err error) { t1, err = e.side(gctx, from); return err })
		g.Go(func() (err error) { t2, err = e.side(gctx, to); return err })
		g.Go(func() (err error) {
			potentials, err = e.CouplingPotentials(gctx, from, planning.PotentialQuery{Limit: changes.PotentialsTop})
			return err
		})
		if err := g.Wait(); err != nil {
			return nil, wrap("changes", err)
		}
		t1.Potentials = potentials.Potentials
		return changes.Compare(t1, t2), nil
	})
}

// side gathers what changes.Compare needs of one state, except the potentials.
func (e *Engine) side(ctx context.Context, net *graph.Network) (*changes.Side, error) {
	g, err := e.graphOf(ctx, net, false)
	if err != nil {
		return nil, err
	}
	// Betweenness only where it is exact: a sampled estimate of a large network
	// costs minutes and its error bound exceeds most actors' values, so the
	// comparison would show noise.
	var values []float64
	if e.exact(g) {
		bc, err := e.betweenness(ctx, net, g)
		if err != nil {
			return nil, err
		}
		values = bc.values
	}
	clustering, err := cachedData(ctx, e, net, cacheKey{what: "clustering"}, func(ctx context.Context) ([]float64, error) {
		return metrics.Clustering(ctx, g)
	})
	if err != nil {
		return nil, err
	}
	p, err := e.profilesOf(ctx, net)
	if err != nil {
		return nil, err
	}
	coupling, err := cachedData(ctx, e, net, cacheKey{what: "domain coupling"}, func(context.Context) (planning.CouplingMatrix, error) {
		return planning.DomainCoupling(g, p, e.opts.Coupling), nil
	})
	if err != nil {
		return nil, err
	}
	return &changes.Side{Net: net, Graph: g, Betweenness: values, Clustering: clustering, Coupling: coupling}, nil
}
