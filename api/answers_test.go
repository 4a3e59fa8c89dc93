package api

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// TestCachedAnswers checks the cached JSON answers of /network and of an analysis: the
// same bytes per revision, gzip for clients that accept it with its own ETag, 304 for
// either ETag, and a new answer after a write.
func TestCachedAnswers(t *testing.T) {
	env := newEnv(t, Config{})
	for _, path := range []string{"/api/v1/network?legal_domain=sgb9", "/api/v1/analysis/network?directed=true"} {
		t.Run(path, func(t *testing.T) {
			plain := env.do(req{method: "GET", path: path, role: analyst})
			if plain.Code != http.StatusOK || plain.Header().Get("Content-Encoding") != "" ||
				plain.Header().Get("Vary") != "Accept-Encoding" {
				t.Fatalf("plain: %d, Content-Encoding %q, Vary %q", plain.Code, plain.Header().Get("Content-Encoding"), plain.Header().Get("Vary"))
			}
			zipped := env.do(req{method: "GET", path: path, role: analyst, header: map[string]string{"Accept-Encoding": "br;q=1, gzip;q=0.8"}})
			if zipped.Header().Get("Content-Encoding") != "gzip" {
				t.Fatalf("Accept-Encoding gzip: Content-Encoding %q", zipped.Header().Get("Content-Encoding"))
			}
			zr, err := gzip.NewReader(zipped.Body)
			if err != nil {
				t.Fatal(err)
			}
			unzipped, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(unzipped, plain.Body.Bytes()) {
				t.Error("the gzip answer unpacks to other bytes than the plain one")
			}
			tag, zipTag := plain.Header().Get("ETag"), zipped.Header().Get("ETag")
			if tag == "" || zipTag == "" || tag == zipTag {
				t.Errorf("ETags %q (plain) and %q (gzip) must be set and differ", tag, zipTag)
			}
			refused := env.do(req{method: "GET", path: path, role: analyst, header: map[string]string{"Accept-Encoding": "gzip;q=0"}})
			if refused.Header().Get("Content-Encoding") != "" || refused.Header().Get("ETag") != tag {
				t.Errorf("gzip;q=0: Content-Encoding %q, ETag %q", refused.Header().Get("Content-Encoding"), refused.Header().Get("ETag"))
			}
			for _, inm := range []string{tag, zipTag, `"0", ` + zipTag} {
				rec := env.do(req{method: "GET", path: path, role: analyst, header: map[string]string{"If-None-Match": inm, "Accept-Encoding": "gzip"}})
				if rec.Code != http.StatusNotModified || rec.Header().Get("ETag") != zipTag || rec.Body.Len() != 0 {
					t.Errorf("If-None-Match %s: %d, ETag %q, %d bytes", inm, rec.Code, rec.Header().Get("ETag"), rec.Body.Len())
				}
			}
		})
	}

	key := func() answerKey {
		return answerKey{route: "/api/v1/network", revision: env.revision(), state: "d:" + testToday.Format(time.DateOnly), query: "legal_domain=sgb9"}
	}
	before := key()
	env.srv.answers.mu.Lock()
	cached := env.srv.answers.entries[before]
	if cached != nil { // mark the kept answer, to see that it is sent as it is
		cached.json = append(bytes.Clone(cached.json), "  \n"...)
	}
	env.srv.answers.mu.Unlock()
	if cached == nil {
		t.Fatalf("no cached answer for %+v", before)
	}
	again := env.do(req{method: "GET", path: "/api/v1/network?legal_domain=sgb9", role: analyst})
	if !bytes.Equal(again.Body.Bytes(), cached.json) {
		t.Error("the second answer is not the cached one")
	}
	rec := env.do(req{method: "DELETE", path: "/api/v1/cooperations/co-1", role: editor})
	if rec.Code != http.StatusOK {
		t.Fatalf("delete: %d %s", rec.Code, rec.Body)
	}
	after := env.do(req{method: "GET", path: "/api/v1/network?legal_domain=sgb9", role: viewer, header: map[string]string{"If-None-Match": etag(before.revision)}})
	if after.Code != http.StatusOK || bytes.Equal(after.Body.Bytes(), cached.json) {
		t.Errorf("after a write: %d, same bytes %v", after.Code, bytes.Equal(after.Body.Bytes(), cached.json))
	}
	env.srv.answers.mu.Lock()
	_, old := env.srv.answers.entries[before]
	env.srv.answers.mu.Unlock()
	if old {
		t.Error("the answer of the older revision is still kept")
	}
}

// TestListByCursor walks the actors two at a time by next_cursor and checks that a
// wrong cursor, or one with offset, is a 400 naming it.
func TestListByCursor(t *testing.T) {
	env := newEnv(t, Config{})
	var all listResponse[struct{ ID string }]
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/actors?limit=1000", role: viewer}), &all)
	var walked []string
	path := "/api/v1/actors?limit=2"
	for range len(all.Items) {
		rec := env.do(req{method: "GET", path: path, role: viewer})
		var page listResponse[struct{ ID string }]
		decodeBody(t, rec, &page)
		for _, it := range page.Items {
			walked = append(walked, it.ID)
		}
		if page.NextCursor == "" {
			break
		}
		path = "/api/v1/actors?limit=2&cursor=" + page.NextCursor
	}
	var want []string
	for _, it := range all.Items {
		want = append(want, it.ID)
	}
	if len(want) < 3 || !slices.Equal(walked, want) {
		t.Errorf("cursor walk %v, want %v", walked, want)
	}
	for _, q := range []string{"cursor=%21", "cursor=" + graph.Position{Key: "a", ID: "b"}.Cursor() + "&offset=1", "cursor=" + strings.Repeat("A", maxCursor+1)} {
		rec := env.do(req{method: "GET", path: "/api/v1/actors?" + q, role: viewer})
		if p := problemOf(t, rec); rec.Code != http.StatusBadRequest || len(p.Errors) == 0 || p.Errors[0].Field != "cursor" {
			t.Errorf("%s: %d %+v", q, rec.Code, p)
		}
	}
}

// TestAnswerCacheBytes checks that the kept answers stay within the bound of bytes
// together and that a larger answer is sent but not kept.
func TestAnswerCacheBytes(t *testing.T) {
	a := answerCache{limit: 3000}
	big := strings.Repeat("x", a.limit/3)
	for i := range 4 {
		ans, err := a.get(answerKey{revision: 1, query: strconv.Itoa(i)}, func() (any, error) { return big, nil })
		if err != nil || ans.size < len(big) {
			t.Fatalf("answer %d: %v", i, err)
		}
	}
	kept := 0
	for _, ans := range a.entries {
		kept += ans.bytes()
	}
	if len(a.entries) != 2 || kept != a.bytes || kept > a.limit {
		t.Errorf("%d answers of %d bytes kept (counted %d), want 2 within %d", len(a.entries), kept, a.bytes, a.limit)
	}
	huge := strings.Repeat("x", a.limit)
	if ans, err := a.get(answerKey{revision: 1, query: "huge"}, func() (any, error) { return huge, nil }); err != nil || ans.size <= len(huge) {
		t.Fatalf("huge answer: %v", err)
	}
	if a.entries[answerKey{revision: 1, query: "huge"}] != nil {
		t.Error("an answer larger than the bound is kept")
	}
}

// TestLargeAnswerKeptInGzip checks that an answer above the bound of plain answers is
// kept in gzip form only, and that a client without gzip still gets the same JSON,
// with its length, and a client with gzip the same packed bytes.
func TestLargeAnswerKeptInGzip(t *testing.T) {
	env := newEnv(t, Config{})
	env.srv.answers.plainLimit = 100 // every analysis answer of the test county is larger
	const path = "/api/v1/analysis/network"
	first := env.do(req{method: "GET", path: path, role: analyst})
	if first.Code != http.StatusOK || first.Body.Len() <= 100 {
		t.Fatalf("first answer: %d, %d bytes", first.Code, first.Body.Len())
	}
	env.srv.answers.mu.Lock()
	var kept *answer
	for k, ans := range env.srv.answers.entries {
		if k.route == path {
			kept = ans
		}
	}
	env.srv.answers.mu.Unlock()
	if kept == nil || kept.json != nil || len(kept.gzip) == 0 || kept.size != first.Body.Len() {
		t.Fatalf("kept answer %+v, want gzip only of %d bytes", kept, first.Body.Len())
	}
	plain := env.do(req{method: "GET", path: path, role: analyst})
	if !bytes.Equal(plain.Body.Bytes(), first.Body.Bytes()) || plain.Header().Get("Content-Length") != strconv.Itoa(first.Body.Len()) ||
		plain.Header().Get("Content-Encoding") != "" || !strings.HasPrefix(plain.Header().Get("Content-Type"), "application/json") {
		t.Errorf("plain answer from the gzip form: %d bytes, Content-Length %q, Content-Encoding %q, Content-Type %q",
			plain.Body.Len(), plain.Header().Get("Content-Length"), plain.Header().Get("Content-Encoding"), plain.Header().Get("Content-Type"))
	}
	zipped := env.do(req{method: "GET", path: path, role: analyst, header: map[string]string{"Accept-Encoding": "gzip"}})
	if !bytes.Equal(zipped.Body.Bytes(), kept.gzip) || zipped.Header().Get("Content-Encoding") != "gzip" {
		t.Error("the gzip answer is not the kept one")
	}
}
