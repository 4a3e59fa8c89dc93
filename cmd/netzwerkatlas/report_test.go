package main

import (
	"encoding/json"
	"html"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// TestReport loads the demo county and writes its report from wave 1 to wave 2 as
// HTML and, with Chromium at hand, as PDF.
func TestReport(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	importDemo(t, dir)
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

// importDemo imports the demo county into the data directory dir and returns it.
func importDemo(t *testing.T, dir string) *graph.Batch {
	t.Helper()
	b := demo.Generate(demo.County())
	county := filepath.Join(t.TempDir(), "demo.json")
	f, err := os.Create(county)
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewEncoder(f).Encode(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	if stdout, _, err := runCLI(t, dir, "import", county); err != nil {
		t.Fatalf("import: %v\n%s", err, stdout)
	}
	return b
}

// TestReportAndExportSameAsAPI writes reports and an export of the demo county, as
// serve --demo loads it (with measures and the partner survey of the latest wave),
// with the command line and through the API, plainly and pseudonymised: the
// documents are the same, the report to the latest wave lists the measures and the
// survey's response rate, and the pseudonymised ones name no self-help group.
func TestReportAndExportSameAsAPI(t *testing.T) {
	dir := t.TempDir()
	store := func() *embedded.Store {
		s, err := embedded.Open(filepath.Join(dir, "netzwerkatlas.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := store()
	err := loadDemo(t.Context(), s, demo.County(), slog.New(slog.DiscardHandler))
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	b := demo.Generate(demo.County())
	secret, _, err := runCLI(t, dir, "token", "create", "--role", "analyst", "--name", "Test")
	if err != nil {
		t.Fatalf("token: %v", err)
	}
	var protected []string
	for _, a := range b.Actors {
		if a.Kind == "self_help" {
			protected = append(protected, a.Name)
		}
	}
	space := b.SocialSpaces[len(b.SocialSpaces)-1].ID
	cases := []struct {
		args  []string
		path  string
		query url.Values
	}{
		{[]string{"report", "--from", demo.Wave2025, "--to", demo.Wave2026}, "/api/v1/reports/steering",
			url.Values{"from": {demo.Wave2025}, "to": {demo.Wave2026}}},
		{[]string{"report", "--from", demo.Wave2025, "--social-space", space}, "/api/v1/reports/steering",
			url.Values{"from": {demo.Wave2025}, "social_space": {space}}},
		{[]string{"export", "--format", "csv"}, "/api/v1/exports/csv", url.Values{}},
	}
	created := regexp.MustCompile(`Erstellt am \d\d\.\d\d\.\d{4}`) // the day, should the test cross midnight
	for _, tc := range cases {
		for _, pseudo := range []bool{false, true} {
			args, query := tc.args, url.Values{}
			maps.Copy(query, tc.query)
			if pseudo {
				args, query["pseudonymize"] = append(slices.Clone(args), "--pseudonymize"), []string{"true"}
			}
			cli, stderr, err := runCLI(t, dir, args...)
			if err != nil {
				t.Fatalf("%v: %v\n%s", args, err, stderr)
			}
			s := store()
			req := httptest.NewRequest(http.MethodGet, tc.path+"?"+query.Encode(), nil)
			req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(secret))
			rec := httptest.NewRecorder()
			api.New(s, api.Config{}, nil).Handler().ServeHTTP(rec, req)
			s.Close()
			if rec.Code != http.StatusOK {
				t.Fatalf("%s?%s: %d %.300s", tc.path, query.Encode(), rec.Code, rec.Body)
			}
			if created.ReplaceAllString(rec.Body.String(), "") != created.ReplaceAllString(cli, "") {
				t.Errorf("%v: the command line's document (%d bytes) differs from the API's (%d bytes)", args, len(cli), rec.Body.Len())
			}
			if tc.query.Has("to") && (!strings.Contains(cli, html.EscapeString(b.Measures[0].Title)) || strings.Contains(cli, "Rücklaufquote zum Stand Erhebung Herbst 2026: unbekannt")) {
				t.Errorf("%v: the report lacks the measure %q or the response rate", args, b.Measures[0].Title)
			}
			named := slices.ContainsFunc(protected, func(name string) bool { return strings.Contains(cli, html.EscapeString(name)) })
			if named == pseudo {
				t.Errorf("%v: names a self-help group: %v, want %v", args, named, !pseudo)
			}
		}
	}
}
