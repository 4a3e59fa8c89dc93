package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
	"github.com/netzwerkatlas/netzwerkatlas/graph/storetest"
)

// migrateNeo4j returns the Neo4j test database for the command's tests, wiped, or
// skips the test (fails it if NETZWERKATLAS_REQUIRE_NEO4J=1, as in CI). .ci/with-neo4j
// sets NEO4J_TEST_URI_3, a database of its own, so that these tests do not race with
// the store's tests, and NEO4J_TEST_LOCK, which keeps the store's restart test from
// stopping the server under them; NEO4J_TEST_URI serves when running this package
// alone.
func migrateNeo4j(t *testing.T) neo4jstore.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_TEST_URI_3")
	if uri == "" {
		uri = os.Getenv("NEO4J_TEST_URI")
	}
	if uri == "" {
		if os.Getenv("NETZWERKATLAS_REQUIRE_NEO4J") == "1" {
			t.Fatal("NEO4J_TEST_URI_3 is not set but NETZWERKATLAS_REQUIRE_NEO4J=1: run the tests with .ci/with-neo4j")
		}
		t.Skip("no Neo4j test server: set NEO4J_TEST_URI_3 or NEO4J_TEST_URI (or run the tests with .ci/with-neo4j)")
	}
	// The store's tests restart the server (TestRecoversAfterRestart) holding
	// NEO4J_TEST_LOCK exclusively; hold it shared while this test uses the server.
	if path := os.Getenv("NEO4J_TEST_LOCK"); path != "" {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() }) // closing releases the lock
	}
	cfg := neo4jstore.Config{URI: uri, User: os.Getenv("NEO4J_TEST_USER"), Password: os.Getenv("NEO4J_TEST_PASSWORD")}
	if cfg.User == "" {
		cfg.User = "neo4j"
	}
	if cfg.Password == "" {
		cfg.Password = "netzwerkatlas-test"
	}
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 100000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 100000 ROWS",
	} {
		sess := driver.NewSession(ctx, neo4j.SessionConfig{})
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		sess.Close(ctx)
		if err != nil {
			t.Fatalf("wipe the Neo4j test database: %v", err)
		}
	}
	return cfg
}

// TestMigrate copies the demo county, a changed taxonomy and a token from the embedded
// file to Neo4j and back into a second file with `netzwerkatlas migrate`, and compares
// all three stores.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	cfg := migrateNeo4j(t)
	src, dst := t.TempDir(), t.TempDir()

	// The source: the demo county, a taxonomy with one more field, a token.
	s, err := embedded.Open(filepath.Join(src, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	tax, err := s.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tax.Fields = append(tax.Fields, graph.Term{Code: "digital", Label: "Digitale Teilhabe"})
	if err := s.SetTaxonomy(ctx, tax); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Upsert(ctx, demo.Generate(demo.County()), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateToken(ctx, &graph.Token{Name: "Koordination", Role: graph.RoleEditor, Hash: strings.Repeat("ab", 32)}); err != nil {
		t.Fatal(err)
	}
	wantRecords := []*graph.Record{
		{Collection: "survey", Key: "s1", Data: json.RawMessage(`{"title": "Erhebung 2026"}`)},
		{Collection: "survey", Key: "s1/answers/a", Data: json.RawMessage(`[1, 2]`)},
	}
	if err := s.PutRecords(ctx, wantRecords...); err != nil {
		t.Fatal(err)
	}
	want, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantTokens, err := s.Tokens(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	getenv := testEnv(map[string]string{
		"NEO4J_URI": cfg.URI, "NEO4J_USER": cfg.User, "NEO4J_PASSWORD": cfg.Password,
		"NETZWERKATLAS_DATA": t.TempDir(),
	})
	migrate := func(from, to string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, []string{"migrate", "--from", from, "--to", to, "--connect-wait", "5s"}, getenv, &out, io.Discard)
		return out.String(), err
	}
	out, err := migrate(src, "neo4j")
	if err != nil {
		t.Fatalf("migrate to Neo4j: %v", describe(err))
	}
	if !strings.Contains(out, "Kopie geprüft") {
		t.Errorf("migrate to Neo4j printed no verification:\n%s", out)
	}
	if _, err := migrate(src, "neo4j"); err == nil || !strings.Contains(err.Error(), "enthält schon Daten") {
		t.Errorf("migrate into a Neo4j database that holds data: %v, want a refusal", err)
	}
	if _, err := migrate("neo4j", dst); err != nil {
		t.Fatalf("migrate back from Neo4j: %v", describe(err))
	}

	n4, err := neo4jstore.Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n4.Close()
	back, err := embedded.Open(filepath.Join(dst, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	for name, store := range map[string]graph.Store{"Neo4j": n4, "the copy back": back} {
		got, err := store.Snapshot(ctx)
		if err != nil {
			t.Fatalf("%s: Snapshot: %v", name, err)
		}
		if d := graph.Diff(want, got, 10); d != nil {
			t.Errorf("%s differs from the source:\n  %s", name, strings.Join(d, "\n  "))
		}
		if len(got.Actors) != len(want.Actors) || len(got.Cooperations) != len(want.Cooperations) {
			t.Errorf("%s: %d actors, %d cooperations; want %d, %d", name, len(got.Actors), len(got.Cooperations), len(want.Actors), len(want.Cooperations))
		}
		gt, wt := *got.Taxonomy, *want.Taxonomy
		gt.Version, wt.Version = 0, 0
		if !reflect.DeepEqual(gt, wt) {
			t.Errorf("%s: the taxonomy differs from the source's", name)
		}
		tokens, err := store.Tokens(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(tokens) != 1 || tokens[0].ID != wantTokens[0].ID || !tokens[0].CreatedAt.Equal(wantTokens[0].CreatedAt) || tokens[0].Name != wantTokens[0].Name || tokens[0].Hash != wantTokens[0].Hash || tokens[0].Role != graph.RoleEditor {
			t.Errorf("%s: tokens %+v, want %+v", name, tokens, wantTokens)
		}
		records, err := store.ListRecords(ctx, "", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(records) != len(wantRecords) {
			t.Fatalf("%s: %d records, want %d", name, len(records), len(wantRecords))
		}
		for i, r := range records {
			if w := wantRecords[i]; r.Collection != w.Collection || r.Key != w.Key || !jsonEqual(r.Data, w.Data) {
				t.Errorf("%s: record %d = %s/%s %s, want %s/%s %s", name, i, r.Collection, r.Key, r.Data, w.Collection, w.Key, w.Data)
			}
		}
	}
}

// failing is a store that fails the given step once its countdown reaches 0.
type failing struct {
	graph.Store
	step string
	n    int // calls of step that still succeed
}

var errInjected = errors.New("injected failure")

func (f *failing) fail(step string) error {
	if step != f.step {
		return nil
	}
	if f.n--; f.n < 0 {
		return errInjected
	}
	return nil
}

func (f *failing) SetTaxonomy(ctx context.Context, t *graph.Taxonomy) error {
	if err := f.fail("taxonomy"); err != nil {
		return err
	}
	return f.Store.SetTaxonomy(ctx, t)
}

func (f *failing) Upsert(ctx context.Context, b *graph.Batch, o graph.BatchOptions) (graph.BatchResult, error) {
	if err := f.fail("upsert"); err != nil {
		return graph.BatchResult{}, err
	}
	return f.Store.Upsert(ctx, b, o)
}

func (f *failing) CreateToken(ctx context.Context, t *graph.Token) error {
	if err := f.fail("token"); err != nil {
		return err
	}
	return f.Store.CreateToken(ctx, t)
}

func (f *failing) Snapshot(ctx context.Context) (*graph.Network, error) {
	if err := f.fail("verify"); err != nil {
		return nil, err
	}
	return f.Store.Snapshot(ctx)
}

// fillSource writes the demo county, a changed taxonomy and two tokens into a new
// data directory and returns it.
func fillSource(t *testing.T) string {
	t.Helper()
	ctx := t.Context()
	dir := t.TempDir()
	s, err := embedded.Open(filepath.Join(dir, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tax, err := s.Taxonomy(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tax.Fields = append(tax.Fields, graph.Term{Code: "digital", Label: "Digitale Teilhabe"})
	if err := s.SetTaxonomy(ctx, tax); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Upsert(ctx, demo.Generate(demo.County()), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Koordination", "Planung"} {
		if err := s.CreateToken(ctx, &graph.Token{Name: name, Role: graph.RoleEditor, Hash: graph.HashToken(name)}); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// sameStores fails unless the stores in the data directories hold the same network,
// taxonomy and tokens.
func sameStores(t *testing.T, a, b string) {
	t.Helper()
	read := func(dir string) (*graph.Network, []storetest.ReleaseToken) {
		s, err := embedded.Open(filepath.Join(dir, "netzwerkatlas.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		r := storetest.ReadRelease(t, s)
		return r.Network, r.Tokens
	}
	na, ta := read(a)
	nb, tb := read(b)
	if d := graph.Diff(na, nb, 10); d != nil {
		t.Errorf("the copy differs:\n  %s", strings.Join(d, "\n  "))
	}
	if !reflect.DeepEqual(na.Taxonomy.Fields, nb.Taxonomy.Fields) {
		t.Error("the copy's taxonomy differs")
	}
	if !reflect.DeepEqual(ta, tb) {
		t.Errorf("the copy's tokens %+v, want %+v", tb, ta)
	}
}

// TestMigrateResumesAfterFailure interrupts `netzwerkatlas migrate` between two data
// files at every step and checks that a rerun finishes the copy. It needs no Neo4j.
func TestMigrateResumesAfterFailure(t *testing.T) {
	ctx := t.Context()
	src := fillSource(t)
	migrate := func(from, to string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, []string{"migrate", "--from", from, "--to", to}, testEnv(nil), &out, io.Discard)
		return out.String(), err
	}
	for _, tc := range []struct {
		step string
		n    int
	}{
		{"taxonomy", 0}, // after the marker
		{"upsert", 0},   // after the taxonomy
		{"token", 2},    // after the network data and the marker and one token
		{"verify", 1},   // before the check, after everything was written
	} {
		t.Run(fmt.Sprintf("%s-%d", tc.step, tc.n), func(t *testing.T) {
			dst := t.TempDir()
			s, err := embedded.Open(filepath.Join(src, "netzwerkatlas.db"))
			if err != nil {
				t.Fatal(err)
			}
			d, err := embedded.Open(filepath.Join(dst, "netzwerkatlas.db"))
			if err != nil {
				t.Fatal(err)
			}
			err = migrateStores(ctx, s, &failing{Store: d, step: tc.step, n: tc.n}, dst, io.Discard)
			s.Close()
			d.Close()
			if !errors.Is(err, errInjected) {
				t.Fatalf("the interrupted migration returned %v", err)
			}
			out, err := migrate(src, dst)
			if err != nil {
				t.Fatalf("rerun: %v", describe(err))
			}
			if !strings.Contains(out, "abgebrochene Migration") || !strings.Contains(out, "Kopie geprüft") {
				t.Errorf("the rerun printed:\n%s", out)
			}
			sameStores(t, src, dst)
			// Finished: a third run refuses the target, which now holds data.
			if _, err := migrate(src, dst); err == nil || !strings.Contains(err.Error(), "enthält schon Daten") {
				t.Errorf("migrate into a finished target: %v, want a refusal", err)
			}
		})
	}
}

// TestMigrateStartsCleanIfTheSourceChanged interrupts a migration after it wrote the
// network data, changes the source, and checks that the rerun replaces the target's
// data.
func TestMigrateStartsCleanIfTheSourceChanged(t *testing.T) {
	ctx := t.Context()
	src, dst := fillSource(t), t.TempDir()
	s, err := embedded.Open(filepath.Join(src, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := embedded.Open(filepath.Join(dst, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateStores(ctx, s, &failing{Store: d, step: "verify", n: 1}, dst, io.Discard); !errors.Is(err, errInjected) {
		t.Fatalf("the interrupted migration returned %v", err)
	}
	d.Close()
	n, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{} // actors a measure names are not deleted
	for i := range n.Measures {
		for _, r := range n.Measures[i].Refs() {
			named[*r.ID] = true
		}
	}
	i := slices.IndexFunc(n.Actors, func(a graph.Actor) bool { return !named[a.ID] })
	if _, err := s.Delete(ctx, graph.KindActor, n.Actors[i].ID, graph.DeleteOptions{Cascade: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(ctx, &graph.Wave{Name: "Neu", Date: "2027-01-01"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "--from", src, "--to", dst}, testEnv(nil), &out, io.Discard); err != nil {
		t.Fatalf("rerun: %v", describe(err))
	}
	if !strings.Contains(out.String(), "gelöscht und neu kopiert") {
		t.Errorf("the rerun printed:\n%s", out.String())
	}
	sameStores(t, src, dst)
}

// TestMigrateRefusesATargetWithData checks that a target with data or tokens but no
// marker of an unfinished migration is left alone.
func TestMigrateRefusesATargetWithData(t *testing.T) {
	ctx := t.Context()
	src := fillSource(t)
	for name, fill := range map[string]func(graph.Store) error{
		"data": func(s graph.Store) error { return s.Create(ctx, &graph.Wave{Name: "W", Date: "2025-01-01"}) },
		"token": func(s graph.Store) error {
			return s.CreateToken(ctx, &graph.Token{Name: "Admin", Role: graph.RoleAdmin, Hash: graph.HashToken("x")})
		},
	} {
		t.Run(name, func(t *testing.T) {
			dst := t.TempDir()
			d, err := embedded.Open(filepath.Join(dst, "netzwerkatlas.db"))
			if err != nil {
				t.Fatal(err)
			}
			if err := fill(d); err != nil {
				t.Fatal(err)
			}
			before, _ := d.Snapshot(ctx)
			d.Close()
			err = run(ctx, []string{"migrate", "--from", src, "--to", dst}, testEnv(nil), io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), "enthält schon Daten") {
				t.Fatalf("migrate into a target with %s: %v, want a refusal", name, err)
			}
			d, err = embedded.Open(filepath.Join(dst, "netzwerkatlas.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			after, _ := d.Snapshot(ctx)
			if after.Revision != before.Revision || len(after.Actors) != 0 {
				t.Error("the refused migration changed the target")
			}
		})
	}
}
