package importers

import (
	"io"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// graphmlTypes maps GEXF attribute types to GraphML's.
var graphmlTypes = map[string]string{"string": "string", "integer": "int", "double": "double", "boolean": "boolean"}

// EncodeGraphML writes actors as nodes (id: the external key) and cooperations as
// edges (weight: the intensity), with every field as a typed attribute named by its
// field name (as networkx expects), the actors' own attributes and opts.Metrics. The
// graph is directed if every cooperation is; otherwise directed edges carry
// directed="true".
func EncodeGraphML(w io.Writer, n *graph.Network, opts EncodeOptions) error {
	keys := newKeyIndex(n)
	na, ea := nodeAttrs(n, keys, opts.Metrics, true), edgeAttrs(keys)
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`, "\n")
	declare := func(prefix, domain string, attrs []graphAttr) {
		for i, a := range attrs {
			x.raw("  <key")
			x.attr("id", prefix+strconv.Itoa(i))
			x.attr("for", domain)
			x.attr("attr.name", graphmlName(a))
			x.attr("attr.type", graphmlTypes[a.typ])
			x.raw("/>\n")
		}
	}
	declare("n", "node", na)
	x.raw(`  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>`, "\n")
	declare("e", "edge", ea)
	directed := allDirected(n.Cooperations)
	def := "undirected"
	if directed {
		def = "directed"
	}
	x.raw(`  <graph id="netzwerkatlas" edgedefault="`, def, `">`, "\n")
	data := func(prefix string, attrs []graphAttr, e graph.Entity) {
		for i, a := range attrs {
			if v, ok := a.value(e); ok {
				x.raw(`      <data key="`, prefix, strconv.Itoa(i), `">`)
				x.text(v)
				x.raw("</data>\n")
			}
		}
	}
	for i := range n.Actors {
		a := &n.Actors[i]
		x.raw("    <node")
		x.attr("id", exportKey(&a.Meta))
		x.raw(">\n")
		data("n", na, a)
		x.raw("    </node>\n")
	}
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		x.raw("    <edge")
		x.attr("id", exportKey(&c.Meta))
		x.attr("source", keys.key(graph.KindActor, c.From))
		x.attr("target", keys.key(graph.KindActor, c.To))
		if c.Directed && !directed {
			x.attr("directed", "true")
		}
		x.raw(">\n")
		x.raw(`      <data key="weight">`, strconv.Itoa(c.Intensity), "</data>\n")
		data("e", ea, c)
		x.raw("    </edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	return x.flush()
}

// graphmlName is the attr.name of an attribute: the field name for fields, the
// metric's code for metrics (GraphML has no titles; networkx reads attr.name as the
// key of the data), the name itself for the actors' attributes.
func graphmlName(a graphAttr) string {
	if name, ok := strings.CutPrefix(a.id, "metric:"); ok {
		return name
	}
	if strings.HasPrefix(a.id, "attr:") {
		return a.title
	}
	return a.id
}
