package embedded

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// lockTimeout is how long Open waits for another process to release the file.
const lockTimeout = time.Second

// initialMmapSize is the address space bbolt maps at first. The file does not grow
// with it; a large map only spares a big import the remapping, which copies every
// node of the transaction each time the file outgrows the map.
const initialMmapSize = 1 << 30

// Bucket and key names.
var (
	bucketMeta      = []byte("meta")
	bucketPairs     = []byte("pairs")
	bucketRefs      = []byte("refs")
	bucketTokens    = []byte("tokens")
	bucketTokenHash = []byte("token_hash")
	bucketTokenName = []byte("token_name")

	keyRevision = []byte("revision")
	keyTaxonomy = []byte("taxonomy")
	keySchema   = []byte("schema")
)

// entityBucket returns the name of the bucket of the kind's entities.
func entityBucket(k graph.Kind) []byte { return []byte("e:" + string(k)) }

// keyBucket returns the name of the bucket that maps the kind's external keys to IDs.
func keyBucket(k graph.Kind) []byte { return []byte("x:" + string(k)) }

// Store is a graph.Store in one bbolt file. It is safe for concurrent use.
type Store struct {
	db     *bolt.DB
	path   string
	now    func() time.Time
	orders orders // positions of recent lists, see List
}

var _ graph.Store = (*Store)(nil)

// Open opens the data file at path, creating it and its directory if needed. If
// another process holds the file, Open fails after about a second with an Unavailable
// error. If the file cannot be written (a read-only file system, no write
// permission), Open opens it read-only: reads work, and writes fail with Unavailable
// and a message that says so. Close the store to release the file.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, &graph.Error{Code: graph.Unavailable, Message: fmt.Sprintf("Das Verzeichnis der Datendatei %s kann nicht angelegt werden.", path),
			Err: fmt.Errorf("embedded: open: %w", err)}
	}
	opts := bolt.Options{Timeout: lockTimeout, FreelistType: bolt.FreelistMapType, InitialMmapSize: initialMmapSize}
	db, err := bolt.Open(path, 0o600, &opts)
	if notWritable(err) {
		opts.ReadOnly = true
		db, err = bolt.Open(path, 0o600, &opts)
	}
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, &graph.Error{Code: graph.Unavailable, Message: fmt.Sprintf("Die Datendatei ist von einem anderen Prozess geöffnet (%s).", path),
			Err: fmt.Errorf("embedded: open %s: %w", path, err)}
	}
	if err != nil {
		return nil, &graph.Error{Code: graph.Unavailable, Message: fmt.Sprintf("Die Datendatei %s kann nicht geöffnet werden.", path),
			Err: fmt.Errorf("embedded: open %s: %w", path, err)}
	}
	s := &Store{db: db, path: path, now: func() time.Time { return time.Now().UTC() }}
	if opts.ReadOnly {
		if err := s.checkSchema(); err != nil {
			db.Close()
			return nil, err
		}
		return s, nil
	}
	if err := s.upgrade(); err != nil {
		db.Close()
		return nil, wrap("open", err)
	}
	return s, nil
}

// checkSchema checks that a file opened read-only needs no migration, which would
// write.
func (s *Store) checkSchema() error {
	var current int
	if err := s.db.View(func(tx *bolt.Tx) (err error) {
		current, err = storedSchema(tx)
		return err
	}); err != nil {
		return wrap("open", err)
	}
	if current != schemaVersion() {
		return &graph.Error{Code: graph.Unavailable, Message: fmt.Sprintf(
			"Die Datendatei %s ist nur lesbar, muss aber von Schema %d auf %d umgestellt werden; bitte Schreibrechte geben.", s.path, current, schemaVersion())}
	}
	return nil
}

// Close releases the file.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return wrap("close", err)
	}
	return nil
}

// Path returns the path of the data file.
func (s *Store) Path() string { return s.path }

// Ping checks that the file is open and readable.
func (s *Store) Ping(ctx context.Context) error {
	return s.view(ctx, "ping", func(*bolt.Tx) error { return nil })
}

// Revision returns the current revision: 0 for a new file, rising with every write.
func (s *Store) Revision(ctx context.Context) (int64, error) {
	var rev int64
	err := s.view(ctx, "revision", func(tx *bolt.Tx) error {
		rev = revisionOf(tx)
		return nil
	})
	return rev, err
}

// revisionOf returns the revision stored in tx.
func revisionOf(tx *bolt.Tx) int64 {
	v := tx.Bucket(bucketMeta).Get(keyRevision)
	if len(v) != 8 {
		return 0
	}
	return int64(binary.BigEndian.Uint64(v))
}

// bumpRevision raises the revision in tx and returns the new one.
func bumpRevision(tx *bolt.Tx) (int64, error) {
	rev := revisionOf(tx) + 1
	return rev, tx.Bucket(bucketMeta).Put(keyRevision, binary.BigEndian.AppendUint64(nil, uint64(rev)))
}

// Taxonomy returns the stored taxonomy, or the default one.
func (s *Store) Taxonomy(ctx context.Context) (*graph.Taxonomy, error) {
	var t *graph.Taxonomy
	err := s.view(ctx, "taxonomy", func(tx *bolt.Tx) (err error) {
		t, err = taxonomyOf(tx)
		return err
	})
	return t, err
}

// taxonomyOf returns the taxonomy stored in tx, or the default one.
func taxonomyOf(tx *bolt.Tx) (*graph.Taxonomy, error) {
	v := tx.Bucket(bucketMeta).Get(keyTaxonomy)
	if v == nil {
		return graph.DefaultTaxonomy(), nil
	}
	t := &graph.Taxonomy{}
	if err := json.Unmarshal(v, t); err != nil {
		return nil, corrupt("taxonomy", "", err)
	}
	return t, nil
}

// view runs fn in a read-only transaction, after checking ctx.
func (s *Store) view(ctx context.Context, op string, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return cancelled(op, err)
	}
	return wrap(op, s.db.View(fn))
}

// scan runs fn in a read-only transaction as view does, for reads that walk whole
// buckets (a snapshot, a list, a collection of records). Afterwards it gives back the
// pages of the file that fn read through the mapping (releaseMapped): they would stay
// the process's resident memory, some 0.5 GB after a snapshot at federal-state size.
func (s *Store) scan(ctx context.Context, op string, fn func(*bolt.Tx) error) error {
	return s.view(ctx, op, func(tx *bolt.Tx) error {
		defer releaseMapped(s.db, tx)
		return fn(tx)
	})
}

// update runs fn in a read-write transaction, after checking ctx. The transaction is
// rolled back if fn returns an error.
func (s *Store) update(ctx context.Context, op string, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return cancelled(op, err)
	}
	return wrap(op, s.db.Update(fn))
}

// cancelled returns the error for an operation whose context ended.
func cancelled(op string, err error) error {
	return &graph.Error{Code: graph.Unavailable, Message: "Die Anfrage wurde abgebrochen.", Err: fmt.Errorf("embedded: %s: %w", op, err)}
}

// corrupt returns the error for a stored value that cannot be decoded.
func corrupt(what, id string, err error) error {
	return &graph.Error{Code: graph.Internal, Message: "Die Datendatei enthält einen beschädigten Eintrag.",
		Err: fmt.Errorf("embedded: decode %s %q: %w", what, id, err)}
}

// wrap gives err a code: *graph.Error values pass unchanged; a full disk is
// InsufficientStorage; a closed file, or one that cannot be written, is Unavailable;
// anything else Internal. A failed write transaction is rolled back by bbolt, so
// the messages can say that nothing was written.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	switch {
	case errors.As(err, &ge):
		return err
	case errors.Is(err, berrors.ErrDatabaseNotOpen):
		return &graph.Error{Code: graph.Unavailable, Message: "Die Datendatei ist geschlossen.", Err: fmt.Errorf("embedded: %s: %w", op, err)}
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return &graph.Error{Code: graph.InsufficientStorage, Err: fmt.Errorf("embedded: %s: %w", op, err),
			Message: "Der Datenträger der Datendatei ist voll; die Änderung wurde nicht gespeichert, es wurde nichts geschrieben. " +
				"Lesen geht weiter; bitte Speicherplatz freigeben lassen und dann erneut speichern."}
	case errors.Is(err, berrors.ErrDatabaseReadOnly), notWritable(err):
		return &graph.Error{Code: graph.Unavailable, Err: fmt.Errorf("embedded: %s: %w", op, err),
			Message: "Die Datendatei ist nur lesbar (schreibgeschütztes Dateisystem oder fehlende Schreibrechte); die Änderung wurde nicht gespeichert, es wurde nichts geschrieben. " +
				"Lesen geht weiter; bitte den Betrieb bitten, Schreibrechte zu geben und den Dienst neu zu starten."}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return cancelled(op, err)
	}
	return &graph.Error{Code: graph.Internal, Message: "Interner Fehler beim Zugriff auf die Datendatei.", Err: fmt.Errorf("embedded: %s: %w", op, err)}
}

// notWritable reports whether err says that a file cannot be written: a read-only file
// system or missing permission.
func notWritable(err error) bool {
	return errors.Is(err, syscall.EROFS) || errors.Is(err, fs.ErrPermission)
}
