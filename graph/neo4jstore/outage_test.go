package neo4jstore_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
)

// TestLostCommitAppliedOnce loses the answer to the commit of a create, an update
// and a delete: the store tries each write again, finds that it was applied, and
// neither applies it twice nor reports a conflict.
func TestLostCommitAppliedOnce(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := &graph.Actor{Name: "Tafel", Kind: "association", LegalDomains: []string{"civil_society"}}
	neo4jstore.LoseCommits(s, 1)
	if err := s.Create(ctx, a); err != nil {
		t.Fatalf("Create with a lost commit: %v", err)
	}
	if a.ID == "" || a.Version != 1 {
		t.Errorf("Create with a lost commit left ID %q, version %d", a.ID, a.Version)
	}
	a.Name = "Tafel Seeland"
	neo4jstore.LoseCommits(s, 1)
	if err := s.Update(ctx, a); err != nil || a.Version != 2 {
		t.Fatalf("Update with a lost commit: version %d, %v; want 2, nil", a.Version, err)
	}
	n, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Actors) != 1 || n.Actors[0].Name != "Tafel Seeland" || n.Actors[0].Version != 2 || n.Revision != 2 {
		t.Fatalf("after a lost commit of a create and an update: %d actors, revision %d; want 1 actor in version 2, revision 2", len(n.Actors), n.Revision)
	}
	neo4jstore.LoseCommits(s, 1)
	if _, err := s.Delete(ctx, graph.KindActor, a.ID, graph.DeleteOptions{}); err != nil {
		t.Fatalf("Delete with a lost commit: %v", err)
	}
	if rev, err := s.Revision(ctx); err != nil || rev != 3 {
		t.Errorf("revision after the lost delete = %d, %v; want 3", rev, err)
	}
}

// TestOutageFailsFast stops the test server under a store with the default Timeout
// and an API over it: while the server is down, reads, writes and /readyz answer 503
// with Retry-After and a German message within the bound, and nothing is written;
// once the server is back, the same store serves again without a restart. It logs
// the time to the first 503 and to recovery. It needs the launcher that started the
// server (NEO4J_TEST_LAUNCHER=.ci/neo4j/neo4j).
func TestOutageFailsFast(t *testing.T) {
	cfg := testConfig(t)
	launcher := restartLauncher(t)
	ctx := context.Background()
	wipe(t, cfg)
	s := open(t, cfg) // the default Timeout, neo4jstore.DefaultTimeout
	if err := s.Create(ctx, &graph.SocialSpace{Meta: graph.Meta{ID: "sp-1"}, Name: "Landkreis", Level: "county"}); err != nil {
		t.Fatal(err)
	}
	secret := graph.NewTokenSecret()
	if err := s.CreateToken(ctx, &graph.Token{Name: "Ausfalltest", Role: graph.RoleEditor, Hash: graph.HashToken(secret)}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(api.New(s, api.Config{}, nil).Handler())
	defer srv.Close()
	// call sends a request and returns its status, Retry-After, body and duration;
	// status 0 if it could not be sent.
	call := func(method, path, body string) (status int, retry, text string, took time.Duration) {
		hr, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		if err != nil {
			return 0, "", err.Error(), 0
		}
		hr.Header.Set("Authorization", "Bearer "+secret)
		if body != "" {
			hr.Header.Set("Content-Type", "application/json")
		}
		start := time.Now()
		res, err := http.DefaultClient.Do(hr)
		if err != nil {
			return 0, "", err.Error(), time.Since(start)
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err != nil {
			return 0, "", err.Error(), time.Since(start)
		}
		return res.StatusCode, res.Header.Get("Retry-After"), string(b), time.Since(start)
	}

	start := stopServer(t, launcher)

	// Many requests at once, as under load: each must fail within the bound.
	const bound = neo4jstore.DefaultTimeout + 2*time.Second // the timeout, plus a retry's back-off
	requests := []struct{ method, path, body string }{
		{"GET", "/api/v1/social-spaces", ""},
		{"GET", "/api/v1/social-spaces/sp-1", ""},
		{"GET", "/api/v1/network", ""},
		{"POST", "/api/v1/waves", `{"name":"Welle 1","date":"2025-01-01"}`},
		{"PUT", "/api/v1/social-spaces/sp-1", `{"name":"Kreis","level":"county","version":1}`},
		{"GET", "/readyz", ""},
	}
	var mu sync.Mutex
	var first, last time.Duration
	var wg sync.WaitGroup
	for range 4 {
		for _, r := range requests {
			wg.Go(func() {
				status, retry, body, took := call(r.method, r.path, r.body)
				mu.Lock()
				defer mu.Unlock()
				if first == 0 || took < first {
					first = took
				}
				last = max(last, took)
				if status != http.StatusServiceUnavailable || retry == "" || !strings.Contains(body, "Neo4j") {
					t.Errorf("%s %s with the server down: %d, Retry-After %q, %s", r.method, r.path, status, retry, body)
				}
				if took > bound {
					t.Errorf("%s %s with the server down took %v, more than %v", r.method, r.path, took.Round(time.Millisecond), bound)
				}
			})
		}
	}
	wg.Wait()
	t.Logf("server down: the first 503 after %v, the last after %v (%d requests at once, Timeout %v)",
		first.Round(time.Millisecond), last.Round(time.Millisecond), 4*len(requests), neo4jstore.DefaultTimeout)

	begin := time.Now()
	start()
	up := time.Now()
	for {
		status, _, body, _ := call("GET", "/api/v1/social-spaces/sp-1", "")
		if status == http.StatusOK {
			break
		}
		if time.Since(up) > 60*time.Second {
			t.Fatalf("the API did not recover within 60 s of the restart: %d %s", status, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("server back: the first 200 %v after Bolt accepted connections again (%v after the start command)",
		time.Since(up).Round(time.Millisecond), time.Since(begin).Round(time.Millisecond))

	// Nothing was written during the outage; writes work again.
	if rev, err := s.Revision(ctx); err != nil || rev != 1 {
		t.Errorf("revision after the outage = %d, %v; want 1", rev, err)
	}
	if status, _, body, _ := call("POST", "/api/v1/waves", `{"name":"Welle 1","date":"2025-01-01"}`); status != http.StatusCreated {
		t.Errorf("POST after the outage: %d %s", status, body)
	}
}

// lockServer takes NEO4J_TEST_LOCK exclusively until the test ends: the command's
// tests (cmd/netzwerkatlas) use the same server from another test binary and hold it
// shared.
func lockServer(t *testing.T) {
	t.Helper()
	path := os.Getenv("NEO4J_TEST_LOCK")
	if path == "" {
		return
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() }) // closing releases the lock
}
