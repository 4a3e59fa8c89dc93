package oidc

import (
	"fmt"
	"testing"
	"time"
)

func TestPendingStore(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	s := newPendingStore(3, 10*time.Minute, func() time.Time { return now })
	s.put(pending{state: "a", verifier: "va", nonce: "na"})
	if p, ok := s.take("a"); !ok || p.verifier != "va" || p.nonce != "na" {
		t.Fatalf("take(a) = %+v, %v", p, ok)
	}
	if _, ok := s.take("a"); ok {
		t.Fatal("a state could be taken twice")
	}

	s.put(pending{state: "b"})
	now = now.Add(5 * time.Minute)
	s.put(pending{state: "c"})
	now = now.Add(5 * time.Minute) // b expires now, c in 5 minutes
	if _, ok := s.take("b"); ok {
		t.Fatal("an expired state was taken")
	}
	if _, ok := s.take("c"); !ok {
		t.Fatal("c expired early")
	}

	for i := range 5 {
		s.put(pending{state: fmt.Sprint(i)})
	}
	if s.len() != 3 {
		t.Fatalf("%d kept, want at most 3", s.len())
	}
	for i, want := range []bool{false, false, true, true, true} { // the oldest gave way
		if _, ok := s.take(fmt.Sprint(i)); ok != want {
			t.Errorf("take(%d) = %v, want %v", i, ok, want)
		}
	}
}
