package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
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
	if err != nil {
		t.Fatalf("gexf with metrics: %v", err)
	}
	// Metric attributes are titled with the registry's German labels.
	for _, d := range analysis.Definitions() {
		if d.Code != "betweenness" && d.Code != "in_degree" {
			continue
		}
		if want := fmt.Sprintf(`id="metric:%s" title="%s"`, d.Code, d.Label); !strings.Contains(out, want) {
			t.Errorf("gexf with metrics has no %s:\n%.600s", want, out)
		}
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

// TestExportSameAsAPI exports the same requests, filters included, with the command
// line and through the API's GET /api/v1/exports/{format}: the files and their names
// are the same, and the filters keep less than the whole network.
func TestExportSameAsAPI(t *testing.T) {
	dir := t.TempDir()
	if out, _, err := runCLI(t, dir, "import", testdata("seeland_libreoffice.xlsx")); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	secret, _, err := runCLI(t, dir, "token", "create", "--role", "analyst", "--name", "Test")
	if err != nil {
		t.Fatalf("token: %v", err)
	}
	cases := []struct {
		format string
		query  url.Values
	}{
		{"csv", url.Values{"legal_domain": {"sgb9"}}},
		{"csv", url.Values{"kind": {"cooperation"}, "legal_domain": {"sgb2"}, "min_intensity": {"2"}}},
		{"graphml", url.Values{"q": {"seeland"}}},
		{"xlsx", url.Values{"metrics": {"true"}, "legal_domain": {"sgb9"}}},
		{"gexf", url.Values{"metrics": {"true"}, "directed": {"true"}, "cooperation_kind": {"referral"}}},
	}
	cli := make([][]byte, len(cases))
	names := make([]string, len(cases))
	for i, tc := range cases {
		out := t.TempDir()
		args := []string{"export", "--format", tc.format, "-o", out}
		for name, vs := range tc.query {
			if name == "metrics" || name == "directed" {
				args = append(args, "--"+name+"="+vs[0])
			} else {
				args = append(args, "--"+name, vs[0])
			}
		}
		if stdout, _, err := runCLI(t, dir, args...); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stdout)
		}
		entries, err := os.ReadDir(out)
		if err != nil || len(entries) != 1 {
			t.Fatalf("%v wrote %v into the directory (%v), want one file", args, entries, err)
		}
		names[i] = entries[0].Name()
		if cli[i], err = os.ReadFile(filepath.Join(out, names[i])); err != nil {
			t.Fatal(err)
		}
	}
	whole, _, err := runCLI(t, dir, "export", "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	if string(cli[0]) == whole || len(cli[0]) == 0 {
		t.Errorf("--legal_domain sgb9 exports the whole network:\n%s", whole)
	}

	store, err := embedded.Open(filepath.Join(dir, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	h := api.New(store, api.Config{}, nil).Handler()
	for i, tc := range cases {
		req := httptest.NewRequest(http.MethodGet, "/api/v1/exports/"+tc.format+"?"+tc.query.Encode(), nil)
		req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(secret))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s?%s: %d %.300s", tc.format, tc.query.Encode(), rec.Code, rec.Body)
		}
		if !bytes.Equal(rec.Body.Bytes(), cli[i]) {
			t.Errorf("%s?%s: the API's file (%d bytes) differs from the command line's (%d bytes)", tc.format, tc.query.Encode(), rec.Body.Len(), len(cli[i]))
		}
		if want := `attachment; filename="` + names[i] + `"`; rec.Header().Get("Content-Disposition") != want {
			t.Errorf("%s?%s: Content-Disposition %q, the command line named the file %q", tc.format, tc.query.Encode(), rec.Header().Get("Content-Disposition"), names[i])
		}
	}
}

// TestExportUsage checks the command line's export options, and the state options
// (--wave, --date) of export and analyze: each mistake is a usage error (exit code 2)
// with the API's German message.
func TestExportUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "--format fehlt"},
		{[]string{"export", "--format", "pdf"}, "Das Exportformat „pdf“ gibt es nicht"},
		{[]string{"export", "--format", "xlsx", "--kind", "actor"}, "Nur CSV-Dateien enthalten eine einzelne Art"},
		{[]string{"export", "--format", "csv", "--kind", "akteur"}, "Unbekannte Art"},
		{[]string{"export", "--format", "csv", "--metrics"}, "Kennzahlen gibt es nur in xlsx"},
		{[]string{"export", "--format", "csv", "--min_intensity", "7"}, `"min_intensity"`},
		{[]string{"export", "--format", "csv", "--wave_id", "w1", "--q", "x", "--level", "district"}, "level"},
		{[]string{"export", "--format", "gexf", "--metrics", "--date", "2025-02-30"}, "„2025-02-30“ ist kein gültiges Datum"},
		{[]string{"export", "--format", "gexf", "--wave", "herbst-2030"}, "Die Erhebungswelle „herbst-2030“ gibt es nicht"},
		{[]string{"analyze", "--date", "2025-02-30"}, "„2025-02-30“ ist kein gültiges Datum"},
		{[]string{"analyze", "--wave", "herbst-2030"}, "Die Erhebungswelle „herbst-2030“ gibt es nicht"},
		{[]string{"analyze", "--wave", "w1", "--date", "2025-01-01"}, "nicht beides"},
		{[]string{"analyze", "--communities", "girvan"}, "Kooperationsgruppen findet louvain oder leiden, nicht „girvan“."},
	} {
		t.Run(strings.Join(tc.args[1:], " "), func(t *testing.T) {
			_, _, err := runCLI(t, dir, tc.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if code := exitCode(err); code != 2 || !strings.Contains(describe(err), tc.want) {
				t.Errorf("exit code %d, message %q; want 2 and %q", code, describe(err), tc.want)
			}
		})
	}
}
