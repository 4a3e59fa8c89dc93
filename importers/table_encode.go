package importers

import (
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// EncodeOptions control encoding. The zero value exports actors (for CSV) without
// metrics.
type EncodeOptions struct {
	// Kind selects the entities of a CSV export; empty means actors. XLSX exports
	// every kind, one sheet each.
	Kind graph.Kind
	// Metrics holds computed figures per actor ID and metric name; GEXF and GraphML
	// write them as numeric node attributes (for Gephi's "Partition" and "Ranking").
	Metrics map[string]map[string]float64
	// Tables are extra sheets for an XLSX export, such as metric tables.
	Tables []Table
	// Date is the modification date written into GEXF files (YYYY-MM-DD); empty
	// means none.
	Date string
}

// Table is a generic table for export, such as a metric table of the analysis.
type Table struct {
	// Name is the sheet name (at most 31 characters are kept).
	Name    string
	Headers []string
	// Rows hold strings, numbers (int, int64, float64), booleans or nil.
	Rows [][]any
}

// keyIndex maps the IDs of a network's entities to the keys exported for them: the
// external key, or the ID where there is none.
type keyIndex map[graph.Kind]map[string]string

// newKeyIndex indexes the keys of n's entities. With kinds, only the entities of those kinds are indexed; the others' IDs are
// their own keys.
func newKeyIndex(n *graph.Network, kinds ...graph.Kind) keyIndex {
	idx := keyIndex{}
	for _, sh := range sheets {
		if len(kinds) > 0 && !slices.Contains(kinds, sh.kind) {
			continue
		}
		m := map[string]string{}
		for _, e := range sh.of(n) {
			meta := e.Metadata()
			m[meta.ID] = exportKey(meta)
		}
		idx[sh.kind] = m
	}
	return idx
}

// exportKey is the key written for an entity.
func exportKey(m *graph.Meta) string {
	if m.ExternalKey != "" {
		return m.ExternalKey
	}
	return m.ID
}

// key returns the exported key of the entity with the ID, or the ID itself.
func (idx keyIndex) key(k graph.Kind, id string) string {
	if key, ok := idx[k][id]; ok {
		return key
	}
	return id
}

// exportTable lays out a kind's entities as a table: the sheet's columns, each column
// of codes or keys followed by its label column (see labelHeader), then (for actors)
// one column per attribute name and (for social spaces) one per indicator and year.
// Values are strings, int, float64 or nil for empty cells.
func exportTable(sh *sheet, n *graph.Network, keys keyIndex) Table {
	ents := sh.of(n)
	t := Table{Name: sh.name}
	for _, c := range sh.columns {
		t.Headers = append(t.Headers, c.header)
		if h := labelHeader(c); h != "" {
			t.Headers = append(t.Headers, h)
		}
	}
	labels := newLabeller(n)
	var attrs []string
	if sh.kind == graph.KindActor {
		attrs = attributeNames(n.Actors)
	}
	var inds []graph.Indicator
	for _, e := range ents {
		if x, ok := e.(*graph.SocialSpace); ok {
			for _, in := range x.Indicators {
				if !slices.ContainsFunc(inds, func(o graph.Indicator) bool { return o.Code == in.Code && o.Year == in.Year }) {
					inds = append(inds, graph.Indicator{Code: in.Code, Year: in.Year})
				}
			}
		}
	}
	slices.SortFunc(inds, func(a, b graph.Indicator) int {
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return a.Year - b.Year
	})
	t.Headers = append(t.Headers, attrs...)
	tax := n.Taxonomy
	if tax == nil {
		tax = graph.DefaultTaxonomy()
	}
	for _, in := range inds {
		t.Headers = append(t.Headers, tax.Label(graph.ListIndicators, in.Code)+" "+strconv.Itoa(in.Year))
	}
	for _, e := range ents {
		row := make([]any, 0, len(t.Headers))
		for _, c := range sh.columns {
			row = append(row, cellOf(c, e, keys))
			if labelHeader(c) != "" {
				row = append(row, labels.cell(c, e, keys))
			}
		}
		if a, ok := e.(*graph.Actor); ok {
			for _, name := range attrs {
				row = append(row, nilIfEmpty(a.Attributes[name]))
			}
		}
		if s, ok := e.(*graph.SocialSpace); ok {
			for _, in := range inds {
				var v any
				for _, x := range s.Indicators {
					if x.Code == in.Code && x.Year == in.Year {
						v = x.Value
					}
				}
				row = append(row, v)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// attributeNames returns the names of the actors' own attributes, sorted.
func attributeNames(actors []graph.Actor) []string {
	names := map[string]bool{}
	for i := range actors {
		for name := range actors[i].Attributes {
			names[name] = true
		}
	}
	return sortedKeys(names)
}

// cellOf returns the value of column c of e for export.
func cellOf(c *column, e graph.Entity, keys keyIndex) any {
	switch c.typ {
	case typeText, typeKey, typeDate, typeCode, typeID:
		return nilIfEmpty(*c.str(e))
	case typeRef:
		if id := *c.str(e); id != "" {
			return keys.key(c.ref, id)
		}
		return nil
	case typeCodes:
		return nilIfEmpty(strings.Join(*c.strs(e), "|"))
	case typeRefs:
		ids := *c.strs(e)
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = keys.key(c.ref, id)
		}
		return nilIfEmpty(strings.Join(out, "|"))
	case typeInt:
		if v := *c.intg(e); v != 0 {
			return v
		}
	case typeFloat:
		if v := *c.num(e); v != 0 {
			return v
		}
	case typeBool:
		if *c.flag(e) {
			return "ja"
		}
		return "nein"
	case typeLat, typeLon:
		if p := *c.geo(e); p != nil {
			if c.typ == typeLat {
				return p.Lat
			}
			return p.Lon
		}
	}
	return nil
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// cellText renders a value for CSV, with decimal commas, neutralised against formula
// injection.
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return Neutralize(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strings.Replace(formatNumber(v), ".", ",", 1)
	case float32:
		return strings.Replace(formatNumber(float64(v)), ".", ",", 1)
	case bool:
		if v {
			return "ja"
		}
		return "nein"
	}
	return ""
}
