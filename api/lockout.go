package api

import (
	"sync"
	"time"
)

// Lock-out: after lockoutFailures failed sign-ins with one e-mail address within
// lockoutWindow, sign-ins with it are refused until the oldest of those failures is
// lockoutWindow old. It counts by the address as typed (lower case), whether an
// account has it or not, so the answers tell nothing about which accounts exist. The
// count is kept in memory, per server process.
const (
	lockoutFailures = 5
	lockoutWindow   = 15 * time.Minute
	lockoutMaxKeys  = 100_000
)

// lockout counts failed sign-ins per key. It is safe for concurrent use.
type lockout struct {
	mu    sync.Mutex
	fails map[string][]time.Time // the last failures of each key, oldest first
}

func newLockout() *lockout { return &lockout{fails: map[string][]time.Time{}} }

// wait returns how long sign-ins with the key are still locked at now; 0 if not.
func (l *lockout) wait(key string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.waitLocked(key, now)
}

func (l *lockout) waitLocked(key string, now time.Time) time.Duration {
	f := l.fails[key]
	if len(f) < lockoutFailures {
		return 0
	}
	return max(f[len(f)-lockoutFailures].Add(lockoutWindow).Sub(now), 0)
}

// fail records a failed sign-in with the key at now and returns how long sign-ins
// with it are locked from now on (0: not locked).
func (l *lockout) fail(key string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.fails) >= lockoutMaxKeys {
		l.prune(now)
	}
	f := l.fails[key]
	for len(f) > 0 && now.Sub(f[0]) >= lockoutWindow {
		f = f[1:]
	}
	if len(f) == lockoutFailures {
		f = f[1:]
	}
	l.fails[key] = append(f, now)
	return l.waitLocked(key, now)
}

// clear forgets the failures of the key, after a successful sign-in or a new password.
func (l *lockout) clear(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.fails, key)
}

// prune forgets the keys whose last failure is older than the window.
func (l *lockout) prune(now time.Time) {
	for k, f := range l.fails {
		if now.Sub(f[len(f)-1]) >= lockoutWindow {
			delete(l.fails, k)
		}
	}
}
