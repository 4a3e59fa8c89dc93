package importers

import (
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// valueType says how a cell is read and written.
type valueType int

const (
	typeText  valueType = iota
	typeKey             // the external key
	typeID              // the store's ID
	typeCode            // one code of a taxonomy list
	typeCodes           // several codes of a taxonomy list
	typeRef             // the key of another entity
	typeRefs            // keys of other entities
	typeInt
	typeFloat
	typeBool
	typeDate
	typeLat // latitude of Actor.Location
	typeLon // longitude of Actor.Location
)

// column is one field of an entity as it appears in tables and graph attributes.
type column struct {
	field   string   // the field's path in the JSON form, such as "address.city"
	header  string   // the German header written by encoders and the template
	aliases []string // other names accepted on import (English, tools)
	typ     valueType
	list    string     // taxonomy list of typeCode and typeCodes
	ref     graph.Kind // kind referred to by typeRef and typeRefs
	help    string     // German explanation for the template's help sheet

	str  func(graph.Entity) *string
	strs func(graph.Entity) *[]string
	num  func(graph.Entity) *float64
	intg func(graph.Entity) *int
	flag func(graph.Entity) *bool
	geo  func(graph.Entity) **graph.GeoPoint
}

// sheet describes how one kind of entity is laid out as a table.
type sheet struct {
	kind    graph.Kind
	name    string   // the German sheet name
	aliases []string // other sheet and file names accepted on import
	columns []*column
	// needs lists the fields without whose column a sheet cannot be read.
	needs []string
	// attributes marks kinds that keep unknown columns (only actors).
	attributes bool
	newEntity  func() graph.Entity
	// addAll appends the entities, all of the sheet's kind, to the batch (see
	// appendAll).
	addAll func(b *graph.Batch, es []graph.Entity)
	// count returns the number of items of the kind in the batch.
	count func(b *graph.Batch) int
	// at returns item i of the kind in the batch.
	at func(b *graph.Batch, i int) graph.Entity
	// of returns the network's entities of the kind.
	of func(n *graph.Network) []graph.Entity
}

// column returns the sheet's column for a field, or nil.
func (s *sheet) column(field string) *column {
	for _, c := range s.columns {
		if c.field == field {
			return c
		}
	}
	return nil
}

// sheetOf returns the sheet of a kind.
func sheetOf(k graph.Kind) *sheet {
	for _, s := range sheets {
		if s.kind == k {
			return s
		}
	}
	return nil
}

// FieldNames returns, per kind, the field names a Mapping may name, in the order of
// the template's columns.
func FieldNames() map[graph.Kind][]string {
	out := map[graph.Kind][]string{}
	for _, s := range sheets {
		for _, c := range s.columns {
			out[s.kind] = append(out[s.kind], c.field)
		}
	}
	return out
}

// Column constructors keep the sheet definitions short.

func textCol(field, header, help string, p func(graph.Entity) *string, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeText, str: p, aliases: aliases}
}

func dateCol(field, header, help string, p func(graph.Entity) *string, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeDate, str: p, aliases: aliases}
}

func codeCol(field, header, list, help string, p func(graph.Entity) *string, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeCode, list: list, str: p, aliases: aliases}
}

func codesCol(field, header, list, help string, p func(graph.Entity) *[]string, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeCodes, list: list, strs: p, aliases: aliases}
}

func refCol(field, header string, kind graph.Kind, help string, p func(graph.Entity) *string, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeRef, ref: kind, str: p, aliases: aliases}
}

func refsCol(field, header string, kind graph.Kind, help string, p func(graph.Entity) *[]string, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeRefs, ref: kind, strs: p, aliases: aliases}
}

func intCol(field, header, help string, p func(graph.Entity) *int, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeInt, intg: p, aliases: aliases}
}

func floatCol(field, header, help string, p func(graph.Entity) *float64, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeFloat, num: p, aliases: aliases}
}

func boolCol(field, header, help string, p func(graph.Entity) *bool, aliases ...string) *column {
	return &column{field: field, header: header, help: help, typ: typeBool, flag: p, aliases: aliases}
}

// metaCols returns the key and ID columns every sheet starts with.
func metaCols(what string) []*column {
	meta := func(e graph.Entity) *graph.Meta { return e.Metadata() }
	return []*column{
		{field: "external_key", header: "Schlüssel", typ: typeKey, str: func(e graph.Entity) *string { return &meta(e).ExternalKey },
			aliases: []string{"key", "external_key", "externer Schlüssel", "id", "Kennung", "node", "Knoten"},
			help:    "Eindeutiger Schlüssel " + what + " in Ihrer Liste; erneute Importe aktualisieren den Eintrag mit diesem Schlüssel. Leer: aus dem Namen gebildet."},
		{field: "id", header: "Interne ID", typ: typeID, str: func(e graph.Entity) *string { return &meta(e).ID },
			aliases: []string{"internal_id", "interne_id"},
			help:    "Vom Netzwerkatlas vergebene ID (nur beim Export gefüllt); für neue Einträge leer lassen."},
	}
}

// appendAll appends the entities es, which must be P (that is *T), to dst, growing
// it once, and clears es as it goes. Decoders keep each row's entity on its own until
// the end, so that a batch of 200,000 actors is never copied while it grows, and the
// entities copied so far can be freed while the rest are copied.
func appendAll[T any, P interface {
	*T
	graph.Entity
}](dst []T, es []graph.Entity) []T {
	dst = slices.Grow(dst, len(es))
	for i, e := range es {
		dst = append(dst, *e.(P))
		es[i] = nil
	}
	return dst
}

// Field is a column that a Mapping may name, for choosing a mapping: the field name
// of Mapping.Columns, its German header and help text.
type Field struct {
	Field  string `json:"field"`
	Header string `json:"header"`
	Help   string `json:"help,omitempty"`
}

// SheetFields are the fields of one kind, under its German sheet name.
type SheetFields struct {
	Kind   graph.Kind `json:"kind"`
	Sheet  string     `json:"sheet"`
	Fields []Field    `json:"fields"`
}

// Fields returns the fields of every kind with their German headers, in the order of
// the template's sheets and columns.
func Fields() []SheetFields {
	out := make([]SheetFields, 0, len(sheets))
	for _, s := range sheets {
		sf := SheetFields{Kind: s.kind, Sheet: s.name}
		for _, c := range s.columns {
			sf.Fields = append(sf.Fields, Field{Field: c.field, Header: c.header, Help: c.help})
		}
		out = append(out, sf)
	}
	return out
}

// SheetColumns says how the columns of one sheet of a file were read: for a
// spreadsheet the sheet (or CSV file), for GraphML and GEXF "Knoten" and "Kanten".
type SheetColumns struct {
	Sheet   string        `json:"sheet"`
	Kind    graph.Kind    `json:"kind"`
	Columns []BoundColumn `json:"columns"`
}

// BoundColumn is a column header as written in the file and the field it was read
// as: "" if none (an actor's extra attribute, or ignored), "-" if the Mapping
// ignores it.
type BoundColumn struct {
	Header string `json:"header"`
	Field  string `json:"field"`
}
