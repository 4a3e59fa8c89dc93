package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/report/docx"
)

// convert returns the DOCX of testdata/bericht.html, a report in the HTML the
// reports are written in.
func convert(t *testing.T) []byte {
	t.Helper()
	in, err := os.ReadFile("testdata/bericht.html")
	if err != nil {
		t.Fatal(err)
	}
	out, err := docx.FromHTML(in)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// part returns the part name of the package pkg.
func part(t *testing.T, pkg []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestStructure checks that the document keeps the HTML's structure and text, and
// that every part is well-formed XML.
func TestStructure(t *testing.T) {
	pkg := convert(t)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml"} {
		d := xml.NewDecoder(strings.NewReader(part(t, pkg, name)))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	}
	doc := part(t, pkg, "word/document.xml")
	for _, want := range []string{
		`<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Bericht für die Steuerungsgruppe</w:t>`,
		`<w:t xml:space="preserve">Erstellt am 02.12.2026 mit Netzwerkatlas. Ausgangsstand (T1):</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> Herbst 2024</w:t>`,
		`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Das Netzwerk wuchs um 12 Kooperationen &amp; 3 Akteure.</w:t>`,
		`<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">SGB IX &lt;-&gt; SGB XII</w:t>`,
		`<w:t xml:space="preserve">Zwei Rechtskreise</w:t></w:r><w:r><w:t xml:space="preserve"> rückten</w:t></w:r><w:r><w:t xml:space="preserve"> zusammen:</w:t>`,
		`<w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">Neue Kooperationen je Rechtskreis.`,
		`<w:pStyle w:val="Caption"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">Kennzahlen zu T1 und T2</w:t>`,
		`<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:pPr><w:pStyle w:val="TableHeading"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Kennzahl</w:t>`,
		`<w:pStyle w:val="TableText"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">0,0412</w:t></w:r></w:p></w:tc><w:tc><w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="right"/></w:pPr></w:p></w:tc>`,
		`<w:tcPr><w:gridSpan w:val="3"/></w:tcPr>`,
		`Steuerzeichen: ab`,
		`<w:pStyle w:val="Heading3"/>`,
		`<w:pStyle w:val="Term"/></w:pPr><w:r><w:t xml:space="preserve">Dichte</w:t>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	for _, never := range []string{"Diagrammtitel im Bild", "Balkenbeschriftung", "nie im Dokument", "font: 11pt"} {
		if strings.Contains(doc, never) {
			t.Errorf("document.xml holds %q", never)
		}
	}
	if n := strings.Count(doc, `<w:tblHeader/>`); n != 1 {
		t.Errorf("%d header rows, want 1", n)
	}
	if core := part(t, pkg, "docProps/core.xml"); !strings.Contains(core, "<dc:title>Bericht für die Steuerungsgruppe</dc:title>") {
		t.Errorf("core.xml lacks the title: %s", core)
	}
}

// TestLibreOffice opens the document with LibreOffice Writer and saves it as
// HTML: its headings, lists and tables come back as such. It needs soffice with
// Writer; with NETZWERKATLAS_REQUIRE_PDF=1 (CI, see .ci/run) it fails without.
func TestLibreOffice(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("NETZWERKATLAS_REQUIRE_PDF") == "1" {
			t.Fatal("soffice is missing")
		}
		t.Skip("soffice is missing")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bericht.docx"), convert(t), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "html:XHTML Writer File:UTF8", "--outdir", dir, filepath.Join(dir, "bericht.docx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "bericht.html"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no HTML: %v", err)
	}
	got := string(b)
	text := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(got, " ")
	text = strings.Join(strings.Fields(text), " ")
	for _, c := range []struct {
		pattern string
		count   int
	}{
		{`<h1[ >]`, 1}, {`<h2[ >]`, 2}, {`<h3[ >]`, 1}, {`<table[ >]`, 1}, {`<ul[ >]`, 2},
	} {
		if n := len(regexp.MustCompile(c.pattern).FindAllString(got, -1)); n != c.count {
			t.Errorf("LibreOffice reads %d %s, want %d", n, c.pattern, c.count)
		}
	}
	for _, want := range []string{"Kurzfassung", "SGB IX <-> SGB XII", "Kennzahlen zu T1 und T2", "0,0412", "Wasserman & Faust 1994"} {
		if !strings.Contains(html.UnescapeString(text), want) {
			t.Errorf("LibreOffice's text lacks %q:\n%.2000s", want, text)
		}
	}
}
