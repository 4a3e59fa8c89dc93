package importers

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
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

// TestGephiLesMiserables reads Les Misérables as Gephi 0.8.1 saved it (its sample
// file): no actor kinds, legal domains or cooperation kinds, weights up to 31. It
// imports with no error: every actor "nicht zugeordnet" with a warning of its own,
// and Gephi's positions and colours kept for the map.
func TestGephiLesMiserables(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "gephi_les_miserables.gexf"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, rep, err := DecodeFile("Les Miserables.gexf", f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Errors != 0 {
		t.Fatalf("%d errors: %v", rep.Errors, issueTexts(rep)[:min(5, len(rep.Issues))])
	}
	if len(b.Actors) != 77 || len(b.Cooperations) != 254 {
		t.Fatalf("%d actors, %d cooperations; want 77, 254", len(b.Actors), len(b.Cooperations))
	}
	perActor := 0
	for _, is := range rep.Issues {
		if is.Severity == SeverityWarning && strings.Contains(is.Message, "„nicht zugeordnet“ übernommen und kann") {
			perActor++
		}
	}
	if perActor != len(b.Actors) {
		t.Errorf("%d warnings about unassigned actors, want one per actor (%d)", perActor, len(b.Actors))
	}
	m := actorByKey(t, b, "0")
	if m.Name != "Myriel" || !m.Unassigned() || m.Attributes["Modularity Class"] != "0" {
		t.Errorf("Myriel = %+v", m)
	}
	if l := m.Layout; l == nil || l.X != -102.81979 || l.Y != -185.35468 || l.Color != "#5b5bf5" {
		t.Errorf("Myriel's layout = %+v", l)
	}
	for _, a := range b.Actors {
		if a.Layout == nil {
			t.Errorf("%s has no layout", a.Name)
		}
	}
	for _, c := range b.Cooperations {
		if c.Intensity < 1 || c.Intensity > 4 || len(c.Kinds) != 0 {
			t.Errorf("cooperation %s: intensity %d, kinds %v", c.ExternalKey, c.Intensity, c.Kinds)
		}
	}
	if err := graph.DefaultTaxonomy().Validate(); err != nil {
		t.Fatal(err)
	}
	for i := range b.Actors {
		if err := b.Actors[i].Validate(graph.DefaultTaxonomy()); err != nil {
			t.Errorf("actor %d: %v", i, err)
		}
	}
}

// TestNetworkxFlorentine reads a GraphML that networkx wrote of a graph with nothing
// but node ids and edges: every actor is taken in, "nicht zugeordnet".
func TestNetworkxFlorentine(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "networkx_florentine.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, rep, err := DecodeFile("networkx_florentine.graphml", f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Errors != 0 || len(b.Actors) != 15 || len(b.Cooperations) != 20 {
		t.Fatalf("%d errors, %d actors, %d cooperations: %v", rep.Errors, len(b.Actors), len(b.Cooperations), issueTexts(rep))
	}
	if m := actorByKey(t, b, "Medici"); m.Name != "Medici" || !m.Unassigned() {
		t.Errorf("Medici = %+v", m)
	}
}

// TestLibreOfficeNames reads a workbook saved by LibreOffice Calc 7.4 whose sheets
// name actors and social spaces by their names, not keys, in any case, and give
// codes in other spellings. "Jobcenter Landkreis Seeland" is an actor of the demo
// county, not of the file: it resolves against the stored entities.
func TestLibreOfficeNames(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "libreoffice_namen.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	county := demo.Generate(demo.County())
	b, rep, err := DecodeFile("libreoffice_namen.xlsx", f, Options{Existing: NamesOf(&graph.Network{Actors: county.Actors, SocialSpaces: county.SocialSpaces, Waves: county.Waves})})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Errors != 0 {
		t.Fatalf("errors: %s", strings.Join(issueTexts(rep), "\n"))
	}
	var jobcenter string
	for _, a := range county.Actors {
		if a.Name == "Jobcenter Landkreis Seeland" {
			jobcenter = a.ExternalKey
		}
	}
	if jobcenter == "" {
		t.Fatal("the demo county has no Jobcenter Landkreis Seeland")
	}
	if c := coopByKey(t, b, CooperationKey("werkstatt-am-see", jobcenter, false, "")); c.Intensity != 2 {
		t.Errorf("Werkstatt–Jobcenter = %+v", c)
	}
	coopByKey(t, b, CooperationKey(jobcenter, "schuldnerberatung-diakonie", false, ""))
	w := actorByKey(t, b, "werkstatt-am-see")
	if !slices.Equal(w.LegalDomains, []string{"sgb9"}) || w.Kind != "provider" || !slices.Equal(w.SocialSpaces, []string{"seeufer-nord"}) {
		t.Errorf("Werkstatt = %+v", w)
	}
	if l := actorByKey(t, b, "lebenshilfe-seeufer-e-v"); !slices.Equal(l.SocialSpaces, []string{"seeufer-nord"}) {
		t.Errorf("Lebenshilfe's spaces = %v", l.SocialSpaces)
	}
	if n := actorByKey(t, b, "nachbarschaftstreff-uferweg"); !n.Unassigned() {
		t.Errorf("Nachbarschaftstreff = %+v", n)
	}
	var readAs []string
	for _, is := range rep.Issues {
		if strings.Contains(is.Message, "wurde als") {
			readAs = append(readAs, is.Value+"→"+is.Suggestion)
		}
	}
	if want := []string{"SGB-IX→sgb9", "Eingliederungshilfe→sgb9", "SGB 12→sgb12"}; !slices.Equal(readAs, want) {
		t.Errorf("read as %v, want %v", readAs, want)
	}
}
