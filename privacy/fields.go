package privacy

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Visibility says who may see a field.
type Visibility int

// The visibilities, from the least to the most sensitive.
const (
	// Public fields may leave the system: the public directory shows them.
	Public Visibility = iota
	// Internal fields are for every signed-in role, the viewer included.
	Internal
	// Confidential fields are for the roles analyst, editor and admin; the viewer
	// never sees them in answers or exports.
	Confidential
)

// String returns the visibility's English name, as Fields documents it.
func (v Visibility) String() string {
	return [...]string{"public", "internal", "confidential"}[v]
}

// Field is one field of an entity and its visibility.
type Field struct {
	// Path is the field's JSON name, with a dot for a nested one ("address.city").
	Path       string
	Visibility Visibility
}

// metaFields are the fields every entity has (graph.Meta).
var metaFields = map[string]Visibility{
	"id":           Public,
	"version":      Internal,
	"created_at":   Internal,
	"updated_at":   Public, // the directory's "Stand"
	"external_key": Internal,
}

// visibilities declares every field of actors and offers: the one place that says
// what is public, internal or confidential. A field not declared here counts as
// Confidential (and a test fails until it is declared).
var visibilities = map[graph.Kind]map[string]Visibility{
	graph.KindActor: {
		"name":                Public,
		"short_name":          Public,
		"kind":                Public,
		"legal_domains":       Public,
		"fields":              Public,
		"target_groups":       Public,
		"social_spaces":       Public,
		"address.street":      Public,
		"address.postal_code": Public,
		"address.city":        Public,
		"location":            Public,
		"website":             Public,
		"email":               Public,
		"phone":               Public,
		"description":         Internal,
		"layout":              Internal,
		// Attributes keep whatever an imported file had besides the known fields,
		// such as contact persons or case numbers: nobody checked them.
		"attributes": Confidential,
	},
	graph.KindOffer: {
		"actor_id":                  Public,
		"name":                      Public,
		"description":               Public,
		"fields":                    Public,
		"target_groups":             Public,
		"social_spaces":             Public,
		"barrier_free":              Public,
		"low_threshold":             Public,
		"counselling":               Public,
		"listing.opening_hours":     Public,
		"listing.directions":        Public,
		"listing.costs":             Public,
		"listing.free_of_charge":    Public,
		"listing.eutb":              Public,
		"listing.languages":         Public,
		"listing.by_phone":          Public,
		"listing.by_video":          Public,
		"listing.home_visits":       Public,
		"listing.step_free":         Public,
		"listing.accessible_toilet": Public,
		"listing.hearing_loop":      Public,
		"listing.sign_language":     Public,
		"listing.easy_language":     Public,
		"listing.phone":             Public,
		"listing.email":             Public,
		"listing.confirmed_at":      Public,
		"legal_domains":             Internal,
		"legal_basis":               Internal,
		"capacity":                  Internal,
	},
}

// Fields returns the fields of the kind (graph.KindActor or graph.KindOffer) with
// their visibility, ordered by visibility and path; nil for another kind.
func Fields(kind graph.Kind) []Field {
	m := visibilities[kind]
	if m == nil {
		return nil
	}
	var out []Field
	for _, l := range []map[string]Visibility{metaFields, m} {
		for p, v := range l {
			out = append(out, Field{Path: p, Visibility: v})
		}
	}
	slices.SortFunc(out, func(a, b Field) int {
		if a.Visibility != b.Visibility {
			return int(a.Visibility - b.Visibility)
		}
		return strings.Compare(a.Path, b.Path)
	})
	return out
}

// visibility returns the declared visibility of the field path of kind, and
// whether it is declared.
func visibility(kind graph.Kind, path string) (Visibility, bool) {
	if v, ok := metaFields[path]; ok {
		return v, true
	}
	v, ok := visibilities[kind][path]
	return v, ok
}

// Visible reports whether a reader who sees fields up to upTo sees the field of an
// entity of the kind, named by its JSON path ("address" or "address.city"): a field
// with nested ones is as sensitive as the most sensitive of them. Entities other
// than actors and offers declare no fields; their fields count as Internal.
func Visible(kind graph.Kind, path string, upTo Visibility) bool {
	if visibilities[kind] == nil {
		return Internal <= upTo
	}
	if v, ok := visibility(kind, path); ok {
		return v <= upTo
	}
	most, found := Public, false
	for p, v := range visibilities[kind] {
		if strings.HasPrefix(p, path+".") {
			most, found = max(most, v), true
		}
	}
	if !found {
		most = Confidential
	}
	return most <= upTo
}

// leaf is a field that Redact may clear: its index path in the struct and its
// visibility.
type leaf struct {
	index []int
	vis   Visibility
	path  string
	// via is the index of the pointer field the leaf lies under, or nil.
	via []int
}

var plans sync.Map // reflect.Type → []leaf

// planOf returns the leaves of the struct type t of kind: each field whose path is
// declared, or, for a struct field without a declaration of its own, its fields;
// an undeclared field is a Confidential leaf.
func planOf(kind graph.Kind, t reflect.Type) []leaf {
	if p, ok := plans.Load(t); ok {
		return p.([]leaf)
	}
	var out []leaf
	var walk func(t reflect.Type, prefix string, index, via []int)
	walk = func(t reflect.Type, prefix string, index, via []int) {
		for i := range t.NumField() {
			f := t.Field(i)
			at := append(slices.Clone(index), i)
			if f.Anonymous {
				walk(f.Type, prefix, at, via)
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" || !f.IsExported() {
				continue
			}
			path := prefix + name
			if v, ok := visibility(kind, path); ok {
				out = append(out, leaf{index: at, vis: v, path: path, via: via})
				continue
			}
			ft, under := f.Type, via
			if ft.Kind() == reflect.Pointer {
				ft, under = ft.Elem(), at
			}
			if ft.Kind() == reflect.Struct && ft != reflect.TypeFor[graph.GeoPoint]() {
				walk(ft, path+".", at, under)
				continue
			}
			out = append(out, leaf{index: at, vis: Confidential, path: path, via: via})
		}
	}
	walk(t, "", nil, nil)
	plans.Store(t, out)
	return out
}

// Redact clears in e (a *graph.Actor or *graph.Offer) every field more sensitive
// than max. A nested struct behind a pointer (Offer.Listing) that loses a field is
// copied first, so that e may be a shallow copy of a value shared with others.
// Other entities are left as they are.
func Redact(e graph.Entity, max Visibility) {
	if max >= Confidential {
		return
	}
	kind := e.EntityKind()
	if visibilities[kind] == nil {
		return
	}
	v := reflect.ValueOf(e).Elem()
	copied := map[string]bool{}
	for _, l := range planOf(kind, v.Type()) {
		if l.vis <= max {
			continue
		}
		if l.via != nil {
			p := v.FieldByIndex(l.via)
			if p.IsNil() {
				continue
			}
			if key := fmt.Sprint(l.via); !copied[key] {
				c := reflect.New(p.Type().Elem())
				c.Elem().Set(p.Elem())
				p.Set(c)
				copied[key] = true
			}
		}
		v.FieldByIndex(l.index).SetZero()
	}
}

// PublicCopy returns a copy of the actor or offer e with only its Public fields.
func PublicCopy[T any, P interface {
	*T
	graph.Entity
}](e *T) *T {
	c := *e
	Redact(P(&c), Public)
	return &c
}
