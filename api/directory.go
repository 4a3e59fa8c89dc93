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
	x, tax, _, err := s.directoryAt(ctx)
	return x, tax, err
}

// directoryAt is directory, with the revision of the data the index holds.
func (s *Server) directoryAt(ctx context.Context) (*directory.Index, *graph.Taxonomy, int64, error) {
	n, err := s.snapshots.get(ctx)
	if err != nil {
		return nil, nil, 0, err
	}
	d := &s.directoryIndex
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.of != n {
		d.of, d.index = n, directory.NewIndex(n)
	}
	return d.index, n.Taxonomy, n.Revision, nil
}
