package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// stateOfAnswer returns the "state" object of a JSON answer.
func stateOfAnswer(t *testing.T, body []byte) graph.StateInfo {
	t.Helper()
	var v struct {
		State *graph.StateInfo `json:"state"`
	}
	if err := json.Unmarshal(body, &v); err != nil || v.State == nil {
		t.Fatalf("no state in %.300s (%v)", body, err)
	}
	return *v.State
}

// TestStates reads the fixture (wave wv-1 of 2024 with co-1 and co-2, wave wv-2 of
// 2025 with co-3, which surveyed ac-3 and ac-4) in several states: every analysis
// answer names the state it shows, and the counts follow graph.State's rules.
func TestStates(t *testing.T) {
	env := newEnv(t, Config{})
	rec := env.do(req{method: "GET", path: "/api/v1/analysis/states", role: analyst})
	var states statesResponse
	decodeBody(t, rec, &states)
	if rec.Code != http.StatusOK || len(states.States) != 2 || states.States[0].WaveID != "wv-2" || states.States[1].WaveID != "wv-1" {
		t.Fatalf("states: %d %+v", rec.Code, states.States)
	}
	if s := states.States[1]; s.Cooperations != 2 || s.Actors != 4 || s.Label != "Stand Erhebung 2024" {
		t.Errorf("wave wv-1: %+v", s)
	}
	if d := states.Default; !d.Today || d.BaseWaveID != "wv-2" || d.Cooperations != 1 || d.Label != "Stand heute, 02.12.2026 (Erhebung 2025)" {
		t.Errorf("default state %+v", d)
	}

	paths := []string{"actors", "network", "communities", "coupling-matrix", "coupling-potentials", "gaps", "social-spaces", "resilience"}
	for _, q := range []struct {
		query, key string
		ties       int
	}{{"", "d:2026-12-02", 1}, {"?wave=wv-1", "w:wv-1", 2}, {"?wave=wv-1&directed=false", "w:wv-1", 2}, {"?date=2024-12-31", "d:2024-12-31", 2}} {
		for _, p := range paths {
			if strings.Contains(q.query, "directed") && p != "actors" && p != "network" {
				continue
			}
			rec := env.do(req{method: "GET", path: "/api/v1/analysis/" + p + q.query, role: analyst})
			if rec.Code != http.StatusOK {
				t.Errorf("%s%s: %d %.300s", p, q.query, rec.Code, rec.Body)
				continue
			}
			if s := stateOfAnswer(t, rec.Body.Bytes()); s.Key() != q.key || s.Cooperations != q.ties {
				t.Errorf("%s%s: state %+v, want %s with %d ties", p, q.query, s, q.key, q.ties)
			}
		}
	}
	rec = env.do(req{method: "POST", path: "/api/v1/analysis/what-if?wave=wv-1", role: analyst,
		body: `{"add":[{"from":"ac-1","to":"ac-2","kinds":["information"],"intensity":2}]}`})
	if rec.Code != http.StatusOK || stateOfAnswer(t, rec.Body.Bytes()).WaveID != "wv-1" {
		t.Errorf("what-if of wave wv-1: %d %.300s", rec.Code, rec.Body)
	}
	// The answers of two states differ and are cached apart: the ETag names the state.
	a := env.do(req{method: "GET", path: "/api/v1/analysis/network", role: analyst})
	b := env.do(req{method: "GET", path: "/api/v1/analysis/network?wave=wv-1", role: analyst})
	if a.Header().Get("ETag") == b.Header().Get("ETag") {
		t.Error("two states share an ETag")
	}
	if rec := env.do(req{method: "GET", path: "/api/v1/analysis/network?wave=wv-1", role: analyst,
		header: map[string]string{"If-None-Match": b.Header().Get("ETag")}}); rec.Code != http.StatusNotModified {
		t.Errorf("same state with If-None-Match: %d", rec.Code)
	}
	rec = env.do(req{method: "GET", path: "/api/v1/exports/gexf?metrics=true&wave=wv-1", role: analyst})
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `id="co-3"`) || !strings.Contains(rec.Body.String(), `"co-1"`) {
		t.Errorf("GEXF export of wave wv-1: %d %.500s", rec.Code, rec.Body)
	}
}

// TestChanges compares the fixture's two waves: co-3 is new, co-1 and co-2 lapsed,
// and ac-1 and ac-2 have no tie left. Without from, the wave before the state of to
// is the start.
func TestChanges(t *testing.T) {
	env := newEnv(t, Config{})
	for _, path := range []string{"/api/v1/analysis/changes?from=wv-1&to=wv-2", "/api/v1/analysis/changes?from=2024-06-30&to=2025-06-30", "/api/v1/analysis/changes"} {
		rec := env.do(req{method: "GET", path: path, role: analyst})
		var r changes.Report
		decodeBody(t, rec, &r)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
		if r.From.BaseWaveID != "wv-1" || r.To.BaseWaveID != "wv-2" {
			t.Errorf("%s: from %+v to %+v", path, r.From, r.To)
		}
		if len(r.Ties.New) != 1 || r.Ties.New[0].From != "ac-3" || r.Ties.New[0].To != "ac-4" || len(r.Ties.Lapsed) != 2 || len(r.Ties.Changed) != 0 {
			t.Errorf("%s: ties %+v", path, r.Ties)
		}
		if len(r.Actors.Gone) != 2 || r.Actors.Gone[0].ID != "ac-2" && r.Actors.Gone[0].ID != "ac-1" || len(r.Actors.New) != 0 {
			t.Errorf("%s: actors %+v", path, r.Actors)
		}
		if r.Network.From.Ties != 2 || r.Network.To.Ties != 1 || r.Network.Delta.Ties != -1 {
			t.Errorf("%s: figures %+v", path, r.Network)
		}
		want := "1 Kooperation neu, 2 Kooperationen beendet, 0 Kooperationen verändert."
		if len(r.Summary) == 0 || !strings.HasSuffix(r.Summary[0], want) {
			t.Errorf("%s: summary %q, want it to end with %q", path, r.Summary, want)
		}
		for _, tie := range append(r.Ties.New, r.Ties.Lapsed...) {
			if tie.Sentence == "" || tie.FromName == "" {
				t.Errorf("%s: tie without sentence or name %+v", path, tie)
			}
		}
		if len(r.Fallers) == 0 || r.Fallers[0].Sentence == "" {
			t.Errorf("%s: fallers %+v", path, r.Fallers)
		}
	}
}

// TestChangesOfDemoCounty checks what must hold for any data: the ties of T2 are
// those of T1 minus the lapsed plus the new, the figures' difference is T2 − T1, and
// the hit rate of the potentials is a share of the pairs checked.
func TestChangesOfDemoCounty(t *testing.T) {
	env := newDemoEnv(t)
	rec := env.do(req{method: "GET", path: "/api/v1/analysis/changes?from=" + demo.Wave2025 + "&to=" + demo.LatestWave, role: analyst})
	var r changes.Report
	decodeBody(t, rec, &r)
	if rec.Code != http.StatusOK {
		t.Fatalf("%d %.500s", rec.Code, rec.Body)
	}
	if r.To.Cooperations != r.From.Cooperations-len(r.Ties.Lapsed)+len(r.Ties.New) || len(r.Ties.New) == 0 || len(r.Ties.Lapsed) == 0 {
		t.Errorf("T1 %d ties, %d lapsed, %d new, T2 %d ties", r.From.Cooperations, len(r.Ties.Lapsed), len(r.Ties.New), r.To.Cooperations)
	}
	if d := r.Network.Delta; d.Ties != r.Network.To.Ties-r.Network.From.Ties || d.Actors != r.Network.To.Actors-r.Network.From.Actors {
		t.Errorf("delta %+v", d)
	}
	p := r.PotentialsRealised
	if p.Top != changes.PotentialsTop || len(p.Pairs) != p.Top || p.HitRate != float64(p.Realised)/float64(p.Top) ||
		p.ExpectedRate <= 0 || p.ExpectedRate >= 1 || p.Sentence == "" {
		t.Errorf("potentials realised %+v", p)
	}
	if len(r.Risers) == 0 || len(r.Fallers) == 0 || len(r.Risers) > changes.Movers {
		t.Errorf("%d risers, %d fallers", len(r.Risers), len(r.Fallers))
	}
	t.Logf("demo county %s → %s: %d of the top %d potentials realised (hit rate %.3f, expected by chance %.4f)",
		r.From.Label, r.To.Label, p.Realised, p.Top, p.HitRate, p.ExpectedRate)
}

// TestWarmMakesTheFirstAnswers checks that Warm leaves today's state and the list of
// states made, so that the first request finds them, and that it is harmless on an
// empty store.
func TestWarmMakesTheFirstAnswers(t *testing.T) {
	if err := newEnv(t, Config{}).srv.Warm(t.Context()); err != nil {
		t.Fatalf("empty store: %v", err)
	}
	env := newDemoEnv(t)
	if err := env.srv.Warm(t.Context()); err != nil {
		t.Fatal(err)
	}
	n, err := env.srv.snapshots.get(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	def, err := n.ResolveState(graph.State{}, env.srv.today())
	if err != nil {
		t.Fatal(err)
	}
	env.srv.answers.mu.Lock()
	warmed := env.srv.answers.entries[statesKey(n, def)]
	env.srv.answers.mu.Unlock()
	env.srv.states.mu.Lock()
	today := env.srv.states.nets[def.Key()]
	env.srv.states.mu.Unlock()
	if warmed == nil || today == nil {
		t.Fatalf("after Warm: states answer %v, today's state %v", warmed != nil, today != nil)
	}
	rec := env.do(req{method: "GET", path: statesPath, role: analyst, header: map[string]string{"Accept-Encoding": "identity"}})
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), warmed.json) {
		t.Errorf("the first request did not get the warmed answer: %d %.200s", rec.Code, rec.Body)
	}
}

// TestChangesPaged cuts the lists of the demo county's changes and pages through
// them: the counts are the whole lists' lengths, and the pages in turn give the
// whole list in the order of the uncut answer.
func TestChangesPaged(t *testing.T) {
	env := newDemoEnv(t)
	states := "from=" + demo.Wave2025 + "&to=" + demo.LatestWave
	var whole, cut changes.Report
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/changes?" + states, role: analyst}), &whole)
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/changes?limit=2&" + states, role: analyst}), &cut)
	if whole.Ties.NewCount != len(whole.Ties.New) || whole.Ties.LapsedCount != len(whole.Ties.Lapsed) || whole.Actors.NewCount != len(whole.Actors.New) || whole.Ties.NewCount < 5 {
		t.Fatalf("uncut: %d new ties (count %d), %d lapsed (count %d)", len(whole.Ties.New), whole.Ties.NewCount, len(whole.Ties.Lapsed), whole.Ties.LapsedCount)
	}
	if len(cut.Ties.New) != 2 || len(cut.Ties.Lapsed) != min(2, whole.Ties.LapsedCount) || cut.Ties.NewCount != whole.Ties.NewCount ||
		cut.Ties.LapsedCount != whole.Ties.LapsedCount || cut.Actors.NewCount != whole.Actors.NewCount || !reflect.DeepEqual(cut.Ties.New, whole.Ties.New[:2]) {
		t.Errorf("cut to 2: %d new (count %d), %d lapsed (count %d)", len(cut.Ties.New), cut.Ties.NewCount, len(cut.Ties.Lapsed), cut.Ties.LapsedCount)
	}
	for _, tt := range []struct {
		path string
		want any
	}{
		{"ties?list=new", whole.Ties.New}, {"ties?list=lapsed", whole.Ties.Lapsed}, {"ties?list=changed", whole.Ties.Changed},
		{"actors?list=new", whole.Actors.New}, {"actors?list=gone", whole.Actors.Gone},
	} {
		var got []json.RawMessage
		total := -1
		for offset := 0; offset == 0 || offset < total; offset += 3 {
			var page listResponse[json.RawMessage]
			rec := env.do(req{method: "GET", path: fmt.Sprintf("/api/v1/analysis/changes/%s&limit=3&offset=%d&%s", tt.path, offset, states), role: analyst})
			decodeBody(t, rec, &page)
			if rec.Code != http.StatusOK || page.Limit != 3 || page.Offset != offset || len(page.Items) > 3 {
				t.Fatalf("%s at %d: %d %.300s", tt.path, offset, rec.Code, rec.Body)
			}
			total = page.Total
			got = append(got, page.Items...)
		}
		want, _ := json.Marshal(tt.want)
		all, _ := json.Marshal(got)
		if len(got) != total || !bytes.Equal(all, want) {
			t.Errorf("%s: %d entries in pages (total %d), differ from the uncut answer", tt.path, len(got), total)
		}
	}
	// The default list is new; an offset past the end gives an empty page.
	var page listResponse[changes.Tie]
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/changes/ties?offset=100000&" + states, role: analyst}), &page)
	if page.Items == nil || len(page.Items) != 0 || page.Total != whole.Ties.NewCount {
		t.Errorf("past the end: %d items, total %d", len(page.Items), page.Total)
	}
}

// TestStateBadInput checks the German problems of wrong states: each names the
// parameter.
func TestStateBadInput(t *testing.T) {
	env := newEnv(t, Config{})
	if rec := env.do(req{method: "POST", path: "/api/v1/waves", role: editor, body: `{"id":"wv-3","name":"Erhebung 2026","date":"2026-03-31"}`}); rec.Code != http.StatusCreated {
		t.Fatalf("create wave: %d %s", rec.Code, rec.Body)
	}
	tests := []struct {
		method, path string
		status       int
		field, text  string
	}{
		{"GET", "/api/v1/analysis/actors?wave=wv-9", 400, "wave", "Die Erhebungswelle „wv-9“ gibt es nicht"},
		{"GET", "/api/v1/analysis/actors?date=2025-02-30", 400, "date", "„2025-02-30“ ist kein gültiges Datum"},
		{"GET", "/api/v1/analysis/gaps?wave=wv-1&date=2025-01-01", 400, "date", "nicht beides"},
		{"GET", "/api/v1/analysis/resilience?wave=wv-3", 422, "wave", "enthält noch keine Kooperationen"},
		{"GET", "/api/v1/network?date=2025-13-01", 400, "date", "kein gültiges Datum"},
		{"GET", "/api/v1/exports/gexf?metrics=true&wave=wv-9", 400, "wave", "gibt es nicht"},
		{"GET", "/api/v1/exports/csv?date=31.12.2025", 400, "date", "JJJJ-MM-TT"},
		{"POST", "/api/v1/analysis/what-if?date=2025-02-29", 400, "date", "kein gültiges Datum"},
		{"GET", "/api/v1/analysis/changes?from=wv-2&to=wv-1", 400, "from", "liegt nach dem Vergleichsstand"},
		{"GET", "/api/v1/analysis/changes?from=2025-02-30", 400, "from", "kein gültiges Datum"},
		{"GET", "/api/v1/analysis/network?date=", 400, "date", "Der Stichtag ist leer"},
		{"GET", "/api/v1/analysis/changes?from=wv-9", 400, "from", "gibt es nicht"},
		{"GET", "/api/v1/analysis/changes?from=wv-1&to=wv-3", 422, "to", "enthält noch keine Kooperationen"},
		{"GET", "/api/v1/analysis/changes?to=wv-1", 422, "from", "keine Erhebungswelle zum Vergleich"},
		{"GET", "/api/v1/analysis/changes?since=wv-1", 400, "since", "möglich sind: from, to, limit"},
		{"GET", "/api/v1/analysis/changes?limit=1001", 400, "limit", "von 0 bis 1000"},
		{"GET", "/api/v1/analysis/changes/ties?list=gone", 400, "list", "eine der Listen changed, lapsed, new"},
		{"GET", "/api/v1/analysis/changes/actors?list=", 400, "list", "eine der Listen gone, new"},
		{"GET", "/api/v1/analysis/changes/ties?limit=0", 400, "limit", "von 1 bis 1000"},
		{"GET", "/api/v1/analysis/changes/actors?offset=-1", 400, "offset", "ganze Zahl von 0"},
		{"GET", "/api/v1/analysis/changes/ties?to=wv-1", 422, "from", "keine Erhebungswelle zum Vergleich"},
	}
	for _, tt := range tests {
		body := ""
		if tt.method == "POST" {
			body = `{"add":[]}`
		}
		rec := env.do(req{method: tt.method, path: tt.path, role: analyst, body: body})
		if rec.Code != tt.status {
			t.Errorf("%s: %d, want %d: %s", tt.path, rec.Code, tt.status, rec.Body)
			continue
		}
		p := problemOf(t, rec)
		if len(p.Errors) != 1 || p.Errors[0].Field != tt.field || !strings.Contains(p.Detail+p.Errors[0].Message, tt.text) {
			t.Errorf("%s: problem %q %+v, want field %s and %q", tt.path, p.Detail, p.Errors, tt.field, tt.text)
		}
	}
}

// TestStatesWithTheSameTiesShareThem checks that the state of today and the state of
// the latest wave, which hold the same ties in the demo county, are kept once, and
// that listing the states keeps none of the waves' networks.
func TestStatesWithTheSameTiesShareThem(t *testing.T) {
	env := newDemoEnv(t)
	if rec := env.do(req{method: "GET", path: "/api/v1/analysis/states", role: analyst}); rec.Code != http.StatusOK {
		t.Fatalf("states: %d %s", rec.Code, rec.Body)
	}
	env.srv.states.mu.Lock()
	kept := len(env.srv.states.nets)
	env.srv.states.mu.Unlock()
	if kept != 1 {
		t.Errorf("listing the states kept %d state networks, want only today's", kept)
	}
	for _, path := range []string{"/api/v1/analysis/network", "/api/v1/analysis/network?wave=" + demo.LatestWave, "/api/v1/analysis/network?wave=" + demo.Wave2025} {
		if rec := env.do(req{method: "GET", path: path, role: analyst}); rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
	}
	env.srv.states.mu.Lock()
	defer env.srv.states.mu.Unlock()
	var today, latest, earlier *graph.Network
	for _, n := range env.srv.states.nets {
		switch {
		case n.State.Today:
			today = n
		case n.State.WaveID == demo.LatestWave:
			latest = n
		case n.State.WaveID == demo.Wave2025:
			earlier = n
		}
	}
	if today == nil || latest == nil || earlier == nil {
		t.Fatalf("states kept: today %v, latest wave %v, 2025 %v", today != nil, latest != nil, earlier != nil)
	}
	if &today.Cooperations[0] != &latest.Cooperations[0] {
		t.Error("today's state and the latest wave's hold the same ties in two copies")
	}
	// They hold the same data, so the analyses keep one graph for both.
	if today.DataKey() != latest.DataKey() {
		t.Errorf("today's state and the latest wave's hold the same data under the keys %q and %q", today.DataKey(), latest.DataKey())
	}
	if &earlier.Cooperations[0] == &latest.Cooperations[0] || earlier.DataKey() == latest.DataKey() {
		t.Error("the 2025 wave's state took the ties of the latest wave")
	}
}
