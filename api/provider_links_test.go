package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
)

// Markers of fields that never leave the system: the provider's page must not show
// them.
const (
	markActorNote  = "MARKER-INTERN-Akteursnotiz"
	markAttribute  = "MARKER-VERTRAULICH-Attribut"
	markLegalBasis = "MARKER-INTERN-Rechtsgrundlage"
)

// sentMail is a Mailer that keeps what it sends.
type sentMail struct {
	mu   sync.Mutex
	to   []string
	body []string
}

func (m *sentMail) Send(_ context.Context, to, _, body string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.to, m.body = append(m.to, to), append(m.body, body)
	return nil
}

// providerEnv is a form environment whose provider has two entries and carries
// markers in non-public fields; its offer is another provider's entry. A mail
// gives it an SMTP server.
type providerEnv struct {
	*formEnv
	actor  string
	offers []string
}

func newProviderEnv(t *testing.T, mail *sentMail) *providerEnv {
	t.Helper()
	b := demo.Generate(demo.County())
	count := map[string]int{}
	for _, o := range b.Offers {
		if o.Counselling {
			count[o.ActorID]++
		}
	}
	p := &providerEnv{}
	for i := range b.Actors {
		a := &b.Actors[i]
		if count[a.ID] >= 2 && p.actor == "" {
			p.actor = a.ID
			a.Description, a.Attributes, a.Email = markActorNote, map[string]string{"kontakt": markAttribute}, "anbieter@example.org"
		}
	}
	f := &formEnv{now: testToday}
	for i := range b.Offers {
		switch o := &b.Offers[i]; {
		case o.ActorID == p.actor && o.Counselling:
			o.LegalBasis = markLegalBasis
			p.offers = append(p.offers, o.ID)
		case o.Counselling && f.offer == "":
			f.offer = o.ID // another provider's entry
		}
	}
	cfg := Config{Directory: &site.Settings{}, Now: func() time.Time { return f.now }}
	if mail != nil {
		cfg.Survey.Mailer = mail
	}
	f.testEnv = newEnvWith(t, cfg, b)
	p.formEnv = f
	return p
}

// issue makes a link for the actor as the role and returns the answer.
func (p *providerEnv) issue(role graph.Role, body string) (int, providerLink) {
	p.t.Helper()
	rec := p.do(req{method: "POST", path: "/api/v1/directory/provider-links", role: role, body: body})
	var l providerLink
	if rec.Code == http.StatusCreated {
		decodeBody(p.t, rec, &l)
	}
	return rec.Code, l
}

// pathOf returns the path of the link's URL.
func pathOf(t *testing.T, link string) string {
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	return u.Path
}

// TestProviderLinkAPI: only editors make links; a wrong body gets German field
// messages; the store keeps the hash only; a new link revokes the old; both are
// audited.
func TestProviderLinkAPI(t *testing.T) {
	p := newProviderEnv(t, nil)
	body := `{"actor_id":"` + p.actor + `"}`
	for _, role := range []graph.Role{"", graph.RoleViewer, graph.RoleAnalyst} {
		if code, _ := p.issue(role, body); code != http.StatusUnauthorized && code != http.StatusForbidden {
			t.Errorf("as %q: %d", role, code)
		}
	}
	for _, c := range []struct{ body, field, msg string }{
		{`{}`, "actor_id", "Bitte geben Sie den Anbieter"},
		{`{"actor_id":"gibt-es-nicht"}`, "actor_id", "Den Akteur \"gibt-es-nicht\" gibt es nicht."},
		{`{"actor_id":"` + p.actor + `","mail":true}`, "mail", "Es ist kein SMTP-Server eingerichtet"},
	} {
		rec := p.do(req{method: "POST", path: "/api/v1/directory/provider-links", role: editor, body: c.body})
		pr := problemOf(t, rec)
		if rec.Code != 422 || len(pr.Errors) != 1 || pr.Errors[0].Field != c.field || !strings.Contains(pr.Errors[0].Message, c.msg) {
			t.Errorf("%s: %d %+v", c.body, rec.Code, pr)
		}
	}
	code, first := p.issue(editor, body)
	if code != http.StatusCreated || first.ActorID != p.actor || !first.ExpiresAt.Equal(testToday.Add(upkeep.DefaultLinkValidity)) ||
		!strings.HasPrefix(first.URL, "http://example.com/beratung/anbieter/") {
		t.Fatalf("issue: %d %+v", code, first)
	}
	secret := strings.TrimPrefix(pathOf(t, first.URL), "/beratung/anbieter/")
	rs, _ := p.store.ListRecords(t.Context(), "directory_provider_links", "")
	if len(rs) != 1 || rs[0].Key != linksecret.Hash(secret) || strings.Contains(string(rs[0].Data), secret) {
		t.Fatalf("stored links: %v", rs)
	}
	if code, _ := getPublic(t, p.h, pathOf(t, first.URL)); code != 200 {
		t.Errorf("the link: %d", code)
	}
	_, second := p.issue(editor, body)
	if code, _ := getPublic(t, p.h, pathOf(t, first.URL)); code != 404 {
		t.Errorf("the revoked link: %d", code)
	}
	if code, _ := getPublic(t, p.h, pathOf(t, second.URL)); code != 200 {
		t.Errorf("the new link: %d", code)
	}
	var audit auditPage
	decodeBody(t, p.do(req{method: "GET", path: "/api/v1/audit?action=provider_link", role: graph.RoleAdmin}), &audit)
	if len(audit.Items) != 2 || audit.Items[0].Details["target"] != p.actor || strings.Contains(audit.Items[0].Details["expires_at"], secret) {
		t.Errorf("audit: %+v", audit.Items)
	}
	for _, it := range audit.Items {
		raw, _ := json.Marshal(it)
		if strings.Contains(string(raw), secret) {
			t.Errorf("the audit log holds the secret: %s", raw)
		}
	}
	// Expiry: eight weeks later the link opens nothing.
	p.now = p.now.Add(upkeep.DefaultLinkValidity)
	if code, body := getPublic(t, p.h, pathOf(t, second.URL)); code != 404 || !strings.Contains(body, "Link ungültig oder abgelaufen") {
		t.Errorf("the expired link: %d", code)
	}
}

// TestProviderLinkMail: with an SMTP server the link goes to the actor's address,
// and the sending is audited; the outdated list says which providers have one.
func TestProviderLinkMail(t *testing.T) {
	mail := &sentMail{}
	p := newProviderEnv(t, mail)
	var list outdatedList
	decodeBody(t, p.do(req{method: "GET", path: "/api/v1/directory/outdated", role: editor}), &list)
	if !list.Mail {
		t.Error("outdated: mail false with an SMTP server")
	}
	code, l := p.issue(editor, `{"actor_id":"`+p.actor+`","mail":true}`)
	if code != 201 || l.MailedTo != "anbieter@example.org" || len(mail.to) != 1 || mail.to[0] != "anbieter@example.org" || !strings.Contains(mail.body[0], l.URL) {
		t.Fatalf("mail: %d %+v %v", code, l, mail.to)
	}
	var audit auditPage
	decodeBody(t, p.do(req{method: "GET", path: "/api/v1/audit?action=provider_link_mailed", role: graph.RoleAdmin}), &audit)
	if len(audit.Items) != 1 || audit.Items[0].Details["to"] != "anbieter@example.org" {
		t.Errorf("audit: %+v", audit.Items)
	}
}

var actionPattern = regexp.MustCompile(`name="t" value="([^"]+)"`)

// TestProviderPages: the link lists the provider's entries as the public sees
// them and nothing else; "Angaben sind aktuell" confirms one, the button for all
// confirms all, and a correction lands in the moderation queue as the provider's.
func TestProviderPages(t *testing.T) {
	p := newProviderEnv(t, nil)
	_, l := p.issue(editor, `{"actor_id":"`+p.actor+`"}`)
	path := pathOf(t, l.URL)
	code, body := getPublic(t, p.h, path)
	if code != 200 || !strings.Contains(body, "Ihre Einträge prüfen") || strings.Count(body, ">Angaben sind aktuell<") != len(p.offers) {
		t.Fatalf("list: %d", code)
	}
	for _, m := range []string{markActorNote, markAttribute, markLegalBasis} {
		if strings.Contains(body, m) {
			t.Errorf("the provider's page shows the non-public %s", m)
		}
	}
	stamp := actionPattern.FindStringSubmatch(body)[1]
	post := func(path string, v url.Values) (int, string) {
		rec := p.post(path, "198.51.100.20:1", v)
		return rec.Code, rec.Header().Get("Location") + rec.Body.String()
	}
	// Forged and foreign stamps and foreign offers are refused, nothing confirmed.
	for _, v := range []url.Values{{"t": {"1.AAAA"}, "angebot": {p.offers[0]}}, {"t": {stamp}, "angebot": {p.formEnv.offer}}} {
		if code, _ := post(path, v); code != 422 {
			t.Errorf("%v: %d", v, code)
		}
	}
	if c, _ := p.srv.upkeep.Confirmations(t.Context()); len(c) != 0 {
		t.Fatalf("confirmed: %v", c)
	}
	code, loc := post(path, url.Values{"t": {stamp}, "angebot": {p.offers[0]}})
	if code != 303 || !strings.HasPrefix(loc, path+"?bestaetigt="+p.offers[0]) {
		t.Fatalf("confirm: %d %s", code, loc)
	}
	c, _ := p.srv.upkeep.Confirmations(t.Context())
	if len(c) != 1 || c[p.offers[0]].By != upkeep.ByProvider {
		t.Fatalf("confirmations: %v", c)
	}
	if _, body := getPublic(t, p.h, path+"?bestaetigt="+p.offers[0]); !strings.Contains(body, "ist als aktuell bestätigt") {
		t.Error("no thanks after confirming")
	}
	var list outdatedList
	decodeBody(t, p.do(req{method: "GET", path: "/api/v1/directory/outdated", role: editor}), &list)
	for _, s := range list.Items {
		if s.OfferID == p.offers[0] {
			t.Error("the confirmed entry is still outdated")
		}
	}
	if code, loc := post(path, url.Values{"t": {stamp}, "alle": {"1"}}); code != 303 || !strings.Contains(loc, "bestaetigt=alle") {
		t.Errorf("confirm all: %d %s", code, loc)
	}
	if c, _ := p.srv.upkeep.Confirmations(t.Context()); len(c) != len(p.offers) {
		t.Errorf("after confirming all: %v", c)
	}

	// A correction: empty is refused with the field named, then sent.
	fix := path + "/korrigieren/" + p.offers[1]
	code, body = getPublic(t, p.h, fix)
	if code != 200 || !strings.Contains(body, "Angaben korrigieren") {
		t.Fatalf("correction form: %d", code)
	}
	stamp = actionPattern.FindStringSubmatch(body)[1]
	if code, body := post(fix, url.Values{"t": {stamp}}); code != 422 || !strings.Contains(body, `<a href="#f-text">Bitte kreuzen Sie an, welche Angaben nicht stimmen`) {
		t.Errorf("empty correction: %d", code)
	}
	if code, body := post(fix, url.Values{"t": {"1.AAAA"}, "text": {"<script>x</script>"}, "neu-name": {"<b>N</b>"}}); code != 422 ||
		!strings.Contains(body, "Das Formular ist abgelaufen") || strings.Contains(body, "<script>x") || strings.Contains(body, "<b>N") || !strings.Contains(body, "&lt;script&gt;x") {
		t.Errorf("forged correction: %d, input not kept escaped", code)
	}
	code, loc = post(fix, url.Values{"t": {stamp}, "falsch": {"opening_hours"}, "neu-phone": {"0151 <b>123</b>"}, "text": {"Neue Sprechzeiten ab Januar."}})
	if code != 303 || !strings.Contains(loc, "korrigiert="+p.offers[1]) {
		t.Fatalf("correction: %d %s", code, loc)
	}
	var open reportList
	decodeBody(t, p.do(req{method: "GET", path: "/api/v1/directory/reports", role: editor}), &open)
	if len(open.Items) != 1 || !open.Items[0].FromProvider || open.Items[0].OfferID != p.offers[1] || len(open.Items[0].Corrections) != 2 ||
		open.Items[0].Corrections[0].Label != "Telefon" || open.Items[0].Corrections[0].New != "0151 <b>123</b>" || open.Items[0].Corrections[1].Field != "opening_hours" {
		t.Errorf("queue: %+v", open.Items)
	}
	if _, body := getPublic(t, p.h, "/beratung/angebot/"+p.offers[1]); strings.Contains(body, "0151") {
		t.Error("the correction was published")
	}
	if code, _ := getPublic(t, p.h, path+"/korrigieren/"+p.formEnv.offer); code != 404 {
		t.Errorf("correcting another provider's entry: %d", code)
	}
	if code, body := getPublic(t, p.h, "/beratung/anbieter/"+strings.Repeat("A", 43)); code != 404 || !strings.Contains(body, "Link ungültig oder abgelaufen") {
		t.Errorf("unknown link: %d", code)
	}
}
