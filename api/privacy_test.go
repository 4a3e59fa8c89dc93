package api

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/aggregate"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// marker is in every name, contact field and free text of the protected actors of
// protectedDemo, and of their offers, cooperations and measures; a pseudonymised
// answer must not hold it anywhere, in any case. It has a U, which the code of a
// pseudonym never does (privacy's alphabet leaves out I, L, O and U), so that a
// pseudonym cannot hold it by chance, as it now and then held "zqx".
const marker = "zqxu"

// secretAttr is the value of a confidential field (an imported attribute) of an
// actor that is not protected.
const secretAttr = "GEHEIMATTRIBUT"

// pseudonymPattern is a pseudonym of a self-help group (privacy.Policy.Pseudonym).
var pseudonymPattern = regexp.MustCompile(`Selbsthilfegruppe [0-9A-HJKMNP-TV-Z]{6}\b`)

// protectedDemo returns the demo county in which every field of the self-help groups
// that can hold text holds marker, as do their offers, the notes and sources of
// their cooperations and a measure naming one of them; one other actor has the
// confidential attribute secretAttr.
func protectedDemo(t *testing.T) *graph.Batch {
	t.Helper()
	b := demo.Generate(demo.County())
	protected := map[string]bool{}
	var other string
	for i := range b.Actors {
		a := &b.Actors[i]
		if a.Kind != "self_help" {
			if other == "" {
				other = a.ExternalKey
				a.Attributes = map[string]string{"Ansprechperson": secretAttr}
			}
			continue
		}
		n := strconv.Itoa(i)
		protected[a.ExternalKey] = true
		a.Name, a.ShortName = "ZQXU Gruppe "+n, "ZQXU"+n
		a.Email, a.Phone, a.Website = "zqxu"+n+"@zqxu.example", "+49 4711 ZQXU "+n, "https://zqxu.example/"+n
		a.Description = "Treffen jeden Dienstag, ZQXU-Freitext"
		a.Address = graph.Address{Street: "ZQXU-Weg " + n, PostalCode: "2" + n, City: "ZQXUstadt"}
		a.Attributes = map[string]string{"Kontakt": "Frau ZQXU"}
	}
	if len(protected) < 3 || other == "" {
		t.Fatalf("the demo county has %d self-help groups", len(protected))
	}
	for i := range b.Offers {
		if o := &b.Offers[i]; protected[o.ActorID] {
			o.Name, o.Description = "ZQXU Gesprächskreis", "ZQXU Beschreibung"
			o.Listing = &graph.Listing{OpeningHours: "ZQXU abends", Directions: "ZQXU Hinterhof", Phone: "ZQXU 123", Email: "angebot@zqxu.example"}
		}
	}
	for i := range b.Cooperations {
		if c := &b.Cooperations[i]; protected[c.From] || protected[c.To] {
			c.Note, c.Source = "ZQXU Notiz", "ZQXU Quelle"
		}
	}
	var first string
	for k := range protected {
		if first == "" || k < first {
			first = k
		}
	}
	m := b.Measures[0]
	m.Meta = graph.Meta{ExternalKey: "massnahme-geschuetzt"}
	m.Title, m.Description, m.Responsible = "ZQXU zusammenbringen", "ZQXU Hintergrund", "Frau ZQXU"
	m.Origin = graph.MeasureOrigin{Kind: graph.OriginPotential, From: first, To: other}
	m.Actors = nil
	b.Measures = append(b.Measures, m)
	return b
}

// contents returns the text of an answer: the files of a ZIP container (XLSX)
// one after another, or the body itself.
func contents(t *testing.T, body []byte) []byte {
	t.Helper()
	if !bytes.HasPrefix(body, []byte("PK")) {
		return body
	}
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b...)
	}
	return out
}

// hasMarker reports whether the answer holds marker in any case.
func hasMarker(t *testing.T, body []byte) bool {
	return bytes.Contains(bytes.ToLower(contents(t, body)), []byte(marker))
}

// pseudonymizedPaths are a request of every format of every route that takes
// pseudonymize: each export format (CSV of each kind), with metrics and of a wave,
// the network views, each analysis as JSON and as a workbook, and the reports.
func pseudonymizedPaths(t *testing.T, env *testEnv) []string {
	var sp aggregate.Overview
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/network/aggregate", role: analyst}), &sp)
	paths := []string{
		"/api/v1/network", "/api/v1/network?q=zqxu", "/api/v1/network?wave=" + demo.Wave2025,
		"/api/v1/network/aggregate", "/api/v1/network/aggregate?by=community", "/api/v1/network/group?group=" + sp.Groups[0].ID,
		"/api/v1/analysis/network", "/api/v1/analysis/communities", "/api/v1/analysis/changes?from=" + demo.Wave2024,
		"/api/v1/analysis/measures", "/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025,
		"/api/v1/reports/social-space/" + sp.Groups[0].ID,
	}
	for _, a := range []string{"actors", "coupling-matrix", "coupling-potentials", "gaps", "social-spaces", "resilience"} {
		paths = append(paths, "/api/v1/analysis/"+a, "/api/v1/analysis/"+a+"?format=xlsx", "/api/v1/analysis/"+a+"?format=csv")
	}
	for _, f := range importers.Formats() {
		switch {
		case !f.Encode:
		case f.Name == importers.FormatCSV:
			for _, k := range graph.Kinds() {
				if k != graph.KindMeasure {
					paths = append(paths, "/api/v1/exports/csv?kind="+string(k))
				}
			}
		case f.Name == importers.FormatXLSX || f.Name == importers.FormatGEXF || f.Name == importers.FormatGraphML:
			paths = append(paths, "/api/v1/exports/"+f.Name, "/api/v1/exports/"+f.Name+"?metrics=true&wave="+demo.Wave2025)
		default:
			paths = append(paths, "/api/v1/exports/"+f.Name, "/api/v1/exports/"+f.Name+"?wave="+demo.Wave2025)
		}
	}
	return paths
}

// withParam adds pseudonymize=true to path.
func withParam(path string) string {
	if strings.Contains(path, "?") {
		return path + "&pseudonymize=true"
	}
	return path + "?pseudonymize=true"
}

// TestPseudonymizedOutputsHoldNoMarker asks every route that takes pseudonymize,
// in every format, once without (the markers are there: the check can fail) and
// once with pseudonymize=true: then no name, e-mail, telephone, address or free
// text of a protected actor is left, and the pseudonyms are there instead.
func TestPseudonymizedOutputsHoldNoMarker(t *testing.T) {
	env := newEnvWith(t, Config{}, protectedDemo(t))
	plainMarked := 0
	for _, path := range pseudonymizedPaths(t, env) {
		t.Run(path, func(t *testing.T) {
			plain := env.do(req{method: "GET", path: path, role: analyst})
			if plain.Code != http.StatusOK {
				t.Fatalf("without pseudonymize: %d %.300s", plain.Code, plain.Body)
			}
			if hasMarker(t, plain.Body.Bytes()) {
				plainMarked++
			}
			rec := env.do(req{method: "GET", path: withParam(path), role: analyst})
			if rec.Code != http.StatusOK {
				t.Fatalf("%d %.300s", rec.Code, rec.Body)
			}
			body := contents(t, rec.Body.Bytes())
			if i := bytes.Index(bytes.ToLower(body), []byte(marker)); i >= 0 {
				t.Errorf("the pseudonymised answer holds a marker: …%s…", body[max(0, i-80):min(len(body), i+40)])
			}
			// (The summary names no actors; a search for the names finds none.)
			if hasMarker(t, plain.Body.Bytes()) && !pseudonymPattern.Match(body) && !strings.Contains(path, "aggregate") && !strings.Contains(path, "q=zqxu") {
				t.Errorf("names were marked, but no pseudonym replaces them: %.300s", body)
			}
		})
	}
	// The exports, the network views, the actor metrics and the reports name
	// actors; if none showed a marker, the markers never reached the data.
	if plainMarked < 15 {
		t.Errorf("only %d answers without pseudonymize hold the markers", plainMarked)
	}
}

// pseudonymsOf returns the names of the self-help groups in the network view.
func pseudonymsOf(t *testing.T, h http.Handler, token string) map[string]string {
	t.Helper()
	r := httptest.NewRequest("GET", "/api/v1/network?pseudonymize=true&actor_kind=self_help", nil)
	r.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	var n networkResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &n); err != nil || rec.Code != http.StatusOK {
		t.Fatalf("%d %.300s", rec.Code, rec.Body)
	}
	out := map[string]string{}
	for _, x := range n.Nodes {
		out[x.ID] = x.Name
	}
	return out
}

// TestPseudonymsAreStable finds the same pseudonym for a protected actor in two
// requests, in the export, and after a restart over the same store; another
// installation (another secret) gives other pseudonyms. Each pseudonym is the
// kind's label and a code, and distinct.
func TestPseudonymsAreStable(t *testing.T) {
	b := protectedDemo(t)
	env := newEnvWith(t, Config{}, b)
	first := pseudonymsOf(t, env.h, env.tokens[analyst])
	if len(first) < 3 {
		t.Fatalf("%d self-help groups", len(first))
	}
	seen := map[string]bool{}
	for id, name := range first {
		if !pseudonymPattern.MatchString(name) || len(name) != len("Selbsthilfegruppe ")+6 || seen[name] {
			t.Errorf("%s: pseudonym %q (a label and six characters, each once)", id, name)
		}
		seen[name] = true
	}
	if again := pseudonymsOf(t, env.h, env.tokens[analyst]); !equalMaps(first, again) {
		t.Error("the second request gives other pseudonyms")
	}
	rec := env.do(req{method: "GET", path: "/api/v1/exports/json?pseudonymize=true", role: analyst})
	for id, name := range first {
		if !bytes.Contains(rec.Body.Bytes(), []byte(`"id":"`+id+`"`)) && !bytes.Contains(rec.Body.Bytes(), []byte(name)) {
			t.Errorf("the export lacks %s's pseudonym %q", id, name)
		}
	}
	secret, err := env.store.GetRecord(t.Context(), "privacy", "pseudonym-secret")
	if err != nil {
		t.Fatal(err)
	}
	var text string
	if err := json.Unmarshal(secret.Data, &text); err != nil || strings.Contains(env.logs.String(), text) {
		t.Errorf("the secret is malformed (%v) or logged", err)
	}
	restarted := New(env.store, Config{Now: env.srv.cfg.Now}, slog.New(slog.DiscardHandler))
	if again := pseudonymsOf(t, restarted.Handler(), env.tokens[analyst]); !equalMaps(first, again) {
		t.Error("a restart over the same store gives other pseudonyms")
	}
	elsewhere := newEnvWith(t, Config{}, protectedDemo(t))
	other := pseudonymsOf(t, elsewhere.h, elsewhere.tokens[analyst])
	same := 0
	for id, name := range other {
		if first[id] == name {
			same++
		}
	}
	if len(other) != len(first) || same > 0 {
		t.Errorf("another installation shares %d of %d pseudonyms", same, len(other))
	}
}

// equalMaps reports whether a and b hold the same entries.
func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestViewerForcedPseudonyms: with PseudonymizeViewers a viewer gets pseudonyms
// without asking, on every route it may read, and cannot find a protected actor by
// its name; an analyst who does not ask sees the names.
func TestViewerForcedPseudonyms(t *testing.T) {
	env := newEnvWith(t, Config{Privacy: PrivacyConfig{PseudonymizeViewers: true}}, protectedDemo(t))
	ids := pseudonymsOf(t, env.h, env.tokens[analyst])
	var id string
	for k := range ids {
		id = k
		break
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/actors/" + id, role: analyst}); !hasMarker(t, rec.Body.Bytes()) {
		t.Fatalf("the analyst does not see the name: %s", rec.Body)
	}
	for _, path := range []string{
		"/api/v1/network", "/api/v1/network/aggregate", "/api/v1/actors?limit=1000", "/api/v1/actors/" + id,
		"/api/v1/offers?limit=1000", "/api/v1/cooperations?limit=1000", "/api/v1/measures?limit=1000", "/api/v1/quality",
		"/api/v1/exports/json", "/api/v1/exports/xlsx", "/api/v1/exports/csv?kind=offer", "/api/v1/exports/graphml",
	} {
		rec := env.do(req{method: "GET", path: path, role: viewer})
		if rec.Code != http.StatusOK {
			t.Errorf("%s: %d %.300s", path, rec.Code, rec.Body)
			continue
		}
		if hasMarker(t, rec.Body.Bytes()) {
			t.Errorf("%s: the viewer sees a marker", path)
		}
	}
	var page listResponse[graph.Actor]
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/actors?q=zqxu", role: viewer}), &page)
	if page.Total != 0 {
		t.Errorf("the viewer finds %d protected actors by their names", page.Total)
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/actors?q=" + strings.Fields(ids[id])[1], role: viewer}), &page)
	if page.Total != 1 || page.Items[0].ID != id {
		t.Errorf("the viewer does not find the actor by its pseudonym: %+v", page)
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/actors/" + id + "/history", role: viewer}); rec.Code != http.StatusForbidden {
		t.Errorf("history for the pseudonymised viewer: %d, want 403", rec.Code)
	}
}

// TestConfidentialFieldsHiddenFromViewers: a viewer never sees a confidential field
// (an actor's imported attributes), in the entity, the network view, the history
// or an export; the analyst does.
func TestConfidentialFieldsHiddenFromViewers(t *testing.T) {
	env := newEnvWith(t, Config{}, protectedDemo(t))
	var page listResponse[graph.Actor]
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/actors?limit=1000", role: analyst}), &page)
	i := slices.IndexFunc(page.Items, func(a graph.Actor) bool { return a.Attributes["Ansprechperson"] == secretAttr })
	if i < 0 {
		t.Fatal("the analyst does not see the attribute")
	}
	id := page.Items[i].ID
	// A write records the attribute in the history.
	a := page.Items[i]
	a.Attributes = map[string]string{"Ansprechperson": secretAttr + "2"}
	body, _ := json.Marshal(a)
	if rec := env.do(req{method: "PUT", path: "/api/v1/actors/" + id, role: editor, body: string(body)}); rec.Code != http.StatusOK {
		t.Fatalf("update: %d %s", rec.Code, rec.Body)
	}
	for _, path := range []string{"/api/v1/actors/" + id, "/api/v1/actors?limit=1000", "/api/v1/actors/" + id + "/history",
		"/api/v1/network", "/api/v1/exports/json", "/api/v1/exports/xlsx", "/api/v1/exports/graphml", "/api/v1/exports/csv"} {
		analystSees := hasSecret(t, env.do(req{method: "GET", path: path, role: analyst}).Body.Bytes())
		rec := env.do(req{method: "GET", path: path, role: viewer})
		if rec.Code != http.StatusOK || hasSecret(t, rec.Body.Bytes()) || !analystSees {
			t.Errorf("%s: viewer %d sees it %v, analyst sees it %v", path, rec.Code, hasSecret(t, rec.Body.Bytes()), analystSees)
		}
	}
	var h historyResponse
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/actors/" + id + "/history", role: viewer}), &h)
	if len(h.Items) != 2 {
		t.Errorf("the viewer sees %d events, want both", len(h.Items))
	}
}

// hasSecret reports whether the answer holds secretAttr.
func hasSecret(t *testing.T, body []byte) bool {
	return bytes.Contains(contents(t, body), []byte(secretAttr))
}

// TestSmallGroupsSuppressed: pseudonymised, the summarised network shows no group
// with fewer than k actors and no link with fewer than k pairs, and the steering
// report no row of the tie tables with fewer than k ties; without pseudonymize
// such groups and rows are there.
func TestSmallGroupsSuppressed(t *testing.T) {
	env := newEnvWith(t, Config{Privacy: PrivacyConfig{MinGroup: 10}}, protectedDemo(t))
	const k = 10
	small := func(o aggregate.Overview) int {
		n := 0
		for _, g := range o.Groups {
			if g.Actors < k {
				n++
			}
		}
		for _, l := range o.Links {
			if l.Pairs < k {
				n++
			}
		}
		return n
	}
	var plain, pseudo aggregate.Overview
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/network/aggregate?actor_kind=self_help", role: analyst}), &plain)
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/network/aggregate?actor_kind=self_help&pseudonymize=true", role: analyst}), &pseudo)
	if small(plain) == 0 || small(pseudo) != 0 || !strings.Contains(pseudo.Definition, "weniger als 10 Akteuren") {
		t.Errorf("small groups and links: %d without, %d pseudonymised; %q", small(plain), small(pseudo), pseudo.Definition)
	}

	path := "/api/v1/reports/steering?from=" + demo.Wave2024 + "&to=" + demo.Wave2025
	smallRows := func(html string) int {
		part := html[strings.Index(html, `id="kooperationen"`):]
		part = part[:strings.Index(part, "</section>")]
		n := 0
		for _, m := range regexp.MustCompile(`<th scope="row">[^<]*</th><td class="n">(\d+)</td><td class="n">(\d+)</td>`).FindAllStringSubmatch(part, -1) {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			if a+b < k {
				n++
			}
		}
		return n
	}
	plainHTML := env.do(req{method: "GET", path: path, role: analyst}).Body.String()
	pseudoHTML := env.do(req{method: "GET", path: path + "&pseudonymize=true", role: analyst}).Body.String()
	if smallRows(plainHTML) == 0 || smallRows(pseudoHTML) != 0 {
		t.Errorf("rows under k: %d without, %d pseudonymised", smallRows(plainHTML), smallRows(pseudoHTML))
	}
	want := strconv.Itoa(smallRows(plainHTML)) + " Zeilen mit weniger als 10 Kooperationen"
	if !strings.Contains(pseudoHTML, want) {
		t.Errorf("the report does not say %q", want)
	}

}

// TestProfileSuppressesSmallGroups: the pseudonymised Sozialraumprofil leaves out
// the rows of offers under k, and the network figures of a space that fewer than k
// actors serve; k is one above the fewest actors of a demo space, so that some
// spaces lose their figures and others keep them.
func TestProfileSuppressesSmallGroups(t *testing.T) {
	var spaces plan.SpaceReport
	decodeBody(t, newEnvWith(t, Config{}, protectedDemo(t)).do(req{method: "GET", path: "/api/v1/analysis/social-spaces", role: analyst}), &spaces)
	k := math.MaxInt
	for _, sp := range spaces.Spaces {
		if sp.Actors > 0 {
			k = min(k, sp.Actors+1)
		}
	}
	env := newEnvWith(t, Config{Privacy: PrivacyConfig{MinGroup: k}}, protectedDemo(t))
	offerRows := regexp.MustCompile(`<th scope="row">[^<]*</th><td class="n">(\d+)</td></tr>`)
	smallOffers := func(html string) (n int) {
		i, j := strings.Index(html, "Angebote nach Handlungsfeld und Zielgruppe"), strings.Index(html, "Bedarfe und Lücken")
		if i < 0 || j < i {
			t.Fatalf("not a profile: %s", html)
		}
		part := html[i:j]
		for _, m := range offerRows.FindAllStringSubmatch(part, -1) {
			if v, _ := strconv.Atoi(m[1]); v < k {
				n++
			}
		}
		return n
	}
	checked := map[string]int{}
	for _, sp := range spaces.Spaces {
		path := "/api/v1/reports/social-space/" + sp.SocialSpace
		plain := env.do(req{method: "GET", path: path, role: analyst}).Body.String()
		pseudo := env.do(req{method: "GET", path: path + "?pseudonymize=true", role: analyst}).Body.String()
		if n := smallOffers(plain); n > 0 {
			checked["offers"]++
			if smallOffers(pseudo) != 0 || !strings.Contains(pseudo, fmt.Sprintf("%d Zeilen mit weniger als %d Angeboten", n, k)) {
				t.Errorf("%s: %d offer rows under k without pseudonymize, %d with", sp.Name, n, smallOffers(pseudo))
			}
		}
		figures := "Kennzahlen der Akteure, die "
		switch {
		case sp.Actors == 0:
		case sp.Actors < k:
			checked["suppressed"]++
			if !strings.Contains(plain, figures) || strings.Contains(pseudo, figures) || !strings.Contains(pseudo, fmt.Sprintf("Weniger als %d Akteure bedienen", k)) {
				t.Errorf("%s with %d actors: the network figures are not suppressed", sp.Name, sp.Actors)
			}
		default:
			checked["kept"]++
			if !strings.Contains(pseudo, figures) {
				t.Errorf("%s with %d actors: the network figures are suppressed", sp.Name, sp.Actors)
			}
		}
	}
	if checked["offers"] == 0 || checked["suppressed"] == 0 || checked["kept"] == 0 {
		t.Errorf("the demo county does not try every case: %v", checked)
	}
}

// TestPseudonymizeParam refuses a malformed pseudonymize, and the routes that do
// not take it refuse it as any unknown parameter.
func TestPseudonymizeParam(t *testing.T) {
	env := newEnv(t, Config{})
	for _, tc := range []struct {
		path  string
		field string
	}{
		{"/api/v1/exports/json?pseudonymize=ja", "pseudonymize"},
		{"/api/v1/network?pseudonymize=true&pseudonymize=false", "pseudonymize"},
		{"/api/v1/actors?pseudonymize=true", "pseudonymize"},
	} {
		rec := env.do(req{method: "GET", path: tc.path, role: analyst})
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `"field":"`+tc.field+`"`) {
			t.Errorf("%s: %d %s", tc.path, rec.Code, rec.Body)
		}
	}
}
