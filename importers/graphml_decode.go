package importers

import (
	"encoding/xml"
	"io"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeGraphML decodes a GraphML file as written by networkx, yEd or Gephi: nodes
// become actors (key: the node id; name: the label attribute or yEd's node label,
// else the id), edges become cooperations. Attributes (<key attr.name>) are matched
// to fields like column headers; other node attributes are kept in
// Actor.Attributes. Gephi's layout attributes (x, y, size, r, g, b) are skipped.
// Nested graphs (yEd groups) are read as if flat.
func DecodeGraphML(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatGraphML, r, opts)
}

// graphmlKey is a declared attribute.
type graphmlKey struct {
	id, name, domain string
	label            bool // yEd's nodegraphics: the node label
	def              string
}

func (d *decoder) decodeGraphML(r io.Reader) error {
	g := &graphReader{d: d}
	var keys []graphmlKey
	keyLines := map[string]int{} // key id → the line that declares it
	directed := false
	var nodeKeys, edgeKeys map[string]int // key id → position among the values
	return walkXML(r, d.opts.Limits, "graphml", "GraphML", func(s *xmlStream, start xml.StartElement) (bool, error) {
		switch start.Name.Local {
		case "key":
			e, err := s.element(start)
			if err != nil {
				return false, err
			}
			k := graphmlKey{id: e.attr("id"), name: e.attr("attr.name"), domain: e.attr("for")}
			line, _ := s.dec.InputPos()
			if first, ok := keyLines[k.id]; ok {
				return false, graph.Errorf(graph.Invalid, "Die Datei deklariert das Attribut mit der ID „%s“ zweimal (Zeile %d und Zeile %d); jede <key id> darf in GraphML nur einmal vorkommen.", clip(k.id), first, line)
			}
			keyLines[k.id] = line
			if def := e.find("default"); def != nil {
				k.def = def.text
			}
			switch e.attr("yfiles.type") {
			case "nodegraphics":
				k.label, k.name = true, "label"
			case "":
			default:
				k.name = "" // edge graphics, resources, ports: layout only
			}
			if visualAttributes[k.name] {
				k.name = ""
			}
			if normalize(k.name) == "label" {
				k.label = true // Gephi writes the node label as an attribute
			}
			keys = append(keys, k)
		case "graph":
			if g.nodes == nil {
				for _, a := range start.Attr {
					if a.Name.Local == "edgedefault" {
						directed = a.Value == "directed"
					}
				}
			}
		case "node":
			e, err := s.element(start)
			if err != nil {
				return false, err
			}
			if nodeKeys == nil {
				var names []string
				nodeKeys, names = keyColumns(keys, "node", true)
				g.bindNodes(names)
			}
			if g.nodes == nil {
				return true, nil
			}
			values, label := graphmlValues(e, keys, nodeKeys)
			if err := g.node(e.attr("id"), label, values); err != nil {
				return false, err
			}
		case "edge":
			e, err := s.element(start)
			if err != nil {
				return false, err
			}
			if edgeKeys == nil {
				var names []string
				edgeKeys, names = keyColumns(keys, "edge", false)
				g.bindEdges(names)
			}
			if g.edges == nil {
				return true, nil
			}
			dir := directed
			if v := e.attr("directed"); v != "" {
				dir = v == "true"
			}
			values, _ := graphmlValues(e, keys, edgeKeys)
			if err := g.edge(e.attr("source"), e.attr("target"), dir, values); err != nil {
				return false, err
			}
		}
		return false, nil
	})
}

// keyColumns returns the positions of the keys for a domain ("node" or "edge", or
// "all") and their names as headers. The label key of yEd comes as the fixed label
// column for nodes.
func keyColumns(keys []graphmlKey, domain string, nodes bool) (map[string]int, []string) {
	pos := map[string]int{}
	var names []string
	for _, k := range keys {
		if k.domain != domain && k.domain != "all" || k.name == "" || k.label && nodes {
			continue
		}
		pos[k.id] = len(names)
		names = append(names, k.name)
	}
	return pos, names
}

// graphmlValues returns the values of a node's or edge's data elements by position,
// with each key's default where the element has no data, and yEd's node label.
func graphmlValues(e *xmlElem, keys []graphmlKey, pos map[string]int) (values []string, label string) {
	values = make([]string, len(pos))
	for _, k := range keys {
		if p, ok := pos[k.id]; ok {
			values[p] = k.def
		}
	}
	for _, c := range e.children {
		if c.name.Local != "data" {
			continue
		}
		id := c.attr("key")
		if p, ok := pos[id]; ok {
			values[p] = c.text
			continue
		}
		for _, k := range keys {
			if k.id == id && k.label {
				label = c.text
				if l := c.find("NodeLabel"); l != nil {
					label = l.text
				}
			}
		}
	}
	return values, label
}
