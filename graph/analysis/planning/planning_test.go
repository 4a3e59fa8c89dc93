package planning

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// tiny is a hand-made network: a (SGB II) and b (SGB IX) both serve Lindenau and
// people with mental disabilities, share the partner z and have no tie; c is a
// second SGB IX actor in another space; d stands alone.
func tiny() *graph.Network {
	sp := func(id, name, parent string, pop float64) graph.SocialSpace {
		s := graph.SocialSpace{Meta: graph.Meta{ID: id}, Name: name, ParentID: parent, Level: "social_space"}
		if pop > 0 {
			s.Indicators = []graph.Indicator{{Year: 2025, Code: "population", Value: pop}}
		}
		return s
	}
	act := func(id, name, domain string, spaces ...string) graph.Actor {
		return graph.Actor{Meta: graph.Meta{ID: id}, Name: name, Kind: "association", LegalDomains: []string{domain},
			SocialSpaces: spaces}
	}
	a, b := act("a", "Jobcenter", "sgb2", "l"), act("b", "IFD", "sgb9", "l")
	a.TargetGroups, b.TargetGroups = []string{"disability_mental"}, []string{"disability_mental"}
	z := act("z", "Caritas", "civil_society", "k")
	return &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(),
		SocialSpaces: []graph.SocialSpace{sp("k", "Kreis", "", 0), sp("l", "Lindenau", "k", 2000), sp("m", "Moor", "k", 1000)},
		Actors:       []graph.Actor{a, b, act("c", "Werkstatt", "sgb9", "m"), act("d", "Verein", "sport", "m"), z},
		Offers: []graph.Offer{
			{Meta: graph.Meta{ID: "o1"}, ActorID: "a", Name: "Fallmanagement", Fields: []string{"work"},
				TargetGroups: []string{"disability_mental"}, SocialSpaces: []string{"l"}},
			{Meta: graph.Meta{ID: "o2"}, ActorID: "b", Name: "Arbeitsassistenz", Fields: []string{"inclusion"},
				TargetGroups: []string{"disability_mental"}, SocialSpaces: []string{"l"}, Capacity: 10},
		},
		Needs: []graph.Need{{Meta: graph.Meta{ID: "n1"}, SocialSpaceID: "l", Field: "inclusion", Measure: graph.MeasurePlacesPer1000, Target: 10}},
		Cooperations: []graph.Cooperation{
			{Meta: graph.Meta{ID: "t1"}, From: "a", To: "z", Kinds: []string{"information"}, Intensity: 2},
			{Meta: graph.Meta{ID: "t2"}, From: "b", To: "z", Kinds: []string{"information"}, Intensity: 2},
			{Meta: graph.Meta{ID: "t3"}, From: "c", To: "b", Kinds: []string{"information"}, Intensity: 1},
		},
	}
}

// inputs returns what the planning analyses start from, as the Engine builds it: the
// mutual graph and the profiles of net.
func inputs(net *graph.Network) (*metrics.Graph, *Profiles) {
	return metrics.FromNetwork(net, false), NewProfiles(net)
}

// gapReport returns GapsOf net, with the social spaces it reads.
func gapReport(t *testing.T, net *graph.Network) *GapReport {
	t.Helper()
	g, p := inputs(net)
	spaces, err := SocialSpacesOf(context.Background(), net.Revision, g, p)
	if err != nil {
		t.Fatal(err)
	}
	return GapsOf(net, p, spaces)
}

// whatIf returns WhatIf for net and the proposal, with the default thresholds.
func whatIf(net *graph.Network, pr Proposal) (*WhatIfReport, error) {
	ctx := context.Background()
	g, p := inputs(net)
	before, err := ResilienceOf(ctx, net.Revision, g, p)
	if err != nil {
		return nil, err
	}
	return WhatIf(ctx, net, g, p, before, pr, DefaultCouplingThresholds())
}

func TestCouplingHandChecked(t *testing.T) {
	// a ∈ X, b ∈ X and Y, c ∈ Y, d ∈ Z; ties a–b, b–c, c–d.
	g := metrics.NewGraph([]string{"a", "b", "c", "d"}, []metrics.Tie{{From: 0, To: 1}, {From: 1, To: 2}, {From: 2, To: 3}}, false)
	m := Coupling(g, [][]int32{{0}, {0, 1}, {1}, {2}}, []CouplingGroup{{Code: "X"}, {Code: "Y"}, {Code: "Z"}},
		CouplingThresholds{MaxRatio: 0.25, MinExpected: 0.5})
	// Degrees: a 1, b 2, c 2, d 1; D(X) = 3, D(Y) = 4, D(Z) = 1; m = 3.
	want := map[string]CouplingCell{
		"X-X": {Ties: 1, Pairs: 1, Expected: 9.0 / 12},
		"X-Y": {Ties: 2, Pairs: 3, Expected: 12.0 / 6},
		"X-Z": {Ties: 0, Pairs: 2, Expected: 3.0 / 6, Weak: true},
		"Y-Y": {Ties: 1, Pairs: 1, Expected: 16.0 / 12},
		"Y-Z": {Ties: 1, Pairs: 2, Expected: 4.0 / 6},
	}
	if len(m.Cells) != len(want) {
		t.Fatalf("%d cells, want %d: %+v", len(m.Cells), len(want), m.Cells)
	}
	for _, c := range m.Cells {
		w := want[c.A+"-"+c.B]
		if c.Ties != w.Ties || c.Pairs != w.Pairs || math.Abs(c.Expected-w.Expected) > 1e-12 || c.Weak != w.Weak {
			t.Errorf("%s-%s: %+v, want %+v", c.A, c.B, c, w)
		}
	}
	if m.Groups[0].Actors != 2 || m.Groups[1].Actors != 2 || math.Abs(m.Density-0.5) > 1e-12 {
		t.Errorf("groups %+v, density %v", m.Groups, m.Density)
	}
	if len(m.Notes) != 1 || !strings.Contains(m.Notes[0], "0 Kooperationen bei 2 möglichen Paaren") {
		t.Errorf("notes %q", m.Notes)
	}
}

func TestPotentialsHandChecked(t *testing.T) {
	net := tiny()
	p := NewProfiles(net)
	g := metrics.FromNetwork(net, false)
	res, err := CouplingPotentials(context.Background(), g, p, DefaultPotentialWeights(), PotentialQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Potentials) == 0 || res.Potentials[0].A.ID != "a" || res.Potentials[0].B.ID != "b" {
		t.Fatalf("potentials %+v", res.Potentials)
	}
	top := res.Potentials[0]
	aa := 1 / math.Log(2) // z has two partners
	want := PotentialParts{AdamicAdar: aa, Structural: 1 - math.Exp(-aa), SocialSpaces: 1, TargetGroups: 1, Fields: 0, Complementary: 1}
	if math.Abs(top.Parts.AdamicAdar-want.AdamicAdar) > 1e-12 || top.Parts.SocialSpaces != 1 || top.Parts.TargetGroups != 1 ||
		top.Parts.Fields != 0 || top.Parts.Complementary != 1 {
		t.Errorf("parts %+v, want %+v", top.Parts, want)
	}
	if s := 0.6*want.Structural + 0.15 + 0.1 + 0.05; math.Abs(top.Score-s) > 1e-12 {
		t.Errorf("score %v, want %v", top.Score, s)
	}
	reasons := strings.Join(top.Reasons, " ")
	for _, name := range []string{"Caritas", "Lindenau", "Menschen mit seelischer Behinderung", "„Fallmanagement“", "SGB II", "SGB IX"} {
		if !strings.Contains(reasons, name) {
			t.Errorf("reasons do not name %q: %s", name, reasons)
		}
	}
	for _, pot := range res.Potentials {
		if pot.A.ID == "b" && pot.B.ID == "c" || pot.A.ID == "c" && pot.B.ID == "b" {
			t.Errorf("b and c share SGB IX and are tied, yet proposed")
		}
	}
	// Filters.
	for _, tt := range []struct {
		q    PotentialQuery
		want int
	}{
		{PotentialQuery{SocialSpace: "m"}, 0},                   // only z, who serves the whole county, shares m with c
		{PotentialQuery{SocialSpace: "m", CountyWide: true}, 1}, // c and z
		{PotentialQuery{ActorID: "a", TargetGroup: "disability_mental"}, 1},
		{PotentialQuery{LegalDomain: "sport"}, 0},
	} {
		res, err := CouplingPotentials(context.Background(), g, p, DefaultPotentialWeights(), tt.q)
		if err != nil || len(res.Potentials) != tt.want {
			t.Errorf("%+v: %d potentials, %v; want %d", tt.q, len(res.Potentials), err, tt.want)
		}
	}
	_, err = CouplingPotentials(context.Background(), g, p, DefaultPotentialWeights(), PotentialQuery{SocialSpace: "x"})
	if graph.ErrorCode(err) != graph.Invalid || graph.ErrorFields(err)[0].Field != "social_space" {
		t.Errorf("unknown space: %v", err)
	}
}

func TestGapsHandChecked(t *testing.T) {
	net := tiny()
	r := gapReport(t, net)
	var need *SupplyCell
	for i, c := range r.Cells {
		if c.Need != nil {
			need = &r.Cells[i]
		}
	}
	// One offer with 10 places for 2,000 inhabitants: 5 places per 1,000, half the target.
	if need == nil || need.Offers != 1 || float64(need.Need.Value) != 5 || float64(need.Need.Coverage) != 0.5 {
		t.Fatalf("need cell %+v", need)
	}
	found := false
	for _, g := range r.Gaps {
		if g.Kind == GapUnderNeed && g.SocialSpace == "l" && g.Severity == 0.5 && strings.Contains(g.Explanation, "Lindenau") {
			found = true
		}
	}
	if !found {
		t.Errorf("no under-need gap for Lindenau in %+v", r.Gaps)
	}
}

func TestWhatIfValidation(t *testing.T) {
	net := tiny()
	_, err := whatIf(net, Proposal{
		Add:    []ProposedTie{{From: "a", To: "a", Kinds: []string{"gossip"}, Intensity: 5}, {From: "a", To: "d", Kinds: []string{"information"}, Intensity: 1}},
		Remove: []string{"d", "nobody"},
	})
	var fields []string
	for _, f := range graph.ErrorFields(err) {
		fields = append(fields, f.Field)
	}
	want := []string{"remove[1]", "add[0].to", "add[0].kinds[0]", "add[0].intensity", "add[1].to"}
	if graph.ErrorCode(err) != graph.Invalid || !slices.Equal(fields, want) {
		t.Errorf("fields %q, want %q (%v)", fields, want, err)
	}
	r, err := whatIf(net, Proposal{Add: []ProposedTie{{From: "c", To: "d", Kinds: []string{"information"}, Intensity: 2}}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Before.Ties != 3 || r.After.Ties != 4 || r.Before.Components != 2 || r.After.Components != 1 || len(net.Cooperations) != 3 {
		t.Errorf("before %d ties %d components, after %d ties %d components", r.Before.Ties, r.Before.Components, r.After.Ties, r.After.Components)
	}
}

// TestPlantedStructure checks that the planning analyses find what the demo county
// plants: the weak domain pairs, the under-supplied space and the brokers.
func TestPlantedStructure(t *testing.T) {
	ctx := context.Background()
	net := testnet.County()
	g, p := inputs(net)

	cm := CouplingReportOf(net.Revision, g, p, DefaultCouplingThresholds())
	size := map[string]int{}
	for _, g := range cm.LegalDomains.Groups {
		size[g.Code] = g.Actors
	}
	var cells []CouplingCell
	for _, c := range cm.LegalDomains.Cells {
		if c.A != c.B && size[c.A] >= 5 && size[c.B] >= 5 {
			cells = append(cells, c)
		}
	}
	slices.SortStableFunc(cells, compareCoupling)
	for _, pair := range demo.WeakDomainPairs {
		i := slices.IndexFunc(cells, func(c CouplingCell) bool {
			return c.A == pair[0] && c.B == pair[1] || c.A == pair[1] && c.B == pair[0]
		})
		if i < 0 {
			t.Errorf("weak pair %v: not among the %d cells of groups with at least 5 actors", pair, len(cells))
			continue
		}
		if !cells[i].Weak || cells[i].Ratio != cells[0].Ratio || i >= 3 {
			t.Errorf("weak pair %v: rank %d of %d, %+v; lowest %+v", pair, i, len(cells), cells[i], cells[0])
		}
		t.Logf("weak pair %v: rank %d, ratio %.2f, %d ties where %.1f expected", pair, i+1, float64(cells[i].Ratio), cells[i].Ties, cells[i].Expected)

		res, err := CouplingPotentials(ctx, g, p, DefaultPotentialWeights(), PotentialQuery{LegalDomain: pair[0], Limit: 500})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range res.Potentials {
			if slices.Contains(p.A.LegalDomains, pair[1]) || slices.Contains(p.B.LegalDomains, pair[1]) {
				n++
				if len(p.SharedSocialSpaces) == 0 || len(p.SharedTargetGroups) == 0 {
					continue
				}
				reasons := strings.Join(p.Reasons, " ")
				if !strings.Contains(reasons, "Beide sind in ") && !strings.Contains(reasons, "Beide sind im ") {
					t.Errorf("reasons name no space: %s", reasons)
				}
			}
		}
		if n == 0 {
			t.Errorf("no coupling potentials across %v", pair)
		}
		t.Logf("%d coupling potentials across %v", n, pair)
	}

	gaps := gapReport(t, net)
	if gaps.Gaps[0].SocialSpace != demo.UnderSuppliedSpace || gaps.Spaces[0].SocialSpace != demo.UnderSuppliedSpace {
		t.Errorf("top gap %+v, lowest coverage %+v; want %s", gaps.Gaps[0], gaps.Spaces[0], demo.UnderSuppliedSpace)
	}
	if !slices.ContainsFunc(gaps.Gaps, func(g Gap) bool {
		return g.Kind == GapPoorlyConnected && g.SocialSpace == demo.UnderSuppliedSpace
	}) {
		t.Errorf("the under-supplied space is not reported as poorly connected")
	}

	res, err := ResilienceOf(ctx, net.Revision, g, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range demo.Brokers {
		i := slices.IndexFunc(res.Actors, func(a ActorImpact) bool { return a.ID == b })
		if i < 0 {
			t.Errorf("broker %s: not in the resilience report", b)
			continue
		}
		t.Logf("broker %s: rank %d of %d (%d pairs, %d cross-domain ties)", b, i+1, len(res.Actors),
			res.Actors[i].DisconnectedPairs, res.Actors[i].CrossDomainTies)
		if i >= len(res.Actors)/10 {
			t.Errorf("broker %s ranks %d of %d in resilience", b, i+1, len(res.Actors))
		}
	}
}

func TestWhatIfDoesNotTouchTheSnapshot(t *testing.T) {
	net := testnet.County()
	ids := func() (actors, coops []string) {
		for _, a := range net.Actors {
			actors = append(actors, a.ID)
		}
		for _, c := range net.Cooperations {
			coops = append(coops, c.ID)
		}
		return actors, coops
	}
	actors, coops := ids()
	_, err := whatIf(net, Proposal{Remove: []string{demo.Brokers[0]}})
	actorsAfter, coopsAfter := ids()
	if err != nil || !slices.Equal(actors, actorsAfter) || !slices.Equal(coops, coopsAfter) {
		t.Errorf("what-if: %v; the snapshot's actors or cooperations changed", err)
	}
}

// TestProfilesShareEqualSpaceSets checks that actors and offers that serve the same
// social spaces share one set (which keeps a federal state's profiles small), and
// that different sets stay apart.
func TestProfilesShareEqualSpaceSets(t *testing.T) {
	p := NewProfiles(tiny()) // a and b serve Lindenau, as their offers do; c and d Moor
	same := func(x, y bitset) bool { return &x[0] == &y[0] }
	if !same(p.served[0], p.served[1]) || !same(p.served[2], p.served[3]) || !same(p.offers[0][0].served, p.served[0]) {
		t.Error("equal sets of social spaces are not shared")
	}
	l, m := p.spaceIndex["l"], p.spaceIndex["m"]
	if same(p.served[0], p.served[2]) || !p.served[0].has(l) || p.served[0].has(m) || !p.served[2].has(m) || p.served[2].has(l) {
		t.Errorf("different sets of social spaces got mixed up: a %v, c %v", p.served[0].members(), p.served[2].members())
	}
}
