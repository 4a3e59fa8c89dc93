package report

import (
	"cmp"
	"context"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// TopActors is how many of the most central and of the most critical actors a
// profile lists.
const TopActors = 5

// Profile is the Sozialraumprofil: one social space at one state of the network.
type Profile struct {
	Space graph.SocialSpace
	State graph.StateInfo
	// Level is the German label of the space's level.
	Level string
	// Indicators are the space's yearly figures, one series per indicator.
	Indicators []Series
	// ByField and ByTargetGroup count the offers serving the space (see the
	// definition report.offers): ByField per field of action, ByTargetGroup per
	// target group (offers naming none count as "ohne Angabe").
	ByField       []Count
	ByTargetGroup []Count
	// Needs are the planners' targets for the space and the spaces within it,
	// checked against the supply (the cells of /analysis/gaps that carry a need).
	Needs []planning.SupplyCell
	// Gaps are the gaps of the space and the spaces within it.
	Gaps []planning.Gap
	// Figures are the network figures of the actors serving the space, as
	// /analysis/social-spaces answers them; nil if the analysis has none.
	Figures *planning.SpaceMetrics
	// Central are the local actors (see SpaceMetrics.Local) with the highest
	// betweenness, Critical those with the highest criticality (at most TopActors
	// each, only actors with a value above 0).
	Central  []analysis.ActorMetrics
	Critical []planning.ActorImpact
	// Potentials are the space's strongest coupling potentials (at most
	// TopPotentials).
	Potentials []planning.Potential
	Measures   []Measure
	// MinGroup is k for a pseudonymised profile (Extras.MinGroup): the rows of
	// ByField and ByTargetGroup that count fewer than MinGroup offers are left out,
	// and Suppressed counts them; Figures are left out if fewer than MinGroup actors
	// serve the space, and FiguresSuppressed says so.
	MinGroup          int
	Suppressed        int
	FiguresSuppressed bool
	// Methods define every figure the profile uses.
	Methods []analysis.Definition
	labels  *labels
}

// Series is the yearly series of one indicator.
type Series struct {
	Code   string
	Label  string
	Points []graph.Indicator
}

// Count is a number of offers under a label.
type Count struct {
	Label string
	N     int
}

// BuildProfile gathers the profile of the social space with the ID id at the state
// of net (see graph.Network.At) from the engine's analyses; x holds the measures of
// the space and, for a pseudonymised profile, k (see Profile.MinGroup). An unknown
// space is an Invalid error naming social_space.
func BuildProfile(ctx context.Context, e *analysis.Engine, net *graph.Network, id string, x Extras) (*Profile, error) {
	l := newLabels(net)
	sp := l.space(id)
	if sp == nil {
		return nil, unknownSpace(id)
	}
	p := &Profile{Space: *sp, State: *net.State, Level: l.label(graph.ListSpaceLevels, sp.Level),
		Measures: x.Measures, MinGroup: x.MinGroup, labels: l}
	p.Indicators = seriesOf(sp, l)
	within := graph.Within(net.SocialSpaces, id)
	p.ByField, p.ByTargetGroup = offerCounts(net, serving(net.SocialSpaces, id, within), l)
	p.Suppressed = suppress(x.MinGroup, func(c Count) int { return c.N }, &p.ByField, &p.ByTargetGroup)

	gaps, err := e.Gaps(ctx, net)
	if err != nil {
		return nil, err
	}
	for _, c := range gaps.Cells {
		if c.Need != nil && within[c.SocialSpace] {
			p.Needs = append(p.Needs, c)
		}
	}
	for _, g := range gaps.Gaps {
		if within[g.SocialSpace] {
			p.Gaps = append(p.Gaps, g)
		}
	}
	spaces, err := e.SocialSpaces(ctx, net)
	if err != nil {
		return nil, err
	}
	for i := range spaces.Spaces {
		if spaces.Spaces[i].SocialSpace == id {
			p.Figures = &spaces.Spaces[i]
		}
	}
	if p.Figures != nil && p.Figures.Actors < x.MinGroup {
		p.Figures, p.FiguresSuppressed = nil, true
	}
	if p.Central, err = central(ctx, e, net, within, l); err != nil {
		return nil, err
	}
	res, err := e.Resilience(ctx, net)
	if err != nil {
		return nil, err
	}
	for _, a := range res.Actors {
		if len(p.Critical) < TopActors && a.Criticality > 0 && l.in(l.actor(a.ID), within) {
			p.Critical = append(p.Critical, a)
		}
	}
	pr, err := e.CouplingPotentials(ctx, net, planning.PotentialQuery{SocialSpace: id, Limit: TopPotentials})
	if err != nil {
		return nil, err
	}
	p.Potentials = pr.Potentials
	p.Methods = methods(profileCodes)
	return p, nil
}

// profileCodes are the definitions of the figures a profile uses.
var profileCodes = []string{"state", "report.offers", "gaps.coverage", "gaps.local_ratio", "density", "components",
	"degree", "clustering", "ei_index", "betweenness", "resilience.criticality", "potential.score"}

// seriesOf returns the indicator series of the space, in the taxonomy's order of
// indicators (unknown codes last, by code), each by year.
func seriesOf(sp *graph.SocialSpace, l *labels) []Series {
	by := map[string]*Series{}
	var out []*Series
	for _, in := range sp.Indicators {
		s := by[in.Code]
		if s == nil {
			s = &Series{Code: in.Code, Label: l.label(graph.ListIndicators, in.Code)}
			by[in.Code] = s
			out = append(out, s)
		}
		s.Points = append(s.Points, in)
	}
	rank := func(code string) int {
		i := slices.IndexFunc(l.tax.Indicators, func(t graph.Term) bool { return t.Code == code })
		if i < 0 {
			return len(l.tax.Indicators)
		}
		return i
	}
	slices.SortFunc(out, func(a, b *Series) int {
		return cmp.Or(cmp.Compare(rank(a.Code), rank(b.Code)), cmp.Compare(a.Code, b.Code))
	})
	res := make([]Series, len(out))
	for i, s := range out {
		slices.SortFunc(s.Points, func(a, b graph.Indicator) int { return cmp.Compare(a.Year, b.Year) })
		res[i] = *s
	}
	return res
}

// serving returns the IDs of the social spaces whose offers serve the space id:
// the spaces within it and those above it.
func serving(spaces []graph.SocialSpace, id string, within map[string]bool) map[string]bool {
	out := make(map[string]bool, len(within))
	for k := range within {
		out[k] = true
	}
	parent := map[string]string{}
	for _, s := range spaces {
		parent[s.ID] = s.ParentID
	}
	for p := parent[id]; p != "" && !out[p]; p = parent[p] {
		out[p] = true
	}
	return out
}

// offerCounts counts the offers that name a space of serve, per field of action
// and per target group, in the taxonomy's order.
func offerCounts(net *graph.Network, serve map[string]bool, l *labels) (byField, byTarget []Count) {
	fields, targets := map[string]int{}, map[string]int{}
	for i := range net.Offers {
		o := &net.Offers[i]
		if !slices.ContainsFunc(o.SocialSpaces, func(id string) bool { return serve[id] }) {
			continue
		}
		for _, f := range o.Fields {
			fields[f]++
		}
		for _, t := range o.TargetGroups {
			targets[t]++
		}
		if len(o.TargetGroups) == 0 {
			targets[""]++
		}
	}
	list := func(name string, m map[string]int) []Count {
		var out []Count
		for _, t := range l.tax.List(name) {
			if m[t.Code] > 0 {
				out = append(out, Count{Label: t.Label, N: m[t.Code]})
				delete(m, t.Code)
			}
		}
		rest := make([]string, 0, len(m))
		for code := range m {
			rest = append(rest, code)
		}
		slices.Sort(rest)
		for _, code := range rest {
			label := code
			if code == "" {
				label = "ohne Angabe"
			}
			out = append(out, Count{Label: label, N: m[code]})
		}
		return out
	}
	return list(graph.ListFields, fields), list(graph.ListTargetGroups, targets)
}

// central returns the local actors of within with the highest betweenness above 0
// (at most TopActors), from the engine's actor metrics of the mutual network.
func central(ctx context.Context, e *analysis.Engine, net *graph.Network, within map[string]bool, l *labels) ([]analysis.ActorMetrics, error) {
	ar, err := e.Actors(ctx, net, false)
	if err != nil {
		return nil, err
	}
	var local []analysis.ActorMetrics
	for _, m := range ar.Actors {
		if m.Betweenness > 0 && l.in(l.actor(m.ID), within) {
			local = append(local, m)
		}
	}
	slices.SortFunc(local, func(a, b analysis.ActorMetrics) int {
		return cmp.Or(cmp.Compare(b.Betweenness, a.Betweenness), cmp.Compare(b.Degree, a.Degree), cmp.Compare(a.ID, b.ID))
	})
	return local[:min(len(local), TopActors)], nil
}
