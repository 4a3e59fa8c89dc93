package importers

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// networkOf returns a batch's entities as a network, as a store's snapshot would
// hold them (the demo generator sets IDs).
func networkOf(b *graph.Batch) *graph.Network {
	return &graph.Network{Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces, Waves: b.Waves, Actors: b.Actors,
		Offers: b.Offers, Needs: b.Needs, Cooperations: b.Cooperations}
}

func openStore(tb testing.TB) *embedded.Store {
	tb.Helper()
	s, err := embedded.Open(filepath.Join(tb.TempDir(), "atlas.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// TestImportIdempotent imports the demo county through each format into the
// embedded store: a dry run writes nothing, the import creates everything, and
// importing the same file again changes nothing. Exporting the store's snapshot and
// importing that changes nothing either. Graph files hold actors and cooperations
// only; the store gets the social spaces and waves they refer to first.
func TestImportIdempotent(t *testing.T) {
	n := networkOf(demo.Generate(demo.County()))
	for _, format := range []string{FormatXLSX, FormatJSON, FormatGEXF, FormatGraphML} {
		t.Run(format, func(t *testing.T) {
			ctx := t.Context()
			s := openStore(t)
			var file bytes.Buffer
			if err := Encode(format, &file, n, EncodeOptions{}); err != nil {
				t.Fatal(err)
			}
			upsert := func(data []byte, dry bool) graph.BatchResult {
				t.Helper()
				b, rep, err := DecodeFile("seeland."+format, bytes.NewReader(data), Options{})
				if err != nil {
					t.Fatal(err)
				}
				noIssues(t, rep)
				res, err := s.Upsert(ctx, b, graph.BatchOptions{DryRun: dry})
				if err != nil {
					rep.AddStoreError(err)
					texts := issueTexts(rep)
					t.Fatalf("upsert: %d issues, first: %v", len(texts), texts[:min(5, len(texts))])
				}
				return res
			}
			if format == FormatGEXF || format == FormatGraphML {
				base := &graph.Batch{SocialSpaces: n.SocialSpaces, Waves: n.Waves}
				if _, err := s.Upsert(ctx, base, graph.BatchOptions{}); err != nil {
					t.Fatal(err)
				}
			}
			rev0, _ := s.Revision(ctx)
			res := upsert(file.Bytes(), true)
			if c := res.Counts[graph.KindActor]; c.Created != len(n.Actors) {
				t.Errorf("dry run: %+v", c)
			}
			if rev, _ := s.Revision(ctx); rev != rev0 {
				t.Errorf("dry run wrote: revision %d", rev)
			}
			upsert(file.Bytes(), false)
			again := upsert(file.Bytes(), false)
			for k, c := range again.Counts {
				if c.Created != 0 || c.Updated != 0 {
					t.Errorf("second import changed %s: %+v", k, c)
				}
			}
			snap, err := s.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var export bytes.Buffer
			if err := Encode(format, &export, snap, EncodeOptions{}); err != nil {
				t.Fatal(err)
			}
			for k, c := range upsert(export.Bytes(), false).Counts {
				if c.Created != 0 || c.Updated != 0 {
					t.Errorf("re-import of the export changed %s: %+v", k, c)
				}
			}
		})
	}
}
