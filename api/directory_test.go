package api

import (
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// get fetches the path from the directory without credentials and returns the status
// and body, failing on a cookie or a missing content security policy.
func getPublic(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if c := rec.Header().Get("Set-Cookie"); c != "" {
		t.Errorf("%s sets a cookie: %s", path, c)
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("%s: content security policy %q", path, csp)
	}
	body, _ := io.ReadAll(rec.Body)
	return rec.Code, string(body)
}

// TestDirectoryShowsOnlyPublicFields marks every non-public field of a listed offer
// and its actor, and the offers not marked for the directory, with marker strings,
// and checks that no page of the directory shows one: every page reachable by links
// from the start page and from searches (all offers, print views, result pages,
// assets), and the answers to a search for an unlisted offer, to its address and to
// an unknown page.
func TestDirectoryShowsOnlyPublicFields(t *testing.T) {
	b, o := markedCounty()
	var unlisted string
	for i := range b.Offers {
		if !b.Offers[i].Counselling {
			unlisted = b.Offers[i].ID
			break
		}
	}
	env := newEnvWith(t, Config{Directory: &site.Settings{}}, b)
	// Every page a visitor can reach by following links from these, and the pages
	// of searches, errors and unlisted offers that no link leads to.
	seeds := []string{"/beratung", "/beratung/suche?q=" + url.QueryEscape(o.Name),
		"/beratung/suche?q=" + url.QueryEscape(o.Name) + "&ort=Seeburg&umkreis=50&barrierefrei=1&kostenfrei=1",
		"/beratung/suche?q=Schuldnerberatung&raum=" + url.QueryEscape(o.SocialSpaces[0]),
		"/beratung/suche?lat=53.7&lon=11.3&umkreis=20"}
	for _, p := range []string{"/beratung/suche?q=unlisted", "/beratung/angebot/" + url.PathEscape(unlisted), "/beratung/gibt-es-nicht"} {
		code, body := getPublic(t, env.h, p)
		if code == http.StatusOK && !strings.Contains(body, "Keine Angebote gefunden") {
			t.Errorf("%s: status %d, but nothing unlisted may be found", p, code)
		}
		if i := strings.Index(body, "MARKER"); i >= 0 {
			t.Errorf("%s shows a non-public field: …%s…", p, body[max(0, i-80):min(len(body), i+60)])
		}
	}
	link := regexp.MustCompile(`(?:href|src)="(/beratung[^"#]*)"`)
	seen := map[string]bool{}
	for queue := seeds; len(queue) > 0; queue = queue[1:] {
		p := queue[0]
		if seen[p] {
			continue
		}
		seen[p] = true
		code, body := getPublic(t, env.h, p)
		if code != http.StatusOK {
			t.Fatalf("%s: status %d", p, code)
		}
		if i := strings.Index(body, "MARKER"); i >= 0 {
			t.Errorf("%s shows a non-public field: …%s…", p, body[max(0, i-80):min(len(body), i+60)])
		}
		for _, m := range link.FindAllStringSubmatch(body, -1) {
			queue = append(queue, html.UnescapeString(m[1]))
		}
	}
	t.Logf("%d pages checked", len(seen))
	for _, want := range []string{"/beratung/angebot/" + o.ID, "/beratung/angebot/" + o.ID + "?druck=1", "/beratung/leichte-sprache", "/beratung/barrierefreiheit"} {
		if !seen[want] {
			t.Errorf("no link leads to %s; the pages checked were %d", want, len(seen))
		}
	}
	if _, body := getPublic(t, env.h, "/beratung/angebot/"+o.ID); !strings.Contains(body, o.Name) || !strings.Contains(body, "Stand:") {
		t.Errorf("the offer page lacks the offer's name %q or its date", o.Name)
	}
}

// markedCounty returns the demo county with marker strings ("MARKER") in every
// non-public field of a listed offer and its actor, and in the name and description
// of every offer not marked for the directory; and that listed offer.
func markedCounty() (*graph.Batch, *graph.Offer) {
	b := demo.Generate(demo.County())
	var listed int
	for i := range b.Offers {
		if b.Offers[i].Counselling {
			listed = i
			break
		}
	}
	o := &b.Offers[listed]
	o.LegalBasis, o.LegalDomains = "MARKER-legal-basis", []string{"sgb9"}
	for i := range b.Actors {
		if b.Actors[i].ExternalKey == o.ActorID {
			a := &b.Actors[i]
			a.Description, a.Attributes, a.ShortName = "MARKER-actor-description", map[string]string{"intern": "MARKER-attribute"}, "MARKER-short"
		}
	}
	for i := range b.Offers {
		if !b.Offers[i].Counselling {
			b.Offers[i].Name = "MARKER-unlisted " + b.Offers[i].Name
			b.Offers[i].Description = "MARKER-unlisted-description"
		}
	}
	return b, o
}

// TestDirectoryHostileInput sends what people and robots send; every answer is a
// German page, never a 500, and input comes back escaped.
func TestDirectoryHostileInput(t *testing.T) {
	env := newEnvWith(t, Config{Directory: &site.Settings{}}, demo.Generate(demo.County()))
	for _, c := range []struct {
		path   string
		status int
		want   string
	}{
		{"/beratung/suche?q=" + strings.Repeat("Schulden+", 5000), 200, "gesucht wurde nach den ersten 200 Zeichen"},
		{"/beratung/suche?q=%FF%FE%00", 200, "Angebot"},
		{"/beratung/suche?q=%3Cscript%3Ealert(1)%3C/script%3E", 200, "&lt;script&gt;"},
		{"/beratung/suche?ort=%3Cb%3ENirgendwo%3C/b%3E", 200, "Den Ort „&lt;b&gt;Nirgendwo&lt;/b&gt;“ kennen wir nicht"},
		{"/beratung/suche?lat=NaN&lon=Inf&umkreis=-3", 200, "Angebote gefunden"},
		{"/beratung/suche?raum=gibt-es-nicht&feld=%00&fuer=x", 200, "Keine Angebote gefunden"},
		{"/beratung/suche", 200, "Seite 1 von 2"},
		{"/beratung/suche?seite=999", 200, "Seite 2 von 2"},
		{"/beratung/suche?seite=-5&q=%3Cx%3E", 200, "Angebot"},
		{"/beratung/angebot/%3Cscript%3E", 404, "Dieses Angebot steht nicht"},
		{"/beratung/gibt-es-nicht", 404, "Diese Seite gibt es nicht"},
	} {
		code, body := getPublic(t, env.h, c.path)
		if code != c.status || !strings.Contains(body, c.want) {
			t.Errorf("%.80s: status %d, want %d with %q", c.path, code, c.status, c.want)
		}
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>Nirgendwo") {
			t.Errorf("%.80s: input comes back unescaped", c.path)
		}
	}
}

// FuzzDirectorySearch sends the directory's search any query string, raw (invalid
// escapes, repeated and unknown parameters) and as free text of any length and
// encoding, and requires a German results page in valid UTF-8: never an error status
// or a panic (which the recovery middleware would turn into a 500).
//
//	go test ./api/ -run '^$' -fuzz FuzzDirectorySearch -fuzztime 2m
func FuzzDirectorySearch(f *testing.F) {
	for _, seed := range []struct{ raw, text string }{
		{"", "Schuldnerberatung"},
		{"ort=Seeburg&umkreis=5", "Suchtberatng"},
		{"barrierefrei=1&kostenfrei=1&sprache=tr", "Beratung für Mütter"},
		{"q=%FF%FE%00&q=zwei", "\xff\xfe\x00"},
		{"lat=NaN&lon=-Inf&umkreis=1e308", "e\u0301\u200b\u202e\ufeff"},
		{"seite=99999999999999999999999&raum=%00", strings.Repeat("Schulden ", 300)},
		{"q=%&;=&&=%zz", "<script>alert(1)</script>"},
		{"ort=" + strings.Repeat("%C3%A4", 500), strings.Repeat("ß", 1000)},
		{"feld=%C0%AF&fuer=..%2F..", "🙂👩‍👩‍👧 العربية Türkçe Русский"},
	} {
		f.Add(seed.raw, seed.text)
	}
	env, _ := directoryServer(f, demo.Generate(demo.County()))
	f.Fuzz(func(t *testing.T, raw, text string) {
		r := httptest.NewRequest("GET", "/beratung/suche", nil)
		r.URL.RawQuery = raw + "&" + url.Values{"q": {text}}.Encode()
		rec := httptest.NewRecorder()
		env.ServeHTTP(rec, r)
		body := rec.Body.String()
		if rec.Code != http.StatusOK || !strings.Contains(body, " gefunden</h2>") {
			t.Fatalf("query %q: status %d, body %.300s", r.URL.RawQuery, rec.Code, body)
		}
		if !utf8.ValidString(body) {
			t.Fatalf("query %q: the page is not valid UTF-8", r.URL.RawQuery)
		}
	})
}

// directoryServer returns the handler of a server with the batch's data and the
// public directory, without the web interface, and its store.
func directoryServer(tb testing.TB, b *graph.Batch) (http.Handler, *embedded.Store) {
	tb.Helper()
	st, err := embedded.Open(filepath.Join(tb.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := st.Upsert(tb.Context(), b, graph.BatchOptions{}); err != nil {
		tb.Fatal(err)
	}
	return New(st, Config{Directory: &site.Settings{}}, nil).Handler(), st
}
