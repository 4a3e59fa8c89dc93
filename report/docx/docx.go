// Package docx turns the reports' HTML into a Word document (Office Open XML), so
// that planners can edit the text, for the Kreistag for instance.
//
// It reads the subset of HTML the reports are written in and keeps its structure,
// so that the document stays accessible: headings become Word's heading styles
// (the document's outline), lists are real lists, tables keep their captions and
// their header rows, which repeat on every page. Charts (SVG) are left out; their
// captions stay, and their numbers are in the report's tables. The document's
// language is German and its title the HTML's title.
package docx

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML returns the HTML document doc as a DOCX file.
func FromHTML(doc []byte) ([]byte, error) {
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, fmt.Errorf("docx: read the HTML: %w", err)
	}
	var w writer
	var title string
	if t := find(root, atom.Title); t != nil {
		title = collapse(textOf(t))
	}
	if body := find(root, atom.Body); body != nil {
		w.blocks(body, 0)
	}
	return pack(title, w.body.String())
}

// writer collects the body of document.xml.
type writer struct {
	body strings.Builder
}

// blocks writes the block-level content of n's children; depth is the depth of
// the lists around them.
func (w *writer) blocks(n *html.Node, depth int) {
	var loose []*html.Node // inline content between blocks, written as one paragraph
	flush := func() {
		if len(loose) > 0 {
			w.paragraph("", "", loose...)
			loose = nil
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode || (c.Type == html.ElementNode && inline[c.DataAtom]) {
			loose = append(loose, c)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		flush()
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4:
			w.paragraph("Heading"+c.Data[1:], "", c)
		case atom.P:
			w.paragraph("", "", c)
		case atom.Ul, atom.Ol:
			w.list(c, depth)
		case atom.Table:
			w.table(c)
		case atom.Dl:
			for d := c.FirstChild; d != nil; d = d.NextSibling {
				switch d.DataAtom {
				case atom.Dt:
					w.paragraph("Term", "", d)
				case atom.Dd:
					w.paragraph("Definition", "", d)
				}
			}
		case atom.Figcaption, atom.Caption:
			w.paragraph("Caption", "", c)
		case atom.Svg, atom.Script, atom.Style, atom.Template, atom.Img:
			// Pictures are left out; their captions and tables carry their content.
		default: // section, main, div, figure, header, footer, …
			w.blocks(c, depth)
		}
	}
	flush()
}

// list writes the items of the list l (ul: bullets, ol: numbers) at depth, and
// the lists nested in them one level deeper.
func (w *writer) list(l *html.Node, depth int) {
	numbering := bulletList
	if l.DataAtom == atom.Ol {
		numbering = numberedList
	}
	for li := l.FirstChild; li != nil; li = li.NextSibling {
		if li.DataAtom != atom.Li {
			continue
		}
		var own, nested []*html.Node
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Ul || c.DataAtom == atom.Ol {
				nested = append(nested, c)
			} else {
				own = append(own, c)
			}
		}
		w.paragraph("ListParagraph", fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, min(depth, maxLevel), numbering), own...)
		for _, c := range nested {
			w.list(c, depth+1)
		}
	}
}

// table writes a table with its caption above it; the rows of its thead are
// header rows that repeat on every page, and header cells are bold.
func (w *writer) table(t *html.Node) {
	var rows []*html.Node
	var header []bool
	var walk func(n *html.Node, head bool)
	walk = func(n *html.Node, head bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Caption:
				w.paragraph("Caption", `<w:keepNext/>`, c)
			case atom.Thead:
				walk(c, true)
			case atom.Tbody, atom.Tfoot:
				walk(c, false)
			case atom.Tr:
				rows = append(rows, c)
				header = append(header, head)
			}
		}
	}
	walk(t, false)
	if len(rows) == 0 {
		return
	}
	w.body.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>`)
	for i, tr := range rows {
		w.body.WriteString(`<w:tr>`)
		if header[i] {
			w.body.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Th && c.DataAtom != atom.Td {
				continue
			}
			w.body.WriteString(`<w:tc>`)
			if span := attr(c, "colspan"); span != "" && span != "1" {
				fmt.Fprintf(&w.body, `<w:tcPr><w:gridSpan w:val="%s"/></w:tcPr>`, escape(span))
			}
			style := "TableText"
			if c.DataAtom == atom.Th {
				style = "TableHeading"
			}
			if hasClass(c, "n") { // a number, aligned right
				w.paragraph(style, `<w:jc w:val="right"/>`, c)
			} else {
				w.paragraph(style, "", c)
			}
			w.body.WriteString(`</w:tc>`)
		}
		w.body.WriteString(`</w:tr>`)
	}
	w.body.WriteString(`</w:tbl>`)
}

// paragraph writes the inline content of nodes as one paragraph of style (empty:
// Normal) with the further paragraph properties props. A cell's paragraph is
// written even when empty, as Word requires one in every cell.
func (w *writer) paragraph(style, props string, nodes ...*html.Node) {
	var runs strings.Builder
	r := runWriter{out: &runs}
	for _, n := range nodes {
		r.inline(n, false, false)
	}
	if runs.Len() == 0 && style != "TableText" && style != "TableHeading" {
		return
	}
	w.body.WriteString(`<w:p>`)
	if style != "" || props != "" {
		w.body.WriteString(`<w:pPr>`)
		if style != "" {
			fmt.Fprintf(&w.body, `<w:pStyle w:val="%s"/>`, style)
		}
		w.body.WriteString(props)
		w.body.WriteString(`</w:pPr>`)
	}
	w.body.WriteString(runs.String())
	w.body.WriteString(`</w:p>`)
}

// runWriter writes inline content as runs, collapsing white space as HTML does.
type runWriter struct {
	out   *strings.Builder
	space bool // a space is pending before the next text
	text  bool // text has been written
}

// inline writes n and its inline descendants.
func (r *runWriter) inline(n *html.Node, bold, italic bool) {
	switch n.Type {
	case html.TextNode:
		r.write(n.Data, bold, italic)
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Svg, atom.Script, atom.Style, atom.Img:
		return
	case atom.Br:
		r.out.WriteString(`<w:r><w:br/></w:r>`)
		r.space = false
		return
	case atom.Strong, atom.B, atom.Th:
		bold = true
	case atom.Em, atom.I:
		italic = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.inline(c, bold, italic)
	}
}

// write writes text as a run, collapsing its white space.
func (r *runWriter) write(text string, bold, italic bool) {
	fields := strings.FieldsFunc(text, unicode.IsSpace)
	lead := text != "" && unicode.IsSpace(rune(text[0]))
	trail := text != "" && unicode.IsSpace(rune(text[len(text)-1]))
	if len(fields) == 0 {
		r.space = r.space || lead
		return
	}
	s := strings.Join(fields, " ")
	if (r.space || lead) && r.text {
		s = " " + s
	}
	r.space = trail
	r.text = true
	r.out.WriteString(`<w:r>`)
	if bold || italic {
		r.out.WriteString(`<w:rPr>`)
		if bold {
			r.out.WriteString(`<w:b/>`)
		}
		if italic {
			r.out.WriteString(`<w:i/>`)
		}
		r.out.WriteString(`</w:rPr>`)
	}
	fmt.Fprintf(r.out, `<w:t xml:space="preserve">%s</w:t></w:r>`, escape(s))
}

// inline are the elements written within a paragraph.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Br: true, atom.Code: true, atom.Em: true,
	atom.I: true, atom.Small: true, atom.Span: true, atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true,
}

// find returns the first element a below n, or nil.
func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// textOf returns the text below n.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// collapse collapses the white space of s.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// attr returns n's attribute key.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether n has the class c.
func hasClass(n *html.Node, c string) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

// escape escapes s for XML text and attributes, leaving out the characters XML
// cannot hold.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r != 0xFFFE && r != 0xFFFF && !(r >= 0xD800 && r <= 0xDFFF)):
			b.WriteRune(r)
		}
	}
	return b.String()
}
