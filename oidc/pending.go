package oidc

import (
	"container/list"
	"sync"
	"time"
)

// pending is what a begun sign-in keeps on the server until its callback: the PKCE
// verifier and the nonce, which never reach the browser.
type pending struct {
	state    string
	verifier string
	nonce    string
	expires  time.Time
}

// pendingStore holds begun sign-ins by state, at most max of them, each for ttl. It is
// safe for concurrent use. When full, the oldest sign-in gives way: a flood of begun
// sign-ins cannot block the store, it only makes the oldest ones start again.
type pendingStore struct {
	mu      sync.Mutex
	max     int
	ttl     time.Duration
	now     func() time.Time
	byState map[string]*list.Element
	order   *list.List // of *pending, oldest first (all share one ttl)
}

func newPendingStore(max int, ttl time.Duration, now func() time.Time) *pendingStore {
	return &pendingStore{max: max, ttl: ttl, now: now, byState: map[string]*list.Element{}, order: list.New()}
}

// put keeps p under p.state until it is taken or expires.
func (s *pendingStore) put(p pending) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	p.expires = now.Add(s.ttl)
	s.prune(now)
	if e, ok := s.byState[p.state]; ok {
		s.remove(e)
	}
	for s.order.Len() >= s.max {
		s.remove(s.order.Front())
	}
	s.byState[p.state] = s.order.PushBack(&p)
}

// take removes and returns the sign-in begun with state; ok is false if there is none
// (never begun, already taken, expired or pushed out).
func (s *pendingStore) take(state string) (p pending, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prune(s.now())
	e, ok := s.byState[state]
	if !ok {
		return pending{}, false
	}
	s.remove(e)
	return *e.Value.(*pending), true
}

// prune drops the expired sign-ins, which are all at the front.
func (s *pendingStore) prune(now time.Time) {
	for e := s.order.Front(); e != nil && !now.Before(e.Value.(*pending).expires); e = s.order.Front() {
		s.remove(e)
	}
}

func (s *pendingStore) remove(e *list.Element) {
	delete(s.byState, e.Value.(*pending).state)
	s.order.Remove(e)
}

func (s *pendingStore) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.order.Len()
}
