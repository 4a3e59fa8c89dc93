package api

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"testing"
)

// TestStreamedAnswers checks that the streamed answers of /network and
// /analysis/actors (as for a network of more than streamItems items) are byte for
// byte the cached ones, plain and gzip-compressed, with the same ETags and 304
// answers.
func TestStreamedAnswers(t *testing.T) {
	env := newEnv(t, Config{})
	paths := []string{"/api/v1/network", "/api/v1/network?legal_domain=sgb9&min_intensity=2", "/api/v1/network?date=2024-01-01",
		"/api/v1/analysis/actors", "/api/v1/analysis/actors?directed=true"}
	type answer struct {
		plain, unzipped []byte
		tag, zipTag     string
	}
	get := func(t *testing.T, path string) answer {
		t.Helper()
		plain := env.do(req{method: "GET", path: path, role: analyst})
		zipped := env.do(req{method: "GET", path: path, role: analyst, header: map[string]string{"Accept-Encoding": "gzip"}})
		if plain.Code != http.StatusOK || zipped.Code != http.StatusOK || zipped.Header().Get("Content-Encoding") != "gzip" {
			t.Fatalf("%s: %d, gzip %d with Content-Encoding %q", path, plain.Code, zipped.Code, zipped.Header().Get("Content-Encoding"))
		}
		zr, err := gzip.NewReader(zipped.Body)
		if err != nil {
			t.Fatal(err)
		}
		unzipped, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return answer{plain.Body.Bytes(), unzipped, plain.Header().Get("ETag"), zipped.Header().Get("ETag")}
	}
	cached := map[string]answer{}
	for _, path := range paths {
		cached[path] = get(t, path)
	}
	env.srv.streamAbove = 0
	for _, path := range paths {
		want, got := cached[path], get(t, path)
		if !bytes.Equal(got.plain, want.plain) || !bytes.Equal(got.unzipped, want.plain) {
			t.Errorf("%s: streamed %d bytes (gzip: %d unpacked), cached %d", path, len(got.plain), len(got.unzipped), len(want.plain))
		}
		if got.tag != want.tag || got.zipTag != want.zipTag {
			t.Errorf("%s: ETags %q and %q, cached %q and %q", path, got.tag, got.zipTag, want.tag, want.zipTag)
		}
		for _, inm := range []string{want.tag, want.zipTag} {
			rec := env.do(req{method: "GET", path: path, role: analyst, header: map[string]string{"If-None-Match": inm}})
			if rec.Code != http.StatusNotModified || rec.Header().Get("ETag") != want.tag || rec.Body.Len() != 0 {
				t.Errorf("%s, If-None-Match %s: %d, ETag %q, %d bytes", path, inm, rec.Code, rec.Header().Get("ETag"), rec.Body.Len())
			}
		}
	}
}
