package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// testdata returns the path of a file of importers/testdata.
func testdata(name string) string { return filepath.Join("..", "..", "importers", "testdata", name) }

// runCLI runs the binary's run with args and a data directory, and returns its
// standard output, standard error and error.
func runCLI(t *testing.T, dataDir string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), append(args, "--data", dataDir), testEnv(nil), &out, &errOut)
	return out.String(), errOut.String(), err
}

// storeRevision opens the embedded store of dataDir and returns its revision.
func storeRevision(t *testing.T, dataDir string) int64 {
	t.Helper()
	s, err := embedded.Open(filepath.Join(dataDir, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rev, err := s.Revision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rev
}

// lastWriter returns who wrote the newest event of the store's history.
func lastWriter(t *testing.T, dataDir string) string {
	t.Helper()
	s, err := embedded.Open(filepath.Join(dataDir, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	page, err := s.Activity(context.Background(), graph.ActivityFilter{Limit: 1})
	if err != nil || len(page.Items) == 0 {
		t.Fatalf("activity: %v, %d events", err, len(page.Items))
	}
	return page.Items[0].By
}

// TestImportCommand imports the workbook saved by LibreOffice: the dry run writes
// nothing, the import writes, a second import changes nothing.
func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	file := testdata("seeland_libreoffice.xlsx")

	out, _, err := runCLI(t, dir, "import", "--dry-run", file)
	if err != nil {
		t.Fatalf("dry run: %v\n%s", err, out)
	}
	if !strings.Contains(out, "Format xlsx") || !strings.Contains(out, "Probelauf") || !strings.Contains(out, "Akteur") {
		t.Errorf("dry run printed:\n%s", out)
	}
	if rev := storeRevision(t, dir); rev != 0 {
		t.Fatalf("the dry run wrote: revision %d", rev)
	}

	out, _, err = runCLI(t, dir, "import", file)
	if err != nil || !strings.Contains(out, "Import abgeschlossen") {
		t.Fatalf("import: %v\n%s", err, out)
	}
	rev := storeRevision(t, dir)
	if rev == 0 {
		t.Fatal("the import wrote nothing")
	}
	if by := lastWriter(t, dir); by != "Kommandozeile (import)" {
		t.Errorf("the history names %q as the writer of the import", by)
	}

	// Options may follow the file.
	out, _, err = runCLI(t, dir, "import", file, "--format", "XLSX")
	if err != nil {
		t.Fatalf("second import: %v\n%s", err, out)
	}
	for _, line := range strings.Split(out, "\n")[1:] {
		f := strings.Fields(line) // neu, geändert, unverändert, Art
		if len(f) != 4 {
			continue
		}
		if _, err := strconv.Atoi(f[0]); err == nil && (f[0] != "0" || f[1] != "0") {
			t.Errorf("second import changed something: %q", line)
		}
	}
	if got := storeRevision(t, dir); got != rev {
		t.Errorf("second import raised the revision %d → %d", rev, got)
	}
}

// TestImportCommandRefused imports a file with an error: the report names row and
// column, nothing is written, the exit code is 1.
func TestImportCommandRefused(t *testing.T) {
	dir := t.TempDir()
	raw, err := os.ReadFile(testdata("akteure_libreoffice_cp1252.csv"))
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "akteure.csv")
	if err := os.WriteFile(bad, bytes.Replace(raw, []byte("SGB IX|SGB XII"), []byte("SGB IX|SGB 99"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, dir, "import", bad)
	if err == nil || exitCode(err) != 1 {
		t.Fatalf("error %v (exit code %d), want a refusal with exit code 1", err, exitCode(err))
	}
	if !strings.Contains(out, "Zeile 2") || !strings.Contains(out, "Rechtskreise") || !strings.Contains(out, "nichts gespeichert") {
		t.Errorf("report:\n%s", out)
	}
	if rev := storeRevision(t, dir); rev != 0 {
		t.Errorf("a refused import wrote: revision %d", rev)
	}
}

// TestImportCommandUsage checks the exit codes of wrong command lines and of an
// unreachable Neo4j server.
func TestImportCommandUsage(t *testing.T) {
	dir := t.TempDir()
	mapping := filepath.Join(dir, "zuordnung.json")
	os.WriteFile(mapping, []byte(`{"spalten":{}}`), 0o644)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"import"}, 2},
		{[]string{"import", "--format", "pdf", testdata("gephi.gexf")}, 2},
		{[]string{"import", "--mapping", mapping, testdata("gephi.gexf")}, 2},
		{[]string{"import", "--bogus", testdata("gephi.gexf")}, 2},
		{[]string{"import", filepath.Join(dir, "fehlt.csv")}, 1},
		{[]string{"export"}, 2},
		{[]string{"export", "--format", "xlsx", "--kind", "actor"}, 2},
		{[]string{"export", "--format", "csv", "--kind", "akteur"}, 2},
		{[]string{"export", "--format", "json", "--metrics"}, 2},
		{[]string{"export", "--format", "csv", "datei.csv"}, 2},
		{[]string{"import", "--neo4j-uri", "bolt://127.0.0.1:1", "--connect-wait", "0s", testdata("gephi.gexf")}, 3},
		{[]string{"import", "--store-timeout", "0s", testdata("gephi.gexf")}, 2},
		{[]string{"import", "--neo4j-uri", "bolt://127.0.0.1:1", "--connect-wait", "0s", "--store-timeout", "1s", testdata("gephi.gexf")}, 3},
	} {
		_, _, err := runCLI(t, dir, tc.args...)
		if got := exitCode(err); got != tc.code {
			t.Errorf("%v: exit code %d (%v), want %d", tc.args, got, err, tc.code)
		}
	}
	if rev := storeRevision(t, dir); rev != 0 {
		t.Errorf("revision %d", rev)
	}
}
