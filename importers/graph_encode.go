package importers

import (
	"bufio"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// graphAttr is one node or edge attribute written to GEXF or GraphML.
type graphAttr struct {
	id    string // ASCII id: the field name, "attr:<name>" or "metric:<name>"
	title string // the name shown: the German header, the attribute name or the metric's German label
	typ   string // GEXF type: string, integer, double, boolean
	value func(e graph.Entity) (string, bool)
}

// nodeAttrs returns the attributes of actors: every column but the key (and the
// name, unless withName: GEXF has node labels), the actors' own attributes, then the
// metrics, titled with their German labels (analysis.Definitions).
func nodeAttrs(n *graph.Network, keys keyIndex, metrics map[string]map[string]float64, withName bool) []graphAttr {
	skip := []string{"name"}
	if withName {
		skip = nil
	}
	out := columnAttrs(actorSheet, keys, skip...)
	for _, name := range attributeNames(n.Actors) {
		out = append(out, graphAttr{id: "attr:" + name, title: name, typ: "string", value: func(e graph.Entity) (string, bool) {
			v, ok := actor(e).Attributes[name]
			return v, ok && v != ""
		}})
	}
	mnames := map[string]bool{}
	for _, m := range metrics {
		for name := range m {
			mnames[name] = true
		}
	}
	for _, name := range sortedKeys(mnames) {
		out = append(out, graphAttr{id: "metric:" + name, title: metricTitle(name), typ: "double", value: func(e graph.Entity) (string, bool) {
			v, ok := metrics[e.Metadata().ID][name]
			return formatNumber(v), ok
		}})
	}
	return out
}

// edgeAttrs returns the attributes of cooperations: every column but the actors,
// the direction and the intensity, which the formats carry themselves.
func edgeAttrs(keys keyIndex) []graphAttr {
	return columnAttrs(cooperationSheet, keys, "from", "to", "directed", "intensity")
}

// columnAttrs turns a sheet's columns (except the key and the skipped fields) into
// attributes.
func columnAttrs(sh *sheet, keys keyIndex, skip ...string) []graphAttr {
	var out []graphAttr
	for _, c := range sh.columns {
		if c.typ == typeKey && sh.kind == graph.KindActor || slices.Contains(skip, c.field) {
			continue
		}
		id := c.field
		if c.typ == typeID {
			id = "internal_id"
		}
		out = append(out, graphAttr{id: id, title: c.header, typ: gexfType(c.typ), value: func(e graph.Entity) (string, bool) {
			if c.typ == typeBool {
				return strconv.FormatBool(*c.flag(e)), *c.flag(e)
			}
			v := cellOf(c, e, keys)
			switch v := v.(type) {
			case string:
				return v, true
			case int:
				return strconv.Itoa(v), true
			case float64:
				return formatNumber(v), true
			}
			return "", false
		}})
	}
	return out
}

func gexfType(t valueType) string {
	switch t {
	case typeInt:
		return "integer"
	case typeFloat, typeLat, typeLon:
		return "double"
	case typeBool:
		return "boolean"
	}
	return "string"
}

// xmlWriter writes XML by hand, escaping every attribute and text.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter { return &xmlWriter{w: bufio.NewWriterSize(w, 64<<10)} }

// raw writes s unescaped.
func (x *xmlWriter) raw(s ...string) {
	for _, p := range s {
		if x.err == nil {
			_, x.err = x.w.WriteString(p)
		}
	}
}

// attr writes ` name="value"`, escaped.
func (x *xmlWriter) attr(name, value string) {
	x.raw(" ", name, `="`)
	x.text(value)
	x.raw(`"`)
}

// text writes s escaped; characters XML cannot hold are dropped.
func (x *xmlWriter) text(s string) {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF {
			return r
		}
		return -1
	}, s)
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(s))
	}
}

func (x *xmlWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

// allDirected reports whether every cooperation is directed (and there is one).
func allDirected(cs []graph.Cooperation) bool {
	for _, c := range cs {
		if !c.Directed {
			return false
		}
	}
	return len(cs) > 0
}
