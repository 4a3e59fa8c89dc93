package importers

import (
	"encoding/xml"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeXLSX decodes a workbook with one sheet per kind, named as in the template
// (Akteure, Kooperationen, Angebote, Sozialräume, Bedarfe, Erhebungswellen) or in
// English (Actors, Cooperations, Offers, Social spaces, Needs, Waves). A workbook
// whose sheets have other names (such as "Tabelle1") is read sheet by sheet with the
// kind guessed from the headers. Sheets named Hilfe or Listen are skipped.
//
// The workbook is read as a stream under the budget of Limits.MaxUnzippedBytes (see
// zipArchive); cells hold their raw values (numbers unformatted, dates as serial
// numbers). A sheet that cannot be read (broken XML, a DOCTYPE, an entry larger than
// declared) is an error that names it, and so is a workbook from which no row was read.
func DecodeXLSX(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatXLSX, r, opts)
}

// Parts of a workbook other than sheets and shared strings may inflate to this much.
const xlsxPartBytes = 4 << 20

// Relationship types (their last path element) that DecodeXLSX follows.
const (
	relOfficeDocument = "officeDocument"
	relWorksheet      = "worksheet"
	relSharedStrings  = "sharedStrings"
)

// maxSheetRow is the last row of a worksheet.
const maxSheetRow = 1 << 20

// notXLSX is the message for a file that is no workbook at all.
const notXLSX = "Die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX)."

func (d *decoder) decodeXLSX(r io.Reader) error {
	data, err := readAll(r, d.opts.Limits.MaxBytes)
	if err != nil {
		return err
	}
	wb, err := openWorkbook(data, d.opts.Limits)
	if err != nil {
		return err
	}
	items, errs := d.rep.decoded(), d.rep.Errors
	known := false
	for _, s := range wb.sheets {
		known = known || sheetByName(s.name) != nil
	}
	for _, s := range wb.sheets {
		sh := sheetByName(s.name)
		if sh == nil {
			switch normalize(s.name) {
			case "hilfe", "help", "listen", "lists", "info":
				continue
			}
			if known {
				d.rep.warnf(Location{Sheet: s.name}, "", "Das Blatt wird ignoriert; erwartet werden Akteure, Kooperationen, Angebote, Sozialräume, Bedarfe und Erhebungswellen.")
				continue
			}
		}
		if s.rel != relWorksheet {
			d.rep.warnf(Location{Sheet: s.name}, "", "Das Blatt ist kein Tabellenblatt (etwa ein Diagramm) und wird übersprungen.")
			continue
		}
		if err := d.readSheet(wb, s, sh); err != nil {
			return &sheetError{sheet: s.name, err: err}
		}
	}
	if d.rep.decoded() == items && d.rep.Errors == errs {
		return graph.Errorf(graph.Invalid, "Aus der Arbeitsmappe wurde nichts gelesen: kein Blatt enthält unter einer Kopfzeile eine Zeile mit Daten. "+
			"Erwartet werden die Blätter Akteure, Kooperationen, Angebote, Sozialräume, Bedarfe und Erhebungswellen wie in der Importvorlage.")
	}
	return nil
}

// sheetError is an error that stopped the reading of a sheet; the report names the
// sheet in the location, beside the message.
type sheetError struct {
	sheet string
	err   error
}

func (e *sheetError) Error() string { return e.err.Error() }
func (e *sheetError) Unwrap() error { return e.err }

// readSheet decodes one worksheet; sh nil means: guess the kind from the headers.
func (d *decoder) readSheet(wb *workbook, s sheetRef, sh *sheet) error {
	rows, err := wb.rows(s)
	if err != nil {
		return err
	}
	defer rows.close()
	if sh == nil {
		header, err := rows.peekHeader()
		if err != nil || header == nil {
			return err
		}
		sh = sheetByHeaders(header)
	}
	return d.readTable(sh, s.name, rows)
}

// workbook is an XLSX archive with its sheets and shared strings read.
type workbook struct {
	zip     *zipArchive
	limits  Limits
	sheets  []sheetRef
	strings sharedStrings
}

// sheetRef is a sheet of the workbook: its name, the entry holding it and the type
// of its relationship (relWorksheet for a worksheet).
type sheetRef struct {
	name, entry, rel string
}

// openWorkbook reads the workbook's list of sheets and its shared strings.
func openWorkbook(data []byte, l Limits) (*workbook, error) {
	z, err := openZip(data, l, "Die Arbeitsmappe", notXLSX)
	if err != nil {
		return nil, err
	}
	wb := &workbook{zip: z, limits: l}
	main := "xl/workbook.xml"
	if z.has("_rels/.rels") {
		rels, err := wb.readRels("", "_rels/.rels")
		if err != nil {
			return nil, err
		}
		for _, r := range rels {
			if r.typ == relOfficeDocument {
				main = r.target
				break
			}
		}
	}
	if !z.has(main) {
		return nil, graph.Errorf(graph.Invalid, "%s Der Teil „%s“ fehlt.", notXLSX, main)
	}
	relsPath := path.Join(path.Dir(main), "_rels", path.Base(main)+".rels")
	rels, err := wb.readRels(path.Dir(main), relsPath)
	if err != nil {
		return nil, err
	}
	if err := wb.readSheetList(main, rels); err != nil {
		return nil, err
	}
	for _, r := range rels {
		if r.typ == relSharedStrings && z.has(r.target) { // a workbook without strings may still list them
			if err := wb.readSharedStrings(r.target); err != nil {
				return nil, err
			}
			break
		}
	}
	return wb, nil
}

// relationship is one Relationship of an OOXML package part.
type relationship struct {
	id, typ, target string // typ: the last path element of the type URI
}

// readRels reads the relationships in the entry name; targets are resolved against
// the folder dir.
func (wb *workbook) readRels(dir, name string) ([]relationship, error) {
	var rels []relationship
	err := wb.walk(name, "Die Verweisliste „"+name+"“ der Arbeitsmappe", xlsxPartBytes, func(s *xmlStream, tok xml.Token) error {
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "Relationship" {
			target := attr(t, "Target")
			if strings.HasPrefix(target, "/") {
				target = strings.TrimPrefix(target, "/")
			} else {
				target = path.Join(dir, target)
			}
			rels = append(rels, relationship{id: attr(t, "Id"), typ: path.Base(attr(t, "Type")), target: target})
		}
		return nil
	})
	return rels, err
}

// readSheetList reads the names of the sheets from the entry main, in their order.
func (wb *workbook) readSheetList(main string, rels []relationship) error {
	return wb.walk(main, "Das Inhaltsverzeichnis „"+main+"“ der Arbeitsmappe", xlsxPartBytes, func(s *xmlStream, tok xml.Token) error {
		t, ok := tok.(xml.StartElement)
		if !ok || t.Name.Local != "sheet" {
			return nil
		}
		ref := sheetRef{name: attr(t, "name")}
		for _, a := range t.Attr {
			if a.Name.Local == "id" && a.Name.Space != "" {
				for _, r := range rels {
					if r.id == a.Value {
						ref.entry, ref.rel = r.target, r.typ
					}
				}
			}
		}
		if ref.entry == "" {
			return graph.Errorf(graph.Invalid, "Das Blatt „%s“ fehlt: das Inhaltsverzeichnis der Arbeitsmappe verweist auf keinen Teil.", ref.name)
		}
		wb.sheets = append(wb.sheets, ref)
		return nil
	})
}

// attr returns the value of the start element's attribute with the local name.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// walk calls visit for every token of the XML entry name, read as subject under the
// budget with at most max bytes.
func (wb *workbook) walk(name, subject string, max int64, visit func(s *xmlStream, tok xml.Token) error) error {
	s, rc, err := wb.stream(name, subject, max)
	if err != nil {
		return err
	}
	defer rc.Close()
	for {
		tok, err := s.token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := visit(s, tok); err != nil {
			return err
		}
	}
}

// stream opens the XML entry name as subject, refusing any DOCTYPE.
func (wb *workbook) stream(name, subject string, max int64) (*xmlStream, io.Closer, error) {
	rc, err := wb.zip.open(name, subject, max)
	if err != nil {
		return nil, nil, err
	}
	s := newXMLStream(rc, wb.limits, subject)
	s.noDTD = true
	return s, rc, nil
}

// sharedStrings holds a workbook's shared strings in blocks of at least
// sstBlockBytes that are never copied once full, so that a million short strings
// cost little more than their bytes and growing costs no second copy. A string longer
// than Limits.MaxCellBytes is cut to one byte more, so that a cell holding it is
// reported as too long.
type sharedStrings struct {
	blocks [][]byte
	refs   []sstRef
}

// sstRef is where a shared string is: blocks[block][start:end].
type sstRef struct{ block, start, end uint32 }

// sstBlockBytes is the least size of a block of sharedStrings.
const sstBlockBytes = 1 << 20

// add appends a string; it is never longer than max bytes.
func (ss *sharedStrings) add(b []byte, max int) {
	n := len(ss.blocks)
	if n == 0 || len(ss.blocks[n-1])+len(b) > cap(ss.blocks[n-1]) {
		ss.blocks = append(ss.blocks, make([]byte, 0, sstBlockBytes+max))
		n++
	}
	blk := ss.blocks[n-1]
	ss.refs = append(ss.refs, sstRef{block: uint32(n - 1), start: uint32(len(blk)), end: uint32(len(blk) + len(b))})
	ss.blocks[n-1] = append(blk, b...)
}

// get returns string i.
func (ss *sharedStrings) get(i int) (string, bool) {
	if i < 0 || i >= len(ss.refs) {
		return "", false
	}
	r := ss.refs[i]
	return string(ss.blocks[r.block][r.start:r.end]), true
}

// readSharedStrings reads the shared strings from the entry name. They may inflate to
// a quarter of the budget: they are held in memory while the sheets are read.
func (wb *workbook) readSharedStrings(name string) error {
	var text itemText
	inSI := false
	return wb.walk(name, "Die Liste der gemeinsamen Texte („"+name+"“)", wb.zip.limit/4, func(s *xmlStream, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "si" {
				inSI = true
				text.reset(wb.limits.MaxCellBytes)
			} else if inSI {
				text.start(t.Name.Local)
			}
		case xml.EndElement:
			if t.Name.Local == "si" {
				inSI = false
				wb.strings.add(text.value(), wb.limits.MaxCellBytes+1)
			} else if inSI {
				text.end(t.Name.Local)
			}
		case xml.CharData:
			if inSI {
				text.add(t)
			}
		}
		return nil
	})
}

// itemText collects the text of a string item (<si>, <is>): the text of its <t>
// elements outside phonetic runs (<rPh>), at most max+1 bytes.
type itemText struct {
	buf      []byte
	max      int
	inT      bool
	phonetic bool
}

func (c *itemText) reset(max int) { c.buf, c.max, c.inT, c.phonetic = c.buf[:0], max, false, false }

func (c *itemText) start(local string) {
	switch local {
	case "t":
		c.inT = !c.phonetic
	case "rPh":
		c.phonetic = true
	}
}

func (c *itemText) end(local string) {
	switch local {
	case "t":
		c.inT = false
	case "rPh":
		c.phonetic = false
	}
}

func (c *itemText) add(b []byte) {
	if c.inT && len(c.buf) <= c.max {
		c.buf = append(c.buf, b[:min(len(b), c.max+1-len(c.buf))]...)
	}
}

// value returns the text with Excel's escapes (_x000D_) resolved.
func (c *itemText) value() []byte { return unescapeOOXML(c.buf) }

// unescapeOOXML resolves the escapes _xHHHH_ that OOXML writes for characters XML
// cannot hold (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
func unescapeOOXML(b []byte) []byte {
	if !strings.Contains(string(b), "_x") {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '_' && i+6 < len(b) && b[i+1] == 'x' && b[i+6] == '_' {
			if r, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16); err == nil {
				out = append(out, string(rune(r))...)
				i += 6
				continue
			}
		}
		out = append(out, b[i])
	}
	return out
}

// rows opens the worksheet s for reading row by row.
func (wb *workbook) rows(s sheetRef) (*sheetRows, error) {
	subject := "Das Blatt „" + s.name + "“"
	st, rc, err := wb.stream(s.entry, subject, wb.zip.limit)
	if err != nil {
		return nil, err
	}
	return &sheetRows{wb: wb, s: st, rc: rc, subject: subject}, nil
}

// sheetRows reads the rows of a worksheet as a stream. Rows missing between two rows
// are returned as empty rows, so that row numbers match the sheet's.
type sheetRows struct {
	wb      *workbook
	s       *xmlStream
	rc      io.Closer
	subject string
	row     int        // number of the row last returned
	ahead   int        // number of the row read ahead, 0 if none
	cells   []string   // cells of the row read ahead
	peeked  [][]string // rows that peekHeader read, returned first
	done    bool
	text    itemText
}

func (x *sheetRows) close() { x.rc.Close() }

// peekHeader reads up to the first row that is not blank and returns it, or nil if
// there is none; next returns the rows read again.
func (x *sheetRows) peekHeader() ([]string, error) {
	for {
		cells, err := x.read()
		if err == io.EOF {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		x.peeked = append(x.peeked, cells)
		if !blank(cells) {
			return cells, nil
		}
	}
}

func (x *sheetRows) next() ([]string, error) {
	if len(x.peeked) > 0 {
		cells := x.peeked[0]
		x.peeked = x.peeked[1:]
		return cells, nil
	}
	return x.read()
}

// read returns the next row of the sheet, or io.EOF after the last.
func (x *sheetRows) read() ([]string, error) {
	if x.ahead == 0 && !x.done {
		n, cells, err := x.readRow()
		if err == io.EOF {
			x.done = true
		} else if err != nil {
			return nil, err
		} else {
			x.ahead, x.cells = n, cells
		}
	}
	if x.ahead == 0 {
		return nil, io.EOF
	}
	x.row++
	if x.row < x.ahead {
		return nil, nil // a row the sheet leaves out
	}
	cells := x.cells
	x.ahead, x.cells = 0, nil
	return cells, nil
}

// readRow reads the next <row> element: its number and its cells.
func (x *sheetRows) readRow() (int, []string, error) {
	for {
		tok, err := x.s.token()
		if err != nil {
			return 0, nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "row" {
				return x.rowElement(t)
			}
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				return 0, nil, io.EOF
			}
		}
	}
}

// rowElement reads the cells of the row that start opens.
func (x *sheetRows) rowElement(start xml.StartElement) (int, []string, error) {
	n := x.row + 1 // every row read so far has been returned
	if r := attr(start, "r"); r != "" {
		v, err := strconv.Atoi(r)
		if err != nil || v < n || v > maxSheetRow {
			return 0, nil, x.broken("die Zeilennummer „%s“ ist ungültig oder folgt nicht auf Zeile %d", r, n-1)
		}
		n = v
	}
	var cells []string
	col, typ, ref := 0, "", ""
	inCell, inValue := false, false
	var value []byte
	for {
		tok, err := x.s.token()
		if err == io.EOF {
			return 0, nil, xmlError(x.subject, io.ErrUnexpectedEOF)
		}
		if err != nil {
			return 0, nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "c":
				inCell, typ, ref, value = true, attr(t, "t"), attr(t, "r"), value[:0]
				x.text.reset(x.wb.limits.MaxCellBytes)
				if col, err = x.column(ref, col+1, n); err != nil {
					return 0, nil, err
				}
			case inCell && t.Name.Local == "v":
				inValue = true
			case inCell:
				x.text.start(t.Name.Local)
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "row":
				return n, cells, nil
			case t.Name.Local == "c":
				inCell = false
				v, err := x.cellValue(typ, value, ref)
				if err != nil {
					return 0, nil, err
				}
				for len(cells) < col {
					cells = append(cells, "")
				}
				cells[col-1] = v
			case t.Name.Local == "v":
				inValue = false
			case inCell:
				x.text.end(t.Name.Local)
			}
		case xml.CharData:
			if inValue && len(value) <= x.wb.limits.MaxCellBytes {
				value = append(value, t[:min(len(t), x.wb.limits.MaxCellBytes+1-len(value))]...)
			} else if inCell {
				x.text.add(t)
			}
		}
	}
}

// column returns the column number of the cell reference ref ("C12"), or def if ref
// is empty.
func (x *sheetRows) column(ref string, def, row int) (int, error) {
	col := def
	if ref != "" {
		letters := strings.TrimRight(ref, "0123456789")
		if letters == "" || len(letters) > 3 {
			return 0, x.broken("der Zellbezug „%s“ in Zeile %d ist ungültig", ref, row)
		}
		col = 0
		for _, c := range strings.ToUpper(letters) {
			if c < 'A' || c > 'Z' {
				return 0, x.broken("der Zellbezug „%s“ in Zeile %d ist ungültig", ref, row)
			}
			col = col*26 + int(c-'A'+1)
		}
	}
	if max := x.wb.limits.MaxColumns; col > max {
		return 0, limitError("%s hat in Zeile %d eine Zelle in Spalte %d; erlaubt sind höchstens %d Spalten.", x.subject, row, col, max)
	}
	return col, nil
}

// cellValue returns the raw value of a cell of type typ with the value v (of <v>) and
// the text of an inline string collected in x.text.
func (x *sheetRows) cellValue(typ string, v []byte, ref string) (string, error) {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(string(v)))
		s, ok := x.wb.strings.get(i)
		if err != nil || !ok {
			return "", x.broken("die Zelle %s verweist auf den gemeinsamen Text Nr. %s, den es nicht gibt", ref, string(v))
		}
		return s, nil
	case "inlineStr":
		if len(v) > 0 && len(x.text.buf) == 0 {
			return string(v), nil
		}
		return string(x.text.value()), nil
	}
	return string(v), nil
}

// broken is the error for a sheet whose XML is well-formed but not a worksheet.
func (x *sheetRows) broken(format string, args ...any) error {
	return graph.Errorf(graph.Invalid, "%s ist fehlerhaft: "+format+".", append([]any{x.subject}, args...)...)
}
