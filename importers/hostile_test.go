package importers

import (
	"archive/zip"
	"bytes"
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

// TestZipBomb builds an archive that declares more uncompressed bytes than allowed.
func TestZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write(bytes.Repeat([]byte("0"), 1<<20)) // 1 MiB of zeros compresses to about 1 KiB
	zw.Close()
	_, _, err = DecodeXLSX(&buf, Options{Limits: Limits{MaxUnzippedBytes: 512 << 10}})
	wantInvalid(t, err, "entpackt größer")
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
