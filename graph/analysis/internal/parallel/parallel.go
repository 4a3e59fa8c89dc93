// Package parallel runs the independent steps of an analysis (one per source node,
// sample or candidate) on all processors, with a state per goroutine.
package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls fn(s, i) for every i in [0, n) on up to GOMAXPROCS goroutines, each
// with its own state from newState, and returns the states for the caller to merge.
// Work is handed out in small chunks; between chunks each goroutine checks ctx and
// stops if it is done, in which case For returns ctx's error.
func For[S any](ctx context.Context, n int, newState func() S, fn func(s S, i int)) ([]S, error) {
	workers := max(1, min(runtime.GOMAXPROCS(0), n))
	chunk := max(1, min(64, n/(workers*16)))
	states := make([]S, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range workers {
		states[k] = newState()
		wg.Go(func() {
			s := states[k]
			for ctx.Err() == nil {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				for i := lo; i < min(lo+chunk, n); i++ {
					fn(s, i)
				}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return states, nil
}

// Pool holds one state per processor that outlives a single loop, for loops that
// run many times over the same scratch space, such as the rounds of a local search.
type Pool[S any] struct {
	states []S
}

// NewPool returns a pool with GOMAXPROCS states from newState.
func NewPool[S any](newState func() S) *Pool[S] {
	p := &Pool[S]{states: make([]S, max(1, runtime.GOMAXPROCS(0)))}
	for k := range p.states {
		p.states[k] = newState()
	}
	return p
}

// For calls fn(s, i) for every i in [0, n), with the pool's states spread over its
// goroutines as For does; a loop too short to share runs on the caller's goroutine
// with the first state. It does not check a context: callers do so between loops.
func (p *Pool[S]) For(n int, fn func(s S, i int)) {
	const minShared = 64 // shorter loops cost less than starting goroutines
	workers := min(len(p.states), n/minShared)
	if workers <= 1 {
		for i := range n {
			fn(p.states[0], i)
		}
		return
	}
	chunk := max(1, min(64, n/(workers*16)))
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			s := p.states[k]
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				for i := lo; i < min(lo+chunk, n); i++ {
					fn(s, i)
				}
			}
		})
	}
	wg.Wait()
}
