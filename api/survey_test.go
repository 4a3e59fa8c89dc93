package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// newSurvey creates an open survey of the wave over all actors and returns its ID
// and the secret of a link for the first respondent.
func newSurvey(t *testing.T, env *testEnv, wave string) (id, secret string) {
	t.Helper()
	body := fmt.Sprintf(`{"wave_id":%q,"title":"Netzwerkerhebung","roster":{"mode":"all"},"questions":{"kinds":true,"direction":true},
		"opens_at":"2026-11-01T00:00:00Z","closes_at":"2027-01-31T00:00:00Z","contact":{"name":"Netzwerkkoordination"}}`, wave)
	rec := env.do(req{method: "POST", path: "/api/v1/surveys", role: editor, body: body})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create survey: %d %s", rec.Code, rec.Body)
	}
	var sv survey.Survey
	decodeBody(t, rec, &sv)
	links, err := env.srv.surveys.IssueLinks(t.Context(), sv.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, secret, _ = strings.Cut(links[0].URL, "#")
	return sv.ID, secret
}

// firstWave returns the ID of a wave of the fixture.
func firstWave(t *testing.T, env *testEnv) string {
	t.Helper()
	var page struct{ Items []struct{ ID string } }
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/waves?limit=1", role: admin}), &page)
	return page.Items[0].ID
}

func TestSurveyEditorRoutesNeedEditor(t *testing.T) {
	env := newEnv(t, Config{})
	id, _ := newSurvey(t, env, firstWave(t, env))
	for _, path := range []string{"/api/v1/surveys", "/api/v1/surveys/" + id, "/api/v1/surveys/" + id + "/dashboard"} {
		for role, want := range map[graph.Role]int{viewer: http.StatusForbidden, analyst: http.StatusForbidden, editor: http.StatusOK, "": http.StatusUnauthorized} {
			if rec := env.do(req{method: "GET", path: path, role: role}); rec.Code != want {
				t.Errorf("GET %s as %q: %d, want %d", path, role, rec.Code, want)
			}
		}
	}
}

func TestRespondentThroughTheAPI(t *testing.T) {
	env := newEnv(t, Config{})
	id, secret := newSurvey(t, env, firstWave(t, env))
	auth := map[string]string{"Authorization": "Survey " + secret}
	rec := env.do(req{method: "GET", path: "/api/v1/respond", header: auth})
	if rec.Code != http.StatusOK || rec.Header().Get("Cache-Control") != "no-store" {
		t.Fatalf("view: %d %s", rec.Code, rec.Body)
	}
	var v survey.RespondentView
	decodeBody(t, rec, &v)
	var partner, name string
	if len(v.Roster) > 0 {
		partner, name = v.Roster[0].ID, v.Roster[0].Name
	} else {
		var hits searchResponse
		decodeBody(t, env.do(req{method: "GET", path: "/api/v1/respond/roster?q=", header: auth}), &hits)
		partner, name = hits.Items[0].ID, hits.Items[0].Name
	}
	// A draft keeps a ticked partner whose intensity is not answered yet (0); submitting
	// it is refused with a message that names the partner and the question, and the
	// draft stays.
	open := fmt.Sprintf(`{"version":0,"answers":{"consent":true,"ties":[{"partner":%q,"intensity":0}]}}`, partner)
	if rec := env.do(req{method: "PUT", path: "/api/v1/respond/answers", header: auth, body: open}); rec.Code != http.StatusOK {
		t.Fatalf("draft with an open intensity: %d %s", rec.Code, rec.Body)
	}
	rec = env.do(req{method: "POST", path: "/api/v1/respond/submit", header: auth, body: strings.Replace(open, `"version":0`, `"version":1`, 1)})
	var p problem
	decodeBody(t, rec, &p)
	if rec.Code != http.StatusUnprocessableEntity || len(p.Errors) != 1 || p.Errors[0].Field != "answers.ties[0].intensity" ||
		!strings.Contains(p.Errors[0].Message, "„"+name+"“") || !strings.Contains(p.Errors[0].Message, survey.IntensityQuestion) {
		t.Fatalf("submission with an open intensity: %d %s", rec.Code, rec.Body)
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/respond", header: auth}), &v)
	if v.State != survey.StateOpen || v.Version != 1 || len(v.Answers.Ties) != 1 || v.Answers.Ties[0].Intensity != 0 || len(v.Partners) != 1 {
		t.Fatalf("the draft after the refused submission: state %s, version %d, ties %+v", v.State, v.Version, v.Answers.Ties)
	}
	save := fmt.Sprintf(`{"version":1,"answers":{"consent":true,"ties":[{"partner":%q,"intensity":2,"direction":"out"}]}}`, partner)
	if rec := env.do(req{method: "PUT", path: "/api/v1/respond/answers", header: auth, body: save}); rec.Code != http.StatusOK {
		t.Fatalf("save: %d %s", rec.Code, rec.Body)
	}
	// The same body again is a stale version: 409, as from a second tab.
	if rec := env.do(req{method: "PUT", path: "/api/v1/respond/answers", header: auth, body: save}); rec.Code != http.StatusConflict {
		t.Fatalf("stale save: %d %s", rec.Code, rec.Body)
	}
	submit := strings.Replace(save, `"version":1`, `"version":2`, 1)
	if rec := env.do(req{method: "POST", path: "/api/v1/respond/submit", header: auth, body: submit}); rec.Code != http.StatusOK {
		t.Fatalf("submit: %d %s", rec.Code, rec.Body)
	}
	var d survey.Dashboard
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/surveys/" + id + "/dashboard", role: editor}), &d)
	if d.Submitted != 1 || d.TieCounts.OneSide != 1 {
		t.Errorf("dashboard: submitted %d, ties %+v", d.Submitted, d.TieCounts)
	}
}

func TestBadLinksGetOneAnswer(t *testing.T) {
	env := newEnv(t, Config{})
	_, secret := newSurvey(t, env, firstWave(t, env))
	var bodies []string
	for _, h := range []string{"", "Survey ", "Survey " + strings.Repeat("A", 43), "Survey " + secret[:42] + "x", "Bearer " + secret} {
		rec := env.do(req{method: "GET", path: "/api/v1/respond", header: map[string]string{"Authorization": h}, remote: fmt.Sprintf("192.0.2.%d:1", len(bodies)+10)})
		var p problem
		if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || rec.Code != http.StatusNotFound {
			t.Fatalf("%q: %d %s", h, rec.Code, rec.Body)
		}
		bodies = append(bodies, p.Title+"|"+p.Detail)
	}
	for _, b := range bodies {
		if b != bodies[0] || !strings.Contains(b, "Link ungültig oder abgelaufen") {
			t.Errorf("answers differ or do not say %q: %q", "Link ungültig oder abgelaufen", bodies)
			break
		}
	}
}

func TestRespondentRoutesAreRateLimited(t *testing.T) {
	env := newEnv(t, Config{})
	_, secret := newSurvey(t, env, firstWave(t, env))
	auth := map[string]string{"Authorization": "Survey " + secret}
	limited := 0
	for i := range 40 {
		// Each request from another address: the limit per link stops them.
		rec := env.do(req{method: "GET", path: "/api/v1/respond", header: auth, remote: fmt.Sprintf("198.51.100.%d:1", i)})
		if rec.Code == http.StatusTooManyRequests {
			if rec.Header().Get("Retry-After") == "" {
				t.Error("429 without Retry-After")
			}
			limited++
		}
	}
	if limited != 10 {
		t.Errorf("%d of 40 requests on one link limited, want 10 (burst 30)", limited)
	}
}

func TestRespondBodyLimit(t *testing.T) {
	env := newEnv(t, Config{})
	_, secret := newSurvey(t, env, firstWave(t, env))
	big := `{"version":0,"answers":{"consent":true,"ties":[],"proposals":[{"name":"` + strings.Repeat("x", maxRespondBytes) + `"}]}}`
	rec := env.do(req{method: "PUT", path: "/api/v1/respond/answers", header: map[string]string{"Authorization": "Survey " + secret}, body: big})
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized answers: %d", rec.Code)
	}
}

func TestLinksCSVIsFormulaSafe(t *testing.T) {
	env := newEnv(t, Config{})
	ctx := t.Context()
	a := &graph.Actor{Name: "=HYPERLINK(\"http://evil\")", Kind: "", LegalDomains: []string{}}
	if err := env.store.Create(ctx, a); err != nil {
		t.Fatal(err)
	}
	id, _ := newSurvey(t, env, firstWave(t, env))
	rec := env.do(req{method: "POST", path: "/api/v1/surveys/" + id + "/links", role: editor, body: fmt.Sprintf(`{"respondents":[%q]}`, a.ID)})
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		t.Fatalf("links: %d %s", rec.Code, rec.Body)
	}
	body := rec.Body.String()
	if !strings.Contains(body, `'=HYPERLINK`) || !strings.Contains(body, "/umfrage#") || strings.Count(body, "\n") != 2 {
		t.Errorf("CSV:\n%s", body)
	}
}

func TestAnalysesOfASurveyedWaveWarnUnderTheThreshold(t *testing.T) {
	env := newEnv(t, Config{})
	wave := firstWave(t, env)
	id, secret := newSurvey(t, env, wave)
	var report struct {
		State graph.StateInfo `json:"state"`
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/network?wave=" + wave, role: analyst}), &report)
	c := report.State.Coverage
	if c == nil || c.Rate != 0 || c.Threshold != survey.DefaultThreshold || !strings.Contains(c.Warning, "Rücklauf") {
		t.Fatalf("coverage before any answer: %+v", c)
	}
	// A submission changes the rate without a new revision: the answer must follow.
	auth := map[string]string{"Authorization": "Survey " + secret}
	if rec := env.do(req{method: "POST", path: "/api/v1/respond/submit", header: auth, body: `{"version":0,"answers":{"consent":true,"ties":[]}}`}); rec.Code != http.StatusOK {
		t.Fatalf("submit: %d %s", rec.Code, rec.Body)
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/network?wave=" + wave, role: analyst}), &report)
	if report.State.Coverage == nil || report.State.Coverage.Rate <= 0 {
		t.Errorf("coverage after a submission: %+v", report.State.Coverage)
	}
	// Lowering the threshold to zero lifts the warning.
	var sv survey.Survey
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/surveys/" + id, role: editor}), &sv)
	sv.Threshold = 0.0001
	b, _ := json.Marshal(sv)
	if rec := env.do(req{method: "PUT", path: "/api/v1/surveys/" + id, role: editor, body: string(b)}); rec.Code != http.StatusOK {
		t.Fatalf("update: %d %s", rec.Code, rec.Body)
	}
	report.State = graph.StateInfo{}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/network?wave=" + wave, role: analyst}), &report)
	if report.State.Coverage == nil || report.State.Coverage.Warning != "" {
		t.Errorf("coverage over the threshold: %+v", report.State.Coverage)
	}
}

func TestCooperationsFilterByWhoReportedThem(t *testing.T) {
	env := newEnv(t, Config{})
	var all, both, one struct{ Items []graph.Cooperation }
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/cooperations?limit=1000", role: viewer}), &all)
	for i, by := range []string{graph.ReportedByFrom, graph.ReportedByBoth, graph.ReportedByTo} {
		c := all.Items[i]
		c.ReportedBy = by
		if err := env.store.Update(t.Context(), &c); err != nil {
			t.Fatal(err)
		}
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/cooperations?limit=1000", role: viewer}), &all)
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/cooperations?limit=1000&reported_by=both", role: viewer}), &both)
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/cooperations?limit=1000&reported_by=one_side", role: viewer}), &one)
	wantBoth, wantOne := 0, 0
	for _, c := range all.Items {
		switch c.ReportedBy {
		case graph.ReportedByBoth:
			wantBoth++
		case graph.ReportedByFrom, graph.ReportedByTo:
			wantOne++
		}
	}
	if len(both.Items) != wantBoth || len(one.Items) != wantOne || wantBoth != 1 || wantOne != 2 {
		t.Errorf("both %d (want %d), one side %d (want %d) of %d", len(both.Items), wantBoth, len(one.Items), wantOne, len(all.Items))
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/network?reported_by=nobody", role: viewer}); rec.Code != http.StatusBadRequest {
		t.Errorf("an unknown reported_by: %d", rec.Code)
	}
}

// TestDecisionsNeedOne refuses a request that decides nothing, naming the field.
func TestDecisionsNeedOne(t *testing.T) {
	env := newEnv(t, Config{})
	id, _ := newSurvey(t, env, firstWave(t, env))
	for _, body := range []string{`{}`, `{"decisions":[]}`} {
		rec := env.do(req{method: "POST", path: "/api/v1/surveys/" + id + "/decisions", role: editor, body: body})
		if p := problemOf(t, rec); rec.Code != http.StatusUnprocessableEntity || len(p.Errors) == 0 || p.Errors[0].Field != "decisions" {
			t.Errorf("%s: %d %+v, want 422 naming decisions", body, rec.Code, p.Errors)
		}
	}
}
