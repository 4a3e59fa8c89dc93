package importers

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeGeoJSON decodes a FeatureCollection of social spaces: each feature's
// properties are matched like column headers (name, key, level, parent, and
// indicators such as "population_2024"), its geometry (a Polygon or MultiPolygon in
// WGS 84) becomes the boundary. The feature id is the key when no property holds
// one. Files in other coordinate systems (a "crs" member other than WGS 84) are
// refused.
func DecodeGeoJSON(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatGeoJSON, r, opts)
}

type geoFeature struct {
	Type       string          `json:"type"`
	ID         any             `json:"id"`
	Properties json.RawMessage `json:"properties"`
	Geometry   json.RawMessage `json:"geometry"`
}

type geoCollection struct {
	Type     string          `json:"type"`
	CRS      json.RawMessage `json:"crs"`
	Features []geoFeature    `json:"features"`
}

func (d *decoder) decodeGeoJSON(r io.Reader) error {
	data, err := readAll(r, d.opts.Limits.MaxBytes)
	if err != nil {
		return err
	}
	var fc geoCollection
	if err := json.Unmarshal(data, &fc); err != nil {
		return jsonError(err)
	}
	if fc.Type != "FeatureCollection" {
		return graph.Errorf(graph.Invalid, "Die GeoJSON-Datei muss eine FeatureCollection sein, nicht „%s“.", fc.Type)
	}
	if len(fc.CRS) > 0 && !strings.Contains(string(fc.CRS), "CRS84") && !strings.Contains(string(fc.CRS), "4326") && string(fc.CRS) != "null" {
		return graph.Errorf(graph.Invalid, "Die Koordinaten der GeoJSON-Datei sind nicht in WGS 84 (EPSG:4326). Bitte projizieren Sie die Datei um, z. B. in QGIS.")
	}
	if len(fc.Features) > d.opts.Limits.MaxRows {
		return limitError("Die Datei hat %d Gebiete; erlaubt sind höchstens %d.", len(fc.Features), d.opts.Limits.MaxRows)
	}
	props := make([]map[string]any, len(fc.Features))
	var headers []string
	seen := map[string]bool{}
	for i, f := range fc.Features {
		if len(f.Properties) > 0 && string(f.Properties) != "null" {
			dec := json.NewDecoder(bytes.NewReader(f.Properties))
			dec.UseNumber()
			if err := dec.Decode(&props[i]); err != nil {
				return jsonError(err)
			}
		}
		for _, h := range sortedKeys(props[i]) {
			if !seen[h] {
				seen[h] = true
				headers = append(headers, h)
			}
		}
	}
	withID := true
	idx := columnIndex(spaceSheet)
	for _, h := range headers {
		if c := idx[normalize(h)]; c != nil && c.field == "external_key" {
			withID = false
		}
	}
	if withID {
		headers = append(headers, "id")
	}
	name := d.opts.Name
	if name == "" {
		name = "GeoJSON"
	}
	t := d.bind(spaceSheet, name, append([]string(nil), headers...), []string{})
	if t == nil {
		return nil
	}
	for i, f := range fc.Features {
		cells := make([]string, len(headers))
		for j, h := range headers {
			if withID && j == len(headers)-1 {
				cells[j] = jsonCell(f.ID)
			} else {
				cells[j] = jsonCell(props[i][h])
			}
		}
		geometry := f.Geometry
		t.before = func(e graph.Entity) {
			if len(geometry) > 0 && string(geometry) != "null" {
				space(e).Boundary = append(json.RawMessage(nil), geometry...)
			}
		}
		if !d.row(t, cells, i+1, "Gebiet "+strconv.Itoa(i+1)) {
			return limitError("Die Datei hat zu viele Gebiete.")
		}
	}
	return nil
}

// jsonCell renders a property value as a cell.
func jsonCell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case float64:
		return formatNumber(v)
	case bool:
		if v {
			return "ja"
		}
		return "nein"
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = jsonCell(x)
		}
		return strings.Join(parts, "|")
	}
	raw, _ := json.Marshal(v)
	return string(raw)
}
