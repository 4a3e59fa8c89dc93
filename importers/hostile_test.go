package importers

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func openXLSX(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// wantInvalid checks that decoding failed with an Invalid error whose German
// message contains want.
func wantInvalid(t *testing.T, err error, want string) {
	t.Helper()
	if graph.ErrorCode(err) != graph.Invalid || !strings.Contains(graph.ErrorMessage(err), want) {
		t.Errorf("err = %v, want Invalid with %q", err, want)
	}
}

func TestXMLEntitiesRefused(t *testing.T) {
	bomb := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><graphml><graph><node id="&lol2;"/></graph></graphml>`
	_, _, err := DecodeGraphML(strings.NewReader(bomb), Options{})
	wantInvalid(t, err, "Entitäten")
	ext := `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><gexf><graph><nodes><node id="&xxe;"/></nodes></graph></gexf>`
	_, _, err = DecodeGEXF(strings.NewReader(ext), Options{})
	wantInvalid(t, err, "Entitäten")
}

func TestXMLDepthAndTokens(t *testing.T) {
	deep := "<graphml>" + strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100) + "</graphml>"
	_, _, err := DecodeGraphML(strings.NewReader(deep), Options{})
	wantInvalid(t, err, "verschachtelt")
	many := "<gexf><graph><nodes>" + strings.Repeat(`<node id="x"/>`, 100) + "</nodes></graph></gexf>"
	_, _, err = DecodeGEXF(strings.NewReader(many), Options{Limits: Limits{MaxXMLTokens: 50}})
	wantInvalid(t, err, "Bestandteile")
}

func TestSizeAndRowLimits(t *testing.T) {
	_, _, err := DecodeCSV(strings.NewReader(strings.Repeat("x", 2000)), Options{Limits: Limits{MaxBytes: 1000}})
	wantInvalid(t, err, "größer als")
	csv := "Name;Akteursart;Rechtskreise\n" + strings.Repeat("A;provider;sgb2\n", 11)
	_, _, err = DecodeCSV(strings.NewReader(csv), Options{Limits: Limits{MaxRows: 10}})
	wantInvalid(t, err, "zu viele Zeilen")
	coops := "Akteur 1;Akteur 2\n" + strings.Repeat("a;b\n", 11)
	_, _, err = DecodeCSV(strings.NewReader(coops), Options{Limits: Limits{MaxRows: 5, MaxCooperations: 10}})
	wantInvalid(t, err, "zu viele Zeilen")
	_, rep, err := DecodeCSV(strings.NewReader("Name;Akteursart;Rechtskreise\n"+strings.Repeat("x", 100)+";provider;sgb2\n"), Options{Limits: Limits{MaxCellBytes: 50}})
	if err != nil || !rep.HasErrors() || !strings.Contains(rep.Issues[0].Message, "länger als 50 Bytes") {
		t.Errorf("cell limit: %v %v", err, issueTexts(rep))
	}
}

// TestHostileXLSX decodes the hostile workbooks of testdata/hostile: each is refused
// with a German error that names the sheet or part and the limit it broke.
func TestHostileXLSX(t *testing.T) {
	limits := Limits{MaxUnzippedBytes: 8 << 20} // the shared strings may take 2 MiB
	for _, tc := range []struct {
		kind string
		want []string
	}{
		{hostileSharedStrings, []string{"Die Liste der gemeinsamen Texte („xl/sharedStrings.xml“) ist entpackt größer als 2 MiB"}},
		{hostileHugeCell, []string{"Das Blatt „Akteure“ enthält mehr als 200704 Bytes Text am Stück", "höchstens 32768 Bytes"}},
		{hostileManyCells, []string{"Das Blatt „Akteure“ überschreitet die Obergrenze für einen Import: die Arbeitsmappe darf entpackt höchstens 8 MiB groß sein", "xl/worksheets/sheet1.xml"}},
		{hostileSizeLie, []string{"Das Blatt „Akteure“ kann nicht entpackt werden", "größer als im Archiv angegeben"}},
		{hostileDTD, []string{"Das Blatt „Akteure“ definiert Entitäten (DOCTYPE mit ENTITY)"}},
		{hostileBroken, []string{"Das Blatt „Akteure“ ist fehlerhaft (Zeile 2)"}},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			data, err := os.ReadFile(hostileName(tc.kind))
			if err != nil {
				t.Fatal(err)
			}
			_, _, err = DecodeXLSX(bytes.NewReader(data), Options{Limits: limits})
			for _, want := range tc.want {
				wantInvalid(t, err, want)
			}
		})
	}
}

// TestXLSXSheetErrors refuses sheets that are well-formed XML but cannot be read
// as they claim, each with an error that names the sheet.
func TestXLSXSheetErrors(t *testing.T) {
	for _, tc := range []struct {
		name, rows, want string
	}{
		// A DOCTYPE without entities, which GraphML may have but a workbook never has.
		{"doctype", "", "Das Blatt „Akteure“ enthält eine Dokumenttyp-Deklaration (DOCTYPE)"},
		{"row order", `<row r="3"></row><row r="2"></row>`, "Das Blatt „Akteure“ ist fehlerhaft: die Zeilennummer „2“ ist ungültig oder folgt nicht auf Zeile 3."},
		{"row number", `<row r="1048577"></row>`, "die Zeilennummer „1048577“ ist ungültig"},
		{"cell reference", `<row r="2"><c r="2B"><v>1</v></c></row>`, "der Zellbezug „2B“ in Zeile 2 ist ungültig"},
		{"columns", `<row r="2"><c r="XFD2"><v>1</v></c></row>`, "Das Blatt „Akteure“ hat in Zeile 2 eine Zelle in Spalte 16384; erlaubt sind höchstens 200 Spalten."},
		{"shared string", `<row r="2"><c r="A2" t="s"><v>7</v></c></row>`, "die Zelle A2 verweist auf den gemeinsamen Text Nr. 7, den es nicht gibt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sheet := xlsxSheetHead + xlsxHeaderRow + tc.rows + xlsxSheetTail
			if tc.name == "doctype" {
				sheet = strings.Replace(sheet, "<worksheet", "<!DOCTYPE worksheet><worksheet", 1)
			}
			_, _, err := DecodeXLSX(bytes.NewReader(sheetXLSX(t, sheet)), Options{})
			wantInvalid(t, err, tc.want)
		})
	}
}

// TestXLSXCells reads cells as excelize's raw values did: shared strings with rich
// text runs but without phonetic runs, OOXML escapes, booleans as 1, rows left out
// counted, cells left out empty.
func TestXLSXCells(t *testing.T) {
	sheet := xlsxSheetHead + `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Rechtskreise</t></is></c>` +
		`<c r="B1" t="inlineStr"><is><t>Akteursart</t></is></c><c r="D1" t="s"><v>1</v></c></row>` +
		`<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="str"><f>LOWER("PROVIDER")</f><v>provider</v></c><c r="C4" t="inlineStr"><is><r><t>sgb</t></r><r><t>2</t></r></is></c><c r="D4" t="b"><v>1</v></c></row>` +
		`<row r="6"><c r="A6" t="inlineStr"><is><t>B</t></is></c><c r="B6" t="inlineStr"><is><t>foo</t></is></c><c r="C6" t="inlineStr"><is><t>sgb2</t></is></c></row>` +
		xlsxSheetTail
	sst := xlsxSSTHead + `<si><t>Name</t></si><si><t>Barrierefrei</t></si>` +
		`<si><r><t>Caritas</t></r><r><rPr><b/></rPr><t xml:space="preserve"> Seeland_x000A_Nord</t></r><rPh><t>カリタス</t></rPh></si></sst>`
	b, rep, err := DecodeXLSX(bytes.NewReader(sheetXLSX(t, sheet, sst)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Actors) != 2 || b.Actors[0].Name != "Caritas Seeland\nNord" || b.Actors[0].Kind != "provider" || b.Actors[0].LegalDomains[0] != "sgb2" {
		t.Fatalf("actors = %+v, issues %v", b.Actors, issueTexts(rep))
	}
	if a := b.Actors[0].Attributes; a["Barrierefrei"] != "1" {
		t.Errorf("attributes = %v", a)
	}
	if got := rep.Issues; len(got) != 1 || got[0].Location.Row != 6 || got[0].Location.Column != "Akteursart" {
		t.Errorf("issues = %v, want the actor kind of row 6", issueTexts(rep))
	}
}

func TestNotAWorkbook(t *testing.T) {
	_, _, err := DecodeXLSX(strings.NewReader("PK\x03\x04 kaputt"), Options{})
	wantInvalid(t, err, "keine lesbare Excel-Arbeitsmappe")
	_, _, err = DecodeGraphML(strings.NewReader("<graphml><graph><node id='a'>"), Options{})
	wantInvalid(t, err, "fehlerhaft")
	_, _, err = DecodeJSON(strings.NewReader(`{"actors": 5}`), Options{})
	wantInvalid(t, err, "falschen Typ")
	_, _, err = DecodeGeoJSON(strings.NewReader(`{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[]}`), Options{})
	wantInvalid(t, err, "WGS 84")
}

// TestGraphMLDuplicateKeyRefused names the id that two <key> elements declare (found
// by FuzzDecodeGraphML: the second declaration used to overrun the value columns).
func TestGraphMLDuplicateKeyRefused(t *testing.T) {
	doc := `<?xml version="1.0"?>
<graphml>
<key id="d0" for="node" attr.name="kind"/>
<key id="d1" for="node" attr.name="city"/>
<key id="d0" for="node" attr.name="email"/>
<graph><node id="a"><data key="d0">x</data></node></graph>
</graphml>`
	_, _, err := DecodeGraphML(strings.NewReader(doc), Options{})
	wantInvalid(t, err, "das Attribut mit der ID „d0“ zweimal (Zeile 3 und Zeile 5)")
}

func TestXMLOfTheWrongFormatRefused(t *testing.T) {
	gexf := `<?xml version="1.0"?><gexf><graph><nodes><node id="a"/></nodes></graph></gexf>`
	_, _, err := DecodeGraphML(strings.NewReader(gexf), Options{})
	wantInvalid(t, err, "kein GraphML: das Wurzelelement <graphml> fehlt")
	graphml := `<?xml version="1.0"?><graphml><graph><node id="a"/></graph></graphml>`
	_, _, err = DecodeGEXF(strings.NewReader(graphml), Options{})
	wantInvalid(t, err, "kein GEXF: das Wurzelelement <gexf> fehlt")
	_, _, err = DecodeGEXF(strings.NewReader(`<?xml version="1.0"?>`), Options{})
	wantInvalid(t, err, "kein GEXF")
}

// TestInvalidUTF8 finds the field that holds the first byte that is not UTF-8.
func TestInvalidUTF8(t *testing.T) {
	for _, tc := range []struct{ doc, path string }{
		{"{\"actors\":[{\"name\":\"A\xff\"}]}", "actors[0].name"},
		{"{\"actors\":[{\"name\":\"A\"},{\"name\":\"B\",\"address\":{\"street\":\"x\",\"city\":\"M\xfcnchen\"}}]}", "actors[1].address.city"},
		{"{\"actors\":[{\"name\":\"A\"}],\"waves\":[{\"na\xe4me\":\"A\"}]}", "waves[0].na\uFFFDme"},
		{"{\"tags\":[\"a\",[\"b\"],\"c\xff\"]}", "tags[2]"},
		{"\"\xff\"", ""},
	} {
		path, offset, bad := InvalidUTF8([]byte(tc.doc))
		if !bad || path != tc.path || tc.doc[offset] < 0x80 {
			t.Errorf("%q: %q at %d (%v), want %q", tc.doc, path, offset, bad, tc.path)
		}
	}
	if _, _, bad := InvalidUTF8([]byte(`{"name":"Müller"}`)); bad {
		t.Error("valid UTF-8 reported")
	}
	_, _, err := DecodeJSON(strings.NewReader("{\"actors\":[{\"name\":\"Caritas M\xfcnchen\"}]}"), Options{})
	wantInvalid(t, err, "Das Feld „actors[0].name“ enthält Bytes, die kein gültiges UTF-8 sind (bei Byte 29)")
	if f := graph.ErrorFields(err); len(f) != 1 || f[0].Field != "actors[0].name" {
		t.Errorf("fields = %+v", f)
	}
}
