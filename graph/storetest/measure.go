package storetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// testMeasures checks what measures add to the contract: their references are
// checked, an actor, a social space or a wave a measure names is not deleted (not
// even with Cascade, see graph.CheckDelete) and the store stays as it was, a taxonomy
// code a measure uses cannot be removed, and lists filter by actor and social space.
func testMeasures(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	potential := &graph.Measure{Meta: graph.Meta{ID: "ms-1"}, Title: "Beratungsstelle und Selbsthilfe zusammenbringen",
		Status: graph.MeasurePlanned, Origin: graph.MeasureOrigin{Kind: graph.OriginPotential, From: "ac-4", To: "ac-5"},
		AgreedWaveID: "wv-2"}
	gap := &graph.Measure{Meta: graph.Meta{ID: "ms-2"}, Title: "Wohnangebot im Hafenviertel", Status: graph.MeasureStarted,
		Origin: graph.MeasureOrigin{Kind: graph.OriginGap, SocialSpaceID: "sp-hafen", Field: "mobility", TargetGroup: "older_people"},
		Actors: []string{"ac-1"}, AgreedOn: "2025-04-15"}
	must(t, s.Create(ctx, potential), "Create a measure from a potential")
	must(t, s.Create(ctx, gap), "Create a measure from a gap")

	for _, tt := range []struct {
		name  string
		m     *graph.Measure
		field string
	}{
		{"missing actor", &graph.Measure{Title: "x", Status: graph.MeasurePlanned, AgreedWaveID: "wv-1",
			Origin: graph.MeasureOrigin{Kind: graph.OriginPotential, From: "ac-1", To: "ac-99"}}, "origin.to"},
		{"missing involved actor", &graph.Measure{Title: "x", Status: graph.MeasurePlanned, AgreedWaveID: "wv-1", Actors: []string{"ac-1", "ac-98"},
			Origin: graph.MeasureOrigin{Kind: graph.OriginPotential, From: "ac-1", To: "ac-2"}}, "actors[1]"},
		{"missing space", &graph.Measure{Title: "x", Status: graph.MeasurePlanned, AgreedWaveID: "wv-1",
			Origin: graph.MeasureOrigin{Kind: graph.OriginGap, SocialSpaceID: "sp-99", Field: "housing"}}, "origin.social_space_id"},
		{"missing wave", &graph.Measure{Title: "x", Status: graph.MeasurePlanned, AgreedWaveID: "wv-9",
			Origin: graph.MeasureOrigin{Kind: graph.OriginGap, SocialSpaceID: "sp-hafen", Field: "housing"}}, "agreed_wave_id"},
		{"unknown field", &graph.Measure{Title: "x", Status: graph.MeasurePlanned, AgreedOn: "2025-01-01",
			Origin: graph.MeasureOrigin{Kind: graph.OriginGap, SocialSpaceID: "sp-hafen", Field: "knitting"}}, "origin.field"},
	} {
		wantField(t, s.Create(ctx, tt.m), tt.field, "Create a measure with a "+tt.name)
	}

	before := snapshot(t, s)
	for _, tt := range []struct {
		kind graph.Kind
		id   string
	}{{graph.KindActor, "ac-5"}, {graph.KindActor, "ac-1"}, {graph.KindWave, "wv-2"}, {graph.KindSocialSpace, "sp-hafen"}} {
		for _, cascade := range []bool{false, true} {
			_, err := s.Delete(ctx, tt.kind, tt.id, graph.DeleteOptions{Cascade: cascade})
			wantCode(t, err, graph.Conflict, "Delete of "+tt.id+", named by a measure")
			if tt.kind == graph.KindActor && cascade && !strings.Contains(graph.ErrorMessage(err), "1 × Maßnahme") {
				t.Errorf("Delete of %s with cascade: %q does not name the measure", tt.id, graph.ErrorMessage(err))
			}
		}
	}
	// The gap measure alone uses the field mobility and the target group older_people.
	for _, cut := range []func(*graph.Taxonomy){
		func(t *graph.Taxonomy) { t.Fields = without(t.Fields, "mobility") },
		func(t *graph.Taxonomy) { t.TargetGroups = without(t.TargetGroups, "older_people") },
	} {
		tax, err := s.Taxonomy(ctx)
		must(t, err, "Taxonomy")
		cut(tax)
		wantCode(t, s.SetTaxonomy(ctx, tax), graph.Conflict, "SetTaxonomy without a code a measure uses")
	}
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("refused deletes changed the store: %s", d)
	}

	p, err := s.List(ctx, graph.KindMeasure, graph.Filter{ActorID: "ac-1"})
	must(t, err, "List measures of ac-1")
	if len(p.Items) != 1 || p.Items[0].Metadata().ID != "ms-2" {
		t.Errorf("measures of ac-1: %v, want ms-2", ids(p.Items))
	}
	p, err = s.List(ctx, graph.KindMeasure, graph.Filter{SocialSpace: "sp-nord"})
	must(t, err, "List measures in sp-nord")
	if len(p.Items) != 1 || p.Items[0].Metadata().ID != "ms-2" {
		t.Errorf("measures in sp-nord: %v, want ms-2", ids(p.Items))
	}
	p, err = s.List(ctx, graph.KindMeasure, graph.Filter{Query: "SELBSTHILFE"})
	must(t, err, "List measures by text")
	if len(p.Items) != 1 || p.Items[0].Metadata().ID != "ms-1" {
		t.Errorf("measures matching selbsthilfe: %v, want ms-1", ids(p.Items))
	}

	// Once the measure no longer names it, the actor goes with its ties.
	potential = get(t, s, graph.KindMeasure, "ms-1").(*graph.Measure)
	potential.Origin.To = "ac-3"
	must(t, s.Update(ctx, potential), "Update ms-1 to name ac-3")
	_, err = s.Delete(ctx, graph.KindActor, "ac-5", graph.DeleteOptions{Cascade: true})
	must(t, err, "Delete ac-5, no longer named by a measure")
	_, err = s.Delete(ctx, graph.KindMeasure, "ms-2", graph.DeleteOptions{})
	must(t, err, "Delete ms-2")
	_, err = s.Delete(ctx, graph.KindActor, "ac-1", graph.DeleteOptions{Cascade: true})
	must(t, err, "Delete ac-1 once its measure is gone")
	h, err := s.History(ctx, graph.KindMeasure, "ms-2")
	must(t, err, "History of ms-2")
	if len(h) != 2 || h[0].Action != graph.ActionDelete || h[1].Action != graph.ActionCreate {
		t.Errorf("history of ms-2: %d events, want a creation and a deletion", len(h))
	}
}

// without returns the terms but the one with the code.
func without(terms []graph.Term, code string) []graph.Term {
	return slices.DeleteFunc(slices.Clone(terms), func(t graph.Term) bool { return t.Code == code })
}
