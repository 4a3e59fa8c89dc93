package storetest

import (
	"encoding/json"
	"reflect"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// sameContent reports whether a and b hold the same data apart from Version and the
// timestamps: it compares their JSON forms as generic values, without the metadata
// that changes on every write and with null, empty lists and empty objects left out.
// It is the suite's oracle, kept apart from graph.SameContent so that a fault there
// cannot hide a store's.
func sameContent(a, b graph.Entity) bool {
	if a.EntityKind() != b.EntityKind() {
		return false
	}
	return reflect.DeepEqual(content(a), content(b))
}

// content returns the JSON form of e as generic values, normalised for sameContent.
func content(e graph.Entity) any {
	raw, err := json.Marshal(e)
	if err != nil {
		return err.Error()
	}
	var v map[string]any
	if err := json.Unmarshal(raw, &v); err != nil {
		return err.Error()
	}
	for _, k := range []string{"version", "created_at", "updated_at"} {
		delete(v, k)
	}
	return withoutEmpty(v)
}

// withoutEmpty returns v with null values, empty lists and empty objects removed from
// every object within it.
func withoutEmpty(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			x = withoutEmpty(x)
			if empty(x) {
				delete(v, k)
			} else {
				v[k] = x
			}
		}
	case []any:
		for i := range v {
			v[i] = withoutEmpty(v[i])
		}
	}
	return v
}

// empty reports whether v is null, an empty list or an empty object.
func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}
