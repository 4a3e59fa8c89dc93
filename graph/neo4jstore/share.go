package neo4jstore

import (
	"reflect"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// maxShared is the length up to which a snapshot shares equal strings: IDs, codes,
// dates, names. Longer texts, such as descriptions, are seldom equal.
const maxShared = 64

// sharer makes equal strings of the entities one decoder reads one string in
// memory, so that the million cooperations of a federal state share the 100,000
// actor IDs, the kinds, waves and dates instead of holding a copy each (JSON
// decoding allocates every string anew). An entity's own metadata (its ID, key and
// times) is its own and is left alone. A sharer is for one goroutine.
type sharer struct {
	strings map[string]string
	// fields holds, per struct type, the exported fields that can hold strings.
	fields map[reflect.Type][]int
}

func newSharer() *sharer {
	return &sharer{strings: map[string]string{}, fields: map[reflect.Type][]int{}}
}

var metaType = reflect.TypeFor[graph.Meta]()

// share replaces every string reachable from v (fields, pointed-to structs,
// elements of slices; not map entries) by the equal one seen before, if any.
func (s *sharer) share(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if str := v.String(); str != "" && len(str) <= maxShared {
			if seen, ok := s.strings[str]; ok {
				v.SetString(seen)
			} else {
				s.strings[str] = str
			}
		}
	case reflect.Struct:
		for _, i := range s.fieldsOf(v.Type()) {
			s.share(v.Field(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			s.share(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			s.share(v.Index(i))
		}
	}
}

// fieldsOf returns the exported fields of the struct type t that can hold strings,
// but none of graph.Meta.
func (s *sharer) fieldsOf(t reflect.Type) []int {
	fs, ok := s.fields[t]
	if ok {
		return fs
	}
	if t != metaType {
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && holdsStrings(f.Type) {
				fs = append(fs, i)
			}
		}
	}
	s.fields[t] = fs
	return fs
}

// holdsStrings reports whether a value of type t can hold strings that share
// reaches: a string, or a struct, pointer or slice that can hold one (not bytes).
func holdsStrings(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String:
		return true
	case reflect.Pointer, reflect.Slice:
		return holdsStrings(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && holdsStrings(f.Type) {
				return true
			}
		}
	}
	return false
}
