package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
)

// Record is a piece of working data kept beside the network: a survey and its
// answers, a saved view, a what-if scenario. Records are addressed by collection and
// key, carry an opaque JSON document, and are versioned for optimistic concurrency.
// They do not change the network's revision and have no entity history: what they
// describe reaches the network only through the entity operations of a Store.
type Record struct {
	// Collection groups records of one purpose, such as "survey"; see ValidCollection.
	Collection string `json:"collection"`
	// Key identifies the record in its collection; see ValidRecordKey. Keys sort
	// bytewise, so a prefix such as "<survey id>/" selects a group.
	Key string `json:"key"`
	// Version is 0 for a record not yet stored and rises by one with every write.
	Version int64 `json:"version"`
	// Data is the record's document, a JSON value of at most MaxRecordSize bytes.
	Data json.RawMessage `json:"data"`
	// UpdatedAt is when the record was last written; the store sets it.
	UpdatedAt time.Time `json:"updated_at"`
}

// RecordStore keeps Records. Both stores implement it as part of Store.
type RecordStore interface {
	// GetRecord returns the record with the collection and key. NotFound if there is
	// none; Invalid if the collection or key is malformed.
	GetRecord(ctx context.Context, collection, key string) (*Record, error)
	// PutRecords writes the records all-or-nothing. Each record's Version must equal
	// the stored version (0: the record must not exist yet), else Conflict and
	// nothing is written. On success each record's Version is raised by one and its
	// UpdatedAt set. Invalid if a record fails ValidateRecord.
	PutRecords(ctx context.Context, rs ...*Record) error
	// ListRecords returns the records of the collection whose key starts with
	// prefix, in key order. An empty collection (with an empty prefix) lists every
	// record of every collection, ordered by collection and key, as a migration
	// copies them. Invalid if the collection is malformed.
	ListRecords(ctx context.Context, collection, prefix string) ([]Record, error)
	// DeleteRecord removes the record. If version is not 0 it must equal the stored
	// version, else Conflict. NotFound if there is none.
	DeleteRecord(ctx context.Context, collection, key string, version int64) error
}

// MaxRecordSize is the largest Data a record may hold, in bytes.
const MaxRecordSize = 4 << 20

var collectionPattern = regexp.MustCompile(`^[a-z][a-z_]{0,39}$`)

// ValidCollection reports whether name may name a record collection: 1 to 40
// lower-case letters and underscores, starting with a letter.
func ValidCollection(name string) bool { return collectionPattern.MatchString(name) }

// ValidRecordKey reports whether key may identify a record: 1 to 200 bytes of
// valid UTF-8 without control characters.
func ValidRecordKey(key string) bool {
	return key != "" && len(key) <= 200 && strings.ToValidUTF8(key, "\uFFFD") == key &&
		!strings.ContainsFunc(key, unicode.IsControl)
}

// ValidateRecord checks the collection, key, version and data of r.
func ValidateRecord(r *Record) error {
	if r == nil {
		return Errorf(Invalid, "Der Datensatz fehlt.")
	}
	v := fieldErrors{}
	if !ValidCollection(r.Collection) {
		v.add("collection", "Die Sammlung %q ist ungültig.", r.Collection)
	}
	if !ValidRecordKey(r.Key) {
		v.add("key", "Der Schlüssel %q ist ungültig: 1 bis 200 Bytes ohne Steuerzeichen.", r.Key)
	}
	if r.Version < 0 {
		v.add("version", "Die Version darf nicht negativ sein.")
	}
	switch {
	case len(r.Data) > MaxRecordSize:
		v.add("data", "Der Datensatz ist zu groß: höchstens %d MiB.", MaxRecordSize>>20)
	case !json.Valid(r.Data):
		v.add("data", "Der Datensatz ist kein gültiges JSON.")
	}
	return v.err("Der Datensatz ist ungültig.")
}

// RecordLookupError returns the error for reading with a malformed collection (Invalid:
// callers name collections in code) or key (NotFound: a key comes from outside, and
// no record can have a malformed one), or nil if both are well-formed. With
// allowEmptyKey, as for a list, the key may be empty, and so may the collection
// together with it (every record).
func RecordLookupError(collection, key string, allowEmptyKey bool) error {
	if collection == "" && key == "" && allowEmptyKey {
		return nil
	}
	if !ValidCollection(collection) {
		return Errorf(Invalid, "Die Sammlung %q ist ungültig.", collection)
	}
	if (key != "" || !allowEmptyKey) && !ValidRecordKey(key) {
		if allowEmptyKey {
			return Errorf(Invalid, "Der Schlüssel %q ist ungültig.", key)
		}
		return RecordNotFound(collection, key)
	}
	return nil
}

// RecordNotFound returns the NotFound error for a missing record.
func RecordNotFound(collection, key string) error {
	return Errorf(NotFound, "Der Datensatz %q in %q existiert nicht.", key, collection)
}

// RecordConflict returns the Conflict error for a write whose version is stale.
func RecordConflict(r *Record, stored int64) error {
	if stored == 0 {
		return Errorf(Conflict, "Der Datensatz %q in %q existiert nicht mehr oder noch nicht (erwartet Version %d).", r.Key, r.Collection, r.Version)
	}
	return &Error{Code: Conflict, Message: fmt.Sprintf("Der Datensatz %q in %q wurde inzwischen geändert (Version %d statt %d). Bitte neu laden.",
		r.Key, r.Collection, stored, r.Version)}
}

// CheckRecords validates every record and refuses the same collection and key twice
// in one call.
func CheckRecords(rs []*Record) error {
	seen := make(map[[2]string]bool, len(rs))
	for _, r := range rs {
		if err := ValidateRecord(r); err != nil {
			return err
		}
		k := [2]string{r.Collection, r.Key}
		if seen[k] {
			return Errorf(Invalid, "Der Datensatz %q in %q ist doppelt angegeben.", r.Key, r.Collection)
		}
		seen[k] = true
	}
	return nil
}
