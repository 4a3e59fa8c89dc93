package embedded

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// encode returns the stored form of e.
func encode(e graph.Entity) ([]byte, error) { return json.Marshal(e) }

// decode returns the entity of the kind stored as v under id.
func decode(kind graph.Kind, id string, v []byte) (graph.Entity, error) {
	e := graph.New(kind)
	if err := json.Unmarshal(v, e); err != nil {
		return nil, corrupt(string(kind), id, err)
	}
	if e.Metadata().ID != id {
		return nil, corrupt(string(kind), id, errIDMismatch)
	}
	return e, nil
}

type decodeError string

func (e decodeError) Error() string { return string(e) }

const errIDMismatch = decodeError("stored ID differs from key")

// lookup is a graph.Lookup on a transaction.
type lookup struct{ tx *bolt.Tx }

// Get returns the stored entity of the kind with the ID.
func (l lookup) Get(kind graph.Kind, id string) (graph.Entity, bool, error) {
	b := l.tx.Bucket(entityBucket(kind))
	if b == nil || id == "" {
		return nil, false, nil
	}
	v := b.Get([]byte(id))
	if v == nil {
		return nil, false, nil
	}
	e, err := decode(kind, id, v)
	return e, err == nil, err
}

// exists reports whether an entity of the kind with the ID is stored.
func (l lookup) exists(kind graph.Kind, id string) bool {
	b := l.tx.Bucket(entityBucket(kind))
	return b != nil && id != "" && b.Get([]byte(id)) != nil
}

// ByExternalKey returns the stored entity of the kind with the external key.
func (l lookup) ByExternalKey(kind graph.Kind, key string) (graph.Entity, bool, error) {
	b := l.tx.Bucket(keyBucket(kind))
	if b == nil || key == "" {
		return nil, false, nil
	}
	id := b.Get([]byte(key))
	if id == nil {
		return nil, false, nil
	}
	return l.Get(kind, string(id))
}

// ByPairKey returns the stored cooperation with the pair key.
func (l lookup) ByPairKey(key string) (*graph.Cooperation, bool, error) {
	id := l.tx.Bucket(bucketPairs).Get([]byte(key))
	if id == nil {
		return nil, false, nil
	}
	e, found, err := l.Get(graph.KindCooperation, string(id))
	if !found {
		return nil, false, err
	}
	return e.(*graph.Cooperation), true, nil
}

// encodeJSON returns the JSON form of v, for values other than entities.
func encodeJSON(v any) ([]byte, error) { return json.Marshal(v) }
