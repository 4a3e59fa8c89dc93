// Package analysis computes the figures of Netzwerkatlas from an immutable
// graph.Network snapshot: actor metrics (degree, strength, betweenness, closeness,
// harmonic closeness, eigenvector centrality, PageRank, Burt's structural holes,
// k-cores, clustering, articulation points and bridges, Gould–Fernandez brokerage),
// network and group metrics (density, reciprocity, components, distances, Freeman
// centralisation, assortativity, E-I index and block densities) and Louvain
// communities with their modularity.
//
// Every algorithm is a pure function over *Graph, a compact index-based graph in
// compressed sparse row form that FromNetwork builds once per snapshot. Graph also
// adapts to gonum's graph interfaces (Graph.Gonum), so gonum's algorithms run on it
// unchanged; gonum serves as the oracle for the fast kernels in the tests.
//
// Conventions follow networkx 3.x unless a doc comment says otherwise, and the tests
// compare against networkx on Zachary's karate club, Padgett's Florentine families
// and Les Misérables. Shortest paths count hops: a tie's intensity (1–4) is a
// strength, not a length, and weighs only where a doc comment says so (strength,
// PageRank, eigenvector centrality, structural holes, Louvain).
//
// Engine caches results per snapshot revision and is safe for concurrent use; every
// long computation takes a context and stops when it is cancelled. Above
// Options.ExactLimit it samples betweenness (ApproxBetweenness), closeness and
// harmonic closeness (ApproxCloseness) and the distances, each with a stated error
// bound, and its reports say that they are approximate. Definitions holds
// a plain-German explanation of each metric for the user interface.
package analysis
