package directory

import (
	"encoding/json"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Shape is the outline of a social space for the directory's map: its outer rings
// as longitude/latitude points.
type Shape struct {
	ID, Name string
	Rings    [][]graph.GeoPoint
}

// shapes returns the outlines of the social spaces of n that have a boundary and no
// child with one: the finest level the map can show.
func shapes(spaces []graph.SocialSpace) []Shape {
	hasChild := map[string]bool{}
	for _, s := range spaces {
		if len(s.Boundary) > 0 && s.ParentID != "" {
			hasChild[s.ParentID] = true
		}
	}
	var out []Shape
	for _, s := range spaces {
		if len(s.Boundary) == 0 || hasChild[s.ID] {
			continue
		}
		if rings := outerRings(s.Boundary); len(rings) > 0 {
			out = append(out, Shape{ID: s.ID, Name: s.Name, Rings: rings})
		}
	}
	return out
}

// outerRings returns the outer ring of each polygon of a GeoJSON Polygon or
// MultiPolygon (which the store has validated), or nil.
func outerRings(raw json.RawMessage) [][]graph.GeoPoint {
	var g struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	}
	if json.Unmarshal(raw, &g) != nil {
		return nil
	}
	var polygons [][][][2]float64
	switch g.Type {
	case "Polygon":
		var p [][][2]float64
		if json.Unmarshal(g.Coordinates, &p) != nil {
			return nil
		}
		polygons = append(polygons, p)
	case "MultiPolygon":
		if json.Unmarshal(g.Coordinates, &polygons) != nil {
			return nil
		}
	}
	var out [][]graph.GeoPoint
	for _, p := range polygons {
		if len(p) == 0 {
			continue
		}
		ring := make([]graph.GeoPoint, len(p[0]))
		for i, c := range p[0] {
			ring[i] = graph.GeoPoint{Lon: c[0], Lat: c[1]}
		}
		out = append(out, ring)
	}
	return out
}

// Shapes returns the outlines of the finest social spaces with a boundary.
func (x *Index) Shapes() []Shape { return x.shapes }

// ShapesServed returns the indexes into Shapes of the outlines that the entry serves:
// those of its spaces and of the spaces within them.
func (x *Index) ShapesServed(e *Entry) []int {
	var out []int
	for _, s := range e.SpaceIDs {
		for _, i := range x.below[s] {
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	return out
}

// shapesBelow maps each social space to the indexes of the shapes at or below it.
func shapesBelow(shapes []Shape, ancestors map[string][]string) map[string][]int {
	out := map[string][]int{}
	for i, sh := range shapes {
		out[sh.ID] = append(out[sh.ID], i)
		for _, a := range ancestors[sh.ID] {
			out[a] = append(out[a], i)
		}
	}
	return out
}
