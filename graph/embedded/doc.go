// Package embedded is the default graph.Store: all data of an installation in one
// local file, written through go.etcd.io/bbolt, so that Netzwerkatlas runs with no
// database server.
//
// # Layout
//
// The file holds one bucket per entity kind (key: ID, value: the entity in the compact
// binary form of tagged fields described in codec.go), and index buckets that the
// Store contract needs to answer without scanning: external key → ID per kind,
// cooperation pair key → ID, and a reverse reference index ("refs": referenced kind
// and ID, referring kind and ID) that finds an actor's cooperations and offers, a
// social space's users and a wave's cooperations. The "meta" bucket holds the
// revision, the taxonomy (as JSON) and the schema version; tokens (as JSON) and their
// hash and name indexes have buckets of their own. The history of writes (graph.Event)
// has three buckets, written in each write's transaction: the events by number, an
// index by entity and the number range of each batch (see history.go); they came with
// schema 2 without a migration, as new buckets do, so files written before hold no
// history and their entities' earlier versions cannot be restored.
//
// # Schema versions and migrations
//
// The schema version in the meta bucket says how the file is laid out. Schema 1
// (releases up to December 2026) stored entities positionally; schema 2 stores them
// as tagged fields. Open reads the version first: a new file gets the current schema,
// a file of a newer schema is refused (Unavailable), and a file of an older schema is
// migrated. Before migrating, Open writes a consistent copy of the file next to it,
// named after the file, the old schema and the time (netzwerkatlas.db.schema1-
// 20270115T093000Z.bak), then runs the steps in migrate.go in order (N → N+1) in one
// transaction. A step that fails rolls back all of them: the file stays as it was, and
// Open returns an Internal error that names the step and the backup. Schema 1's layout
// is frozen in codec_v1.go as a table of field numbers, so that the migration does not
// depend on the graph types of later releases.
//
// testdata/release-*/ holds a data file written by each release with what it read
// back (golden.json.gz); TestReleaseFilesOpen opens every one with the current code and
// compares. Each release adds its own file with TestWriteRelease (see the README.md
// there); never change a checked-in one.
//
// # Changing what is stored
//
// Adding a field to an entity type needs no migration: give it the next free number
// at the end of its code* function in codec.go (c.str(20, &a.Pronouns); a struct
// field as c.message, a slice of structs with codeList). Older files simply lack the
// field, which then reads as zero, and older releases skip it. Never reuse or
// renumber a field; a removed field leaves its number reserved with a comment.
// TestCodecCoversEveryField fails until the new field is coded; extend
// TestWriteRelease's items so that the next release file sets it.
//
// Adding an entity kind (such as history entries or surveys) needs no migration
// either: add it to graph.Kinds() and graph.New, give it a code* function and a case in
// codeEntity, and read it in Snapshot if it belongs to the network; Open creates its
// buckets in existing files. Refs it declares are indexed
// like the others.
//
// Anything else is a real change and gets a migration: a field whose type or meaning
// changes (give the new form a new number and convert the old one), data that must be
// derived for existing entities, a new index over existing data, a renamed bucket.
// Append a step {from: N, what, run} to migrations; schemaVersion follows. A step gets
// the transaction and may use rewriteValues; it must not depend on code that later
// changes (freeze what it reads, as codec_v1.go does). Test it from the previous
// release's file.
//
// Every write runs in one bbolt read-write transaction, so it is applied as a whole
// or not at all, even if the process dies in the middle. Only one process may open
// the file at a time; a second Open fails after a short wait with Unavailable.
package embedded
