package api

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// createToken creates a token through the API as admin and returns its secret.
func (e *testEnv) createToken(body string) (string, createdToken) {
	e.t.Helper()
	rec := e.do(req{method: "POST", path: "/api/v1/tokens", role: admin, body: body})
	if rec.Code != http.StatusCreated {
		e.t.Fatalf("create token %s: %d %s", body, rec.Code, rec.Body)
	}
	var ct createdToken
	decodeBody(e.t, rec, &ct)
	return ct.Secret, ct
}

// bearer returns the header that signs in with secret.
func bearer(secret string) map[string]string {
	return map[string]string{"Authorization": "Bearer " + secret}
}

// TestScopedToken checks that a token scoped to an actor reads everything its role
// allows but writes only its actor and that actor's offers: every other write is a
// 403 that names the actor and leaves the data as it was.
func TestScopedToken(t *testing.T) {
	env := newEnv(t, Config{})
	secret, ct := env.createToken(`{"name":"Lebenshilfe Selbstpflege","role":"editor","actor_id":"ac-1","expires_at":"2027-01-31T23:59:59+01:00"}`)
	if ct.ActorID != "ac-1" || ct.ExpiresAt == nil || !ct.ExpiresAt.Equal(time.Date(2027, 1, 31, 22, 59, 59, 0, time.UTC)) {
		t.Fatalf("created %+v", ct)
	}
	as := bearer(secret)
	var tl tokenList
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/tokens", role: admin}), &tl)
	found := false
	for _, tok := range tl.Items {
		found = found || (tok.ID == ct.ID && tok.ActorID == "ac-1" && tok.ExpiresAt != nil)
	}
	if !found {
		t.Errorf("the token list does not show scope and expiry: %+v", tl.Items)
	}

	for _, path := range []string{"/api/v1/actors/ac-2", "/api/v1/offers/of-2", "/api/v1/network", "/api/v1/exports/csv"} {
		if rec := env.do(req{method: "GET", path: path, header: as}); rec.Code != http.StatusOK {
			t.Errorf("GET %s with a scoped token: %d %s", path, rec.Code, rec.Body)
		}
	}

	allowed := []req{
		{method: "PUT", path: "/api/v1/actors/ac-1", body: `{"name":"Lebenshilfe Seeland e.V. (neu)","kind":"association","legal_domains":["sgb9"]}`},
		{method: "POST", path: "/api/v1/offers", body: `{"id":"of-neu","actor_id":"ac-1","name":"Offener Treff","fields":["health"]}`},
		{method: "PUT", path: "/api/v1/offers/of-neu", body: `{"actor_id":"ac-1","name":"Offener Treff am Abend","fields":["health"]}`},
		{method: "DELETE", path: "/api/v1/offers/of-neu"},
		{method: "POST", path: "/api/v1/analysis/what-if", body: `{"add":[{"from":"ac-1","to":"ac-3","kinds":["information"],"intensity":2}]}`},
	}
	for _, r := range allowed {
		r.header = map[string]string{"Authorization": as["Authorization"], "If-Match": `"1"`}
		if r.method == "DELETE" {
			r.header["If-Match"] = `"2"`
		}
		if rec := env.do(r); rec.Code >= 300 {
			t.Errorf("%s %s with a scoped token: %d %s", r.method, r.path, rec.Code, rec.Body)
		}
	}

	rev := env.revision()
	refused := []struct {
		r    req
		want string
	}{
		{req{method: "PUT", path: "/api/v1/actors/ac-2", body: `{"name":"Caritas","kind":"association","legal_domains":["sgb9"]}`}, "„Caritas Beratung“ ist ein anderer"},
		{req{method: "DELETE", path: "/api/v1/actors/ac-1"}, "Löschungen von Akteuren"},
		{req{method: "POST", path: "/api/v1/actors", body: `{"name":"Neu","kind":"association","legal_domains":["sgb9"]}`}, "Andere Änderungen"},
		{req{method: "POST", path: "/api/v1/offers", body: `{"actor_id":"ac-2","name":"Fremd","fields":["health"]}`}, "nicht zu „ac-2“"},
		{req{method: "POST", path: "/api/v1/offers", body: `{"name":"Ohne Akteur","fields":["health"]}`}, "nicht zu „“"},
		{req{method: "PUT", path: "/api/v1/offers/of-2", body: `{"actor_id":"ac-1","name":"Übernommen","fields":["health"]}`}, "gehört zum Akteur „Caritas Beratung“"},
		{req{method: "PUT", path: "/api/v1/offers/of-1", body: `{"actor_id":"ac-2","name":"Weggegeben","fields":["health"]}`}, "nicht zu „ac-2“"},
		{req{method: "DELETE", path: "/api/v1/offers/of-2"}, "gehört zum Akteur"},
		{req{method: "DELETE", path: "/api/v1/offers/of-missing"}, "gibt es nicht"},
		{req{method: "POST", path: "/api/v1/batch", body: `{"offers":[{"external_key":"x","actor_id":"ac-1","name":"X","fields":["health"]}]}`}, "auch Importe"},
		{req{method: "POST", path: "/api/v1/cooperations", body: `{"from":"ac-1","to":"ac-2","kinds":["information"],"intensity":2}`}, "Andere Änderungen"},
		{req{method: "POST", path: "/api/v1/saved-views", body: `{"name":"Meine","path":"/karte"}`}, "Andere Änderungen"},
	}
	for _, tc := range refused {
		tc.r.header = map[string]string{"Authorization": as["Authorization"], "If-Match": `"1"`}
		rec := env.do(tc.r)
		if rec.Code != http.StatusForbidden {
			t.Errorf("%s %s with a scoped token: %d, want 403 (%s)", tc.r.method, tc.r.path, rec.Code, rec.Body)
			continue
		}
		detail := problemOf(t, rec).Detail
		if !strings.Contains(detail, "auf den Akteur „Lebenshilfe Seeland e.V. (neu)“ beschränkt") || !strings.Contains(detail, tc.want) {
			t.Errorf("%s %s: detail %q, want the actor and %q", tc.r.method, tc.r.path, detail, tc.want)
		}
	}
	if r := env.revision(); r != rev {
		t.Errorf("refused writes moved the revision from %d to %d", rev, r)
	}

	for _, tc := range []struct{ body, field string }{
		{`{"name":"A","role":"admin","actor_id":"ac-1"}`, "actor_id"},
		{`{"name":"B","role":"viewer","actor_id":"ac-1"}`, "actor_id"},
		{`{"name":"C","role":"editor","actor_id":"ac-99"}`, "actor_id"},
		{`{"name":"D","role":"editor","expires_at":"2026-12-01T00:00:00Z"}`, "expires_at"},
	} {
		rec := env.do(req{method: "POST", path: "/api/v1/tokens", role: admin, body: tc.body})
		if p := problemOf(t, rec); rec.Code != http.StatusUnprocessableEntity || len(p.Errors) != 1 || p.Errors[0].Field != tc.field {
			t.Errorf("create token %s: %d %s, want 422 naming %s", tc.body, rec.Code, rec.Body, tc.field)
		}
	}
}

// TestExpiredAndRevokedToken checks that a token is refused from the moment it
// expires, and from the moment it is revoked, with no delay.
func TestExpiredAndRevokedToken(t *testing.T) {
	now := testToday
	env := newEnv(t, Config{Now: func() time.Time { return now }})
	secret, _ := env.createToken(`{"name":"Befristet","role":"viewer","expires_at":"2026-12-02T13:00:00Z"}`)
	if rec := env.do(req{method: "GET", path: "/api/v1/me", header: bearer(secret)}); rec.Code != http.StatusOK {
		t.Fatalf("before its expiry: %d %s", rec.Code, rec.Body)
	}
	now = time.Date(2026, 12, 2, 13, 0, 0, 0, time.UTC)
	rec := env.do(req{method: "GET", path: "/api/v1/me", header: bearer(secret)})
	if rec.Code != http.StatusUnauthorized || !strings.Contains(problemOf(t, rec).Detail, "„Befristet“ ist am 02.12.2026 um 13:00 Uhr abgelaufen") {
		t.Errorf("at its expiry: %d %s", rec.Code, rec.Body)
	}
	if !strings.Contains(rec.Header().Get("WWW-Authenticate"), `error="invalid_token"`) {
		t.Errorf("WWW-Authenticate %q", rec.Header().Get("WWW-Authenticate"))
	}

	secret, ct := env.createToken(`{"name":"Bald widerrufen","role":"editor"}`)
	if rec := env.do(req{method: "GET", path: "/api/v1/me", header: bearer(secret)}); rec.Code != http.StatusOK {
		t.Fatalf("before its revocation: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "DELETE", path: "/api/v1/tokens/" + ct.ID, role: admin}); rec.Code != http.StatusNoContent {
		t.Fatalf("revoke: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/me", header: bearer(secret)}); rec.Code != http.StatusUnauthorized {
		t.Errorf("right after its revocation: %d %s", rec.Code, rec.Body)
	}
}
