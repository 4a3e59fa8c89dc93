package importers

import (
	"bufio"
	"bytes"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The names of the formats, as used by DecodeFile, Encode and the API's
// /exports/{format}.
const (
	FormatCSV     = "csv"
	FormatXLSX    = "xlsx"
	FormatGraphML = "graphml"
	FormatGEXF    = "gexf"
	FormatJSON    = "json"
	FormatGeoJSON = "geojson"
)

// Format describes one file format.
type Format struct {
	Name        string   `json:"name"`
	Label       string   `json:"label"` // German, for menus
	Extensions  []string `json:"extensions"`
	ContentType string   `json:"content_type"`
	Decode      bool     `json:"decode"`
	Encode      bool     `json:"encode"`
}

// formats lists the supported formats; Formats hands out copies.
var formats = []Format{
	{Name: FormatCSV, Label: "CSV (Excel, Semikolon, UTF-8)", Extensions: []string{".csv", ".txt", ".tsv"}, ContentType: "text/csv; charset=utf-8", Decode: true, Encode: true},
	{Name: FormatXLSX, Label: "Excel-Arbeitsmappe (XLSX)", Extensions: []string{".xlsx", ".xlsm"}, ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Decode: true, Encode: true},
	{Name: FormatGraphML, Label: "GraphML (yEd, networkx, Gephi)", Extensions: []string{".graphml", ".xml"}, ContentType: "application/graphml+xml", Decode: true, Encode: true},
	{Name: FormatGEXF, Label: "GEXF (Gephi)", Extensions: []string{".gexf"}, ContentType: "application/gexf+xml", Decode: true, Encode: true},
	{Name: FormatJSON, Label: "JSON (vollständige Sicherung)", Extensions: []string{".json"}, ContentType: "application/json", Decode: true, Encode: true},
	{Name: FormatGeoJSON, Label: "GeoJSON (Gebietsgrenzen)", Extensions: []string{".geojson"}, ContentType: "application/geo+json", Decode: true, Encode: true},
}

// Formats returns the supported formats. Each call returns new copies.
func Formats() []Format {
	out := make([]Format, len(formats))
	for i, f := range formats {
		out[i] = f.clone()
	}
	return out
}

// FormatByName returns the format with the given name, ignoring case.
func FormatByName(name string) (Format, bool) {
	for _, f := range formats {
		if strings.EqualFold(f.Name, name) {
			return f.clone(), true
		}
	}
	return Format{}, false
}

// clone returns a copy of f that shares no slice with it.
func (f Format) clone() Format {
	f.Extensions = slices.Clone(f.Extensions)
	return f
}

// DetectFormat chooses the format of a file by its extension and, where that is
// missing or ambiguous, by its first bytes. It returns "" if it cannot tell.
func DetectFormat(name string, head []byte) string {
	ext := strings.ToLower(path.Ext(name))
	byExt := ""
	for _, f := range formats {
		for _, e := range f.Extensions {
			if e == ext {
				byExt = f.Name
			}
		}
	}
	if byExt != "" && ext != ".xml" && ext != ".json" {
		return byExt
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(head)
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return FormatXLSX
	case bytes.HasPrefix(trimmed, []byte("<")):
		lower := bytes.ToLower(head)
		if bytes.Contains(lower, []byte("<gexf")) {
			return FormatGEXF
		}
		if bytes.Contains(lower, []byte("<graphml")) {
			return FormatGraphML
		}
		return byExt
	case bytes.HasPrefix(trimmed, []byte("{")):
		if bytes.Contains(head, []byte(`"FeatureCollection"`)) || bytes.Contains(head, []byte(`"features"`)) {
			return FormatGeoJSON
		}
		return FormatJSON
	}
	if byExt != "" {
		return byExt
	}
	if len(head) > 0 && !bytes.ContainsRune(head, 0) {
		return FormatCSV
	}
	return ""
}

// decoders holds the decoding method of each format.
var decoders = map[string]func(d *decoder, r io.Reader) error{
	FormatCSV:     (*decoder).decodeCSV,
	FormatXLSX:    (*decoder).decodeXLSX,
	FormatGraphML: (*decoder).decodeGraphML,
	FormatGEXF:    (*decoder).decodeGEXF,
	FormatJSON:    (*decoder).decodeJSON,
	FormatGeoJSON: (*decoder).decodeGeoJSON,
}

// decode runs one format's decoder on r and completes the batch.
func decode(format string, r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	d := newDecoder(format, opts)
	if err := d.opts.Mapping.check(d.opts.Taxonomy); err != nil {
		return nil, d.rep, err
	}
	if err := decoders[format](d, r); err != nil {
		return nil, d.rep, err
	}
	b, rep := d.finish()
	return b, rep, nil
}

// DecodeFile decodes a file in the format its name and content show (see
// DetectFormat), setting opts.Name to name. The Report's issues must be shown to the
// user; a batch whose Report has errors must not be written.
func DecodeFile(name string, r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return DecodeFiles([]Input{{Name: name, R: r}}, opts)
}

// Input is one file for DecodeFiles.
type Input struct {
	Name string
	R    io.Reader
}

// DecodeFiles decodes several files into one batch, such as an actor CSV and a
// cooperation CSV, so that references between them resolve (names count as keys,
// see the package documentation). Each format is detected as in DetectFormat. The
// limits apply to each file.
func DecodeFiles(files []Input, opts Options) (*graph.Batch, *Report, error) {
	d := newDecoder("", opts)
	if err := d.opts.Mapping.check(d.opts.Taxonomy); err != nil {
		return nil, d.rep, err
	}
	var formats []string
	for _, f := range files {
		br := bufio.NewReaderSize(f.R, 4096)
		head, _ := br.Peek(4096)
		format := DetectFormat(f.Name, head)
		if format == "" {
			return nil, d.rep, graph.Errorf(graph.Invalid, "Das Format der Datei „%s“ ist unbekannt; möglich sind CSV, XLSX, GraphML, GEXF, JSON und GeoJSON.", path.Base(f.Name))
		}
		if !slices.Contains(formats, format) {
			formats = append(formats, format)
		}
		d.rep.Format = strings.Join(formats, "+")
		d.opts.Name = f.Name
		if err := decoders[format](d, br); err != nil {
			return nil, d.rep, err
		}
	}
	b, rep := d.finish()
	return b, rep, nil
}
