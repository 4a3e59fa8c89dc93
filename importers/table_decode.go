package importers

import (
	"errors"
	"io"
	"path"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// rowReader yields the rows of one sheet or CSV file; io.EOF ends them.
type rowReader interface {
	next() ([]string, error)
}

// readTable decodes one sheet: the first non-empty row is the header row.
func (d *decoder) readTable(sh *sheet, name string, rr rowReader) error {
	row := 0
	var headers []string
	for {
		cells, err := rr.next()
		if err == io.EOF {
			d.rep.warnf(Location{Sheet: name}, "", "Die Tabelle ist leer.")
			return nil
		}
		if err != nil {
			return err
		}
		row++
		if !blank(cells) {
			headers = append([]string(nil), cells...)
			break
		}
	}
	t := d.bind(sh, name, headers, nil)
	if t == nil {
		return nil
	}
	for {
		cells, err := rr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		row++
		if !d.row(t, cells, row, "") {
			return limitError("Die Tabelle „%s“ hat zu viele Zeilen.", name)
		}
	}
}

// blank reports whether every cell is empty.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// limitError returns the error for input that exceeds a limit.
func limitError(format string, args ...any) error {
	return graph.Errorf(graph.Invalid, format, args...)
}

// errTooLarge is returned when a file exceeds Limits.MaxBytes.
var errTooLarge = errors.New("importers: input too large")

// readAll reads r up to the byte limit.
func readAll(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &graph.Error{Code: graph.Invalid, Message: "Die Datei konnte nicht gelesen werden.", Err: err}
	}
	if int64(len(data)) > limit {
		return nil, &graph.Error{Code: graph.Invalid, Message: "Die Datei ist größer als " + mib(limit) + "; das ist die Obergrenze für einen Import.", Err: errTooLarge}
	}
	return data, nil
}

// mib renders a byte count in MiB, the German way.
func mib(n int64) string {
	return strings.Replace(formatNumber(float64(n*10/(1<<20))/10), ".", ",", 1) + " MiB"
}

// sheetByName finds the sheet for a sheet or file name, or nil.
func sheetByName(name string) *sheet {
	n := normalize(strings.TrimSuffix(path.Base(name), path.Ext(name)))
	for _, sh := range sheets {
		if normalize(sh.name) == n {
			return sh
		}
		for _, a := range sh.aliases {
			if normalize(a) == n {
				return sh
			}
		}
	}
	return nil
}

// sheetByFileName guesses the kind of a CSV file from words in its name, such as
// "2025_kooperationen_export.csv".
func sheetByFileName(name string) *sheet {
	n := normalize(path.Base(name))
	for _, hint := range []struct {
		word string
		sh   *sheet
	}{
		{"kooperation", cooperationSheet}, {"cooperation", cooperationSheet}, {"edge", cooperationSheet}, {"kante", cooperationSheet}, {"ties", cooperationSheet},
		{"angebot", offerSheet}, {"offer", offerSheet},
		{"sozialra", spaceSheet}, {"space", spaceSheet}, {"gebiet", spaceSheet},
		{"bedarf", needSheet}, {"need", needSheet},
		{"welle", waveSheet}, {"wave", waveSheet},
		{"akteur", actorSheet}, {"actor", actorSheet}, {"node", actorSheet}, {"knoten", actorSheet},
	} {
		if strings.Contains(n, hint.word) {
			return hint.sh
		}
	}
	return nil
}

// sheetByHeaders guesses the kind of a table from its headers: the sheet with the
// most distinct fields among them; actors win ties.
func sheetByHeaders(headers []string) *sheet {
	best, bestScore := actorSheet, -1
	for _, sh := range sheets {
		idx := columnIndex(sh)
		fields := map[string]bool{}
		for _, h := range headers {
			if c := idx[normalize(h)]; c != nil {
				fields[c.field] = true
			}
		}
		score := len(fields)
		for _, f := range sh.needs { // a sheet lacking a needed column cannot be it
			if !fields[f] {
				score -= 2
			}
		}
		if score > bestScore {
			best, bestScore = sh, score
		}
	}
	return best
}
