package api

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// auditLog returns every stored audit record, by key.
func (e *testEnv) auditLog() map[string]graph.Record {
	e.t.Helper()
	recs, err := e.store.ListRecords(e.t.Context(), auditCollection, "")
	if err != nil {
		e.t.Fatal(err)
	}
	out := map[string]graph.Record{}
	for _, r := range recs {
		out[r.Key] = r
	}
	return out
}

// appended checks that after holds every record of before unchanged, and returns the
// records added, oldest first.
func appended(t *testing.T, before, after map[string]graph.Record) []auditEntry {
	t.Helper()
	for k, r := range before {
		a, ok := after[k]
		if !ok || a.Version != r.Version || string(a.Data) != string(r.Data) {
			t.Errorf("audit entry %s was changed or removed", k)
		}
	}
	var added []auditEntry
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range after {
			if _, old := before[k]; !old && !yield(k) {
				return
			}
		}
	}) {
		var e auditEntry
		if err := json.Unmarshal(after[k].Data, &e); err != nil {
			t.Fatal(err)
		}
		if after[k].Version != 1 {
			t.Errorf("audit entry %s has version %d, want 1 (only appended)", k, after[k].Version)
		}
		added = append(added, e)
	}
	return added
}

// TestAuditRecordsEachAction checks that each export (every format), each report,
// and each token created or revoked adds exactly one entry that says who, when and
// what, that entries are only appended, and that no secret reaches the log.
func TestAuditRecordsEachAction(t *testing.T) {
	env := newEnv(t, Config{})
	ctx := t.Context()
	var secrets []string
	step := func(what string, r req, wantStatus int, want auditEntry) {
		t.Helper()
		before := env.auditLog()
		rec := env.do(r)
		if rec.Code != wantStatus {
			t.Fatalf("%s: %d %.300s", what, rec.Code, rec.Body)
		}
		if s := rec.Header().Get("Content-Type"); strings.HasPrefix(s, "application/json") && strings.Contains(rec.Body.String(), `"secret"`) {
			var ct createdToken
			decodeBody(t, rec, &ct)
			secrets = append(secrets, ct.Secret)
		}
		added := appended(t, before, env.auditLog())
		if want.Action == "" {
			if len(added) != 0 {
				t.Errorf("%s added %d audit entries, want none: %+v", what, len(added), added)
			}
			return
		}
		if len(added) != 1 {
			t.Fatalf("%s added %d audit entries, want 1: %+v", what, len(added), added)
		}
		got := added[0]
		if got.Action != want.Action || got.Who != want.Who || got.Role != want.Role || !got.At.Equal(testToday) {
			t.Errorf("%s: entry %+v, want action %s by %s (%s) at %v", what, got, want.Action, want.Who, want.Role, testToday)
		}
		for k, v := range want.Details {
			if got.Details[k] != v {
				t.Errorf("%s: detail %s = %q, want %q (all: %v)", what, k, got.Details[k], v, got.Details)
			}
		}
	}

	for _, f := range importers.Formats() {
		if !f.Encode {
			continue
		}
		step("export "+f.Name, req{method: "GET", path: "/api/v1/exports/" + f.Name + "?field=health&wave=wv-2", role: viewer}, http.StatusOK,
			auditEntry{Action: auditExport, Who: "Test viewer", Role: graph.RoleViewer,
				Details: map[string]string{"format": f.Name, "filters": "field=health&wave=wv-2"}})
	}
	step("refused export", req{method: "GET", path: "/api/v1/exports/csv?rolle=unbekannt", role: viewer}, http.StatusBadRequest, auditEntry{})
	step("steering report", req{method: "GET", path: "/api/v1/reports/steering?from=wv-1&to=wv-2", role: analyst}, http.StatusOK,
		auditEntry{Action: auditReport, Who: "Test analyst", Role: graph.RoleAnalyst,
			Details: map[string]string{"format": "html", "filters": "from=wv-1&to=wv-2", "file": "bericht-2025-03-31.html"}})
	step("space profile", req{method: "GET", path: "/api/v1/reports/social-space/sp-nord?wave=wv-2", role: analyst}, http.StatusOK,
		auditEntry{Action: auditReport, Who: "Test analyst", Role: graph.RoleAnalyst,
			Details: map[string]string{"format": "html", "target": "sp-nord", "filters": "wave=wv-2"}})
	step("create token", req{method: "POST", path: "/api/v1/tokens", role: admin, body: `{"name":"Träger","role":"editor","actor_id":"ac-1","expires_at":"2027-06-30T00:00:00Z"}`},
		http.StatusCreated, auditEntry{Action: auditTokenCreated, Who: "Test admin", Role: graph.RoleAdmin,
			Details: map[string]string{"target": "Träger", "role": "editor", "actor_id": "ac-1", "expires_at": "2027-06-30T00:00:00Z"}})
	tokens, err := env.store.Tokens(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, tok := range tokens {
		if tok.Name == "Träger" {
			id = tok.ID
		}
	}
	step("revoke token", req{method: "DELETE", path: "/api/v1/tokens/" + id, role: admin}, http.StatusNoContent,
		auditEntry{Action: auditTokenRevoked, Who: "Test admin", Role: graph.RoleAdmin, Details: map[string]string{"target": "Träger", "token": id, "role": "editor"}})
	step("revoke a missing token", req{method: "DELETE", path: "/api/v1/tokens/" + id, role: admin}, http.StatusNotFound, auditEntry{})

	if len(secrets) != 1 {
		t.Fatalf("collected %d secrets", len(secrets))
	}
	for k, r := range env.auditLog() {
		if strings.Contains(string(r.Data), secrets[0]) || strings.Contains(string(r.Data), graph.TokenPrefix) || strings.Contains(string(r.Data), env.tokens[admin]) {
			t.Errorf("audit entry %s holds a token secret: %s", k, r.Data)
		}
	}
}

// TestAuditHelperForSignIns checks the method that sign-ins and role changes call:
// without a principal the entry names who from the details, and secrets are dropped.
func TestAuditHelperForSignIns(t *testing.T) {
	env := newEnv(t, Config{})
	c, _ := gin.CreateTestContext(httptest.NewRecorder())
	c.Request = httptest.NewRequest("POST", "/anmeldung", nil)
	err := env.srv.audit(c, auditSignInFailed, map[string]string{"who": "anna@kreis.example", "password": "geheim123", "reason": "falsches Passwort",
		"note": "Token " + graph.NewTokenSecret()})
	if err != nil {
		t.Fatal(err)
	}
	if err := env.srv.audit(c, "erfunden", nil); err == nil {
		t.Error("an unknown action was recorded")
	}
	added := appended(t, nil, env.auditLog())
	if len(added) != 1 {
		t.Fatalf("%d entries", len(added))
	}
	e := added[0]
	if e.Who != "anna@kreis.example" || e.Action != auditSignInFailed || e.Details["reason"] != "falsches Passwort" || e.Details["note"] != "[entfernt]" {
		t.Errorf("entry %+v", e)
	}
	if _, ok := e.Details["password"]; ok {
		t.Errorf("the password reached the log: %+v", e)
	}
	if _, ok := e.Details["who"]; ok {
		t.Errorf("who is kept twice: %+v", e)
	}
}

// TestAuditSignInsAndRoleChanges records a refused and a successful password
// sign-in and an admin's role change of an account, with who, what and why.
func TestAuditSignInsAndRoleChanges(t *testing.T) {
	env := newEnv(t, Config{})
	a := env.addUser("Berta Beispiel", "berta@kreis.example", viewer)
	before := env.auditLog()
	if rec := env.signIn("berta@kreis.example", "falsch-falsch-falsch", nil); rec.Code != http.StatusUnauthorized {
		t.Fatalf("wrong password: %d", rec.Code)
	}
	env.session("berta@kreis.example")
	body, _ := json.Marshal(userUpdate{Name: "Berta Beispiel", Role: analyst})
	if rec := env.do(req{method: "PUT", path: "/api/v1/users/" + a.ID, role: admin, body: string(body)}); rec.Code != http.StatusOK {
		t.Fatalf("role change: %d %s", rec.Code, rec.Body)
	}
	added := appended(t, before, env.auditLog())
	if len(added) != 3 {
		t.Fatalf("%d entries, want 3: %+v", len(added), added)
	}
	// The test's clock stands still, so the entries' order is not the one written.
	byAction := map[string]auditEntry{}
	for _, e := range added {
		byAction[e.Action] = e
	}
	if e := byAction[auditSignInFailed]; e.Action != auditSignInFailed || e.Who != "berta@kreis.example" || e.Details["reason"] != "abgewiesen" {
		t.Errorf("refused sign-in: %+v", e)
	}
	if e := byAction[auditSignIn]; e.Action != auditSignIn || e.Who != "Berta Beispiel" || e.Role != viewer || e.Details["method"] != "Passwort" {
		t.Errorf("sign-in: %+v", e)
	}
	if e := byAction[auditRoleChanged]; e.Action != auditRoleChanged || e.Details["target"] != "berta@kreis.example" || e.Details["old_role"] != "viewer" || e.Details["new_role"] != "analyst" {
		t.Errorf("role change: %+v", e)
	}
}

// TestAuditListAndExport reads the log through the API: only admins, newest first,
// filtered by action and time, in pages, and as CSV; the CSV download is recorded.
func TestAuditListAndExport(t *testing.T) {
	now := testToday
	env := newEnv(t, Config{Now: func() time.Time { return now }})
	for i, f := range []string{"csv", "json", "xlsx", "csv"} {
		now = testToday.Add(time.Duration(i) * 24 * time.Hour)
		if rec := env.do(req{method: "GET", path: "/api/v1/exports/" + f + "?field=health", role: viewer}); rec.Code != http.StatusOK {
			t.Fatalf("export: %d %s", rec.Code, rec.Body)
		}
	}
	now = testToday.Add(4 * 24 * time.Hour)
	env.createToken(`{"name":"=HYPERLINK(\"http://x\")","role":"viewer"}`)

	for _, role := range []graph.Role{viewer, analyst, editor} {
		if rec := env.do(req{method: "GET", path: "/api/v1/audit", role: role}); rec.Code != http.StatusForbidden {
			t.Errorf("GET /audit as %s: %d", role, rec.Code)
		}
	}
	list := func(query string) auditPage {
		t.Helper()
		rec := env.do(req{method: "GET", path: "/api/v1/audit" + query, role: admin})
		if rec.Code != http.StatusOK {
			t.Fatalf("GET /audit%s: %d %s", query, rec.Code, rec.Body)
		}
		var p auditPage
		decodeBody(t, rec, &p)
		return p
	}
	all := list("")
	if len(all.Items) != 5 || all.Items[0].Action != auditTokenCreated || all.Items[4].Details["format"] != "csv" || all.Next != "" {
		t.Fatalf("all entries: %+v", all)
	}
	if got := list("?action=export&since=2026-12-03&until=2026-12-04"); len(got.Items) != 2 || got.Items[0].Details["format"] != "xlsx" || got.Items[1].Details["format"] != "json" {
		t.Errorf("exports on 3 and 4 December: %+v", got.Items)
	}
	if got := list("?since=2026-12-05T12:00:00Z"); len(got.Items) != 2 {
		t.Errorf("since a time: %+v", got.Items)
	}
	var keys []string
	for cursor := ""; ; {
		p := list("?action=export&limit=3&cursor=" + cursor)
		for _, e := range p.Items {
			keys = append(keys, e.Details["format"])
		}
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	if strings.Join(keys, ",") != "csv,xlsx,json,csv" {
		t.Errorf("pages of exports: %v", keys)
	}
	for _, q := range []string{"?action=loeschen", "?action=", "?since=", "?since=gestern", "?until=2026-13-01", "?since=2026-12-05&until=2026-12-04", "?limit=0", "?unbekannt=1"} {
		if rec := env.do(req{method: "GET", path: "/api/v1/audit" + q, role: admin}); rec.Code != http.StatusBadRequest {
			t.Errorf("GET /audit%s: %d, want 400", q, rec.Code)
		}
	}

	before := env.auditLog()
	now = now.Add(time.Minute) // entries of the same instant have no order among them
	rec := env.do(req{method: "GET", path: "/api/v1/audit/export?until=2026-12-06", role: admin})
	if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Content-Disposition"), "protokoll") {
		t.Fatalf("CSV: %d %v %s", rec.Code, rec.Header(), rec.Body)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 || rows[0][0] != "Zeitpunkt (UTC)" || rows[1][3] != "Protokoll exportiert" || rows[2][3] != "Token angelegt" ||
		rows[6][3] != "Export" || rows[6][5] != "csv" || rows[6][6] != "field=health" {
		t.Errorf("CSV rows %q", rows)
	}
	if rows[2][4] != `'=HYPERLINK("http://x")` {
		t.Errorf("a formula in the CSV is not neutralised: %q", rows[2][4])
	}
	added := appended(t, before, env.auditLog())
	if len(added) != 1 || added[0].Action != auditLogExport || added[0].Details["filters"] != "until=2026-12-06" {
		t.Errorf("the CSV download was recorded as %+v", added)
	}
}

// TestAuditCannotBeChanged checks that the route table has no route that writes to
// the audit log, and that every write method on its paths is refused and leaves it
// unchanged.
func TestAuditCannotBeChanged(t *testing.T) {
	env := newEnv(t, Config{})
	for _, r := range env.srv.routes() {
		if strings.HasPrefix(r.Path, "/api/v1/audit") && r.Method != http.MethodGet {
			t.Errorf("route %s %s writes to the audit log", r.Method, r.Path)
		}
	}
	env.do(req{method: "GET", path: "/api/v1/exports/csv", role: admin})
	before := env.auditLog()
	var key string
	for k := range before {
		key = k
	}
	for _, method := range []string{"POST", "PUT", "PATCH", "DELETE"} {
		for _, path := range []string{"/api/v1/audit", "/api/v1/audit/" + key, "/api/v1/audit/export"} {
			rec := env.do(req{method: method, path: path, role: admin, body: `{"action":"export"}`})
			if rec.Code != http.StatusMethodNotAllowed && rec.Code != http.StatusNotFound {
				t.Errorf("%s %s: %d, want 404 or 405", method, path, rec.Code)
			}
		}
	}
	if added := appended(t, before, env.auditLog()); len(added) != 0 {
		t.Errorf("refused writes added %+v", added)
	}
}

// TestSweep checks the retention sweep with an injected clock: audit entries older
// than the retention go, younger ones stay; with a history retention the history of
// an actor deleted longer ago goes (and the purge is recorded), not before.
func TestSweep(t *testing.T) {
	now := testToday
	env := newEnv(t, Config{Now: func() time.Time { return now }, AuditRetention: 30 * 24 * time.Hour, HistoryRetention: 10 * 24 * time.Hour})
	ctx := t.Context()
	for _, daysAgo := range []int{45, 31, 29, 0} {
		now = testToday.AddDate(0, 0, -daysAgo)
		env.do(req{method: "GET", path: "/api/v1/exports/json", role: viewer})
	}
	now = testToday
	removed, _, err := env.srv.Sweep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, r := range env.auditLog() {
		var e auditEntry
		if err := json.Unmarshal(r.Data, &e); err != nil {
			t.Fatal(err)
		}
		left = append(left, e.At.Format(time.DateOnly))
	}
	slices.Sort(left)
	if removed != 2 || strings.Join(left, ",") != "2026-11-03,2026-12-02" {
		t.Errorf("the sweep removed %d entries and left %v", removed, left)
	}

	// The store writes the history with the real clock.
	if rec := env.do(req{method: "DELETE", path: "/api/v1/offers/of-2", role: editor}); rec.Code != http.StatusOK {
		t.Fatalf("delete: %d %s", rec.Code, rec.Body)
	}
	deleted := time.Now()
	for _, tc := range []struct {
		at   time.Time
		want int
	}{{deleted.Add(9 * 24 * time.Hour), 0}, {deleted.Add(11 * 24 * time.Hour), 1}} {
		now = tc.at
		_, n, err := env.srv.Sweep(ctx)
		if err != nil || n != tc.want {
			t.Errorf("sweep at %v purged %d histories (%v), want %d", tc.at, n, err, tc.want)
		}
	}
	if h, err := env.store.History(ctx, graph.KindOffer, "of-2"); err != nil || len(h) != 0 {
		t.Errorf("history of the purged offer: %v, %v", h, err)
	}
	if h, err := env.store.History(ctx, graph.KindOffer, "of-1"); err != nil || len(h) == 0 {
		t.Errorf("history of an existing offer: %v, %v", h, err)
	}
	page, _, err := env.srv.auditEntries(ctx, auditQuery{action: auditHistoryPurged}, 0)
	if err != nil || len(page) != 1 || page[0].Details["entities"] != "1" || page[0].Who != sweeper.Name {
		t.Errorf("the purge is recorded as %+v, %v", page, err)
	}
}
