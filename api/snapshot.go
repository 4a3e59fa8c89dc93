package api

import (
	"context"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// snapshots keeps the newest network snapshot, so that reads of the whole network
// (the map, the analyses) load it from the store only after a write raised the
// revision. Safe for concurrent use.
type snapshots struct {
	store graph.Store
	mu    sync.Mutex
	last  *graph.Network
}

// get returns a snapshot at the store's current revision.
func (s *snapshots) get(ctx context.Context) (*graph.Network, error) {
	rev, err := s.store.Revision(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	last := s.last
	s.mu.Unlock()
	if last != nil && last.Revision == rev {
		return last, nil
	}
	n, err := s.store.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.last == nil || n.Revision > s.last.Revision {
		s.last = n
	}
	s.mu.Unlock()
	return n, nil
}
