// Package graph is the domain of Netzwerkatlas: the entities of a cooperation network
// in social planning (actors, cooperations, social spaces, offers, needs, survey
// waves), their validation with German messages, the editable taxonomy, the Store
// contract that every storage backend fulfils, and the error codes shared by all
// layers.
//
// The package does no I/O. Backends live in graph/embedded and graph/neo4jstore and
// are held to the same behaviour by graph/storetest; analyses in graph/analysis work
// on the immutable Network snapshot.
//
// Code and JSON use English names; everything a user reads (error messages, labels)
// is German.
package graph
