package api

import (
	"context"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// countingStore counts the snapshots it loads. Its loads wait until readers calls of
// Revision have arrived, so that every reader has asked for the revision before the
// first load ends: the readers are truly concurrent, whatever the scheduler does.
type countingStore struct {
	graph.Store
	readers   int64
	revisions atomic.Int64
	loads     atomic.Int64
	allAsked  chan struct{}
}

func (s *countingStore) Revision(ctx context.Context) (int64, error) {
	if s.revisions.Add(1) == s.readers {
		close(s.allAsked)
	}
	return s.Store.Revision(ctx)
}

func (s *countingStore) Snapshot(ctx context.Context) (*graph.Network, error) {
	s.loads.Add(1)
	select {
	case <-s.allAsked:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.Store.Snapshot(ctx)
}

// TestSnapshotLoadedOnceAfterWrite has 50 requests read the network at once after a
// write: they share one load of the snapshot instead of loading it each.
func TestSnapshotLoadedOnceAfterWrite(t *testing.T) {
	const readers = 50
	st, err := embedded.Open(filepath.Join(t.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := t.Context()
	if err := st.Create(ctx, &graph.Wave{Name: "Erhebung 2025", Date: "2025-01-01"}); err != nil {
		t.Fatal(err)
	}
	// A warm cache, as a running server has; the write below makes it stale.
	warm, err := st.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counting := &countingStore{Store: st, readers: readers, allAsked: make(chan struct{})}
	snaps := &snapshots{store: counting, last: warm}

	if err := st.Create(ctx, &graph.Wave{Name: "Erhebung 2026", Date: "2026-01-01"}); err != nil {
		t.Fatal(err)
	}
	want, err := st.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]*graph.Network, readers)
	errs := make([]error, readers)
	for i := range readers {
		wg.Go(func() { got[i], errs[i] = snaps.get(ctx) })
	}
	wg.Wait()
	for i := range readers {
		if errs[i] != nil {
			t.Fatalf("reader %d: %v", i, errs[i])
		}
		if got[i].Revision != want || len(got[i].Waves) != 2 {
			t.Fatalf("reader %d got revision %d with %d waves, want revision %d with 2", i, got[i].Revision, len(got[i].Waves), want)
		}
	}
	if n := counting.loads.Load(); n != 1 {
		t.Fatalf("%d readers after a write loaded the snapshot %d times, want once", readers, n)
	}
}
