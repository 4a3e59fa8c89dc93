package importers

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// decodeTestdata decodes a file of testdata/ and fails on errors in the report.
func decodeTestdata(t *testing.T, name string) *graph.Batch {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, rep, err := DecodeFile(name, f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	return b
}

func actorByKey(t *testing.T, b *graph.Batch, key string) *graph.Actor {
	t.Helper()
	for i := range b.Actors {
		if b.Actors[i].ExternalKey == key {
			return &b.Actors[i]
		}
	}
	t.Fatalf("no actor %q", key)
	return nil
}

func coopByKey(t *testing.T, b *graph.Batch, key string) *graph.Cooperation {
	t.Helper()
	for i := range b.Cooperations {
		if b.Cooperations[i].ExternalKey == key {
			return &b.Cooperations[i]
		}
	}
	t.Fatalf("no cooperation %q", key)
	return nil
}

// TestNetworkxFiles reads the files written by networkx 3.6 (make_networkx.py):
// labels in attributes, German labels as taxonomy values, an attribute without a
// field.
func TestNetworkxFiles(t *testing.T) {
	for _, name := range []string{"networkx.graphml", "networkx.gexf"} {
		t.Run(name, func(t *testing.T) {
			b := decodeTestdata(t, name)
			if len(b.Actors) != 4 || len(b.Cooperations) != 3 {
				t.Fatalf("%d actors, %d cooperations; want 4, 3", len(b.Actors), len(b.Cooperations))
			}
			c := actorByKey(t, b, "caritas")
			if c.Name != "Caritasverband Seeland e. V." || c.Kind != "provider" || !slices.Equal(c.LegalDomains, []string{"sgb9", "sgb12"}) ||
				!slices.Equal(c.TargetGroups, []string{"disability_mental"}) || c.Address.City != "Großenhain" || c.Attributes["Gründungsjahr"] != "1921" {
				t.Errorf("caritas = %+v", c)
			}
			if e := actorByKey(t, b, "eutb"); e.Kind != "counselling" {
				t.Errorf("eutb kind = %q, want counselling (from the label Beratungsstelle)", e.Kind)
			}
			co := coopByKey(t, b, "caritas~jobcenter")
			if co.Intensity != 3 || !slices.Equal(co.Kinds, []string{"referral", "information"}) || co.Directed {
				t.Errorf("caritas~jobcenter = %+v", co)
			}
			if n := coopByKey(t, b, "eutb~tsv").Note; n != "Inklusiver Sporttag" {
				t.Errorf("note = %q", n)
			}
		})
	}
}

func TestNetworkxDirected(t *testing.T) {
	b := decodeTestdata(t, "networkx_directed.graphml")
	c := coopByKey(t, b, "landkreis>caritas")
	if !c.Directed || c.Intensity != 4 || c.Kinds[0] != "funding" {
		t.Errorf("landkreis>caritas = %+v", c)
	}
	if r := coopByKey(t, b, "caritas>landkreis"); !r.Directed || r.Kinds[0] != "information_given" {
		t.Errorf("caritas>landkreis = %+v", r)
	}
}

// TestGephiGEXF reads a GEXF 1.3 file in Gephi 0.10.1's form: statistics columns
// are kept as attributes, viz elements are skipped, weights become intensities.
func TestGephiGEXF(t *testing.T) {
	b := decodeTestdata(t, "gephi.gexf")
	c := actorByKey(t, b, "caritas")
	if c.Kind != "provider" || !slices.Equal(c.LegalDomains, []string{"sgb9", "sgb12"}) || c.Attributes["Modularity Class"] != "0" ||
		c.Attributes["Betweenness Centrality"] != "1.0" || c.Address.City != "Großenhain" {
		t.Errorf("caritas = %+v", c)
	}
	if e := actorByKey(t, b, "eutb"); e.Name != "EUTB Müggelsee – Teilhabeberatung" {
		t.Errorf("eutb name = %q", e.Name)
	}
	co := coopByKey(t, b, "caritas~jobcenter")
	if co.Intensity != 3 || !slices.Equal(co.Kinds, []string{"referral"}) {
		t.Errorf("caritas~jobcenter = %+v", co)
	}
	if co := coopByKey(t, b, "caritas~eutb"); co.Intensity != 2 || !slices.Equal(co.Kinds, []string{"information", "joint_project"}) {
		t.Errorf("caritas~eutb = %+v", co)
	}
}

// TestLibreOfficeActors reads the actor list saved by LibreOffice Calc as XLSX (sheet
// named after the file, so the kind is guessed) and as CSV in Windows-1252 with ";".
func TestLibreOfficeActors(t *testing.T) {
	for _, name := range []string{"akteure_libreoffice.xlsx", "akteure_libreoffice_cp1252.csv"} {
		t.Run(name, func(t *testing.T) {
			b := decodeTestdata(t, name)
			if len(b.Actors) != 4 {
				t.Fatalf("%d actors, want 4", len(b.Actors))
			}
			c := actorByKey(t, b, "caritas")
			if c.Kind != "provider" || !slices.Equal(c.LegalDomains, []string{"sgb9", "sgb12"}) || !slices.Equal(c.Fields, []string{"housing", "inclusion"}) ||
				c.Address != (graph.Address{Street: "Hauptstraße 5", PostalCode: "01558", City: "Großenhain"}) ||
				c.Location == nil || c.Location.Lat != 51.2891 || c.Attributes["Träger"] != "Diözese Görlitz" {
				t.Errorf("caritas = %+v", c)
			}
			if w := actorByKey(t, b, "wohnbau"); w.Name != "Wohnungsbaugenossenschaft „Süd“ eG" || w.LegalDomains[0] != "housing" {
				t.Errorf("wohnbau = %+v", w)
			}
			if e := actorByKey(t, b, "eutb"); e.Name != "EUTB Müggelsee – Teilhabeberatung" {
				t.Errorf("eutb = %q", e.Name)
			}
		})
	}
}

// TestLibreOfficeWorkbook reads a workbook written by EncodeXLSX and saved again by
// LibreOffice Calc: every entity survives.
func TestLibreOfficeWorkbook(t *testing.T) {
	b := decodeTestdata(t, "seeland_libreoffice.xlsx")
	sameItems(t, keyed(t, sampleNetwork(), false), b, graph.Kinds()...)
}
