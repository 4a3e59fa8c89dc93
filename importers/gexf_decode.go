package importers

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeGEXF decodes a GEXF 1.1, 1.2 or 1.3 file as written by Gephi or networkx:
// nodes become actors (key: the node id; name: the label, else the id), edges become
// cooperations (the weight is read as intensity). Attributes are matched to fields by
// their title, else their id; other node attributes are kept in Actor.Attributes.
// Visualisation (viz:) and dynamics (spells) are skipped.
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
			if err := g.node(e.attr("id"), e.attr("label"), gexfValues(e, attrs["node"])); err != nil {
				return false, err
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
