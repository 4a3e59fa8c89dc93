// Package benchcpu counts the CPU time of benchmarks. On a busy machine the wall
// time of an operation grows with the other processes' load, but its CPU time
// (user + system, all threads) barely does; for work that never waits, the CPU
// time is also an upper bound of the wall time on an idle machine.
package benchcpu

import (
	"syscall"
	"testing"
	"time"
)

// Time returns the CPU time the process has used (user + system, all threads).
func Time() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Report starts counting the CPU time of the process; the function it returns
// reports it per operation of b as cpu-s/op.
func Report(b *testing.B) func() {
	cpu0 := Time()
	return func() { b.ReportMetric((Time()-cpu0).Seconds()/float64(b.N), "cpu-s/op") }
}
