package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// decode reads the request's JSON body into v. Unknown fields, trailing data, wrong
// types and malformed JSON are 400 problems that say, in German, where and what was
// expected; a body over the route's limit is a 413 problem; a body that declares a
// content type other than JSON is a 415 problem.
func decode(c *gin.Context, v any) error {
	if ct := c.GetHeader("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			return newProblem(http.StatusUnsupportedMediaType, "unsupported-media-type",
				fmt.Sprintf("Erwartet wird JSON (Content-Type: application/json), nicht %q.", ct))
		}
	}
	data, err := io.ReadAll(c.Request.Body)
	if err != nil {
		if mbe, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return tooLarge(mbe.Limit)
		}
		return newProblem(http.StatusBadRequest, "malformed-json", "Der Anfragekörper konnte nicht gelesen werden.")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return newProblem(http.StatusBadRequest, "malformed-json", "Der Anfragekörper ist leer; erwartet wird ein JSON-Objekt.")
	}
	return unmarshal(data, v)
}

// unmarshal decodes the JSON document data into v strictly, as decode describes:
// unknown fields, trailing data, wrong types and malformed JSON are 400 problems.
func unmarshal(data []byte, v any) error {
	if path, offset, bad := importers.InvalidUTF8(data); bad {
		return utf8Problem(data, path, offset)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		// JSON does not tell 2 from 2.0: read integral numbers written as decimals
		// (which encoding/json refuses for integer fields) once more as integers.
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok && strings.HasPrefix(te.Value, "number ") {
			if normal, ok := integralNumbers(data); ok {
				return unmarshal(normal, v)
			}
		}
		return jsonProblem(err, data, reflect.TypeOf(v))
	}
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return newProblem(http.StatusBadRequest, "wrong-type", "Der Anfragekörper ist null; erwartet wird ein JSON-Objekt.")
	}
	if field, ok := nullField(data, reflect.TypeOf(v)); ok {
		return newProblem(http.StatusBadRequest, "wrong-type", fmt.Sprintf("Das Feld %q darf nicht null sein.", field),
			graph.FieldError{Field: field, Message: "Statt null das Feld weglassen oder einen Wert angeben."})
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := position(data, dec.InputOffset())
		return newProblem(http.StatusBadRequest, "malformed-json",
			fmt.Sprintf("Nach dem JSON-Objekt folgen weitere Daten (Zeile %d, Spalte %d).", line, col))
	}
	return nil
}

// utf8Problem is the 400 problem for a body with bytes that are not UTF-8 at offset,
// in the field at path ("" for none), which encoding/json would silently replace.
func utf8Problem(data []byte, path string, offset int64) *problem {
	line, col := position(data, offset+1) // position counts the bytes before offset
	if path == "" {
		return newProblem(http.StatusBadRequest, "invalid-utf8",
			fmt.Sprintf("Der Anfragekörper enthält Bytes, die kein gültiges UTF-8 sind (Zeile %d, Spalte %d).", line, col))
	}
	return newProblem(http.StatusBadRequest, "invalid-utf8",
		fmt.Sprintf("Das Feld %q enthält Bytes, die kein gültiges UTF-8 sind (Zeile %d, Spalte %d).", path, line, col),
		graph.FieldError{Field: path, Message: "Der Text ist kein gültiges UTF-8; JSON muss in UTF-8 gesendet werden."})
}

// integralNumbers rewrites the numbers in the JSON document data that are integers
// written with a fraction or an exponent (2.0, 1e3) as integers, and reports whether
// it changed any.
func integralNumbers(data []byte) ([]byte, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if dec.Decode(&doc) != nil {
		return nil, false
	}
	changed := false
	var walk func(v any) any
	walk = func(v any) any {
		switch v := v.(type) {
		case json.Number:
			if !strings.ContainsAny(string(v), ".eE") {
				return v
			}
			f, ok := new(big.Float).SetString(string(v))
			if !ok || !f.IsInt() {
				return v
			}
			i, _ := f.Int(nil)
			changed = true
			return json.Number(i.String())
		case map[string]any:
			for k, x := range v {
				v[k] = walk(x)
			}
		case []any:
			for i, x := range v {
				v[i] = walk(x)
			}
		}
		return v
	}
	doc = walk(doc)
	if !changed {
		return nil, false
	}
	out, err := json.Marshal(doc)
	return out, err == nil
}

// jsonProblem translates an error of encoding/json into a German 400 problem.
func jsonProblem(err error, data []byte, target reflect.Type) *problem {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		line, col := position(data, se.Offset)
		return newProblem(http.StatusBadRequest, "malformed-json",
			fmt.Sprintf("Das JSON ist fehlerhaft in Zeile %d, Spalte %d: %s.", line, col, syntaxMessage(se.Error())))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return newProblem(http.StatusBadRequest, "malformed-json", "Das JSON endet unerwartet; es ist unvollständig.")
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		line, col := position(data, te.Offset)
		msg := fmt.Sprintf("Erwartet wird %s, gefunden wurde %s.", expected(te.Type), found(te.Value))
		if te.Field == "" {
			return newProblem(http.StatusBadRequest, "wrong-type",
				fmt.Sprintf("Der Anfragekörper hat den falschen Typ (Zeile %d, Spalte %d). %s", line, col, msg))
		}
		return newProblem(http.StatusBadRequest, "wrong-type",
			fmt.Sprintf("Das Feld %q hat den falschen Typ (Zeile %d, Spalte %d).", te.Field, line, col),
			graph.FieldError{Field: te.Field, Message: msg})
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name = strings.Trim(name, `"`)
		field := unknownFieldPath(data, target, name)
		return newProblem(http.StatusBadRequest, "unknown-field", fmt.Sprintf("Das Feld %q ist unbekannt.", field),
			graph.FieldError{Field: field, Message: "Dieses Feld gibt es nicht; bitte Schreibweise prüfen."})
	}
	if _, ok := errors.AsType[*time.ParseError](err); ok {
		return newProblem(http.StatusBadRequest, "wrong-type",
			"Ein Zeitpunkt ist ungültig; erwartet wird RFC 3339, z. B. 2025-03-31T12:00:00Z.")
	}
	return newProblem(http.StatusBadRequest, "malformed-json", "Das JSON konnte nicht gelesen werden.")
}

// position returns the 1-based line and column (in bytes) of offset in data.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, max(col, 1)
}

// syntaxMessage translates the message of a json.SyntaxError.
func syntaxMessage(msg string) string {
	if rest, ok := strings.CutPrefix(msg, "invalid character "); ok {
		char, context, _ := strings.Cut(rest, " ")
		where := map[string]string{
			"looking for beginning of value":                "ein Wert erwartet",
			"looking for beginning of object key string":    "ein Feldname in Anführungszeichen erwartet",
			"after object key":                              "nach einem Feldnamen wird ein Doppelpunkt erwartet",
			"after object key:value pair":                   "nach einem Feld wird ein Komma oder } erwartet",
			"after array element":                           "nach einem Listenelement wird ein Komma oder ] erwartet",
			"after top-level value":                         "nach dem JSON-Wert folgt noch etwas",
			"in string literal":                             "in einem Text (Steuerzeichen müssen maskiert werden)",
			"in string escape code":                         "in einer Escape-Sequenz",
			"in literal true (expecting 'r')":               "in true",
			"in literal false (expecting 'a')":              "in false",
			"in literal null (expecting 'u')":               "in null",
			"in numeric literal":                            "in einer Zahl",
			"after decimal point in numeric literal":        "nach dem Dezimalpunkt einer Zahl",
			"in exponent of numeric literal":                "im Exponenten einer Zahl",
			"looking for beginning of object key string or": "ein Feldname erwartet",
		}[context]
		if where == "" {
			where = "an dieser Stelle nicht erlaubt"
		}
		return fmt.Sprintf("unerwartetes Zeichen %s, %s", char, where)
	}
	if strings.Contains(msg, "unexpected end of JSON input") {
		return "das JSON endet unerwartet"
	}
	return "ungültige Syntax"
}

// expected describes a Go type as the JSON value it takes, in German.
func expected(t reflect.Type) string {
	switch t {
	case reflect.TypeFor[time.Time]():
		return "ein Zeitpunkt als Text (RFC 3339)"
	case reflect.TypeFor[json.RawMessage]():
		return "ein JSON-Wert"
	}
	switch t.Kind() {
	case reflect.String:
		return "ein Text"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "eine ganze Zahl"
	case reflect.Float32, reflect.Float64:
		return "eine Zahl"
	case reflect.Bool:
		return "true oder false"
	case reflect.Slice, reflect.Array:
		return "eine Liste"
	case reflect.Map, reflect.Struct:
		return "ein Objekt"
	case reflect.Pointer:
		return expected(t.Elem())
	}
	return "ein anderer Wert"
}

// found describes a JSON value as json.UnmarshalTypeError names it, in German.
func found(value string) string {
	switch {
	case value == "string":
		return "ein Text"
	case value == "number":
		return "eine Zahl"
	case strings.HasPrefix(value, "number "):
		return "die Zahl " + strings.TrimPrefix(value, "number ")
	case value == "bool":
		return "ein Wahrheitswert"
	case value == "array":
		return "eine Liste"
	case value == "object":
		return "ein Objekt"
	}
	return value
}

// unknownFieldPath finds the path (such as "actors[2].adress") of the first field
// named name in data that target has no field for. encoding/json reports only the
// name; if the path cannot be found, the name is returned.
func unknownFieldPath(data []byte, target reflect.Type, name string) string {
	var doc any
	if json.Unmarshal(data, &doc) != nil {
		return name
	}
	if p, ok := findUnknown(doc, target, "", name); ok {
		return p
	}
	return name
}

// nullField finds the path of the first null in data whose Go field is no pointer
// (encoding/json would silently leave such a field as it is) and reports whether
// there is one. A null for a pointer field (such as location) means none.
func nullField(data []byte, target reflect.Type) (string, bool) {
	var doc any
	if json.Unmarshal(data, &doc) != nil {
		return "", false
	}
	for target.Kind() == reflect.Pointer {
		target = target.Elem()
	}
	return findNull(doc, target, "")
}

// findNull walks v along the Go type t and returns the path of the first null that t
// holds in no pointer.
func findNull(v any, t reflect.Type, path string) (string, bool) {
	if t == reflect.TypeFor[json.RawMessage]() || t.Kind() == reflect.Interface || (v == nil && t.Kind() == reflect.Pointer) {
		return "", false
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch v := v.(type) {
	case nil:
		return path, path != ""
	case map[string]any:
		switch t.Kind() {
		case reflect.Map:
			for k, elem := range v {
				if p, ok := findNull(elem, t.Elem(), join(path, k)); ok {
					return p, true
				}
			}
		case reflect.Struct:
			fields := jsonFields(t)
			for k, elem := range v {
				if ft, known := fields[strings.ToLower(k)]; known {
					if p, ok := findNull(elem, ft, join(path, k)); ok {
						return p, true
					}
				}
			}
		}
	case []any:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for i, elem := range v {
				if p, ok := findNull(elem, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); ok {
					return p, true
				}
			}
		}
	}
	return "", false
}

// findUnknown walks v along the Go type t and returns the path of the first object key
// name that t does not know.
func findUnknown(v any, t reflect.Type, path, name string) (string, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch v := v.(type) {
	case map[string]any:
		switch t.Kind() {
		case reflect.Map:
			for k, elem := range v {
				if p, ok := findUnknown(elem, t.Elem(), join(path, k), name); ok {
					return p, true
				}
			}
		case reflect.Struct:
			fields := jsonFields(t)
			for k, elem := range v {
				ft, known := fields[strings.ToLower(k)]
				if !known && k == name {
					return join(path, k), true
				}
				if known {
					if p, ok := findUnknown(elem, ft, join(path, k), name); ok {
						return p, true
					}
				}
			}
		}
	case []any:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for i, elem := range v {
				if p, ok := findUnknown(elem, t.Elem(), fmt.Sprintf("%s[%d]", path, i), name); ok {
					return p, true
				}
			}
		}
	}
	return "", false
}

// join appends a key to a path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// jsonFields returns the JSON names (lower-cased, as encoding/json matches them) of
// the struct type's fields, including those of embedded structs, with their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonFields(ft) {
					if _, taken := out[k]; !taken {
						out[k] = v
					}
				}
				continue
			}
		}
		if name == "" {
			name = f.Name
		}
		out[strings.ToLower(name)] = f.Type
	}
	return out
}
