package pdf_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/report"
	"github.com/netzwerkatlas/netzwerkatlas/report/pdf"
)

// need skips the test unless the programs are on the PATH; with
// NETZWERKATLAS_REQUIRE_PDF=1 (CI, see .ci/run) it fails instead.
func need(t testing.TB, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv("NETZWERKATLAS_REQUIRE_PDF") == "1" {
				t.Fatalf("%s is missing", name)
			}
			t.Skipf("%s is missing", name)
		}
	}
}

// demoReport returns the HTML of the demo county's report from wave 1 to wave 2.
func demoReport(t testing.TB) []byte {
	t.Helper()
	b := demo.Generate(demo.County())
	n := &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces,
		Waves: b.Waves, Actors: b.Actors, Offers: b.Offers, Needs: b.Needs, Cooperations: b.Cooperations}
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	from, err := n.At(graph.State{Wave: demo.Wave2024}, today)
	if err != nil {
		t.Fatal(err)
	}
	to, err := n.At(graph.State{Wave: demo.Wave2025}, today)
	if err != nil {
		t.Fatal(err)
	}
	s, err := report.Build(context.Background(), analysis.NewEngine(analysis.Options{}), from, to, "", report.Extras{}, today)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.HTML(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPrint prints the demo report and reads it back with poppler: tagged, with
// the Kurzfassung in its text, and pages that render. PDF_OUT=dir keeps the PDF
// and the pages as PNG files there, to look at.
func TestPrint(t *testing.T) {
	need(t, "chromium", "pdfinfo", "pdftotext", "pdftoppm")
	html := demoReport(t)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	p := &pdf.Printer{}
	defer p.Close()
	out, err := p.Print(ctx, html)
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("PDF_OUT")
	if dir == "" {
		dir = t.TempDir()
	}
	file := filepath.Join(dir, "bericht.pdf")
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	info := run(t, "pdfinfo", file)
	if !strings.Contains(info, "Tagged:          yes") {
		t.Errorf("pdfinfo does not say Tagged: yes:\n%s", info)
	}
	if !strings.Contains(info, "(A4)") {
		t.Errorf("not A4:\n%s", info)
	}
	text := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", file, "-")), " ")
	if !strings.Contains(text, "Kurzfassung") || !strings.Contains(text, "Vom Stand Erhebung Herbst 2024 zum Stand Erhebung Herbst 2025:") {
		t.Errorf("the PDF's text lacks the Kurzfassung:\n%.1500s", text)
	}
	run(t, "pdftoppm", "-r", "50", "-png", file, filepath.Join(dir, "seite"))
	pages, _ := filepath.Glob(filepath.Join(dir, "seite*.png"))
	if len(pages) < 3 {
		t.Errorf("%d pages rendered, want at least 3", len(pages))
	}
}

// run runs a program and returns its output, failing the test on an error.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
	return string(out)
}

// BenchmarkPrint prints the demo county's report (built once) to PDF: cold with a
// Chromium started for each document, as a request finds the printer after it has
// been idle, and warm in a new tab of the running Chromium.
//
//	go test -run '^$' -bench BenchmarkPrint -benchtime 5x ./report/pdf/
func BenchmarkPrint(b *testing.B) {
	need(b, "chromium")
	html := demoReport(b)
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			p := &pdf.Printer{}
			if _, err := p.Print(context.Background(), html); err != nil {
				b.Fatal(err)
			}
			p.Close()
		}
	})
	b.Run("warm", func(b *testing.B) {
		p := &pdf.Printer{}
		defer p.Close()
		if _, err := p.Print(context.Background(), html); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := p.Print(context.Background(), html); err != nil {
				b.Fatal(err)
			}
		}
	})
}
