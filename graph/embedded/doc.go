// Package embedded is the default graph.Store: all data of an installation in one
// local file, written through go.etcd.io/bbolt, so that Netzwerkatlas runs with no
// database server.
//
// # Layout
//
// The file holds one bucket per entity kind (key: ID, value: the entity in the compact
// binary form described in codec.go), and index buckets that the Store contract needs
// to answer without scanning: external key → ID per kind, cooperation pair key → ID,
// and a reverse reference index ("refs": referenced kind and ID, referring kind and
// ID) that finds an actor's cooperations and offers, a social space's users and a
// wave's cooperations. The "meta" bucket holds the revision, the taxonomy (as JSON) and
// the schema version; tokens (as JSON) and their hash and name indexes have buckets of
// their own.
//
// Every write runs in one bbolt read-write transaction, so it is applied as a whole
// or not at all, even if the process dies in the middle. Only one process may open
// the file at a time; a second Open fails after a short wait with Unavailable.
package embedded
