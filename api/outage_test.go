package api

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// brokenStore is a real store whose entity writes and reads fail with err, as when
// the database is down or the disk is full; tokens still work.
type brokenStore struct {
	graph.Store
	err error
}

func (b brokenStore) Create(context.Context, graph.Entity) error { return b.err }

func (b brokenStore) Get(context.Context, graph.Kind, string) (graph.Entity, error) {
	return nil, b.err
}

// TestStoreFailures checks the answers to a store that cannot be reached (503 with
// Retry-After), that is full (507) or read-only (503): German problems that keep the
// store's message, which says that nothing was written.
func TestStoreFailures(t *testing.T) {
	for _, tc := range []struct {
		name   string
		code   graph.Code
		status int
		slug   string
		retry  bool
		reads  bool // whether reads fail too (a full disk fails only writes)
	}{
		{"unreachable", graph.Unavailable, http.StatusServiceUnavailable, "unavailable", true, true},
		{"full disk", graph.InsufficientStorage, http.StatusInsufficientStorage, "insufficient-storage", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := newEnv(t, Config{})
			msg := "Die Änderung wurde nicht gespeichert, es wurde nichts geschrieben."
			broken := brokenStore{Store: env.store, err: &graph.Error{Code: tc.code, Message: msg, Err: errors.New("technisch")}}
			env.srv = New(broken, Config{}, nil)
			env.h = env.srv.Handler()
			reqs := []req{{method: "POST", path: "/api/v1/actors", role: editor, body: validActor}}
			if tc.reads {
				reqs = append(reqs, req{method: "GET", path: "/api/v1/actors/ac-1", role: viewer})
			}
			for _, r := range reqs {
				rec := env.do(r)
				if rec.Code != tc.status {
					t.Fatalf("%s %s: status %d, want %d; %s", r.method, r.path, rec.Code, tc.status, rec.Body)
				}
				p := problemOf(t, rec)
				if p.Type != "urn:netzwerkatlas:problem:"+tc.slug || p.Detail != msg || strings.Contains(rec.Body.String(), "technisch") {
					t.Errorf("%s %s: problem %+v", r.method, r.path, p)
				}
				if got := rec.Header().Get("Retry-After"); (got != "") != tc.retry {
					t.Errorf("%s %s: Retry-After %q", r.method, r.path, got)
				}
			}
		})
	}
}
