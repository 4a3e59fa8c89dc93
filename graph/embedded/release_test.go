package embedded

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/storetest"
)

// Every release checks in a data file of its own under testdata/release-*/ (see the
// README.md there): netzwerkatlas.db.gz, the gzipped data file, and golden.json.gz,
// what it must read back. TestReleaseFilesOpen opens each with the current code.
var writeRelease = flag.String("write-release", "", "write a release data file and its golden.json.gz into this directory")

// TestWriteRelease writes the data file of this release when run with -write-release:
//
//	go test ./graph/embedded/ -run TestWriteRelease -write-release testdata/release-YYYY-MM
//
// The file holds the demo county, items that set every field of every entity kind, an
// update, a deletion, a changed taxonomy and two tokens.
func TestWriteRelease(t *testing.T) {
	if *writeRelease == "" {
		t.Skip("run with -write-release DIR to write this release's data file")
	}
	dir := *writeRelease
	path := filepath.Join(t.TempDir(), "netzwerkatlas.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	tax := graph.DefaultTaxonomy()
	tax.Fields = append(tax.Fields, graph.Term{Code: "digital", Label: "Digitale Teilhabe"})
	tax.LegalDomains[0].Label = "SGB II – Grundsicherung für Arbeitsuchende (geändert)"
	if err := s.SetTaxonomy(ctx, tax); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Upsert(ctx, demo.Generate(demo.County()), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	boundary := json.RawMessage(`{"type":"Polygon","coordinates":[[[10.1,53.1],[10.2,53.1],[10.2,53.2],[10.1,53.1]]]}`)
	full := []graph.Entity{
		&graph.SocialSpace{Meta: graph.Meta{ID: "release-space", ExternalKey: "R-SP"}, Name: "Sozialraum Release", Level: "social_space",
			ParentID: "seeland-landkreis", Boundary: boundary,
			Indicators: []graph.Indicator{{Year: 2025, Code: "population", Value: 12345}, {Year: 2026, Code: "population", Value: 12400.5}}},
		&graph.SocialSpace{Meta: graph.Meta{ID: "release-space-empty-lists"}, Name: "Leer", Level: "social_space", Indicators: []graph.Indicator{}},
		&graph.Wave{Meta: graph.Meta{ID: "release-wave", ExternalKey: "R-W"}, Name: "Erhebung Release", Date: "2026-11-30", Description: "Welle mit Beschreibung"},
		&graph.Actor{Meta: graph.Meta{ID: "release-actor-1", ExternalKey: "R-A1"}, Name: "Verein für Teilhabe e. V.", ShortName: "VfT",
			Kind: "association", LegalDomains: []string{"sgb9", "sgb12"}, Fields: []string{"housing", "digital"}, TargetGroups: []string{"older_people"},
			SocialSpaces: []string{"release-space"}, Address: graph.Address{Street: "Hauptstraße 1", PostalCode: "12345", City: "Seeland"},
			Location: &graph.GeoPoint{Lat: 53.15, Lon: 10.15}, Website: "https://vft.example", Email: "info@vft.example", Phone: "+49 1234 5678",
			Description: "Beschreibung mit Umlauten: äöüß\nund Zeilenumbruch", Attributes: map[string]string{"Träger": "frei", "Gründung": "1990"}},
		&graph.Actor{Meta: graph.Meta{ID: "release-actor-2"}, Name: "Jobcenter Release", Kind: "benefit_carrier", LegalDomains: []string{"sgb2"},
			Fields: []string{}, Location: &graph.GeoPoint{}, Attributes: map[string]string{}},
		&graph.Offer{Meta: graph.Meta{ID: "release-offer", ExternalKey: "R-O"}, ActorID: "release-actor-1", Name: "Wohnberatung", Description: "Beratung",
			Fields: []string{"housing"}, TargetGroups: []string{"older_people"}, SocialSpaces: []string{"release-space"}, LegalDomains: []string{"sgb12"},
			LegalBasis: "§ 71 SGB XII", Capacity: 12.5, BarrierFree: true, LowThreshold: true, Counselling: true},
		&graph.Need{Meta: graph.Meta{ID: "release-need", ExternalKey: "R-N"}, SocialSpaceID: "release-space", Field: "housing", TargetGroup: "older_people",
			Measure: graph.MeasurePlacesPer1000, Target: 2.5, Year: 2026, Note: "Ziel aus dem Teilhabeplan"},
		&graph.Cooperation{Meta: graph.Meta{ID: "release-coop", ExternalKey: "R-C"}, From: "release-actor-1", To: "release-actor-2", Directed: true,
			Kinds: []string{"referral", "joint_project"}, Intensity: 3, Trust: 2, Value: 4, ReportedBy: graph.ReportedByBoth,
			ValidFrom: "2025-01-01", ValidUntil: "2026-12-31", WaveID: "release-wave", Source: "Erhebung 2026", Note: "Notiz"},
		&graph.Cooperation{Meta: graph.Meta{ID: "release-coop-gone"}, From: "release-actor-2", To: "seeland-akteur-0001", Kinds: []string{"information"}, Intensity: 1},
		&graph.Measure{Meta: graph.Meta{ID: "release-measure-potential", ExternalKey: "R-M1"}, Title: "Jobcenter und Verein zusammenbringen",
			Description: "Gemeinsames Fallgespräch", Origin: graph.MeasureOrigin{Kind: graph.OriginPotential, From: "release-actor-1", To: "release-actor-2"},
			Actors: []string{"release-actor-1", "release-actor-2"}, Responsible: "Netzwerkkoordination", Due: "2027-03-31",
			Status: graph.MeasureStarted, AgreedWaveID: "release-wave"},
		&graph.Measure{Meta: graph.Meta{ID: "release-measure-gap"}, Title: "Wohnberatung ausbauen",
			Origin: graph.MeasureOrigin{Kind: graph.OriginGap, SocialSpaceID: "release-space", Field: "housing", TargetGroup: "older_people"},
			Actors: []string{}, Status: graph.MeasurePlanned, AgreedOn: "2026-12-01"},
	}
	for _, e := range full {
		if err := s.Create(ctx, e); err != nil {
			t.Fatalf("create %s: %v", e.Metadata().ID, err)
		}
	}
	a, err := s.Get(ctx, graph.KindActor, "release-actor-1")
	if err != nil {
		t.Fatal(err)
	}
	a.(*graph.Actor).Phone = "+49 1234 9999"
	if err := s.Update(ctx, a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Delete(ctx, graph.KindCooperation, "release-coop-gone", graph.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, tok := range []*graph.Token{
		{Name: "Sozialplanung", Role: graph.RoleAdmin, Hash: graph.HashToken("nza_release_admin")},
		{Name: "Lesezugang", Role: graph.RoleViewer, Hash: graph.HashToken("nza_release_viewer")},
	} {
		if err := s.CreateToken(ctx, tok); err != nil {
			t.Fatal(err)
		}
	}
	got := storetest.ReadRelease(t, s)
	checkCoversEveryField(t, got.Network)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	if err := os.MkdirAll(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gz := storetest.Gzipped(t, raw)
	if err := os.WriteFile(filepath.Join(dir, "netzwerkatlas.db.gz"), gz, 0o644); err != nil {
		t.Fatal(err)
	}
	storetest.WriteGzipJSON(t, filepath.Join(dir, "golden.json.gz"), got)
	t.Logf("wrote %s: data file %d bytes (%d gzipped)", dir, len(raw), len(gz))
}

// checkCoversEveryField fails unless every field of every entity type is set
// (non-zero) in at least one entity of n.
func checkCoversEveryField(t *testing.T, n *graph.Network) {
	t.Helper()
	nv := reflect.ValueOf(n).Elem()
	for i := range nv.NumField() {
		list := nv.Field(i)
		if list.Kind() != reflect.Slice {
			continue
		}
		for _, path := range unsetFields(list) {
			t.Errorf("no %s sets %s", list.Type().Elem().Name(), path)
		}
	}
}

// unsetFields returns the paths of the fields of list's element type (descending into
// structs, pointers and slices) that are zero in every element.
func unsetFields(list reflect.Value) []string {
	var out []string
	var walk func(typ reflect.Type, path string, vals []reflect.Value)
	walk = func(typ reflect.Type, path string, vals []reflect.Value) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			var sub []reflect.Value
			for _, v := range vals {
				if fv := v.Field(i); !fv.IsZero() {
					sub = append(sub, fv)
				}
			}
			p := path + f.Name
			if len(sub) == 0 {
				out = append(out, p)
				continue
			}
			ft := f.Type
			switch {
			case ft.Kind() == reflect.Struct && ft.NumField() > 0 && ft.PkgPath() != "time":
				walk(ft, p+".", sub)
			case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct:
				var elems []reflect.Value
				for _, v := range sub {
					elems = append(elems, v.Elem())
				}
				walk(ft.Elem(), p+".", elems)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				var elems []reflect.Value
				for _, v := range sub {
					for j := range v.Len() {
						elems = append(elems, v.Index(j))
					}
				}
				walk(ft.Elem(), p+"[].", elems)
			}
		}
	}
	var vals []reflect.Value
	for j := range list.Len() {
		vals = append(vals, list.Index(j))
	}
	walk(list.Type().Elem(), "", vals)
	return out
}

// TestReleaseFilesOpen opens the data file of every earlier release with the current
// code (migrating it) and checks that it reads exactly what that release recorded.
// It must stay valid for every later release: a migration that derives a value for a
// new field must say so here, not change the golden files.
func TestReleaseFilesOpen(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "release-*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no release data files in testdata")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			s, err := Open(unpackRelease(t, dir))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got := storetest.CheckRelease(t, s, dir)
			if len(got.Network.Actors) < 250 || len(got.Network.Cooperations) < 900 {
				t.Errorf("read %d actors and %d cooperations", len(got.Network.Actors), len(got.Network.Cooperations))
			}
		})
	}
}

// unpackRelease returns the path of a copy of dir's gzipped data file in a temporary
// directory.
func unpackRelease(t testing.TB, dir string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "netzwerkatlas.db")
	if err := os.WriteFile(path, storetest.Gunzipped(t, filepath.Join(dir, "netzwerkatlas.db.gz")), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
