package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// publicEnv returns a server with the directory on, holding the demo county.
func publicEnv(t *testing.T) *testEnv {
	return newEnvWith(t, Config{Directory: &site.Settings{}}, demo.Generate(demo.County()))
}

// TestPublicAPICORS checks that any origin may read the public API, including its
// problems, and that a preflight request is answered.
func TestPublicAPICORS(t *testing.T) {
	env := publicEnv(t)
	for _, path := range []string{"/api/public/v1/offers", "/api/public/v1/vocabulary", "/api/public/v1/offers?feld=gibt_es_nicht", "/api/public/v1/offers/nein"} {
		rec := env.do(req{method: "GET", path: path, header: map[string]string{"Origin": "https://www.landkreis.example"}})
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("%s (%d): Access-Control-Allow-Origin %q", path, rec.Code, got)
		}
		if !strings.Contains(rec.Header().Get("Access-Control-Expose-Headers"), "ETag") {
			t.Errorf("%s: ETag not exposed", path)
		}
	}
	r := httptest.NewRequest("OPTIONS", "/api/public/v1/offers/x", nil)
	r.Header.Set("Origin", "https://www.landkreis.example")
	r.Header.Set("Access-Control-Request-Method", "GET")
	r.Header.Set("Access-Control-Request-Headers", "if-none-match")
	rec := httptest.NewRecorder()
	env.h.ServeHTTP(rec, r)
	h := rec.Header()
	if rec.Code != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(h.Get("Access-Control-Allow-Methods"), "GET") || !strings.Contains(h.Get("Access-Control-Allow-Headers"), "If-None-Match") {
		t.Errorf("preflight: %d %v", rec.Code, h)
	}
	// The rest of the API stays closed to other origins.
	if rec := env.do(req{method: "GET", path: "/api/v1/offers", role: graph.RoleViewer}); rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Error("/api/v1/offers allows other origins")
	}
}

// TestPublicAPICaching checks the ETag of the data's revision: a matching
// If-None-Match gets 304 until a write changes the data.
func TestPublicAPICaching(t *testing.T) {
	env := publicEnv(t)
	var search publicSearchResult
	rec := env.do(req{method: "GET", path: "/api/public/v1/offers?q=Schulden"})
	if rec.Code != http.StatusOK {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	json.Unmarshal(rec.Body.Bytes(), &search)
	tag := rec.Header().Get("ETag")
	if !strings.HasPrefix(tag, `"dir-`) || rec.Header().Get("Cache-Control") != "public, max-age=300" {
		t.Fatalf("ETag %q, Cache-Control %q", tag, rec.Header().Get("Cache-Control"))
	}
	if search.Total == 0 || len(search.Items) == 0 {
		t.Fatal("no offer found for Schulden")
	}
	offer := "/api/public/v1/offers/" + search.Items[0].ID
	for _, path := range []string{"/api/public/v1/offers?q=Schulden", offer, "/api/public/v1/vocabulary"} {
		if rec := env.do(req{method: "GET", path: path, header: map[string]string{"If-None-Match": tag}}); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Errorf("%s with a current ETag: %d", path, rec.Code)
		}
	}

	// A write raises the revision: the old tag no longer matches.
	o := env.getOffer(search.Items[0].ID)
	o.Description = "Neu beschrieben"
	b, _ := json.Marshal(o)
	if rec := env.do(req{method: "PUT", path: "/api/v1/offers/" + o.ID, role: graph.RoleEditor, body: string(b)}); rec.Code != http.StatusOK {
		t.Fatalf("update: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "GET", path: offer, header: map[string]string{"If-None-Match": tag}})
	var got publicOffer
	json.Unmarshal(rec.Body.Bytes(), &got)
	if rec.Code != http.StatusOK || rec.Header().Get("ETag") == tag || got.Description != "Neu beschrieben" {
		t.Errorf("after a write: %d, ETag %q (was %q), description %q", rec.Code, rec.Header().Get("ETag"), tag, got.Description)
	}
}

// getOffer reads the offer with the ID through the API.
func (e *testEnv) getOffer(id string) graph.Offer {
	e.t.Helper()
	var o graph.Offer
	rec := e.do(req{method: "GET", path: "/api/v1/offers/" + id, role: graph.RoleViewer})
	if err := json.Unmarshal(rec.Body.Bytes(), &o); err != nil || rec.Code != http.StatusOK {
		e.t.Fatalf("get offer %s: %d %v", id, rec.Code, err)
	}
	return o
}

// TestPublicAPIRateLimit checks that one address gets 429 with Retry-After after
// its burst, and another address is not affected. The clock stands still in tests,
// so no token comes back.
func TestPublicAPIRateLimit(t *testing.T) {
	env := publicEnv(t)
	for i := range publicBurst {
		if rec := env.do(req{method: "GET", path: "/api/public/v1/vocabulary", remote: "198.51.100.7:4000"}); rec.Code != http.StatusOK {
			t.Fatalf("request %d: %d", i+1, rec.Code)
		}
	}
	rec := env.do(req{method: "GET", path: "/api/public/v1/offers", remote: "198.51.100.7:4001"})
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("request %d: %d, Retry-After %q", publicBurst+1, rec.Code, rec.Header().Get("Retry-After"))
	}
	if !strings.Contains(rec.Body.String(), "Zu viele Anfragen") {
		t.Errorf("429 body: %s", rec.Body)
	}
	if rec := env.do(req{method: "GET", path: "/api/public/v1/offers", remote: "198.51.100.8:4000"}); rec.Code != http.StatusOK {
		t.Errorf("another address: %d", rec.Code)
	}
}

// TestPublicAPIBadParameters checks that each wrong parameter gets a 400 in German
// that names it, and that odd input never gets a 500.
func TestPublicAPIBadParameters(t *testing.T) {
	env := publicEnv(t)
	for _, c := range []struct {
		query, param, want string
	}{
		{"feld=gibt_es_nicht", "feld", "Handlungsfeld"},
		{"fuer=%3Cscript%3E", "fuer", "Zielgruppe"},
		{"raum=nirgends", "raum", "Sozialraum"},
		{"sprache=klingonisch", "sprache", "Sprachkürzel"},
		{"ort=Atlantis", "ort", "kennt das Verzeichnis nicht"},
		{"ort=Seeburg&lat=53&lon=11", "ort", "schließen sich aus"},
		{"lat=53", "lon", "Länge"},
		{"lat=NaN&lon=11", "lat", "Breite"},
		{"umkreis=0", "umkreis", "Kilometern"},
		{"umkreis=Inf", "umkreis", "Kilometern"},
		{"barrierefrei=ja", "barrierefrei", "1, true, 0 oder false"},
		{"q=" + strings.Repeat("Schulden", 30), "q", "länger als 200 Zeichen"},
		{"q=%FF%FE", "q", "UTF-8"},
		{"seite=0", "seite", "ganze Zahl"},
		{"pro_seite=1000", "pro_seite", "ganze Zahl"},
		{"sortierung=name", "sortierung", "gibt es hier nicht"},
		{"q=a&q=b", "q", "nur einmal"},
	} {
		rec := env.do(req{method: "GET", path: "/api/public/v1/offers?" + c.query})
		var p problem
		json.Unmarshal(rec.Body.Bytes(), &p)
		if rec.Code != http.StatusBadRequest || len(p.Errors) != 1 || p.Errors[0].Field != c.param || !strings.Contains(p.Detail, c.want) {
			t.Errorf("%.60s: %d %s, want 400 naming %s with %q", c.query, rec.Code, rec.Body, c.param, c.want)
		}
	}
	for _, q := range []string{"q=%00%01", "q=%3Cscript%3E", "ort=19370", "lat=53.5&lon=11.4&umkreis=2.5", "seite=99999", "barrierefrei=1&kostenfrei=true&eutb=0"} {
		if rec := env.do(req{method: "GET", path: "/api/public/v1/offers?" + q}); rec.Code != http.StatusOK {
			t.Errorf("%s: %d %s", q, rec.Code, rec.Body)
		}
	}
	if rec := env.do(req{method: "GET", path: "/api/public/v1/offers/" + url.PathEscape("<script>")}); rec.Code != http.StatusNotFound {
		t.Errorf("unknown offer: %d", rec.Code)
	}
}

// TestPublicAPISearchIsTheDirectorys checks that the API finds what the search page
// finds, in the same order, with absolute links to the pages.
func TestPublicAPISearchIsTheDirectorys(t *testing.T) {
	env := publicEnv(t)
	query := "q=Schuldnerbratung&ort=Seeburg&umkreis=20"
	var res publicSearchResult
	rec := env.do(req{method: "GET", path: "/api/public/v1/offers?" + query + "&pro_seite=100", host: "beratung.kreis.example"})
	json.Unmarshal(rec.Body.Bytes(), &res)
	_, page := getPublic(t, env.h, "/beratung/suche?"+query)
	if res.Total == 0 || !strings.Contains(page, fmt.Sprintf("%d Angebot", res.Total)) {
		t.Fatalf("API found %d, the page says otherwise", res.Total)
	}
	first := res.Items[0]
	if !strings.Contains(page, `href="/beratung/angebot/`+first.ID+`"`) || first.DistanceKm == nil {
		t.Errorf("first hit %s (%v) is not on the page", first.ID, first.DistanceKm)
	}
	if first.URL != "http://beratung.kreis.example/beratung/angebot/"+first.ID || res.Place != "Seeburg" ||
		!strings.HasPrefix(res.SearchURL, "http://beratung.kreis.example/beratung/suche?") {
		t.Errorf("links: %q, %q, place %q", first.URL, res.SearchURL, res.Place)
	}
}
