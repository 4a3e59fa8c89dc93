package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// metaKey is the key of the one Meta node.
const metaKey = "netzwerkatlas"

// migration is one step of the schema, from version-1 to version. Its statements are
// schema commands, each run in its own transaction (Neo4j does not mix schema and
// data changes), or data changes, run in one write transaction after them together
// with raising the Meta node's schema_version: a data change that fails leaves the
// data and the version as they were. Every statement must be idempotent, so that a
// migration interrupted half-way can run again. Statements take no parameters.
type migration struct {
	version int64
	what    string
	schema  []string
	data    []string
}

// migrations lists the schema versions in order. Append to change the schema; never
// edit a released step.
var migrations = []migration{
	{
		version: 1,
		what:    "constraints and indexes",
		schema: []string{
			"CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE",
			"CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT actor_external_key IF NOT EXISTS FOR (n:Actor) REQUIRE n.external_key IS UNIQUE",
			"CREATE CONSTRAINT offer_id IF NOT EXISTS FOR (n:Offer) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT offer_external_key IF NOT EXISTS FOR (n:Offer) REQUIRE n.external_key IS UNIQUE",
			"CREATE CONSTRAINT social_space_id IF NOT EXISTS FOR (n:SocialSpace) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT social_space_external_key IF NOT EXISTS FOR (n:SocialSpace) REQUIRE n.external_key IS UNIQUE",
			"CREATE CONSTRAINT need_id IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT need_external_key IF NOT EXISTS FOR (n:Need) REQUIRE n.external_key IS UNIQUE",
			"CREATE CONSTRAINT wave_id IF NOT EXISTS FOR (n:Wave) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT wave_external_key IF NOT EXISTS FOR (n:Wave) REQUIRE n.external_key IS UNIQUE",
			"CREATE CONSTRAINT cooperation_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE",
			"CREATE CONSTRAINT cooperation_external_key IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.external_key IS UNIQUE",
			"CREATE CONSTRAINT cooperation_pair_key IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.pair_key IS UNIQUE",
			"CREATE INDEX cooperation_wave IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.wave_id)",
			"CREATE CONSTRAINT token_id IF NOT EXISTS FOR (t:Token) REQUIRE t.id IS UNIQUE",
			"CREATE CONSTRAINT token_name IF NOT EXISTS FOR (t:Token) REQUIRE t.name IS UNIQUE",
			"CREATE CONSTRAINT token_hash IF NOT EXISTS FOR (t:Token) REQUIRE t.hash IS UNIQUE",
			"CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
		},
	},
	{
		version: 2,
		what:    "indexes on the batch of staged writes",
		schema: []string{
			"CREATE INDEX actor_batch IF NOT EXISTS FOR (n:Actor) ON (n.batch)",
			"CREATE INDEX offer_batch IF NOT EXISTS FOR (n:Offer) ON (n.batch)",
			"CREATE INDEX social_space_batch IF NOT EXISTS FOR (n:SocialSpace) ON (n.batch)",
			"CREATE INDEX need_batch IF NOT EXISTS FOR (n:Need) ON (n.batch)",
			"CREATE INDEX wave_batch IF NOT EXISTS FOR (n:Wave) ON (n.batch)",
			"CREATE INDEX cooperation_batch IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.batch)",
		},
	},
	{
		version: 3,
		what:    "indexes of the history",
		schema: []string{
			"CREATE INDEX history_seq IF NOT EXISTS FOR (h:HistoryEvent) ON (h.seq)",
			"CREATE INDEX history_entity IF NOT EXISTS FOR (h:HistoryEvent) ON (h.kind, h.entity_id)",
			"CREATE INDEX history_batch_id IF NOT EXISTS FOR (h:HistoryEvent) ON (h.batch_id)",
			"CREATE INDEX history_staged IF NOT EXISTS FOR (h:HistoryEvent) ON (h.batch)",
		},
	},
	{
		version: 4,
		what:    "records beside the network",
		schema: []string{
			"CREATE CONSTRAINT record_id IF NOT EXISTS FOR (r:Record) REQUIRE r.id IS UNIQUE",
		},
	},
	{
		version: 5,
		what:    "constraints and indexes of measures",
		schema: []string{
			"CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT measure_external_key IF NOT EXISTS FOR (n:Measure) REQUIRE n.external_key IS UNIQUE",
			"CREATE INDEX measure_batch IF NOT EXISTS FOR (n:Measure) ON (n.batch)",
		},
	},
	{
		// The cleanup of a failed staged batch finds its events by their numbers
		// (history_seq), so that the largest writes update one index less per event.
		version: 6,
		what:    "the history's staged events found by number",
		schema:  []string{"DROP INDEX history_staged IF EXISTS"},
	},
}

// SchemaVersion returns the schema version this package writes and reads.
func SchemaVersion() int64 { return migrations[len(migrations)-1].version }

// migrate brings the database to SchemaVersion: it creates the Meta node (revision
// 0, the default taxonomy) if there is none and runs the migrations the database has
// not seen. Concurrent Opens are safe: every step is idempotent and the version only
// rises.
func (s *Store) migrate(ctx context.Context) error {
	// The Meta node's constraint comes first so that MERGE below cannot create two.
	if err := s.schemaCommand(ctx, migrations[0].schema[0]); err != nil {
		return err
	}
	tax, err := json.Marshal(graph.DefaultTaxonomy())
	if err != nil {
		return translate("migrate", err)
	}
	current, err := plainWriteTx(ctx, s, "migrate", func(tx neo4j.ManagedTransaction) (int64, error) {
		rec, err := single(ctx, tx, `MERGE (m:Meta {key: $key})
			ON CREATE SET m.revision = 0, m.schema_version = 0, m.taxonomy = $taxonomy
			RETURN m.schema_version`, map[string]any{"key": metaKey, "taxonomy": string(tax)})
		if err != nil {
			return 0, err
		}
		return rec.Values[0].(int64), nil
	})
	if err != nil {
		return err
	}
	if current > SchemaVersion() {
		return graph.Errorf(graph.Unavailable, "Das Schema der Neo4j-Datenbank (Version %d) ist neuer als dieses Programm (Version %d); bitte Netzwerkatlas aktualisieren.", current, SchemaVersion())
	}
	for _, m := range migrations {
		if m.version <= current {
			continue
		}
		s.logger.InfoContext(ctx, "neo4j schema migration", "version", m.version, "what", m.what)
		if err := s.runMigration(ctx, m); err != nil {
			return &graph.Error{Code: graph.ErrorCode(err), Message: fmt.Sprintf(
				"Die Neo4j-Datenbank konnte nicht von Schema %d auf %d umgestellt werden: Schritt %d → %d (%s) ist fehlgeschlagen und hat keine Daten geändert; die Datenbank steht auf Schema %d. %s",
				current, SchemaVersion(), m.version-1, m.version, m.what, m.version-1, graph.ErrorMessage(err)), Err: err}
		}
	}
	return nil
}

// runMigration runs the schema commands of m, then its data changes and the raise of
// the schema version in one transaction.
func (s *Store) runMigration(ctx context.Context, m migration) error {
	for _, q := range m.schema {
		if err := s.schemaCommand(ctx, q); err != nil {
			return err
		}
	}
	_, err := plainWriteTx(ctx, s, "migrate", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		for _, q := range m.data {
			if _, err := exec(ctx, tx, q, nil); err != nil {
				return struct{}{}, err
			}
		}
		_, err := exec(ctx, tx, `MATCH (m:Meta {key: $key}) WHERE m.schema_version < $version
			SET m.schema_version = $version`, map[string]any{"key": metaKey, "version": m.version})
		return struct{}{}, err
	})
	return err
}

// schemaCommand runs one schema command in its own transaction.
func (s *Store) schemaCommand(ctx context.Context, q string) error {
	_, err := plainWriteTx(ctx, s, "schema", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := exec(ctx, tx, q, nil)
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("neo4jstore: schema %q: %w", q, err)
	}
	return nil
}
