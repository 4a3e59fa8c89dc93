package embedded

import (
	"context"
	"errors"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// values returns the IDs and stored values of the kind's entities, ordered by ID.
// They are valid only during tx.
func values(tx *bolt.Tx, kind graph.Kind) (vals [][]byte, keys [][]byte) {
	c := tx.Bucket(entityBucket(kind)).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	return vals, keys
}

// decodeAll decodes vals into out, in parallel on all processors for large inputs.
func decodeAll[T any](ctx context.Context, kind graph.Kind, keys, vals [][]byte, out []T) error {
	const chunk = 2048
	workers := min(runtime.GOMAXPROCS(0), (len(vals)+chunk-1)/chunk)
	if workers <= 1 {
		return decodeRange(ctx, kind, keys, vals, out, 0, len(vals), map[string]string{})
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  int
	)
	for range workers {
		wg.Go(func() {
			shared := map[string]string{}
			for {
				mu.Lock()
				start := next
				next += chunk
				stop := first != nil
				mu.Unlock()
				if stop || start >= len(vals) {
					return
				}
				if err := decodeRange(ctx, kind, keys, vals, out, start, min(start+chunk, len(vals)), shared); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	return first
}

// decodeRange decodes vals[from:to] into out[from:to], sharing equal strings of
// references and codes with those in shared (see decodeShared).
func decodeRange[T any](ctx context.Context, kind graph.Kind, keys, vals [][]byte, out []T, from, to int, shared map[string]string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := from; i < to; i++ {
		e, ok := any(&out[i]).(graph.Entity)
		if !ok {
			return corrupt(string(kind), string(keys[i]), errors.New("not an entity"))
		}
		if err := decodeShared(vals[i], e, shared); err != nil {
			return corrupt(string(kind), string(keys[i]), err)
		}
		if e.Metadata().ID != string(keys[i]) {
			return corrupt(string(kind), string(keys[i]), errIDMismatch)
		}
	}
	return nil
}

// Snapshot returns all network data at the current revision; see graph.Store. Each
// call decodes afresh, so the Network shares nothing with the store or with other
// snapshots.
func (s *Store) Snapshot(ctx context.Context) (*graph.Network, error) {
	n := &graph.Network{}
	err := s.scan(ctx, "snapshot", func(tx *bolt.Tx) error {
		n.Revision = revisionOf(tx)
		var err error
		if n.Taxonomy, err = taxonomyOf(tx); err != nil {
			return err
		}
		if n.SocialSpaces, err = decodeKind[graph.SocialSpace](ctx, tx, graph.KindSocialSpace); err != nil {
			return err
		}
		if n.Waves, err = decodeKind[graph.Wave](ctx, tx, graph.KindWave); err != nil {
			return err
		}
		if n.Actors, err = decodeKind[graph.Actor](ctx, tx, graph.KindActor); err != nil {
			return err
		}
		if n.Offers, err = decodeKind[graph.Offer](ctx, tx, graph.KindOffer); err != nil {
			return err
		}
		if n.Needs, err = decodeKind[graph.Need](ctx, tx, graph.KindNeed); err != nil {
			return err
		}
		if n.Cooperations, err = decodeKind[graph.Cooperation](ctx, tx, graph.KindCooperation); err != nil {
			return err
		}
		n.Measures, err = decodeKind[graph.Measure](ctx, tx, graph.KindMeasure)
		return err
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

// decodeKind decodes all stored entities of the kind, ordered by ID.
func decodeKind[T any](ctx context.Context, tx *bolt.Tx, kind graph.Kind) ([]T, error) {
	vals, keys := values(tx, kind)
	out := make([]T, len(vals))
	if err := decodeAll(ctx, kind, keys, vals, out); err != nil {
		return nil, err
	}
	return out, nil
}
