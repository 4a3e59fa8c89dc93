package api

import (
	"encoding/json"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// The JSON Schemas of the OpenAPI document are reflected from the Go types that the
// handlers encode and decode, by the small reflector below rather than a library: the
// contract facts it states are this API's own rules, which a general reflector
// (swaggest/jsonschema-go, huma's, kin-openapi's openapi3gen) would need hooks for all
// the same, and each has its own defaults (nullable slices, names with package
// prefixes, 3.0 nullable) that would have to be turned off one by one:
//
//   - A response field is required unless its JSON tag has omitempty or omitzero;
//     a pointer, slice or map without them may be null (see nullable).
//   - A request field is required only if its struct tag says required:"true" (the
//     rest may be left out; the store's validation answers 422 for what it misses).
//   - Every object has additionalProperties: false: decode refuses unknown fields, and
//     the server never sends fields its types lack. Maps are the only open objects.
//   - Enums come from the constants in code (enumOf, fieldEnums), never from the
//     editable taxonomy.
//   - The tags minimum, maximum, maxLength, minItems, pattern and format add the
//     constraints of the types' Validate methods.
//
// A struct type becomes a component named after the type (generic instances after
// their argument, such as ActorPage); a request schema that differs from the
// response schema of the same type gets the suffix Input.

// schemaMode says whether a schema describes what the server sends or what it takes.
type schemaMode int

const (
	responseMode schemaMode = iota
	requestMode
)

// reflector turns Go types into JSON Schemas, collecting the components.
type reflector struct {
	components map[string]any
	// named remembers each type's component name per mode.
	named map[schemaMode]map[reflect.Type]string
}

func newReflector() *reflector {
	return &reflector{components: map[string]any{},
		named: map[schemaMode]map[reflect.Type]string{responseMode: {}, requestMode: {}}}
}

// enumOf gives the values of the string types whose set is fixed in code.
var enumOf = map[reflect.Type][]string{
	reflect.TypeFor[graph.Kind](): {string(graph.KindActor), string(graph.KindCooperation), string(graph.KindSocialSpace),
		string(graph.KindOffer), string(graph.KindNeed), string(graph.KindWave), string(graph.KindMeasure)},
	reflect.TypeFor[graph.Role]():         {string(graph.RoleViewer), string(graph.RoleAnalyst), string(graph.RoleEditor), string(graph.RoleAdmin)},
	reflect.TypeFor[importers.Severity](): {string(importers.SeverityError), string(importers.SeverityWarning)},
}

// fieldKey names a field of a struct type.
type fieldKey struct {
	t     reflect.Type
	field string
}

// fieldEnums gives the values of plain string fields whose set is fixed in code.
var fieldEnums = map[fieldKey][]string{
	{reflect.TypeFor[graph.Cooperation](), "ReportedBy"}: {graph.ReportedByFrom, graph.ReportedByTo, graph.ReportedByBoth, graph.ReportedByOther},
	{reflect.TypeFor[graph.Need](), "Measure"}:           {graph.MeasureOffers, graph.MeasureOffersPer1000, graph.MeasurePlacesPer1000},
	{reflect.TypeFor[importers.Format](), "Name"}:        formatList(func(importers.Format) bool { return true }),
	{reflect.TypeFor[graph.Measure](), "Status"}:         {graph.MeasurePlanned, graph.MeasureStarted, graph.MeasureDone, graph.MeasureDropped},
	{reflect.TypeFor[graph.MeasureOrigin](), "Kind"}:     {graph.OriginPotential, graph.OriginGap},
	{reflect.TypeFor[measures.Evaluation](), "Outcome"}: {measures.Pending, measures.Realised, measures.NotRealised, measures.Lapsed,
		measures.Closed, measures.Improved, measures.Unchanged, measures.Worsened},
	{reflect.TypeFor[measures.Observation](), "Outcome"}: {measures.Realised, measures.NotRealised, measures.Lapsed,
		measures.Closed, measures.Improved, measures.Unchanged, measures.Worsened},
}

// fieldPatterns gives the patterns of plain string fields whose form is fixed in code.
var fieldPatterns = map[fieldKey]string{
	// The format an import decoded, several joined with "+" when its files differ in
	// format ("csv+xlsx"), empty when no file was decoded.
	{reflect.TypeFor[importResponse](), "Format"}: decodedFormatsPattern(),
}

// decodedFormatsPattern matches one or more decodable format names joined with "+".
func decodedFormatsPattern() string {
	one := "(?:" + strings.Join(formatList(func(f importers.Format) bool { return f.Decode }), "|") + ")"
	return "^(?:" + one + "(?:\\+" + one + ")*)?$"
}

// ref returns the schema of t for the mode, a $ref for struct types.
func (r *reflector) ref(t reflect.Type, mode schemaMode) map[string]any {
	switch t {
	case reflect.TypeFor[time.Time]():
		return map[string]any{"type": "string", "format": "date-time"}
	case reflect.TypeFor[json.RawMessage]():
		return map[string]any{"type": "object", "description": "GeoJSON-Geometrie (Polygon oder MultiPolygon)."}
	case reflect.TypeFor[graph.JSONValue]():
		return map[string]any{"description": "Ein beliebiger JSON-Wert; null, wo das Feld fehlte."}
	case reflect.TypeFor[metrics.Number]():
		return map[string]any{"type": []any{"number", "null"}, "description": "null, wo der Wert nicht definiert ist."}
	}
	if values, ok := enumOf[t]; ok {
		return map[string]any{"type": "string", "enum": values}
	}
	switch t.Kind() {
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		// The bounds of the type, as exact literals: numbers beyond them are refused.
		lo := new(big.Int).Lsh(big.NewInt(-1), uint(t.Bits()-1))
		hi := new(big.Int).Sub(new(big.Int).Neg(lo), big.NewInt(1))
		return map[string]any{"type": "integer", "minimum": json.Number(lo.String()), "maximum": json.Number(hi.String())}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(t.Bits())), big.NewInt(1))
		return map[string]any{"type": "integer", "minimum": 0, "maximum": json.Number(hi.String())}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Pointer:
		return r.ref(t.Elem(), mode)
	case reflect.Slice:
		return map[string]any{"type": "array", "items": r.ref(t.Elem(), mode)}
	case reflect.Array:
		return map[string]any{"type": "array", "items": r.ref(t.Elem(), mode), "minItems": t.Len(), "maxItems": t.Len()}
	case reflect.Map:
		s := map[string]any{"type": "object", "additionalProperties": r.ref(t.Elem(), mode)}
		if values, ok := enumOf[t.Key()]; ok {
			s["propertyNames"] = map[string]any{"enum": values}
		}
		return s
	case reflect.Struct:
		return map[string]any{"$ref": "#/components/schemas/" + r.component(t, mode)}
	}
	return map[string]any{} // interfaces: any value
}

// component registers the struct type t as a component and returns its name.
func (r *reflector) component(t reflect.Type, mode schemaMode) string {
	if name, ok := r.named[mode][t]; ok {
		return name
	}
	name := componentName(t)
	if mode == requestMode {
		resp := r.component(t, responseMode)
		s := r.object(t, requestMode)
		if reflect.DeepEqual(s, r.components[resp]) {
			r.named[mode][t] = resp
			return resp
		}
		name += "Input"
		r.named[mode][t] = name
		r.components[name] = s
		return name
	}
	r.named[mode][t] = name
	r.components[name] = r.object(t, mode)
	return name
}

// componentName names the component of a struct type: its exported name, or for an
// instance of a generic type the argument's name and the type's, such as ActorPage
// for listResponse[graph.Actor].
func componentName(t reflect.Type) string {
	name := t.Name()
	if base, arg, ok := strings.Cut(name, "["); ok {
		arg = strings.TrimSuffix(arg, "]")
		arg = arg[strings.LastIndexAny(arg, "./")+1:]
		name = arg + strings.TrimSuffix(strings.TrimSuffix(base, "Response"), "list") + "Page"
	}
	rs := []rune(name)
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// object returns the schema of the struct type t.
func (r *reflector) object(t reflect.Type, mode schemaMode) map[string]any {
	props := map[string]any{}
	required := []string{}
	r.fields(t, mode, props, &required)
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		slices.Sort(required)
		s["required"] = required
	}
	return s
}

// fields adds the JSON fields of the struct type t (with those of embedded structs,
// as encoding/json flattens them) to props and required.
func (r *reflector) fields(t reflect.Type, mode schemaMode, props map[string]any, required *[]string) {
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			r.fields(f.Type, mode, props, required)
			continue
		}
		if name == "" {
			name = f.Name
		}
		optional := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		s := r.ref(f.Type, mode)
		if values, ok := fieldEnums[fieldKey{t, f.Name}]; ok {
			s = map[string]any{"type": "string", "enum": values}
		}
		if p, ok := fieldPatterns[fieldKey{t, f.Name}]; ok {
			s = map[string]any{"type": "string", "pattern": p}
		}
		constrain(s, f.Tag)
		if nullable(f, mode, optional) {
			s = map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
		}
		props[name] = s
		if (mode == responseMode && !optional) || (mode == requestMode && f.Tag.Get("required") == "true") {
			*required = append(*required, name)
		}
	}
}

// nullable reports whether the field may be null: a pointer in a request (null means
// none), and in a response a pointer, slice or map that encoding/json writes as null
// when it is nil, unless omitempty leaves it out, its minItems says it is never
// empty, or the tag nullable:"false" says the handler never leaves it nil.
func nullable(f reflect.StructField, mode schemaMode, optional bool) bool {
	k := f.Type.Kind()
	if mode == requestMode {
		return k == reflect.Pointer
	}
	if optional || f.Tag.Get("nullable") == "false" || f.Tag.Get("minItems") != "" {
		return false
	}
	return k == reflect.Pointer || k == reflect.Slice || k == reflect.Map
}

// constrain adds the constraints of a field's struct tags to its schema s.
func constrain(s map[string]any, tag reflect.StructTag) {
	for _, key := range []string{"minimum", "maximum", "maxLength", "minLength", "minItems", "exclusiveMinimum"} {
		if v := tag.Get(key); v != "" {
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				panic("api: struct tag " + key + ":" + strconv.Quote(v) + " is no number")
			}
			s[key] = n
		}
	}
	for _, key := range []string{"pattern", "format"} {
		if v := tag.Get(key); v != "" {
			s[key] = v
		}
	}
}
