package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestExportRoundTrip imports the LibreOffice workbook, exports it as CSV, GEXF,
// GraphML, XLSX and JSON and imports each file again: nothing changes.
func TestExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	if out, _, err := runCLI(t, dir, "import", testdata("seeland_libreoffice.xlsx")); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	rev := storeRevision(t, dir)
	files := t.TempDir()
	for _, tc := range []struct{ format, kind, name string }{
		{"csv", "", "akteure.csv"},
		{"csv", "cooperation", "kooperationen.csv"},
		{"gexf", "", "netz.gexf"},
		{"graphml", "", "netz.graphml"},
		{"xlsx", "", "netz.xlsx"},
		{"json", "", "netz.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(files, tc.name)
			args := []string{"export", "--format", tc.format, "-o", path}
			if tc.kind != "" {
				args = append(args, "--kind", tc.kind)
			}
			if out, _, err := runCLI(t, dir, args...); err != nil {
				t.Fatalf("export: %v\n%s", err, out)
			}
			out, _, err := runCLI(t, dir, "import", path)
			if err != nil || !strings.Contains(out, "Import abgeschlossen") {
				t.Fatalf("import of the export: %v\n%s", err, out)
			}
			if got := storeRevision(t, dir); got != rev {
				t.Errorf("importing the %s export changed the data: revision %d → %d\n%s", tc.format, rev, got, out)
			}
		})
	}
}

// TestExportMetrics exports metrics as GEXF node attributes and as the sheet
// "Kennzahlen" of a workbook, and a CSV file to standard output.
func TestExportMetrics(t *testing.T) {
	dir := t.TempDir()
	if out, _, err := runCLI(t, dir, "import", testdata("seeland_libreoffice.xlsx")); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	out, _, err := runCLI(t, dir, "export", "--format", "gexf", "--metrics", "--directed")
	if err != nil || !strings.Contains(out, `title="betweenness"`) || !strings.Contains(out, `title="in_degree"`) {
		t.Errorf("gexf with metrics: %v\n%.600s", err, out)
	}
	path := filepath.Join(t.TempDir(), "netz.xlsx")
	if out, _, err := runCLI(t, dir, "export", "--format", "xlsx", "--metrics", "-o", path); err != nil {
		t.Fatalf("xlsx: %v\n%s", err, out)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Kennzahlen")
	if err != nil || len(rows) != 4 || rows[0][1] != "Name" {
		t.Errorf("Kennzahlen: %v %v", err, rows)
	}
	out, _, err = runCLI(t, dir, "export", "--format", "csv")
	if lines := strings.Split(strings.TrimSpace(out), "\r\n"); err != nil || len(lines) != 4 || !strings.HasPrefix(lines[0], "\ufeffSchlüssel;") {
		t.Errorf("csv to stdout: %v\n%s", err, out)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("export left files behind: %v", entries)
	}
}
