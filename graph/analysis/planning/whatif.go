package planning

import (
	"context"
	"fmt"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// Proposal is a what-if scenario: cooperations to add and actors to remove.
type Proposal struct {
	Add    []ProposedTie `json:"add"`
	Remove []string      `json:"remove"`
}

// ProposedTie is a proposed mutual cooperation between two actors.
type ProposedTie struct {
	From      string   `json:"from"`
	To        string   `json:"to"`
	Kinds     []string `json:"kinds"`
	Intensity int      `json:"intensity"`
}

// MaxProposal bounds the ties and the removals of one Proposal.
const MaxProposal = 200

// Validate checks the proposal against the network: known, distinct actors, taxonomy
// kinds, intensity 1–4, no tie to a removed actor. The error is a graph.Invalid
// error whose fields name the JSON path, such as "add[2].to".
func (pr *Proposal) Validate(net *graph.Network) error {
	var fields []graph.FieldError
	bad := func(field, format string, args ...any) {
		fields = append(fields, graph.FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	known := make(map[string]bool, len(net.Actors))
	for _, a := range net.Actors {
		known[a.ID] = true
	}
	tax := net.Taxonomy
	if tax == nil {
		tax = graph.DefaultTaxonomy()
	}
	if len(pr.Add)+len(pr.Remove) == 0 {
		bad("add", "Der Vorschlag ist leer: Mindestens eine Kooperation (add) oder ein Akteur (remove) ist nötig.")
	}
	if len(pr.Add) > MaxProposal {
		bad("add", "Höchstens %d Kooperationen je Vorschlag.", MaxProposal)
	}
	if len(pr.Remove) > MaxProposal {
		bad("remove", "Höchstens %d Akteure je Vorschlag.", MaxProposal)
	}
	removed := map[string]bool{}
	for i, id := range pr.Remove {
		at := fmt.Sprintf("remove[%d]", i)
		switch {
		case !known[id]:
			bad(at, "Den Akteur %q gibt es nicht.", id)
		case removed[id]:
			bad(at, "Der Akteur %q ist doppelt angegeben.", id)
		}
		removed[id] = true
	}
	for i, t := range pr.Add {
		at := fmt.Sprintf("add[%d]", i)
		for _, end := range []struct{ name, id string }{{"from", t.From}, {"to", t.To}} {
			switch {
			case end.id == "":
				bad(at+"."+end.name, "Der Akteur fehlt.")
			case !known[end.id]:
				bad(at+"."+end.name, "Den Akteur %q gibt es nicht.", end.id)
			case removed[end.id]:
				bad(at+"."+end.name, "Der Akteur %q soll zugleich entfernt werden.", end.id)
			}
		}
		if t.From != "" && t.From == t.To {
			bad(at+".to", "Ein Akteur kann nicht mit sich selbst kooperieren.")
		}
		if len(t.Kinds) == 0 {
			bad(at+".kinds", "Mindestens eine Kooperationsart ist nötig.")
		}
		for j, k := range t.Kinds {
			if !tax.Has(graph.ListCooperationKinds, k) {
				bad(fmt.Sprintf("%s.kinds[%d]", at, j), "Die Kooperationsart %q ist unbekannt.", k)
			}
		}
		if t.Intensity < 1 || t.Intensity > 4 {
			bad(at+".intensity", "Die Intensität muss zwischen 1 und 4 liegen.")
		}
	}
	if len(fields) > 0 {
		return &graph.Error{Code: graph.Invalid, Message: "Der Vorschlag ist ungültig.", Fields: fields}
	}
	return nil
}

// edit returns the mutual graph g of net with the proposal applied (see
// metrics.Edited), and net's actors and offers without the removed actors: the
// network without its cooperations, which the profiles do not read. net is not
// changed.
func (pr *Proposal) edit(net *graph.Network, g *metrics.Graph) (*metrics.Graph, *graph.Network) {
	removed := map[string]bool{}
	drop := make([]bool, g.N())
	for _, id := range pr.Remove {
		removed[id] = true
		if v, ok := g.Index(id); ok {
			drop[v] = true
		}
	}
	ties := make([]metrics.Tie, 0, len(pr.Add))
	for _, t := range pr.Add {
		from, ok1 := g.Index(t.From)
		to, ok2 := g.Index(t.To)
		if ok1 && ok2 {
			ties = append(ties, metrics.Tie{From: from, To: to, Weight: float64(t.Intensity)})
		}
	}
	out := *net
	out.Cooperations = nil
	if len(removed) > 0 {
		out.Actors = slices.DeleteFunc(slices.Clone(net.Actors), func(a graph.Actor) bool { return removed[a.ID] })
		out.Offers = slices.DeleteFunc(slices.Clone(net.Offers), func(o graph.Offer) bool { return removed[o.ActorID] })
	}
	return metrics.Edited(g, drop, ties), &out
}

// Scenario holds the figures of one state of the network in a what-if comparison.
type Scenario struct {
	Actors           int     `json:"actors"`
	Ties             int     `json:"ties"`
	Density          float64 `json:"density"`
	Components       int     `json:"components"`
	LargestComponent int     `json:"largest_component"`
	// ConnectedShare is the share of actor pairs that can reach each other.
	ConnectedShare  float64 `json:"connected_share"`
	CrossDomainTies int     `json:"cross_domain_ties"`
	// WeakDomainPairs counts the weak cells of the legal domain matrix.
	WeakDomainPairs    int `json:"weak_domain_pairs"`
	ArticulationPoints int `json:"articulation_points"`
	// Coupling is the legal domain matrix; MostCritical the ten actors whose loss
	// would hurt most.
	Coupling     CouplingMatrix `json:"coupling"`
	MostCritical []ActorImpact  `json:"most_critical"`
}

// WhatIfReport compares the network before and after a proposal.
type WhatIfReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State    *graph.StateInfo `json:"state" nullable:"false"`
	Proposal Proposal         `json:"proposal"`
	Before   Scenario         `json:"before"`
	After    Scenario         `json:"after"`
	// Changes describe the differences in German.
	Changes []string `json:"changes"`
}

// WhatIf recomputes the coupling matrix (with thresholds t) and the resilience of
// the mutual network with the proposal applied, and compares them with the snapshot
// net, whose mutual graph is g, profiles p and resilience report before; nothing is
// written. An invalid proposal is a graph.Invalid error naming the field (see
// Proposal.Validate).
func WhatIf(ctx context.Context, net *graph.Network, g *metrics.Graph, p *Profiles, before *ResilienceReport,
	pr Proposal, t CouplingThresholds) (*WhatIfReport, error) {
	if err := pr.Validate(net); err != nil {
		return nil, err
	}
	ga, after := pr.edit(net, g)
	pa := p // the profiles do not depend on the cooperations
	if len(pr.Remove) > 0 {
		pa = NewProfiles(after)
	}
	afterRes, err := impactsOf(ctx, after.Revision, ga, pa) // explained below, as far as shown
	if err != nil {
		return nil, err
	}
	r := &WhatIfReport{Revision: net.Revision, Proposal: pr,
		Before: scenario(g, p, before, t), After: scenario(ga, pa, afterRes, t)}
	b, a := &r.Before, &r.After
	r.Changes = append(r.Changes,
		fmt.Sprintf("Kooperationen: %d → %d; getrennte Teilnetze: %d → %d.", b.Ties, a.Ties, b.Components, a.Components),
		fmt.Sprintf("Anteil der Akteurspaare, die einander erreichen: %s %% → %s %%.",
			german.Decimal(100*b.ConnectedShare, 1), german.Decimal(100*a.ConnectedShare, 1)),
		fmt.Sprintf("Rechtskreisübergreifende Kooperationen: %d → %d; kaum gekoppelte Rechtskreispaare: %d → %d.",
			b.CrossDomainTies, a.CrossDomainTies, b.WeakDomainPairs, a.WeakDomainPairs),
		fmt.Sprintf("Schlüsselakteure für den Zusammenhalt (Artikulationspunkte): %d → %d.", b.ArticulationPoints, a.ArticulationPoints))
	return r, nil
}

// scenario sums up the mutual network g with profiles p and its resilience report
// res (explained here as far as shown), with thresholds t for weak coupling.
func scenario(g *metrics.Graph, p *Profiles, res *ResilienceReport, t CouplingThresholds) Scenario {
	_, sizes := metrics.Components(g)
	s := Scenario{Actors: g.N(), Ties: g.M(), Density: metrics.Density(g), Components: len(sizes),
		ConnectedShare: res.ConnectedShare, CrossDomainTies: res.CrossDomainTies,
		Coupling: p.domainCoupling(g, nil, t), MostCritical: slices.Clone(res.Actors[:min(10, len(res.Actors))])}
	for i := range s.MostCritical {
		if s.MostCritical[i].Explanation == "" {
			s.MostCritical[i].explain()
		}
	}
	if len(sizes) > 0 {
		s.LargestComponent = slices.Max(sizes)
	}
	for _, c := range s.Coupling.Cells {
		if c.Weak {
			s.WeakDomainPairs++
		}
	}
	for _, a := range res.Actors {
		if a.ArticulationPoint {
			s.ArticulationPoints++
		}
	}
	return s
}
