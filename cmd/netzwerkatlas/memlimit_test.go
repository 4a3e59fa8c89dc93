package main

import (
	"bytes"
	"errors"
	"log/slog"
	"math"
	"os"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/KimMachineGun/automemlimit/memlimit"
)

// TestLimitMemory checks how the server sets the Go runtime's soft memory limit from
// its container's: 90 % of it, unless GOMEMLIMIT or AUTOMEMLIMIT=off says otherwise,
// and none outside a container.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	const gib = 1 << 30
	for _, tt := range []struct {
		name, gomemlimit, automemlimit string
		provider                       memlimit.Provider
		want                           int64 // -1: the limit as it was
		logged                         string
	}{
		{name: "container", provider: memlimit.Limit(2 * gib), want: 2 * gib * 9 / 10},
		{name: "container, other ratio", automemlimit: "0.5", provider: memlimit.Limit(2 * gib), want: gib},
		{name: "GOMEMLIMIT set", gomemlimit: "1400MiB", provider: memlimit.Limit(2 * gib), want: -1},
		{name: "switched off", automemlimit: "off", provider: memlimit.Limit(2 * gib), want: -1},
		{name: "no container", provider: func() (uint64, error) { return 0, memlimit.ErrNoCgroup }, want: math.MaxInt64},
		{name: "no limit", provider: func() (uint64, error) { return 0, memlimit.ErrNoLimit }, want: math.MaxInt64},
		{name: "unreadable", provider: func() (uint64, error) { return 0, errors.New("permission denied") }, want: -1, logged: "permission denied"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(3 * gib) // a limit as it was, to tell "unchanged" apart
			t.Setenv("GOMEMLIMIT", tt.gomemlimit)
			t.Setenv("AUTOMEMLIMIT", tt.automemlimit)
			if tt.automemlimit == "" {
				os.Unsetenv("AUTOMEMLIMIT") // t.Setenv restores it afterwards
			}
			var log bytes.Buffer
			got := limitMemory(slog.New(slog.NewTextHandler(&log, nil)), tt.provider)
			want := tt.want
			if want == -1 {
				want = 3 * gib
			}
			if now := debug.SetMemoryLimit(-1); got != want || now != want {
				t.Errorf("limit %d (returned %d), want %d; log: %s", now, got, want, log.String())
			}
			if tt.logged != "" && !strings.Contains(log.String(), tt.logged) {
				t.Errorf("the log does not say %q: %s", tt.logged, log.String())
			}
		})
	}
}
