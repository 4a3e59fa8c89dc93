package analysis_test

import (
	"context"
	"fmt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
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

// index returns the node of the actor ID, which the example knows to exist.
func index(g *analysis.Graph, id string) int {
	v, _ := g.Index(id)
	return v
}

func ExampleAdamicAdar() {
	g := florentine()
	// Medici and Guadagni share two partners, Tornabuoni and Albizzi, with three
	// partners each: AA = 2 / ln 3.
	fmt.Printf("%.4f\n", analysis.AdamicAdar(g, index(g, "Medici"), index(g, "Guadagni")))
	// Output: 1.8205
}

func ExampleRemovals() {
	g := florentine()
	removals, err := analysis.Removals(context.Background(), g)
	if err != nil {
		panic(err)
	}
	r := removals[index(g, "Medici")]
	fmt.Println("Ohne die Medici:", r.Components, "Komponenten,", r.DisconnectedPairs, "getrennte Paare")
	// Without the Medici, Acciaiuoli is alone and Salviati–Pazzi split off: of the
	// 91 pairs of the other 14 families, 55 + 1 stay connected.
	// Output: Ohne die Medici: 3 Komponenten, 35 getrennte Paare
}

func ExampleSubgraph() {
	g := florentine()
	sub := analysis.Subgraph(g, []int{index(g, "Medici"), index(g, "Ridolfi"), index(g, "Tornabuoni"), index(g, "Strozzi")})
	fmt.Println(sub.N(), sub.M())
	// Output: 4 4
}

func ExampleCoupling() {
	net := seeburg()
	g := analysis.FromNetwork(net, false)
	groups := []analysis.CouplingGroup{{Code: "sgb2", Label: "SGB II"}, {Code: "sgb9", Label: "SGB IX"}, {Code: "sgb12", Label: "SGB XII"}}
	member := make([][]int32, g.N())
	for v, a := range net.Actors {
		for i, gr := range groups {
			if a.LegalDomains[0] == gr.Code {
				member[v] = append(member[v], int32(i))
			}
		}
	}
	m := analysis.Coupling(g, member, groups, analysis.DefaultCouplingThresholds)
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
	g := analysis.FromNetwork(net, false)
	res, err := analysis.CouplingPotentials(context.Background(), g, analysis.NewProfiles(net),
		analysis.DefaultPotentialWeights, analysis.PotentialQuery{})
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
	// - Beide kooperieren bereits mit Sozialplanung (Adamic–Adar 0,91).
	// - Beide sind tätig in Seeburg-Altstadt.
	// - Beide arbeiten mit derselben Zielgruppe: Menschen mit seelischer Behinderung.
	// - Gemeinsame Handlungsfelder: Arbeit.
}
