package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
)

// The numbering definitions of lists (numbering.xml), and the deepest level they
// define (0-based).
const (
	bulletList   = 1
	numberedList = 2
	maxLevel     = 2
)

// pack returns the DOCX package of the document body (WordprocessingML inside
// w:body) with the title title.
func pack(title, body string) ([]byte, error) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	parts := []struct{ name, content string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", fmt.Sprintf(coreProps, escape(title))},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", xmlHeader + `<w:document xmlns:w="` + wordNS + `"><w:body>` + body +
			`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`},
		{"word/styles.xml", styles},
		{"word/numbering.xml", numbering},
		{"word/settings.xml", settings},
	}
	for _, p := range parts {
		f, err := z.Create(p.name)
		if err != nil {
			return nil, err
		}
		if _, err := f.Write([]byte(p.content)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	wordNS    = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	relNS     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const documentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relNS + `/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="` + relNS + `/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rId3" Type="` + relNS + `/settings" Target="settings.xml"/>` +
	`</Relationships>`

// coreProps takes the escaped title.
const coreProps = xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
	`xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:language>de-DE</dc:language><dc:creator>Netzwerkatlas</dc:creator></cp:coreProperties>`

// settings has Word show the title (not the file name) and keeps the language.
const settings = xmlHeader + `<w:settings xmlns:w="` + wordNS + `"><w:defaultTabStop w:val="708"/><w:themeFontLang w:val="de-DE"/></w:settings>`

// styles: Arial 11 pt in German, headings in the outline, captions, table text.
var styles = xmlHeader + `<w:styles xmlns:w="` + wordNS + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	heading(1, 32) + heading(2, 28) + heading(3, 24) + heading(4, 22) +
	`<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:contextualSpacing/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Term"><w:name w:val="Term"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Definition"><w:name w:val="Definition"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="table" w:styleId="Table"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>` +
	`</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`</w:styles>`

// heading returns the style of heading level n at size half-points, in the
// document's outline.
func heading(n, size int) string {
	return fmt.Sprintf(`<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`+
		`<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:b/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>`,
		n, n, n-1, size, size)
}

// numbering defines bulleted (1) and numbered (2) lists of three levels.
var numbering = xmlHeader + `<w:numbering xmlns:w="` + wordNS + `">` +
	abstractNum(0, "bullet", []string{"•", "◦", "▪"}) + abstractNum(1, "decimal", []string{"%1.", "%2.", "%3."}) +
	fmt.Sprintf(`<w:num w:numId="%d"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="%d"><w:abstractNumId w:val="1"/></w:num>`, bulletList, numberedList) +
	`</w:numbering>`

// abstractNum returns a list definition with one level per text.
func abstractNum(id int, format string, texts []string) string {
	s := fmt.Sprintf(`<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>`, id)
	for lvl, t := range texts {
		s += fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>`,
			lvl, format, t, 720*(lvl+1))
	}
	return s + `</w:abstractNum>`
}
