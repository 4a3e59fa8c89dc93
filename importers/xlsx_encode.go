package importers

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// EncodeXLSX writes the network as a workbook with one sheet per kind, laid out as
// the template (so that it imports again unchanged), followed by opts.Tables. Text
// cells that a spreadsheet would run as a formula are neutralised.
func EncodeXLSX(w io.Writer, n *graph.Network, opts EncodeOptions) error {
	keys := newKeyIndex(n)
	tables := make([]Table, 0, len(sheets)+len(opts.Tables))
	for _, sh := range sheets {
		tables = append(tables, exportTable(sh, n, keys))
	}
	return EncodeTables(w, append(tables, opts.Tables...)...)
}

// EncodeTables writes tables as a workbook, one sheet each, with a bold, frozen
// header row.
func EncodeTables(w io.Writer, tables ...Table) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := headerStyle(f)
	if err != nil {
		return err
	}
	used := map[string]bool{}
	for i, t := range tables {
		name := sheetName(t.Name, used)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		if err := writeSheet(f, name, t, bold); err != nil {
			return fmt.Errorf("importers: sheet %q: %w", name, err)
		}
	}
	if len(tables) == 0 {
		if err := f.SetSheetName("Sheet1", "Tabelle"); err != nil {
			return err
		}
	}
	return writeWorkbook(w, f)
}

// writeWorkbook writes f to w with the archive's entries in the order of their
// names. excelize writes them in the random order of its maps; sorted, the same
// workbook gives the same bytes, so that the command line's export equals the API's.
func writeWorkbook(w io.Writer, f *excelize.File) error {
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return err
	}
	entries := slices.Clone(zr.File)
	slices.SortFunc(entries, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	zw := zip.NewWriter(w)
	for _, e := range entries {
		if err := zw.Copy(e); err != nil {
			return err
		}
	}
	return zw.Close()
}

// headerStyle adds the style of header rows (bold on light blue) to f, for exports and
// the template alike.
func headerStyle(f *excelize.File) (int, error) {
	return f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
}

// writeSheet streams one table into a sheet.
func writeSheet(f *excelize.File, name string, t Table, headerStyle int) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i := range t.Headers {
		if err := sw.SetColWidth(i+1, i+1, colWidth(t.Headers[i])); err != nil {
			return err
		}
	}
	head := make([]any, len(t.Headers))
	for i, h := range t.Headers {
		head[i] = excelize.Cell{StyleID: headerStyle, Value: Neutralize(h)}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	row := make([]any, 0, len(t.Headers))
	for r, values := range t.Rows {
		row = row[:0]
		for _, v := range values {
			if s, ok := v.(string); ok {
				v = Neutralize(s)
			}
			row = append(row, v)
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// colWidth gives a column a width that fits its header.
func colWidth(header string) float64 {
	return float64(max(12, min(40, len([]rune(header))+4)))
}

// sheetName makes a valid, unique sheet name: at most 31 characters, none of
// : \ / ? * [ ].
func sheetName(name string, used map[string]bool) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, strings.TrimSpace(name))
	if name == "" {
		name = "Tabelle"
	}
	if r := []rune(name); len(r) > 31 {
		name = string(r[:31])
	}
	base := name
	for i := 2; used[strings.ToLower(name)]; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		r := []rune(base)
		name = string(r[:min(len(r), 31-len(suffix))]) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}
