package neo4jstore_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
	"github.com/netzwerkatlas/netzwerkatlas/graph/storetest"
)

// Every release checks in what it writes to Neo4j under testdata/release-*/ (see the
// README.md there): database.json.gz, the schema, nodes and relationships, and
// golden.json.gz, what the store read back. TestReleaseDatabasesOpen loads each into
// the test server and opens it with the current code.
var writeRelease = flag.String("write-release", "", "write this release's Neo4j database dump and golden into this directory")

// dump is a database as database.json.gz holds it. Property values are typed (see
// property), so that a load gives back the same Neo4j types.
type dump struct {
	// Schema holds the statements that create the constraints and indexes.
	Schema        []string      `json:"schema"`
	Nodes         []dumpNode    `json:"nodes"`
	Relationships []dumpRelship `json:"relationships"`
}

type dumpNode struct {
	Labels []string            `json:"labels"`
	Props  map[string]property `json:"props"`
}

type dumpRelship struct {
	Type  string              `json:"type"`
	From  int                 `json:"from"` // index in Nodes
	To    int                 `json:"to"`
	Props map[string]property `json:"props"`
}

// property is one typed property value.
type property struct {
	Type     string     `json:"type"` // string, integer, float, boolean, datetime, point, list
	String   string     `json:"string,omitempty"`
	Integer  int64      `json:"integer,omitempty"`
	Float    float64    `json:"float,omitempty"`
	Boolean  bool       `json:"boolean,omitempty"`
	SRID     uint32     `json:"srid,omitempty"`
	X        float64    `json:"x,omitempty"`
	Y        float64    `json:"y,omitempty"`
	Elements []property `json:"elements,omitempty"`
}

func toProperty(v any) (property, error) {
	switch v := v.(type) {
	case string:
		return property{Type: "string", String: v}, nil
	case int64:
		return property{Type: "integer", Integer: v}, nil
	case float64:
		return property{Type: "float", Float: v}, nil
	case bool:
		return property{Type: "boolean", Boolean: v}, nil
	case time.Time:
		return property{Type: "datetime", String: v.Format(time.RFC3339Nano)}, nil
	case dbtype.Point2D:
		return property{Type: "point", SRID: v.SpatialRefId, X: v.X, Y: v.Y}, nil
	case []any:
		p := property{Type: "list", Elements: []property{}}
		for _, e := range v {
			ep, err := toProperty(e)
			if err != nil {
				return p, err
			}
			p.Elements = append(p.Elements, ep)
		}
		return p, nil
	}
	return property{}, fmt.Errorf("property of type %T", v)
}

// value returns the driver value of p. Lists of strings become []string, which is
// what the store writes.
func (p property) value() (any, error) {
	switch p.Type {
	case "string":
		return p.String, nil
	case "integer":
		return p.Integer, nil
	case "float":
		return p.Float, nil
	case "boolean":
		return p.Boolean, nil
	case "datetime":
		return time.Parse(time.RFC3339Nano, p.String)
	case "point":
		return dbtype.Point2D{SpatialRefId: p.SRID, X: p.X, Y: p.Y}, nil
	case "list":
		out := make([]string, 0, len(p.Elements))
		for _, e := range p.Elements {
			if e.Type != "string" {
				return nil, fmt.Errorf("list of %s", e.Type)
			}
			out = append(out, e.String)
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown property type %q", p.Type)
}

func toProperties(m map[string]any) (map[string]property, error) {
	out := make(map[string]property, len(m))
	for k, v := range m {
		p, err := toProperty(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		out[k] = p
	}
	return out, nil
}

func values(m map[string]property) (map[string]any, error) {
	out := make(map[string]any, len(m))
	for k, p := range m {
		v, err := p.value()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		out[k] = v
	}
	return out, nil
}

// query runs q with params in its own auto-commit transaction and returns the records.
func query(t testing.TB, driver neo4j.DriverWithContext, db string, q string, params map[string]any) []*neo4j.Record {
	t.Helper()
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, driver, q, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return res.Records
}

// dumpDatabase reads the whole test database: its schema, nodes and relationships.
func dumpDatabase(t *testing.T, driver neo4j.DriverWithContext, db string) *dump {
	t.Helper()
	d := &dump{}
	for _, rec := range query(t, driver, db, "SHOW CONSTRAINTS YIELD name, createStatement RETURN createStatement ORDER BY name", nil) {
		d.Schema = append(d.Schema, rec.Values[0].(string))
	}
	for _, rec := range query(t, driver, db, "SHOW INDEXES YIELD name, type, owningConstraint, createStatement "+
		"WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN createStatement ORDER BY name", nil) {
		d.Schema = append(d.Schema, rec.Values[0].(string))
	}
	index := map[string]int{}
	for _, rec := range query(t, driver, db, "MATCH (n) RETURN elementId(n), labels(n), properties(n) ORDER BY labels(n)[0], n.id, n.key", nil) {
		props, err := toProperties(rec.Values[2].(map[string]any))
		if err != nil {
			t.Fatal(err)
		}
		var labels []string
		for _, l := range rec.Values[1].([]any) {
			labels = append(labels, l.(string))
		}
		index[rec.Values[0].(string)] = len(d.Nodes)
		d.Nodes = append(d.Nodes, dumpNode{Labels: labels, Props: props})
	}
	for _, rec := range query(t, driver, db, "MATCH (a)-[r]->(b) RETURN elementId(a), elementId(b), type(r), properties(r) "+
		"ORDER BY type(r), r.id, a.id, b.id", nil) {
		props, err := toProperties(rec.Values[3].(map[string]any))
		if err != nil {
			t.Fatal(err)
		}
		d.Relationships = append(d.Relationships, dumpRelship{Type: rec.Values[2].(string),
			From: index[rec.Values[0].(string)], To: index[rec.Values[1].(string)], Props: props})
	}
	return d
}

// name is what a label, relationship type or schema name in a dump may look like; they
// go into Cypher text, which cannot take them as parameters.
var name = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// loadDatabase replaces the test database's data and schema with d's.
func loadDatabase(t *testing.T, driver neo4j.DriverWithContext, db string, d *dump) {
	t.Helper()
	for _, rec := range query(t, driver, db, "SHOW CONSTRAINTS YIELD name RETURN name", nil) {
		n := rec.Values[0].(string)
		if !name.MatchString(n) {
			t.Fatalf("constraint name %q", n)
		}
		query(t, driver, db, "DROP CONSTRAINT "+n, nil)
	}
	for _, rec := range query(t, driver, db, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", nil) {
		n := rec.Values[0].(string)
		if !name.MatchString(n) {
			t.Fatalf("index name %q", n)
		}
		query(t, driver, db, "DROP INDEX "+n, nil)
	}
	for _, q := range d.Schema {
		query(t, driver, db, q, nil)
	}
	query(t, driver, db, "CALL db.awaitIndexes(300)", nil)
	// Nodes, grouped by their labels, carry their index in the dump until the
	// relationships are made.
	groups := map[string][]map[string]any{}
	for i, n := range d.Nodes {
		for _, l := range n.Labels {
			if !name.MatchString(l) {
				t.Fatalf("label %q", l)
			}
		}
		props, err := values(n.Props)
		if err != nil {
			t.Fatal(err)
		}
		key := strings.Join(n.Labels, ":")
		groups[key] = append(groups[key], map[string]any{"i": int64(i), "props": props})
	}
	for labels, rows := range groups {
		query(t, driver, db, "UNWIND $rows AS row CREATE (n:"+labels+") SET n = row.props, n.dump_index = row.i", map[string]any{"rows": rows})
	}
	types := map[string][]map[string]any{}
	for _, r := range d.Relationships {
		if !name.MatchString(r.Type) {
			t.Fatalf("relationship type %q", r.Type)
		}
		props, err := values(r.Props)
		if err != nil {
			t.Fatal(err)
		}
		types[r.Type] = append(types[r.Type], map[string]any{"from": int64(r.From), "to": int64(r.To), "props": props})
	}
	for typ, rows := range types {
		query(t, driver, db, "UNWIND $rows AS row MATCH (a {dump_index: row.from}) MATCH (b {dump_index: row.to}) "+
			"CREATE (a)-[r:"+typ+"]->(b) SET r = row.props", map[string]any{"rows": rows})
	}
	query(t, driver, db, "MATCH (n) REMOVE n.dump_index", nil)
}

// TestWriteRelease writes what this release stores in Neo4j when run with
// -write-release and a test server:
//
//	.ci/with-neo4j go test ./graph/neo4jstore/ -run TestWriteRelease -write-release testdata/release-YYYY-MM
//
// It stores the network, taxonomy and tokens of the embedded store's release file of
// the same name (graph/embedded/testdata/…/golden.json.gz): every field of every kind.
func TestWriteRelease(t *testing.T) {
	if *writeRelease == "" {
		t.Skip("run with -write-release DIR to write this release's Neo4j database")
	}
	dir := *writeRelease
	var src storetest.Release
	storetest.ReadGzipJSON(t, filepath.Join("..", "embedded", dir, "golden.json.gz"), &src)
	s := newStore(t)
	ctx := t.Context()
	cur, err := s.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tax := *src.Network.Taxonomy
	tax.Version = cur.Version
	if err := s.SetTaxonomy(ctx, &tax); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Upsert(ctx, src.Network.Batch(), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, tok := range src.Tokens {
		tok.Hash = tok.StoredHash
		if err := s.CreateToken(ctx, &tok.Token); err != nil {
			t.Fatal(err)
		}
	}
	golden := storetest.ReadRelease(t, s)
	cfg := testConfig(t)
	d := dumpDatabase(t, testDriver(t, cfg), cfg.Database)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	storetest.WriteGzipJSON(t, filepath.Join(dir, "database.json.gz"), d)
	storetest.WriteGzipJSON(t, filepath.Join(dir, "golden.json.gz"), golden)
	t.Logf("wrote %s: %d schema statements, %d nodes, %d relationships", dir, len(d.Schema), len(d.Nodes), len(d.Relationships))
}

// TestReleaseDatabasesOpen loads what every earlier release wrote to Neo4j (schema,
// nodes, relationships) into the test server, opens it with the current code, which
// migrates it, and checks that the store reads exactly what that release read. It
// must stay valid for every later release.
func TestReleaseDatabasesOpen(t *testing.T) {
	cfg := testConfig(t)
	dirs, err := filepath.Glob(filepath.Join("testdata", "release-*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no release databases in testdata")
	}
	driver := testDriver(t, cfg)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var d dump
			storetest.ReadGzipJSON(t, filepath.Join(dir, "database.json.gz"), &d)
			wipe(t, cfg)
			loadDatabase(t, driver, cfg.Database, &d)
			s := open(t, cfg)
			storetest.CheckRelease(t, s, dir)
			if v := schemaVersionOf(t, driver, cfg.Database); v != neo4jstore.SchemaVersion() {
				t.Errorf("after Open the schema version is %d, want %d", v, neo4jstore.SchemaVersion())
			}
			var indexes []string
			for _, rec := range query(t, driver, cfg.Database, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name", nil) {
				indexes = append(indexes, rec.Values[0].(string))
			}
			for _, want := range []string{"actor_id", "cooperation_pair_key", "cooperation_batch", "token_hash"} {
				if !slices.Contains(indexes, want) {
					t.Errorf("after Open the index %s is missing: %v", want, indexes)
				}
			}
			// It keeps working: a write after the migration.
			if err := s.Create(t.Context(), &graph.Wave{Name: "Nach dem Update", Date: "2027-01-01"}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// schemaVersionOf returns the schema version on the Meta node.
func schemaVersionOf(t *testing.T, driver neo4j.DriverWithContext, db string) int64 {
	t.Helper()
	recs := query(t, driver, db, "MATCH (m:Meta) RETURN m.schema_version", nil)
	if len(recs) != 1 {
		t.Fatalf("%d Meta nodes", len(recs))
	}
	return recs[0].Values[0].(int64)
}

// TestMigrationsRunOnReleaseData starts from the December 2026 release's database
// and checks the migrations: the released step 1 → 2 runs again on data after its
// indexes are dropped, a later data step runs once, and a failing step changes
// nothing and makes Open fail with a clear message.
func TestMigrationsRunOnReleaseData(t *testing.T) {
	cfg := testConfig(t)
	driver := testDriver(t, cfg)
	dir := filepath.Join("testdata", "release-2026-12")
	var d dump
	storetest.ReadGzipJSON(t, filepath.Join(dir, "database.json.gz"), &d)
	wipe(t, cfg)
	loadDatabase(t, driver, cfg.Database, &d)

	// Back to schema 1: without the indexes step 2 creates.
	for _, rec := range query(t, driver, cfg.Database, "SHOW INDEXES YIELD name WHERE name ENDS WITH '_batch' RETURN name", nil) {
		n := rec.Values[0].(string)
		if !name.MatchString(n) {
			t.Fatalf("index name %q", n)
		}
		query(t, driver, cfg.Database, "DROP INDEX "+n, nil)
	}
	query(t, driver, cfg.Database, "MATCH (m:Meta) SET m.schema_version = 1", nil)

	t.Run("failing step", func(t *testing.T) {
		next := neo4jstore.SchemaVersion() + 1
		neo4jstore.SetMigrations(t, neo4jstore.NewMigration(next, "ein Schritt, der scheitert",
			"MATCH (a:Actor) SET a.name = 'kaputt'", "MATCH (a:Actor) WITH count(a) AS n RETURN 1 / (n - n)"))
		_, err := neo4jstore.Open(t.Context(), cfg, nil)
		if err == nil {
			t.Fatal("Open with a failing migration succeeded")
		}
		msg := graph.ErrorMessage(err)
		for _, want := range []string{fmt.Sprintf("von Schema 1 auf %d", next), fmt.Sprintf("Schritt %d → %d", next-1, next), "keine Daten geändert", fmt.Sprintf("steht auf Schema %d", next-1)} {
			if !strings.Contains(msg, want) {
				t.Errorf("the error %q does not say %q", msg, want)
			}
		}
		if n := query(t, driver, cfg.Database, "MATCH (a:Actor {name: 'kaputt'}) RETURN count(a)", nil)[0].Values[0].(int64); n != 0 {
			t.Errorf("the failed step renamed %d actors", n)
		}
		if v := schemaVersionOf(t, driver, cfg.Database); v != next-1 {
			t.Errorf("after the failed step the schema version is %d, want %d", v, next-1)
		}
	})
	t.Run("data step", func(t *testing.T) {
		next := neo4jstore.SchemaVersion() + 1
		neo4jstore.SetMigrations(t, neo4jstore.NewMigration(next, "Akteure markieren",
			"MATCH (a:Actor) WHERE a.migrated IS NULL SET a.migrated = 1"))
		s := open(t, cfg)
		storetest.CheckRelease(t, s, dir)
		s.Close()
		open(t, cfg).Close() // the step does not run twice
		if v := schemaVersionOf(t, driver, cfg.Database); v != next {
			t.Errorf("the schema version is %d, want %d", v, next)
		}
		recs := query(t, driver, cfg.Database, "MATCH (a:Actor) RETURN count(a), sum(a.migrated)", nil)
		if all, marked := recs[0].Values[0].(int64), recs[0].Values[1].(int64); all == 0 || marked != all {
			t.Errorf("%d of %d actors marked", marked, all)
		}
		var indexes []string
		for _, rec := range query(t, driver, cfg.Database, "SHOW INDEXES YIELD name WHERE name ENDS WITH '_batch' RETURN name", nil) {
			indexes = append(indexes, rec.Values[0].(string))
		}
		if len(indexes) != len(graph.Kinds()) { // one per kind
			t.Errorf("after migrating from schema 1 the batch indexes are %v", indexes)
		}
	})
}
