package embedded

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// migration is one step of the file's schema: it changes a file of schema from into
// one of schema from+1, inside the transaction it is given.
type migration struct {
	from int
	what string
	run  func(tx *bolt.Tx) error
}

// migrations lists the steps in order; step i goes from schema i+1 to i+2, and the
// last one ends at schemaVersion. Append a step for every change that a new field
// number cannot express (see doc.go); never edit a released step. A test may swap the
// list.
var migrations = []migration{
	{from: 1, what: "positional records become tagged fields", run: migrateTagged},
}

// schemaVersion is the schema of the files this package writes. Open migrates older
// files and refuses newer ones.
func schemaVersion() int { return migrations[len(migrations)-1].from + 1 }

// storedSchema returns the schema version recorded in tx, 0 for a new file. A file
// whose meta bucket has no version is of schema 1, which every release recorded
// together with creating that bucket.
func storedSchema(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, nil
	}
	v := meta.Get(keySchema)
	if v == nil {
		return 1, nil
	}
	if len(v) != 8 || binary.BigEndian.Uint64(v) == 0 || binary.BigEndian.Uint64(v) > 1<<31 {
		return 0, &graph.Error{Code: graph.Internal, Message: "Die Datendatei ist beschädigt (Schemaversion unlesbar).",
			Err: errors.New("embedded: bad schema version")}
	}
	return int(binary.BigEndian.Uint64(v)), nil
}

// upgrade brings the file to schemaVersion: for a file of an older schema it writes a
// backup copy next to the file (named with the old schema and the time) and runs the
// migrations in one transaction, so that a failed step leaves the file as it was.
// A new file only gets its buckets.
func (s *Store) upgrade() error {
	var current int
	if err := s.db.View(func(tx *bolt.Tx) (err error) {
		current, err = storedSchema(tx)
		return err
	}); err != nil {
		return err
	}
	target := schemaVersion()
	if current > target {
		return &graph.Error{Code: graph.Unavailable, Message: fmt.Sprintf(
			"Die Datendatei stammt von einer neueren Version von Netzwerkatlas (Schema %d, unterstützt bis %d).", current, target)}
	}
	backup := ""
	if current > 0 && current < target {
		backup = fmt.Sprintf("%s.schema%d-%s.bak", s.path, current, s.now().Format("20060102T150405Z"))
		if err := s.db.View(func(tx *bolt.Tx) error { return tx.CopyFile(backup, 0o600) }); err != nil {
			os.Remove(backup)
			return &graph.Error{Code: graph.Unavailable, Message: fmt.Sprintf(
				"Die Datendatei muss auf ein neues Format umgestellt werden, aber die Sicherungskopie %s kann nicht geschrieben werden; die Datei ist unverändert.", backup),
				Err: fmt.Errorf("embedded: backup before migration: %w", err)}
		}
	}
	step := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		for i, m := range migrations {
			if current == 0 || m.from < current {
				continue
			}
			step = i
			if err := m.run(tx); err != nil {
				return err
			}
		}
		return s.initialize(tx)
	})
	if err != nil && backup != "" {
		m := migrations[step]
		return &graph.Error{Code: graph.Internal, Message: fmt.Sprintf(
			"Die Datendatei konnte nicht von Schema %d auf %d umgestellt werden (Schritt %d → %d: %s). Sie ist unverändert; eine Sicherungskopie liegt unter %s.",
			current, target, m.from, m.from+1, m.what, filepath.Base(backup)),
			Err: fmt.Errorf("embedded: migrate schema %d to %d: %w", m.from, m.from+1, err)}
	}
	return err
}

// initialize creates the buckets the current schema needs and records its version.
func (s *Store) initialize(tx *bolt.Tx) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	if err := meta.Put(keySchema, binary.BigEndian.AppendUint64(nil, uint64(schemaVersion()))); err != nil {
		return err
	}
	names := [][]byte{bucketPairs, bucketRefs, bucketTokens, bucketTokenHash, bucketTokenName, bucketRecords,
		bucketHistory, bucketHistoryEntity, bucketHistoryBatch}
	for _, k := range graph.Kinds() {
		names = append(names, entityBucket(k), keyBucket(k))
	}
	for _, name := range names {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return nil
}

// rewriteValues replaces every stored entity of every kind by fn(kind, value). The
// new values are collected first and put in key order, since a bucket must not change
// under its cursor.
func rewriteValues(tx *bolt.Tx, fn func(dst []byte, kind graph.Kind, v []byte) ([]byte, error)) error {
	for _, kind := range graph.Kinds() {
		b := tx.Bucket(entityBucket(kind))
		if b == nil {
			continue
		}
		// Keys and values go into large shared arenas instead of one allocation each.
		var keys, vals [][]byte
		var arena []byte
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if need := len(k) + 2*len(v) + 64; cap(arena)-len(arena) < need {
				arena = make([]byte, 0, max(1<<20, need))
			}
			arena = append(arena, k...)
			keyEnd := len(arena)
			out, err := fn(arena, kind, v)
			if err != nil {
				return corrupt(string(kind), string(k), err)
			}
			keys = append(keys, arena[keyEnd-len(k):keyEnd:keyEnd])
			vals = append(vals, out[keyEnd:len(out):len(out)])
			if cap(out) == cap(arena) { // fn appended in place
				arena = out
			}
		}
		for i := range keys {
			if err := b.Put(keys[i], vals[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// migrateTagged rewrites every entity from schema 1's positional format into the
// tagged format (schema 2).
func migrateTagged(tx *bolt.Tx) error {
	return rewriteValues(tx, transcodeV1)
}
