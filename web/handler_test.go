package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	h := Handler()
	index, err := fs.ReadFile(Dist(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	asset := regexp.MustCompile(`/assets/[^"]+\.css`).FindString(string(index))
	if asset == "" {
		t.Fatal("index.html links no stylesheet under /assets/")
	}
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
		{"GET", "/akteure/123", 200, "no-cache", "text/html", "<!doctype html>"},
		{"GET", asset, 200, "public, max-age=31536000, immutable", "text/css", "--accent"},
		{"GET", "/favicon.svg", 200, "no-cache", "image/svg+xml", "<svg"},
		{"GET", "/assets/missing-1234.js", 404, "", "text/plain", ""},
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
	h := Handler()
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
