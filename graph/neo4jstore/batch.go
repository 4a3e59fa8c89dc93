package neo4jstore

import (
	"context"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Upsert writes the batch all-or-nothing, matching entities by external key; see
// graph.Store.Upsert. The stored entities the batch may refer to are fetched in bulk
// first, then graph.PrepareBatch checks and plans every item, and the writes go out
// as UNWIND statements of writeChunk rows. A batch of fewer than tune.Threshold items
// is one transaction; a larger one is staged in several and published in one (see
// upsertStaged). A batch that changes nothing leaves the revision as it is. On
// success b holds the items as stored (IDs, versions, references as IDs); after an
// error and in a dry run b is unchanged.
func (s *Store) Upsert(ctx context.Context, b *graph.Batch, opts graph.BatchOptions) (graph.BatchResult, error) {
	if b == nil {
		b = &graph.Batch{}
	}
	if opts.DryRun {
		return readTx(ctx, s, "upsert", func(tx neo4j.ManagedTransaction) (graph.BatchResult, error) {
			rev, visible, err := readState(ctx, tx)
			if err != nil {
				return graph.BatchResult{}, err
			}
			_, _, res, err := prepare(ctx, tx, b, visible)
			res.Revision, res.DryRun = rev, true
			return res, err
		})
	}
	if b.Len() >= s.tune.Threshold {
		return s.upsertStaged(ctx, b)
	}

	var prepared *graph.Batch
	var unchanged graph.BatchResult
	batchID := graph.NewBatchID()
	res, err := writeTx(ctx, s, "upsert", func(tx neo4j.ManagedTransaction, rev int64) (graph.BatchResult, error) {
		work, writes, res, err := prepare(ctx, tx, b, allBatches)
		if err != nil {
			return res, err
		}
		prepared = work
		res.Revision = rev
		if !changes(writes) {
			res.Revision = rev - 1
			unchanged = res
			return res, errUnchanged // roll back the raised revision
		}
		if err := applyWrites(ctx, tx, writes); err != nil {
			return res, err
		}
		events, err := writeEvents(ctx, writes, batchID, now())
		if err != nil {
			return res, err
		}
		res.BatchID = batchID
		return res, recordEvents(ctx, tx, rev, events)
	})
	switch {
	case err == errUnchanged:
		*b = *prepared
		return unchanged, nil
	case err != nil:
		return res, err
	}
	*b = *prepared
	s.logger.DebugContext(ctx, "neo4j upsert", "items", b.Len(), "revision", res.Revision)
	return res, nil
}

// upsertStaged writes a large batch in three steps. It takes the writer lease and
// plans the batch in a read transaction; it stages the new items in transactions of
// their own, tagged with the batch's number, which hides them from every read; and it
// publishes the batch in one small transaction that writes the updates, raises the
// revision and frees the lease. If anything fails, the staged data is deleted.
func (s *Store) upsertStaged(ctx context.Context, b *graph.Batch) (graph.BatchResult, error) {
	start := time.Now()
	l, err := s.acquire(ctx)
	if err != nil {
		return graph.BatchResult{}, err
	}
	type planned struct {
		work   *graph.Batch
		writes []graph.PlannedWrite
		res    graph.BatchResult
	}
	p, err := readTx(ctx, s, "upsert", func(tx neo4j.ManagedTransaction) (planned, error) {
		rev, visible, err := readState(ctx, tx)
		if err != nil {
			return planned{}, err
		}
		work, writes, res, err := prepare(ctx, tx, b, visible)
		res.Revision = rev
		return planned{work, writes, res}, err
	})
	if err != nil || !changes(p.writes) {
		if rerr := l.release(context.WithoutCancel(ctx)); rerr != nil && err == nil {
			err = translate("upsert", rerr)
		}
		if err == nil {
			*b = *p.work
		}
		return p.res, err
	}
	planning := time.Since(start)
	staged, rest := split(p.writes)
	batchID := graph.NewBatchID()
	var stagedEvents, restEvents []graph.Event
	if !s.tune.NoHistory {
		stagedEvents, err = writeEvents(ctx, staged, batchID, now())
		if err == nil {
			restEvents, err = writeEvents(ctx, rest, batchID, now())
		}
	}
	// The lease keeps other writers out, so publishing raises the revision by one.
	first := firstSeq(l.revision + 1)
	if err == nil {
		err = s.stage(ctx, l, staged, eventSteps(stagedEvents, first, l.batch, s.tune.Chunk))
	}
	if err == nil {
		p.res.Revision, err = s.publish(ctx, l, rest, eventSteps(restEvents, first+int64(len(stagedEvents)), 0, writeChunk))
	}
	p.res.BatchID = batchID
	if err != nil {
		l.abandon(ctx)
		p.res.BatchID = ""
		return p.res, translate("upsert", err)
	}
	l.stop()
	*b = *p.work
	s.logger.InfoContext(ctx, "neo4j staged upsert", "items", b.Len(), "staged", len(staged), "published", len(rest),
		"batch", l.batch, "revision", p.res.Revision, "planning", planning.String(), "total", time.Since(start).String())
	return p.res, nil
}

// prepare plans b in tx: it prefetches the stored entities b may refer to, visible
// as newLookup says, and lets graph.PrepareBatch check and plan a copy of b, so that
// the driver may run the transaction again.
func prepare(ctx context.Context, tx neo4j.ManagedTransaction, b *graph.Batch, visible int64) (*graph.Batch, []graph.PlannedWrite, graph.BatchResult, error) {
	work := cloneBatch(b)
	tax, err := taxonomy(ctx, tx)
	if err != nil {
		return nil, nil, graph.BatchResult{}, err
	}
	lk := newLookup(ctx, tx, visible)
	if err := lk.prefetch(work); err != nil {
		return nil, nil, graph.BatchResult{}, err
	}
	writes, res, err := graph.PrepareBatch(work, tax, lk, now())
	return work, writes, res, err
}

// changes reports whether any planned write changes something.
func changes(writes []graph.PlannedWrite) bool {
	return slices.ContainsFunc(writes, func(w graph.PlannedWrite) bool { return w.Change != graph.Unchanged })
}

// errUnchanged rolls back the transaction of a batch that changes nothing.
var errUnchanged = &graph.Error{Code: graph.Internal, Message: "unverändert"}

// cloneBatch copies b deeply enough for graph.PrepareBatch to change the copy alone:
// the item slices and the reference lists it rewrites.
func cloneBatch(b *graph.Batch) *graph.Batch {
	c := &graph.Batch{
		SocialSpaces: slices.Clone(b.SocialSpaces),
		Waves:        slices.Clone(b.Waves),
		Actors:       slices.Clone(b.Actors),
		Offers:       slices.Clone(b.Offers),
		Needs:        slices.Clone(b.Needs),
		Cooperations: slices.Clone(b.Cooperations),
		Measures:     slices.Clone(b.Measures),
	}
	for i := range c.Actors {
		c.Actors[i].SocialSpaces = slices.Clone(c.Actors[i].SocialSpaces)
	}
	for i := range c.Offers {
		c.Offers[i].SocialSpaces = slices.Clone(c.Offers[i].SocialSpaces)
	}
	for i := range c.Measures {
		c.Measures[i].Actors = slices.Clone(c.Measures[i].Actors)
	}
	return c
}
