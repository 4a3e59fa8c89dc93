package analysis

import (
	"context"
	"fmt"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// profilesOf returns the cached actor profiles of the snapshot.
func (e *Engine) profilesOf(ctx context.Context, net *graph.Network) (*Profiles, error) {
	return cached(ctx, e, net.Revision, cacheKey{"profiles", false}, func(context.Context) (*Profiles, error) {
		return NewProfiles(net), nil
	})
}

// planningInputs returns what every planning analysis starts from: the mutual graph
// and the actor profiles of the snapshot, both cached per revision.
func (e *Engine) planningInputs(ctx context.Context, net *graph.Network) (*Graph, *Profiles, error) {
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
// built from the planning inputs on first use.
func planningReport[T any](ctx context.Context, e *Engine, net *graph.Network, name string,
	build func(ctx context.Context, g *Graph, p *Profiles) (T, error)) (T, error) {
	return cached(ctx, e, net.Revision, cacheKey{name, false}, func(ctx context.Context) (T, error) {
		g, p, err := e.planningInputs(ctx, net)
		if err != nil {
			var zero T
			return zero, err
		}
		return build(ctx, g, p)
	})
}

// CouplingReport holds the coupling matrices of one snapshot's mutual network.
type CouplingReport struct {
	Revision     int64              `json:"revision"`
	Thresholds   CouplingThresholds `json:"thresholds"`
	LegalDomains CouplingMatrix     `json:"legal_domains"`
	ActorKinds   CouplingMatrix     `json:"actor_kinds"`
	// SocialSpaces holds the legal domain matrix among the actors serving each social
	// space, in the snapshot's order of social spaces.
	SocialSpaces []SpaceCoupling `json:"social_spaces"`
}

// SpaceCoupling is the legal domain matrix within one social space.
type SpaceCoupling struct {
	SocialSpace  string         `json:"social_space"`
	Name         string         `json:"name"`
	Actors       int            `json:"actors"`
	LegalDomains CouplingMatrix `json:"legal_domains"`
}

// CouplingMatrix returns the legal domain × legal domain matrix of the mutual
// network (every legal domain of an actor counts), the actor kind × actor kind
// matrix, and the legal domain matrix among the actors serving each social space
// (see Profiles), with the Engine's thresholds for weak coupling.
func (e *Engine) CouplingMatrix(ctx context.Context, net *graph.Network) (*CouplingReport, error) {
	return planningReport(ctx, e, net, "coupling", func(_ context.Context, g *Graph, p *Profiles) (*CouplingReport, error) {
		return couplingReport(net.Revision, g, p, e.opts.Coupling), nil
	})
}

func couplingReport(rev int64, g *Graph, p *Profiles, t CouplingThresholds) *CouplingReport {
	r := &CouplingReport{Revision: rev, Thresholds: t,
		LegalDomains: p.domainCoupling(g, nil, t), ActorKinds: p.kindCoupling(g, t)}
	for s, sp := range p.Spaces {
		nodes := p.actorsServing(s)
		r.SocialSpaces = append(r.SocialSpaces, SpaceCoupling{SocialSpace: sp.ID, Name: sp.Name, Actors: len(nodes),
			LegalDomains: p.domainCoupling(Subgraph(g, nodes), nodes, t)})
	}
	return r
}

// domainCoupling returns the legal domain matrix of g, whose node i is actor
// nodes[i] (or actor i if nodes is nil).
func (p *Profiles) domainCoupling(g *Graph, nodes []int, t CouplingThresholds) CouplingMatrix {
	member := make([][]int32, g.N())
	for i := range member {
		v := i
		if nodes != nil {
			v = nodes[i]
		}
		member[i] = p.domain[v].members()
	}
	return Coupling(g, member, groupsOf(p.domains), t).withoutEmptyGroups()
}

func (p *Profiles) kindCoupling(g *Graph, t CouplingThresholds) CouplingMatrix {
	member := make([][]int32, g.N())
	for v := range member {
		member[v] = []int32{p.kind[v]}
	}
	return Coupling(g, member, groupsOf(p.kinds), t).withoutEmptyGroups()
}

func groupsOf(c *codebook) []CouplingGroup {
	out := make([]CouplingGroup, len(c.codes))
	for i := range out {
		out[i] = CouplingGroup{Code: c.codes[i], Label: c.labels[i]}
	}
	return out
}

func (m CouplingMatrix) withoutEmptyGroups() CouplingMatrix {
	m.Groups = slices.DeleteFunc(m.Groups, func(g CouplingGroup) bool { return g.Actors == 0 })
	return m
}

// wrap prefixes an analysis error with the report's name.
func wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("analysis: %s: %w", what, err)
}

// PotentialReport holds the coupling potentials of one snapshot for one query.
type PotentialReport struct {
	Revision int64 `json:"revision"`
	PotentialResult
}

// CouplingPotentials returns the coupling potentials of the snapshot's mutual
// network for q, scored with the Engine's weights (see the function
// CouplingPotentials). An unknown social space, legal domain, target group or actor
// in q is a graph.Invalid error naming the query field.
func (e *Engine) CouplingPotentials(ctx context.Context, net *graph.Network, q PotentialQuery) (*PotentialReport, error) {
	g, p, err := e.planningInputs(ctx, net)
	if err != nil {
		return nil, err
	}
	res, err := CouplingPotentials(ctx, g, p, e.opts.Potentials, q)
	if err != nil {
		return nil, wrap("coupling potentials", err)
	}
	return &PotentialReport{Revision: net.Revision, PotentialResult: res}, nil
}
