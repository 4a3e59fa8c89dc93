package survey_test

import (
	"cmp"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
)

// eachStore runs test against an embedded store and, where a Neo4j test server is
// configured, a Neo4j store: NEO4J_TEST_URI_4 (set by .ci/with-neo4j, a DBMS of the
// survey's own, as the other packages' tests wipe theirs), else NEO4J_TEST_URI when
// this package runs alone. Without either the Neo4j run skips, unless
// NETZWERKATLAS_REQUIRE_NEO4J=1 (CI).
func eachStore(t *testing.T, test func(t *testing.T, store graph.Store)) {
	t.Run("embedded", func(t *testing.T) {
		test(t, embeddedStore(t))
	})
	t.Run("neo4j", func(t *testing.T) {
		test(t, neo4jStore(t))
	})
}

// embeddedStore returns a new embedded store, closed when the test ends.
func embeddedStore(t testing.TB) graph.Store {
	s, err := embedded.Open(filepath.Join(t.TempDir(), "atlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// neo4jStore returns a store on the emptied Neo4j test database, or skips.
func neo4jStore(t testing.TB) graph.Store {
	uri := cmp.Or(os.Getenv("NEO4J_TEST_URI_4"), os.Getenv("NEO4J_TEST_URI"))
	if uri == "" {
		if os.Getenv("NETZWERKATLAS_REQUIRE_NEO4J") == "1" {
			t.Fatal("NEO4J_TEST_URI_4 is not set but NETZWERKATLAS_REQUIRE_NEO4J=1: run the tests with .ci/with-neo4j")
		}
		t.Skip("no Neo4j test server: set NEO4J_TEST_URI_4 or NEO4J_TEST_URI (or run the tests with .ci/with-neo4j)")
	}
	s, err := neo4jstore.Open(context.Background(), neo4jConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	empty(t, s)
	return s
}

// neo4jConfig returns the configuration of the Neo4j test server (see neo4jStore).
func neo4jConfig() neo4jstore.Config {
	return neo4jstore.Config{URI: cmp.Or(os.Getenv("NEO4J_TEST_URI_4"), os.Getenv("NEO4J_TEST_URI")),
		User: cmp.Or(os.Getenv("NEO4J_TEST_USER"), "neo4j"), Password: cmp.Or(os.Getenv("NEO4J_TEST_PASSWORD"), "netzwerkatlas-test")}
}

// empty deletes everything in the store through its own API: records, cooperations,
// offers, needs, actors, waves and social spaces (children first).
func empty(t testing.TB, s graph.Store) {
	ctx := context.Background()
	rs, err := s.ListRecords(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := s.DeleteRecord(ctx, r.Collection, r.Key, 0); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range n.Waves {
		if w.Closed {
			w.Closed = false
			if err := s.Update(ctx, &w); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, a := range n.Actors {
		if _, err := s.Delete(ctx, graph.KindActor, a.ID, graph.DeleteOptions{Cascade: true}); err != nil {
			t.Fatal(err)
		}
	}
	for _, nd := range n.Needs {
		if _, err := s.Delete(ctx, graph.KindNeed, nd.ID, graph.DeleteOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range n.Waves {
		if _, err := s.Delete(ctx, graph.KindWave, w.ID, graph.DeleteOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for left := n.SocialSpaces; len(left) > 0; {
		var keep []graph.SocialSpace
		for _, sp := range left {
			if _, err := s.Delete(ctx, graph.KindSocialSpace, sp.ID, graph.DeleteOptions{}); graph.ErrorCode(err) == graph.Conflict {
				keep = append(keep, sp)
			} else if err != nil {
				t.Fatal(err)
			}
		}
		if len(keep) == len(left) {
			t.Fatal("social spaces refer to each other in a cycle")
		}
		left = keep
	}
}
