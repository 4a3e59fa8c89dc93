// Package neo4jstore is the production graph.Store on Neo4j 5, through
// neo4j-go-driver v5. It passes graph/storetest like graph/embedded.
//
// # Graph model
//
// Every entity is a node, except a cooperation, which is the relationship between the
// two actors it joins, directed From → To (for a mutual tie the direction carries no
// meaning; its directed property is false):
//
//	(:Actor)-[:COOPERATES_WITH {id, kinds, intensity, directed, wave_id, …}]->(:Actor)
//	(:Actor)-[:PROVIDES]->(:Offer)-[:SERVES]->(:SocialSpace)
//	(:Actor)-[:LOCATED_IN]->(:SocialSpace)-[:PART_OF]->(:SocialSpace)
//	(:Need)-[:FOR]->(:SocialSpace)
//	(:Wave)                   cooperations name it in their wave_id property
//	(:Meta {key, revision, schema_version, taxonomy})   one node
//	(:Token {id, name, role, hash, created_at})
//	(:HistoryEvent {seq, at, by, kind, entity_id, action, version, batch_id, changes, …})
//	                          one per entity and write, see history.go
//
// Nodes and cooperation relationships carry id, external_key, version, created_at and
// updated_at, the fields a Cypher user filters on (name, kind, legal_domains, fields,
// target_groups, level, location as a WGS 84 point, …) and json, the entity's full
// JSON form. json is what the store reads back, so round trips are lossless; the
// other properties and the relationships mirror it, are rewritten with every write and
// are meant for reading. Taxonomy codes are stored as codes; the taxonomy, with the
// German labels, is JSON on the Meta node.
//
// Example queries:
//
//	// Actors in a social space or anywhere within it.
//	MATCH (a:Actor)-[:LOCATED_IN]->(:SocialSpace)-[:PART_OF*0..]->(:SocialSpace {id: $space})
//	RETURN a.name, a.legal_domains ORDER BY a.name
//
//	// Ties across legal domains: cooperations whose actors share no legal domain.
//	MATCH (a:Actor)-[c:COOPERATES_WITH]->(b:Actor)
//	WHERE none(d IN a.legal_domains WHERE d IN b.legal_domains)
//	RETURN a.name, b.name, c.kinds, c.intensity
//
//	// Counselling offers per social space (§ 106 SGB IX).
//	MATCH (o:Offer {counselling: true})-[:SERVES]->(s:SocialSpace)
//	RETURN s.name, count(o) AS offers ORDER BY offers
//
//	// The ego network of one actor in one survey wave.
//	MATCH (a:Actor {id: $actor})-[c:COOPERATES_WITH {wave_id: $wave}]-(b:Actor)
//	RETURN b.name, c.intensity, c.directed, startNode(c) = a AS outgoing
//
// # Schema and migrations
//
// Open creates uniqueness constraints on id and external_key of every label and
// relationship type, on the cooperations' pair_key and on the token's id, name and
// hash, plus indexes; each statement uses IF NOT EXISTS, so Open is idempotent and may
// run concurrently. The Meta node records the schema version (schema_version); Open
// runs the steps in schema.go the database has not seen, in order (N-1 → N), and
// refuses a database whose schema is newer than the program. A step's schema commands
// run one per transaction, its data changes in one transaction together with raising
// schema_version, so a failing step changes no data and leaves the version below it:
// Open then fails with a message that names the step, and the next Open tries again.
// The statements that find entities by a key name the index to seek (seek in
// model.go), so a plan made while the database held few entities never scans an index
// once per UNWIND row; dropping or renaming such an index needs those hints changed.
//
// The entities are read back from their json property with encoding/json, so adding a
// field to an entity type, or an entity kind (a label with its row in model.go),
// needs no step: older nodes lack the field, which reads as zero. A step is needed
// for new constraints or indexes, for properties that must be derived for existing
// nodes (mirrored fields a Cypher user filters on, new links), and for renamed
// labels, types or properties. Append it to migrations with the next version; never
// edit a released step; statements must be idempotent and take no parameters.
//
// testdata/release-*/ holds what each release wrote to Neo4j (constraints, indexes,
// nodes and relationships with typed properties) and what it read back;
// TestReleaseDatabasesOpen loads every one into the test server and opens it with the
// current code, and TestMigrationsRunOnReleaseData runs steps on that data. Each
// release adds its own with TestWriteRelease (see the README.md there).
//
// # Transactions
//
// Every operation is one managed transaction (ExecuteRead / ExecuteWrite), retried by
// the driver on transient errors for up to Config.MaxRetryTime. While the server
// cannot be reached, an operation fails with graph.Unavailable within Config.Timeout
// (5 s by default): the driver's connection timeouts and retries are set from it, and
// an operation that has begun no transaction when Timeout has passed is cancelled
// (see reach); queries on a server that answers are not cut short. Queries take their
// values as parameters; labels and relationship types come from a fixed table in
// model.go. Each write to network data first raises Meta.revision, which takes the
// Meta node's write lock: writers are serialized, every check a write makes sees all
// earlier writes, and the revision counts writes exactly. A failed write rolls back,
// revision included.
//
// A write is applied at most once. Every write transaction records a random token
// of its write on the Meta node (the list writes, "<milliseconds>:<token>", forgotten
// after two minutes), after taking the lock; an attempt that finds its token there
// ends without writing and returns what the committed attempt returned. When the
// connection is lost while a commit is under way, the outcome is unknown: writeTx
// tries once more, which either writes or finds the token; if that fails too, the
// error says that it is unknown whether the change was saved. Staged batches (below)
// are not covered: a lost answer to their publishing commit is reported as
// Unavailable.
//
// Upsert prefetches the stored entities the batch may refer to in bulk (UNWIND over
// the batch's keys; a kind of which nothing is stored is not asked), lets
// graph.PrepareBatch check and plan all items, and writes with UNWIND in statements of
// 10,000 rows. A batch of fewer than 50,000 items is one transaction. Snapshot reads
// the revision, the taxonomy and all entities in one read transaction, streaming
// records and decoding them in parallel while they arrive.
//
// # Large batches: staged, then published
//
// One transaction of a million relationships needs gigabytes of transaction memory
// and is slow to commit, so a batch of 50,000 items or more is written in many
// transactions and made visible in one. In short: the new items are written in
// chunks tagged with the batch's number, which every read path hides until one small
// transaction publishes the batch by clearing the number from the Meta node; a
// writer lease keeps other writers out meanwhile, and a batch that fails or whose
// writer dies is deleted by its number. In detail:
//
//  1. Lease. A small transaction takes the writer lease on the Meta node: it numbers
//     the batch (batch_seq + 1) and records it as staging, with a lease token and an
//     expiry (lease_until, two minutes, renewed every 24 s in the background). While
//     staging is set, every other write waits (at most Config.MaxRetryTime, then
//     Unavailable with a German message), so the data the batch was checked against
//     cannot change under it.
//  2. Plan. A read transaction prefetches and plans the batch as above.
//  3. Stage. The new items are written in transactions of 10,000 rows, each node and
//     cooperation carrying the batch number as its batch property: first the nodes,
//     then their links, then the cooperations, two transactions at a time. Creating a
//     relationship locks both of its nodes, so the cooperations are written in lanes
//     that share no actor: the actors are split into four parts by a hash of their
//     IDs, the cooperations into the ten buckets of the pairs of parts they join, and
//     buckets without a common part run side by side (see stage).
//  4. Publish. One small transaction checks that the lease is still held, raises the
//     revision, writes the batch's updates of stored entities and clears staging.
//
// Every read (Get, List, Snapshot, the lookups of dry runs) first reads the Meta node
// and then sees only rows without a batch property or with a batch number up to the
// last published one: while batch k is staged, a reader sees batch numbers below k,
// and a batch staged after a read began is numbered above what that read sees.
// Clearing staging in the publishing transaction therefore makes the whole batch
// visible at once, together with its revision. Published rows keep their batch
// property, which tells a Cypher user which import wrote them (a Cypher user who
// queries while a batch is staged should apply the same condition, see visibleOnly).
// Writers need no such condition: they run only while nothing is staged.
//
// If staging or publishing fails, the staged rows are deleted by batch number
// (indexed; the history events by their numbers, see lease.cleanup), in chunks, and
// the lease is freed. If the process dies, the lease runs out; the next Open, or the
// next writer that finds it expired, takes the lease over, deletes the batch's rows
// and frees it; readers do not see them meanwhile. A staging writer
// starts no transaction later than half a lease after its last renewal and gives each
// a timeout of a quarter lease, so nothing it writes can commit after its lease has
// run out and been taken over.
//
// New items that take over an external key or pair key given up by an updated item
// of the same batch cannot be written before that update; such a batch stages
// nothing and writes everything when it is published, in one transaction as before.
// Updates are always written by the publishing transaction: a batch of mostly
// updates is as large a transaction as before.
//
// # Errors
//
// Driver errors are translated once (see translate): an unreachable server, exhausted
// retries, a timeout or refused credentials become graph.Unavailable, a violated
// uniqueness constraint graph.Conflict, anything else graph.Internal; all with German
// messages and the driver error kept as the cause.
package neo4jstore
