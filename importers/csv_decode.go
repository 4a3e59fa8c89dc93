package importers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeCSV decodes a CSV file holding one kind of entity: opts.Kind, else guessed
// from opts.Name and the headers. The encoding (UTF-8 with or without BOM, UTF-16
// with BOM, else Windows-1252) and the separator (";", "," or tab, whichever the
// header row has most of) are detected. Decode several files that refer to each
// other (actors and cooperations) with DecodeFiles, so that references by name
// resolve.
func DecodeCSV(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatCSV, r, opts)
}

func (d *decoder) decodeCSV(r io.Reader) error {
	data, err := readAll(r, d.opts.Limits.MaxBytes)
	if err != nil {
		return err
	}
	text, err := decodeText(data, d.opts.Encoding)
	if err != nil {
		return err
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = detectSeparator(text)
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	name := d.opts.Name
	if name == "" {
		name = "CSV"
	}
	sh := sheetOf(d.opts.Kind)
	rr := &csvRows{r: cr, maxCols: d.opts.Limits.MaxColumns}
	if sh == nil {
		sh = sheetByFileName(d.opts.Name)
	}
	if sh == nil {
		sh = sheetByHeaders(firstRecord(text, cr.Comma))
	}
	return d.readTable(sh, name, rr)
}

// firstRecord returns the first non-empty record among the first 64 KiB of text, to
// guess the kind from the headers; nil if there is none there, or the CSV is broken
// before it (the full read reports that).
func firstRecord(text string, sep rune) []string {
	r := csv.NewReader(strings.NewReader(text[:min(len(text), 64<<10)]))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = sep, true, -1
	for {
		rec, err := r.Read()
		if err != nil {
			return nil
		}
		if !blank(rec) {
			return rec
		}
	}
}

// csvRows reads the records of a CSV file.
type csvRows struct {
	r       *csv.Reader
	maxCols int
}

func (c *csvRows) next() ([]string, error) {
	rec, err := c.r.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		if pe, ok := errors.AsType[*csv.ParseError](err); ok {
			return nil, &graph.Error{Code: graph.Invalid, Message: "Die CSV-Datei ist fehlerhaft (Zeile " + strconv.Itoa(pe.Line) + ").", Err: err}
		}
		return nil, &graph.Error{Code: graph.Invalid, Message: "Die CSV-Datei ist fehlerhaft.", Err: err}
	}
	if c.maxCols > 0 && len(rec) > c.maxCols {
		return nil, limitError("Eine Zeile hat %d Spalten; erlaubt sind höchstens %d.", len(rec), c.maxCols)
	}
	return rec, nil
}

// decodeText turns the bytes of a text file into a string: UTF-8 (a BOM is dropped),
// UTF-16 with BOM, or Windows-1252 when the bytes are not valid UTF-8. enc forces
// "utf-8" or "windows-1252".
func decodeText(data []byte, enc string) (string, error) {
	switch strings.ToLower(strings.ReplaceAll(enc, "_", "-")) {
	case "":
	case "utf-8", "utf8":
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			return "", graph.Errorf(graph.Invalid, "Die Datei ist nicht in UTF-8 kodiert. Speichern Sie sie als „CSV UTF-8“ oder wählen Sie die Kodierung Windows-1252.")
		}
		return string(data), nil
	case "windows-1252", "cp1252", "latin1", "iso-8859-1", "ansi":
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		return string(out), err
	default:
		return "", graph.Errorf(graph.Invalid, "Die Kodierung „%s“ wird nicht unterstützt; möglich sind UTF-8 und Windows-1252.", enc)
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", &graph.Error{Code: graph.Invalid, Message: "Die UTF-16-Datei ist fehlerhaft.", Err: err}
		}
		return string(out), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	return string(out), err
}

// detectSeparator picks ";", "," or tab: whichever occurs most often outside quotes
// in the first line; ";" wins ties, as German Excel writes it.
func detectSeparator(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range text {
		if r == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if r == '\n' {
			break
		}
		counts[r]++
	}
	best, n := ';', counts[';']
	for _, r := range []rune{',', '\t'} {
		if counts[r] > n {
			best, n = r, counts[r]
		}
	}
	return best
}
