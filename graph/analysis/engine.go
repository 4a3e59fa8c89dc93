package analysis

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// Options tune an Engine. The zero value of a field selects its default.
type Options struct {
	// ExactLimit is the largest n·m (actors times ties) for which betweenness,
	// closeness, harmonic closeness and the distance figures are computed exactly;
	// above it they are sampled.
	// Default 1e9: exact betweenness on the 5,000-actor / 25,000-tie demo network
	// (mutual view: 16,122 ties, n·m ≈ 8e7) takes about 0.3 s on 2 cores, so the
	// limit keeps exact runs to a few seconds.
	ExactLimit float64
	// Epsilon and Delta bound the error of approximate betweenness (see
	// ApproxBetweenness). Defaults 0.01 and 0.1.
	Epsilon, Delta float64
	// ClosenessEpsilon bounds, with Delta, the error of approximate closeness and
	// harmonic closeness (see ApproxCloseness). Default 0.1: 781 breadth-first
	// searches per component for 100,000 actors, a few seconds on 1,000,000 ties;
	// the bound is for the worst case, and the values typically come within 1–2 %.
	ClosenessEpsilon float64
	// Seed makes Louvain, Leiden and all sampling reproducible. Default 1.
	Seed uint64
	// Resolution is the resolution γ of Louvain and Leiden. Default 1.
	Resolution float64
	// DistanceSamples is the number of breadth-first searches for diameter and mean
	// distance above ExactLimit. Default 256.
	DistanceSamples int
	// Coupling decides which pairs of groups the coupling matrix flags as weak.
	// Default planning.DefaultCouplingThresholds().
	Coupling planning.CouplingThresholds
	// Potentials weighs the parts of the coupling potential score and caps its
	// candidate buckets. Default planning.DefaultPotentialWeights().
	Potentials planning.PotentialWeights
}

func (o Options) withDefaults() Options {
	def := func(x *float64, d float64) {
		if *x == 0 {
			*x = d
		}
	}
	def(&o.ExactLimit, 1e9)
	def(&o.Epsilon, 0.01)
	def(&o.Delta, 0.1)
	def(&o.ClosenessEpsilon, 0.1)
	def(&o.Resolution, 1)
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.DistanceSamples == 0 {
		o.DistanceSamples = 256
	}
	if o.Coupling == (planning.CouplingThresholds{}) {
		o.Coupling = planning.DefaultCouplingThresholds()
	}
	if o.Potentials == (planning.PotentialWeights{}) {
		o.Potentials = planning.DefaultPotentialWeights()
	}
	return o
}

// Engine computes the reports of a network snapshot and caches them by the
// snapshot's revision and state (graph.Network.State: a wave or a date, keyed by
// graph.StateInfo.Key; a full snapshot has none), so that repeated requests cost
// nothing until a write raises the revision; then the old results are dropped.
// What depends on the data alone (graphs, betweenness, actor profiles, the
// potential index) is kept once for the states that hold the same data
// (graph.Network.DataKey), such as today's and the latest wave's. At
// most maxStates states are kept per revision, and only as many as hold maxItems
// actors and ties together (the results of a state take memory in proportion to
// them); the one used least recently goes first. Concurrent requests for the same
// report share one computation. A computation runs under the context of the request
// that started it; if that request is cancelled, waiting requests start over under
// their own contexts. A snapshot older than the newest one seen is computed but not
// cached. Engine is safe for concurrent use.
type Engine struct {
	opts     Options
	mu       sync.Mutex
	revision int64
	entries  map[cacheKey]*entry
	// used records when each state was last asked for (a counter) and its size,
	// to drop the least recently used one beyond maxStates or maxItems.
	used  map[string]stateUse
	clock int64
	// maxItems bounds the actors and ties of the kept states (the constant
	// maxItems; tests lower it).
	maxItems int
}

// stateUse is when a state was last asked for and the number of its actors and
// ties.
type stateUse struct {
	at    int64
	items int
}

// maxStates bounds the states whose results an Engine keeps per revision, and
// maxItems the actors and ties of those states together: three states of a
// federal state's network (100,000 actors and about 700,000 ties each), whose
// results take some 200 MB each; the state in use is kept in any case.
const (
	maxStates = 12
	maxItems  = 2_500_000
)

type cacheKey struct {
	what     string
	directed bool
	state    string // graph.StateInfo.Key of the network
}

type entry struct {
	done chan struct{}
	val  any
	err  error
}

// NewEngine returns an Engine with the given options.
func NewEngine(opts Options) *Engine {
	return &Engine{opts: opts.withDefaults(), revision: -1, entries: map[cacheKey]*entry{}, used: map[string]stateUse{},
		maxItems: maxItems}
}

// cached returns the value for key k of the network net (at its revision and state),
// computing it at most once. A failed computation (an error, or a panic, which
// becomes a graph.Internal error) is not cached: its waiters get its error, and the
// next request computes again.
func cached[T any](ctx context.Context, e *Engine, net *graph.Network, k cacheKey, compute func(context.Context) (T, error)) (T, error) {
	k.state = net.State.Key()
	return cachedAs(ctx, e, net, k, compute)
}

// cachedData is cached for a value that depends on the data of net alone, not on
// the point in time it shows (no report that names its state): states that hold the
// same data (graph.Network.DataKey), such as today's and the latest wave's, share
// one computation and one copy.
func cachedData[T any](ctx context.Context, e *Engine, net *graph.Network, k cacheKey, compute func(context.Context) (T, error)) (T, error) {
	k.state = net.DataKey()
	return cachedAs(ctx, e, net, k, compute)
}

// cachedAs is cached with k.state already set.
func cachedAs[T any](ctx context.Context, e *Engine, net *graph.Network, k cacheKey, compute func(context.Context) (T, error)) (T, error) {
	rev := net.Revision
	for {
		e.mu.Lock()
		if rev > e.revision {
			e.revision = rev
			clear(e.entries)
			clear(e.used)
		}
		if rev == e.revision {
			e.touch(k.state, len(net.Actors)+len(net.Cooperations))
		}
		if rev < e.revision {
			e.mu.Unlock()
			return compute(ctx)
		}
		en, ok := e.entries[k]
		if !ok {
			en = &entry{done: make(chan struct{})}
			e.entries[k] = en
			e.mu.Unlock()
			en.val, en.err = recovered(ctx, k, compute)
			if en.err != nil {
				e.mu.Lock()
				if e.entries[k] == en {
					delete(e.entries, k)
				}
				e.mu.Unlock()
			}
			close(en.done)
			v, _ := en.val.(T)
			return v, en.err
		}
		e.mu.Unlock()
		select {
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		case <-en.done:
		}
		if errors.Is(en.err, context.Canceled) || errors.Is(en.err, context.DeadlineExceeded) {
			continue // the request that computed it gave up; try under ours
		}
		v, _ := en.val.(T)
		return v, en.err
	}
}

// touch records a use of the state of the given size and, while the states are
// more than maxStates or hold more than maxItems actors and ties, drops the results
// of the one used least recently, other than this one. e.mu must be held.
func (e *Engine) touch(state string, items int) {
	e.clock++
	e.used[state] = stateUse{e.clock, items}
	for {
		total, oldest, at := 0, "", e.clock
		for s, u := range e.used {
			total += u.items
			if u.at < at {
				oldest, at = s, u.at
			}
		}
		if len(e.used) <= maxStates && total <= e.maxItems || at == e.clock {
			return // within bounds, or only the state in use is left
		}
		delete(e.used, oldest)
		for k := range e.entries {
			if k.state == oldest {
				delete(e.entries, k)
			}
		}
	}
}

// recovered returns compute(ctx), or a graph.Internal error if compute panics, so
// that a panic releases the computation's waiters with that error (the API answers
// 500) instead of leaving them waiting, and the process keeps serving.
func recovered[T any](ctx context.Context, k cacheKey, compute func(context.Context) (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			var zero T
			v, err = zero, &graph.Error{Code: graph.Internal, Message: "Die Analyse ist mit einem internen Fehler abgebrochen.",
				Err: fmt.Errorf("analysis: %s: panic: %v\n%s", k.what, r, debug.Stack())}
		}
	}()
	return compute(ctx)
}

// graphOf returns the cached graph of the snapshot.
func (e *Engine) graphOf(ctx context.Context, net *graph.Network, directed bool) (*metrics.Graph, error) {
	return cachedData(ctx, e, net, cacheKey{what: "graph", directed: directed}, func(context.Context) (*metrics.Graph, error) {
		return metrics.FromNetwork(net, directed), nil
	})
}

// exact reports whether the graph is small enough for exact all-pairs figures.
func (e *Engine) exact(g *metrics.Graph) bool {
	return float64(g.N())*float64(g.M()) <= e.opts.ExactLimit
}

// betweenness holds exact or approximate betweenness values.
type betweenness struct {
	values []float64
	approx *metrics.Approximation
}

func (e *Engine) betweenness(ctx context.Context, net *graph.Network, g *metrics.Graph) (betweenness, error) {
	return cachedData(ctx, e, net, cacheKey{what: "betweenness", directed: g.Directed()}, func(ctx context.Context) (betweenness, error) {
		if e.exact(g) {
			bc, err := metrics.Betweenness(ctx, g)
			return betweenness{values: bc}, err
		}
		bc, a, err := metrics.ApproxBetweenness(ctx, g, e.opts.Epsilon, e.opts.Delta, e.opts.Seed)
		return betweenness{bc, &a}, err
	})
}
