package neo4jstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// lookup is the graph.Lookup of one transaction. It remembers every answer, found or
// not, and can prefetch the entities a batch may ask for in a few bulk queries, so
// that graph.PrepareBatch over a million items costs a few hundred queries, not
// millions.
type lookup struct {
	ctx context.Context
	tx  neo4j.ManagedTransaction
	// visible is the highest staged batch whose data the lookup sees (visibleOnly).
	visible int64
	byID    map[graph.Kind]map[string]graph.Entity // nil value: known to be missing
	byKey   map[graph.Kind]map[string]graph.Entity
	byPair  map[string]*graph.Cooperation
	// batch is the batch being prepared, if any; its pair keys are fetched in bulk at
	// the first ByPairKey, when graph.PrepareBatch has resolved the references.
	batch       *graph.Batch
	pairsLoaded bool
}

// newLookup returns a lookup in tx that sees the staged batches up to visible: the
// result of visibleBatches in a read, allBatches in a write (writers run only while no
// batch is staged, so they have nothing to hide).
func newLookup(ctx context.Context, tx neo4j.ManagedTransaction, visible int64) *lookup {
	lk := &lookup{ctx: ctx, tx: tx, visible: visible, byID: map[graph.Kind]map[string]graph.Entity{},
		byKey: map[graph.Kind]map[string]graph.Entity{}, byPair: map[string]*graph.Cooperation{}}
	for _, k := range graph.Kinds() {
		lk.byID[k], lk.byKey[k] = map[string]graph.Entity{}, map[string]graph.Entity{}
	}
	return lk
}

var _ graph.Lookup = (*lookup)(nil)

// Get returns the stored entity of the kind with the ID.
func (lk *lookup) Get(kind graph.Kind, id string) (graph.Entity, bool, error) {
	if e, ok := lk.byID[kind][id]; ok {
		return e, e != nil, nil
	}
	e, err := lk.one(kind, kinds[kind].qGet, map[string]any{"id": id, "visible": lk.visible})
	if err != nil {
		return nil, false, err
	}
	lk.byID[kind][id] = e
	return e, e != nil, nil
}

// ByExternalKey returns the stored entity of the kind with the external key.
func (lk *lookup) ByExternalKey(kind graph.Kind, key string) (graph.Entity, bool, error) {
	if e, ok := lk.byKey[kind][key]; ok {
		return e, e != nil, nil
	}
	e, err := lk.one(kind, kinds[kind].qByKey, map[string]any{"key": key, "visible": lk.visible})
	if err != nil {
		return nil, false, err
	}
	lk.byKey[kind][key] = e
	return e, e != nil, nil
}

// ByPairKey returns the stored cooperation with the pair key.
func (lk *lookup) ByPairKey(key string) (*graph.Cooperation, bool, error) {
	if c, ok := lk.byPair[key]; ok {
		return c, c != nil, nil
	}
	if lk.batch != nil && !lk.pairsLoaded {
		lk.pairsLoaded = true
		if err := lk.prefetchPairs(); err != nil {
			return nil, false, err
		}
		if c, ok := lk.byPair[key]; ok {
			return c, c != nil, nil
		}
	}
	e, err := lk.one(graph.KindCooperation, "MATCH ()-[n:COOPERATES_WITH {pair_key: $key}]->()"+byPairKey+visibleOnly+" RETURN n.json",
		map[string]any{"key": key, "visible": lk.visible})
	if err != nil {
		return nil, false, err
	}
	c, _ := e.(*graph.Cooperation)
	lk.byPair[key] = c
	return c, c != nil, nil
}

// one runs a query that returns at most one entity as JSON.
func (lk *lookup) one(kind graph.Kind, query string, params map[string]any) (graph.Entity, error) {
	rec, err := single(lk.ctx, lk.tx, query, params)
	if err != nil || rec == nil {
		return nil, err
	}
	return decode(kind, rec.Values[0].(string))
}

// remember records a stored entity under its ID and external key.
func (lk *lookup) remember(e graph.Entity) {
	m, k := e.Metadata(), e.EntityKind()
	lk.byID[k][m.ID] = e
	if m.ExternalKey != "" {
		lk.byKey[k][m.ExternalKey] = e
	}
}

// prefetchChunk is the number of keys sent in one bulk lookup.
const prefetchChunk = 20000

// prefetch loads, in bulk, every stored entity that graph.PrepareBatch may ask for
// when it prepares b: per kind, the entities whose external key or ID is an item's
// external key or ID or the value of a reference to that kind. Whatever is not found
// is remembered as missing.
func (lk *lookup) prefetch(b *graph.Batch) error {
	lk.batch = b
	want := map[graph.Kind]map[string]struct{}{}
	for _, k := range graph.Kinds() {
		want[k] = map[string]struct{}{}
	}
	for _, it := range b.Items() {
		m := it.Entity.Metadata()
		k := it.Entity.EntityKind()
		if m.ExternalKey != "" {
			want[k][m.ExternalKey] = struct{}{}
		}
		if m.ID != "" {
			want[k][m.ID] = struct{}{}
		}
		for _, r := range it.Entity.Refs() {
			want[r.Kind][*r.ID] = struct{}{}
		}
	}
	for _, k := range graph.Kinds() {
		keys := make([]string, 0, len(want[k]))
		for key := range want[k] {
			keys = append(keys, key)
		}
		if err := lk.fetch(k, keys, true); err != nil {
			return err
		}
	}
	return nil
}

// fetch loads in bulk the stored entities of the kind whose ID (and, with byKey,
// whose external key) is one of keys, and remembers every key that matches none as
// missing.
func (lk *lookup) fetch(kind graph.Kind, keys []string, byKey bool) error {
	keys = slices.DeleteFunc(slices.Clone(keys), func(k string) bool {
		_, id := lk.byID[kind][k]
		_, key := lk.byKey[kind][k]
		return id && (key || !byKey)
	})
	if len(keys) == 0 {
		return nil
	}
	ki := kinds[kind]
	match := "MATCH (n:%s {%s: k})"
	if ki.rel {
		match = "MATCH ()-[n:%s {%s: k}]->()"
	}
	query := func(prop string) string {
		return fmt.Sprintf("UNWIND $keys AS k "+match, ki.label, prop) + seek("n", ki.label, prop) + visibleOnly + " RETURN n.json"
	}
	queries := []string{query("id")}
	if byKey {
		queries = append(queries, query("external_key"))
	}
	stored, err := lk.any(kind)
	if err != nil {
		return err
	}
	for start := 0; start < len(keys); start += prefetchChunk {
		chunk := keys[start:min(start+prefetchChunk, len(keys))]
		if stored {
			for _, q := range queries {
				if err := lk.load(kind, q, chunk, lk.remember); err != nil {
					return err
				}
			}
		}
		for _, key := range chunk {
			if _, ok := lk.byID[kind][key]; !ok {
				lk.byID[kind][key] = nil
			}
			if _, ok := lk.byKey[kind][key]; byKey && !ok {
				lk.byKey[kind][key] = nil
			}
		}
	}
	return nil
}

// written makes the lookup answer as if e had replaced old in the store: old's
// external key and pair key are free, e's taken. old is nil for a new entity, e nil
// for a deleted one.
func (lk *lookup) written(old, e graph.Entity) {
	if old != nil {
		m, k := old.Metadata(), old.EntityKind()
		lk.byID[k][m.ID] = nil
		if m.ExternalKey != "" {
			lk.byKey[k][m.ExternalKey] = nil
		}
		if c, ok := old.(*graph.Cooperation); ok {
			lk.byPair[c.PairKey()] = nil
		}
	}
	if e != nil {
		lk.remember(e)
		if c, ok := e.(*graph.Cooperation); ok {
			lk.byPair[c.PairKey()] = c
		}
	}
}

// any reports whether the database holds any node or relationship of the kind,
// staged or not; if it holds none, every lookup of the kind misses and need not be
// asked (as in a first import into an empty database). Neo4j answers such counts
// from its count store.
func (lk *lookup) any(kind graph.Kind) (bool, error) {
	q := "MATCH (n:" + kinds[kind].label + ") RETURN count(n)"
	if kinds[kind].rel {
		q = "MATCH ()-[n:" + kinds[kind].label + "]->() RETURN count(n)"
	}
	rec, err := single(lk.ctx, lk.tx, q, nil)
	if err != nil {
		return false, err
	}
	return rec.Values[0].(int64) > 0, nil
}

// load runs a bulk query for keys that returns entities of the kind as JSON, and
// hands each entity to remember.
func (lk *lookup) load(kind graph.Kind, query string, keys []string, remember func(graph.Entity)) error {
	return stream(lk.ctx, lk.tx, query, map[string]any{"keys": keys, "visible": lk.visible}, func(raw string) error {
		e, err := decode(kind, raw)
		if err == nil {
			remember(e)
		}
		return err
	})
}

// byPairKey is the hint to find a cooperation by its pair key (see seek).
var byPairKey = seek("n", relCooperation, "pair_key")

// prefetchPairs loads the stored cooperations with the pair keys of the batch's
// cooperations, and remembers the missing ones.
func (lk *lookup) prefetchPairs() error {
	pairs := make([]string, 0, len(lk.batch.Cooperations))
	for i := range lk.batch.Cooperations {
		pairs = append(pairs, lk.batch.Cooperations[i].PairKey())
	}
	return lk.fetchPairs(pairs)
}

// fetchPairs loads in bulk the stored cooperations with the pair keys that the lookup
// does not know yet, and remembers the missing ones.
func (lk *lookup) fetchPairs(pairs []string) error {
	pairs = slices.DeleteFunc(slices.Clone(pairs), func(p string) bool { _, ok := lk.byPair[p]; return ok })
	if len(pairs) == 0 {
		return nil
	}
	stored, err := lk.any(graph.KindCooperation)
	if err != nil {
		return err
	}
	for start := 0; start < len(pairs); start += prefetchChunk {
		chunk := pairs[start:min(start+prefetchChunk, len(pairs))]
		if stored {
			err := lk.load(graph.KindCooperation, "UNWIND $keys AS k MATCH ()-[n:COOPERATES_WITH {pair_key: k}]->()"+byPairKey+visibleOnly+" RETURN n.json",
				chunk, func(e graph.Entity) {
					c := e.(*graph.Cooperation)
					lk.byPair[c.PairKey()] = c
				})
			if err != nil {
				return err
			}
		}
		for _, p := range chunk {
			if _, ok := lk.byPair[p]; !ok {
				lk.byPair[p] = nil
			}
		}
	}
	return nil
}
