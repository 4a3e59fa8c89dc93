package importers

import (
	"bytes"
	"path"
	"slices"
	"strings"
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
