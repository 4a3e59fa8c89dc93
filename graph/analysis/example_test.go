package analysis_test

import (
	"context"
	"fmt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
)

func ExampleEngine() {
	net := &graph.Network{Revision: 7,
		Actors: []graph.Actor{
			{Meta: graph.Meta{ID: "jugendamt"}, Kind: "municipal_department", LegalDomains: []string{"sgb_viii"}},
			{Meta: graph.Meta{ID: "eub"}, Kind: "counselling", LegalDomains: []string{"sgb_viii"}},
			{Meta: graph.Meta{ID: "jobcenter"}, Kind: "benefit_carrier", LegalDomains: []string{"sgb_ii"}},
		},
		Cooperations: []graph.Cooperation{
			{From: "jugendamt", To: "eub", Intensity: 4},
			{From: "jugendamt", To: "jobcenter", Intensity: 2, Directed: true},
		},
	}
	e := analysis.NewEngine(analysis.Options{})
	actors, _ := e.Actors(context.Background(), net, false)
	for _, a := range actors.Actors {
		fmt.Printf("%s degree %d strength %g betweenness %g articulation %v\n", a.ID, a.Degree, a.Strength, a.Betweenness, a.ArticulationPoint)
	}
	nw, _ := e.Network(context.Background(), net, false)
	fmt.Printf("density %.3f, reciprocity %.3f, E-I by legal domain %.1f\n", nw.Density, nw.Reciprocity, nw.Groups["legal_domain"].EI)
	// Output:
	// jugendamt degree 2 strength 6 betweenness 1 articulation true
	// eub degree 1 strength 4 betweenness 0 articulation false
	// jobcenter degree 1 strength 2 betweenness 0 articulation false
	// density 0.667, reciprocity 0.667, E-I by legal domain 0.0
}
