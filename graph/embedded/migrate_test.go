package embedded

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// schema1File returns the path of a copy of the December 2026 release's data file,
// which has schema 1.
func schema1File(t *testing.T) string {
	t.Helper()
	return unpackRelease(t, filepath.Join("testdata", "release-2026-12"))
}

// fileSum returns the SHA-256 of the file at path.
func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// schemaOf returns the schema version recorded in the file at path.
func schemaOf(t *testing.T, path string) int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.View(func(tx *bolt.Tx) (err error) { n, err = storedSchema(tx); return err }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestMigrationMakesBackup(t *testing.T) {
	path := schema1File(t)
	before := fileSum(t, path)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := snapshotJSON(t, s)
	s.Close()
	backups, _ := filepath.Glob(path + ".schema1-*.bak")
	if len(backups) != 1 {
		t.Fatalf("backups after the migration: %v, want one named …schema1-<time>.bak", backups)
	}
	if got := schemaOf(t, backups[0]); got != 1 {
		t.Errorf("the backup has schema %d, want 1", got)
	}
	if got := schemaOf(t, path); got != schemaVersion() {
		t.Errorf("the migrated file has schema %d, want %d", got, schemaVersion())
	}
	if fileSum(t, path) == before {
		t.Error("the migration did not change the file")
	}
	// The backup is the old file: migrating it again gives the same network.
	raw, err := os.ReadFile(backups[0])
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(t.TempDir(), "netzwerkatlas.db")
	if err := os.WriteFile(old, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = Open(old)
	if err != nil {
		t.Fatal(err)
	}
	if got := snapshotJSON(t, s); got != want {
		t.Error("the backup reads differently from the migrated file")
	}
	s.Close()
	// A file of the current schema is opened without a backup.
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if again, _ := filepath.Glob(path + ".schema*.bak"); len(again) != 1 {
		t.Errorf("reopening the migrated file made backups: %v", again)
	}
}

func TestFailedMigrationLeavesFileUntouched(t *testing.T) {
	path := schema1File(t)
	before := fileSum(t, path)
	// A step 2 → 3 that fails after it has rewritten every value, and after the
	// real step 1 → 2 has run in the same transaction.
	saved := migrations
	t.Cleanup(func() { migrations = saved })
	migrations = append(saved[:len(saved):len(saved)], migration{from: 2, what: "a step that fails", run: func(tx *bolt.Tx) error {
		err := rewriteValues(tx, func(dst []byte, _ graph.Kind, v []byte) ([]byte, error) { return append(dst, 'x'), nil })
		if err != nil {
			return err
		}
		return errors.New("injected failure")
	}})
	_, err := Open(path)
	if err == nil {
		t.Fatal("Open with a failing migration succeeded")
	}
	msg := graph.ErrorMessage(err)
	for _, want := range []string{"von Schema 1 auf 3", "Schritt 2 → 3", "unverändert", "Sicherungskopie", ".schema1-"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error %q does not say %q", msg, want)
		}
	}
	if graph.ErrorCode(err) != graph.Internal {
		t.Errorf("code %q, want internal", graph.ErrorCode(err))
	}
	if fileSum(t, path) != before {
		t.Fatal("the failed migration changed the file")
	}
	// Without the failing step the file migrates and reads as before.
	migrations = saved
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Snapshot(t.Context()); err != nil || len(n.Actors) < 250 {
		t.Fatalf("after the failed migration: %v", err)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "netzwerkatlas.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint64(nil, uint64(schemaVersion()+1)))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := fileSum(t, path)
	_, err = Open(path)
	if graph.ErrorCode(err) != graph.Unavailable || !strings.Contains(graph.ErrorMessage(err), "neueren Version") {
		t.Fatalf("Open of a newer file = %v, want unavailable", err)
	}
	if fileSum(t, path) != before {
		t.Fatal("Open changed a newer file")
	}
}
