package importers

import (
	"strconv"
	"strings"
)

// graphReader turns the nodes and edges of a GraphML or GEXF file into rows of the
// actor and cooperation sheets. Node rows start with the columns id and label, edge
// rows with source, target and directed; attributes follow in the order declared.
type graphReader struct {
	d            *decoder
	nodes, edges *table
	nodeN, edgeN int
}

// Header names and fields of the fixed leading columns.
var (
	nodeLead       = []string{"id", "label"}
	nodeLeadFields = []string{"external_key", "name"}
	edgeLead       = []string{"source", "target", "directed"}
	edgeLeadFields = []string{"from", "to", "directed"}
)

// visualAttributes are layout attributes of Gephi's GraphML that carry no data.
var visualAttributes = map[string]bool{"x": true, "y": true, "z": true, "size": true, "r": true, "g": true, "b": true, "color": true}

func (g *graphReader) bindNodes(attrs []string) {
	g.nodes = g.d.bind(actorSheet, "Knoten", append(append([]string(nil), nodeLead...), attrs...), nodeLeadFields)
}

func (g *graphReader) bindEdges(attrs []string) {
	g.edges = g.d.bind(cooperationSheet, "Kanten", append(append([]string(nil), edgeLead...), attrs...), edgeLeadFields)
}

// node decodes one node: id, label and attribute values by position.
func (g *graphReader) node(id, label string, values []string) error {
	g.nodeN++
	cells := append([]string{id, label}, values...)
	if !g.d.row(g.nodes, cells, g.nodeN, "Knoten „"+clip(id)+"“") {
		return limitError("Die Datei hat zu viele Knoten.")
	}
	return nil
}

// edge decodes one edge.
func (g *graphReader) edge(source, target string, directed bool, values []string) error {
	g.edgeN++
	cells := append([]string{source, target, strconv.FormatBool(directed)}, values...)
	if !g.d.row(g.edges, cells, g.edgeN, "Kante „"+clip(source)+"“ – „"+clip(target)+"“") {
		return limitError("Die Datei hat zu viele Kanten.")
	}
	return nil
}

// clip shortens an id for messages.
func clip(s string) string {
	if len(s) > 60 {
		return strings.ToValidUTF8(s[:60], "") + "…"
	}
	return s
}
