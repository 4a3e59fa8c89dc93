package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestReport loads the demo county and writes its report from wave 1 to wave 2 as
// HTML and, with Chromium at hand, as PDF.
func TestReport(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	county := filepath.Join(out, "demo.json")
	f, err := os.Create(county)
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewEncoder(f).Encode(demo.Generate(demo.County()))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	if stdout, _, err := runCLI(t, dir, "import", county); err != nil {
		t.Fatalf("import: %v\n%s", err, stdout)
	}
	html := filepath.Join(out, "bericht.html")
	if _, stderr, err := runCLI(t, dir, "report", "--from", demo.Wave2024, "--to", demo.Wave2025, "-o", html); err != nil {
		t.Fatalf("report: %v\n%s", err, stderr)
	}
	b, err := os.ReadFile(html)
	if err != nil || !strings.Contains(string(b), "<h2 id=\"kurzfassung\">Kurzfassung</h2>") ||
		!strings.Contains(string(b), "Vom Stand Erhebung Herbst 2024 zum Stand Erhebung Herbst 2025:") {
		t.Fatalf("the HTML lacks the Kurzfassung (%v): %.300s", err, b)
	}
	if _, _, err := runCLI(t, dir, "report", "--from", demo.Wave2025, "--to", demo.Wave2024); err == nil || !strings.Contains(err.Error(), "tauschen") {
		t.Errorf("from after to: %v", err)
	}
	if _, _, err := runCLI(t, dir, "report", "--format", "odt"); err == nil || !strings.Contains(err.Error(), "html, pdf und docx") {
		t.Errorf("--format odt: %v", err)
	}
	word := filepath.Join(out, "bericht.docx")
	if _, stderr, err := runCLI(t, dir, "report", "--from", demo.Wave2024, "--to", demo.Wave2025, "-o", word); err != nil {
		t.Fatalf("report: %v\n%s", err, stderr)
	}
	if b, err := os.ReadFile(word); err != nil || !strings.HasPrefix(string(b), "PK") {
		t.Fatalf("no Word document written: %v %.20q", err, b)
	}
	if _, err := exec.LookPath("chromium"); err != nil {
		t.Skip("chromium is missing")
	}
	file := filepath.Join(out, "bericht.pdf")
	if _, stderr, err := runCLI(t, dir, "report", "--from", demo.Wave2024, "--to", demo.Wave2025, "-o", file); err != nil {
		t.Fatalf("report: %v\n%s", err, stderr)
	}
	if b, err := os.ReadFile(file); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("no PDF written: %v %.20q", err, b)
	}
}
