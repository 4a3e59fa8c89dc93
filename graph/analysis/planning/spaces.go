package planning

import (
	"context"
	"errors"
	"math"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// SpaceMetrics are the network figures of part of the mutual network: the actors
// serving one social space and the ties among them.
type SpaceMetrics struct {
	SocialSpace string `json:"social_space"`
	Name        string `json:"name"`
	Level       string `json:"level"`
	// Actors counts the actors serving the space (see Profiles); Local those whose
	// own social spaces lie within it, leaving out county-wide actors.
	Actors int `json:"actors"`
	Local  int `json:"local_actors"`
	// Ties, Density, Components and LargestComponent describe the subnetwork of the
	// serving actors, as NetworkReport does for the whole network.
	Ties             int     `json:"ties"`
	Density          float64 `json:"density"`
	Components       int     `json:"components"`
	LargestComponent int     `json:"largest_component"`
	MeanDegree       float64 `json:"mean_degree"`
	// DegreeCentralization is Freeman's degree centralisation of the subnetwork.
	DegreeCentralization float64 `json:"degree_centralization"`
	// Clustering is the mean clustering coefficient of the subnetwork.
	Clustering float64 `json:"clustering"`
	// EI is the E-I index by primary legal domain within the subnetwork.
	EI metrics.Number `json:"ei_index"`
	// LocalDensity is the density among the local actors only, and LocalRatio that
	// density over the density of the whole network (null with fewer than two local
	// actors or no ties in the network).
	LocalDensity float64        `json:"local_density"`
	LocalRatio   metrics.Number `json:"local_ratio"`
}

// SpaceReport lists the figures of every social space side by side.
type SpaceReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State *graph.StateInfo `json:"state" nullable:"false"`
	// Density is the density of the whole mutual network.
	Density float64        `json:"density"`
	Spaces  []SpaceMetrics `json:"social_spaces"`
}

// SocialSpacesOf returns the network figures of the actors serving each social space
// of the mutual network g with profiles p, in the snapshot's order of social
// spaces; rev is the snapshot's revision.
func SocialSpacesOf(ctx context.Context, rev int64, g *metrics.Graph, p *Profiles) (*SpaceReport, error) {
	r := &SpaceReport{Revision: rev, Density: metrics.Density(g), Spaces: make([]SpaceMetrics, len(p.Spaces))}
	group, names := metrics.GroupsBy(&graph.Network{Actors: p.Actors}, metrics.PrimaryLegalDomain)
	serving := p.serving()
	failed := make([]error, len(p.Spaces))
	_, err := parallel.For(ctx, len(p.Spaces), func() struct{} { return struct{}{} }, func(_ struct{}, s int) {
		r.Spaces[s], failed[s] = spaceMetrics(ctx, g, p, s, serving[s], group, names, r.Density)
	})
	if err != nil {
		return nil, err
	}
	if err := errors.Join(failed...); err != nil {
		return nil, err
	}
	return r, nil
}

// spaceMetrics returns the figures of space s, served by the actors nodes, in the
// network g of density density, with the actors' primary legal domains group.
func spaceMetrics(ctx context.Context, g *metrics.Graph, p *Profiles, s int, nodes []int, group []int, names []string,
	density float64) (SpaceMetrics, error) {
	sp := &p.Spaces[s]
	sub := metrics.Subgraph(g, nodes)
	m := SpaceMetrics{SocialSpace: sp.ID, Name: sp.Name, Level: sp.Level, Actors: sub.N(), Ties: sub.M(),
		Density: metrics.Density(sub), DegreeCentralization: metrics.DegreeCentralization(sub), LocalRatio: metrics.Number(math.NaN())}
	_, sizes := metrics.Components(sub)
	m.Components = len(sizes)
	if len(sizes) > 0 {
		m.LargestComponent = slices.Max(sizes)
		m.MeanDegree = 2 * float64(sub.M()) / float64(sub.N())
	}
	cc, err := metrics.Clustering(ctx, sub)
	if err != nil {
		return m, err
	}
	for _, c := range cc {
		m.Clustering += c / float64(len(cc))
	}
	subGroup := make([]int, len(nodes))
	for i, v := range nodes {
		subGroup[i] = group[v]
	}
	m.EI = metrics.GroupMixing(sub, subGroup, names).EI
	var local []int
	for _, v := range nodes {
		if p.local(v, s) {
			local = append(local, v)
		}
	}
	m.Local = len(local)
	if len(local) > 1 {
		m.LocalDensity = metrics.Density(metrics.Subgraph(g, local))
		if density > 0 {
			m.LocalRatio = metrics.Number(m.LocalDensity / density)
		}
	}
	return m, nil
}
