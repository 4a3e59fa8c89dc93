package api

import (
	"context"
	"strconv"
	"sync"

	"golang.org/x/sync/singleflight"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// snapshots keeps the newest network snapshot, so that reads of the whole network
// (the map, the analyses) load it from the store only after a write raised the
// revision. Requests that find it stale at the same revision share one load. Safe
// for concurrent use.
type snapshots struct {
	store   graph.Store
	loading singleflight.Group // keyed by the revision a load was started for
	mu      sync.Mutex
	last    *graph.Network
}

// get returns a snapshot at the store's current revision or a later one.
func (s *snapshots) get(ctx context.Context) (*graph.Network, error) {
	rev, err := s.store.Revision(ctx)
	if err != nil {
		return nil, err
	}
	if n := s.cached(rev); n != nil {
		return n, nil
	}
	// The load outlives a request that gives up, since others may wait for it.
	ch := s.loading.DoChan(strconv.FormatInt(rev, 10), func() (any, error) {
		return s.load(context.WithoutCancel(ctx), rev)
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return nil, r.Err
		}
		return r.Val.(*graph.Network), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// cached returns the kept snapshot if it is at revision rev or later, or nil.
func (s *snapshots) cached(rev int64) *graph.Network {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last != nil && s.last.Revision >= rev {
		return s.last
	}
	return nil
}

// load reads a snapshot from the store and keeps it, unless one at revision rev or
// later was kept since the caller looked (a load that finished in between).
func (s *snapshots) load(ctx context.Context, rev int64) (*graph.Network, error) {
	if n := s.cached(rev); n != nil {
		return n, nil
	}
	n, err := s.store.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last == nil || n.Revision > s.last.Revision {
		s.last = n
	}
	return n, nil
}
