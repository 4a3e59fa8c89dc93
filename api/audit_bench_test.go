package api

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// BenchmarkAudit measures what the audit log costs on the embedded store: recording
// one entry (one write transaction, as each export and report now adds), and reading
// the newest page of 100 from a log of 10,000 entries (GET /api/v1/audit reads the
// whole collection and pages in memory).
//
//	go test -run '^$' -bench BenchmarkAudit -benchtime 200x ./api/
func BenchmarkAudit(b *testing.B) {
	st, err := embedded.Open(filepath.Join(b.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := New(st, Config{Now: func() time.Time { at = at.Add(time.Second); return at }}, nil)
	p := &principal{Name: "Benchmark", Role: "viewer"}
	details := map[string]string{"format": "csv", "filters": "field=health&wave=wv-2", "file": "netzwerkatlas-akteure-2026-12-02.csv"}
	ctx := b.Context()
	b.Run("record", func(b *testing.B) {
		for b.Loop() {
			if err := s.record(ctx, p, auditExport, details); err != nil {
				b.Fatal(err)
			}
		}
	})
	recs, err := st.ListRecords(ctx, auditCollection, "")
	if err != nil {
		b.Fatal(err)
	}
	for range 10_000 - len(recs) {
		if err := s.record(ctx, p, auditExport, details); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("list-100-of-10000", func(b *testing.B) {
		for b.Loop() {
			items, _, err := s.auditEntries(ctx, auditQuery{}, 100)
			if err != nil || len(items) != 100 {
				b.Fatal(len(items), err)
			}
		}
	})
}
