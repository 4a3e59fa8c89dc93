package importers

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Severity says whether an Issue blocks the import.
type Severity string

// The severities of issues. Errors block the import; warnings do not.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Location says where in a file an issue is. Empty fields are unknown or do not
// apply.
type Location struct {
	// Sheet is the sheet of an XLSX workbook, the file name of a CSV file, or
	// "Knoten"/"Kanten" in GraphML and GEXF.
	Sheet string `json:"sheet,omitempty"`
	// Row is the row as numbered by spreadsheets (the header is row 1), or the
	// position of a node or edge (or GeoJSON feature), counted from 1.
	Row int `json:"row,omitempty"`
	// Column is the column header or attribute name as written in the file.
	Column string `json:"column,omitempty"`
	// Element names the node, edge or feature by its id, if the format has one.
	Element string `json:"element,omitempty"`
}

// String renders the location in German, such as
// "Blatt „Akteure“, Zeile 12, Spalte „Rechtskreis“".
func (l Location) String() string {
	var parts []string
	if l.Sheet != "" {
		parts = append(parts, "„"+l.Sheet+"“")
	}
	if l.Element != "" {
		parts = append(parts, l.Element)
	} else if l.Row > 0 {
		parts = append(parts, "Zeile "+strconv.Itoa(l.Row))
	}
	if l.Column != "" {
		parts = append(parts, "Spalte „"+l.Column+"“")
	}
	return strings.Join(parts, ", ")
}

// Issue is one error or warning found while decoding or by the store's dry run.
type Issue struct {
	Severity Severity `json:"severity"`
	Location
	// Field is the path of the field in the batch, such as "actors[3].legal_domains".
	Field string `json:"field,omitempty"`
	// Value is the offending value as written in the file.
	Value string `json:"value,omitempty"`
	// Suggestion is the nearest known taxonomy code, if any.
	Suggestion string `json:"suggestion,omitempty"`
	// Message says what is wrong, in German, without the location.
	Message string `json:"message"`
	// Text is location and message together, ready to show.
	Text string `json:"text"`
}

// Report is the outcome of decoding: what was read, and every problem with its place.
type Report struct {
	// Format is the name of the decoded format (see Formats).
	Format string `json:"format"`
	// Counts holds the number of decoded items per kind.
	Counts map[graph.Kind]int `json:"counts"`
	// Issues lists errors and warnings in the order found, at most Limits.MaxIssues.
	Issues []Issue `json:"issues"`
	// Errors and Warnings count all issues, including those left out of Issues.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	// Columns says, per sheet read, which column was read as which field, so that a
	// user can correct the Mapping.
	Columns []SheetColumns `json:"columns"`

	maxIssues int
	sheets    []sheetSource
	items     map[graph.Kind][]itemSource
}

// sheetSource remembers where a sheet's columns are, for locating store errors.
type sheetSource struct {
	name    string
	columns map[string]string // field → header as written
}

// itemSource is where one batch item came from.
type itemSource struct {
	sheet int32 // index into Report.sheets
	row   int32
}

func newReport(format string, maxIssues int) *Report {
	return &Report{Format: format, Counts: map[graph.Kind]int{}, Issues: []Issue{}, Columns: []SheetColumns{}, maxIssues: maxIssues, items: map[graph.Kind][]itemSource{}}
}

// HasErrors reports whether the report holds an error; such a batch must not be
// written.
func (r *Report) HasErrors() bool { return r.Errors > 0 }

// add records an issue.
func (r *Report) add(sev Severity, loc Location, field, value, suggestion, format string, args ...any) {
	r.count(sev)
	if r.full() {
		return
	}
	msg := fmt.Sprintf(format, args...)
	text := msg
	if where := loc.String(); where != "" {
		text = where + ": " + msg
	}
	r.Issues = append(r.Issues, Issue{Severity: sev, Location: loc, Field: field, Value: value, Suggestion: suggestion, Message: msg, Text: text})
}

// count counts an issue without keeping it.
func (r *Report) count(sev Severity) {
	if sev == SeverityError {
		r.Errors++
	} else {
		r.Warnings++
	}
}

// full reports whether Issues holds Limits.MaxIssues issues, so that further ones
// are only counted.
func (r *Report) full() bool { return len(r.Issues) >= r.maxIssues }

// errorf records an error.
func (r *Report) errorf(loc Location, field, format string, args ...any) {
	r.add(SeverityError, loc, field, "", "", format, args...)
}

// warnf records a warning.
func (r *Report) warnf(loc Location, field, format string, args ...any) {
	r.add(SeverityWarning, loc, field, "", "", format, args...)
}

// Err returns nil if the report has no errors, else an Invalid *graph.Error whose
// field errors carry the issues' texts, for callers that only pass errors on.
func (r *Report) Err() error {
	if !r.HasErrors() {
		return nil
	}
	e := &graph.Error{Code: graph.Invalid, Message: fmt.Sprintf("Die Datei enthält %d Fehler.", r.Errors)}
	for _, is := range r.Issues {
		if is.Severity == SeverityError {
			e.Fields = append(e.Fields, graph.FieldError{Field: is.Field, Message: is.Text})
		}
	}
	return e
}

// addSheet registers a sheet and returns its index for track.
func (r *Report) addSheet(name string, columns map[string]string) int32 {
	r.sheets = append(r.sheets, sheetSource{name: name, columns: columns})
	return int32(len(r.sheets) - 1)
}

// track records that the next item of kind comes from row of sheet.
func (r *Report) track(k graph.Kind, sheet int32, row int) {
	r.items[k] = append(r.items[k], itemSource{sheet: sheet, row: int32(row)})
	r.Counts[k]++
}

// decoded returns the number of items decoded so far, of all kinds.
func (r *Report) decoded() int {
	n := 0
	for _, c := range r.Counts {
		n += c
	}
	return n
}

// kindOfList maps the JSON names of the batch's lists to kinds.
var kindOfList = map[string]graph.Kind{
	"social_spaces": graph.KindSocialSpace, "waves": graph.KindWave, "actors": graph.KindActor,
	"offers": graph.KindOffer, "needs": graph.KindNeed, "cooperations": graph.KindCooperation,
}

var itemPath = regexp.MustCompile(`^([a-z_]+)\[(\d+)\](?:\.(.*))?$`)

// locate finds sheet, row and column of a field path of the batch, such as
// "actors[3].legal_domains[0]".
func (r *Report) locate(path string) Location {
	m := itemPath.FindStringSubmatch(path)
	if m == nil {
		return Location{}
	}
	i, _ := strconv.Atoi(m[2])
	srcs := r.items[kindOfList[m[1]]]
	if i >= len(srcs) {
		return Location{}
	}
	src := srcs[i]
	sh := r.sheets[src.sheet]
	return Location{Sheet: sh.name, Row: int(src.row), Column: sh.columns[fieldOfPath(m[3])]}
}

// fieldOfPath strips list indexes from a field path: "legal_domains[1]" →
// "legal_domains", "indicators[0].value" → "indicators".
func fieldOfPath(p string) string {
	if i := strings.IndexByte(p, '['); i >= 0 {
		return p[:i]
	}
	return p
}

// AddStoreError records the field errors of an error returned by graph.Store.Upsert
// (or graph.PrepareBatch) for this report's batch as issues, located at the sheet,
// row and column they came from. An error without field errors is recorded as one
// issue with its message.
func (r *Report) AddStoreError(err error) {
	if err == nil {
		return
	}
	fields := graph.ErrorFields(err)
	if len(fields) == 0 {
		var loc Location
		if se, ok := errors.AsType[*sheetError](err); ok {
			loc.Sheet = se.sheet
		}
		r.errorf(loc, "", "%s", graph.ErrorMessage(err))
		return
	}
	for _, f := range fields {
		r.errorf(r.locate(f.Field), f.Field, "%s", f.Message)
	}
}

// AddNewStoreErrors is AddStoreError for a batch whose decoding found errors
// already: it leaves out each field error of err on a field (or within a field)
// that an error of the report names, so that checking the batch with the store
// adds what decoding could not see (references, taken keys) without repeating
// what it found.
func (r *Report) AddNewStoreErrors(err error) {
	fields := graph.ErrorFields(err)
	if len(fields) == 0 {
		if !r.HasErrors() {
			r.AddStoreError(err)
		}
		return
	}
	known := map[string]bool{}
	for _, is := range r.Issues {
		if is.Severity == SeverityError && is.Field != "" {
			known[is.Field] = true
		}
	}
	covered := func(path string) bool {
		for p := path; p != ""; {
			if known[p] {
				return true
			}
			i := strings.LastIndexAny(p, ".[")
			if i < 0 {
				return false
			}
			p = p[:i]
		}
		return false
	}
	for _, f := range fields {
		if !covered(f.Field) {
			r.errorf(r.locate(f.Field), f.Field, "%s", f.Message)
		}
	}
}
