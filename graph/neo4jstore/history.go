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

// byEntity is the hint to find the events of an entity (see seek).
var byEntity = seek("n", "HistoryEvent", "kind", "entity_id")

// entityState returns the entity's events, newest first, and its current state.
func entityState(ctx context.Context, tx neo4j.ManagedTransaction, kind graph.Kind, id string, visible int64) (graph.EntityState, error) {
	events, err := readEvents(ctx, tx, `MATCH (n:HistoryEvent {kind: $kind, entity_id: $id})`+byEntity+visibleOnly+` RETURN n ORDER BY n.seq DESC`,
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
	w, err := restoreWrite(newLookup(ctx, tx, allBatches), tax, current, e, now())
	if err != nil {
		return graph.Event{}, err
	}
	if err := applyWrites(ctx, tx, []graph.PlannedWrite{w}); err != nil {
		return graph.Event{}, err
	}
	return graph.NewEvent(ctx, action, current, e, batch, reverts, e.Metadata().UpdatedAt)
}

// restoreWrite checks e, the restored content of the entity current (nil if deleted),
// against lk, and returns its write as of at: a new version of current, or a
// creation. lk then answers as if the write were done.
func restoreWrite(lk *lookup, tax *graph.Taxonomy, current, e graph.Entity, at time.Time) (graph.PlannedWrite, error) {
	if err := graph.CheckWrite(e, tax, lk); err != nil {
		return graph.PlannedWrite{}, err
	}
	if err := graph.CheckWaveWrite(lk, current, e); err != nil {
		return graph.PlannedWrite{}, err
	}
	m := e.Metadata()
	m.UpdatedAt = at
	w := graph.PlannedWrite{Entity: e, Old: current, Change: graph.Updated}
	if current != nil {
		m.Version, m.CreatedAt = current.Metadata().Version+1, current.Metadata().CreatedAt
	} else {
		m.CreatedAt, w.Change = at, graph.Created
	}
	lk.written(current, e)
	return w, nil
}

// RevertBatch undoes a batch all-or-nothing; see graph.Store. It works in bulk, a
// few statements per kind however large the batch: it reads the batch's events, then
// the history and current state of every entity the batch touched, checks the
// restored entities one after the other against a lookup that sees the earlier ones
// as written, writes them as UNWIND statements (as Upsert does), deletes what the
// batch created, kind by kind, and records the events.
func (s *Store) RevertBatch(ctx context.Context, batchID string) (graph.Reverted, error) {
	return writeTx(ctx, s, "revert", func(tx neo4j.ManagedTransaction, rev int64) (graph.Reverted, error) {
		batch, err := readEvents(ctx, tx, "MATCH (n:HistoryEvent {batch_id: $batch_id}) RETURN n ORDER BY n.seq DESC",
			map[string]any{"batch_id": batchID})
		if err != nil {
			return nil, err
		}
		lk := newLookup(ctx, tx, allBatches)
		states, err := entityStates(ctx, tx, lk, batch)
		if err != nil {
			return nil, err
		}
		steps, err := graph.PlanRevert(batchID, batch, states)
		if err != nil {
			return nil, err
		}
		if err := fetchRefs(lk, steps); err != nil {
			return nil, err
		}
		tax, err := taxonomy(ctx, tx)
		if err != nil {
			return nil, err
		}
		newID, at := graph.NewBatchID(), now()
		reverted := graph.Reverted{}
		var events []graph.Event
		var writes []graph.PlannedWrite
		var deletes [][]graph.RevertStep // runs of one kind, in the order of steps
		for _, st := range steps {
			reverted[st.Kind]++
			if st.Delete {
				if n := len(deletes); n > 0 && deletes[n-1][0].Kind == st.Kind {
					deletes[n-1] = append(deletes[n-1], st)
				} else {
					deletes = append(deletes, []graph.RevertStep{st})
				}
				continue
			}
			w, err := restoreWrite(lk, tax, st.Current, st.Entity, at)
			if err != nil {
				return nil, err
			}
			ev, err := graph.NewEvent(ctx, graph.ActionRevert, st.Current, st.Entity, newID, batchID, at)
			if err != nil {
				return nil, err
			}
			writes, events = append(writes, w), append(events, ev)
		}
		if err := applyWrites(ctx, tx, writes); err != nil {
			return nil, err
		}
		for _, run := range deletes {
			evs, err := deleteRun(ctx, tx, lk, run, batchID, newID, at)
			if err != nil {
				return nil, err
			}
			events = append(events, evs...)
		}
		return reverted, recordEvents(ctx, tx, rev, events)
	})
}

// entityStates returns the history and current state of every entity that the
// events name, by graph.StateKey, read in bulk per kind.
func entityStates(ctx context.Context, tx neo4j.ManagedTransaction, lk *lookup, batch []graph.Event) (map[string]graph.EntityState, error) {
	ids := map[graph.Kind][]string{}
	seen := map[string]bool{}
	for _, ev := range batch {
		if key := graph.StateKey(ev.Kind, ev.EntityID); !seen[key] {
			seen[key] = true
			ids[ev.Kind] = append(ids[ev.Kind], ev.EntityID)
		}
	}
	states := map[string]graph.EntityState{}
	for kind, list := range ids {
		if err := lk.fetch(kind, list, false); err != nil {
			return nil, err
		}
		for start := 0; start < len(list); start += prefetchChunk {
			events, err := readEvents(ctx, tx, `UNWIND $ids AS id MATCH (n:HistoryEvent {kind: $kind, entity_id: id})`+byEntity+visibleOnly+
				` RETURN n ORDER BY n.seq DESC`, map[string]any{"kind": string(kind), "ids": list[start:min(start+prefetchChunk, len(list))], "visible": allBatches})
			if err != nil {
				return nil, err
			}
			for _, ev := range events { // newest first, also per entity
				key := graph.StateKey(kind, ev.EntityID)
				st := states[key]
				st.Events = append(st.Events, ev)
				states[key] = st
			}
		}
		for _, id := range list {
			key := graph.StateKey(kind, id)
			st := states[key]
			st.Current = lk.byID[kind][id]
			states[key] = st
		}
	}
	return states, nil
}

// fetchRefs loads in bulk what checking the restored entities of steps looks up: the
// entities they refer to, and for cooperations the entities with their pair keys.
func fetchRefs(lk *lookup, steps []graph.RevertStep) error {
	refs := map[graph.Kind][]string{}
	var pairs []string
	for _, st := range steps {
		if st.Entity == nil {
			continue
		}
		for _, r := range st.Entity.Refs() {
			refs[r.Kind] = append(refs[r.Kind], *r.ID)
		}
		if c, ok := st.Entity.(*graph.Cooperation); ok {
			pairs = append(pairs, c.PairKey())
		}
	}
	for kind, ids := range refs {
		if err := lk.fetch(kind, ids, false); err != nil {
			return err
		}
	}
	return lk.fetchPairs(pairs)
}

// deleteRun deletes the entities of one kind that a revert removes, after checking
// that none is in a closed wave and none is still used by an entity that stays, and
// returns their events.
func deleteRun(ctx context.Context, tx neo4j.ManagedTransaction, lk *lookup, run []graph.RevertStep, batchID, newID string, at time.Time) ([]graph.Event, error) {
	kind := run[0].Kind
	ids := make([]string, len(run))
	events := make([]graph.Event, len(run))
	for i, st := range run {
		if err := graph.CheckWaveWrite(lk, st.Current, nil); err != nil {
			return nil, err
		}
		ids[i] = st.ID
	}
	deps, err := dependents(ctx, tx, kind, ids)
	if err != nil {
		return nil, err
	}
	for i, st := range run {
		if d := deps[st.ID]; len(d) > 0 {
			return nil, graph.Errorf(graph.Conflict, "Der Importvorgang %q kann nicht rückgängig gemacht werden: %s %q wird inzwischen verwendet (%s).",
				batchID, kind.Label(), graph.EntityName(st.Current), d.String())
		}
		if events[i], err = graph.NewEvent(ctx, graph.ActionRevert, st.Current, nil, newID, batchID, at); err != nil {
			return nil, err
		}
		lk.written(st.Current, nil)
	}
	return events, deleteAll(ctx, tx, kind, ids)
}

// deleteAll deletes the entities of the kind with the IDs (a node with its links), in
// chunks of writeChunk. It finds them all by their IDs first and then deletes them by
// their element IDs: Neo4j merges the entries that a transaction has removed from an
// index into every later seek of that index, so that deleting by index seeks costs
// time in the square of the number deleted (a minute of CPU for 29,000 cooperations).
func deleteAll(ctx context.Context, tx neo4j.ManagedTransaction, kind graph.Kind, ids []string) error {
	ki := kinds[kind]
	find := fmt.Sprintf("UNWIND $ids AS id MATCH (n:%s {id: id})%s RETURN elementId(n)", ki.label, seek("n", ki.label, "id"))
	del := "UNWIND $eids AS e MATCH (n) WHERE elementId(n) = e DETACH DELETE n"
	if ki.rel {
		find = fmt.Sprintf("UNWIND $ids AS id MATCH ()-[n:%s {id: id}]->()%s RETURN elementId(n)", ki.label, seek("n", ki.label, "id"))
		del = "UNWIND $eids AS e MATCH ()-[n]->() WHERE elementId(n) = e DELETE n"
	}
	eids := make([]string, 0, len(ids))
	for start := 0; start < len(ids); start += writeChunk {
		err := stream(ctx, tx, find, map[string]any{"ids": ids[start:min(start+writeChunk, len(ids))]}, func(e string) error {
			eids = append(eids, e)
			return nil
		})
		if err != nil {
			return err
		}
	}
	for start := 0; start < len(eids); start += writeChunk {
		if _, err := exec(ctx, tx, del, map[string]any{"eids": eids[start:min(start+writeChunk, len(eids))]}); err != nil {
			return err
		}
	}
	return nil
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
