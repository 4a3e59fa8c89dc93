package importers

import (
	"encoding/csv"
	"io"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// EncodeCSV writes the entities of one kind (opts.Kind, default actors) as CSV for
// German Excel: UTF-8 with BOM, ";" as separator, decimal commas, CRLF line ends,
// lists joined by "|", references as external keys. Cells that a spreadsheet would
// run as a formula are neutralised (see Neutralize).
func EncodeCSV(w io.Writer, n *graph.Network, opts EncodeOptions) error {
	kind := opts.Kind
	if kind == "" {
		kind = graph.KindActor
	}
	sh := sheetOf(kind)
	if sh == nil {
		return graph.Errorf(graph.Invalid, "Die Art „%s“ kann nicht als CSV exportiert werden.", kind)
	}
	return EncodeTableCSV(w, exportTable(sh, n, newKeyIndex(n)))
}

// EncodeTableCSV writes a table as CSV for German Excel (as EncodeCSV).
func EncodeTableCSV(w io.Writer, t Table) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	rec := make([]string, len(t.Headers))
	for i, h := range t.Headers {
		rec[i] = Neutralize(h)
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for _, row := range t.Rows {
		rec = rec[:0]
		for _, v := range row {
			rec = append(rec, cellText(v))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
