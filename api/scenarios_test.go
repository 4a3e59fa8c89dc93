package api

import (
	"net/http"
	"strings"
	"testing"
)

// TestWhatIfScenarios saves, lists, opens and deletes a what-if scenario through the
// router: it lives in the records, never changes the network's revision, refuses a
// second scenario of the same name, names each unknown actor, bad tie and bad state
// in German, and follows the roles (an analyst may, a viewer may not).
func TestWhatIfScenarios(t *testing.T) {
	env := newDemoEnv(t)
	rev := env.revision()
	const base = "/api/v1/analysis/what-if/scenarios"
	const good = `{"name":"  Brücke Jobcenter – Schule ","wave":"%s","proposal":{"add":[{"from":"seeland-akteur-0004","to":"seeland-akteur-0017","kinds":["information"],"intensity":2}],"remove":["seeland-akteur-0002"]}}`
	var states struct {
		States []struct {
			WaveID string `json:"wave_id"`
		} `json:"states"`
	}
	decodeBody(t, env.do(req{method: "GET", path: "/api/v1/analysis/states", role: analyst}), &states)
	wave := states.States[0].WaveID

	rec := env.do(req{method: "POST", path: base, role: analyst, body: strings.Replace(good, "%s", wave, 1)})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create: %d %.500s", rec.Code, rec.Body)
	}
	var sc SavedScenario
	decodeBody(t, rec, &sc)
	if sc.Name != "Brücke Jobcenter – Schule" || sc.Wave != wave || len(sc.Proposal.Add) != 1 || sc.Proposal.Remove[0] != "seeland-akteur-0002" ||
		sc.Version != 1 || sc.CreatedBy != "Test analyst" || rec.Header().Get("Location") != base+"/"+sc.ID {
		t.Errorf("created %+v, Location %q", sc, rec.Header().Get("Location"))
	}
	if env.revision() != rev {
		t.Errorf("saving a scenario changed the network's revision %d → %d", rev, env.revision())
	}
	if rs, err := env.store.ListRecords(t.Context(), "whatif_scenario", ""); err != nil || len(rs) != 1 || rs[0].Key != sc.ID {
		t.Errorf("records %+v, %v", rs, err)
	}

	var list scenarioList
	decodeBody(t, env.do(req{method: "GET", path: base, role: analyst}), &list)
	if len(list.Items) != 1 || list.Items[0].ID != sc.ID {
		t.Errorf("list %+v", list)
	}
	var got SavedScenario
	decodeBody(t, env.do(req{method: "GET", path: base + "/" + sc.ID, role: analyst}), &got)
	if jsonText(t, got) != jsonText(t, sc) {
		t.Errorf("opened %+v, saved %+v", got, sc)
	}

	proposal := `"proposal":{"add":[{"from":"seeland-akteur-0004","to":"seeland-akteur-0017","kinds":["information"],"intensity":2}]}`
	tests := []struct {
		name, body string
		status     int
		field      string
		message    string
	}{
		{"same name, other case", `{"name":"brücke jobcenter – schule",` + proposal + `}`, http.StatusConflict, "name", "gibt es schon"},
		{"no name", `{"name":" ",` + proposal + `}`, http.StatusUnprocessableEntity, "name", "Der Name fehlt"},
		{"long name", `{"name":"` + strings.Repeat("x", 101) + `",` + proposal + `}`, http.StatusUnprocessableEntity, "name", "länger als 100"},
		// The limit counts what was sent, as the OpenAPI document's maxLength does.
		{"long with a space in front", `{"name":" ` + strings.Repeat("x", 100) + `",` + proposal + `}`, http.StatusUnprocessableEntity, "name", "länger als 100"},
		{"unknown actor", `{"name":"A","proposal":{"add":[{"from":"seeland-akteur-0004","to":"niemand","kinds":["information"],"intensity":2}]}}`, http.StatusUnprocessableEntity, "proposal.add[0].to", `Den Akteur "niemand" gibt es nicht.`},
		{"unknown removal", `{"name":"A","proposal":{"remove":["niemand"]}}`, http.StatusUnprocessableEntity, "proposal.remove[0]", `Den Akteur "niemand" gibt es nicht.`},
		{"tie to a removed actor", `{"name":"A","proposal":{"add":[{"from":"seeland-akteur-0004","to":"seeland-akteur-0017","kinds":["information"],"intensity":2}],"remove":["seeland-akteur-0017"]}}`, http.StatusUnprocessableEntity, "proposal.add[0].to", "zugleich entfernt"},
		{"empty proposal", `{"name":"A","proposal":{}}`, http.StatusUnprocessableEntity, "proposal.add", "leer"},
		{"unknown wave", `{"name":"A","wave":"welle-99",` + proposal + `}`, http.StatusUnprocessableEntity, "wave", ""},
		{"wave and date", `{"name":"A","wave":"` + wave + `","date":"2026-01-01",` + proposal + `}`, http.StatusUnprocessableEntity, "date", "nicht beides"},
		{"unknown field", `{"name":"A","titel":"B",` + proposal + `}`, http.StatusBadRequest, "titel", ""},
	}
	for _, tt := range tests {
		rec := env.do(req{method: "POST", path: base, role: analyst, body: tt.body})
		if rec.Code != tt.status {
			t.Errorf("%s: %d, want %d: %.300s", tt.name, rec.Code, tt.status, rec.Body)
			continue
		}
		p := problemOf(t, rec)
		if len(p.Errors) == 0 || p.Errors[0].Field != tt.field || !strings.Contains(p.Errors[0].Message+" "+p.Detail, tt.message) {
			t.Errorf("%s: problem %+v, want field %q with %q", tt.name, p, tt.field, tt.message)
		}
	}

	for _, r := range []req{
		{method: "GET", path: base, role: viewer},
		{method: "POST", path: base, role: viewer, body: `{"name":"B",` + proposal + `}`},
		{method: "DELETE", path: base + "/" + sc.ID, role: viewer},
	} {
		if rec := env.do(r); rec.Code != http.StatusForbidden {
			t.Errorf("%s %s as viewer: %d, want 403", r.method, r.path, rec.Code)
		}
	}
	if rec := env.do(req{method: "GET", path: base}); rec.Code != http.StatusUnauthorized {
		t.Errorf("without a token: %d, want 401", rec.Code)
	}

	if rec := env.do(req{method: "DELETE", path: base + "/" + sc.ID, role: analyst}); rec.Code != http.StatusNoContent {
		t.Fatalf("delete: %d %.300s", rec.Code, rec.Body)
	}
	for _, method := range []string{"GET", "DELETE"} {
		rec := env.do(req{method: method, path: base + "/" + sc.ID, role: analyst})
		if rec.Code != http.StatusNotFound || !strings.Contains(problemOf(t, rec).Detail, "Szenario") {
			t.Errorf("%s after delete: %d %.300s", method, rec.Code, rec.Body)
		}
	}
	if env.revision() != rev {
		t.Errorf("the scenarios changed the network's revision %d → %d", rev, env.revision())
	}
}
