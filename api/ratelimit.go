package api

import (
	"sync"
	"time"
)

// rateLimit is a token bucket per key: each key may make burst requests at once and
// one more every interval. It keeps at most maxKeys buckets; when full, it forgets
// those that have refilled completely, and if none has, refuses new keys until then.
type rateLimit struct {
	burst    float64
	interval time.Duration
	maxKeys  int
	mu       sync.Mutex
	buckets  map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

// newRateLimit returns a limit of burst requests, and one more every interval, per key.
func newRateLimit(burst int, interval time.Duration) *rateLimit {
	return &rateLimit{burst: float64(burst), interval: interval, maxKeys: 100_000, buckets: map[string]*bucket{}}
}

// take spends a token of the key at the time now; it returns 0 if the request may
// pass, else how long to wait.
func (r *rateLimit) take(key string, now time.Time) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	b := r.buckets[key]
	if b == nil {
		if len(r.buckets) >= r.maxKeys {
			r.prune(now)
			if len(r.buckets) >= r.maxKeys {
				return r.interval
			}
		}
		b = &bucket{tokens: r.burst, at: now}
		r.buckets[key] = b
	}
	b.tokens = min(r.burst, b.tokens+float64(now.Sub(b.at))/float64(r.interval))
	b.at = now
	if b.tokens < 1 {
		return time.Duration((1 - b.tokens) * float64(r.interval))
	}
	b.tokens--
	return 0
}

// prune forgets the buckets that are full again.
func (r *rateLimit) prune(now time.Time) {
	for k, b := range r.buckets {
		if b.tokens+float64(now.Sub(b.at))/float64(r.interval) >= r.burst {
			delete(r.buckets, k)
		}
	}
}
