// Package planning holds the planning analyses of Netzwerkatlas: the coupling matrix
// of legal domains and actor kinds, coupling potentials between actors who do not yet
// cooperate, offer gaps against the planners' needs, the figures of each social
// space, resilience against the loss of an actor, and what-if scenarios.
//
// The rule for this package: a planning analysis is a function over the snapshot's
// mutual *metrics.Graph and the actors' Profiles (their legal domains, social
// spaces, target groups, fields and offers), built from the kernels of
// graph/analysis/metrics, that returns a report in which every finding gives its
// reasons in German. Graph algorithms themselves go to graph/analysis/metrics;
// caching per snapshot revision is graph/analysis's Engine.
package planning
