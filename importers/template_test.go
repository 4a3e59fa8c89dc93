package importers

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func TestTemplate(t *testing.T) {
	var buf bytes.Buffer
	if err := Template(&buf, nil); err != nil {
		t.Fatal(err)
	}
	f := openXLSX(t, buf.Bytes())
	want := []string{"Akteure", "Kooperationen", "Angebote", "Sozialräume", "Bedarfe", "Erhebungswellen", "Listen", "Hilfe"}
	got := f.GetSheetList()
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("sheets = %v", got)
	}
	head, _ := f.GetRows("Akteure")
	if !slices.Equal(head[0][:4], []string{"Schlüssel", "Name", "Kurzname", "Akteursart"}) {
		t.Errorf("headers = %v", head[0])
	}
	dvs, err := f.GetDataValidations("Akteure")
	if err != nil {
		t.Fatal(err)
	}
	var kind string
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, "D2:") {
			kind = dv.Formula1
		}
	}
	if !strings.Contains(kind, "Listen!$D$2:$D$12") {
		t.Errorf("drop-down of Akteursart = %q", kind)
	}
	help, _ := f.GetRows("Hilfe")
	var text strings.Builder
	for _, r := range help {
		text.WriteString(strings.Join(r, "\t") + "\n")
	}
	for _, s := range []string{"Akteure\tRechtskreise\tja", "Rechtskreis\tsgb9\tSGB IX", "Kooperationen\tIntensität"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("help lacks %q", s)
		}
	}
	// The empty template is refused: nothing was read from it.
	_, _, err = DecodeXLSX(bytes.NewReader(buf.Bytes()), Options{})
	wantInvalid(t, err, "Aus der Arbeitsmappe wurde nichts gelesen")
}

// TestTemplateFilled fills the template like a user and imports it.
func TestTemplateFilled(t *testing.T) {
	var buf bytes.Buffer
	if err := Template(&buf, graph.DefaultTaxonomy()); err != nil {
		t.Fatal(err)
	}
	f := openXLSX(t, buf.Bytes())
	f.SetSheetRow("Akteure", "A2", &[]any{"", "Lebenshilfe Seeland", "LH", "provider", "sgb9|sgb11"})
	f.SetSheetRow("Kooperationen", "A2", &[]any{"", "Lebenshilfe Seeland", "Landratsamt", "nein", "contract", 4})
	f.SetSheetRow("Akteure", "A3", &[]any{"lra", "Landratsamt", "", "municipal", "sgb12"})
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	b, rep, err := DecodeXLSX(&out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	if len(b.Actors) != 2 || len(b.Cooperations) != 1 || b.Cooperations[0].To != "lra" || b.Cooperations[0].From != "lebenshilfe-seeland" {
		t.Errorf("batch = %+v", b)
	}
}
