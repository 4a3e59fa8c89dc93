package neo4jstore_test

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"net"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
	"github.com/netzwerkatlas/netzwerkatlas/graph/storetest"
)

// The tests run against the Neo4j server named by these variables; .ci/neo4j/neo4j
// starts one. Without NEO4J_TEST_URI they skip, unless NETZWERKATLAS_REQUIRE_NEO4J=1.
const (
	envURI = "NEO4J_TEST_URI"
	// envURI2 names a second, independent test server (.ci/neo4j/neo4j uri 2) for
	// conformance tests that hold two stores at once; Neo4j community serves one
	// database per server.
	envURI2     = "NEO4J_TEST_URI_2"
	envUser     = "NEO4J_TEST_USER"     // default neo4j
	envPassword = "NEO4J_TEST_PASSWORD" // default netzwerkatlas-test
	envDatabase = "NEO4J_TEST_DATABASE" // default: the server's default database
	envRequire  = "NETZWERKATLAS_REQUIRE_NEO4J"
	// envLauncher names the launcher script (.ci/neo4j/neo4j) that started the test
	// server; TestRecoversAfterRestart stops and restarts the server through it.
	envLauncher = "NEO4J_TEST_LAUNCHER"
)

// testConfig returns the test server's configuration, or skips (fails under CI) if
// there is none.
func testConfig(t testing.TB) neo4jstore.Config {
	t.Helper()
	uri := os.Getenv(envURI)
	if uri == "" {
		if os.Getenv(envRequire) == "1" {
			t.Fatalf("%s is not set but %s=1: start a server with .ci/neo4j/neo4j start", envURI, envRequire)
		}
		t.Skipf("no Neo4j test server: set %s (start one with .ci/neo4j/neo4j start)", envURI)
	}
	return neo4jstore.Config{
		URI:      uri,
		User:     cmp.Or(os.Getenv(envUser), "neo4j"),
		Password: cmp.Or(os.Getenv(envPassword), "netzwerkatlas-test"),
		Database: os.Getenv(envDatabase),
	}
}

// testDriver returns a driver for the test server, closed when the test ends, for
// looking at the database behind the store's back.
func testDriver(t testing.TB, cfg neo4jstore.Config) neo4j.DriverWithContext {
	t.Helper()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { driver.Close(context.Background()) })
	return driver
}

// wipe deletes everything in the test database, in batches, and leaves the schema.
func wipe(t testing.TB, cfg neo4jstore.Config) {
	t.Helper()
	ctx := context.Background()
	driver := testDriver(t, cfg)
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 100000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 100000 ROWS",
	} {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			t.Fatalf("wipe the test database: %v", err)
		}
	}
}

// open returns a store on the test database; the store is closed when t ends.
func open(t testing.TB, cfg neo4jstore.Config) *neo4jstore.Store {
	t.Helper()
	s, err := neo4jstore.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// newStore returns a store on the wiped test database.
func newStore(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg := testConfig(t)
	wipe(t, cfg)
	return open(t, cfg)
}

// servers hands out the test servers, one store at a time each, so that the stores
// a test holds at once are independent.
type servers struct {
	mu   sync.Mutex
	uris map[string]bool // URI -> in use
}

func (p *servers) acquire(t *testing.T) neo4jstore.Config {
	t.Helper()
	cfg := testConfig(t)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.uris == nil {
		p.uris = map[string]bool{cfg.URI: false}
		if u := os.Getenv(envURI2); u != "" {
			p.uris[u] = false
		}
	}
	for _, uri := range slices.Sorted(maps.Keys(p.uris)) {
		if !p.uris[uri] {
			p.uris[uri] = true
			t.Cleanup(func() {
				p.mu.Lock()
				p.uris[uri] = false
				p.mu.Unlock()
			})
			cfg.URI = uri
			return cfg
		}
	}
	msg := fmt.Sprintf("the test needs %d independent Neo4j servers at once; set %s (.ci/neo4j/neo4j uri 2)", len(p.uris)+1, envURI2)
	if os.Getenv(envRequire) == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return cfg
}

func TestConformance(t *testing.T) {
	testConfig(t)
	var pool servers
	storetest.Run(t, func(t *testing.T) graph.Store {
		cfg := pool.acquire(t)
		wipe(t, cfg)
		s, err := neo4jstore.Open(context.Background(), cfg, nil)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		return s
	})
}

// TestOpenTwice checks that the schema set-up is idempotent: opening an existing
// database again (also concurrently) changes neither the schema nor the data.
func TestOpenTwice(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	cfg := testConfig(t)
	sp := &graph.SocialSpace{Name: "Landkreis", Level: "county"}
	if err := s.Create(ctx, sp); err != nil {
		t.Fatal(err)
	}
	before := schema(t, cfg)
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for range 3 {
		wg.Go(func() {
			s2, err := neo4jstore.Open(ctx, cfg, nil)
			if err == nil {
				err = s2.Close()
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("second Open: %v", err)
		}
	}
	s3 := open(t, cfg)
	if after := schema(t, cfg); after != before {
		t.Errorf("schema changed by a second Open:\nbefore: %s\nafter:  %s", before, after)
	}
	if rev, err := s3.Revision(ctx); err != nil || rev != 1 {
		t.Errorf("Revision after reopening = %d, %v; want 1", rev, err)
	}
	if _, err := s3.Get(ctx, graph.KindSocialSpace, sp.ID); err != nil {
		t.Errorf("Get after reopening: %v", err)
	}
}

// schema describes the constraints, indexes and schema version of the test database.
func schema(t *testing.T, cfg neo4jstore.Config) string {
	t.Helper()
	ctx := context.Background()
	driver := testDriver(t, cfg)
	var parts []string
	for _, q := range []string{
		"SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name",
		"SHOW INDEXES YIELD name RETURN name ORDER BY name",
		"MATCH (m:Meta) RETURN 'meta ' + m.key + ' schema_version ' + toString(m.schema_version)",
	} {
		res, err := neo4j.ExecuteQuery(ctx, driver, q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Records {
			parts = append(parts, fmt.Sprint(r.Values[0]))
		}
	}
	if !strings.Contains(strings.Join(parts, " "), fmt.Sprintf("schema_version %d", neo4jstore.SchemaVersion())) {
		t.Errorf("schema version %d not recorded: %v", neo4jstore.SchemaVersion(), parts)
	}
	return strings.Join(parts, ", ")
}

// TestParallelWriters checks that the revision counts every write exactly when many
// writers run at once, and that no two writes get the same revision.
func TestParallelWriters(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	county := &graph.SocialSpace{Name: "Landkreis", Level: "county"}
	if err := s.Create(ctx, county); err != nil {
		t.Fatal(err)
	}
	const writers, each = 8, 15
	var wg sync.WaitGroup
	var mu sync.Mutex
	revs := map[int64]bool{}
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				if i%3 == 2 {
					// Every third write is a one-item batch, which reports its revision.
					b := &graph.Batch{Actors: []graph.Actor{{Meta: graph.Meta{ExternalKey: fmt.Sprintf("w%d-%d", w, i)},
						Name: "Verein", Kind: "association", LegalDomains: []string{"civil_society"}, SocialSpaces: []string{county.ID}}}}
					res, err := s.Upsert(ctx, b, graph.BatchOptions{})
					if err != nil {
						errs <- err
						continue
					}
					mu.Lock()
					if revs[res.Revision] {
						errs <- fmt.Errorf("revision %d reported twice", res.Revision)
					}
					revs[res.Revision] = true
					mu.Unlock()
					continue
				}
				a := &graph.Actor{Name: fmt.Sprintf("Träger %d-%d", w, i), Kind: "association",
					LegalDomains: []string{"sgb9"}, SocialSpaces: []string{county.ID}}
				if err := s.Create(ctx, a); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(1 + writers*each); rev != want {
		t.Errorf("Revision = %d after %d writes, want %d", rev, writers*each+1, want)
	}
	page, err := s.List(ctx, graph.KindActor, graph.Filter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != writers*each {
		t.Errorf("%d actors stored, want %d", page.Total, writers*each)
	}
}

// TestUnreachable checks the error for a server that does not answer: Unavailable,
// with a German message. It needs no server: it dials a port nobody listens on.
func TestUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = neo4jstore.Open(ctx, neo4jstore.Config{URI: "bolt://" + addr, User: "neo4j", Password: "x"}, nil)
	if graph.ErrorCode(err) != graph.Unavailable {
		t.Fatalf("Open on a closed port: code %q (%v), want unavailable", graph.ErrorCode(err), err)
	}
	if msg := graph.ErrorMessage(err); !strings.Contains(msg, "nicht erreichbar") {
		t.Errorf("message %q is not the German message for an unreachable database", msg)
	}
}

// TestWrongPassword checks that refused credentials are Unavailable with a German
// message that says so.
func TestWrongPassword(t *testing.T) {
	cfg := testConfig(t)
	cfg.Password = "falsch"
	_, err := neo4jstore.Open(context.Background(), cfg, nil)
	if graph.ErrorCode(err) != graph.Unavailable || !strings.Contains(graph.ErrorMessage(err), "Anmeldung") {
		t.Fatalf("Open with a wrong password: %v (code %q), want unavailable about the login", err, graph.ErrorCode(err))
	}
}

// TestRecoversAfterRestart stops the test server, checks that the store answers
// Unavailable and writes nothing, starts the server again and checks that the same
// store recovers by itself, with its data. It needs the launcher that started the
// server (NEO4J_TEST_LAUNCHER=.ci/neo4j/neo4j), since it stops and starts it.
func TestRecoversAfterRestart(t *testing.T) {
	cfg := testConfig(t)
	launcher := restartLauncher(t)
	ctx := context.Background()
	wipe(t, cfg)
	cfg.MaxRetryTime = 2 * time.Second
	s := open(t, cfg)
	county := &graph.SocialSpace{Name: "Landkreis", Level: "county"}
	if err := s.Create(ctx, county); err != nil {
		t.Fatal(err)
	}

	start := stopServer(t, launcher)

	for what, err := range map[string]error{
		"Ping":     s.Ping(ctx),
		"Revision": func() error { _, err := s.Revision(ctx); return err }(),
		"Create":   s.Create(ctx, &graph.Wave{Name: "T1", Date: "2025-01-01"}),
		"Snapshot": func() error { _, err := s.Snapshot(ctx); return err }(),
	} {
		if graph.ErrorCode(err) != graph.Unavailable {
			t.Errorf("%s with the server down: code %q (%v), want unavailable", what, graph.ErrorCode(err), err)
		}
	}

	start()
	deadline := time.Now().Add(60 * time.Second)
	for {
		err := s.Ping(ctx)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the store did not recover within 60 s: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if rev, err := s.Revision(ctx); err != nil || rev != 1 {
		t.Errorf("Revision after the restart = %d, %v; want 1 (the failed write must not count)", rev, err)
	}
	if err := s.Create(ctx, &graph.Wave{Name: "T1", Date: "2025-01-01"}); err != nil {
		t.Errorf("Create after the restart: %v", err)
	}
	n, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.SocialSpaces) != 1 || len(n.Waves) != 1 || n.Revision != 2 {
		t.Errorf("after the restart: %d spaces, %d waves, revision %d; want 1, 1, 2", len(n.SocialSpaces), len(n.Waves), n.Revision)
	}
}

// restartLauncher returns the launcher that started the test server, for tests that
// stop and start it. Without one such a test skips, or fails where Neo4j is required.
func restartLauncher(t *testing.T) string {
	t.Helper()
	launcher := os.Getenv(envLauncher)
	if launcher == "" {
		if os.Getenv(envRequire) == "1" {
			t.Fatalf("%s is not set but %s=1: run the tests with .ci/with-neo4j, which sets it", envLauncher, envRequire)
		}
		t.Skipf("set %s to the launcher (.ci/neo4j/neo4j) to let this test restart the server", envLauncher)
	}
	return launcher
}

// stopServer stops the test server with the launcher, keeping its data, under the
// exclusive lock, and returns the function that starts it again; a test that ends
// before calling it gets the server started by a cleanup.
func stopServer(t *testing.T, launcher string) (start func()) {
	t.Helper()
	run := func(args ...string) {
		t.Helper()
		if out, err := exec.Command(launcher, args...).CombinedOutput(); err != nil {
			t.Fatalf("%s %v: %v\n%s", launcher, args, err, out)
		}
	}
	lockServer(t)
	run("stop", "--keep")
	started := false
	t.Cleanup(func() {
		if !started {
			run("start")
		}
	})
	return func() {
		t.Helper()
		run("start")
		started = true
	}
}

// TestTokenWithoutLimitsLoads checks that a (:Token) node written before tokens
// could expire or be scoped (no expires_at, no actor_id) still signs in, never
// expires and is not scoped.
func TestTokenWithoutLimitsLoads(t *testing.T) {
	s := newStore(t)
	cfg := testConfig(t)
	ctx := t.Context()
	hash := graph.HashToken("nza_old_release")
	sess := testDriver(t, cfg).NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "CREATE (:Token {id: 'token_old', name: 'Altes Token', role: 'editor', hash: $hash, created_at: datetime('2026-11-02T08:00:00Z')})",
		map[string]any{"hash": hash})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.TokenByHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Altes Token" || got.Role != graph.RoleEditor || got.ExpiresAt != nil || got.ActorID != "" || got.Expired(time.Now().AddDate(50, 0, 0)) {
		t.Fatalf("old token read as %+v", got)
	}
}
