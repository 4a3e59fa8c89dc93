package neo4jstore

import (
	"context"
	"encoding/json"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Records are (:Record) nodes; their id is "<collection>/<key>", unambiguous because a
// collection name has no slash, and a list by key prefix is a STARTS WITH on it.

// recordID returns the id property of the record with the collection and key.
func recordID(collection, key string) string { return collection + "/" + key }

// recordOf reads a record from its node.
func recordOf(n neo4j.Node) graph.Record {
	p := n.Props
	r := graph.Record{Collection: str(p["collection"]), Key: str(p["key"]), Data: json.RawMessage(str(p["data"]))}
	r.Version, _ = p["version"].(int64)
	if t, ok := p["updated_at"].(time.Time); ok {
		r.UpdatedAt = t.UTC()
	}
	return r
}

// GetRecord returns the record; see graph.RecordStore.
func (s *Store) GetRecord(ctx context.Context, collection, key string) (*graph.Record, error) {
	if err := graph.RecordLookupError(collection, key, false); err != nil {
		return nil, err
	}
	return readTx(ctx, s, "get record", func(tx neo4j.ManagedTransaction) (*graph.Record, error) {
		rec, err := single(ctx, tx, "MATCH (r:Record {id: $id}) RETURN r", map[string]any{"id": recordID(collection, key)})
		if err != nil {
			return nil, err
		}
		if rec == nil {
			return nil, graph.RecordNotFound(collection, key)
		}
		r := recordOf(rec.Values[0].(neo4j.Node))
		return &r, nil
	})
}

// PutRecords writes the records all-or-nothing in one transaction; see
// graph.RecordStore. It first write-locks every record (creating missing ones as
// version 0), so that two concurrent writers of one version cannot both succeed,
// then checks the versions; a mismatch rolls the transaction back. Records do not
// change the revision.
func (s *Store) PutRecords(ctx context.Context, rs ...*graph.Record) error {
	if err := graph.CheckRecords(rs); err != nil {
		return err
	}
	at := now()
	ids := make([]string, len(rs))
	rows := make([]map[string]any, len(rs))
	for i, r := range rs {
		ids[i] = recordID(r.Collection, r.Key)
		rows[i] = map[string]any{"id": ids[i], "collection": r.Collection, "key": r.Key, "version": r.Version + 1, "data": string(r.Data)}
	}
	_, err := plainWriteTx(ctx, s, "put records", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, `UNWIND range(0, size($ids) - 1) AS i
			MERGE (r:Record {id: $ids[i]})
			SET r.version = coalesce(r.version, 0)
			RETURN i, r.version`, map[string]any{"ids": ids})
		if err != nil {
			return struct{}{}, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			if i, stored := v[0].(int64), v[1].(int64); stored != rs[i].Version {
				return struct{}{}, graph.RecordConflict(rs[i], stored)
			}
		}
		if err := res.Err(); err != nil {
			return struct{}{}, err
		}
		_, err = exec(ctx, tx, `UNWIND $rows AS row
			MATCH (r:Record {id: row.id}) USING INDEX SEEK r:Record(id)
			SET r.collection = row.collection, r.key = row.key, r.version = row.version, r.data = row.data, r.updated_at = $at`,
			map[string]any{"rows": rows, "at": at})
		return struct{}{}, err
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
func (s *Store) ListRecords(ctx context.Context, collection, prefix string) ([]graph.Record, error) {
	if err := graph.RecordLookupError(collection, prefix, true); err != nil {
		return nil, err
	}
	return readTx(ctx, s, "list records", func(tx neo4j.ManagedTransaction) ([]graph.Record, error) {
		res, err := tx.Run(ctx, "MATCH (r:Record) WHERE r.id STARTS WITH $prefix RETURN r ORDER BY r.id",
			map[string]any{"prefix": listPrefix(collection, prefix)})
		if err != nil {
			return nil, err
		}
		out := []graph.Record{}
		for res.Next(ctx) {
			out = append(out, recordOf(res.Record().Values[0].(neo4j.Node)))
		}
		return out, res.Err()
	})
}

// listPrefix returns the id prefix of the records ListRecords lists: all for an
// empty collection.
func listPrefix(collection, prefix string) string {
	if collection == "" {
		return ""
	}
	return recordID(collection, prefix)
}

// DeleteRecord removes the record; see graph.RecordStore.
func (s *Store) DeleteRecord(ctx context.Context, collection, key string, version int64) error {
	if err := graph.RecordLookupError(collection, key, false); err != nil {
		return err
	}
	_, err := plainWriteTx(ctx, s, "delete record", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		rec, err := single(ctx, tx, `MATCH (r:Record {id: $id}) SET r.version = r.version
			WITH r, r.version AS stored
			FOREACH (_ IN CASE WHEN $version = 0 OR stored = $version THEN [1] ELSE [] END | DELETE r)
			RETURN stored`, map[string]any{"id": recordID(collection, key), "version": version})
		switch {
		case err != nil:
			return struct{}{}, err
		case rec == nil:
			return struct{}{}, graph.RecordNotFound(collection, key)
		case version != 0 && rec.Values[0].(int64) != version:
			return struct{}{}, graph.RecordConflict(&graph.Record{Collection: collection, Key: key, Version: version}, rec.Values[0].(int64))
		}
		return struct{}{}, nil
	})
	return err
}
