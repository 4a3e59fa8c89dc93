package planning_test

import (
	"context"
	"fmt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// seeburg is a small county: a jobcentre and a counselling service (SGB II) and a
// disability services department and a sheltered workshop (SGB IX), tied only through
// the social planning office.
func seeburg() *graph.Network {
	actor := func(id, name, domain string, groups ...string) graph.Actor {
		return graph.Actor{Meta: graph.Meta{ID: id}, Name: name, Kind: "provider", LegalDomains: []string{domain},
			TargetGroups: groups, Fields: []string{"work"}, SocialSpaces: []string{"altstadt"}}
	}
	tie := func(id, from, to string) graph.Cooperation {
		return graph.Cooperation{Meta: graph.Meta{ID: id}, From: from, To: to, Kinds: []string{"information"}, Intensity: 2}
	}
	return &graph.Network{
		Taxonomy:     graph.DefaultTaxonomy(),
		SocialSpaces: []graph.SocialSpace{{Meta: graph.Meta{ID: "altstadt"}, Name: "Seeburg-Altstadt", Level: "social_space"}},
		Actors: []graph.Actor{
			actor("jc", "Jobcenter", "sgb2", "unemployed", "disability_mental"),
			actor("sb", "Schuldnerberatung", "sgb2", "unemployed"),
			actor("sp", "Sozialplanung", "sgb12", "all_residents"),
			actor("eh", "Eingliederungshilfe", "sgb9", "disability_mental"),
			actor("wfbm", "Werkstatt", "sgb9", "disability_mental", "unemployed"),
		},
		Cooperations: []graph.Cooperation{
			tie("c1", "jc", "sb"), tie("c2", "jc", "sp"), tie("c3", "sp", "eh"), tie("c4", "eh", "wfbm"), tie("c5", "sp", "wfbm"),
		},
	}
}

func ExampleCoupling() {
	net := seeburg()
	g := metrics.FromNetwork(net, false)
	groups := []planning.CouplingGroup{{Code: "sgb2", Label: "SGB II"}, {Code: "sgb9", Label: "SGB IX"}, {Code: "sgb12", Label: "SGB XII"}}
	member := make([][]int32, g.N())
	for v, a := range net.Actors {
		for i, gr := range groups {
			if a.LegalDomains[0] == gr.Code {
				member[v] = append(member[v], int32(i))
			}
		}
	}
	m := planning.Coupling(g, member, groups, planning.DefaultCouplingThresholds())
	for _, c := range m.Cells {
		if c.A != c.B {
			fmt.Printf("%s–%s: %d Kooperationen, %d mögliche Paare\n", c.A, c.B, c.Ties, c.Pairs)
		}
	}
	// Output:
	// sgb2–sgb9: 0 Kooperationen, 4 mögliche Paare
	// sgb2–sgb12: 1 Kooperationen, 2 mögliche Paare
	// sgb9–sgb12: 2 Kooperationen, 2 mögliche Paare
}

// ExampleCouplingPotentials also shows NewProfiles: the potentials read the actors'
// social spaces, target groups, fields and offers from the profiles.
func ExampleCouplingPotentials() {
	net := seeburg()
	g := metrics.FromNetwork(net, false)
	res, err := planning.CouplingPotentials(context.Background(), g, planning.NewProfiles(net),
		planning.DefaultPotentialWeights(), planning.PotentialQuery{})
	if err != nil {
		panic(err)
	}
	best := res.Potentials[0]
	fmt.Printf("%s – %s: %.2f\n", best.A.Name, best.B.Name, best.Score)
	for _, r := range best.Reasons {
		fmt.Println("-", r)
	}
	// Output:
	// Jobcenter – Eingliederungshilfe: 0.71
	// - Jobcenter (SGB II) und Eingliederungshilfe (SGB IX) gehören zu verschiedenen Rechtskreisen und kooperieren noch nicht.
	// - Beide kooperieren bereits mit Sozialplanung; ein gemeinsamer Partner kann sie miteinander bekannt machen.
	// - Beide sind in Seeburg-Altstadt tätig.
	// - Beide arbeiten mit derselben Zielgruppe: Menschen mit seelischer Behinderung.
	// - Gemeinsames Handlungsfeld: Arbeit.
}
