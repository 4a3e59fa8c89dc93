package importers

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeGEXF decodes a GEXF 1.1, 1.2 or 1.3 file as written by Gephi or networkx:
// nodes become actors (key: the node id; name: the label, else the id), edges become
// cooperations (the weight is read as intensity). Attributes are matched to fields by
// their title, else their id; other node attributes are kept in Actor.Attributes.
// Gephi's node positions and colours (viz:position, viz:color) are kept in
// Actor.Layout, for the map to start from; sizes, shapes and dynamics (spells) are
// skipped.
func DecodeGEXF(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatGEXF, r, opts)
}

// gexfAttr is a declared attribute of nodes or edges.
type gexfAttr struct {
	id, title, def string
	list           bool
}

func (d *decoder) decodeGEXF(r io.Reader) error {
	g := &graphReader{d: d}
	attrs := map[string][]gexfAttr{}
	directed := false
	return walkXML(r, d.opts.Limits, "gexf", "GEXF", func(s *xmlStream, start xml.StartElement) (bool, error) {
		switch start.Name.Local {
		case "graph":
			for _, a := range start.Attr {
				if a.Name.Local == "defaultedgetype" {
					directed = a.Value == "directed"
				}
			}
		case "attributes":
			e, err := s.element(start)
			if err != nil {
				return false, err
			}
			class := e.attr("class")
			for _, c := range e.children {
				if c.name.Local != "attribute" {
					continue
				}
				a := gexfAttr{id: c.attr("id"), title: c.attr("title"), list: strings.HasPrefix(c.attr("type"), "list")}
				if def := c.find("default"); def != nil {
					a.def = def.text
				}
				if a.title == "" {
					a.title = a.id
				}
				attrs[class] = append(attrs[class], a)
			}
		case "node":
			e, err := s.element(start)
			if err != nil {
				return false, err
			}
			if g.nodes == nil {
				g.bindNodes(titles(attrs["node"]))
				if g.nodes == nil {
					return true, nil
				}
			}
			n := len(d.items[graph.KindActor])
			if err := g.node(e.attr("id"), e.attr("label"), gexfValues(e, attrs["node"])); err != nil {
				return false, err
			}
			if len(d.items[graph.KindActor]) > n {
				d.gexfLayout(d.items[graph.KindActor][n].(*graph.Actor), e, g.nodeN)
			}
		case "edge":
			e, err := s.element(start)
			if err != nil {
				return false, err
			}
			if g.edges == nil {
				g.bindEdges(append(titles(attrs["edge"]), "weight"))
				if g.edges == nil {
					return true, nil
				}
			}
			dir := directed
			switch e.attr("type") {
			case "directed":
				dir = true
			case "undirected", "mutual":
				dir = false
			}
			values := append(gexfValues(e, attrs["edge"]), e.attr("weight"))
			if err := g.edge(e.attr("source"), e.attr("target"), dir, values); err != nil {
				return false, err
			}
		}
		return false, nil
	})
}

func titles(attrs []gexfAttr) []string {
	out := make([]string, len(attrs))
	for i, a := range attrs {
		out[i] = a.title
	}
	return out
}

// gexfValues returns a node's or edge's attribute values in declaration order, with
// defaults for missing ones. List values ("[a, b]") lose their brackets.
func gexfValues(e *xmlElem, attrs []gexfAttr) []string {
	values := make([]string, len(attrs))
	for i, a := range attrs {
		values[i] = a.def
	}
	av := e.find("attvalues")
	if av == nil {
		return values
	}
	for _, c := range av.children {
		id := c.attr("for")
		if id == "" {
			id = c.attr("id") // GEXF 1.1
		}
		for i, a := range attrs {
			if a.id == id {
				v := c.attr("value")
				if a.list {
					v = strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
				}
				values[i] = v
			}
		}
	}
	return values
}

// gexfLayout keeps a node's viz:position and viz:color in the actor's Layout. A
// position that is no finite number is reported as a warning and left out.
func (d *decoder) gexfLayout(a *graph.Actor, node *xmlElem, row int) {
	var pos, col *xmlElem
	for _, c := range node.children {
		switch c.name.Local {
		case "position":
			pos = c
		case "color":
			col = c
		}
	}
	if pos == nil {
		return
	}
	x, okx := parseNumber(pos.attr("x"))
	y, oky := parseNumber(pos.attr("y"))
	if !okx || !oky || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		d.rep.warnf(Location{Sheet: "Knoten", Row: row, Element: "Knoten „" + clip(node.attr("id")) + "“", Column: "viz:position"}, "",
			"Die Position (x=„%s“, y=„%s“) ist keine Zahl und wird nicht übernommen.", pos.attr("x"), pos.attr("y"))
		return
	}
	a.Layout = &graph.Layout{X: x, Y: y, Color: gexfColor(col)}
}

// gexfColor returns a viz:color as "#rrggbb": its hex attribute (GEXF 1.3) or its
// r, g and b (0 to 255); "" if it has neither.
func gexfColor(c *xmlElem) string {
	if c == nil {
		return ""
	}
	if h := strings.ToLower(strings.TrimSpace(c.attr("hex"))); len(h) == 7 && h[0] == '#' {
		if _, err := strconv.ParseUint(h[1:], 16, 32); err == nil {
			return h
		}
	}
	var rgb [3]uint64
	for i, name := range []string{"r", "g", "b"} {
		v, err := strconv.ParseUint(strings.TrimSpace(c.attr(name)), 10, 8)
		if err != nil {
			return ""
		}
		rgb[i] = v
	}
	return fmt.Sprintf("#%02x%02x%02x", rgb[0], rgb[1], rgb[2])
}
