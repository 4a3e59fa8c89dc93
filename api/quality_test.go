package api

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// TestImportNamesAgainstTheCounty imports the LibreOffice workbook that names
// "Jobcenter Landkreis Seeland" into the demo county: the name resolves to the
// stored actor, and the cooperation is stored with its ID.
func TestImportNamesAgainstTheCounty(t *testing.T) {
	env := newDemoEnv(t)
	var page struct {
		Items []graph.Actor `json:"items"`
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/actors?q=Jobcenter+Landkreis+Seeland", role: viewer}), &page)
	if len(page.Items) != 1 {
		t.Fatalf("%d actors named Jobcenter Landkreis Seeland", len(page.Items))
	}
	ties := func() int {
		var coops struct {
			Items []graph.Cooperation `json:"items"`
		}
		decodeBody(t, env.do(req{method: "GET", path: "/api/v1/cooperations?limit=1000&actor_id=" + page.Items[0].ID, role: viewer}), &coops)
		return len(coops.Items)
	}
	before := ties()
	rec := env.do(importRequest(t, "", editor, nil, realFile(t, "libreoffice_namen.xlsx")))
	var done importResponse
	decodeBody(t, rec, &done)
	if rec.Code != http.StatusOK || done.Errors != 0 || done.Counts[graph.KindCooperation].Created != 4 {
		t.Fatalf("import: %d %s", rec.Code, rec.Body)
	}
	if after := ties(); after != before+2 {
		t.Errorf("the Jobcenter has %d cooperations after the import, %d before; the file adds 2", after, before)
	}
}

// TestImportAllErrorsAtOnce sends a file with a decoding error (an unknown code), a
// broken reference and an ambiguous name: one report holds all of them.
func TestImportAllErrorsAtOnce(t *testing.T) {
	env := newEnv(t, Config{})
	actors := upload{name: "akteure.csv", content: []byte("Schlüssel;Name;Akteursart;Rechtskreise\na;Tafel;Verein;Quatsch\nb;TAFEL;Verein;sgb2\nc;Treff;;\n")}
	coops := upload{name: "kooperationen.csv", content: []byte("Von;An;Kooperationsarten;Intensität\nTafel;Treff;referral;2\nTreff;Niemand;referral;9\n")}
	rec := env.do(importRequest(t, "?dry_run=true", editor, nil, actors, coops))
	var r refusal
	decodeBody(t, rec, &r)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	var texts []string
	for _, is := range r.Report.Issues {
		if is.Severity == "error" {
			texts = append(texts, is.Text)
		}
	}
	joined := strings.Join(texts, "\n")
	for _, want := range []string{"„Quatsch“ ist unbekannt", "„Tafel“ ist mehrdeutig", "„Niemand“ gibt es weder", "Intensität"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the report lacks %q:\n%s", want, joined)
		}
	}
	if r.Report.Errors != len(texts) || len(texts) != 4 {
		t.Errorf("%d errors, want 4, each once:\n%s", r.Report.Errors, joined)
	}
}

// TestImportStaleDryRun confirms an import with the token of a dry run of another
// file: 409, nothing written; with the right token it imports.
func TestImportStaleDryRun(t *testing.T) {
	env := newEnv(t, Config{})
	first := upload{name: "akteure.csv", content: []byte("Name;Akteursart;Rechtskreise\nTafel;Verein;sgb2\n")}
	changed := upload{name: "akteure.csv", content: []byte("Name;Akteursart;Rechtskreise\nTafel;Verein;sgb12\n")}
	var dry importResponse
	decodeBody(t, env.do(importRequest(t, "?dry_run=true", editor, nil, first)), &dry)
	if len(dry.DryRunToken) != 32 {
		t.Fatalf("token %q", dry.DryRunToken)
	}
	rev := env.revision()
	rec := env.do(importRequest(t, "", editor, map[string]string{"dry_run_token": dry.DryRunToken}, changed))
	if p := problemOf(t, rec); rec.Code != http.StatusConflict || p.Type != "urn:netzwerkatlas:problem:import-stale" || !strings.Contains(p.Detail, "neuen Probelauf") {
		t.Fatalf("stale confirmation: %d %s", rec.Code, rec.Body)
	}
	if env.revision() != rev {
		t.Fatal("a stale confirmation wrote")
	}
	rec = env.do(importRequest(t, "", editor, map[string]string{"dry_run_token": dry.DryRunToken}, first))
	if rec.Code != http.StatusOK || env.revision() == rev {
		t.Fatalf("confirmation: %d %s", rec.Code, rec.Body)
	}
}

// TestQualityClassify imports Les Misérables, finds its actors on the worklist and
// classifies several at once; a bad code changes nothing.
func TestQualityClassify(t *testing.T) {
	env := newEnv(t, Config{})
	if rec := env.do(importRequest(t, "", editor, nil, realFile(t, "gephi_les_miserables.gexf"))); rec.Code != http.StatusOK {
		t.Fatalf("import: %d %.300s", rec.Code, rec.Body)
	}
	var q qualityResponse
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/quality", role: viewer}), &q)
	if len(q.Unassigned) != 77 || !slices.Equal(q.Unassigned[0].Missing, []string{"Akteursart", "Rechtskreis"}) {
		t.Fatalf("%d unassigned: %+v", len(q.Unassigned), q.Unassigned[:1])
	}
	ids := []string{q.Unassigned[0].ID, q.Unassigned[1].ID, q.Unassigned[2].ID}
	body, _ := json.Marshal(map[string]any{"actor_ids": ids, "kind": "association", "legal_domains": []string{"sgb9", "nope"}})
	rev := env.revision()
	rec := env.do(req{method: "POST", path: "/api/v1/quality/classify", role: editor, body: string(body)})
	if rec.Code != http.StatusUnprocessableEntity || env.revision() != rev || !strings.Contains(rec.Body.String(), `"field":"legal_domains[1]"`) {
		t.Fatalf("bad code: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/quality/classify", role: viewer, body: string(body)}); rec.Code != http.StatusForbidden {
		t.Errorf("viewer: %d", rec.Code)
	}
	body, _ = json.Marshal(map[string]any{"actor_ids": ids, "kind": "association", "legal_domains": []string{"sgb9"}})
	rec = env.do(req{method: "POST", path: "/api/v1/quality/classify", role: editor, body: string(body)})
	var res graph.BatchResult
	decodeBody(t, rec, &res)
	if rec.Code != http.StatusOK || res.Counts[graph.KindActor].Updated != 3 {
		t.Fatalf("classify: %d %s", rec.Code, rec.Body)
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/quality", role: viewer}), &q)
	if len(q.Unassigned) != 74 {
		t.Errorf("%d unassigned after classifying 3 of 77", len(q.Unassigned))
	}
	for _, a := range q.Unassigned {
		if slices.Contains(ids, a.ID) {
			t.Errorf("%s still unassigned", a.Name)
		}
	}
}
