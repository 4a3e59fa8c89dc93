package importers

import (
	"archive/zip"
	"bytes"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// maxZipEntries bounds the number of files in an XLSX archive.
const maxZipEntries = 10_000

// DecodeXLSX decodes a workbook with one sheet per kind, named as in the template
// (Akteure, Kooperationen, Angebote, Sozialräume, Bedarfe, Erhebungswellen) or in
// English (Actors, Cooperations, Offers, Social spaces, Needs, Waves). A workbook
// whose sheets have other names (such as "Tabelle1") is read sheet by sheet with the
// kind guessed from the headers. Sheets named Hilfe or Listen are skipped.
func DecodeXLSX(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatXLSX, r, opts)
}

func (d *decoder) decodeXLSX(r io.Reader) error {
	data, err := readAll(r, d.opts.Limits.MaxBytes)
	if err != nil {
		return err
	}
	if err := checkZip(data, d.opts.Limits.MaxUnzippedBytes); err != nil {
		return err
	}
	limit := d.opts.Limits.MaxUnzippedBytes
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: limit, UnzipXMLSizeLimit: min(limit, 16<<20)})
	if err != nil {
		return &graph.Error{Code: graph.Invalid, Message: "Die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX).", Err: err}
	}
	defer f.Close()
	names := f.GetSheetList()
	known := false
	for _, name := range names {
		known = known || sheetByName(name) != nil
	}
	for _, name := range names {
		sh := sheetByName(name)
		if sh == nil {
			switch normalize(name) {
			case "hilfe", "help", "listen", "lists", "info":
				continue
			}
			if known {
				d.rep.warnf(Location{Sheet: name}, "", "Das Blatt wird ignoriert; erwartet werden Akteure, Kooperationen, Angebote, Sozialräume, Bedarfe und Erhebungswellen.")
				continue
			}
		}
		if err := d.readSheet(f, name, sh); err != nil {
			return err
		}
	}
	return nil
}

// readSheet decodes one worksheet; sh nil means: guess the kind from the headers.
func (d *decoder) readSheet(f *excelize.File, name string, sh *sheet) error {
	rows, err := f.Rows(name)
	if err != nil {
		return &graph.Error{Code: graph.Invalid, Message: "Das Blatt „" + name + "“ kann nicht gelesen werden.", Err: err}
	}
	defer rows.Close()
	rr := &xlsxRows{rows: rows, maxCols: d.opts.Limits.MaxColumns}
	if sh == nil {
		if sh = guessSheet(f, name); sh == nil {
			return nil
		}
	}
	return d.readTable(sh, name, rr)
}

// guessSheet guesses the kind of a worksheet from its first non-empty row, reading
// no further; nil if the worksheet has no such row or cannot be read.
func guessSheet(f *excelize.File, name string) *sheet {
	rows, err := f.Rows(name)
	if err != nil {
		return nil
	}
	defer rows.Close()
	for rows.Next() {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil
		}
		if !blank(cells) {
			return sheetByHeaders(cells)
		}
	}
	return nil
}

// xlsxRows reads the rows of a worksheet with raw cell values (numbers unformatted,
// dates as serial numbers).
type xlsxRows struct {
	rows    *excelize.Rows
	maxCols int
}

func (x *xlsxRows) next() ([]string, error) {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return nil, &graph.Error{Code: graph.Invalid, Message: "Die Arbeitsmappe ist fehlerhaft.", Err: err}
		}
		return nil, io.EOF
	}
	cols, err := x.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, &graph.Error{Code: graph.Invalid, Message: "Die Arbeitsmappe ist fehlerhaft.", Err: err}
	}
	if len(cols) > x.maxCols {
		return nil, limitError("Eine Zeile hat %d Spalten; erlaubt sind höchstens %d.", len(cols), x.maxCols)
	}
	return cols, nil
}

// checkZip refuses archives whose entries would unpack to more than limit bytes, or
// that have too many entries (zip bombs). archive/zip refuses entries that inflate
// beyond their declared size, so the declared sizes can be trusted.
func checkZip(data []byte, limit int64) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return &graph.Error{Code: graph.Invalid, Message: "Die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX).", Err: err}
	}
	if len(zr.File) > maxZipEntries {
		return limitError("Die Arbeitsmappe enthält mehr als %d Teile.", maxZipEntries)
	}
	var total uint64
	for _, zf := range zr.File {
		total += zf.UncompressedSize64
		if total > uint64(limit) {
			return limitError("Die Arbeitsmappe ist entpackt größer als %s; das ist die Obergrenze für einen Import.", mib(limit))
		}
	}
	return nil
}
