package embedded

import (
	"context"
	"errors"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// errNoChange rolls back a batch transaction that would change nothing.
var errNoChange = errors.New("embedded: batch changes nothing")

// Upsert writes the batch all-or-nothing in one transaction; see graph.Store. It
// changes b's items in place, as graph.PrepareBatch does.
func (s *Store) Upsert(ctx context.Context, b *graph.Batch, opts graph.BatchOptions) (graph.BatchResult, error) {
	if b == nil {
		return graph.BatchResult{}, graph.Errorf(graph.Invalid, "Die Importdaten fehlen.")
	}
	var res graph.BatchResult
	prepare := func(tx *bolt.Tx) ([]graph.PlannedWrite, error) {
		tax, err := taxonomyOf(tx)
		if err != nil {
			return nil, err
		}
		var writes []graph.PlannedWrite
		writes, res, err = graph.PrepareBatch(b, tax, lookup{tx}, s.now())
		if err != nil {
			return nil, err
		}
		res.Revision = revisionOf(tx)
		return writes, ctx.Err()
	}
	if opts.DryRun {
		err := s.view(ctx, "upsert", func(tx *bolt.Tx) error {
			_, err := prepare(tx)
			return err
		})
		res.DryRun = true
		return res, err
	}
	err := s.update(ctx, "upsert", func(tx *bolt.Tx) error {
		writes, err := prepare(tx)
		if err != nil {
			return err
		}
		w := newWriter(tx)
		batchID := graph.NewBatchID()
		rec := newRecorder(ctx, tx, w, batchID, s)
		changed := false
		for i, pw := range writes {
			if pw.Change == graph.Unchanged {
				continue
			}
			if i%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if err := w.put(pw.Entity, pw.Old); err != nil {
				return err
			}
			action := graph.ActionUpdate
			if pw.Change == graph.Created {
				action = graph.ActionCreate
			}
			if err := rec.record(action, pw.Old, pw.Entity); err != nil {
				return err
			}
			changed = true
		}
		if !changed {
			return errNoChange
		}
		res.BatchID = batchID
		res.Revision, err = rec.commit()
		return err
	})
	if errors.Is(err, errNoChange) {
		err = nil
	}
	return res, err
}
