// Package storetest is the conformance suite of graph.Store. Every backend's tests
// call Run with a constructor of fresh, empty stores; the suite then checks every
// behaviour the Store contract documents: creating, reading, updating and deleting
// each kind of entity, optimistic concurrency, validation with field errors, unique
// keys, cascades, filtered lists, the revision, batch upserts, snapshots, the
// taxonomy, API tokens and context cancellation.
//
// The suite only uses the exported API of package graph, so a store that passes it
// behaves like every other store that does.
package storetest
