package site

import (
	"fmt"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// spaceCount is a row of the table beside the map.
type spaceCount struct {
	Name  string
	Count int
}

// mapWidth is the width of the map's coordinate system; its height follows the
// region's shape.
const mapWidth = 800

// mapOf draws the finest social spaces and the shown hits that have a location as an SVG,
// made on the server so that no tile server is needed, and counts the hits per
// space (an offer for the whole county counts in each) for the table that is the
// map's text alternative. It returns nothing if no
// space has a boundary.
func mapOf(x *directory.Index, hits, shown []directory.Hit) (template.HTML, []spaceCount) {
	shapes := x.Shapes()
	if len(shapes) == 0 {
		return "", nil
	}
	minLon, minLat, maxLon, maxLat := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range shapes {
		for _, ring := range s.Rings {
			for _, p := range ring {
				minLon, maxLon = min(minLon, p.Lon), max(maxLon, p.Lon)
				minLat, maxLat = min(minLat, p.Lat), max(maxLat, p.Lat)
			}
		}
	}
	// An equirectangular projection, with longitudes shortened by the cosine of
	// the middle latitude, is true enough for one county.
	kx := math.Cos((minLat + maxLat) / 2 * math.Pi / 180)
	scale := mapWidth / math.Max((maxLon-minLon)*kx, 1e-9)
	height := math.Max((maxLat-minLat)*scale, 1)
	project := func(p graph.GeoPoint) (float64, float64) {
		return (p.Lon - minLon) * kx * scale, (maxLat - p.Lat) * scale
	}
	counts := make([]int, len(shapes))
	for _, h := range hits {
		for _, i := range x.ShapesServed(h.Entry) {
			counts[i]++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg viewBox="-4 -4 %d %.0f" role="img" aria-labelledby="karte-titel"><title id="karte-titel">Karte der Sozialräume mit den %d Angeboten dieser Seite</title>`,
		mapWidth+8, height+8, len(shown))
	var table []spaceCount
	for i, s := range shapes {
		class := "space"
		if counts[i] > 0 {
			class += " hit"
		}
		b.WriteString(`<path class="` + class + `" d="`)
		var d []byte // the path's points, written without fmt: maps have thousands
		for _, ring := range s.Rings {
			for i, p := range ring {
				cmd := byte('L')
				if i == 0 {
					cmd = 'M'
				}
				px, py := project(p)
				d = strconv.AppendFloat(append(d, cmd), px, 'f', 1, 64)
				d = strconv.AppendFloat(append(d, ' '), py, 'f', 1, 64)
			}
			d = append(d, 'Z')
		}
		b.Write(d)
		b.WriteString(`"><title>` + template.HTMLEscapeString(s.Name) + ": " + strconv.Itoa(counts[i]) + `</title></path>`)
		table = append(table, spaceCount{Name: s.Name, Count: counts[i]})
	}
	for _, h := range shown {
		if p := h.Entry.Location; p != nil {
			px, py := project(*p)
			fmt.Fprintf(&b, `<circle class="dot" cx="%.1f" cy="%.1f" r="10"><title>%s</title></circle>`, px, py, template.HTMLEscapeString(h.Entry.Name))
		}
	}
	b.WriteString("</svg>")
	slices.SortFunc(table, func(a, b spaceCount) int { return strings.Compare(a.Name, b.Name) })
	return template.HTML(b.String()), table
}
