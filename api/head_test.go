package api

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
)

// TestHeadAnswersLikeGet sends HEAD and GET to every GET route of the route table
// through a real HTTP server and checks that HEAD gets the same status and headers
// and no body.
func TestHeadAnswersLikeGet(t *testing.T) {
	env := newEnv(t, Config{Directory: &site.Settings{}})
	ts := httptest.NewServer(env.h)
	t.Cleanup(ts.Close)
	ids := map[string]string{} // first ID of each collection
	for kind, coll := range collections {
		rec := env.do(req{method: "GET", path: "/api/v1/" + coll + "?limit=1", role: admin})
		var page struct{ Items []struct{ ID string } }
		decodeBody(t, rec, &page)
		if len(page.Items) == 0 {
			t.Fatalf("fixture has no %s", kind)
		}
		ids["/api/v1/"+coll+"/:id"] = page.Items[0].ID
	}
	sv, secret := newSurvey(t, env, ids["/api/v1/waves/:id"])
	for _, p := range []string{"/api/v1/surveys/:id", "/api/v1/surveys/:id/mailings", "/api/v1/surveys/:id/dashboard"} {
		ids[p] = sv
	}
	// A saved what-if scenario, for GET /api/v1/analysis/what-if/scenarios/:id.
	var sc SavedScenario
	decodeBody(t, env.do(req{method: "POST", path: "/api/v1/analysis/what-if/scenarios", role: admin,
		body: `{"name":"HEAD","proposal":{"remove":["` + ids["/api/v1/actors/:id"] + `"]}}`}), &sc)
	ids["/api/v1/analysis/what-if/scenarios/:id"] = sc.ID
	ids["/api/v1/reports/social-space/:id"] = ids["/api/v1/social-spaces/:id"]
	// An offer in the public directory, for GET /api/public/v1/offers/:id.
	o := env.getOffer(ids["/api/v1/offers/:id"])
	o.Counselling = true
	b, _ := json.Marshal(o)
	if rec := env.do(req{method: "PUT", path: "/api/v1/offers/" + o.ID, role: admin, body: string(b)}); rec.Code != http.StatusOK {
		t.Fatalf("list an offer: %d %s", rec.Code, rec.Body)
	}
	ids["/api/public/v1/offers/:id"] = o.ID
	env.addUser("Ada Admin", "ada@kreis.example", admin)
	sessionCookie, _ := env.session("ada@kreis.example")
	send := func(method, path string) (*http.Response, []byte) {
		t.Helper()
		r, err := http.NewRequestWithContext(t.Context(), method, ts.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		r.Header.Set("Authorization", "Bearer "+env.tokens[admin])
		if path == "/api/v1/session" { // only a session has one
			r.Header.Del("Authorization")
			r.Header.Set("Cookie", sessionCookie)
		}
		if strings.HasPrefix(path, "/api/v1/respond") {
			r.Header.Set("Authorization", "Survey "+secret)
		}
		r.Header.Set(requestIDHeader, "head-test")
		r.Header.Set("Accept-Encoding", "gzip") // set, so that the client does not unpack GET answers
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, body
	}
	n := 0
	for _, r := range env.srv.routes() {
		if r.Method != http.MethodGet || r.Op.Status == http.StatusSeeOther {
			continue // the single sign-on's redirects for the browser: oidc_test.go
		}
		path := strings.Replace(r.Path, ":format", "csv", 1)
		if id, ok := ids[strings.TrimSuffix(strings.TrimSuffix(r.Path, "/history"), "/evaluation")]; ok {
			path = strings.Replace(path, ":id", id, 1)
		}
		n++
		get, getBody := send(http.MethodGet, path)
		head, headBody := send(http.MethodHead, path)
		if head.StatusCode != get.StatusCode || get.StatusCode != http.StatusOK {
			t.Errorf("%s: HEAD %d, GET %d, want both 200", path, head.StatusCode, get.StatusCode)
		}
		if len(headBody) != 0 || len(getBody) == 0 {
			t.Errorf("%s: HEAD body %d bytes, GET body %d bytes", path, len(headBody), len(getBody))
		}
		for _, h := range []http.Header{get.Header, head.Header} {
			h.Del("Date")
		}
		for name := range mergeKeys(get.Header, head.Header) {
			if !slices.Equal(get.Header[name], head.Header[name]) {
				t.Errorf("%s: header %s: HEAD %q, GET %q", path, name, head.Header[name], get.Header[name])
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d GET routes checked", n)
	}
}

// mergeKeys returns the header names of a and b.
func mergeKeys(a, b http.Header) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}
