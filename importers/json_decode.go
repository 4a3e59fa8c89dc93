package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeJSON decodes a full dump: a graph.Network as EncodeJSON writes it, or a
// graph.Batch. Entities keep their IDs; an entity without an external key gets its
// ID as key (as graph.Network.Batch does), so that importing a dump into the store
// it came from changes nothing. The dump's taxonomy is not imported.
func DecodeJSON(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatJSON, r, opts)
}

func (d *decoder) decodeJSON(r io.Reader) error {
	data, err := readAll(r, d.opts.Limits.MaxBytes)
	if err != nil {
		return err
	}
	if path, offset, bad := InvalidUTF8(data); bad {
		return utf8Error(path, offset)
	}
	var n graph.Network
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&n); err != nil {
		return jsonError(err)
	}
	b := n.Batch()
	name := d.opts.Name
	if name == "" {
		name = "JSON"
	}
	for _, sh := range []*sheet{spaceSheet, waveSheet, actorSheet, offerSheet, needSheet, cooperationSheet} {
		count := sh.count(b)
		if limit := d.opts.Limits.rowLimit(sh.kind); count > limit {
			return limitError("Die Datei enthält %d Einträge der Art %s; erlaubt sind höchstens %d.", count, sh.kind.Label(), limit)
		}
		src := d.rep.addSheet(name, map[string]string{})
		base := len(d.items[sh.kind])
		for i := range count {
			e := sh.at(b, i)
			if err := e.Validate(d.opts.Taxonomy); err != nil {
				path := fmt.Sprintf("%s[%d]", listOf[sh.kind], base+i)
				for _, f := range graph.ErrorFields(err) {
					d.rep.errorf(Location{Sheet: name, Element: path}, path+"."+f.Field, "%s", f.Message)
				}
			}
			d.add(sh.kind, e)
			d.rep.track(sh.kind, src, i+1)
		}
	}
	return nil
}

// utf8Error is the error for a JSON file with bytes that are not UTF-8 in the field
// at path, at the byte offset.
func utf8Error(path string, offset int64) error {
	if path == "" {
		return graph.Errorf(graph.Invalid, "Die JSON-Datei enthält Bytes, die kein gültiges UTF-8 sind (bei Byte %d); sie muss in UTF-8 gespeichert sein.", offset)
	}
	msg := fmt.Sprintf("Das Feld „%s“ enthält Bytes, die kein gültiges UTF-8 sind (bei Byte %d); die Datei muss in UTF-8 gespeichert sein.", path, offset)
	return &graph.Error{Code: graph.Invalid, Message: msg, Fields: []graph.FieldError{{Field: path, Message: msg}}}
}

// jsonError wraps a JSON syntax or type error in a German message.
func jsonError(err error) error {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return &graph.Error{Code: graph.Invalid, Message: fmt.Sprintf("Die JSON-Datei ist fehlerhaft (bei Byte %d).", se.Offset), Err: err}
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		return &graph.Error{Code: graph.Invalid, Message: fmt.Sprintf("Die JSON-Datei hat im Feld „%s“ einen falschen Typ.", te.Field), Err: err}
	}
	return &graph.Error{Code: graph.Invalid, Message: "Die JSON-Datei ist fehlerhaft.", Err: err}
}

// InvalidUTF8 reports whether the JSON document data holds bytes that are not UTF-8,
// which encoding/json would silently replace with U+FFFD. If it does, it returns the
// path of the member or element whose name or value holds the first of them (such as
// "actors[2].name"; "" for a top-level value) and the byte offset. The API checks
// request bodies with it, as DecodeJSON checks files.
func InvalidUTF8(data []byte) (path string, offset int64, bad bool) {
	offset = firstInvalidUTF8(data)
	if offset < 0 {
		return "", 0, false
	}
	// Walk the tokens to the one that holds the offset, keeping the path.
	type frame struct {
		array   bool
		index   int    // of the current element of an array
		key     string // of the current member of an object
		wantKey bool   // the next string of an object is a name
	}
	var stack []*frame
	pathTo := func(key string) string {
		var b strings.Builder
		for i, f := range stack {
			switch {
			case f.array:
				fmt.Fprintf(&b, "[%d]", f.index)
			case i < len(stack)-1 || !f.wantKey: // an object's key counts once its value has begun
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			}
		}
		if key != "" {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(key)
		}
		return b.String()
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			return pathTo(""), offset, true
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		name, isName := tok.(string)
		isName = isName && top != nil && !top.array && top.wantKey
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		if !isName && top != nil && top.array {
			top.index++
		}
		if dec.InputOffset() > offset {
			if isName {
				top.wantKey = true
				return pathTo(name), offset, true
			}
			return pathTo(""), offset, true
		}
		switch {
		case isName:
			top.key, top.wantKey = name, false
		case tok == json.Delim('{'):
			stack = append(stack, &frame{wantKey: true})
		case tok == json.Delim('['):
			stack = append(stack, &frame{array: true, index: -1})
		}
		if !isName && top != nil && !top.array {
			top.wantKey = true // the member's value has begun; the next string is a name
		}
	}
}

// firstInvalidUTF8 returns the offset of the first byte of data that is not part of
// valid UTF-8, or -1.
func firstInvalidUTF8(data []byte) int64 {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return int64(i)
		}
		i += n
	}
	return -1
}
