package api

import (
	"cmp"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// formEnv is a test environment over the demo county with the directory on and a
// clock the test moves.
type formEnv struct {
	*testEnv
	now   time.Time
	offer string // the ID of a listed offer
}

func newFormEnv(t *testing.T) *formEnv {
	t.Helper()
	f := &formEnv{now: testToday}
	f.testEnv = newEnvWith(t, Config{Directory: &site.Settings{}, Now: func() time.Time { return f.now }}, demo.Generate(demo.County()))
	x, _, err := f.srv.directory(t.Context())
	if err != nil || x.Len() == 0 {
		t.Fatalf("directory: %v, %d entries", err, x.Len())
	}
	hits, _ := x.Search(directory.Query{})
	f.offer = hits[0].Entry.ID
	return f
}

var stampPattern = regexp.MustCompile(`name="t" value="([^"]+)"`)

// open fetches the form at path and returns its time stamp.
func (f *formEnv) open(path string) string {
	f.t.Helper()
	code, body := getPublic(f.t, f.h, path)
	m := stampPattern.FindStringSubmatch(body)
	if code != http.StatusOK || m == nil {
		f.t.Fatalf("GET %s: %d, stamp %v", path, code, m)
	}
	return m[1]
}

// post sends the form values from the address and returns the answer.
func (f *formEnv) post(path, remote string, v url.Values) *httptest.ResponseRecorder {
	f.t.Helper()
	r := httptest.NewRequest("POST", path, strings.NewReader(v.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.RemoteAddr = remote
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, r)
	if c := rec.Header().Get("Set-Cookie"); c != "" {
		f.t.Errorf("POST %s sets a cookie: %s", path, c)
	}
	return rec
}

// reports returns the stored reports.
func (f *formEnv) reports() []graph.Record {
	f.t.Helper()
	rs, err := f.store.ListRecords(f.t.Context(), "directory_reports", "")
	if err != nil {
		f.t.Fatal(err)
	}
	return rs
}

// TestDirectoryReportForms sends the public report forms as people and robots do:
// too fast, too late, forged, with the honeypot filled, incomplete, oversized, too
// often; only a proper report reaches the queue, and nothing reaches the directory.
func TestDirectoryReportForms(t *testing.T) {
	f := newFormEnv(t)
	const missing = "/beratung/angebot-melden"
	rev := f.revision()
	good := func(stamp string) url.Values {
		return url.Values{"t": {stamp}, "name": {"<script>alert(1)</script>Treff"}, "provider": {"Verein <b>Hilfe</b>"},
			"place": {"Seeburg"}, "text": {"Beratung\nfür alle"}, "contact": {""}, "homepage": {""}}
	}
	with := func(v url.Values, k, val string) url.Values {
		w := url.Values{}
		for key, vs := range v {
			w[key] = vs
		}
		w.Set(k, val)
		return w
	}
	for _, p := range []string{"/beratung", "/beratung/suche"} {
		if _, body := getPublic(t, f.h, p); !strings.Contains(body, `<a href="/beratung/angebot-melden">Angebot fehlt?`) {
			t.Errorf("%s does not link the form Angebot fehlt?", p)
		}
	}
	stamp := f.open(missing)
	for _, c := range []struct {
		name    string
		advance time.Duration
		form    url.Values
		remote  string
		status  int
		want    []string
	}{
		{"too fast", time.Second, good(stamp), "", 422, []string{"Das ging sehr schnell", "&lt;script&gt;alert(1)&lt;/script&gt;Treff"}},
		{"honeypot", 10 * time.Second, with(good(stamp), "homepage", "http://spam.example"), "", 422, []string{"muss leer bleiben"}},
		{"forged stamp", 0, with(good(stamp), "t", "1.AAAA"), "", 422, []string{"Das Formular ist abgelaufen", "Verein &lt;b&gt;Hilfe&lt;/b&gt;"}},
		{"stamp of another form", 0, with(good(stamp), "t", f.open("/beratung/angebot/"+f.offer+"/fehler-melden")), "", 422, []string{"abgelaufen"}},
		{"incomplete", 0, with(with(good(stamp), "place", "  "), "text", ""), "", 422, []string{
			`<a href="#f-place">Bitte geben Sie den Ort oder die Adresse an.</a>`, `aria-invalid="true"`,
			`id="e-text"`, "Bitte beschreiben Sie kurz, was das Angebot bietet.", "Fehler: Angebot fehlt?"}},
		{"too long", 0, with(good(stamp), "contact", strings.Repeat("x", 201)), "", 422, []string{"Die Kontaktangabe ist zu lang: höchstens 200 Zeichen, es sind 201."}},
		{"oversized", 0, with(good(stamp), "text", strings.Repeat("ä", 40000)), "", 413, []string{"Ihre Meldung ist zu lang"}},
		{"too old", 25 * time.Hour, good(stamp), "", 422, []string{"Das Formular ist abgelaufen. Ihre Angaben sind noch da"}},
	} {
		f.now = f.now.Add(c.advance)
		remote := cmp.Or(c.remote, "198.51.100.7:4000")
		rec := f.post(missing, remote, c.form)
		body := rec.Body.String()
		if rec.Code != c.status {
			t.Errorf("%s: status %d, want %d", c.name, rec.Code, c.status)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the page lacks %q", c.name, w)
			}
		}
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>Hilfe") {
			t.Errorf("%s: input comes back unescaped", c.name)
		}
		if n := len(f.reports()); n != 0 {
			t.Fatalf("%s: %d reports stored", c.name, n)
		}
	}

	// A fresh form, sent after a while: stored, and the visitor sees the receipt.
	stamp = f.open(missing)
	f.now = f.now.Add(20 * time.Second)
	rec := f.post(missing, "198.51.100.8:4000", good(stamp))
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/beratung/danke" {
		t.Fatalf("good report: %d to %q: %s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	if code, body := getPublic(t, f.h, "/beratung/danke"); code != 200 || !strings.Contains(body, "Die Redaktion prüft Ihre Meldung") {
		t.Errorf("receipt: %d", code)
	}
	if rs := f.reports(); len(rs) != 1 || !strings.Contains(string(rs[0].Data), `"kind":"missing"`) || !strings.Contains(string(rs[0].Data), `"status":"open"`) {
		t.Fatalf("stored reports: %v", rs)
	}

	// Fehler melden on an offer's page: linked from it, and the report names it.
	if _, body := getPublic(t, f.h, "/beratung/angebot/"+f.offer); !strings.Contains(body, `/beratung/angebot/`+f.offer+`/fehler-melden">Fehler melden`) {
		t.Error("the offer page does not link Fehler melden")
	}
	path := "/beratung/angebot/" + f.offer + "/fehler-melden"
	stamp = f.open(path)
	f.now = f.now.Add(5 * time.Second)
	rec = f.post(path, "198.51.100.8:4000", url.Values{"t": {stamp}, "text": {"Die Nummer <i>stimmt</i> nicht."}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/beratung/danke?angebot="+f.offer {
		t.Fatalf("error report: %d to %q", rec.Code, rec.Header().Get("Location"))
	}
	if code, _ := getPublic(t, f.h, "/beratung/angebot/gibt-es-nicht/fehler-melden"); code != 404 {
		t.Errorf("form of an unknown offer: %d", code)
	}

	// Nothing is published: the network did not change, and no page shows the reports.
	if f.revision() != rev {
		t.Error("a report changed the network")
	}
	for _, p := range []string{"/beratung/suche?q=Treff", "/beratung/suche?q=Hilfe", "/beratung/angebot/" + f.offer} {
		if _, body := getPublic(t, f.h, p); strings.Contains(body, "alert(1)") || strings.Contains(body, "stimmt</i>") || strings.Contains(body, "&lt;i&gt;stimmt") {
			t.Errorf("%s shows a report", p)
		}
	}

	// Other pages take no POST.
	if rec := f.post("/beratung/suche", "198.51.100.8:4000", url.Values{}); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /beratung/suche: %d", rec.Code)
	}
}

// TestDirectoryReportRateLimit: an address may send reportBurst forms at once; the
// next is a 429 with Retry-After that keeps the visitor's input.
func TestDirectoryReportRateLimit(t *testing.T) {
	f := newFormEnv(t)
	const path = "/beratung/angebot-melden"
	stamp := f.open(path)
	f.now = f.now.Add(time.Minute)
	form := url.Values{"t": {stamp}, "name": {"Name"}, "text": {"Nachricht <u>eins</u>"}}
	for i := range reportBurst {
		if rec := f.post(path, "203.0.113.9:1", form); rec.Code != 422 {
			t.Fatalf("post %d: %d", i, rec.Code)
		}
	}
	rec := f.post(path, "203.0.113.9:2", form)
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("post %d: %d, Retry-After %q", reportBurst+1, rec.Code, rec.Header().Get("Retry-After"))
	}
	if body := rec.Body.String(); !strings.Contains(body, "Bitte senden Sie diese in einer Minute noch einmal ab") || !strings.Contains(body, "Nachricht &lt;u&gt;eins&lt;/u&gt;") {
		t.Errorf("429 page: %s", body)
	}
	if rec := f.post(path, "203.0.113.10:1", form); rec.Code != 422 {
		t.Errorf("another address: %d", rec.Code)
	}
}

// TestDirectoryModerationAPI: only editors read and decide reports and confirm
// entries; a report is decided once.
func TestDirectoryModerationAPI(t *testing.T) {
	f := newFormEnv(t)
	stamp := f.open("/beratung/angebot-melden")
	f.now = f.now.Add(time.Minute)
	if rec := f.post("/beratung/angebot-melden", "198.51.100.1:1", url.Values{"t": {stamp}, "name": {"N"}, "provider": {"P"}, "place": {"O"}, "text": {"T"}}); rec.Code != 303 {
		t.Fatalf("report: %d", rec.Code)
	}
	id := f.reports()[0].Key
	decide := "/api/v1/directory/reports/" + id + "/decision"
	confirm := "/api/v1/directory/offers/" + f.offer + "/confirmation"
	for _, role := range []graph.Role{graph.RoleViewer, graph.RoleAnalyst} {
		for _, r := range []req{{method: "GET", path: "/api/v1/directory/reports"}, {method: "GET", path: "/api/v1/directory/outdated"},
			{method: "POST", path: decide, body: `{"status":"done"}`}, {method: "POST", path: confirm}} {
			r.role = role
			if rec := f.do(r); rec.Code != http.StatusForbidden {
				t.Errorf("%s %s as %s: %d", r.method, r.path, role, rec.Code)
			}
		}
	}
	var open reportList
	decodeBody(t, f.do(req{method: "GET", path: "/api/v1/directory/reports", role: editor}), &open)
	if len(open.Items) != 1 || open.Items[0].Name != "N" || open.Items[0].Status != upkeep.StatusOpen {
		t.Fatalf("open reports: %+v", open)
	}
	for _, c := range []struct {
		path, body string
		status     int
	}{
		{decide, `{"status":"open"}`, 422},
		{decide, `{"status":"done","note":"` + strings.Repeat("x", 1001) + `"}`, 422},
		{"/api/v1/directory/reports/gibt-es-nicht/decision", `{"status":"done"}`, 404},
		{decide, `{"status":"rejected","note":"Gibt es schon unter anderem Namen."}`, 200},
		{decide, `{"status":"done"}`, 409},
	} {
		if rec := f.do(req{method: "POST", path: c.path, role: editor, body: c.body}); rec.Code != c.status {
			t.Errorf("POST %s %.40s: %d, want %d: %s", c.path, c.body, rec.Code, c.status, rec.Body)
		}
	}
	var decided reportList
	decodeBody(t, f.do(req{method: "GET", path: "/api/v1/directory/reports?status=decided", role: editor}), &decided)
	if len(decided.Items) != 1 || decided.Items[0].Status != upkeep.StatusRejected || decided.Items[0].DecidedBy != "Test editor" || decided.Items[0].Note == "" {
		t.Errorf("decided reports: %+v", decided)
	}
	decodeBody(t, f.do(req{method: "GET", path: "/api/v1/directory/reports", role: editor}), &open)
	if len(open.Items) != 0 {
		t.Errorf("still open: %+v", open)
	}
	if rec := f.do(req{method: "GET", path: "/api/v1/directory/reports?status=alle", role: editor}); rec.Code != 400 {
		t.Errorf("status=alle: %d", rec.Code)
	}
}

// TestDirectoryOutdated lists the demo county's entries not confirmed for twelve
// months; confirming one takes it off the list and dates its page.
func TestDirectoryOutdated(t *testing.T) {
	f := newFormEnv(t)
	var list outdatedList
	decodeBody(t, f.do(req{method: "GET", path: "/api/v1/directory/outdated", role: editor}), &list)
	cutoff := f.now.AddDate(-1, 0, 0).Format(time.DateOnly)
	if list.MaxAgeMonths != 12 || len(list.Items) == 0 {
		t.Fatalf("outdated: %+v", list)
	}
	for i, s := range list.Items {
		if s.LastConfirmed == "" || s.LastConfirmed >= cutoff || (i > 0 && s.LastConfirmed < list.Items[i-1].LastConfirmed) {
			t.Errorf("item %d: confirmed %q, cutoff %s (the oldest first)", i, s.LastConfirmed, cutoff)
		}
	}
	x, _, _ := f.srv.directory(t.Context())
	var recent int
	all, _ := x.Search(directory.Query{})
	for _, h := range all {
		if h.Entry.Listing.ConfirmedAt >= cutoff {
			recent++
		}
	}
	if recent+len(list.Items) != x.Len() {
		t.Errorf("%d recent + %d outdated != %d entries", recent, len(list.Items), x.Len())
	}

	stale := list.Items[0].OfferID
	rec := f.do(req{method: "POST", path: "/api/v1/directory/offers/" + stale + "/confirmation", role: editor})
	var c upkeep.Confirmation
	decodeBody(t, rec, &c)
	if rec.Code != 200 || c.At != "2026-12-02" || c.By != "Test editor" {
		t.Fatalf("confirm: %d %+v", rec.Code, c)
	}
	var after outdatedList
	decodeBody(t, f.do(req{method: "GET", path: "/api/v1/directory/outdated", role: editor}), &after)
	if len(after.Items) != len(list.Items)-1 || after.Items[0].OfferID == stale {
		t.Errorf("after confirming %s: %d items, first %s", stale, len(after.Items), after.Items[0].OfferID)
	}
	// "Stand" is the later of the last change and the confirmation: confirmed again
	// a month later, the page shows that day.
	f.now = f.now.AddDate(0, 1, 0)
	f.do(req{method: "POST", path: "/api/v1/directory/offers/" + stale + "/confirmation", role: editor})
	if _, body := getPublic(t, f.h, "/beratung/angebot/"+stale); !strings.Contains(body, "Stand: 02.01.2027") {
		t.Error("the offer page does not show the confirmation's date")
	}
	if rec := f.do(req{method: "POST", path: "/api/v1/directory/offers/gibt-es-nicht/confirmation", role: editor}); rec.Code != 404 {
		t.Errorf("confirm an unknown offer: %d", rec.Code)
	}

	// A shorter limit (serve --directory-max-age) lists more.
	g := newEnvWith(t, Config{Directory: &site.Settings{}, DirectoryMaxAge: 3}, demo.Generate(demo.County()))
	var short outdatedList
	decodeBody(t, g.do(req{method: "GET", path: "/api/v1/directory/outdated", role: editor}), &short)
	if short.MaxAgeMonths != 3 || len(short.Items) <= len(list.Items) {
		t.Errorf("3 months: %d items, 12 months: %d", len(short.Items), len(list.Items))
	}
}
