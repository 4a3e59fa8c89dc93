package neo4jstore

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Create stores a new entity and fills in its ID (if empty), Version and timestamps.
// Invalid if it fails validation or refers to a missing entity; Conflict if its ID,
// external key or pair key is taken.
func (s *Store) Create(ctx context.Context, e graph.Entity) error {
	if err := knownKind(e); err != nil {
		return err
	}
	m := e.Metadata()
	generated := m.ID == ""
	saved := *m
	_, err := writeTx(ctx, s, "create", func(tx neo4j.ManagedTransaction, rev int64) (struct{}, error) {
		*m = saved
		if generated {
			m.ID = graph.NewID(e.EntityKind())
		}
		tax, err := taxonomy(ctx, tx)
		if err != nil {
			return struct{}{}, err
		}
		lk := newLookup(ctx, tx, allBatches)
		if _, taken, err := lk.Get(e.EntityKind(), m.ID); err != nil {
			return struct{}{}, err
		} else if taken {
			return struct{}{}, &graph.Error{Code: graph.Conflict,
				Message: fmt.Sprintf("%s mit der ID %q gibt es schon.", e.EntityKind().Label(), m.ID),
				Fields:  []graph.FieldError{{Field: "id", Message: "Die ID ist schon vergeben."}}}
		}
		if err := graph.CheckWrite(e, tax, lk); err != nil {
			return struct{}{}, err
		}
		if err := graph.CheckWaveWrite(lk, nil, e); err != nil {
			return struct{}{}, err
		}
		t := now()
		m.Version, m.CreatedAt, m.UpdatedAt = 1, t, t
		return struct{}{}, writeWithHistory(ctx, tx, rev, graph.PlannedWrite{Entity: e, Change: graph.Created}, t)
	})
	if err != nil {
		*m = saved
	}
	return err
}

// Get returns the entity of the kind with the ID. NotFound if there is none.
func (s *Store) Get(ctx context.Context, kind graph.Kind, id string) (graph.Entity, error) {
	if _, ok := kinds[kind]; !ok {
		return nil, unknownKind(kind)
	}
	return readTx(ctx, s, "get", func(tx neo4j.ManagedTransaction) (graph.Entity, error) {
		_, visible, err := readState(ctx, tx)
		if err != nil {
			return nil, err
		}
		return mustGet(ctx, tx, kind, id, visible)
	})
}

// mustGet returns the stored entity, or NotFound; visible as for newLookup.
func mustGet(ctx context.Context, tx neo4j.ManagedTransaction, kind graph.Kind, id string, visible int64) (graph.Entity, error) {
	e, found, err := newLookup(ctx, tx, visible).Get(kind, id)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound(kind, id)
	}
	return e, nil
}

func notFound(kind graph.Kind, id string) error {
	return graph.Errorf(graph.NotFound, "%s %q gibt es nicht.", kind.Label(), id)
}

func unknownKind(kind graph.Kind) error {
	return graph.Errorf(graph.Invalid, "Die Art %q ist unbekannt.", kind)
}

func knownKind(e graph.Entity) error {
	if e == nil {
		return graph.Errorf(graph.Invalid, "Der Eintrag fehlt.")
	}
	if _, ok := kinds[e.EntityKind()]; !ok {
		return unknownKind(e.EntityKind())
	}
	return nil
}

func staleVersion(kind graph.Kind, id string, stored, given int64) error {
	return &graph.Error{Code: graph.Conflict,
		Message: fmt.Sprintf("%s %q wurde inzwischen geändert (gespeichert ist Version %d, nicht %d); bitte neu laden.", kind.Label(), id, stored, given),
		Fields:  []graph.FieldError{{Field: "version", Message: "Die Version ist veraltet."}}}
}

// Update replaces the stored entity with e's ID and sets e's Version and UpdatedAt.
// NotFound if there is none; Conflict if e.Version is stale or a unique key is taken;
// Invalid if it fails validation or refers to a missing entity.
func (s *Store) Update(ctx context.Context, e graph.Entity) error {
	if err := knownKind(e); err != nil {
		return err
	}
	m := e.Metadata()
	saved := *m
	_, err := writeTx(ctx, s, "update", func(tx neo4j.ManagedTransaction, rev int64) (struct{}, error) {
		*m = saved
		old, err := mustGet(ctx, tx, e.EntityKind(), m.ID, allBatches)
		if err != nil {
			return struct{}{}, err
		}
		om := old.Metadata()
		if om.Version != m.Version {
			return struct{}{}, staleVersion(e.EntityKind(), m.ID, om.Version, m.Version)
		}
		tax, err := taxonomy(ctx, tx)
		if err != nil {
			return struct{}{}, err
		}
		lk := newLookup(ctx, tx, allBatches)
		if err := graph.CheckWrite(e, tax, lk); err != nil {
			return struct{}{}, err
		}
		if err := graph.CheckWaveWrite(lk, old, e); err != nil {
			return struct{}{}, err
		}
		m.Version, m.CreatedAt, m.UpdatedAt = om.Version+1, om.CreatedAt, now()
		return struct{}{}, writeWithHistory(ctx, tx, rev, graph.PlannedWrite{Entity: e, Old: old, Change: graph.Updated}, m.UpdatedAt)
	})
	if err != nil {
		*m = saved
	}
	return err
}

// Delete removes the entity of the kind with the ID; see graph.Store.Delete. NotFound
// if there is none; Conflict if opts.Version is stale or the entity is still in use.
func (s *Store) Delete(ctx context.Context, kind graph.Kind, id string, opts graph.DeleteOptions) (graph.Deleted, error) {
	ki, ok := kinds[kind]
	if !ok {
		return nil, unknownKind(kind)
	}
	return writeTx(ctx, s, "delete", func(tx neo4j.ManagedTransaction, rev int64) (graph.Deleted, error) {
		old, err := mustGet(ctx, tx, kind, id, allBatches)
		if err != nil {
			return nil, err
		}
		if v := old.Metadata().Version; opts.Version != 0 && v != opts.Version {
			return nil, staleVersion(kind, id, v, opts.Version)
		}
		deps, err := dependents(ctx, tx, kind, []string{id})
		if err != nil {
			return nil, err
		}
		counts := deps[id]
		if counts == nil {
			counts = graph.Deleted{}
		}
		if err := graph.CheckDelete(kind, id, counts, opts.Cascade); err != nil {
			return nil, err
		}
		gone := []graph.Entity{}
		if len(counts) > 0 {
			for _, q := range []struct {
				kind  graph.Kind
				query string
			}{{graph.KindCooperation, "MATCH (:Actor {id: $id})-[n:COOPERATES_WITH]-() RETURN n.json"},
				{graph.KindOffer, "MATCH (:Actor {id: $id})-[:PROVIDES]->(n:Offer) RETURN n.json"}} {
				if err := stream(ctx, tx, q.query, map[string]any{"id": id}, func(raw string) error {
					e, err := decode(q.kind, raw)
					gone = append(gone, e)
					return err
				}); err != nil {
					return nil, err
				}
			}
			if _, err := exec(ctx, tx, "MATCH (:Actor {id: $id})-[:PROVIDES]->(o:Offer) DETACH DELETE o", map[string]any{"id": id}); err != nil {
				return nil, err
			}
		}
		gone = append(gone, old)
		lk := newLookup(ctx, tx, allBatches)
		at := now()
		events := make([]graph.Event, 0, len(gone))
		for _, e := range gone {
			if err := graph.CheckWaveWrite(lk, e, nil); err != nil {
				return nil, err
			}
			ev, err := graph.NewEvent(ctx, graph.ActionDelete, e, nil, "", "", at)
			if err != nil {
				return nil, err
			}
			events = append(events, ev)
		}
		if err := recordEvents(ctx, tx, rev, events); err != nil {
			return nil, err
		}
		_, err = exec(ctx, tx, ki.qDelete, map[string]any{"ids": []string{id}})
		return graph.Deleted(counts), err
	})
}

// stream runs a query whose records hold one string each and calls fn for every
// record as it arrives.
func stream(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any, fn func(string) error) error {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		raw, ok := res.Record().Values[0].(string)
		if !ok {
			return fmt.Errorf("neo4jstore: %q returned %T, not a string", query, res.Record().Values[0])
		}
		if err := fn(raw); err != nil {
			return err
		}
	}
	return res.Err()
}

// writeWithHistory applies one planned write and records its event.
func writeWithHistory(ctx context.Context, tx neo4j.ManagedTransaction, rev int64, w graph.PlannedWrite, at time.Time) error {
	if err := applyWrites(ctx, tx, []graph.PlannedWrite{w}); err != nil {
		return err
	}
	events, err := writeEvents(ctx, []graph.PlannedWrite{w}, "", at)
	if err != nil {
		return err
	}
	return recordEvents(ctx, tx, rev, events)
}

// dependents counts, for each of the entities of the kind with the IDs, the entities
// that refer to it: an actor's cooperations, offers and measures, a social space's
// child spaces (other than those among ids, which go with it), actors, offers, needs
// and measures, a wave's cooperations and measures. IDs without dependents are left
// out.
func dependents(ctx context.Context, tx neo4j.ManagedTransaction, kind graph.Kind, ids []string) (map[string]graph.Deleted, error) {
	var query string
	var of []graph.Kind
	switch kind {
	case graph.KindActor:
		query = `UNWIND $ids AS id MATCH (n:Actor {id: id}) USING INDEX SEEK n:Actor(id) RETURN id, COUNT { (n)-[:COOPERATES_WITH]-() }, COUNT { (n)-[:PROVIDES]->(:Offer) },
			COUNT { (n)<-[:INVOLVES]-(:Measure) }`
		of = []graph.Kind{graph.KindCooperation, graph.KindOffer, graph.KindMeasure}
	case graph.KindSocialSpace:
		query = `UNWIND $ids AS id MATCH (n:SocialSpace {id: id}) USING INDEX SEEK n:SocialSpace(id) RETURN id, COUNT { (n)<-[:PART_OF]-(c) WHERE NOT c.id IN $ids },
			COUNT { (n)<-[:LOCATED_IN]-() }, COUNT { (n)<-[:SERVES]-() }, COUNT { (n)<-[:FOR]-() }, COUNT { (n)<-[:CONCERNS]-(:Measure) }`
		of = []graph.Kind{graph.KindSocialSpace, graph.KindActor, graph.KindOffer, graph.KindNeed, graph.KindMeasure}
	case graph.KindWave:
		query = `UNWIND $ids AS id MATCH (n:Wave {id: id}) USING INDEX SEEK n:Wave(id) RETURN id, COUNT { ()-[r:COOPERATES_WITH {wave_id: id}]->() }, COUNT { (n)<-[:AGREED_AT]-(:Measure) }`
		of = []graph.Kind{graph.KindCooperation, graph.KindMeasure}
	default:
		return nil, nil
	}
	res, err := tx.Run(ctx, query, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := map[string]graph.Deleted{}
	for res.Next(ctx) {
		v := res.Record().Values
		counts := graph.Deleted{}
		for i, k := range of {
			if n := int(v[i+1].(int64)); n > 0 {
				counts[k] = n
			}
		}
		if len(counts) > 0 {
			out[v[0].(string)] = counts
		}
	}
	return out, res.Err()
}
