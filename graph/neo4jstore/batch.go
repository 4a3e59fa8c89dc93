package neo4jstore

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Upsert writes the batch all-or-nothing in one transaction, matching entities by
// external key; see graph.Store.Upsert. The stored entities the batch may refer to are
// fetched in bulk first, then graph.PrepareBatch checks and plans every item, and the
// writes go out as UNWIND statements of writeChunk rows. A batch that changes nothing
// is rolled back, so the revision stays. On success b holds the items as stored (IDs,
// versions, references as IDs); after an error and in a dry run b is unchanged.
func (s *Store) Upsert(ctx context.Context, b *graph.Batch, opts graph.BatchOptions) (graph.BatchResult, error) {
	if b == nil {
		b = &graph.Batch{}
	}
	var prepared *graph.Batch
	// plan prepares a copy of b, so that the driver may run the transaction again.
	plan := func(tx neo4j.ManagedTransaction) ([]graph.PlannedWrite, graph.BatchResult, error) {
		work := cloneBatch(b)
		tax, err := taxonomy(ctx, tx)
		if err != nil {
			return nil, graph.BatchResult{}, err
		}
		lk := newLookup(ctx, tx)
		if err := lk.prefetch(work); err != nil {
			return nil, graph.BatchResult{}, err
		}
		writes, res, err := graph.PrepareBatch(work, tax, lk, now())
		if err != nil {
			return nil, res, err
		}
		prepared = work
		return writes, res, nil
	}

	if opts.DryRun {
		return readTx(ctx, s, "upsert", func(tx neo4j.ManagedTransaction) (graph.BatchResult, error) {
			rev, err := revision(ctx, tx)
			if err != nil {
				return graph.BatchResult{}, err
			}
			_, res, err := plan(tx)
			res.Revision, res.DryRun = rev, true
			return res, err
		})
	}

	var unchanged graph.BatchResult
	res, err := writeTx(ctx, s, "upsert", func(tx neo4j.ManagedTransaction, rev int64) (graph.BatchResult, error) {
		writes, res, err := plan(tx)
		if err != nil {
			return res, err
		}
		res.Revision = rev
		if !slices.ContainsFunc(writes, func(w graph.PlannedWrite) bool { return w.Change != graph.Unchanged }) {
			res.Revision = rev - 1
			unchanged = res
			return res, errUnchanged // roll back the raised revision
		}
		return res, applyWrites(ctx, tx, writes)
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
	}
	for i := range c.Actors {
		c.Actors[i].SocialSpaces = slices.Clone(c.Actors[i].SocialSpaces)
	}
	for i := range c.Offers {
		c.Offers[i].SocialSpaces = slices.Clone(c.Offers[i].SocialSpaces)
	}
	return c
}
