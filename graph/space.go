package graph

import (
	"encoding/json"
	"fmt"
	"math"
)

// SocialSpace is a territorial unit (Sozialraum, Planungsraum, Gemeinde, Landkreis) in a
// hierarchy: ParentID names the enclosing unit. Boundary is an optional GeoJSON
// Polygon or MultiPolygon geometry; Indicators hold yearly figures such as population.
type SocialSpace struct {
	Meta
	Name string `json:"name" required:"true" minLength:"1" maxLength:"200"`
	// Level is a code of Taxonomy.SpaceLevels.
	Level string `json:"level" required:"true" minLength:"1"`
	// ParentID is the ID of the enclosing social space; empty for the top.
	ParentID   string          `json:"parent_id,omitempty"`
	Boundary   json.RawMessage `json:"boundary,omitempty"`
	Indicators []Indicator     `json:"indicators,omitempty"`
}

// Indicator is one yearly figure of a social space, such as the population in 2025.
type Indicator struct {
	Year int `json:"year" required:"true" minimum:"1900" maximum:"2200"`
	// Code is a code of Taxonomy.Indicators.
	Code  string  `json:"code" required:"true" minLength:"1"`
	Value float64 `json:"value" minimum:"0"`
}

// EntityKind returns KindSocialSpace.
func (s *SocialSpace) EntityKind() Kind { return KindSocialSpace }

// Refs returns the reference to the parent social space.
func (s *SocialSpace) Refs() []Ref { return optRef("parent_id", KindSocialSpace, &s.ParentID) }

// Indicator returns the value of the indicator code for the latest year up to and
// including year (0 means any year), and whether there is one.
func (s *SocialSpace) Indicator(code string, year int) (float64, bool) {
	best, found := Indicator{}, false
	for _, in := range s.Indicators {
		if in.Code == code && (year == 0 || in.Year <= year) && (!found || in.Year > best.Year) {
			best, found = in, true
		}
	}
	return best.Value, found
}

// Validate checks the social space's fields, its boundary geometry and indicators.
func (s *SocialSpace) Validate(t *Taxonomy) error {
	v := fieldErrors{}
	v.validateMeta(&s.Meta)
	v.text("name", s.Name, 200, true)
	v.checkCode(t, "level", ListSpaceLevels, s.Level, true)
	if s.ParentID != "" && s.ParentID == s.ID {
		v.add("parent_id", "Ein Sozialraum kann nicht in sich selbst liegen.")
	}
	if len(s.Boundary) > 0 {
		if err := validateBoundary(s.Boundary); err != nil {
			v.add("boundary", "%s", err)
		}
	}
	seen := map[string]bool{}
	for i, in := range s.Indicators {
		at := fmt.Sprintf("indicators[%d]", i)
		if in.Year < 1900 || in.Year > 2200 {
			v.add(at+".year", "Das Jahr %d ist ungültig.", in.Year)
		}
		v.checkCode(t, at+".code", ListIndicators, in.Code, true)
		if math.IsNaN(in.Value) || math.IsInf(in.Value, 0) || in.Value < 0 {
			v.add(at+".value", "Der Wert muss eine Zahl ab 0 sein.")
		}
		key := fmt.Sprint(in.Year, in.Code)
		if seen[key] {
			v.add(at, "Der Indikator %q ist für %d doppelt angegeben.", in.Code, in.Year)
		}
		seen[key] = true
	}
	return v.err("Der Sozialraum ist ungültig.")
}

// MaxBoundaryBytes limits the size of one boundary geometry.
const MaxBoundaryBytes = 2 << 20

// validateBoundary checks that raw is a GeoJSON Polygon or MultiPolygon with closed
// rings of at least four positions in WGS 84 degrees.
func validateBoundary(raw json.RawMessage) error {
	if len(raw) > MaxBoundaryBytes {
		return fmt.Errorf("Die Grenze ist größer als %d MiB.", MaxBoundaryBytes>>20)
	}
	var g struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		return fmt.Errorf("Die Grenze ist kein GeoJSON-Objekt: %v", err)
	}
	var polygons [][][][]float64
	switch g.Type {
	case "Polygon":
		var p [][][]float64
		if err := json.Unmarshal(g.Coordinates, &p); err != nil {
			return fmt.Errorf("Die Koordinaten des Polygons sind ungültig.")
		}
		polygons = [][][][]float64{p}
	case "MultiPolygon":
		if err := json.Unmarshal(g.Coordinates, &polygons); err != nil {
			return fmt.Errorf("Die Koordinaten des MultiPolygons sind ungültig.")
		}
	default:
		return fmt.Errorf("Die Grenze muss ein GeoJSON-Polygon oder -MultiPolygon sein, nicht %q.", g.Type)
	}
	if len(polygons) == 0 {
		return fmt.Errorf("Die Grenze hat keine Fläche.")
	}
	for _, p := range polygons {
		if len(p) == 0 {
			return fmt.Errorf("Ein Polygon hat keinen Ring.")
		}
		for _, ring := range p {
			if len(ring) < 4 {
				return fmt.Errorf("Ein Ring braucht mindestens 4 Positionen.")
			}
			for _, pos := range ring {
				if len(pos) < 2 || !(&GeoPoint{Lat: pos[1], Lon: pos[0]}).valid() {
					return fmt.Errorf("Eine Position liegt nicht in Länge −180…180 und Breite −90…90.")
				}
			}
			first, last := ring[0], ring[len(ring)-1]
			if first[0] != last[0] || first[1] != last[1] {
				return fmt.Errorf("Ein Ring ist nicht geschlossen: erste und letzte Position müssen gleich sein.")
			}
		}
	}
	return nil
}
