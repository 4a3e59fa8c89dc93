package neo4jstore

import (
	"cmp"
	"context"
	"encoding/json"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"unsafe"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Snapshot returns all network data as one consistent Network: the revision, the
// taxonomy and every entity are read in one read transaction. Records are streamed
// from the server in batches of the session's fetch size and decoded while they
// arrive, so no result is ever held whole in the driver.
func (s *Store) Snapshot(ctx context.Context) (*graph.Network, error) {
	return readTx(ctx, s, "snapshot", func(tx neo4j.ManagedTransaction) (*graph.Network, error) {
		n := &graph.Network{}
		rev, visible, err := readState(ctx, tx)
		if err != nil {
			return nil, err
		}
		n.Revision = rev
		if n.Taxonomy, err = taxonomy(ctx, tx); err != nil {
			return nil, err
		}
		if err := streamInto(ctx, tx, visible, graph.KindSocialSpace, &n.SocialSpaces); err != nil {
			return nil, err
		}
		if err := streamInto(ctx, tx, visible, graph.KindWave, &n.Waves); err != nil {
			return nil, err
		}
		if err := streamInto(ctx, tx, visible, graph.KindActor, &n.Actors); err != nil {
			return nil, err
		}
		if err := streamInto(ctx, tx, visible, graph.KindOffer, &n.Offers); err != nil {
			return nil, err
		}
		if err := streamInto(ctx, tx, visible, graph.KindNeed, &n.Needs); err != nil {
			return nil, err
		}
		if err := streamInto(ctx, tx, visible, graph.KindCooperation, &n.Cooperations); err != nil {
			return nil, err
		}
		if err := streamInto(ctx, tx, visible, graph.KindMeasure, &n.Measures); err != nil {
			return nil, err
		}
		return n, nil
	})
}

// decodeBlock is the number of records handed to a decoding worker at once.
const decodeBlock = 512

// streamInto reads every entity of the kind into *out, ordered by ID. One goroutine
// reads records; workers decode the JSON in blocks, in parallel, each sharing the
// equal strings of what it decodes (sharer).
func streamInto[T any, P interface {
	*T
	graph.Entity
}](ctx context.Context, tx neo4j.ManagedTransaction, visible int64, kind graph.Kind, out *[]T) error {
	type block struct {
		raw []string
		out []T
		err error
	}
	work := make(chan *block, 4)
	var wg sync.WaitGroup
	var blocks []*block
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			shared := newSharer()
			for b := range work {
				b.out = make([]T, len(b.raw))
				for i, raw := range b.raw {
					// json.Unmarshal neither changes nor keeps its input, so the
					// string's bytes are read in place instead of copied.
					if err := json.Unmarshal(unsafe.Slice(unsafe.StringData(raw), len(raw)), P(&b.out[i])); err != nil {
						b.err = err
						break
					}
					shared.share(reflect.ValueOf(&b.out[i]).Elem())
				}
				b.raw = nil
			}
		})
	}
	cur := &block{}
	err := stream(ctx, tx, kinds[kind].qAll, map[string]any{"visible": visible}, func(raw string) error {
		cur.raw = append(cur.raw, raw)
		if len(cur.raw) == decodeBlock {
			blocks = append(blocks, cur)
			work <- cur
			cur = &block{}
		}
		return nil
	})
	if len(cur.raw) > 0 {
		blocks = append(blocks, cur)
		work <- cur
	}
	close(work)
	wg.Wait()
	if err != nil {
		return err
	}
	total := 0
	for _, b := range blocks {
		if b.err != nil {
			return b.err
		}
		total += len(b.out)
	}
	// Sort pointers, not the (large) structs, then copy once in order.
	ptrs := make([]*T, 0, total)
	for _, b := range blocks {
		for i := range b.out {
			ptrs = append(ptrs, &b.out[i])
		}
	}
	slices.SortFunc(ptrs, func(a, b *T) int { return cmp.Compare(P(a).Metadata().ID, P(b).Metadata().ID) })
	list := make([]T, total)
	for i, p := range ptrs {
		list[i] = *p
	}
	*out = list
	return nil
}
