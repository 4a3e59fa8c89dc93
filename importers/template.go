package importers

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// templateRows is how many rows of each sheet get drop-down lists.
const templateRows = 5000

// Template writes the import template: one sheet per kind with the German headers,
// drop-down lists of the taxonomy codes in every code column (columns that take
// several codes accept "a|b" after a hint), a help sheet "Hilfe" explaining every
// column and listing every code with its label, and a hidden sheet "Listen" that
// holds the drop-down lists. t nil means graph.DefaultTaxonomy.
func Template(w io.Writer, t *graph.Taxonomy) error {
	if t == nil {
		t = graph.DefaultTaxonomy()
	}
	f := excelize.NewFile()
	defer f.Close()
	head, err := headerStyle(f)
	if err != nil {
		return err
	}
	lists, err := writeLists(f, t)
	if err != nil {
		return err
	}
	for i, sh := range sheets {
		if i == 0 {
			err = f.SetSheetName("Sheet1", sh.name)
		} else {
			_, err = f.NewSheet(sh.name)
		}
		if err != nil {
			return err
		}
		if err := templateSheet(f, sh, head, lists); err != nil {
			return fmt.Errorf("importers: template sheet %q: %w", sh.name, err)
		}
	}
	if err := writeHelp(f, t, head); err != nil {
		return err
	}
	if err := f.SetSheetVisible("Listen", false); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return writeWorkbook(w, f)
}

// templateColumns are the columns of a template sheet: all but the internal ID.
func templateColumns(sh *sheet) []*column {
	var out []*column
	for _, c := range sh.columns {
		if c.typ != typeID {
			out = append(out, c)
		}
	}
	return out
}

// writeLists fills the sheet "Listen" with one column of codes per list and returns
// the range of each list, such as "Listen!$A$2:$A$19".
func writeLists(f *excelize.File, t *graph.Taxonomy) (map[string]string, error) {
	if _, err := f.NewSheet("Listen"); err != nil {
		return nil, err
	}
	ranges := map[string]string{}
	for i, name := range templateLists() {
		terms := termsOf(t, name)
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetCellStr("Listen", col+"1", listLabel[name]); err != nil {
			return nil, err
		}
		for j, term := range terms {
			if err := f.SetCellStr("Listen", fmt.Sprintf("%s%d", col, j+2), term.Code); err != nil {
				return nil, err
			}
		}
		ranges[name] = fmt.Sprintf("Listen!$%s$2:$%s$%d", col, col, len(terms)+1)
	}
	return ranges, nil
}

// templateLists names the lists of the sheets "Listen" and "Hilfe": the taxonomy's,
// then the fixed value sets.
func templateLists() []string {
	return append(graph.ListNames(), listReportedBy, listMeasures)
}

// termsOf returns the terms of a taxonomy list or of a fixed value set.
func termsOf(t *graph.Taxonomy, list string) []graph.Term {
	switch list {
	case listReportedBy:
		return reportedByTerms
	case listMeasures:
		return graph.Measures()
	}
	return t.List(list)
}

// templateSheet writes a sheet's header row and its drop-down lists.
func templateSheet(f *excelize.File, sh *sheet, head int, lists map[string]string) error {
	cols := templateColumns(sh)
	for i, c := range cols {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(sh.name, cell, c.header); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh.name, cell, cell, head); err != nil {
			return err
		}
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh.name, name, name, colWidth(c.header)+6); err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s2:%s%d", name, name, templateRows)
		switch c.typ {
		case typeCode:
			dv.SetSqrefDropList(lists[c.list])
			dv.SetError(excelize.DataValidationErrorStyleStop, "Unbekannter Wert", "Bitte einen Code aus der Liste wählen (siehe Blatt „Hilfe“).")
		case typeCodes:
			dv.SetSqrefDropList(lists[c.list])
			dv.SetError(excelize.DataValidationErrorStyleInformation, "Mehrere Werte", "Mehrere Codes mit | trennen, z. B. sgb9|sgb12.")
		case typeBool:
			if err := dv.SetDropList([]string{"ja", "nein"}); err != nil {
				return err
			}
		default:
			continue
		}
		dv.SetInput(c.header, truncate(c.help, 250))
		if err := f.AddDataValidation(sh.name, dv); err != nil {
			return err
		}
	}
	return f.SetPanes(sh.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// truncate shortens s to at most n runes (Excel limits input messages).
func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// writeHelp writes the sheet "Hilfe": how to fill the template, every column of
// every sheet, and every code of every list.
func writeHelp(f *excelize.File, t *graph.Taxonomy, head int) error {
	const name = "Hilfe"
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	rows := [][]any{
		{"Netzwerkatlas – Importvorlage"},
		{"Je Blatt eine Art von Einträgen; die erste Zeile enthält die Spaltenüberschriften und darf nicht verändert werden. Leere Zeilen werden übersprungen."},
		{"Mehrere Werte in einer Zelle mit | trennen (z. B. sgb9|sgb12). Zahlen mit Komma oder Punkt, Datumsangaben als TT.MM.JJJJ oder JJJJ-MM-TT."},
		{"Verweise (Akteur, Sozialraum, Erhebungswelle) nennen den Schlüssel oder den Namen des Eintrags. Ein erneuter Import derselben Datei ändert nichts."},
		{"Sozialräume: Indikatoren als weitere Spalten „Indikator Jahr“, z. B. „Einwohnerinnen und Einwohner 2024“ oder „population 2024“."},
		{},
		{"Blatt", "Spalte", "Pflicht", "Erlaubte Werte", "Beschreibung", "Auch erkannt"},
	}
	headRows := []int{len(rows)}
	for _, sh := range sheets {
		for _, c := range templateColumns(sh) {
			rows = append(rows, []any{sh.name, c.header, yesNo(isRequired(sh, c)), allowed(c), c.help, strings.Join(c.aliases, ", ")})
		}
	}
	rows = append(rows, []any{}, []any{"Liste", "Code", "Bezeichnung", "Beschreibung"})
	headRows = append(headRows, len(rows))
	for _, list := range templateLists() {
		for _, term := range termsOf(t, list) {
			rows = append(rows, []any{listLabel[list], term.Code, term.Label, term.Description})
		}
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(name, cell, &r); err != nil {
			return err
		}
	}
	for _, r := range headRows {
		if err := f.SetCellStyle(name, fmt.Sprintf("A%d", r), fmt.Sprintf("F%d", r), head); err != nil {
			return err
		}
	}
	for col, w := range map[string]float64{"A": 18, "B": 24, "C": 34, "D": 40, "E": 80, "F": 40} {
		if err := f.SetColWidth(name, col, col, w); err != nil {
			return err
		}
	}
	return nil
}

// isRequired reports whether the template marks a column as required.
func isRequired(sh *sheet, c *column) bool {
	switch sh.kind {
	case graph.KindActor:
		return c.field == "name" || c.field == "kind" || c.field == "legal_domains"
	case graph.KindCooperation:
		return c.field == "from" || c.field == "to" || c.field == "kinds" || c.field == "intensity"
	case graph.KindOffer:
		return c.field == "actor_id" || c.field == "name" || c.field == "fields"
	case graph.KindSocialSpace:
		return c.field == "name" || c.field == "level"
	case graph.KindNeed:
		return c.field == "social_space_id" || c.field == "field" || c.field == "measure" || c.field == "target"
	case graph.KindWave:
		return c.field == "name" || c.field == "date"
	}
	return false
}

func yesNo(b bool) string {
	if b {
		return "ja"
	}
	return ""
}

// allowed describes a column's values in German.
func allowed(c *column) string {
	switch c.typ {
	case typeCode:
		return "ein Code der Liste „" + listLabel[c.list] + "“"
	case typeCodes:
		return "Codes der Liste „" + listLabel[c.list] + "“, mit | getrennt"
	case typeRef:
		return "Schlüssel oder Name (" + c.ref.Label() + ")"
	case typeRefs:
		return "Schlüssel oder Namen (" + c.ref.Label() + "), mit | getrennt"
	case typeInt:
		return "ganze Zahl"
	case typeFloat, typeLat, typeLon:
		return "Zahl"
	case typeBool:
		return "ja / nein"
	case typeDate:
		return "Datum"
	}
	return "Text"
}
