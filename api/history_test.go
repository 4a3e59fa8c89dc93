package api

import (
	"net/http"
	"strings"
	"testing"
)

// TestHistoryRoutes edits an actor, reads its history, restores a version, and checks
// the 404 of a version that does not exist.
func TestHistoryRoutes(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "POST", path: "/api/v1/actors", role: editor, body: `{"id":"h-1","name":"Erst","kind":"association","legal_domains":["sgb9"]}`})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "PUT", path: "/api/v1/actors/h-1", role: editor, body: `{"name":"Dann","kind":"association","legal_domains":["sgb9"],"version":1}`})
	if rec.Code != http.StatusOK {
		t.Fatalf("update: %d %s", rec.Code, rec.Body)
	}
	var h historyResponse
	rec = env.do(req{method: "GET", path: "/api/v1/actors/h-1/history", role: viewer})
	decodeBody(t, rec, &h)
	if rec.Code != http.StatusOK || len(h.Items) != 2 || h.Items[0].By != "Test editor" || h.Items[0].Changes[0].Field != "name" {
		t.Fatalf("history: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "POST", path: "/api/v1/actors/h-1/history/1/restore", role: editor})
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"name":"Erst"`) || rec.Header().Get("ETag") != `"3"` {
		t.Fatalf("restore: %d %s", rec.Code, rec.Body)
	}
	for _, path := range []string{"/api/v1/actors/h-1/history/9/restore", "/api/v1/actors/h-1/history/x/restore", "/api/v1/actors/nobody/history/1/restore"} {
		if rec := env.do(req{method: "POST", path: path, role: editor}); rec.Code != http.StatusNotFound {
			t.Fatalf("%s: %d %s, want 404", path, rec.Code, rec.Body)
		}
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/actors/nobody/history", role: viewer}); rec.Code != http.StatusNotFound {
		t.Fatalf("history of nothing: %d, want 404", rec.Code)
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/actors/h-1/history/1/restore", role: viewer}); rec.Code != http.StatusForbidden {
		t.Fatalf("restore as viewer: %d, want 403", rec.Code)
	}
}

// TestRevertRoute reverts a batch, then refuses the second revert with 409.
func TestRevertRoute(t *testing.T) {
	env := newEnv(t, Config{})
	var res struct {
		BatchID string `json:"batch_id"`
	}
	rec := env.do(req{method: "POST", path: "/api/v1/batch", role: editor,
		body: `{"actors":[{"external_key":"RV-1","name":"Neu","kind":"association","legal_domains":["sgb9"]}]}`})
	decodeBody(t, rec, &res)
	if rec.Code != http.StatusOK || res.BatchID == "" {
		t.Fatalf("batch: %d %s", rec.Code, rec.Body)
	}
	before := env.revision()
	rec = env.do(req{method: "POST", path: "/api/v1/batches/" + res.BatchID + "/revert", role: editor})
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"actor":1`) {
		t.Fatalf("revert: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "POST", path: "/api/v1/batches/" + res.BatchID + "/revert", role: editor})
	if p := problemOf(t, rec); rec.Code != http.StatusConflict || !strings.Contains(p.Detail, "schon rückgängig") {
		t.Fatalf("second revert: %d %s", rec.Code, rec.Body)
	}
	if env.revision() != before+1 {
		t.Fatal("the refused revert wrote")
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/batches/batch_nix/revert", role: editor}); rec.Code != http.StatusNotFound {
		t.Fatalf("unknown batch: %d, want 404", rec.Code)
	}
	var page activityResponse
	rec = env.do(req{method: "GET", path: "/api/v1/activity?batch_id=" + res.BatchID, role: editor})
	decodeBody(t, rec, &page)
	if rec.Code != http.StatusOK || len(page.Items) != 1 {
		t.Fatalf("activity: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/activity", role: analyst}); rec.Code != http.StatusForbidden {
		t.Fatalf("activity as analyst: %d, want 403", rec.Code)
	}
	for _, q := range []string{"cursor=abc", "limit=0", "since=gestern", "kind=person", "kind="} {
		if rec := env.do(req{method: "GET", path: "/api/v1/activity?" + q, role: editor}); rec.Code != http.StatusBadRequest {
			t.Fatalf("activity?%s: %d, want 400", q, rec.Code)
		}
	}
}

// TestClosedWaveRoutes closes a wave as editor, gets 409 for a cooperation in it,
// and 403 for reopening it as editor; an admin reopens it.
func TestClosedWaveRoutes(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "POST", path: "/api/v1/waves", role: editor, body: `{"id":"wz","name":"Erhebung Z","date":"2026-10-01"}`})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create wave: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "PUT", path: "/api/v1/waves/wz", role: editor, body: `{"name":"Erhebung Z","date":"2026-10-01","closed":true,"version":1}`})
	if rec.Code != http.StatusOK {
		t.Fatalf("close: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "POST", path: "/api/v1/cooperations", role: editor, body: `{"from":"ac-1","to":"ac-3","kinds":["referral"],"intensity":2,"wave_id":"wz"}`})
	if p := problemOf(t, rec); rec.Code != http.StatusConflict || !strings.Contains(p.Detail, "abgeschlossen") {
		t.Fatalf("cooperation in a closed wave: %d %s", rec.Code, rec.Body)
	}
	reopen := `{"name":"Erhebung Z","date":"2026-10-01","closed":false,"version":2}`
	rec = env.do(req{method: "PUT", path: "/api/v1/waves/wz", role: editor, body: reopen})
	if p := problemOf(t, rec); rec.Code != http.StatusForbidden || !strings.Contains(p.Detail, "Administrator") {
		t.Fatalf("reopen as editor: %d %s", rec.Code, rec.Body)
	}
	if rec := env.do(req{method: "POST", path: "/api/v1/waves/wz/history/1/restore", role: editor}); rec.Code != http.StatusForbidden {
		t.Fatalf("restore of the open version as editor: %d, want 403", rec.Code)
	}
	if rec := env.do(req{method: "PUT", path: "/api/v1/waves/wz", role: admin, body: reopen}); rec.Code != http.StatusOK {
		t.Fatalf("reopen as admin: %d %s", rec.Code, rec.Body)
	}
}

// TestActivityParameterLengths checks that the feed refuses the filter values longer
// than the document allows, naming the parameter.
func TestActivityParameterLengths(t *testing.T) {
	env := newEnv(t, Config{})
	for _, name := range []string{"entity_id", "batch_id"} {
		rec := env.do(req{method: "GET", path: "/api/v1/activity?" + name + "=" + strings.Repeat("0", 65), role: editor})
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `"field":"`+name+`"`) || !strings.Contains(rec.Body.String(), "Höchstens 64 Zeichen") {
			t.Errorf("%s: %d %s", name, rec.Code, rec.Body)
		}
	}
}
