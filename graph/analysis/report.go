package analysis

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"golang.org/x/sync/errgroup"
)

// ActorReport holds the metrics of every actor of one snapshot.
type ActorReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State    *graph.StateInfo `json:"state" nullable:"false"`
	Directed bool             `json:"directed"`
	// Approximate says whether any value is estimated; Betweenness then describes
	// the error bound of betweenness (see ApproxBetweenness), Closeness that of
	// closeness and harmonic closeness (see ApproxCloseness), if they are estimated.
	Approximate bool                   `json:"approximate"`
	Betweenness *metrics.Approximation `json:"betweenness_approximation,omitempty"`
	Closeness   *metrics.Approximation `json:"closeness_approximation,omitempty"`
	Actors      []ActorMetrics         `json:"actors"`
	// Bridges are the ties whose loss splits the network, as pairs of actor IDs.
	Bridges [][2]string `json:"bridges"`
	// Notes explain, in German, where a figure falls short (such as an iteration
	// that did not converge).
	Notes []string `json:"notes,omitempty"`
}

// ActorMetrics are the metrics of one actor; Definitions explains each field by its
// JSON name. In the mutual view in-, out- and total degree coincide.
type ActorMetrics struct {
	ID                string            `json:"id"`
	Degree            int               `json:"degree"`
	InDegree          int               `json:"in_degree"`
	OutDegree         int               `json:"out_degree"`
	Strength          float64           `json:"strength"`
	Betweenness       float64           `json:"betweenness"`
	Closeness         float64           `json:"closeness"`
	Harmonic          float64           `json:"harmonic"`
	PageRank          float64           `json:"pagerank"`
	Eigenvector       float64           `json:"eigenvector"`
	Constraint        metrics.Number    `json:"constraint"`
	EffectiveSize     metrics.Number    `json:"effective_size"`
	Efficiency        metrics.Number    `json:"efficiency"`
	Hierarchy         metrics.Number    `json:"hierarchy"`
	CoreNumber        int               `json:"core_number"`
	Clustering        float64           `json:"clustering"`
	Brokerage         metrics.Brokerage `json:"brokerage"`
	ArticulationPoint bool              `json:"articulation_point"`
}

// Actors returns the metrics of every actor of the snapshot, on the mutual
// cooperation network or, if directed, on the directed one (see FromNetwork).
// Betweenness is exact up to Options.ExactLimit and approximate above it.
func (e *Engine) Actors(ctx context.Context, net *graph.Network, directed bool) (*ActorReport, error) {
	return cached(ctx, e, net, cacheKey{what: "actors", directed: directed}, func(ctx context.Context) (*ActorReport, error) {
		r, err := e.actors(ctx, net, directed)
		if err != nil {
			return nil, fmt.Errorf("analysis: actors: %w", err)
		}
		return r, nil
	})
}

func (e *Engine) actors(ctx context.Context, net *graph.Network, directed bool) (*ActorReport, error) {
	g, err := e.graphOf(ctx, net, directed)
	if err != nil {
		return nil, err
	}
	r := &ActorReport{Revision: net.Revision, State: net.State, Directed: directed, Actors: make([]ActorMetrics, g.N())}
	// The costly metrics do not depend on each other, so they run at the same time,
	// each also in parallel inside: the processors stay busy through the serial
	// parts of each. Every result is what it would be alone.
	var (
		bc                    betweenness
		closeness, harmonic   []float64
		closenessApprox       *metrics.Approximation
		pagerank, eigen       []float64
		pagerankErr, eigenErr error
		holes                 *metrics.Holes
		clustering            []float64
		brokerage             []metrics.Brokerage
		deg                   metrics.Degrees
		core                  []int
		cuts                  metrics.Cuts
	)
	grp, gctx := errgroup.WithContext(ctx)
	grp.Go(func() (err error) {
		bc, err = e.betweenness(gctx, net, g)
		return err
	})
	grp.Go(func() (err error) {
		closeness, harmonic, closenessApprox, err = e.closeness(gctx, g)
		return err
	})
	grp.Go(func() error {
		eigen, eigenErr = metrics.Eigenvector(gctx, g, metrics.Tol, metrics.MaxIter)
		return fatal(eigenErr)
	})
	grp.Go(func() (err error) {
		if pagerank, pagerankErr = metrics.PageRank(gctx, g, 0.85, metrics.Tol, metrics.MaxIter); fatal(pagerankErr) != nil {
			return pagerankErr
		}
		if holes, err = metrics.StructuralHoles(gctx, g); err != nil {
			return err
		}
		if clustering, err = metrics.Clustering(gctx, g); err != nil {
			return err
		}
		group, _ := metrics.GroupsBy(net, metrics.PrimaryLegalDomain)
		brokerage, err = metrics.BrokerageRoles(gctx, g, group)
		return err
	})
	grp.Go(func() error {
		deg, core, cuts = metrics.DegreesOf(g), metrics.CoreNumber(g), metrics.CutsOf(g)
		return nil
	})
	if err := grp.Wait(); err != nil {
		return nil, err
	}
	r.Approximate, r.Betweenness = bc.approx != nil, bc.approx
	if a := closenessApprox; a != nil {
		r.Approximate, r.Closeness = true, a
		r.Notes = append(r.Notes, fmt.Sprintf("Nähe und Erreichbarkeit sind aus %d zufällig gewählten Startpunkten je Netzteil geschätzt, "+
			"nicht aus allen Akteuren; mit %.0f %% Wahrscheinlichkeit weicht die Erreichbarkeit um höchstens %.0f %% der Größe des Netzteils ab.",
			a.Samples, 100*(1-a.Delta), 100*a.Epsilon))
	}
	r.converged(pagerankErr, "PageRank")
	r.converged(eigenErr, "Eigenvektor-Zentralität")
	for v := range r.Actors {
		r.Actors[v] = ActorMetrics{
			ID: g.ID(v), Degree: deg.Total[v], InDegree: deg.In[v], OutDegree: deg.Out[v], Strength: deg.Strength[v],
			Betweenness: bc.values[v], Closeness: closeness[v], Harmonic: harmonic[v],
			PageRank: pagerank[v], Eigenvector: eigen[v],
			Constraint: metrics.Number(holes.Constraint[v]), EffectiveSize: metrics.Number(holes.EffectiveSize[v]),
			Efficiency: metrics.Number(holes.Efficiency[v]), Hierarchy: metrics.Number(holes.Hierarchy[v]),
			CoreNumber: core[v], Clustering: clustering[v], Brokerage: brokerage[v],
			ArticulationPoint: cuts.Articulation[v],
		}
	}
	r.Bridges = make([][2]string, len(cuts.Bridges))
	for i, b := range cuts.Bridges {
		r.Bridges[i] = [2]string{g.ID(b[0]), g.ID(b[1])}
	}
	return r, nil
}

// closeness returns the closeness and harmonic centrality of every node: exact up to
// Options.ExactLimit, and above it estimated by ApproxCloseness, whose approximation
// it then returns too.
func (e *Engine) closeness(ctx context.Context, g *metrics.Graph) (closeness, harmonic []float64, approx *metrics.Approximation, err error) {
	if e.exact(g) {
		closeness, harmonic, err = metrics.ClosenessHarmonic(ctx, g)
		return closeness, harmonic, nil, err
	}
	closeness, harmonic, a, err := metrics.ApproxCloseness(ctx, g, e.opts.ClosenessEpsilon, e.opts.Delta, e.opts.Seed)
	if err != nil {
		return nil, nil, nil, err
	}
	return closeness, harmonic, &a, nil
}

// converged adds a note to r if err is ErrNoConvergence.
func (r *ActorReport) converged(err error, what string) {
	if errors.Is(err, metrics.ErrNoConvergence) {
		r.Notes = append(r.Notes, fmt.Sprintf("%s: Die Berechnung ist nach %d Schritten nicht zur Ruhe gekommen; die Werte sind Näherungen.", what, metrics.MaxIter))
	}
}

// fatal returns err unless it is metrics.ErrNoConvergence, whose result is kept as
// an approximation (see converged).
func fatal(err error) error {
	if errors.Is(err, metrics.ErrNoConvergence) {
		return nil
	}
	return err
}

// NetworkReport holds the figures of the whole network and its groups.
type NetworkReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State       *graph.StateInfo `json:"state" nullable:"false"`
	Directed    bool             `json:"directed"`
	Approximate bool             `json:"approximate"`
	Actors      int              `json:"actors"`
	// Ties counts the edges of the view: mutual ties, or arcs if directed.
	Ties        int     `json:"ties"`
	Density     float64 `json:"density"`
	Reciprocity float64 `json:"reciprocity"`
	Components  int     `json:"components"`
	// LargestComponent is the number of actors in the largest component.
	LargestComponent          int               `json:"largest_component"`
	Distances                 metrics.Distances `json:"distances"`
	DegreeCentralization      float64           `json:"degree_centralization"`
	BetweennessCentralization float64           `json:"betweenness_centralization"`
	Assortativity             metrics.Number    `json:"assortativity"`
	Modularity                float64           `json:"modularity"`
	Communities               int               `json:"communities"`
	// Groups holds the mixing by "legal_domain" (primary legal domain), "social_space"
	// (first social space) and "kind" (actor kind).
	Groups map[string]metrics.Mixing `json:"groups"`
}

// Network returns the network and group figures of the snapshot. Reciprocity always
// comes from the directed network; components, distances, degree centralisation,
// modularity and communities from the mutual one; the rest from the chosen view.
func (e *Engine) Network(ctx context.Context, net *graph.Network, directed bool) (*NetworkReport, error) {
	return cached(ctx, e, net, cacheKey{what: "network", directed: directed}, func(ctx context.Context) (*NetworkReport, error) {
		r, err := e.network(ctx, net, directed)
		if err != nil {
			return nil, fmt.Errorf("analysis: network: %w", err)
		}
		return r, nil
	})
}

func (e *Engine) network(ctx context.Context, net *graph.Network, directed bool) (*NetworkReport, error) {
	g, err := e.graphOf(ctx, net, directed)
	if err != nil {
		return nil, err
	}
	dg, err := e.graphOf(ctx, net, true)
	if err != nil {
		return nil, err
	}
	r := &NetworkReport{Revision: net.Revision, State: net.State, Directed: directed, Actors: g.N(), Ties: g.M(),
		Density: metrics.Density(g), Reciprocity: metrics.Reciprocity(dg), Assortativity: metrics.Number(metrics.Assortativity(g)),
		DegreeCentralization: metrics.DegreeCentralization(g), Groups: map[string]metrics.Mixing{}}
	_, sizes := metrics.Components(g)
	r.Components = len(sizes)
	if len(sizes) > 0 {
		r.LargestComponent = slices.Max(sizes)
	}
	samples := 0
	if !e.exact(g) {
		samples = e.opts.DistanceSamples
	}
	if r.Distances, err = metrics.DistancesOf(ctx, g, samples, e.opts.Seed); err != nil {
		return nil, err
	}
	bc, err := e.betweenness(ctx, net, g)
	if err != nil {
		return nil, err
	}
	r.BetweennessCentralization = metrics.BetweennessCentralization(bc.values)
	r.Approximate = bc.approx != nil || !r.Distances.Exact
	c, err := e.Communities(ctx, net)
	if err != nil {
		return nil, err
	}
	r.Modularity, r.Communities = c.Modularity, len(c.Communities)
	for name, by := range map[string]func(*graph.Actor) string{
		"legal_domain": metrics.PrimaryLegalDomain, "social_space": metrics.PrimarySocialSpace, "kind": metrics.ActorKind,
	} {
		group, names := metrics.GroupsBy(net, by)
		r.Groups[name] = metrics.GroupMixing(g, group, names)
	}
	return r, nil
}

// CommunityReport holds the communities of the mutual network.
type CommunityReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State *graph.StateInfo `json:"state" nullable:"false"`
	// Algorithm is the method that found the communities (Louvain or Leiden), and
	// Method its German explanation from Definitions.
	Algorithm   string      `json:"algorithm"`
	Method      string      `json:"method"`
	Seed        uint64      `json:"seed"`
	Resolution  float64     `json:"resolution"`
	Modularity  float64     `json:"modularity"`
	Communities []Community `json:"communities"`
}

// The community detection methods of CommunitiesBy.
const (
	Louvain = "louvain" // the default: as fast as Leiden's first iteration alone
	Leiden  = "leiden"
)

// communityMethods maps each community detection method to its kernel.
var communityMethods = map[string]func(context.Context, *metrics.Graph, float64, uint64) ([]int, error){
	Louvain: metrics.Louvain,
	Leiden:  metrics.Leiden,
}

// Community is one community, numbered in order of its first actor in the snapshot.
type Community struct {
	ID      int      `json:"id"`
	Size    int      `json:"size"`
	Members []string `json:"members"`
}

// Communities returns the communities of the snapshot's mutual cooperation network
// found by Louvain, the default method (see CommunitiesBy).
func (e *Engine) Communities(ctx context.Context, net *graph.Network) (*CommunityReport, error) {
	return e.CommunitiesBy(ctx, net, Louvain)
}

// CommunitiesBy returns the communities of the snapshot's mutual cooperation
// network found by the given method (Louvain or Leiden), with the Engine's seed and
// resolution, and their modularity. Both methods give the same communities for the
// same seed on any number of processors. An unknown method is an invalid-input
// error.
func (e *Engine) CommunitiesBy(ctx context.Context, net *graph.Network, algorithm string) (*CommunityReport, error) {
	find, ok := communityMethods[algorithm]
	if !ok {
		return nil, graph.Errorf(graph.Invalid, "Kooperationsgruppen findet louvain oder leiden, nicht „%s“.", algorithm)
	}
	return cached(ctx, e, net, cacheKey{what: "communities/" + algorithm, directed: false}, func(ctx context.Context) (*CommunityReport, error) {
		g, err := e.graphOf(ctx, net, false)
		if err != nil {
			return nil, err
		}
		comm, err := find(ctx, g, e.opts.Resolution, e.opts.Seed)
		if err != nil {
			return nil, fmt.Errorf("analysis: communities: %w", err)
		}
		r := &CommunityReport{Revision: net.Revision, State: net.State, Algorithm: algorithm, Method: definition("communities." + algorithm).Explanation,
			Seed: e.opts.Seed, Resolution: e.opts.Resolution, Modularity: metrics.Modularity(g, comm, e.opts.Resolution)}
		for v, c := range comm {
			if c == len(r.Communities) {
				r.Communities = append(r.Communities, Community{ID: c})
			}
			r.Communities[c].Size++
			r.Communities[c].Members = append(r.Communities[c].Members, g.ID(v))
		}
		return r, nil
	})
}
