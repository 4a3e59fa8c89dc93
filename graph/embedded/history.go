package embedded

import (
	"bytes"
	"context"
	"encoding/binary"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The history (see graph.Event) lives in three buckets: "h:log" maps the event's
// sequence number (8 bytes, big-endian) to the event in the tagged form of codeEvent;
// "h:entity" indexes it by kind 0 ID 0 sequence number (with an empty value). The
// events of a batch are numbered consecutively, so "h:batch" maps a batch ID to the
// first and last number of its events (8 bytes each): one key per batch, not per item. The meta bucket counts the numbers
// (history_seq). The event ID is the number in 20 digits (graph.EventID). Buckets
// added in schema 2 without a migration (see doc.go): older files have no history.
var (
	bucketHistory       = []byte("h:log")
	bucketHistoryEntity = []byte("h:entity")
	bucketHistoryBatch  = []byte("h:batch")

	keyHistorySeq = []byte("history_seq")
)

// codeEvent codes a history event; the ID is its key, not stored in the value.
func codeEvent(c coder, ev *graph.Event) {
	c.time(1, &ev.At)
	c.str(2, &ev.By)
	c.str(3, (*string)(&ev.Kind))
	c.str(4, &ev.EntityID)
	c.str(5, &ev.EntityName)
	c.str(6, (*string)(&ev.Action))
	c.int64(7, &ev.Version)
	c.str(8, &ev.BatchID)
	c.str(9, &ev.Reverts)
	codeList(c, 10, &ev.Changes, func(c coder, ch *graph.FieldChange) {
		c.str(1, &ch.Field)
		c.bytes(2, (*[]byte)(&ch.Before))
		c.bytes(3, (*[]byte)(&ch.After))
	})
	c.bool(11, &ev.Deleted)
}

// encodeEvent returns the stored form of ev.
func encodeEvent(ev *graph.Event) ([]byte, error) {
	w := &enc{buf: make([]byte, 0, 128)}
	w.buf = append(w.buf, formatTagged)
	codeEvent(w, ev)
	return append(w.buf, 0), w.err
}

// decodeEvent decodes the event stored under seq.
func decodeEvent(seq uint64, v []byte) (graph.Event, error) {
	var ev graph.Event
	if len(v) == 0 || v[0] != formatTagged {
		return ev, corrupt("history", strconv.FormatUint(seq, 10), errNoEnd)
	}
	r := &dec{buf: v[1:]}
	codeEvent(r, &ev)
	r.finish(true)
	if r.err != nil {
		return ev, corrupt("history", strconv.FormatUint(seq, 10), r.err)
	}
	ev.ID = graph.EventID(int64(seq))
	if ev.Changes == nil {
		ev.Changes = []graph.FieldChange{}
	}
	return ev, nil
}

// seqKey returns the 8-byte key of sequence number seq.
func seqKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// entityPrefix returns the prefix of the h:entity keys of the entity.
func entityPrefix(kind graph.Kind, id string) []byte {
	return append(append(append([]byte(kind), 0), id...), 0)
}

// recorder writes the history events of one write transaction through its writer.
type recorder struct {
	ctx     context.Context
	tx      *bolt.Tx
	w       *writer
	seq     uint64
	first   uint64 // number of the first event recorded
	batch   string
	reverts string
	at      time.Time
}

// newRecorder returns a recorder for the events of one write; batch is its batch ID
// ("" for a single write).
func newRecorder(ctx context.Context, tx *bolt.Tx, w *writer, batch string, s *Store) *recorder {
	var seq uint64
	if v := tx.Bucket(bucketMeta).Get(keyHistorySeq); len(v) == 8 {
		seq = binary.BigEndian.Uint64(v)
	}
	return &recorder{ctx: ctx, tx: tx, w: w, seq: seq, first: seq + 1, batch: batch, at: s.now()}
}

// record collects the event of a write that turned old into new.
func (r *recorder) record(action graph.Action, old, new graph.Entity) error {
	ev, err := graph.NewEvent(r.ctx, action, old, new, r.batch, r.reverts, r.at)
	if err != nil {
		return err
	}
	return r.add(&ev)
}

// add collects ev under the next sequence number.
func (r *recorder) add(ev *graph.Event) error {
	v, err := encodeEvent(ev)
	if err != nil {
		return err
	}
	r.seq++
	k := seqKey(r.seq)
	r.w.set(bucketHistory, string(k), v, false)
	r.w.set(bucketHistoryEntity, string(append(entityPrefix(ev.Kind, ev.EntityID), k...)), empty, false)
	return nil
}

// empty is the value of index keys.
var empty = []byte{}

// finish stores the sequence counter and, for a batch, the range of its events.
func (r *recorder) finish() error {
	if r.batch != "" && r.seq >= r.first {
		if err := r.tx.Bucket(bucketHistoryBatch).Put([]byte(r.batch), append(seqKey(r.first), seqKey(r.seq)...)); err != nil {
			return err
		}
	}
	return r.tx.Bucket(bucketMeta).Put(keyHistorySeq, seqKey(r.seq))
}

// commit ends a write transaction: it writes the staged entities, finishes the
// history and raises the revision, which it returns.
func (r *recorder) commit() (int64, error) {
	if err := r.w.flush(r.ctx); err != nil {
		return 0, err
	}
	if err := r.finish(); err != nil {
		return 0, err
	}
	return bumpRevision(r.tx)
}

// batchEvents returns the events of the batch, newest first.
func batchEvents(tx *bolt.Tx, batch string) ([]graph.Event, error) {
	v := tx.Bucket(bucketHistoryBatch).Get([]byte(batch))
	if len(v) != 16 {
		return nil, nil
	}
	first, last := binary.BigEndian.Uint64(v[:8]), binary.BigEndian.Uint64(v[8:])
	log := tx.Bucket(bucketHistory)
	out := make([]graph.Event, 0, last-first+1)
	for seq := last; seq >= first && seq > 0; seq-- {
		v := log.Get(seqKey(seq))
		if v == nil { // purged with its entity's history (PurgeHistory)
			continue
		}
		ev, err := decodeEvent(seq, v)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}

// eventsWithPrefix returns the events indexed in the bucket under prefix (whose keys
// end with the 8-byte sequence number), newest first.
func eventsWithPrefix(tx *bolt.Tx, bucket, prefix []byte) ([]graph.Event, error) {
	var seqs []uint64
	c := tx.Bucket(bucket).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) == len(prefix)+8 {
			seqs = append(seqs, binary.BigEndian.Uint64(k[len(prefix):]))
		}
	}
	out := make([]graph.Event, 0, len(seqs))
	log := tx.Bucket(bucketHistory)
	for i := len(seqs) - 1; i >= 0; i-- {
		ev, err := decodeEvent(seqs[i], log.Get(seqKey(seqs[i])))
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}

// entityState returns the entity's history, newest first, and its current state.
func entityState(tx *bolt.Tx, kind graph.Kind, id string) (graph.EntityState, error) {
	events, err := eventsWithPrefix(tx, bucketHistoryEntity, entityPrefix(kind, id))
	if err != nil {
		return graph.EntityState{}, err
	}
	cur, found, err := lookup{tx}.Get(kind, id)
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
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	var out []graph.Event
	err := s.view(ctx, "history", func(tx *bolt.Tx) error {
		st, err := entityState(tx, kind, id)
		if err != nil {
			return err
		}
		if _, err := graph.Replay(st.Events, st.Current); err != nil {
			return err
		}
		out = st.Events
		return nil
	})
	return out, err
}

// Activity returns a page of the events that match f, newest first; see
// graph.Store. With an entity ID and kind or a batch ID it reads that index, else it
// walks the log backwards.
func (s *Store) Activity(ctx context.Context, f graph.ActivityFilter) (graph.ActivityPage, error) {
	limit, err := f.PageSize()
	if err != nil {
		return graph.ActivityPage{}, err
	}
	before := uint64(1<<63 - 1)
	if f.Cursor != "" {
		n, err := strconv.ParseUint(f.Cursor, 10, 63)
		if err != nil || n == 0 {
			return graph.ActivityPage{}, graph.BadCursor(f.Cursor)
		}
		before = n
	}
	page := graph.ActivityPage{Items: []graph.Event{}}
	err = s.view(ctx, "activity", func(tx *bolt.Tx) error {
		var indexed []graph.Event
		switch {
		case f.BatchID != "":
			indexed, err = batchEvents(tx, f.BatchID)
		case f.EntityID != "" && f.Kind != "":
			indexed, err = eventsWithPrefix(tx, bucketHistoryEntity, entityPrefix(f.Kind, f.EntityID))
		default:
			return scanLog(ctx, tx, f, before, limit, &page)
		}
		if err != nil {
			return err
		}
		for _, ev := range indexed {
			if seq, _ := strconv.ParseUint(ev.ID, 10, 64); seq >= before || !f.Matches(&ev) {
				continue
			}
			if len(page.Items) == limit {
				page.Next = page.Items[limit-1].ID
				break
			}
			page.Items = append(page.Items, ev)
		}
		return nil
	})
	return page, err
}

// scanLog walks the log backwards from before and fills page with up to limit
// matching events.
func scanLog(ctx context.Context, tx *bolt.Tx, f graph.ActivityFilter, before uint64, limit int, page *graph.ActivityPage) error {
	c := tx.Bucket(bucketHistory).Cursor()
	k, v := c.Seek(seqKey(before))
	if k == nil {
		k, v = c.Last()
	}
	if k != nil && binary.BigEndian.Uint64(k) >= before {
		k, v = c.Prev()
	}
	for n := 0; k != nil; k, v = c.Prev() {
		if n++; n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		ev, err := decodeEvent(binary.BigEndian.Uint64(k), v)
		if err != nil {
			return err
		}
		if !f.Matches(&ev) {
			continue
		}
		if len(page.Items) == limit {
			page.Next = page.Items[limit-1].ID
			return nil
		}
		page.Items = append(page.Items, ev)
	}
	return nil
}

// Restore writes the content of an earlier version as a new version; see
// graph.Store.
func (s *Store) Restore(ctx context.Context, kind graph.Kind, id string, version int64) (graph.Entity, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	var out graph.Entity
	err := s.update(ctx, "restore", func(tx *bolt.Tx) error {
		st, err := entityState(tx, kind, id)
		if err != nil {
			return err
		}
		e, err := graph.RestoreTarget(kind, id, version, st.Events, st.Current)
		if err != nil {
			return err
		}
		w := newWriter(tx)
		rec := newRecorder(ctx, tx, w, "", s)
		if err := s.restoreOne(tx, w, rec, graph.ActionRestore, st.Current, e); err != nil {
			return err
		}
		out = e
		_, err = rec.commit()
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// restoreOne checks and writes e, the restored content of the entity current (nil
// if deleted), and records it; e's version is set by graph.RestoreTarget.
func (s *Store) restoreOne(tx *bolt.Tx, w *writer, rec *recorder, action graph.Action, current, e graph.Entity) error {
	tax, err := taxonomyOf(tx)
	if err != nil {
		return err
	}
	lk := lookup{tx}
	if err := graph.CheckWrite(e, tax, lk); err != nil {
		return err
	}
	if err := graph.CheckWaveWrite(lk, current, e); err != nil {
		return err
	}
	m := e.Metadata()
	m.UpdatedAt = s.now()
	if current != nil {
		m.Version = current.Metadata().Version + 1
		m.CreatedAt = current.Metadata().CreatedAt
	} else {
		m.CreatedAt = m.UpdatedAt
	}
	if err := w.put(e, current); err != nil {
		return err
	}
	return rec.record(action, current, e)
}

// RevertBatch undoes a batch all-or-nothing; see graph.Store.
func (s *Store) RevertBatch(ctx context.Context, batchID string) (graph.Reverted, error) {
	reverted := graph.Reverted{}
	err := s.update(ctx, "revert", func(tx *bolt.Tx) error {
		batch, err := batchEvents(tx, batchID)
		if err != nil {
			return err
		}
		states := map[string]graph.EntityState{}
		for _, ev := range batch {
			key := graph.StateKey(ev.Kind, ev.EntityID)
			if _, ok := states[key]; ok {
				continue
			}
			if states[key], err = entityState(tx, ev.Kind, ev.EntityID); err != nil {
				return err
			}
		}
		steps, err := graph.PlanRevert(batchID, batch, states)
		if err != nil {
			return err
		}
		w := newWriter(tx)
		rec := newRecorder(ctx, tx, w, graph.NewBatchID(), s)
		rec.reverts = batchID
		deleting := map[string]bool{}
		for _, st := range steps {
			if st.Delete {
				deleting[graph.StateKey(st.Kind, st.ID)] = true
			}
		}
		flushed := false
		for i, st := range steps {
			if i%1024 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if i > 0 && st.Kind != steps[i-1].Kind { // checks of the next kind read the store
				if err := w.flush(ctx); err != nil {
					return err
				}
			}
			if !st.Delete {
				if err := s.restoreOne(tx, w, rec, graph.ActionRevert, st.Current, st.Entity); err != nil {
					return err
				}
				reverted[st.Kind]++
				continue
			}
			if !flushed { // the reference index must show the restored entities
				if err := w.flush(ctx); err != nil {
					return err
				}
				flushed = true
			}
			for _, d := range referrers(tx, st.Kind, st.ID, "") {
				if !deleting[graph.StateKey(d.kind, d.id)] {
					return graph.Errorf(graph.Conflict, "Der Importvorgang %q kann nicht rückgängig gemacht werden: %s %q wird inzwischen von %s %q verwendet.",
						batchID, st.Kind.Label(), graph.EntityName(st.Current), d.kind.Label(), d.id)
				}
			}
			if err := graph.CheckWaveWrite(lookup{tx}, st.Current, nil); err != nil {
				return err
			}
			w.remove(st.Current)
			if err := rec.record(graph.ActionRevert, st.Current, nil); err != nil {
				return err
			}
			reverted[st.Kind]++
		}
		_, err = rec.commit()
		return err
	})
	if err != nil {
		return nil, err
	}
	return reverted, nil
}

// PurgeHistory removes the history of entities deleted before cutoff; see
// graph.Store. It walks the entity index, whose keys group each entity's events in
// the order they were written, and looks at the newest event of each.
func (s *Store) PurgeHistory(ctx context.Context, cutoff time.Time) (int, error) {
	purged := 0
	err := s.update(ctx, "purge history", func(tx *bolt.Tx) error {
		index, log := tx.Bucket(bucketHistoryEntity), tx.Bucket(bucketHistory)
		var drop [][]byte // index keys to delete
		var group [][]byte
		flush := func() error {
			if len(group) == 0 {
				return nil
			}
			last := group[len(group)-1]
			seq := binary.BigEndian.Uint64(last[len(last)-8:])
			ev, err := decodeEvent(seq, log.Get(seqKey(seq)))
			if err != nil {
				return err
			}
			if ev.Deleted && ev.At.Before(cutoff) {
				drop = append(drop, group...)
				purged++
			}
			group = group[:0]
			return nil
		}
		c := index.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) < 8 {
				continue
			}
			if len(group) > 0 && !bytes.Equal(group[0][:len(group[0])-8], k[:len(k)-8]) {
				if err := flush(); err != nil {
					return err
				}
			}
			group = append(group, bytes.Clone(k))
		}
		if err := flush(); err != nil {
			return err
		}
		for _, k := range drop {
			if err := log.Delete(k[len(k)-8:]); err != nil {
				return err
			}
			if err := index.Delete(k); err != nil {
				return err
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return 0, err
	}
	return purged, nil
}
