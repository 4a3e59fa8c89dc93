package embedded

import (
	"bytes"
	"context"
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// bucketRecords holds one nested bucket per record collection, keyed by record key.
var bucketRecords = []byte("records")

// storedRecord is the stored form of a graph.Record; collection and key are the
// bucket and key it is stored under.
type storedRecord struct {
	Version   int64           `json:"v"`
	UpdatedAt time.Time       `json:"t"`
	Data      json.RawMessage `json:"d"`
}

// recordIn reads the stored record with the key from the collection's bucket b,
// which may be nil. found is false if there is none.
func recordIn(b *bolt.Bucket, collection string, key []byte) (r graph.Record, found bool, err error) {
	if b == nil {
		return r, false, nil
	}
	v := b.Get(key)
	if v == nil {
		return r, false, nil
	}
	r, err = decodeRecord(collection, key, v)
	return r, err == nil, err
}

// decodeRecord decodes the stored value v of the record with the key.
func decodeRecord(collection string, key, v []byte) (graph.Record, error) {
	var st storedRecord
	if err := json.Unmarshal(v, &st); err != nil {
		return graph.Record{}, corrupt("record", collection+"/"+string(key), err)
	}
	return graph.Record{Collection: collection, Key: string(key), Version: st.Version, Data: st.Data, UpdatedAt: st.UpdatedAt}, nil
}

// collection returns the bucket of the collection, nil if it has none (yet).
func collection(tx *bolt.Tx, name string) *bolt.Bucket {
	if root := tx.Bucket(bucketRecords); root != nil {
		return root.Bucket([]byte(name))
	}
	return nil
}

// GetRecord returns the record; see graph.RecordStore.
func (s *Store) GetRecord(ctx context.Context, coll, key string) (*graph.Record, error) {
	if err := graph.RecordLookupError(coll, key, false); err != nil {
		return nil, err
	}
	var r graph.Record
	err := s.view(ctx, "get record", func(tx *bolt.Tx) error {
		var found bool
		var err error
		if r, found, err = recordIn(collection(tx, coll), coll, []byte(key)); err == nil && !found {
			return graph.RecordNotFound(coll, key)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// PutRecords writes the records all-or-nothing; see graph.RecordStore. It does not
// change the revision.
func (s *Store) PutRecords(ctx context.Context, rs ...*graph.Record) error {
	if err := graph.CheckRecords(rs); err != nil {
		return err
	}
	at := s.now()
	err := s.update(ctx, "put records", func(tx *bolt.Tx) error {
		root, err := tx.CreateBucketIfNotExists(bucketRecords)
		if err != nil {
			return err
		}
		for _, r := range rs {
			b, err := root.CreateBucketIfNotExists([]byte(r.Collection))
			if err != nil {
				return err
			}
			old, _, err := recordIn(b, r.Collection, []byte(r.Key))
			if err != nil {
				return err
			}
			if old.Version != r.Version {
				return graph.RecordConflict(r, old.Version)
			}
			v, err := encodeJSON(storedRecord{Version: r.Version + 1, UpdatedAt: at, Data: r.Data})
			if err != nil {
				return err
			}
			if err := b.Put([]byte(r.Key), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		for _, r := range rs {
			r.Version++
			r.UpdatedAt = at
		}
	}
	return err
}

// ListRecords returns the collection's records whose key starts with prefix, in key
// order; see graph.RecordStore.
func (s *Store) ListRecords(ctx context.Context, coll, prefix string) ([]graph.Record, error) {
	if err := graph.RecordLookupError(coll, prefix, true); err != nil {
		return nil, err
	}
	out := []graph.Record{}
	err := s.scan(ctx, "list records", func(tx *bolt.Tx) error {
		if coll != "" {
			return listIn(collection(tx, coll), coll, prefix, &out)
		}
		root := tx.Bucket(bucketRecords)
		if root == nil {
			return nil
		}
		return root.ForEachBucket(func(name []byte) error {
			return listIn(root.Bucket(name), string(name), "", &out)
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// listIn appends the records of the collection's bucket b (nil for none) whose key
// starts with prefix to out, in key order.
func listIn(b *bolt.Bucket, coll, prefix string, out *[]graph.Record) error {
	if b == nil {
		return nil
	}
	c := b.Cursor()
	for k, v := c.Seek([]byte(prefix)); k != nil && bytes.HasPrefix(k, []byte(prefix)); k, v = c.Next() {
		r, err := decodeRecord(coll, k, v)
		if err != nil {
			return err
		}
		*out = append(*out, r)
	}
	return nil
}

// DeleteRecord removes the record; see graph.RecordStore.
func (s *Store) DeleteRecord(ctx context.Context, coll, key string, version int64) error {
	if err := graph.RecordLookupError(coll, key, false); err != nil {
		return err
	}
	return s.update(ctx, "delete record", func(tx *bolt.Tx) error {
		b := collection(tx, coll)
		old, found, err := recordIn(b, coll, []byte(key))
		switch {
		case err != nil:
			return err
		case !found:
			return graph.RecordNotFound(coll, key)
		case version != 0 && old.Version != version:
			return graph.RecordConflict(&graph.Record{Collection: coll, Key: key, Version: version}, old.Version)
		}
		return b.Delete([]byte(key))
	})
}
