package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// testFS stands in for a build of the front end.
var testFS = fstest.MapFS{
	"index.html":              {Data: []byte(`<!doctype html><title>Netzwerkatlas</title><script type="module" src="/assets/app-1a2b3c4d.js"></script>`)},
	"assets/app-1a2b3c4d.js":  {Data: []byte(`console.log("netzwerkatlas")`)},
	"assets/app-5e6f7a8b.css": {Data: []byte(`body{color:black}`)},
	"robots.txt":              {Data: []byte("User-agent: *\nDisallow: /api/\n")},
}

func TestHandler(t *testing.T) {
	h := newHandler(testFS)
	for _, tc := range []struct {
		method, path string
		status       int
		cache        string
		contentType  string
		bodyHas      string
	}{
		{"GET", "/", 200, "no-cache", "text/html", "Netzwerkatlas"},
		{"GET", "/index.html", 200, "no-cache", "text/html", "Netzwerkatlas"},
		{"HEAD", "/", 200, "no-cache", "text/html", ""},
		{"GET", "/karte", 200, "no-cache", "text/html", "<!doctype html>"},
		{"GET", "/akteure/ac-1/bearbeiten", 200, "no-cache", "text/html", "<!doctype html>"},
		{"GET", "/assets/app-1a2b3c4d.js", 200, "public, max-age=31536000, immutable", "text/javascript", "console.log"},
		{"GET", "/assets/app-5e6f7a8b.css", 200, "public, max-age=31536000, immutable", "text/css", "body"},
		{"GET", "/robots.txt", 200, "no-cache", "text/plain", "Disallow"},
		{"GET", "/assets/missing-1234.js", 404, "", "text/plain", ""},
		{"GET", "/assets/", 404, "", "text/plain", ""},
		{"GET", "/../../etc/passwd", 200, "no-cache", "text/html", "<!doctype html>"},
		{"GET", "/api/v1/nothing", 404, "no-store", "application/problem+json", `"status":404`},
		{"GET", "/api", 404, "no-store", "application/problem+json", `"status":404`},
		{"POST", "/", 405, "", "text/plain", ""},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d", rec.Code, tc.status)
			}
			if got := rec.Header().Get("Cache-Control"); tc.cache != "" && got != tc.cache {
				t.Errorf("Cache-Control %q, want %q", got, tc.cache)
			}
			if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, tc.contentType) {
				t.Errorf("Content-Type %q, want %q", got, tc.contentType)
			}
			if !strings.Contains(rec.Body.String(), tc.bodyHas) {
				t.Errorf("body lacks %q", tc.bodyHas)
			}
		})
	}
}

func TestHandlerNotModified(t *testing.T) {
	h := newHandler(testFS)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	tag := rec.Header().Get("ETag")
	if tag == "" {
		t.Fatal("no ETag")
	}
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("If-None-Match", tag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Fatalf("status %d, want 304", rec.Code)
	}
}

// TestDist checks that the built interface is self-contained: no resources from
// elsewhere, no inline scripts or styles that the API's Content-Security-Policy would
// block, and every file it links under /assets/ is there. It holds for the start page
// and for the front end's build alike.
func TestDist(t *testing.T) {
	index, err := fs.ReadFile(Dist(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(index)
	if !strings.Contains(page, "Netzwerkatlas") {
		t.Error("index.html does not name Netzwerkatlas")
	}
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`(?:href|src)="(?:https?:)?//`),
		regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`), // inline script
		regexp.MustCompile(`<style`),
		regexp.MustCompile(`\sstyle="`),
	} {
		if m := bad.FindString(page); m != "" {
			t.Errorf("index.html contains %q", m)
		}
	}
	for _, m := range regexp.MustCompile(`(?:href|src)="/(assets/[^"]*)"`).FindAllStringSubmatch(page, -1) {
		if _, err := fs.Stat(Dist(), m[1]); err != nil {
			t.Errorf("index.html links /%s: %v", m[1], err)
		}
	}
}
