package metrics_test

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// florentine returns Padgett's Florentine families (marriage ties), unweighted.
func florentine() *metrics.Graph {
	families := []string{"Acciaiuoli", "Medici", "Castellani", "Peruzzi", "Strozzi", "Barbadori", "Ridolfi",
		"Tornabuoni", "Albizzi", "Salviati", "Pazzi", "Bischeri", "Guadagni", "Ginori", "Lamberteschi"}
	marriages := "0-1 1-5 1-6 1-7 1-8 1-9 2-3 2-4 2-5 3-4 3-11 4-6 4-11 6-7 7-12 8-13 8-12 9-10 11-12 12-14"
	var ties []metrics.Tie
	for _, pair := range strings.Fields(marriages) {
		var a, b int
		fmt.Sscanf(pair, "%d-%d", &a, &b)
		ties = append(ties, metrics.Tie{From: a, To: b, Weight: 1})
	}
	return metrics.NewGraph(families, ties, false)
}

// top prints the three nodes with the highest values.
func top(g *metrics.Graph, values []float64) {
	order := make([]int, len(values))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case values[a] > values[b]:
			return -1
		case values[a] < values[b]:
			return 1
		}
		return 0
	})
	for _, v := range order[:3] {
		fmt.Printf("%s %.3f\n", g.ID(v), values[v])
	}
}

func ExampleNewGraph() {
	g := metrics.NewGraph([]string{"a", "b", "c"}, []metrics.Tie{
		{From: 0, To: 1, Weight: 2},
		{From: 1, To: 0, Weight: 3, OneWay: true}, // same pair: the edge keeps the larger weight
		{From: 1, To: 2, Weight: 1, OneWay: true},
	}, false)
	fmt.Println(g.N(), g.M(), g.Weight(0, 1))
	// Output: 3 2 3
}

func ExampleFromNetwork() {
	net := &graph.Network{
		Actors: []graph.Actor{{Meta: graph.Meta{ID: "jc"}}, {Meta: graph.Meta{ID: "eb"}}},
		Cooperations: []graph.Cooperation{
			{From: "jc", To: "eb", Directed: true, Intensity: 2},
		},
	}
	mutual, directed := metrics.FromNetwork(net, false), metrics.FromNetwork(net, true)
	fmt.Println(mutual.M(), mutual.Weight(1, 0), directed.M(), directed.Weight(1, 0))
	// Output: 1 2 1 0
}

func ExampleBetweenness() {
	g := florentine()
	bc, _ := metrics.Betweenness(context.Background(), g)
	top(g, bc)
	// Output:
	// Medici 0.522
	// Guadagni 0.255
	// Albizzi 0.212
}

func ExampleApproxBetweenness() {
	g := florentine()
	bc, a, _ := metrics.ApproxBetweenness(context.Background(), g, 0.05, 0.1, 1)
	fmt.Printf("%d samples, error at most %.3f with probability %.1f\n", a.Samples, a.Epsilon, 1-a.Delta)
	fmt.Printf("Medici %.2f\n", bc[1])
	// Output:
	// 1061 samples, error at most 0.058 with probability 0.9
	// Medici 0.51
}

func ExampleCloseness() {
	g := florentine()
	c, _ := metrics.Closeness(context.Background(), g)
	top(g, c)
	// Output:
	// Medici 0.560
	// Ridolfi 0.500
	// Tornabuoni 0.483
}

func ExampleHarmonic() {
	g := florentine()
	h, _ := metrics.Harmonic(context.Background(), g)
	top(g, h)
	// Output:
	// Medici 9.500
	// Guadagni 8.083
	// Ridolfi 8.000
}

func ExampleApproxCloseness() {
	g := florentine()
	c, h, a, _ := metrics.ApproxCloseness(context.Background(), g, 0.5, 0.1, 1)
	fmt.Printf("%d sources, harmonic within %.1f with probability %.1f\n", a.Samples, a.Epsilon*float64(g.N()), 1-a.Delta)
	fmt.Printf("Medici closeness %.2f, harmonic %.1f\n", c[1], h[1])
	// Output:
	// 14 sources, harmonic within 7.5 with probability 0.9
	// Medici closeness 0.73, harmonic 8.4
}

func ExamplePageRank() {
	g := florentine()
	pr, _ := metrics.PageRank(context.Background(), g, 0.85, metrics.Tol, metrics.MaxIter)
	top(g, pr)
	// Output:
	// Medici 0.146
	// Guadagni 0.098
	// Strozzi 0.088
}

func ExampleEigenvector() {
	g := florentine()
	x, _ := metrics.Eigenvector(context.Background(), g, metrics.Tol, metrics.MaxIter)
	top(g, x)
	// Output:
	// Medici 0.430
	// Strozzi 0.356
	// Ridolfi 0.342
}

func ExampleStructuralHoles() {
	g := florentine()
	h, _ := metrics.StructuralHoles(context.Background(), g)
	fmt.Printf("Medici: constraint %.3f, effective size %.3f, efficiency %.3f, hierarchy %.3f\n",
		h.Constraint[1], h.EffectiveSize[1], h.Efficiency[1], h.Hierarchy[1])
	fmt.Println("Pazzi:", h.Constraint[10], h.Hierarchy[10])
	// Output:
	// Medici: constraint 0.210, effective size 5.667, efficiency 0.944, hierarchy 0.022
	// Pazzi: 1 NaN
}

func ExampleCoreNumber() {
	g := florentine()
	fmt.Println(metrics.CoreNumber(g))
	// Output: [1 2 2 2 2 2 2 2 2 1 1 2 2 1 1]
}

func ExampleClustering() {
	g := florentine()
	c, _ := metrics.Clustering(context.Background(), g)
	fmt.Printf("Peruzzi %.3f, Medici %.3f\n", c[3], c[1])
	// Output: Peruzzi 0.667, Medici 0.067
}

func ExampleCutsOf() {
	g := florentine()
	cuts := metrics.CutsOf(g)
	for v, ok := range cuts.Articulation {
		if ok {
			fmt.Print(g.ID(v), " ")
		}
	}
	fmt.Println(len(cuts.Bridges), "bridges")
	// Output: Medici Albizzi Salviati Guadagni 5 bridges
}

func ExampleBrokerageRoles() {
	// A school (SGB VIII side) refers to a counselling service (SGB IX), which
	// refers on to a workshop (SGB IX) and a job centre (SGB II).
	g := metrics.NewGraph([]string{"school", "counselling", "workshop", "jobcentre"}, []metrics.Tie{
		{From: 0, To: 1, Weight: 1, OneWay: true},
		{From: 1, To: 2, Weight: 1, OneWay: true},
		{From: 1, To: 3, Weight: 1, OneWay: true},
	}, true)
	group := []int{0, 1, 1, 2} // SGB VIII, SGB IX, SGB IX, SGB II
	roles, _ := metrics.BrokerageRoles(context.Background(), g, group)
	fmt.Printf("%+v\n", roles[1])
	// Output: {Coordinator:0 Gatekeeper:1 Representative:0 Consultant:0 Liaison:1}
}

func ExampleDegreesOf() {
	g := florentine()
	d := metrics.DegreesOf(g)
	fmt.Println(d.Total[1], d.Strength[1])
	// Output: 6 6
}

func ExampleDensity() {
	fmt.Printf("%.3f\n", metrics.Density(florentine()))
	// Output: 0.190
}

func ExampleReciprocity() {
	g := metrics.NewGraph([]string{"a", "b", "c"}, []metrics.Tie{
		{From: 0, To: 1, Weight: 1}, // mutual: both directions
		{From: 1, To: 2, Weight: 1, OneWay: true},
	}, true)
	fmt.Printf("%.3f\n", metrics.Reciprocity(g))
	// Output: 0.667
}

func ExampleComponents() {
	_, sizes := metrics.Components(florentine())
	fmt.Println(sizes)
	// Output: [15]
}

func ExampleDistancesOf() {
	d, _ := metrics.DistancesOf(context.Background(), florentine(), 0, 1)
	fmt.Printf("diameter %d, mean distance %.3f, exact %v\n", d.Diameter, d.MeanDistance, d.Exact)
	// Output: diameter 5, mean distance 2.486, exact true
}

func ExampleAssortativity() {
	fmt.Printf("%.3f\n", metrics.Assortativity(florentine()))
	// Output: -0.375
}

func ExampleLouvain() {
	g := florentine()
	comm, _ := metrics.Louvain(context.Background(), g, 1, 1)
	fmt.Printf("%v Q = %.3f\n", comm, metrics.Modularity(g, comm, 1))
	// Output: [0 0 1 1 1 0 0 0 2 3 3 1 2 2 2] Q = 0.397
}

func ExampleLeiden() {
	g := florentine()
	comm, _ := metrics.Leiden(context.Background(), g, 1, 1)
	fmt.Printf("%v Q = %.3f\n", comm, metrics.Modularity(g, comm, 1))
	// Output: [0 0 1 1 1 0 0 0 2 3 3 1 2 2 2] Q = 0.397
}

func ExampleModularity() {
	g := florentine()
	oneGroup := make([]int, g.N())
	fmt.Printf("%.3f\n", metrics.Modularity(g, oneGroup, 1))
	// Output: 0.000
}

func ExampleGroupMixing() {
	g := florentine()
	// Families allied with the Medici (0) and the oligarchs (1), after Padgett.
	group := []int{0, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1}
	m := metrics.GroupMixing(g, group, []string{"medicean", "oligarch"})
	fmt.Printf("E-I %.3f, densities %.3f %.3f, between %.3f\n", m.EI, m.Groups[0].Density, m.Groups[1].Density, m.Blocks[0].Density)
	// Output: E-I -0.500, densities 0.333 0.278, between 0.093
}

func ExampleDegreeCentralization() {
	fmt.Printf("%.3f\n", metrics.DegreeCentralization(florentine()))
	// Output: 0.275
}

func ExampleBetweennessCentralization() {
	g := florentine()
	bc, _ := metrics.Betweenness(context.Background(), g)
	fmt.Printf("%.3f\n", metrics.BetweennessCentralization(bc))
	// Output: 0.437
}

// index returns the node of the actor ID, which the example knows to exist.
func index(g *metrics.Graph, id string) int {
	v, _ := g.Index(id)
	return v
}

func ExampleAdamicAdar() {
	g := florentine()
	// Medici and Guadagni share two partners, Tornabuoni and Albizzi, with three
	// partners each: AA = 2 / ln 3.
	fmt.Printf("%.4f\n", metrics.AdamicAdar(g, index(g, "Medici"), index(g, "Guadagni")))
	// Output: 1.8205
}

func ExampleRemovals() {
	g := florentine()
	removals, err := metrics.Removals(context.Background(), g)
	if err != nil {
		panic(err)
	}
	// Without the Medici, Acciaiuoli is alone and Salviati–Pazzi split off: of the
	// 91 pairs of the other 14 families, 55 + 1 stay connected.
	r := removals[index(g, "Medici")]
	fmt.Println("Ohne die Medici:", r.Components, "Komponenten,", r.DisconnectedPairs, "getrennte Paare")
	// Output: Ohne die Medici: 3 Komponenten, 35 getrennte Paare
}

func ExampleSubgraph() {
	g := florentine()
	sub := metrics.Subgraph(g, []int{index(g, "Medici"), index(g, "Ridolfi"), index(g, "Tornabuoni"), index(g, "Strozzi")})
	fmt.Println(sub.N(), sub.M())
	// Output: 4 4
}
