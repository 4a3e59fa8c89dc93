package api

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Lock-out: after lockoutFailures failed sign-ins with one e-mail address within
// lockoutWindow, sign-ins with it are refused until the oldest of those failures is
// lockoutWindow old. It counts by the address as typed (lower case), whether an
// account has it or not, so the answers tell nothing about which accounts exist.
//
// The failures are records of the store (collection lockoutCollection, keyed like
// the e-mail index), so that every server process on one store counts together: two
// servers behind a load balancer give an attacker no more tries than one. The
// retention sweep (Server.Sweep) deletes the records whose last failure has left the
// window.
const (
	lockoutFailures   = 5
	lockoutWindow     = 15 * time.Minute
	lockoutCollection = "sign_in_failures"
	// lockoutAttempts bounds the retries of a failure's write that lost a race
	// with another one for the same address.
	lockoutAttempts = 8
)

// lockout counts failed sign-ins per key in a record store. It is safe for
// concurrent use, within a process and across processes.
type lockout struct {
	store graph.RecordStore
}

// failures returns the recorded failures of the key within the window at now,
// oldest first, and the record's version (0 if there is none).
func (l *lockout) failures(ctx context.Context, key string, now time.Time) ([]time.Time, int64, error) {
	r, err := l.store.GetRecord(ctx, lockoutCollection, key)
	if graph.ErrorCode(err) == graph.NotFound {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("api: read sign-in failures: %w", err)
	}
	var f []time.Time
	if err := json.Unmarshal(r.Data, &f); err != nil {
		return nil, 0, fmt.Errorf("api: read sign-in failures: %w", err)
	}
	for len(f) > 0 && now.Sub(f[0]) >= lockoutWindow {
		f = f[1:]
	}
	return f, r.Version, nil
}

// lockedFor returns how long the failures f lock sign-ins at now; 0 if not.
func lockedFor(f []time.Time, now time.Time) time.Duration {
	if len(f) < lockoutFailures {
		return 0
	}
	return max(f[len(f)-lockoutFailures].Add(lockoutWindow).Sub(now), 0)
}

// wait returns how long sign-ins with the key are still locked at now; 0 if not.
func (l *lockout) wait(ctx context.Context, key string, now time.Time) (time.Duration, error) {
	f, _, err := l.failures(ctx, key, now)
	return lockedFor(f, now), err
}

// fail records a failed sign-in with the key at now and returns how long sign-ins
// with it are locked from now on (0: not locked). A concurrent failure for the same
// key, here or in another process, makes it read and write again.
func (l *lockout) fail(ctx context.Context, key string, now time.Time) (time.Duration, error) {
	for range lockoutAttempts {
		f, version, err := l.failures(ctx, key, now)
		if err != nil {
			return 0, err
		}
		if len(f) == lockoutFailures {
			f = f[1:]
		}
		f = append(f, now)
		data, err := json.Marshal(f)
		if err != nil {
			return 0, err
		}
		err = l.store.PutRecords(ctx, &graph.Record{Collection: lockoutCollection, Key: key, Version: version, Data: data})
		switch graph.ErrorCode(err) {
		case "":
			return lockedFor(f, now), nil
		case graph.Conflict: // another failure was written meanwhile: count again
		default:
			return 0, fmt.Errorf("api: record sign-in failure: %w", err)
		}
	}
	return 0, graph.Errorf(graph.Unavailable, "Zu viele gleichzeitige Anmeldeversuche; bitte gleich noch einmal versuchen.")
}

// clear forgets the failures of the key, after a successful sign-in or a new password.
func (l *lockout) clear(ctx context.Context, key string) error {
	err := l.store.DeleteRecord(ctx, lockoutCollection, key, 0)
	if err != nil && graph.ErrorCode(err) != graph.NotFound {
		return fmt.Errorf("api: clear sign-in failures: %w", err)
	}
	return nil
}

// sweep deletes the records whose last failure is at least the window old at now,
// and returns how many it deleted. A record written meanwhile is kept.
func (l *lockout) sweep(ctx context.Context, now time.Time) (int, error) {
	recs, err := l.store.ListRecords(ctx, lockoutCollection, "")
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range recs {
		var f []time.Time
		if json.Unmarshal(r.Data, &f) == nil && len(f) > 0 && now.Sub(f[len(f)-1]) < lockoutWindow {
			continue
		}
		err := l.store.DeleteRecord(ctx, lockoutCollection, r.Key, r.Version)
		switch graph.ErrorCode(err) {
		case "":
			n++
		case graph.NotFound, graph.Conflict:
		default:
			return n, err
		}
	}
	return n, nil
}
