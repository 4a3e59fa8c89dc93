package api

import (
	"context"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// directoryIndex keeps the public directory's index of the latest snapshot.
type directoryIndex struct {
	mu    sync.Mutex
	of    *graph.Network // the snapshot x indexes
	index *directory.Index
}

// directory returns the directory's index of the current data and its taxonomy,
// indexing a new snapshot once.
func (s *Server) directory(ctx context.Context) (*directory.Index, *graph.Taxonomy, error) {
	n, err := s.snapshots.get(ctx)
	if err != nil {
		return nil, nil, err
	}
	d := &s.directoryIndex
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.of != n {
		d.of, d.index = n, directory.NewIndex(n)
	}
	return d.index, n.Taxonomy, nil
}
