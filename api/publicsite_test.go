package api

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// TestPublishedShowsOnlyPublicFields checks the public API, the widget, the sitemap,
// the JSON-LD and the pages in Leichte Sprache with markers in every non-public field
// (markedCounty): none may show one.
func TestPublishedShowsOnlyPublicFields(t *testing.T) {
	b, o := markedCounty()
	env := newEnvWith(t, Config{Directory: &site.Settings{}}, b)
	var space string
	if len(o.SocialSpaces) > 0 {
		space = o.SocialSpaces[0]
	}
	paths := []string{
		"/api/public/v1/offers?pro_seite=100", "/api/public/v1/offers?pro_seite=100&seite=2",
		"/api/public/v1/offers?q=" + url.QueryEscape(o.Name), "/api/public/v1/offers/" + o.ID, "/api/public/v1/vocabulary",
		"/beratung/widget?anzahl=50", "/beratung/widget?raum=" + url.QueryEscape(space), "/beratung/sitemap.xml",
		"/beratung/angebot/" + o.ID, "/beratung/leichte-sprache/suche?q=" + url.QueryEscape(o.Name), "/beratung/leichte-sprache/angebot/" + o.ID,
	}
	found := false
	for _, p := range paths {
		rec := httptest.NewRecorder()
		env.h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		body := rec.Body.String()
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d %.200s", p, rec.Code, body)
		}
		if i := strings.Index(body, "MARKER"); i >= 0 {
			t.Errorf("%s shows a non-public field: …%s…", p, body[max(0, i-80):min(len(body), i+60)])
		}
		found = found || strings.Contains(body, o.Name)
	}
	if !found {
		t.Errorf("no answer shows the listed offer %q", o.Name)
	}
	if rec := env.do(req{method: "GET", path: "/api/public/v1/offers/" + b.Offers[0].ID}); b.Offers[0].Counselling == false && rec.Code != http.StatusNotFound {
		t.Errorf("an offer not in the directory: %d", rec.Code)
	}
}

// TestWidgetMayBeFramed checks that the widget, and only the widget, may be shown
// in a frame: by any site, or by the sites the installation names.
func TestWidgetMayBeFramed(t *testing.T) {
	env := newEnvWith(t, Config{Directory: &site.Settings{}}, demo.Generate(demo.County()))
	get := func(h http.Handler, path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec
	}
	rec := get(env.h, "/beratung/widget?feld=poverty")
	if rec.Code != http.StatusOK || rec.Header().Get("X-Frame-Options") != "" || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors *") {
		t.Errorf("widget: %d, X-Frame-Options %q, CSP %q", rec.Code, rec.Header().Get("X-Frame-Options"), rec.Header().Get("Content-Security-Policy"))
	}
	body := rec.Body.String()
	if !strings.Contains(body, `target="_blank" rel="noopener"`) || !strings.Contains(body, "(öffnet in neuem Fenster)") || strings.Contains(body, "<script") {
		t.Errorf("widget links: %.400s", body)
	}
	for _, p := range []string{"/beratung", "/beratung/suche", "/beratung/leichte-sprache", "/beratung/sitemap.xml", "/api/public/v1/vocabulary"} {
		rec := get(env.h, p)
		if rec.Header().Get("X-Frame-Options") != "DENY" || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("%s may be framed: %q, %q", p, rec.Header().Get("X-Frame-Options"), rec.Header().Get("Content-Security-Policy"))
		}
	}
	if rec := get(env.h, "/beratung/widget?raum=nirgends"); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "Einen Sozialraum mit der ID") {
		t.Errorf("widget with a wrong space: %d %.300s", rec.Code, rec.Body)
	}

	only := newEnvWith(t, Config{Directory: &site.Settings{FrameAncestors: "https://www.kreis.example 'self'"}}, demo.Generate(demo.County()))
	if csp := get(only.h, "/beratung/widget").Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors https://www.kreis.example 'self'") {
		t.Errorf("widget with FrameAncestors: CSP %q", csp)
	}
}

// TestSitemap parses the sitemap: valid XML of the sitemaps.org namespace, absolute
// addresses under the configured public address, every offer of the directory.
func TestSitemap(t *testing.T) {
	env := newEnvWith(t, Config{Directory: &site.Settings{PublicURL: "https://beratung.kreis.example/"}}, demo.Generate(demo.County()))
	rec := httptest.NewRecorder()
	env.h.ServeHTTP(rec, httptest.NewRequest("GET", "/beratung/sitemap.xml", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/xml") {
		t.Fatalf("%d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	var doc struct {
		XMLName xml.Name
		URLs    []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.XMLName.Space != "http://www.sitemaps.org/schemas/sitemap/0.9" || doc.XMLName.Local != "urlset" {
		t.Errorf("root %v", doc.XMLName)
	}
	var search publicSearchResult
	decodeBody(t, env.do(req{method: "GET", path: "/api/public/v1/offers?pro_seite=100"}), &search)
	locs := map[string]string{}
	for _, u := range doc.URLs {
		if !strings.HasPrefix(u.Loc, "https://beratung.kreis.example/beratung") {
			t.Errorf("address %q", u.Loc)
		}
		locs[u.Loc] = u.LastMod
	}
	if len(doc.URLs) != 4+2*search.Total || search.Total < 20 {
		t.Errorf("%d addresses for %d offers", len(doc.URLs), search.Total)
	}
	for _, o := range search.Items {
		if m, ok := locs[o.URL]; !ok || m != o.UpdatedAt {
			t.Errorf("offer %s: in sitemap %v, lastmod %q, want %q", o.URL, ok, m, o.UpdatedAt)
		}
	}
}

// TestRobots: with the directory, search engines may read /beratung, whose sitemap
// robots.txt names, except the providers' pages, and nothing else; without it, nothing. Neither is the web
// interface's page.
func TestRobots(t *testing.T) {
	for _, tc := range []struct {
		dir  *site.Settings
		want string
	}{
		{&site.Settings{PublicURL: "https://beratung.kreis.example"},
			"User-agent: *\nDisallow: /beratung/anbieter/\nAllow: /beratung\nDisallow: /\n\nSitemap: https://beratung.kreis.example/beratung/sitemap.xml\n"},
		{nil, "User-agent: *\nDisallow: /\n"},
	} {
		env := newEnvWith(t, Config{Directory: tc.dir, UI: http.NotFoundHandler()}, demo.Generate(demo.County()))
		rec := httptest.NewRecorder()
		env.h.ServeHTTP(rec, httptest.NewRequest("GET", "/robots.txt", nil))
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "text/plain; charset=utf-8" || rec.Body.String() != tc.want {
			t.Errorf("directory %v: %d %s %q, want %q", tc.dir != nil, rec.Code, rec.Header().Get("Content-Type"), rec.Body, tc.want)
		}
	}
}

// TestOfferJSONLD parses the schema.org description of an offer whose texts try to
// end the script element early.
func TestOfferJSONLD(t *testing.T) {
	b, o := markedCounty()
	o.Name = `Beratung </script><script>alert(1)</script>`
	o.Description = "Zeile\u2028Trenner & <b>fett</b>"
	env := newEnvWith(t, Config{Directory: &site.Settings{}}, b)
	_, body := getPublic(t, env.h, "/beratung/angebot/"+o.ID)
	const open = `<script type="application/ld+json">`
	i := strings.Index(body, open)
	if i < 0 {
		t.Fatal("no JSON-LD")
	}
	rest := body[i+len(open):]
	raw := rest[:strings.Index(rest, "</script>")]
	var doc struct {
		Context     string `json:"@context"`
		Type        string `json:"@type"`
		Name        string `json:"name"`
		Description string `json:"description"`
		URL         string `json:"url"`
		Provider    struct {
			Type    string `json:"@type"`
			Name    string `json:"name"`
			Address struct {
				Type     string `json:"@type"`
				Locality string `json:"addressLocality"`
			} `json:"address"`
		} `json:"provider"`
		AreaServed []struct {
			Name string `json:"name"`
		} `json:"areaServed"`
		Channel struct {
			Location struct {
				Geo *struct{ Latitude float64 } `json:"geo"`
			} `json:"serviceLocation"`
		} `json:"availableChannel"`
	}
	if err := json.Unmarshal([]byte(raw), &doc); err != nil {
		t.Fatalf("JSON-LD %q: %v", raw, err)
	}
	if doc.Context != "https://schema.org" || doc.Type != "Service" || doc.Name != o.Name || doc.Description != o.Description ||
		doc.Provider.Type != "Organization" || doc.Provider.Address.Type != "PostalAddress" || doc.Provider.Address.Locality == "" ||
		len(doc.AreaServed) == 0 || !strings.HasPrefix(doc.URL, "http://example.com/beratung/angebot/") || doc.Channel.Location.Geo == nil {
		t.Errorf("JSON-LD: %+v", doc)
	}
	if strings.Contains(body, "<script>alert") {
		t.Error("the offer's name ends the script element")
	}
}

// TestEasyLanguagePages checks the results and offer pages in Leichte Sprache, the
// header's link to them from the standard pages and back, and a text the
// installation replaced.
func TestEasyLanguagePages(t *testing.T) {
	env := newEnvWith(t, Config{Directory: &site.Settings{EasyTexts: map[string]string{"angebot.kosten": "Muss ich etwas bezahlen?"}}}, demo.Generate(demo.County()))
	var search publicSearchResult
	decodeBody(t, env.do(req{method: "GET", path: "/api/public/v1/offers?q=Schulden&ort=Seeburg"}), &search)
	_, body := getPublic(t, env.h, "/beratung/suche?q=Schulden&ort=Seeburg")
	if !strings.Contains(body, `href="/beratung/leichte-sprache/suche?ort=Seeburg&amp;q=Schulden"`) {
		t.Error("the results page does not link its Leichte-Sprache form")
	}
	_, body = getPublic(t, env.h, "/beratung/leichte-sprache/suche?q=Schulden&ort=Seeburg")
	if !strings.Contains(body, "Wir haben ") || !strings.Contains(body, " Kilometer weit weg.") || !strings.Contains(body, `href="/beratung/leichte-sprache/angebot/`+search.Items[0].ID+`"`) ||
		!strings.Contains(body, `href="/beratung/suche?ort=Seeburg&amp;q=Schulden"`) {
		t.Errorf("Leichte-Sprache results: %.2000s", body)
	}
	code, body := getPublic(t, env.h, "/beratung/leichte-sprache/angebot/"+search.Items[0].ID)
	if code != http.StatusOK || !strings.Contains(body, "Muss ich etwas bezahlen?") || !strings.Contains(body, "Wer macht die Beratung?") ||
		!strings.Contains(body, "Diese Infos sind vom ") ||
		!strings.Contains(body, `href="/beratung/angebot/`+search.Items[0].ID+`"`) {
		t.Errorf("Leichte-Sprache offer: %d %.2000s", code, body)
	}
	if code, body := getPublic(t, env.h, "/beratung/leichte-sprache/suche?ort=Atlantis"); code != http.StatusOK || !strings.Contains(body, "Das hat leider nicht geklappt") {
		t.Errorf("unknown place: %d", code)
	}
	if code, _ := getPublic(t, env.h, "/beratung/leichte-sprache/angebot/nein"); code != http.StatusNotFound {
		t.Errorf("unknown offer: %d", code)
	}
}

// TestBrandAssets checks that the colour and the logo of the installation are
// served and used.
func TestBrandAssets(t *testing.T) {
	logo := t.TempDir() + "/logo.svg"
	if err := os.WriteFile(logo, []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`), 0o600); err != nil {
		t.Fatal(err)
	}
	env := newEnvWith(t, Config{Directory: &site.Settings{Color: "#7a1f3d", LogoFile: logo}}, demo.Generate(demo.County()))
	_, body := getPublic(t, env.h, "/beratung")
	if !strings.Contains(body, `href="/beratung/brand.css"`) || !strings.Contains(body, `<img src="/beratung/logo" alt=""`) {
		t.Errorf("start page without brand: %.800s", body)
	}
	for path, want := range map[string]string{"/beratung/brand.css": "#7a1f3d", "/beratung/logo": "<svg"} {
		rec := httptest.NewRecorder()
		env.h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		got, _ := io.ReadAll(rec.Body)
		if rec.Code != http.StatusOK || !strings.Contains(string(got), want) {
			t.Errorf("%s: %d %.200s", path, rec.Code, got)
		}
	}
}
