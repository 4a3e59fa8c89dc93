package importers

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// sampleNetwork returns a small network that uses every field, with IDs that differ
// from the external keys, as a store's snapshot would.
func sampleNetwork() *graph.Network {
	boundary := json.RawMessage(`{"type":"Polygon","coordinates":[[[9.1,52.1],[9.2,52.1],[9.2,52.2],[9.1,52.1]]]}`)
	n := &graph.Network{
		Revision: 7,
		Taxonomy: graph.DefaultTaxonomy(),
		SocialSpaces: []graph.SocialSpace{
			{Meta: graph.Meta{ID: "space_1", ExternalKey: "seeland"}, Name: "Landkreis Seeland", Level: "county",
				Indicators: []graph.Indicator{{Year: 2023, Code: "population", Value: 119800.5}, {Year: 2024, Code: "population", Value: 120500}}},
			{Meta: graph.Meta{ID: "space_2", ExternalKey: "nordufer"}, Name: "Nordufer – Müggelsee", Level: "social_space", ParentID: "space_1", Boundary: boundary},
		},
		Waves: []graph.Wave{{Meta: graph.Meta{ID: "wave_1", ExternalKey: "t1"}, Name: "Erhebung 2025", Date: "2025-03-01", Description: "Erste Welle"}},
		Actors: []graph.Actor{
			{Meta: graph.Meta{ID: "actor_1", ExternalKey: "caritas"}, Name: "Caritasverband Seeland e. V.", ShortName: "Caritas", Kind: "provider",
				LegalDomains: []string{"sgb9", "sgb12"}, Fields: []string{"housing", "inclusion"}, TargetGroups: []string{"disability_mental"},
				SocialSpaces: []string{"space_2"}, Address: graph.Address{Street: "Hauptstraße 5", PostalCode: "12345", City: "Großenhain"},
				Location: &graph.GeoPoint{Lat: 52.123456, Lon: 9.5}, Website: "https://caritas.example", Email: "info@caritas.example",
				Phone: "+49 30 1234", Description: "=SUMME(A1) ist kein Formel-Angriff mehr", Attributes: map[string]string{"Träger": "Diözese", "Gründung": "1921"}},
			{Meta: graph.Meta{ID: "actor_2"}, Name: "Jobcenter Seeland", Kind: "benefit_carrier", LegalDomains: []string{"sgb2"}},
			{Meta: graph.Meta{ID: "actor_3", ExternalKey: "eutb"}, Name: "EUTB Seeland", Kind: "counselling", LegalDomains: []string{"sgb9"}, Fields: []string{"inclusion"}},
		},
		Offers: []graph.Offer{
			{Meta: graph.Meta{ID: "offer_1", ExternalKey: "caritas/abw"}, ActorID: "actor_1", Name: "Ambulant betreutes Wohnen", Fields: []string{"housing"},
				TargetGroups: []string{"disability_mental"}, SocialSpaces: []string{"space_2"}, LegalDomains: []string{"sgb9"}, LegalBasis: "§ 113 SGB IX",
				Capacity: 24.5, BarrierFree: true, Counselling: true},
		},
		Needs: []graph.Need{
			{Meta: graph.Meta{ID: "need_1", ExternalKey: "n1"}, SocialSpaceID: "space_2", Field: "housing", TargetGroup: "older_people", Measure: "places_per_1000", Target: 2.5, Year: 2026, Note: "Ziel"},
		},
		Cooperations: []graph.Cooperation{
			{Meta: graph.Meta{ID: "coop_1", ExternalKey: "k1"}, From: "actor_1", To: "actor_2", Kinds: []string{"referral", "information"}, Intensity: 3, Trust: 4, Value: 2,
				ReportedBy: "both", ValidFrom: "2024-01-01", ValidUntil: "2025-12-31", WaveID: "wave_1", Source: "Erhebung 2025", Note: "+vertraulich"},
			{Meta: graph.Meta{ID: "coop_2"}, From: "actor_3", To: "actor_1", Directed: true, Kinds: []string{"funding"}, Intensity: 1},
		},
	}
	return n
}

// keyed returns the network's entities as an importer would decode them: every
// reference rewritten from an ID to the referenced entity's exported key.
// Tables carry no boundaries; withBoundaries keeps them.
func keyed(t *testing.T, n *graph.Network, withBoundaries bool) *graph.Batch {
	t.Helper()
	raw, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	var cp graph.Network
	if err := json.Unmarshal(raw, &cp); err != nil {
		t.Fatal(err)
	}
	keys := newKeyIndex(&cp)
	b := cp.Batch()
	if !withBoundaries {
		for i := range b.SocialSpaces {
			b.SocialSpaces[i].Boundary = nil
		}
	}
	for _, it := range b.Items() {
		for _, r := range it.Entity.Refs() {
			*r.ID = keys.key(r.Kind, *r.ID)
		}
	}
	return b
}

// sameItems reports every difference between the items of want and got of the given
// kinds, compared with graph.SameContent.
func sameItems(t *testing.T, want, got *graph.Batch, kinds ...graph.Kind) {
	t.Helper()
	for _, k := range kinds {
		sh := sheetOf(k)
		if sh == nil {
			continue // measures have no file form
		}
		if sh.count(want) != sh.count(got) {
			t.Errorf("%s: %d items, want %d", k, sh.count(got), sh.count(want))
			continue
		}
		for i := range sh.count(want) {
			w, g := sh.at(want, i), sh.at(got, i)
			if !graph.SameContent(w, g) {
				wj, _ := json.Marshal(w)
				gj, _ := json.Marshal(g)
				t.Errorf("%s[%d] differs:\n got %s\nwant %s", k, i, gj, wj)
			}
		}
	}
}

// noIssues fails the test if the report has errors, and logs warnings.
func noIssues(t *testing.T, rep *Report) {
	t.Helper()
	for _, is := range rep.Issues {
		if is.Severity == SeverityError {
			t.Errorf("issue: %s", is.Text)
		} else {
			t.Logf("warning: %s", is.Text)
		}
	}
}

// issueTexts returns the texts of the report's issues.
func issueTexts(rep *Report) []string {
	var out []string
	for _, is := range rep.Issues {
		out = append(out, fmt.Sprintf("%s: %s", is.Severity, is.Text))
	}
	return out
}
