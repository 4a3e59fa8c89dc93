// Package metrics holds the graph-algorithm kernels of Netzwerkatlas: actor metrics
// (degree, strength, betweenness, closeness, harmonic closeness, eigenvector
// centrality, PageRank, Burt's structural holes, k-cores, clustering, articulation
// points, bridges and removals, Gould–Fernandez brokerage, Adamic–Adar), network
// and group metrics (density, reciprocity, components, distances, Freeman
// centralisation, assortativity, E-I index and block densities) and Louvain and
// Leiden communities with their modularity.
//
// The rule for this package: a kernel is a pure function over *Graph, a compact
// index-based graph in compressed sparse row form that FromNetwork builds once per
// snapshot. Its doc comment states the definition, the reference it follows and its
// cost, and it knows nothing of planning, caching or the user interface; those
// belong to graph/analysis/planning and graph/analysis. Graph also adapts to
// gonum's graph interfaces (Graph.Gonum), so gonum's algorithms run on it
// unchanged; gonum serves as the oracle for the fast kernels in the tests.
//
// Conventions follow networkx 3.x unless a doc comment says otherwise, and the tests
// compare against networkx on Zachary's karate club, Padgett's Florentine families
// and Les Misérables. Shortest paths count hops: a tie's intensity (1–4) is a
// strength, not a length, and weighs only where a doc comment says so (strength,
// PageRank, eigenvector centrality, structural holes, Louvain, Leiden).
package metrics
