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
type sharer map[string]string

var metaType = reflect.TypeFor[graph.Meta]()

// share replaces every string reachable from v (fields, pointed-to structs,
// elements of slices; not map entries) by the equal one seen before, if any.
func (s sharer) share(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if str := v.String(); str != "" && len(str) <= maxShared {
			if seen, ok := s[str]; ok {
				v.SetString(seen)
			} else {
				s[str] = str
			}
		}
	case reflect.Struct:
		if v.Type() == metaType {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				s.share(v.Field(i))
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			s.share(v.Elem())
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Uint8 { // not bytes, such as a boundary
			for i := range v.Len() {
				s.share(v.Index(i))
			}
		}
	}
}
