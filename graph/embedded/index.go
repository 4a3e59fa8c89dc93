package embedded

import (
	"bytes"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The refs bucket holds one empty value per reference, keyed
// target kind 0 target ID 0 source kind 0 source ID. IDs and kinds hold no 0 byte.

// refKey returns the refs key of a reference from source to target.
func refKey(targetKind graph.Kind, targetID string, sourceKind graph.Kind, sourceID string) []byte {
	k := make([]byte, 0, len(targetKind)+len(targetID)+len(sourceKind)+len(sourceID)+3)
	k = append(append(k, targetKind...), 0)
	k = append(append(k, targetID...), 0)
	k = append(append(k, sourceKind...), 0)
	return append(k, sourceID...)
}

// refPrefix returns the prefix of all refs keys of references to the target, or of
// references from entities of sourceKind if it is not empty.
func refPrefix(targetKind graph.Kind, targetID string, sourceKind graph.Kind) []byte {
	k := append(append(append([]byte(targetKind), 0), targetID...), 0)
	if sourceKind != "" {
		k = append(append(k, sourceKind...), 0)
	}
	return k
}

// ref is one entity that refers to another.
type ref struct {
	kind graph.Kind
	id   string
}

// referrers returns the entities that refer to the target, optionally only those of
// sourceKind, ordered by kind and ID.
func referrers(tx *bolt.Tx, targetKind graph.Kind, targetID string, sourceKind graph.Kind) []ref {
	prefix, base := refPrefix(targetKind, targetID, sourceKind), len(refPrefix(targetKind, targetID, ""))
	var out []ref
	c := tx.Bucket(bucketRefs).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		rest := k[base:]
		i := bytes.IndexByte(rest, 0)
		if i < 0 {
			continue
		}
		out = append(out, ref{kind: graph.Kind(rest[:i]), id: string(rest[i+1:])})
	}
	return out
}

// refKeys returns the refs keys of e's references.
func refKeys(e graph.Entity) map[string]bool {
	m := e.Metadata()
	out := map[string]bool{}
	for _, r := range e.Refs() {
		out[string(refKey(r.Kind, *r.ID, e.EntityKind(), m.ID))] = true
	}
	return out
}

// writer writes entities and keeps the indexes in step, inside one transaction.
type writer struct {
	tx    *bolt.Tx
	pairs *bolt.Bucket
	refs  *bolt.Bucket
}

func newWriter(tx *bolt.Tx) *writer {
	return &writer{tx: tx, pairs: tx.Bucket(bucketPairs), refs: tx.Bucket(bucketRefs)}
}

// put stores e, which replaces old (nil for a new entity), and updates the indexes.
func (w *writer) put(e, old graph.Entity) error {
	kind, m := e.EntityKind(), e.Metadata()
	id := []byte(m.ID)
	v, err := encode(e)
	if err != nil {
		return err
	}
	if err := w.tx.Bucket(entityBucket(kind)).Put(id, v); err != nil {
		return err
	}
	keys := w.tx.Bucket(keyBucket(kind))
	var oldKey string
	if old != nil {
		oldKey = old.Metadata().ExternalKey
	}
	if oldKey != "" && oldKey != m.ExternalKey {
		if err := deleteIfOwned(keys, []byte(oldKey), id); err != nil {
			return err
		}
	}
	if m.ExternalKey != "" && m.ExternalKey != oldKey {
		if err := keys.Put([]byte(m.ExternalKey), id); err != nil {
			return err
		}
	}
	if c, ok := e.(*graph.Cooperation); ok {
		var oldPair string
		if old != nil {
			oldPair = old.(*graph.Cooperation).PairKey()
		}
		if pk := c.PairKey(); pk != oldPair {
			if oldPair != "" {
				if err := deleteIfOwned(w.pairs, []byte(oldPair), id); err != nil {
					return err
				}
			}
			if err := w.pairs.Put([]byte(pk), id); err != nil {
				return err
			}
		}
	}
	newRefs := refKeys(e)
	if old != nil {
		for k := range refKeys(old) {
			if !newRefs[k] {
				if err := w.refs.Delete([]byte(k)); err != nil {
					return err
				}
			}
			delete(newRefs, k) // already stored
		}
	}
	for k := range newRefs {
		if err := w.refs.Put([]byte(k), nil); err != nil {
			return err
		}
	}
	return nil
}

// remove deletes the stored entity e and its index entries.
func (w *writer) remove(e graph.Entity) error {
	kind, m := e.EntityKind(), e.Metadata()
	id := []byte(m.ID)
	if err := w.tx.Bucket(entityBucket(kind)).Delete(id); err != nil {
		return err
	}
	if m.ExternalKey != "" {
		if err := deleteIfOwned(w.tx.Bucket(keyBucket(kind)), []byte(m.ExternalKey), id); err != nil {
			return err
		}
	}
	if c, ok := e.(*graph.Cooperation); ok {
		if err := deleteIfOwned(w.pairs, []byte(c.PairKey()), id); err != nil {
			return err
		}
	}
	for k := range refKeys(e) {
		if err := w.refs.Delete([]byte(k)); err != nil {
			return err
		}
	}
	return nil
}

// deleteIfOwned deletes key from the index bucket b if it maps to id.
func deleteIfOwned(b *bolt.Bucket, key, id []byte) error {
	if bytes.Equal(b.Get(key), id) {
		return b.Delete(key)
	}
	return nil
}
