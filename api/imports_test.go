package api

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// upload is one file of a multipart request.
type upload struct {
	name    string
	content []byte
}

// realFile reads a file of importers/testdata.
func realFile(t *testing.T, name string) upload {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "importers", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return upload{name: name, content: b}
}

// importRequest returns a POST /api/v1/imports request of role with the files as parts
// "file" and the form fields.
func importRequest(t *testing.T, query string, role graph.Role, fields map[string]string, files ...upload) req {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := w.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		part, err := w.CreateFormFile("file", f.name)
		if err != nil {
			t.Fatal(err)
		}
		part.Write(f.content)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return req{method: "POST", path: "/api/v1/imports" + query, role: role, body: buf.String(),
		header: map[string]string{"Content-Type": w.FormDataContentType()}}
}

// refusal is the body of a refused import.
type refusal struct {
	problem
	Report importResponse `json:"report"`
}

// TestImportRealFiles imports files written by LibreOffice, networkx and Gephi: the dry
// run writes nothing, the import writes, and importing again changes nothing.
func TestImportRealFiles(t *testing.T) {
	for _, tc := range []struct {
		file   string
		format string
		actors int // actors created
	}{
		{"seeland_libreoffice.xlsx", "xlsx", 0}, // counted below: the workbook holds every kind
		{"akteure_libreoffice_cp1252.csv", "csv", 4},
		{"networkx.graphml", "graphml", 4},
		{"gephi.gexf", "gexf", 3},
		{"gephi_les_miserables.gexf", "gexf", 77},
		{"networkx_florentine.graphml", "graphml", 15},
	} {
		t.Run(tc.file, func(t *testing.T) {
			env := newEnv(t, Config{})
			rev := env.revision()
			file := realFile(t, tc.file)

			rec := env.do(importRequest(t, "?dry_run=true", editor, nil, file))
			if rec.Code != http.StatusOK {
				t.Fatalf("dry run: %d %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			var dry importResponse
			decodeBody(t, rec, &dry)
			created := dry.Counts[graph.KindActor].Created
			if !dry.DryRun || dry.Format != tc.format || dry.Errors != 0 || dry.Decoded[graph.KindActor] == 0 || created == 0 ||
				(tc.actors != 0 && created != tc.actors) {
				t.Errorf("dry run answered %+v", dry)
			}
			if env.revision() != rev {
				t.Fatalf("the dry run wrote: revision %d → %d", rev, env.revision())
			}

			rec = env.do(importRequest(t, "", editor, nil, file))
			var done importResponse
			decodeBody(t, rec, &done)
			if rec.Code != http.StatusOK || done.DryRun || done.Revision <= rev || done.Revision != env.revision() {
				t.Fatalf("import: %d %+v", rec.Code, done)
			}
			for k, c := range dry.Counts {
				if *done.Counts[k] != *c {
					t.Errorf("%s: import did %+v, dry run promised %+v", k, *done.Counts[k], *c)
				}
			}

			rec = env.do(importRequest(t, "?dry_run=false", editor, nil, file))
			var again importResponse
			decodeBody(t, rec, &again)
			if rec.Code != http.StatusOK || again.Revision != done.Revision {
				t.Fatalf("second import: %d %+v", rec.Code, again)
			}
			for k, c := range again.Counts {
				if c.Created != 0 || c.Updated != 0 || c.Unchanged != done.Counts[k].Created+done.Counts[k].Updated+done.Counts[k].Unchanged {
					t.Errorf("second import of %s: %+v, want everything unchanged", k, *c)
				}
			}
		})
	}
}

// TestImportSeveralFiles imports an actor CSV and a cooperation CSV that names the
// actors by key, with the format given.
func TestImportSeveralFiles(t *testing.T) {
	env := newEnv(t, Config{})
	coops := upload{name: "kooperationen.csv", content: []byte("Akteur 1;Akteur 2;Kooperationsarten;Intensität\ncaritas;Jobcenter Seeland;Fallvermittlung;3\n")}
	rec := env.do(importRequest(t, "?format=csv", editor, nil, realFile(t, "akteure_libreoffice_cp1252.csv"), coops))
	var res importResponse
	decodeBody(t, rec, &res)
	if rec.Code != http.StatusOK || res.Counts[graph.KindActor].Created != 4 || res.Counts[graph.KindCooperation].Created != 1 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
}

// TestImportFilesOfSeveralFormats checks that files of different formats go in as one
// batch and that the report names both formats ("xlsx+csv"), as the contract states
// (env.do checks the answer against it). Both files hold the same actors, so the
// batch is refused for the duplicate keys, with the report.
func TestImportFilesOfSeveralFormats(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(importRequest(t, "?dry_run=true", editor, nil, realFile(t, "akteure_libreoffice.xlsx"), realFile(t, "akteure_libreoffice_cp1252.csv")))
	var res struct {
		Report importResponse `json:"report"`
	}
	decodeBody(t, rec, &res)
	if rec.Code != http.StatusUnprocessableEntity || res.Report.Format != "xlsx+csv" {
		t.Fatalf("%d, format %q, want 422 and xlsx+csv: %s", rec.Code, res.Report.Format, rec.Body)
	}
}

// TestImportRefused checks that a file with errors, found by the decoder or by the
// store, is refused with a 422 report that locates each error, and that nothing is
// written, in a dry run or not.
func TestImportRefused(t *testing.T) {
	env := newEnv(t, Config{})
	rev := env.revision()
	good := realFile(t, "akteure_libreoffice_cp1252.csv")
	badDomain := upload{name: good.name, content: bytes.Replace(good.content, []byte("SGB IX|SGB XII"), []byte("SGB IX|SGB 99"), 1)}
	missingActor := upload{name: "kooperationen.csv", content: []byte("Akteur 1;Akteur 2;Kooperationsarten;Intensität\ncaritas;jobcenter;referral;2\ncaritas;nirgendwo;referral;2\n")}
	for _, tc := range []struct {
		name   string
		files  []upload
		sheet  string
		row    int
		column string
	}{
		{"decoder", []upload{badDomain}, good.name, 2, "Rechtskreise"},
		{"store", []upload{good, missingActor}, "kooperationen.csv", 3, "Akteur 2"},
	} {
		for _, query := range []string{"?dry_run=true", ""} {
			t.Run(tc.name+query, func(t *testing.T) {
				rec := env.do(importRequest(t, query, editor, nil, tc.files...))
				if rec.Code != http.StatusUnprocessableEntity {
					t.Fatalf("%d %s", rec.Code, rec.Body)
				}
				problemOf(t, rec)
				var p refusal
				decodeBody(t, rec, &p)
				if p.Type != "urn:netzwerkatlas:problem:import-refused" || !strings.Contains(p.Detail, "es wurde nichts gespeichert") ||
					p.Report.Errors == 0 || p.Report.Counts != nil || p.Report.Revision != rev || p.Report.DryRun != (query != "") {
					t.Errorf("refusal %+v", p)
				}
				found := false
				for _, is := range p.Report.Issues {
					found = found || (is.Severity == importers.SeverityError && is.Sheet == tc.sheet && is.Row == tc.row && is.Column == tc.column)
				}
				if !found {
					t.Errorf("no error at %s, row %d, column %s: %+v", tc.sheet, tc.row, tc.column, p.Report.Issues)
				}
				if env.revision() != rev {
					t.Errorf("a refused import wrote: revision %d → %d", rev, env.revision())
				}
			})
		}
	}
}

// TestImportProblems checks the answers to requests that are wrong before decoding.
func TestImportProblems(t *testing.T) {
	env := newEnv(t, Config{MaxImportBytes: 4 << 10})
	small := realFile(t, "akteure_libreoffice_cp1252.csv")
	large := realFile(t, "seeland_libreoffice.xlsx")
	for _, tc := range []struct {
		name   string
		req    req
		status int
		field  string
	}{
		{"viewer", importRequest(t, "", viewer, nil, small), http.StatusForbidden, ""},
		{"analyst", importRequest(t, "", analyst, nil, small), http.StatusForbidden, ""},
		{"no token", importRequest(t, "", "", nil, small), http.StatusUnauthorized, ""},
		{"too large", importRequest(t, "", editor, nil, large), http.StatusRequestEntityTooLarge, ""},
		{"json body", req{method: "POST", path: "/api/v1/imports", role: editor, body: `{"actors":[]}`}, http.StatusUnsupportedMediaType, ""},
		{"no file", importRequest(t, "", editor, map[string]string{"format": "csv"}), http.StatusBadRequest, "file"},
		{"unknown format", importRequest(t, "?format=pdf", editor, nil, small), http.StatusBadRequest, "format"},
		{"formats differ", importRequest(t, "?format=csv", editor, map[string]string{"format": "xlsx"}, small), http.StatusBadRequest, "format"},
		{"malformed mapping", importRequest(t, "", editor, map[string]string{"mapping": `{"columns":{"Träger":"name"`}, small), http.StatusBadRequest, "mapping"},
		{"mapping of wrong type", importRequest(t, "", editor, map[string]string{"mapping": `{"columns":["name"]}`}, small), http.StatusBadRequest, "mapping"},
		{"unknown mapping member", importRequest(t, "", editor, map[string]string{"mapping": `{"spalten":{}}`}, small), http.StatusBadRequest, "mapping"},
		{"unknown parameter", importRequest(t, "?probe=1", editor, nil, small), http.StatusBadRequest, "probe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rev := env.revision()
			rec := env.do(tc.req)
			if rec.Code != tc.status {
				t.Fatalf("%d, want %d: %s", rec.Code, tc.status, rec.Body)
			}
			p := problemOf(t, rec)
			if tc.field != "" && (len(p.Errors) == 0 || p.Errors[0].Field != tc.field) {
				t.Errorf("errors %+v, want field %q", p.Errors, tc.field)
			}
			if tc.field == "mapping" && !strings.Contains(p.Detail, "„mapping“") {
				t.Errorf("detail %q does not name the field", p.Detail)
			}
			if env.revision() != rev {
				t.Errorf("revision %d → %d", rev, env.revision())
			}
		})
	}
	// A body sent without Content-Length is cut off at the limit, too.
	r := importRequest(t, "", editor, nil, large)
	r.chunked = true
	if rec := env.do(r); rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked: %d %s", rec.Code, rec.Body)
	}
}

// TestImportMapping maps a foreign column onto a field.
func TestImportMapping(t *testing.T) {
	env := newEnv(t, Config{})
	csv := upload{name: "liste.csv", content: []byte("Schlüssel;Dienststelle;Akteursart;Rechtskreise\nsonne;Tagesstätte Sonne;provider;sgb9\n")}
	rec := env.do(importRequest(t, "?dry_run=true", editor, map[string]string{"mapping": `{"columns":{"Dienststelle":"name"}}`}, csv))
	var res importResponse
	decodeBody(t, rec, &res)
	if rec.Code != http.StatusOK || res.Counts[graph.KindActor].Created != 1 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	if rec := env.do(importRequest(t, "?dry_run=true", editor, nil, csv)); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("without the mapping: %d, want 422 (the name is missing)", rec.Code)
	}
}

// TestImportTemplateAndFormats downloads the template and lists the formats.
func TestImportTemplateAndFormats(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "GET", path: "/api/v1/imports/template", role: viewer})
	if rec.Code != http.StatusOK {
		t.Fatalf("template: %d %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Errorf("Content-Type %q", ct)
	}
	if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="netzwerkatlas-vorlage.xlsx"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	f, err := excelize.OpenReader(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); len(sheets) < 7 || sheets[0] != "Sozialräume" && sheets[0] != "Akteure" {
		t.Errorf("sheets %v", sheets)
	}

	rec = env.do(req{method: "GET", path: "/api/v1/imports/formats", role: viewer})
	var formats []importers.Format
	decodeBody(t, rec, &formats)
	if rec.Code != http.StatusOK || len(formats) != len(importers.Formats()) || formats[1].Name != "xlsx" || !formats[1].Decode || formats[1].Label == "" {
		t.Errorf("formats: %d %+v", rec.Code, formats)
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/imports/formats"}); rec.Code != http.StatusUnauthorized {
		t.Errorf("formats without token: %d", rec.Code)
	}
}

// TestImportHostileXLSX uploads the hostile workbooks of importers/testdata/hostile:
// each is refused with a 422 whose report names the sheet (in the message and in the
// issue's location) and what is wrong, and nothing is written.
func TestImportHostileXLSX(t *testing.T) {
	env := newEnv(t, Config{})
	rev := env.revision()
	for name, want := range map[string]string{
		"huge_cell.xlsx":  "Das Blatt „Akteure“ enthält mehr als 200704 Bytes Text am Stück",
		"size_lie.xlsx":   "Das Blatt „Akteure“ kann nicht entpackt werden",
		"dtd.xlsx":        "Das Blatt „Akteure“ definiert Entitäten",
		"broken_xml.xlsx": "Das Blatt „Akteure“ ist fehlerhaft (Zeile 2)",
	} {
		t.Run(name, func(t *testing.T) {
			rec := env.do(importRequest(t, "?dry_run=true", editor, nil, realFile(t, "hostile/"+name)))
			if rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			var p refusal
			decodeBody(t, rec, &p)
			if p.Report.Errors != 1 || len(p.Report.Issues) != 1 || !strings.Contains(p.Report.Issues[0].Message, want) {
				t.Fatalf("report %+v, want one error with %q", p.Report, want)
			}
			if got := p.Report.Issues[0].Sheet; got != "Akteure" {
				t.Errorf("the issue's sheet is %q, want Akteure", got)
			}
		})
	}
	if env.revision() != rev {
		t.Errorf("revision %d → %d", rev, env.revision())
	}
}

// TestImportSlots checks that an import beyond Config.MaxImports is refused with a 429
// and Retry-After while the slots are taken, and runs once one is free.
func TestImportSlots(t *testing.T) {
	env := newEnv(t, Config{MaxImports: 1})
	file := realFile(t, "akteure_libreoffice_cp1252.csv")
	env.srv.imports <- struct{}{} // an import in progress
	rec := env.do(importRequest(t, "?dry_run=true", editor, nil, file))
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") != "10" {
		t.Fatalf("%d, Retry-After %q: %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	if p := problemOf(t, rec); p.Type != "urn:netzwerkatlas:problem:too-many-imports" || !strings.Contains(p.Detail, "gleichzeitig erlaubt sind (1)") {
		t.Errorf("problem %+v", p)
	}
	<-env.srv.imports
	if rec := env.do(importRequest(t, "?dry_run=true", editor, nil, file)); rec.Code != http.StatusOK {
		t.Fatalf("with a free slot: %d %s", rec.Code, rec.Body)
	}
	if len(env.srv.imports) != 0 {
		t.Errorf("%d slots still taken after the import", len(env.srv.imports))
	}
}

// TestImportInvalidUTF8 refuses a JSON file with bytes that are not UTF-8 with a 422
// whose report names the field, instead of importing U+FFFD.
func TestImportInvalidUTF8(t *testing.T) {
	env := newEnv(t, Config{})
	file := upload{name: "netz.json", content: []byte("{\"actors\":[{\"name\":\"Caritas M\xfcnchen\",\"kind\":\"association\",\"legal_domains\":[\"sgb2\"]}]}")}
	rec := env.do(importRequest(t, "?dry_run=true", editor, nil, file))
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	var p refusal
	decodeBody(t, rec, &p)
	if len(p.Report.Issues) != 1 || p.Report.Issues[0].Field != "actors[0].name" || !strings.Contains(p.Report.Issues[0].Message, "kein gültiges UTF-8") {
		t.Errorf("report %+v", p.Report)
	}
}
