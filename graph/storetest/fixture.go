package storetest

import (
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// square is a small closed GeoJSON polygon.
const square = `{"type":"Polygon","coordinates":[[[10,53],[10.1,53],[10.1,53.1],[10,53.1],[10,53]]]}`

// The fixture: a small county with given IDs, chosen so that every filter of
// graph.Filter selects a known set. Spaces: sp-kreis > sp-nord > sp-hafen, and
// sp-kreis > sp-sued.
func fixtureSpaces() []*graph.SocialSpace {
	return []*graph.SocialSpace{
		{Meta: graph.Meta{ID: "sp-kreis", ExternalKey: "K"}, Name: "Landkreis Seeland", Level: "county",
			Indicators: []graph.Indicator{{Year: 2025, Code: "population", Value: 120000}}},
		{Meta: graph.Meta{ID: "sp-nord"}, Name: "Planungsraum Nord", Level: "planning_area", ParentID: "sp-kreis"},
		{Meta: graph.Meta{ID: "sp-hafen"}, Name: "Hafenviertel", Level: "social_space", ParentID: "sp-nord", Boundary: []byte(square)},
		{Meta: graph.Meta{ID: "sp-sued"}, Name: "Planungsraum Süd", Level: "planning_area", ParentID: "sp-kreis"},
	}
}

func fixtureWaves() []*graph.Wave {
	return []*graph.Wave{
		{Meta: graph.Meta{ID: "wv-1"}, Name: "Erhebung 2024", Date: "2024-03-31"},
		{Meta: graph.Meta{ID: "wv-2"}, Name: "erhebung 2025", Date: "2025-03-31", Description: "Zweite Welle"},
	}
}

func fixtureActors() []*graph.Actor {
	return []*graph.Actor{
		{Meta: graph.Meta{ID: "ac-1", ExternalKey: "LH-1"}, Name: "Lebenshilfe Seeland e.V.", Kind: "association",
			LegalDomains: []string{"sgb9"}, Fields: []string{"inclusion", "housing"}, TargetGroups: []string{"disability_intellectual"},
			SocialSpaces: []string{"sp-hafen"}, Description: "Wohnen und Freizeit", Location: &graph.GeoPoint{Lat: 53.05, Lon: 10.05},
			Attributes: map[string]string{"Träger": "Lebenshilfe"}},
		{Meta: graph.Meta{ID: "ac-2"}, Name: "caritas Beratung", ShortName: "Caritas", Kind: "counselling",
			LegalDomains: []string{"sgb12", "sgb2"}, Fields: []string{"poverty"}, TargetGroups: []string{"homeless"},
			SocialSpaces: []string{"sp-sued"}, Email: "info@caritas.example"},
		{Meta: graph.Meta{ID: "ac-3"}, Name: "Jobcenter Seeland", Kind: "benefit_carrier",
			LegalDomains: []string{"sgb2"}, Fields: []string{"work"}, TargetGroups: []string{"unemployed"},
			SocialSpaces: []string{"sp-kreis"}, Website: "https://jobcenter.example"},
		{Meta: graph.Meta{ID: "ac-4"}, Name: "Beratungsstelle Nord", Kind: "counselling",
			LegalDomains: []string{"sgb9", "sgb12"}, Fields: []string{"inclusion"}, TargetGroups: []string{"disability_mental"},
			SocialSpaces: []string{"sp-nord"}, Description: "EUTB"},
		{Meta: graph.Meta{ID: "ac-5"}, Name: "beratungsstelle nord", Kind: "self_help", LegalDomains: []string{"civil_society"}},
	}
}

func fixtureOffers() []*graph.Offer {
	return []*graph.Offer{
		{Meta: graph.Meta{ID: "of-1"}, ActorID: "ac-1", Name: "Ambulant betreutes Wohnen", Description: "Unterstützung im Alltag",
			Fields: []string{"housing"}, TargetGroups: []string{"disability_intellectual"}, SocialSpaces: []string{"sp-hafen"},
			LegalDomains: []string{"sgb9"}, Capacity: 12, BarrierFree: true},
		{Meta: graph.Meta{ID: "of-2"}, ActorID: "ac-2", Name: "Schuldnerberatung", Fields: []string{"poverty"},
			TargetGroups: []string{"unemployed", "families"}, SocialSpaces: []string{"sp-sued"}, LegalDomains: []string{"sgb12", "sgb2", "sgb3"},
			LowThreshold: true},
		{Meta: graph.Meta{ID: "of-3"}, ActorID: "ac-4", Name: "ergänzende Teilhabeberatung", Fields: []string{"inclusion"},
			TargetGroups: []string{"disability_mental", "disability_intellectual"}, SocialSpaces: []string{"sp-nord"},
			LegalDomains: []string{"sgb9"}, LegalBasis: "§ 32 SGB IX", Counselling: true},
	}
}

func fixtureNeeds() []*graph.Need {
	return []*graph.Need{
		{Meta: graph.Meta{ID: "nd-1"}, SocialSpaceID: "sp-hafen", Field: "housing", TargetGroup: "disability_intellectual",
			Measure: graph.MeasureOffersPer1000, Target: 0.5},
		{Meta: graph.Meta{ID: "nd-2"}, SocialSpaceID: "sp-sued", Field: "participation", Measure: graph.MeasureOffers, Target: 2, Year: 2026},
		{Meta: graph.Meta{ID: "nd-3"}, SocialSpaceID: "sp-nord", Field: "inclusion", TargetGroup: "disability_mental",
			Measure: graph.MeasureOffers, Target: 1, Note: "Beirat"},
	}
}

func fixtureCooperations() []*graph.Cooperation {
	return []*graph.Cooperation{
		{Meta: graph.Meta{ID: "co-1"}, From: "ac-1", To: "ac-4", Kinds: []string{"information", "joint_project"}, Intensity: 3,
			WaveID: "wv-1", Source: "Erhebung 2024", Trust: 4, ReportedBy: graph.ReportedByBoth},
		{Meta: graph.Meta{ID: "co-2"}, From: "ac-2", To: "ac-3", Directed: true, Kinds: []string{"referral"}, Intensity: 2,
			WaveID: "wv-1", Note: "Fallvermittlung SGB II", ValidFrom: "2024-01-01"},
		{Meta: graph.Meta{ID: "co-3"}, From: "ac-3", To: "ac-4", Kinds: []string{"committee"}, Intensity: 1, WaveID: "wv-2"},
		{Meta: graph.Meta{ID: "co-4"}, From: "ac-4", To: "ac-1", Kinds: []string{"information"}, Intensity: 4, WaveID: "wv-2"},
	}
}

// seed creates the whole fixture in s, in dependency order, and returns what it
// created, by ID.
func seed(t *testing.T, s graph.Store) map[string]graph.Entity {
	t.Helper()
	out := map[string]graph.Entity{}
	create := func(e graph.Entity) {
		t.Helper()
		must(t, s.Create(t.Context(), e), "seed: Create "+e.Metadata().ID)
		out[e.Metadata().ID] = e
	}
	for _, e := range fixtureSpaces() {
		create(e)
	}
	for _, e := range fixtureWaves() {
		create(e)
	}
	for _, e := range fixtureActors() {
		create(e)
	}
	for _, e := range fixtureOffers() {
		create(e)
	}
	for _, e := range fixtureNeeds() {
		create(e)
	}
	for _, e := range fixtureCooperations() {
		create(e)
	}
	return out
}
