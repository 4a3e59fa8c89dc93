package upkeep

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		r    VisitorReport
		want string // the fields with errors
	}{
		{VisitorReport{Kind: KindMissing}, "name provider place text"},
		{VisitorReport{Kind: KindMissing, Name: "A", Provider: "B", Place: "C", Text: "Zeile 1\nZeile 2\tEnde"}, ""},
		{VisitorReport{Kind: KindError, Text: "x", Contact: strings.Repeat("ü", MaxLine+1)}, "contact"},
		{VisitorReport{Kind: KindError, Text: strings.Repeat("a", MaxText+1)}, "text"},
		{VisitorReport{Kind: KindMissing, Name: "A\nB", Provider: "B\x00", Place: "C", Text: "D"}, "name provider"},
		{VisitorReport{Kind: "spam", Text: "x"}, "kind"},
	} {
		var got []string
		for _, f := range c.r.Check() {
			if f.Message == "" {
				t.Errorf("%+v: field %s without a message", c.r, f.Field)
			}
			got = append(got, f.Field)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%.60v: fields %v, want %q", c.r, got, c.want)
		}
	}
}

func TestOutdated(t *testing.T) {
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	entry := func(id, updated, confirmed string) directory.Entry {
		return directory.Entry{ID: id, Name: id, UpdatedAt: updated, Listing: graph.Listing{ConfirmedAt: confirmed}}
	}
	entries := []directory.Entry{
		entry("fresh", "2020-01-01", "2026-06-01"),
		entry("old", "2026-11-30", "2025-03-01"),      // edited lately, but not confirmed
		entry("older", "2024-01-01", "2024-05-01"),    // the longest unconfirmed
		entry("never", "2025-06-01", ""),              // never confirmed, unchanged since
		entry("neverNew", "2026-10-01", ""),           // never confirmed, changed lately
		entry("byEditor", "2024-01-01", "2024-01-01"), // confirmed by a record
		entry("edge", "2020-01-01", "2025-12-02"),     // exactly twelve months: still valid
	}
	got := Outdated(entries, map[string]Confirmation{"byEditor": {At: "2026-11-01"}}, now, 12)
	var ids []string
	for _, s := range got {
		ids = append(ids, s.OfferID)
	}
	if strings.Join(ids, " ") != "older old never" {
		t.Errorf("outdated %v, want older old never", ids)
	}
}

// TestQueue runs the queue over a real embedded store.
func TestQueue(t *testing.T) {
	st, err := embedded.Open(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := t.Context()
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	q := New(st, func() time.Time { return now })
	if _, err := q.Submit(ctx, VisitorReport{Kind: KindError}); graph.ErrorCode(err) != graph.Invalid {
		t.Fatalf("incomplete report: %v", err)
	}
	r, err := q.Submit(ctx, VisitorReport{Kind: KindError, OfferID: "o1", Text: "  falsch  ", Status: StatusDone, Note: "forged"})
	if err != nil || r.Status != StatusOpen || r.Note != "" || r.Text != "falsch" {
		t.Fatalf("submit: %+v %v", r, err)
	}
	if _, err := q.Decide(ctx, r.ID, StatusDone, "", "Ed"); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Decide(ctx, r.ID, StatusRejected, "", "Ed"); graph.ErrorCode(err) != graph.Conflict {
		t.Errorf("decided twice: %v", err)
	}
	open, _ := q.Reports(ctx, true)
	done, _ := q.Reports(ctx, false)
	if len(open) != 0 || len(done) != 1 || done[0].DecidedBy != "Ed" {
		t.Errorf("open %v, done %v", open, done)
	}
	if at, _ := q.ConfirmedAt(ctx, "o1"); at != "" {
		t.Errorf("unconfirmed: %q", at)
	}
	for range 2 {
		if _, err := q.Confirm(ctx, "o1", "Ed"); err != nil {
			t.Fatal(err)
		}
	}
	if at, _ := q.ConfirmedAt(ctx, "o1"); at != "2026-12-02" {
		t.Errorf("confirmed at %q", at)
	}
}

// TestDemo: the demo county's queue has open reports about real entries and one
// decided.
func TestDemo(t *testing.T) {
	b := demo.Generate(demo.County())
	st, err := embedded.Open(filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Upsert(t.Context(), b, graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	n, err := st.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	recs, err := Demo(n, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.PutRecords(t.Context(), recs...); err != nil {
		t.Fatal(err)
	}
	q := New(st, nil)
	open, _ := q.Reports(t.Context(), true)
	done, _ := q.Reports(t.Context(), false)
	if len(open) < 3 || len(done) != 1 {
		t.Fatalf("%d open, %d decided", len(open), len(done))
	}
	x := directory.NewIndex(n)
	for _, r := range open {
		raw, _ := json.Marshal(r)
		if r.Check() != nil || (r.Kind == KindError && x.Entry(r.OfferID) == nil) {
			t.Errorf("demo report %s", raw)
		}
	}
	if len(Outdated(directory.Entries(n), nil, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), DefaultMaxAge)) < 3 {
		t.Error("the demo county has fewer than 3 outdated entries")
	}
}
