package main

import (
	"errors"
	"log/slog"

	"github.com/KimMachineGun/automemlimit/memlimit"
)

// memoryRatio is the share of its container's memory limit that the server lets the
// Go runtime aim for; the rest is for what the runtime does not count (the program,
// the data file's pages, stacks) and for spikes between two collections.
const memoryRatio = 0.9

// limitMemory lets the Go runtime collect before the server outgrows the memory its
// container may use: it sets the runtime's soft memory limit to memoryRatio of the
// limit that provider reports (memlimit.FromCgroup: the cgroup's, as docker run
// --memory or a Kubernetes limit sets it). GOMEMLIMIT, if set, wins, and
// AUTOMEMLIMIT=off (or another ratio, such as 0.8) says otherwise. Without a cgroup
// or a limit, the runtime's default stays. It returns the limit in effect.
func limitMemory(logger *slog.Logger, provider memlimit.Provider) int64 {
	limit, _ := memlimit.Set( // a failure is logged, and the limit stays as it was
		memlimit.WithRatio(memoryRatio),
		memlimit.WithLogger(logger),
		memlimit.WithProvider(func() (uint64, error) {
			l, err := provider()
			if errors.Is(err, memlimit.ErrNoCgroup) || errors.Is(err, memlimit.ErrCgroupsNotSupported) {
				return 0, memlimit.ErrNoLimit // not in a container: nothing to keep below
			}
			return l, err
		}))
	return limit
}
