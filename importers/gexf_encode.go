package importers

import (
	"io"
	"strconv"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// EncodeGEXF writes a GEXF 1.3 file for Gephi: actors as nodes (id: the external
// key, label: the name), cooperations as edges (weight: the intensity; type
// "directed" for directed ones), every field as an attribute titled with its German
// header, the actors' own attributes and opts.Metrics as numeric attributes.
func EncodeGEXF(w io.Writer, n *graph.Network, opts EncodeOptions) error {
	keys := newKeyIndex(n)
	na, ea := nodeAttrs(n, keys, opts.Metrics, false), edgeAttrs(keys)
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`, "\n")
	x.raw("  <meta")
	if opts.Date != "" {
		x.attr("lastmodifieddate", opts.Date)
	}
	x.raw(">\n    <creator>Netzwerkatlas</creator>\n    <description>Kooperationsnetzwerk, Revision ", strconv.FormatInt(n.Revision, 10), "</description>\n  </meta>\n")
	def := "undirected"
	if allDirected(n.Cooperations) {
		def = "directed"
	}
	x.raw(`  <graph mode="static" defaultedgetype="`, def, `">`, "\n")
	declare := func(class string, attrs []graphAttr) {
		x.raw(`    <attributes class="`, class, `" mode="static">`, "\n")
		for _, a := range attrs {
			x.raw("      <attribute")
			x.attr("id", a.id)
			x.attr("title", a.title)
			x.attr("type", a.typ)
			x.raw("/>\n")
		}
		x.raw("    </attributes>\n")
	}
	declare("node", na)
	declare("edge", ea)
	values := func(attrs []graphAttr, e graph.Entity) {
		x.raw("        <attvalues>\n")
		for _, a := range attrs {
			if v, ok := a.value(e); ok {
				x.raw("          <attvalue")
				x.attr("for", a.id)
				x.attr("value", v)
				x.raw("/>\n")
			}
		}
		x.raw("        </attvalues>\n")
	}
	x.raw("    <nodes>\n")
	for i := range n.Actors {
		a := &n.Actors[i]
		x.raw("      <node")
		x.attr("id", exportKey(&a.Meta))
		x.attr("label", a.Name)
		x.raw(">\n")
		values(na, a)
		x.raw("      </node>\n")
	}
	x.raw("    </nodes>\n    <edges>\n")
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		x.raw("      <edge")
		x.attr("id", exportKey(&c.Meta))
		x.attr("source", keys.key(graph.KindActor, c.From))
		x.attr("target", keys.key(graph.KindActor, c.To))
		if c.Directed {
			x.attr("type", "directed")
		} else {
			x.attr("type", "undirected")
		}
		x.attr("weight", strconv.Itoa(c.Intensity))
		x.raw(">\n")
		values(ea, c)
		x.raw("      </edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}
