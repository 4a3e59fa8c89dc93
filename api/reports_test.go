package api

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"net/http"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/report/pdf"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// cells returns the numbers of the first table row headed label in the HTML, as
// written.
func cells(t *testing.T, body, label string) []string {
	t.Helper()
	return cellsOf(t, body, label, 0)
}

// cellsOf returns the numbers of the first table row headed label with n numbers
// (any number if n is 0).
func cellsOf(t *testing.T, body, label string, n int) []string {
	t.Helper()
	re := regexp.MustCompile(`<tr><th scope="row">` + regexp.QuoteMeta(label) + `</th>((?:<td class="n">[^<]*</td>)+)</tr>`)
	for _, row := range re.FindAllStringSubmatch(body, -1) {
		var out []string
		for _, m := range regexp.MustCompile(`<td class="n">([^<]*)</td>`).FindAllStringSubmatch(row[1], -1) {
			out = append(out, m[1])
		}
		if n == 0 || len(out) == n {
			return out
		}
	}
	t.Fatalf("no row %q with %d numbers", label, n)
	return nil
}

// TestSteeringReportEqualsAnalyses reads the demo county's report from wave 1 to
// wave 2 and checks its numbers against the analysis routes for the same states.
func TestSteeringReportEqualsAnalyses(t *testing.T) {
	env := newDemoEnv(t)
	states := "from=" + demo.Wave2024 + "&to=" + demo.Wave2025
	rec := env.do(req{method: "GET", path: "/api/v1/reports/steering?" + states, role: analyst})
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("%d %s %.500s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	body := rec.Body.String()
	var ch changes.Report
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/changes?" + states, role: analyst}), &ch)
	nw := ch.Network
	for label, want := range map[string][2]int{"Kooperationen": {nw.From.Ties, nw.To.Ties}, "Akteure": {nw.From.Actors, nw.To.Actors},
		"Getrennte Teilnetze": {nw.From.Components, nw.To.Components}} {
		if got := cells(t, body, label); got[0] != strconv.Itoa(want[0]) || got[1] != strconv.Itoa(want[1]) {
			t.Errorf("%s: report %v, changes %v", label, got, want)
		}
	}
	counts := fmt.Sprintf("sind im ganzen Netzwerk %d Kooperationen neu, %d beendet und %d verändert.",
		len(ch.Ties.New), len(ch.Ties.Lapsed), len(ch.Ties.Changed))
	if !strings.Contains(body, counts) {
		t.Errorf("report lacks %q", counts)
	}
	for _, sent := range append(ch.Summary[:2], ch.PotentialsRealised.Sentence) {
		if !strings.Contains(body, html.EscapeString(sent)) {
			t.Errorf("report lacks %q", sent)
		}
	}
	var gaps plan.GapReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/gaps?wave=" + demo.Wave2025, role: analyst}), &gaps)
	if want := fmt.Sprintf("Die 10 schwersten von %d Lücken", len(gaps.Gaps)); !strings.Contains(body, want) {
		t.Errorf("report lacks %q", want)
	}
	for _, ss := range gaps.Spaces {
		got := cellsOf(t, body, ss.Name, 6)
		if got[3] != strconv.Itoa(ss.Needs) || got[4] != strconv.Itoa(ss.NeedsUnmet) {
			t.Errorf("coverage of %s: report %v, gaps %d needs, %d unmet", ss.Name, got, ss.Needs, ss.NeedsUnmet)
		}
	}
	var pot plan.PotentialReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-potentials?limit=10&wave=" + demo.Wave2025, role: analyst}), &pot)
	last := 0
	for _, p := range pot.Potentials {
		row := fmt.Sprintf(`<tr><th scope="row">%s (`, html.EscapeString(p.A.Name))
		i := strings.Index(body[last:], row)
		if i < 0 {
			t.Fatalf("potential %s – %s missing or out of order", p.A.Name, p.B.Name)
		}
		last += i + len(row)
	}
}

// TestSpaceReportAndProfile narrows the report to one social space and reads the
// space's profile, checking its figures against /analysis/social-spaces.
func TestSpaceReportAndProfile(t *testing.T) {
	env := newDemoEnv(t)
	var sr plan.SpaceReport
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/social-spaces?wave=" + demo.Wave2025, role: analyst}), &sr)
	var sp *plan.SpaceMetrics
	for i := range sr.Spaces {
		if sr.Spaces[i].Level == "social_space" {
			sp = &sr.Spaces[i]
			break
		}
	}
	for _, path := range []string{
		"/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025 + "&social_space=" + sp.SocialSpace,
		"/api/v1/reports/social-space/" + sp.SocialSpace + "?wave=" + demo.Wave2025,
	} {
		rec := env.do(req{method: "GET", path: path, role: analyst})
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %.500s", path, rec.Code, rec.Body)
		}
		body := rec.Body.String()
		if !strings.Contains(body, "<h2 id=\"profil\">Sozialraumprofil "+html.EscapeString(sp.Name)+"</h2>") {
			t.Errorf("%s: no profile of %s", path, sp.Name)
		}
		if got := cells(t, body, "Akteure (davon mit Sitz im Sozialraum)"); got[0] != fmt.Sprintf("%d (%d)", sp.Actors, sp.Local) {
			t.Errorf("%s: actors %v, want %d (%d)", path, got, sp.Actors, sp.Local)
		}
		if got := cellsOf(t, body, "Dichte", 1); !slices.Contains(got, strings.Replace(strconv.FormatFloat(sp.Density, 'f', 4, 64), ".", ",", 1)) {
			t.Errorf("%s: density %v, want %.4f", path, got, sp.Density)
		}
		if rec.Header().Get("Content-Security-Policy") != documentPolicy {
			t.Errorf("%s: Content-Security-Policy %q", path, rec.Header().Get("Content-Security-Policy"))
		}
	}
}

// TestReportProblems: wrong parameters are 400 problems naming them, an unknown
// space of a profile is 404, viewers may not read reports, and a server without a
// PDF printer says so with 503.
func TestReportProblems(t *testing.T) {
	env := newDemoEnv(t)
	for _, c := range []struct {
		path   string
		role   graph.Role
		status int
		field  string
	}{
		{"/api/v1/reports/steering?format=odt", analyst, 400, "format"},
		{"/api/v1/reports/steering?from=" + demo.Wave2024 + "&social_space=nirgendwo", analyst, 400, "social_space"},
		{"/api/v1/reports/steering?from=" + demo.Wave2025 + "&to=" + demo.Wave2024, analyst, 400, "from"},
		{"/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025, viewer, 403, ""},
		{"/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025 + "&format=pdf", analyst, 503, ""},
		{"/api/v1/reports/social-space/nirgendwo", analyst, 404, ""},
		{"/api/v1/reports/social-space/nirgendwo?date=2025-02-30", analyst, 400, "date"},
	} {
		rec := env.do(req{method: "GET", path: c.path, role: c.role})
		p := problemOf(t, rec)
		if rec.Code != c.status || c.field != "" && (len(p.Errors) == 0 || p.Errors[0].Field != c.field) {
			t.Errorf("%s: %d %+v, want %d naming %q", c.path, rec.Code, p, c.status, c.field)
		}
	}
}

// TestSteeringReportPDF prints the report through the API with Chromium.
func TestSteeringReportPDF(t *testing.T) {
	if _, err := exec.LookPath("chromium"); err != nil {
		t.Skip("chromium is missing")
	}
	env := newEnv(t, Config{PDF: (&pdf.Printer{}).Print})
	body, err := marshal(demo.Generate(demo.County()))
	if err != nil {
		t.Fatal(err)
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/batch", role: editor, body: string(body)}); rec.Code != http.StatusOK {
		t.Fatalf("batch: %d", rec.Code)
	}
	rec := env.do(req{method: "GET", path: "/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025 + "&format=pdf", role: analyst})
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/pdf" || !strings.HasPrefix(rec.Body.String(), "%PDF-") {
		t.Fatalf("%d %s %.200s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="bericht-2025-10-15.pdf"` {
		t.Errorf("Content-Disposition %q", cd)
	}
}

// TestSteeringReportDOCX fetches the report as a Word document: a package whose
// document holds the report's headings as heading styles, its tables and its text.
func TestSteeringReportDOCX(t *testing.T) {
	env := newDemoEnv(t)
	path := "/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025
	page := env.do(req{method: "GET", path: path, role: analyst}).Body.String()
	rec := env.do(req{method: "GET", path: path + "&format=docx", role: analyst})
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != docxType {
		t.Fatalf("%d %s %.200s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="bericht-2025-10-15.docx"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	z, err := zip.NewReader(bytes.NewReader(rec.Body.Bytes()), int64(rec.Body.Len()))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ html, docx string }{
		{"<h2", `<w:pStyle w:val="Heading2"/>`},
		{"<table", "<w:tbl>"},
		{"<caption", `<w:pStyle w:val="Caption"/><w:keepNext/>`},
	} {
		if h, d := strings.Count(page, c.html), strings.Count(string(doc), c.docx); h == 0 || h != d {
			t.Errorf("the HTML has %d %s, the document %d %s", h, c.html, d, c.docx)
		}
	}
	if !strings.Contains(string(doc), "Kurzfassung") || !strings.Contains(string(doc), "Vom Stand Erhebung Herbst 2024 zum Stand Erhebung Herbst 2025:") {
		t.Error("the document lacks the Kurzfassung")
	}
}

// TestSteeringReportResponseRate loads the demo survey of the latest wave and checks
// that the report gives its response rate as the analyses' state does, and that a
// wave without a survey keeps "unbekannt".
func TestSteeringReportResponseRate(t *testing.T) {
	env := newDemoEnv(t)
	n, err := env.store.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	recs, err := survey.Demo(n, demo.LatestWave, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := env.store.PutRecords(t.Context(), recs...); err != nil {
		t.Fatal(err)
	}
	var nw struct {
		State graph.StateInfo `json:"state"`
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/network?wave=" + demo.LatestWave, role: analyst}), &nw)
	if nw.State.Coverage == nil {
		t.Fatal("the latest wave's state has no survey coverage")
	}
	want := fmt.Sprintf("%.0f %%", 100*nw.State.Coverage.Rate)
	body := env.do(req{method: "GET", path: "/api/v1/reports/steering?from=" + demo.Wave2025 + "&to=" + demo.LatestWave, role: analyst}).Body.String()
	if !regexp.MustCompile(`Rücklaufquote zum [^:]*: ` + want).MatchString(body) {
		t.Errorf("report lacks the response rate %s", want)
	}
	older := env.do(req{method: "GET", path: "/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025, role: analyst}).Body.String()
	if !strings.Contains(older, ": unbekannt.") {
		t.Error("a wave without a survey does not say its response rate is unknown")
	}
}

// TestSteeringReportMeasures checks that the report lists the demo county's measures
// with what /analysis/measures says became of them by T2.
func TestSteeringReportMeasures(t *testing.T) {
	env := newDemoEnv(t)
	var answer struct {
		Evaluations []measures.Evaluation `json:"evaluations"`
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/measures", role: analyst}), &answer)
	evs := answer.Evaluations
	if len(evs) == 0 {
		t.Fatal("the demo county has no measures")
	}
	body := env.do(req{method: "GET", path: "/api/v1/reports/steering?from=" + demo.Wave2025 + "&to=" + demo.LatestWave, role: analyst}).Body.String()
	for _, ev := range evs {
		if !strings.Contains(body, html.EscapeString(ev.Title)) || !strings.Contains(body, html.EscapeString(ev.Text)) {
			t.Errorf("report lacks measure %q with %q", ev.Title, ev.Text)
		}
	}
	older := env.do(req{method: "GET", path: "/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025, role: analyst}).Body.String()
	for _, ev := range evs {
		if ev.Agreed.Date > "2025-10-15" && strings.Contains(older, html.EscapeString(ev.Title)) {
			t.Errorf("the report up to 2025 lists %q, agreed later", ev.Title)
		}
	}
}
