package upkeep

import (
	"cmp"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
)

// eachStore runs test over an embedded store and, with NEO4J_TEST_URI set (as
// .ci/with-neo4j does), over the Neo4j test server; there the test's actors are
// new each run, so it needs no empty database.
func eachStore(t *testing.T, test func(t *testing.T, st graph.RecordStore)) {
	t.Run("embedded", func(t *testing.T) {
		st, err := embedded.Open(filepath.Join(t.TempDir(), "l.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		test(t, st)
	})
	t.Run("neo4j", func(t *testing.T) {
		uri := os.Getenv("NEO4J_TEST_URI")
		if uri == "" {
			if os.Getenv("NETZWERKATLAS_REQUIRE_NEO4J") == "1" {
				t.Fatal("NEO4J_TEST_URI is not set but NETZWERKATLAS_REQUIRE_NEO4J=1: run the tests with .ci/with-neo4j")
			}
			t.Skip("no Neo4j test server: set NEO4J_TEST_URI (or run the tests with .ci/with-neo4j)")
		}
		st, err := neo4jstore.Open(t.Context(), neo4jstore.Config{URI: uri, User: cmp.Or(os.Getenv("NEO4J_TEST_USER"), "neo4j"),
			Password: cmp.Or(os.Getenv("NEO4J_TEST_PASSWORD"), "netzwerkatlas-test")}, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		test(t, st)
	})
}

// TestProviderLinks: a link is stored by its hash only, opens nothing once expired
// or reissued, and unknown secrets get the same answer.
func TestProviderLinks(t *testing.T) {
	eachStore(t, func(t *testing.T, st graph.RecordStore) {
		ctx := t.Context()
		now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
		q := New(st, func() time.Time { return now })
		actor := graph.NewID("actor")
		secret, l, err := q.IssueLink(ctx, actor, "Ed", 0)
		if err != nil || l.ActorID != actor || !l.ExpiresAt.Equal(now.Add(DefaultLinkValidity)) {
			t.Fatalf("issue: %+v %v", l, err)
		}
		rs, err := st.ListRecords(ctx, colLinks, "")
		if err != nil {
			t.Fatal(err)
		}
		var mine int
		for _, r := range rs {
			if strings.Contains(string(r.Data), actor) {
				mine++
				if r.Key != linksecret.Hash(secret) || strings.Contains(string(r.Data), secret) {
					t.Errorf("stored %s: %s", r.Key, r.Data)
				}
			}
		}
		if mine != 1 {
			t.Fatalf("%d links stored for the actor", mine)
		}
		if got, err := q.ResolveLink(ctx, secret); err != nil || got.ActorID != actor {
			t.Fatalf("resolve: %+v %v", got, err)
		}
		for _, bad := range []string{"", "unbekannt", strings.Repeat("x", 500), secret[:len(secret)-1]} {
			if _, err := q.ResolveLink(ctx, bad); err != ErrLink {
				t.Errorf("resolve %.20q: %v", bad, err)
			}
		}

		// A new link revokes the old one; the other actor's link stays.
		other, _, err := q.IssueLink(ctx, graph.NewID("actor"), "Ed", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		again, _, err := q.IssueLink(ctx, actor, "Ed", 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := q.ResolveLink(ctx, secret); err != ErrLink {
			t.Errorf("the reissued link still opens: %v", err)
		}
		if _, err := q.ResolveLink(ctx, again); err != nil {
			t.Errorf("the new link: %v", err)
		}
		if _, err := q.ResolveLink(ctx, other); err != nil {
			t.Errorf("the other actor's link: %v", err)
		}

		// Expiry: the other link (one hour) ends; the next issue sweeps it.
		now = now.Add(time.Hour)
		if _, err := q.ResolveLink(ctx, other); err != ErrLink {
			t.Errorf("expired link: %v", err)
		}
		if _, _, err := q.IssueLink(ctx, actor, "Ed", 0); err != nil {
			t.Fatal(err)
		}
		if _, err := st.GetRecord(ctx, colLinks, linksecret.Hash(other)); graph.ErrorCode(err) != graph.NotFound {
			t.Errorf("expired link kept: %v", err)
		}
	})
}

// TestProviderCorrection: a provider's correction needs a marked field or a text;
// field codes are checked and labels come from CorrectionFields.
func TestProviderCorrection(t *testing.T) {
	for _, c := range []struct {
		r    VisitorReport
		want string
	}{
		{VisitorReport{Kind: KindError, FromProvider: true}, "text"},
		{VisitorReport{Kind: KindError, FromProvider: true, Corrections: []Correction{{Field: "phone"}}}, ""},
		{VisitorReport{Kind: KindError, FromProvider: true, Corrections: []Correction{{Field: "secret"}}}, "corrections"},
		{VisitorReport{Kind: KindError, FromProvider: true, Corrections: []Correction{{Field: "costs", New: strings.Repeat("x", MaxText+1)}}}, "new-costs"},
	} {
		var got []string
		for _, f := range c.r.Check() {
			got = append(got, f.Field)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%+v: %v, want %q", c.r, got, c.want)
		}
	}
	st, err := embedded.Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := New(st, nil).Submit(t.Context(), VisitorReport{Kind: KindError, FromProvider: true, Corrections: []Correction{{Field: "phone", Label: "forged", New: " 0123 "}}})
	if err != nil || r.Corrections[0].Label != "Telefon" || r.Corrections[0].New != "0123" {
		t.Errorf("submit: %+v %v", r, err)
	}
}
