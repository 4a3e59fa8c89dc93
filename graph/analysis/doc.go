// Package analysis serves the figures of Netzwerkatlas: its Engine computes the
// reports of an immutable graph.Network snapshot and caches them by the snapshot's
// revision, and Definitions is the one registry of the metrics, with their German
// labels, definitions, references and export columns.
//
// The computing is done in two packages below it, and this is where new code goes:
//
//   - graph/analysis/metrics holds the graph-algorithm kernels: pure functions over
//     the compact *metrics.Graph that compute one metric (a centrality, brokerage,
//     communities, cut structure, network and group figures). A new metric is a
//     kernel there, a field of ActorMetrics or NetworkReport here, and an entry in
//     Definitions.
//   - graph/analysis/planning holds the planning analyses: functions over the mutual
//     graph and the actors' planning.Profiles that return a report whose findings
//     give German reasons (coupling matrix and potentials, offer gaps, social spaces,
//     resilience, what-if). A new planning analysis is a function there and one
//     cached Engine method here.
//
// Every report describes one state of the network (graph.State: a survey wave or a
// date, default today): the caller passes the network of that state
// (graph.Network.At), the Engine caches per revision and state, and each report
// carries the state in its State field. Changes compares two states (see
// graph/analysis/changes).
//
// Engine is safe for concurrent use; every long computation takes a context and
// stops when it is cancelled. Above Options.ExactLimit it samples betweenness,
// closeness, harmonic closeness and the distances, each with a stated error bound,
// and its reports say that they are approximate.
package analysis
