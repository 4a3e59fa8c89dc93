package api

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
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
// and its actor, and an offer not marked for the directory, with marker strings, and
// checks that no page of the directory shows one.
func TestDirectoryShowsOnlyPublicFields(t *testing.T) {
	b, o := markedCounty()
	env := newEnvWith(t, Config{Directory: &site.Settings{}}, b)
	pages := []string{"/beratung", "/beratung/suche", "/beratung/suche?q=" + url.QueryEscape(o.Name),
		"/beratung/angebot/" + o.ID, "/beratung/angebot/" + o.ID + "?druck=1", "/beratung/leichte-sprache", "/beratung/barrierefreiheit"}
	for _, p := range pages {
		code, body := getPublic(t, env.h, p)
		if code != http.StatusOK {
			t.Fatalf("%s: status %d", p, code)
		}
		if i := strings.Index(body, "MARKER"); i >= 0 {
			t.Errorf("%s shows a non-public field: …%s…", p, body[max(0, i-80):min(len(body), i+60)])
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
