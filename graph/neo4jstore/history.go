package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The history (graph.Event) is one node per event:
//
//	(:HistoryEvent {seq, at, by, kind, entity_id, entity_name, action, version,
//	                batch_id, reverts, deleted, changes})
//
// seq numbers the events (by revision, see firstSeq; the event ID is seq in 20
// digits), at is a datetime, changes the JSON list of field changes (absent
// for a creation). Events are written in the transaction of their write; the events of
// a staged batch's new items are staged with them (carrying its batch number, hidden
// from reads until it is published, deleted with it if it fails: found by seq, see
// lease.cleanup). The schema indexes seq, kind with entity_id, and batch_id.

// qEvents writes rows of event properties.
const qEvents = "UNWIND $rows AS r CREATE (h:HistoryEvent) SET h = r"

// eventRow returns the node properties of ev, numbered seq; batch is the staged batch
// number, or 0.
func eventRow(ev *graph.Event, seq, batch int64) (map[string]any, error) {
	p := map[string]any{"seq": seq, "at": ev.At, "kind": string(ev.Kind), "entity_id": ev.EntityID,
		"action": string(ev.Action), "version": ev.Version}
	put(p, "by", ev.By)
	put(p, "entity_name", ev.EntityName)
	put(p, "batch_id", ev.BatchID)
	put(p, "reverts", ev.Reverts)
	put(p, "deleted", ev.Deleted)
	if len(ev.Changes) > 0 {
		raw, err := json.Marshal(ev.Changes)
		if err != nil {
			return nil, err
		}
		p["changes"] = string(raw)
	}
	if batch != 0 {
		p["batch"] = batch
	}
	return p, nil
}

// eventSteps returns the statements that write events numbered from first on.
func eventSteps(events []graph.Event, first, batch int64, chunk int) []step {
	var steps []step
	for start := 0; start < len(events); start += chunk {
		part, base := events[start:min(start+chunk, len(events))], first+int64(start)
		steps = append(steps, step{phase: phaseCooperations + 1, query: qEvents, what: "history",
			rows: func() (map[string]any, int, error) {
				rows := make([]any, len(part))
				for i := range part {
					r, err := eventRow(&part[i], base+int64(i), batch)
					if err != nil {
						return nil, 0, err
					}
					rows[i] = r
				}
				return map[string]any{"rows": rows}, -1, nil
			}})
	}
	return steps
}

// firstSeq returns the number of the first event of the write that raises the
// revision to rev. Events are numbered by revision, 2^24 numbers for each: writes
// are serialized by the revision, so the numbers rise with the writes without a
// counter that every writer would have to lock again (which makes Neo4j's lock
// upgrades deadlock between parallel writers).
func firstSeq(rev int64) int64 { return rev<<24 + 1 }

// recordEvents writes the events of the write that raises the revision to rev in tx.
func recordEvents(ctx context.Context, tx neo4j.ManagedTransaction, rev int64, events []graph.Event) error {
	for _, st := range eventSteps(events, firstSeq(rev), 0, writeChunk) {
		params, want, err := st.rows()
		if err != nil {
			return err
		}
		if err := st.run(ctx, tx, params, want); err != nil {
			return err
		}
	}
	return nil
}

// writeEvents returns the events of planned writes, with batch ID batch.
func writeEvents(ctx context.Context, writes []graph.PlannedWrite, batch string, at time.Time) ([]graph.Event, error) {
	var out []graph.Event
	for _, w := range writes {
		action := graph.ActionUpdate
		switch w.Change {
		case graph.Unchanged:
			continue
		case graph.Created:
			action = graph.ActionCreate
		}
		ev, err := graph.NewEvent(ctx, action, w.Old, w.Entity, batch, "", at)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}

// eventFromNode reads an event from its node.
func eventFromNode(n dbtype.Node) (graph.Event, error) {
	p := n.Props
	str := func(k string) string { s, _ := p[k].(string); return s }
	seq, _ := p["seq"].(int64)
	ev := graph.Event{ID: graph.EventID(seq), By: str("by"), Kind: graph.Kind(str("kind")), EntityID: str("entity_id"),
		EntityName: str("entity_name"), Action: graph.Action(str("action")), BatchID: str("batch_id"), Reverts: str("reverts"),
		Changes: []graph.FieldChange{}}
	ev.Version, _ = p["version"].(int64)
	ev.Deleted, _ = p["deleted"].(bool)
	if at, ok := p["at"].(time.Time); ok {
		ev.At = at.UTC()
	}
	if raw := str("changes"); raw != "" {
		if err := json.Unmarshal([]byte(raw), &ev.Changes); err != nil {
			return ev, fmt.Errorf("neo4jstore: history event %d: %w", seq, err)
		}
	}
	return ev, nil
}

// readEvents runs a query whose records hold one event node each.
func readEvents(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) ([]graph.Event, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	out := []graph.Event{}
	for res.Next(ctx) {
		n, ok := res.Record().Values[0].(dbtype.Node)
		if !ok {
			return nil, fmt.Errorf("neo4jstore: history query returned %T", res.Record().Values[0])
		}
		ev, err := eventFromNode(n)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, res.Err()
}

// entityState returns the entity's events, newest first, and its current state.
func entityState(ctx context.Context, tx neo4j.ManagedTransaction, kind graph.Kind, id string, visible int64) (graph.EntityState, error) {
	events, err := readEvents(ctx, tx, `MATCH (n:HistoryEvent {kind: $kind, entity_id: $id})`+visibleOnly+` RETURN n ORDER BY n.seq DESC`,
		map[string]any{"kind": string(kind), "id": id, "visible": visible})
	if err != nil {
		return graph.EntityState{}, err
	}
	cur, found, err := newLookup(ctx, tx, visible).Get(kind, id)
	if err != nil {
		return graph.EntityState{}, err
	}
	if !found {
		cur = nil
	}
	return graph.EntityState{Events: events, Current: cur}, nil
}

// History returns the entity's events, newest first; see graph.Store.
func (s *Store) History(ctx context.Context, kind graph.Kind, id string) ([]graph.Event, error) {
	if _, ok := kinds[kind]; !ok {
		return nil, unknownKind(kind)
	}
	return readTx(ctx, s, "history", func(tx neo4j.ManagedTransaction) ([]graph.Event, error) {
		_, visible, err := readState(ctx, tx)
		if err != nil {
			return nil, err
		}
		st, err := entityState(ctx, tx, kind, id, visible)
		if err != nil {
			return nil, err
		}
		_, err = graph.Replay(st.Events, st.Current)
		return st.Events, err
	})
}

// qActivity selects a page of events; an empty parameter matches every event.
const qActivity = `MATCH (n:HistoryEvent) WHERE n.seq < $before AND (n.batch IS NULL OR n.batch <= $visible)
	AND ($kind = '' OR n.kind = $kind) AND ($by = '' OR n.by = $by) AND ($entity_id = '' OR n.entity_id = $entity_id)
	AND ($batch_id = '' OR n.batch_id = $batch_id) AND ($since IS NULL OR n.at >= $since) AND ($until IS NULL OR n.at < $until)
	RETURN n ORDER BY n.seq DESC LIMIT $limit`

// Activity returns a page of the events that match f, newest first; see graph.Store.
func (s *Store) Activity(ctx context.Context, f graph.ActivityFilter) (graph.ActivityPage, error) {
	limit, err := f.PageSize()
	if err != nil {
		return graph.ActivityPage{}, err
	}
	before := int64(1<<63 - 1)
	if f.Cursor != "" {
		n, err := strconv.ParseInt(f.Cursor, 10, 64)
		if err != nil || n <= 0 {
			return graph.ActivityPage{}, graph.BadCursor(f.Cursor)
		}
		before = n
	}
	params := map[string]any{"before": before, "kind": string(f.Kind), "by": f.By, "entity_id": f.EntityID,
		"batch_id": f.BatchID, "since": nil, "until": nil, "limit": limit + 1}
	if !f.Since.IsZero() {
		params["since"] = f.Since
	}
	if !f.Until.IsZero() {
		params["until"] = f.Until
	}
	return readTx(ctx, s, "activity", func(tx neo4j.ManagedTransaction) (graph.ActivityPage, error) {
		_, visible, err := readState(ctx, tx)
		if err != nil {
			return graph.ActivityPage{}, err
		}
		params["visible"] = visible
		events, err := readEvents(ctx, tx, qActivity, params)
		if err != nil {
			return graph.ActivityPage{}, err
		}
		page := graph.ActivityPage{Items: events}
		if len(events) > limit {
			page.Items = events[:limit]
			page.Next = events[limit-1].ID
		}
		return page, nil
	})
}

// Restore writes the content of an earlier version as a new version; see
// graph.Store.
func (s *Store) Restore(ctx context.Context, kind graph.Kind, id string, version int64) (graph.Entity, error) {
	if _, ok := kinds[kind]; !ok {
		return nil, unknownKind(kind)
	}
	return writeTx(ctx, s, "restore", func(tx neo4j.ManagedTransaction, rev int64) (graph.Entity, error) {
		st, err := entityState(ctx, tx, kind, id, allBatches)
		if err != nil {
			return nil, err
		}
		e, err := graph.RestoreTarget(kind, id, version, st.Events, st.Current)
		if err != nil {
			return nil, err
		}
		ev, err := restoreOne(ctx, tx, graph.ActionRestore, st.Current, e, "", "")
		if err != nil {
			return nil, err
		}
		return e, recordEvents(ctx, tx, rev, []graph.Event{ev})
	})
}

// restoreOne checks and writes e, the restored content of the entity current (nil if
// deleted), and returns its event.
func restoreOne(ctx context.Context, tx neo4j.ManagedTransaction, action graph.Action, current, e graph.Entity, batch, reverts string) (graph.Event, error) {
	tax, err := taxonomy(ctx, tx)
	if err != nil {
		return graph.Event{}, err
	}
	lk := newLookup(ctx, tx, allBatches)
	if err := graph.CheckWrite(e, tax, lk); err != nil {
		return graph.Event{}, err
	}
	if err := graph.CheckWaveWrite(lk, current, e); err != nil {
		return graph.Event{}, err
	}
	m := e.Metadata()
	m.UpdatedAt = now()
	w := graph.PlannedWrite{Entity: e, Old: current, Change: graph.Updated}
	if current != nil {
		m.Version, m.CreatedAt = current.Metadata().Version+1, current.Metadata().CreatedAt
	} else {
		m.CreatedAt, w.Change = m.UpdatedAt, graph.Created
	}
	if err := applyWrites(ctx, tx, []graph.PlannedWrite{w}); err != nil {
		return graph.Event{}, err
	}
	return graph.NewEvent(ctx, action, current, e, batch, reverts, m.UpdatedAt)
}

// RevertBatch undoes a batch all-or-nothing; see graph.Store.
func (s *Store) RevertBatch(ctx context.Context, batchID string) (graph.Reverted, error) {
	return writeTx(ctx, s, "revert", func(tx neo4j.ManagedTransaction, rev int64) (graph.Reverted, error) {
		batch, err := readEvents(ctx, tx, "MATCH (n:HistoryEvent {batch_id: $batch_id}) RETURN n ORDER BY n.seq DESC",
			map[string]any{"batch_id": batchID})
		if err != nil {
			return nil, err
		}
		states := map[string]graph.EntityState{}
		for _, ev := range batch {
			key := graph.StateKey(ev.Kind, ev.EntityID)
			if _, ok := states[key]; ok {
				continue
			}
			if states[key], err = entityState(ctx, tx, ev.Kind, ev.EntityID, allBatches); err != nil {
				return nil, err
			}
		}
		steps, err := graph.PlanRevert(batchID, batch, states)
		if err != nil {
			return nil, err
		}
		newID, at := graph.NewBatchID(), now()
		reverted := graph.Reverted{}
		var events []graph.Event
		for _, st := range steps {
			if !st.Delete {
				ev, err := restoreOne(ctx, tx, graph.ActionRevert, st.Current, st.Entity, newID, batchID)
				if err != nil {
					return nil, err
				}
				events = append(events, ev)
				reverted[st.Kind]++
				continue
			}
			if err := graph.CheckWaveWrite(newLookup(ctx, tx, allBatches), st.Current, nil); err != nil {
				return nil, err
			}
			if deps, err := dependents(ctx, tx, st.Kind, st.ID); err != nil {
				return nil, err
			} else if len(deps) > 0 {
				return nil, graph.Errorf(graph.Conflict, "Der Importvorgang %q kann nicht rückgängig gemacht werden: %s %q wird inzwischen verwendet (%s).",
					batchID, st.Kind.Label(), graph.EntityName(st.Current), deps.String())
			}
			if _, err := exec(ctx, tx, kinds[st.Kind].qDelete, map[string]any{"ids": []string{st.ID}}); err != nil {
				return nil, err
			}
			ev, err := graph.NewEvent(ctx, graph.ActionRevert, st.Current, nil, newID, batchID, at)
			if err != nil {
				return nil, err
			}
			events = append(events, ev)
			reverted[st.Kind]++
		}
		return reverted, recordEvents(ctx, tx, rev, events)
	})
}

// purgeChunk is how many entities' histories one transaction of PurgeHistory removes.
const purgeChunk = 500

// PurgeHistory removes the history of entities deleted before cutoff; see
// graph.Store. It finds the deletions before cutoff, keeps the entities whose newest
// event is one of them, and deletes all their events, purgeChunk entities per
// transaction.
func (s *Store) PurgeHistory(ctx context.Context, cutoff time.Time) (int, error) {
	total := 0
	for {
		n, err := plainWriteTx(ctx, s, "purge history", func(tx neo4j.ManagedTransaction) (int, error) {
			res, err := tx.Run(ctx, `MATCH (d:HistoryEvent) WHERE d.deleted = true AND d.at < $cutoff
				WITH DISTINCT d.kind AS kind, d.entity_id AS id
				MATCH (h:HistoryEvent {kind: kind, entity_id: id})
				WITH kind, id, max(h.seq) AS newest
				MATCH (l:HistoryEvent {kind: kind, entity_id: id, seq: newest})
				WHERE l.deleted = true AND l.at < $cutoff
				WITH kind, id LIMIT $chunk
				MATCH (h:HistoryEvent {kind: kind, entity_id: id})
				DETACH DELETE h
				RETURN count(DISTINCT [kind, id])`,
				map[string]any{"cutoff": cutoff.UTC(), "chunk": purgeChunk})
			if err != nil {
				return 0, err
			}
			rec, err := res.Single(ctx)
			if err != nil {
				return 0, err
			}
			n, _ := rec.Values[0].(int64)
			return int(n), nil
		})
		if err != nil {
			return total, err
		}
		total += n
		if n < purgeChunk {
			return total, nil
		}
	}
}
