package api

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
)

// TestMeasures runs a measure through the API: the fixture's measure ms-1 proposes a
// tie between ac-2 and ac-4 (agreed at wv-1); it is not realised by wv-2 until a
// cooperation of the pair is recorded in wv-2. Bad measures get German field errors;
// an actor a measure names is not deleted.
func TestMeasures(t *testing.T) {
	env := newEnv(t, Config{})
	evaluation := func() measures.Evaluation {
		t.Helper()
		rec := env.do(req{method: "GET", path: "/api/v1/measures/ms-1/evaluation", role: analyst})
		if rec.Code != http.StatusOK {
			t.Fatalf("evaluation: %d %s", rec.Code, rec.Body)
		}
		var ev measures.Evaluation
		decodeBody(t, rec, &ev)
		return ev
	}
	ev := evaluation()
	if ev.Outcome != measures.NotRealised || ev.Text != "Die Kooperation zwischen Caritas Beratung und Beratungsstelle Nord ist bis Erhebung 2025 nicht entstanden." {
		t.Errorf("before the tie: %s %q", ev.Outcome, ev.Text)
	}
	rec := env.do(req{method: "POST", path: "/api/v1/cooperations", role: editor,
		body: `{"from":"ac-4","to":"ac-2","kinds":["referral"],"intensity":2,"wave_id":"wv-2"}`})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create the tie: %d %s", rec.Code, rec.Body)
	}
	ev = evaluation()
	if ev.Outcome != measures.Realised || ev.Text != "Die Kooperation zwischen Caritas Beratung und Beratungsstelle Nord besteht seit Erhebung 2025." {
		t.Errorf("after the tie: %s %q", ev.Outcome, ev.Text)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/analysis/measures", role: analyst})
	var all measureEvaluations
	decodeBody(t, rec, &all)
	if len(all.Evaluations) != 1 || all.Evaluations[0].Outcome != measures.Realised {
		t.Errorf("all evaluations: %+v", all.Evaluations)
	}

	for _, tt := range []struct {
		name, body string
		fields     []string
	}{
		{"empty", `{}`, []string{"title", "origin.kind", "status", "agreed_wave_id"}},
		{"potential without actors", `{"title":"x","status":"geplant","origin":{"kind":"potential"},"agreed_wave_id":"wv-1"}`,
			[]string{"origin.from", "origin.to"}},
		{"gap with actors and a bad status", `{"title":"x","status":"fertig","origin":{"kind":"gap","from":"ac-2","social_space_id":"sp-hafen","field":"housing"},"agreed_on":"2025-13-01"}`,
			[]string{"status", "origin.from", "agreed_on"}},
		{"wave and date", `{"title":"x","status":"geplant","origin":{"kind":"gap","social_space_id":"sp-hafen","field":"housing"},"agreed_wave_id":"wv-1","agreed_on":"2025-01-01"}`,
			[]string{"agreed_on"}},
	} {
		rec := env.do(req{method: "POST", path: "/api/v1/measures", role: editor, body: tt.body})
		if rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("%s: status %d, want 422", tt.name, rec.Code)
			continue
		}
		var named []string
		for _, f := range problemOf(t, rec).Errors {
			named = append(named, f.Field)
			if f.Message == "" || !strings.HasSuffix(f.Message, ".") {
				t.Errorf("%s: field %s has message %q", tt.name, f.Field, f.Message)
			}
		}
		for _, f := range tt.fields {
			if !slices.Contains(named, f) {
				t.Errorf("%s: errors name %v, not %s", tt.name, named, f)
			}
		}
	}

	rec = env.do(req{method: "DELETE", path: "/api/v1/actors/ac-4?cascade=true", role: editor})
	if p := problemOf(t, rec); rec.Code != http.StatusConflict || !strings.Contains(p.Detail, "1 × Maßnahme") {
		t.Errorf("delete ac-4: %d %q", rec.Code, p.Detail)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/measures/ms-9/evaluation", role: analyst})
	if rec.Code != http.StatusNotFound {
		t.Errorf("evaluation of a missing measure: %d", rec.Code)
	}
}
