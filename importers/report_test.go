package importers

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func decodeCSVString(t *testing.T, name, text string, opts Options) (*graph.Batch, *Report) {
	t.Helper()
	opts.Name = name
	b, rep, err := DecodeCSV(strings.NewReader(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	return b, rep
}

func TestUnknownCodeSuggestion(t *testing.T) {
	csv := "Name;Akteursart;Rechtskreise\nA;provider;sgb2\nCaritas;Leistungserbringer;SGB 9|SGB-XII\nC;Verein;Quatsch\nD;Verien;sgb2\n"
	_, rep := decodeCSVString(t, "akteure.csv", csv, Options{})
	got := issueTexts(rep)
	want := []string{
		"warning: „akteure.csv“, Zeile 3, Spalte „Rechtskreise“: Rechtskreis „SGB 9“ wurde als „SGB IX“ (sgb9) gelesen.",
		"warning: „akteure.csv“, Zeile 3, Spalte „Rechtskreise“: Rechtskreis „SGB-XII“ wurde als „SGB XII“ (sgb12) gelesen.",
		"error: „akteure.csv“, Zeile 4, Spalte „Rechtskreise“: Rechtskreis „Quatsch“ ist unbekannt; erlaubt sind die Codes der Liste „Rechtskreis“ (siehe Blatt „Hilfe“ der Vorlage).",
		"error: „akteure.csv“, Zeile 5, Spalte „Akteursart“: Akteursart „Verien“ ist unbekannt — meinten Sie „association“ (Verein)?",
	}
	if !slices.Equal(got, want) {
		t.Errorf("issues:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.Issues[0].Suggestion != "sgb9" || rep.Issues[0].Field != "actors[1].legal_domains" || rep.Issues[0].Row != 3 {
		t.Errorf("issue = %+v", rep.Issues[0])
	}
	if rep.Issues[3].Suggestion != "association" {
		t.Errorf("issue = %+v", rep.Issues[3])
	}
	if err := rep.Err(); graph.ErrorCode(err) != graph.Invalid {
		t.Errorf("Err() = %v", err)
	}
}

// TestCodeSpellings checks that unambiguous spellings of codes are read with a
// warning that names the code, and ambiguous ones are errors that list every
// candidate.
func TestCodeSpellings(t *testing.T) {
	for _, c := range []struct {
		column, value string
		want          []string // the codes read, or the candidates of an ambiguous value
		ambiguous     bool
	}{
		{"Rechtskreise", "SGB-IX", []string{"sgb9"}, false},
		{"Rechtskreise", "SGB 9", []string{"sgb9"}, false},
		{"Rechtskreise", "sgb 9", []string{"sgb9"}, false},
		{"Rechtskreise", "Eingliederungshilfe", []string{"sgb9"}, false},
		{"Rechtskreise", "Eingliederung", []string{"sgb9"}, false},
		{"Rechtskreise", "Jugendhilfe", nil, false}, // no phrase is or starts with it
		{"Rechtskreise", "Sozialhilfe", []string{"sgb12"}, false},
		{"Rechtskreise", "Rehabilitation", []string{"sgb6", "sgb9"}, true},
		{"Rechtskreise", "SGB", []string{"sgb2", "sgb3", "sgb5", "sgb6", "sgb7", "sgb8", "sgb9", "sgb11", "sgb12", "sgb14"}, true},
		{"Akteursart", "Beratung", []string{"counselling"}, false},
		{"Akteursart", "leistungs-träger", []string{"benefit_carrier"}, false},
		{"Akteursart", "Leistung", []string{"benefit_carrier", "provider"}, true},
	} {
		t.Run(c.value, func(t *testing.T) {
			other := map[string]string{"Rechtskreise": "Akteursart;provider", "Akteursart": "Rechtskreise;sgb2"}[c.column]
			oh, ov, _ := strings.Cut(other, ";")
			csv := "Name;" + c.column + ";" + oh + "\nA;" + c.value + ";" + ov + "\n"
			b, rep := decodeCSVString(t, "akteure.csv", csv, Options{})
			a := b.Actors[0]
			got := a.LegalDomains
			if c.column == "Akteursart" {
				got = nil
				if a.Kind != "" {
					got = []string{a.Kind}
				}
			}
			switch {
			case c.ambiguous:
				if rep.Errors != 1 || len(got) != 0 {
					t.Fatalf("errors %d, read %v; want one error: %s", rep.Errors, got, issueTexts(rep))
				}
				for _, code := range c.want {
					if !strings.Contains(rep.Issues[0].Message, "("+code+")") {
						t.Errorf("message %q does not name %s", rep.Issues[0].Message, code)
					}
				}
				if !strings.Contains(rep.Issues[0].Message, "mehrdeutig") {
					t.Errorf("message %q", rep.Issues[0].Message)
				}
			case c.want == nil:
				if rep.Errors != 1 {
					t.Fatalf("errors %d: %s", rep.Errors, issueTexts(rep))
				}
			default:
				if rep.Errors != 0 || !slices.Equal(got, c.want) {
					t.Fatalf("read %v, %s; want %v", got, issueTexts(rep), c.want)
				}
				if rep.Warnings != 1 || !strings.Contains(rep.Issues[0].Text, "„"+c.value+"“ wurde als") || rep.Issues[0].Suggestion != c.want[0] {
					t.Errorf("warnings: %s", issueTexts(rep))
				}
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	m := newMatchers(graph.DefaultTaxonomy(), Mapping{})
	for _, c := range []struct{ list, in, want string }{
		{graph.ListLegalDomains, "SGB 9", "sgb9"},
		{graph.ListLegalDomains, "sgb ix", ""}, // exact label: accepted, see below
		{graph.ListLegalDomains, "SGB-11", "sgb11"},
		{graph.ListLegalDomains, "Asylblg.", "asylblg"},
		{graph.ListActorKinds, "Beratungstelle", "counselling"},
		{graph.ListActorKinds, "Verien", "association"},
		{graph.ListFields, "Bildungg", "education"},
		{graph.ListFields, "xyz", ""},
	} {
		code, ok, sugg := m[c.list].resolve(c.in)
		if ok {
			if c.want != "" {
				t.Errorf("%q accepted as %q, want suggestion %q", c.in, code, c.want)
			}
			continue
		}
		if sugg != c.want {
			t.Errorf("suggest(%q) = %q, want %q", c.in, sugg, c.want)
		}
	}
}

func TestMapping(t *testing.T) {
	csv := "Organisation;Typ;Träger-Rechtskreis;Bemerkung intern\nCaritas;provider;SGB 9;x\n"
	b, rep := decodeCSVString(t, "liste.csv", csv, Options{Mapping: Mapping{
		Columns: map[string]string{"Träger-Rechtskreis": "legal_domains", "Bemerkung intern": "-"},
		Values:  map[string]map[string]string{graph.ListLegalDomains: {"SGB 9": "sgb9"}},
	}})
	noIssues(t, rep)
	a := b.Actors[0]
	if a.Name != "Caritas" || a.Kind != "provider" || !slices.Equal(a.LegalDomains, []string{"sgb9"}) || len(a.Attributes) != 0 || a.ExternalKey != "caritas" {
		t.Errorf("actor = %+v", a)
	}
}

func TestMappingThatCannotApplyIsRefused(t *testing.T) {
	csv := "Organisation;Typ;Träger-Rechtskreis\nCaritas;provider;SGB 9\n"
	for _, c := range []struct {
		mapping Mapping
		want    string
	}{
		{Mapping{Columns: map[string]string{"Organisation": "nam"}}, "Spalte „Organisation“ nennt das unbekannte Feld „nam“. Meinten Sie „name“?"},
		{Mapping{Values: map[string]map[string]string{"rechtskreise": {"SGB 9": "sgb9"}}}, "unbekannte Liste „rechtskreise“"},
		{Mapping{Values: map[string]map[string]string{graph.ListLegalDomains: {"SGB 9": "SGB IX"}}}, "unbekannten Code „SGB IX“ der Liste „legal_domains“. Meinten Sie „sgb9“?"},
	} {
		_, _, err := DecodeCSV(strings.NewReader(csv), Options{Mapping: c.mapping})
		wantInvalid(t, err, c.want)
		_, _, err = DecodeFiles([]Input{{Name: "liste.csv", R: strings.NewReader(csv)}}, Options{Mapping: c.mapping})
		wantInvalid(t, err, c.want)
	}
}

func TestDefaultsAndWarnings(t *testing.T) {
	csv := "Source,Target,Weight,Farbe\nA,B,2.5,rot\n"
	b, rep := decodeCSVString(t, "edges.csv", csv, Options{Defaults: Defaults{CooperationKind: "information"}})
	if rep.HasErrors() {
		t.Fatal(issueTexts(rep))
	}
	c := b.Cooperations[0]
	if c.From != "A" || c.To != "B" || c.Intensity != 3 || c.Kinds[0] != "information" || c.ExternalKey != "A~B" {
		t.Errorf("cooperation = %+v", c)
	}
	got := strings.Join(issueTexts(rep), "\n")
	for _, want := range []string{"Spalte „Farbe“: Die Spalte ist unbekannt", "„2.5“ wurde auf 3 gerundet", "Bei 1 Einträgen (Kooperationen) fehlte „Kooperationsarten“"} {
		if !strings.Contains(got, want) {
			t.Errorf("no warning %q in\n%s", want, got)
		}
	}
}

func TestKeysAndReferencesByName(t *testing.T) {
	actors := "Name;Akteursart;Rechtskreise\nCaritas Seeland e. V.;provider;sgb9\nJobcenter Seeland;benefit_carrier;sgb2\nJobcenter Seeland;benefit_carrier;sgb2\n"
	coops := "Akteur 1;Akteur 2;Kooperationsarten;Intensität\nJobcenter Seeland;Caritas Seeland e. V.;information;2\ncaritas-seeland-e-v;jobcenter-seeland;referral;1\n"
	b, rep, err := DecodeFiles([]Input{{Name: "akteure.csv", R: strings.NewReader(actors)}, {Name: "kooperationen.csv", R: strings.NewReader(coops)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Actors[0].ExternalKey != "caritas-seeland-e-v" || b.Cooperations[0].From != "jobcenter-seeland" || b.Cooperations[0].ExternalKey != "caritas-seeland-e-v~jobcenter-seeland" {
		t.Errorf("keys: %+v %+v", b.Actors[0], b.Cooperations[0])
	}
	got := issueTexts(rep)
	want := []string{
		"error: „akteure.csv“, Zeile 4: Der Schlüssel „jobcenter-seeland“ kommt doppelt vor (zuerst „akteure.csv“, Zeile 3); jeder Akteur darf nur einmal vorkommen.",
		"error: „kooperationen.csv“, Zeile 3: Der Schlüssel „caritas-seeland-e-v~jobcenter-seeland“ kommt doppelt vor (zuerst „kooperationen.csv“, Zeile 2); jeder Kooperation darf nur einmal vorkommen.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("issues:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAddStoreError(t *testing.T) {
	_, rep := decodeCSVString(t, "akteure.csv", "Name;Akteursart;Rechtskreise;Sozialräume\nA;provider;sgb2;Nordufer\n", Options{})
	rep.AddStoreError(&graph.Error{Code: graph.Invalid, Message: "x", Fields: []graph.FieldError{{Field: "actors[0].social_spaces[0]", Message: "Sozialraum \"Nordufer\" existiert nicht."}}})
	is := rep.Issues[len(rep.Issues)-1]
	if is.Row != 2 || is.Column != "Sozialräume" || is.Sheet != "akteure.csv" {
		t.Errorf("issue = %+v", is)
	}
}

func TestCSVDialects(t *testing.T) {
	want := graph.Actor{Meta: graph.Meta{ExternalKey: "a1"}, Name: "Bürgerhilfe Süd", Kind: "association", LegalDomains: []string{"civil_society"},
		Location: &graph.GeoPoint{Lat: 51.5, Lon: 12.25}}
	for name, text := range map[string]string{
		"utf8-bom-semicolon": "\ufeffkey;name;kind;legal_domains;lat;lon\na1;Bürgerhilfe Süd;association;civil_society;51,5;12,25\n",
		"utf8-comma":         "key,name,kind,legal_domains,lat,lon\na1,Bürgerhilfe Süd,association,civil_society,\"51,5\",12.25\n",
		"tab":                "Schlüssel\tName\tAkteursart\tRechtskreise\tBreitengrad\tLängengrad\na1\tBürgerhilfe Süd\tVerein\tZivilgesellschaft\t51.5\t12,25\n",
		"cp1252":             "Schl\xfcssel;Name;Akteursart;Rechtskreise;Breitengrad;L\xe4ngengrad\na1;B\xfcrgerhilfe S\xfcd;Verein;Zivilgesellschaft;51,5;12,25\n",
	} {
		t.Run(name, func(t *testing.T) {
			b, rep := decodeCSVString(t, "x.csv", text, Options{})
			noIssues(t, rep)
			if len(b.Actors) != 1 || !graph.SameContent(&want, &b.Actors[0]) {
				t.Errorf("actors = %+v", b.Actors)
			}
		})
	}
}

func TestGuessKind(t *testing.T) {
	for headers, want := range map[string]graph.Kind{
		"Id;Label":                                    graph.KindActor,
		"Source;Target;Type;Id;Weight":                graph.KindCooperation,
		"Schlüssel;Akteur;Name;Handlungsfelder":       graph.KindOffer,
		"Name;Gebietsebene;Übergeordnet":              graph.KindSocialSpace,
		"Sozialraum;Handlungsfeld;Messgröße;Zielwert": graph.KindNeed,
		"Name;Stichtag":                               graph.KindWave,
	} {
		if got := sheetByHeaders(strings.Split(headers, ";")).kind; got != want {
			t.Errorf("%s: %s, want %s", headers, got, want)
		}
	}
}

func TestFormulaInjection(t *testing.T) {
	n := &graph.Network{Actors: []graph.Actor{{Meta: graph.Meta{ID: "a"}, Name: "=HYPERLINK(\"http://x\")", Kind: "provider", LegalDomains: []string{"sgb2"},
		Description: "@SUM(1)", Phone: "+49 1", Attributes: map[string]string{"x": "-2+3", "y": "\tcmd", "z": "-3.5"}}}}
	var buf bytes.Buffer
	if err := EncodeCSV(&buf, n, EncodeOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"'=HYPERLINK(""http://x"")"`, "'@SUM(1)", "'+49 1", "'-2+3", "'\tcmd", ";-3.5"} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
	b, rep, err := DecodeCSV(&buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	if a := b.Actors[0]; a.Name != "=HYPERLINK(\"http://x\")" || a.Phone != "+49 1" || a.Attributes["x"] != "-2+3" {
		t.Errorf("decoded = %+v", a)
	}
	var x bytes.Buffer
	if err := EncodeXLSX(&x, n, EncodeOptions{}); err != nil {
		t.Fatal(err)
	}
	f := openXLSX(t, x.Bytes())
	if v, _ := f.GetCellValue("Akteure", "C2"); v != "'=HYPERLINK(\"http://x\")" {
		t.Errorf("XLSX name cell = %q", v)
	}
}

func TestReportLimit(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Name;Akteursart;Rechtskreise\n")
	for range 30 {
		sb.WriteString("A;x;y\n")
	}
	_, rep := decodeCSVString(t, "a.csv", sb.String(), Options{Limits: Limits{MaxIssues: 10}})
	if len(rep.Issues) != 10 || rep.Errors < 60 {
		t.Errorf("%d issues kept, %d errors", len(rep.Issues), rep.Errors)
	}
}

func TestUnknownFormat(t *testing.T) {
	_, _, err := DecodeFile("bild.png", bytes.NewReader([]byte("\x89PNG\x00\x00")), Options{})
	var e *graph.Error
	if !errors.As(err, &e) || !strings.Contains(e.Message, "unbekannt") {
		t.Errorf("err = %v", err)
	}
}
