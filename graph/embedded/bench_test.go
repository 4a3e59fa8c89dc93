package embedded

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// The sizes the benchmarks use: the demo county, and a federal state.
var (
	countyOptions = demo.County()
	largeOptions  = demo.Options{Seed: 1, Actors: 100_000, Cooperations: 1_000_000}
)

// filled keeps one filled store per size for the whole benchmark run, so that
// -count=3 loads the large network only once.
var (
	filledMu sync.Mutex
	filled   = map[demo.Options]*Store{}
	tempDirs []string
)

// TestMain removes the files of the filled stores after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, s := range filled {
		s.Close()
	}
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// filledStore returns a store that holds the network generated for o.
func filledStore(b *testing.B, o demo.Options) *Store {
	b.Helper()
	filledMu.Lock()
	defer filledMu.Unlock()
	if s := filled[o]; s != nil {
		return s
	}
	s := newBenchStore(b)
	if _, err := s.Upsert(b.Context(), demo.Generate(o), graph.BatchOptions{}); err != nil {
		b.Fatal(err)
	}
	filled[o] = s
	return s
}

// newBenchStore opens a store in a new temporary directory that outlives b.
func newBenchStore(b *testing.B) *Store {
	b.Helper()
	dir, err := os.MkdirTemp("", "netzwerkatlas-bench-")
	if err != nil {
		b.Fatal(err)
	}
	tempDirs = append(tempDirs, dir)
	s, err := Open(filepath.Join(dir, "netzwerkatlas.db"))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func benchmarkSnapshot(b *testing.B, o demo.Options) {
	s := filledStore(b, o)
	var n *graph.Network
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if n, err = s.Snapshot(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
	if len(n.Actors) != o.Actors || len(n.Cooperations) != o.Cooperations {
		b.Fatalf("snapshot has %d actors and %d cooperations, want %d and %d", len(n.Actors), len(n.Cooperations), o.Actors, o.Cooperations)
	}
}

// BenchmarkSnapshotCounty reads the demo county (target: under 20 ms).
func BenchmarkSnapshotCounty(b *testing.B) { benchmarkSnapshot(b, countyOptions) }

// BenchmarkSnapshotLarge reads 100,000 actors and 1,000,000 cooperations (target:
// under 5 s). Run with -benchtime=1x.
func BenchmarkSnapshotLarge(b *testing.B) { benchmarkSnapshot(b, largeOptions) }

func benchmarkUpsert(b *testing.B, o demo.Options) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		batch := demo.Generate(o)
		s := newBenchStore(b)
		b.StartTimer()
		res, err := s.Upsert(b.Context(), batch, graph.BatchOptions{})
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if c := res.Counts[graph.KindCooperation]; c.Created != o.Cooperations {
			b.Fatalf("created %d cooperations, want %d", c.Created, o.Cooperations)
		}
		s.Close()
		os.RemoveAll(filepath.Dir(s.Path()))
		b.StartTimer()
	}
	b.ReportMetric(float64(o.Actors+o.Cooperations), "actors+cooperations/op")
}

// BenchmarkUpsertCounty loads the demo county into an empty store.
func BenchmarkUpsertCounty(b *testing.B) { benchmarkUpsert(b, countyOptions) }

// BenchmarkUpsertLarge loads 100,000 actors and 1,000,000 cooperations into an empty
// store in one batch (target: under 60 s). Run with -benchtime=1x.
func BenchmarkUpsertLarge(b *testing.B) { benchmarkUpsert(b, largeOptions) }

// BenchmarkListCooperationsOfActor lists one actor's ties in the large network.
func BenchmarkListCooperationsOfActor(b *testing.B) {
	s := filledStore(b, largeOptions)
	id := fmt.Sprintf("seeland-akteur-%06d", 1)
	for b.Loop() {
		if _, err := s.List(b.Context(), graph.KindCooperation, graph.Filter{ActorID: id}); err != nil {
			b.Fatal(err)
		}
	}
}

// writeSchema1 writes a copy of s's file at path in schema 1, as releases up to
// December 2026 wrote it: every value in the positional format of the frozen v1
// encoder, and schema version 1.
func writeSchema1(b *testing.B, s *Store, path string) {
	b.Helper()
	if err := s.db.View(func(tx *bolt.Tx) error { return tx.CopyFile(path, 0o600) }); err != nil {
		b.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{FreelistType: bolt.FreelistMapType, InitialMmapSize: initialMmapSize})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		err := rewriteValues(tx, func(dst []byte, kind graph.Kind, v []byte) ([]byte, error) {
			v1, err := retagV1(kind, v)
			return append(dst, v1...), err
		})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint64(nil, 1))
	})
	if err != nil {
		b.Fatal(err)
	}
}

// fileSize returns the size of the file at path in MB.
func fileSize(b *testing.B, path string) float64 {
	b.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return float64(fi.Size()) / 1e6
}

// valueSize returns the size in MB of the stored entities in the file at path.
func valueSize(b *testing.B, path string) float64 {
	b.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	n := 0
	err = db.View(func(tx *bolt.Tx) error {
		for _, k := range graph.Kinds() {
			tx.Bucket(entityBucket(k)).ForEach(func(_, v []byte) error { n += len(v); return nil })
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return float64(n) / 1e6
}

// copyFile copies the file at from to to.
func copyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

// benchmarkOpenSchema1 opens a file of schema 1 holding the network generated for o,
// which migrates it (backup copy included), and reports the file's size before and
// after.
func benchmarkOpenSchema1(b *testing.B, o demo.Options) {
	dir := b.TempDir()
	old := filepath.Join(dir, "schema1.db")
	writeSchema1(b, filledStore(b, o), old)
	// How much of the time the backup copy takes: a copy of the same file alone.
	start := time.Now()
	db, err := bolt.Open(old, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := db.View(func(tx *bolt.Tx) error { return tx.CopyFile(filepath.Join(dir, "backup"), 0o600) }); err != nil {
		b.Fatal(err)
	}
	db.Close()
	backup := time.Since(start)
	os.Remove(filepath.Join(dir, "backup"))
	b.ResetTimer()
	var after, afterValues float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(dir, fmt.Sprintf("open-%d", i), "netzwerkatlas.db")
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			b.Fatal(err)
		}
		copyFile(b, old, path)
		b.StartTimer()
		s, err := Open(path)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		n, err := s.Snapshot(b.Context())
		if err != nil || len(n.Cooperations) != o.Cooperations {
			b.Fatalf("after the migration: %v", err)
		}
		s.Close()
		after, afterValues = fileSize(b, path), valueSize(b, path)
		os.RemoveAll(filepath.Dir(path))
		b.StartTimer()
	}
	b.ReportMetric(backup.Seconds(), "s-backup")
	b.ReportMetric(fileSize(b, old), "MB-schema1")
	b.ReportMetric(after, "MB-migrated")
	b.ReportMetric(valueSize(b, old), "MB-values-schema1")
	b.ReportMetric(afterValues, "MB-values-migrated")
}

// BenchmarkOpenSchema1County opens the demo county in a file of schema 1.
func BenchmarkOpenSchema1County(b *testing.B) { benchmarkOpenSchema1(b, countyOptions) }

// BenchmarkOpenSchema1Large opens 100,000 actors and 1,000,000 cooperations in a file
// of schema 1, including its migration. Run with -benchtime=1x.
func BenchmarkOpenSchema1Large(b *testing.B) { benchmarkOpenSchema1(b, largeOptions) }

// listOptions is a store with 200,000 actors (and few cooperations) for full listings.
var listOptions = demo.Options{Seed: 1, Actors: 200_000, Cooperations: 10_000}

// BenchmarkFullListing reads all 200,000 actors 1,000 at a time, by cursor and by
// offset. The first page at a revision scans and sorts once; each later page reads
// only its own entities, so both walks grow linearly with the number of actors.
func BenchmarkFullListing(b *testing.B) {
	s := filledStore(b, listOptions)
	for _, by := range []string{"cursor", "offset"} {
		b.Run(by, func(b *testing.B) {
			for b.Loop() {
				s.orders = orders{} // each walk starts without kept lists, as after a write
				f := graph.Filter{Limit: graph.MaxLimit}
				n := 0
				for {
					p, err := s.List(b.Context(), graph.KindActor, f)
					if err != nil {
						b.Fatal(err)
					}
					n += len(p.Items)
					if p.Next == "" {
						break
					}
					if by == "cursor" {
						f.Cursor = p.Next
					} else {
						f.Offset += len(p.Items)
					}
				}
				if n != listOptions.Actors {
					b.Fatalf("walked %d actors, want %d", n, listOptions.Actors)
				}
			}
		})
	}
}
