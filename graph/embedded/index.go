package embedded

import (
	"bytes"
	"context"
	"slices"
	"strings"

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

// writer writes entities and keeps the indexes in step, inside one transaction. It
// collects the writes and applies them, sorted by key, in flush: bbolt splits nodes
// only at commit, so inserting a million keys in random order into one transaction
// would move memory quadratically, while sorted inserts append.
type writer struct {
	tx  *bolt.Tx
	ops map[string]*bucketOps // by bucket name
}

// bucketOps are the collected writes to one bucket, in the order they were made.
// index maps each key to its last write; it is built only when a write must read a
// collected one (updates of indexes), so a pure import needs no map of its keys.
type bucketOps struct {
	log   []pending
	index map[string]int
}

// pending is a collected write: a value to put, or a deletion.
type pending struct {
	key string
	v   []byte
	del bool
}

func newWriter(tx *bolt.Tx) *writer {
	return &writer{tx: tx, ops: map[string]*bucketOps{}}
}

// get returns the value of key in the bucket, as the collected writes leave it.
func (w *writer) get(bucket []byte, key string) []byte {
	if ops := w.ops[string(bucket)]; ops != nil {
		if ops.index == nil {
			ops.index = make(map[string]int, len(ops.log))
			for i, op := range ops.log {
				ops.index[op.key] = i
			}
		}
		if i, ok := ops.index[key]; ok {
			if ops.log[i].del {
				return nil
			}
			return ops.log[i].v
		}
	}
	return w.tx.Bucket(bucket).Get([]byte(key))
}

// set collects a write of v (or a deletion if del) to key in the bucket.
func (w *writer) set(bucket []byte, key string, v []byte, del bool) {
	ops := w.ops[string(bucket)]
	if ops == nil {
		ops = &bucketOps{}
		w.ops[string(bucket)] = ops
	}
	ops.log = append(ops.log, pending{key: key, v: v, del: del})
	if ops.index != nil {
		ops.index[key] = len(ops.log) - 1
	}
}

// deleteIfOwned deletes key from the index bucket if it maps to id.
func (w *writer) deleteIfOwned(bucket []byte, key, id string) {
	if string(w.get(bucket, key)) == id {
		w.set(bucket, key, nil, true)
	}
}

// bulkWrites is the number of collected writes to a bucket from which flush fills
// pages to 90 % instead of bbolt's 50 %: sorted bulk inserts are appends, and full
// pages make a large import's file about a third smaller.
const bulkWrites = 1000

// flush applies the collected writes, bucket by bucket in key order; of several
// writes to one key the last counts.
func (w *writer) flush(ctx context.Context) error {
	n := 0
	for name, ops := range w.ops {
		b := w.tx.Bucket([]byte(name))
		if len(ops.log) >= bulkWrites {
			b.FillPercent = 0.9
		}
		cmp := func(a, b pending) int { return strings.Compare(a.key, b.key) }
		if !slices.IsSortedFunc(ops.log, cmp) { // logs of new numbers arrive sorted
			slices.SortStableFunc(ops.log, cmp)
		}
		for i, op := range ops.log {
			if i+1 < len(ops.log) && ops.log[i+1].key == op.key {
				continue // a later write to the same key wins
			}
			if n++; n%16384 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			var err error
			if op.del {
				err = b.Delete([]byte(op.key))
			} else {
				err = b.Put([]byte(op.key), op.v)
			}
			if err != nil {
				return err
			}
		}
	}
	w.ops = map[string]*bucketOps{}
	return nil
}

// put stores e, which replaces old (nil for a new entity), and updates the indexes.
func (w *writer) put(e, old graph.Entity) error {
	kind, m := e.EntityKind(), e.Metadata()
	v, err := encode(e)
	if err != nil {
		return err
	}
	w.set(entityBucket(kind), m.ID, v, false)
	keys := keyBucket(kind)
	var oldKey string
	if old != nil {
		oldKey = old.Metadata().ExternalKey
	}
	if oldKey != "" && oldKey != m.ExternalKey {
		w.deleteIfOwned(keys, oldKey, m.ID)
	}
	if m.ExternalKey != "" && m.ExternalKey != oldKey {
		w.set(keys, m.ExternalKey, []byte(m.ID), false)
	}
	if c, ok := e.(*graph.Cooperation); ok {
		var oldPair string
		if old != nil {
			oldPair = old.(*graph.Cooperation).PairKey()
		}
		if pk := c.PairKey(); pk != oldPair {
			if oldPair != "" {
				w.deleteIfOwned(bucketPairs, oldPair, m.ID)
			}
			w.set(bucketPairs, pk, []byte(m.ID), false)
		}
	}
	newRefs := refKeys(e)
	if old != nil {
		for k := range refKeys(old) {
			if !newRefs[k] {
				w.set(bucketRefs, k, nil, true)
			}
			delete(newRefs, k) // already stored
		}
	}
	for k := range newRefs {
		w.set(bucketRefs, k, []byte{}, false)
	}
	return nil
}

// remove deletes the stored entity e and its index entries.
func (w *writer) remove(e graph.Entity) {
	kind, m := e.EntityKind(), e.Metadata()
	w.set(entityBucket(kind), m.ID, nil, true)
	if m.ExternalKey != "" {
		w.deleteIfOwned(keyBucket(kind), m.ExternalKey, m.ID)
	}
	if c, ok := e.(*graph.Cooperation); ok {
		w.deleteIfOwned(bucketPairs, c.PairKey(), m.ID)
	}
	for k := range refKeys(e) {
		w.set(bucketRefs, k, nil, true)
	}
}
