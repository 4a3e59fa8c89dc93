package embedded

import (
	"encoding/binary"
	"errors"
	"math"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// formatBinary1 is the first byte of a value in the positional format of schema 1,
// which releases up to December 2026 wrote: each type's fields in declaration order,
// without tags. Strings and byte slices are a uvarint length and the bytes, slices and
// maps a uvarint count+1 (0 for nil) and their elements (map keys sorted), integers
// varints, floats 8 bytes, bools one byte, times their MarshalBinary form after a
// length byte; a struct field is its fields in order, a pointer a bool and, if true,
// its fields.
//
// Only the migration from schema 1 reads it. Its layout is frozen in v1Layouts, which
// names each field by its number in the tagged format, so that it stays readable
// whatever later becomes of the graph types.
const formatBinary1 byte = 1

// v1Type is how schema 1 stored one field.
type v1Type byte

const (
	v1Str     v1Type = iota
	v1Int            // int or int64, as a varint
	v1Float          // float64
	v1Bool           // one byte
	v1Time           // length byte and MarshalBinary form
	v1Bytes          // count+1 (0 for nil) and the bytes
	v1Strs           // count+1 (0 for nil) and the strings
	v1Attrs          // count+1 (0 for nil) and the sorted keys with their values
	v1Struct         // the fields of sub, inline
	v1Pointer        // a bool, and if true the fields of sub
	v1List           // count+1 (0 for nil) and each element's fields of sub
)

// v1Field is one field of the schema 1 layout and its number in the tagged format.
type v1Field struct {
	num uint64
	typ v1Type
	sub []v1Field
}

var v1Meta = []v1Field{{1, v1Str, nil}, {2, v1Str, nil}, {3, v1Int, nil}, {4, v1Time, nil}, {5, v1Time, nil}}

// v1Layouts are the frozen layouts of schema 1, by kind. Never change them.
var v1Layouts = map[graph.Kind][]v1Field{
	graph.KindActor: append(v1Meta[:len(v1Meta):len(v1Meta)],
		v1Field{6, v1Str, nil}, v1Field{7, v1Str, nil}, v1Field{8, v1Str, nil}, // name, short name, kind
		v1Field{9, v1Strs, nil}, v1Field{10, v1Strs, nil}, v1Field{11, v1Strs, nil}, v1Field{12, v1Strs, nil}, // legal domains, fields, target groups, social spaces
		v1Field{13, v1Struct, []v1Field{{1, v1Str, nil}, {2, v1Str, nil}, {3, v1Str, nil}}}, // address: street, postal code, city
		v1Field{14, v1Pointer, []v1Field{{1, v1Float, nil}, {2, v1Float, nil}}},             // location: lat, lon
		v1Field{15, v1Str, nil}, v1Field{16, v1Str, nil}, v1Field{17, v1Str, nil}, v1Field{18, v1Str, nil}, // website, email, phone, description
		v1Field{19, v1Attrs, nil}), // attributes
	graph.KindCooperation: append(v1Meta[:len(v1Meta):len(v1Meta)],
		v1Field{6, v1Str, nil}, v1Field{7, v1Str, nil}, v1Field{8, v1Bool, nil}, v1Field{9, v1Strs, nil}, // from, to, directed, kinds
		v1Field{10, v1Int, nil}, v1Field{11, v1Int, nil}, v1Field{12, v1Int, nil}, // intensity, trust, value
		v1Field{13, v1Str, nil}, v1Field{14, v1Str, nil}, v1Field{15, v1Str, nil}, v1Field{16, v1Str, nil}, // reported by, valid from, valid until, wave
		v1Field{17, v1Str, nil}, v1Field{18, v1Str, nil}), // source, note
	graph.KindSocialSpace: append(v1Meta[:len(v1Meta):len(v1Meta)],
		v1Field{6, v1Str, nil}, v1Field{7, v1Str, nil}, v1Field{8, v1Str, nil}, v1Field{9, v1Bytes, nil}, // name, level, parent, boundary
		v1Field{10, v1List, []v1Field{{1, v1Int, nil}, {2, v1Str, nil}, {3, v1Float, nil}}}), // indicators: year, code, value
	graph.KindOffer: append(v1Meta[:len(v1Meta):len(v1Meta)],
		v1Field{6, v1Str, nil}, v1Field{7, v1Str, nil}, v1Field{8, v1Str, nil}, // actor, name, description
		v1Field{9, v1Strs, nil}, v1Field{10, v1Strs, nil}, v1Field{11, v1Strs, nil}, v1Field{12, v1Strs, nil}, // fields, target groups, social spaces, legal domains
		v1Field{13, v1Str, nil}, v1Field{14, v1Float, nil}, // legal basis, capacity
		v1Field{15, v1Bool, nil}, v1Field{16, v1Bool, nil}, v1Field{17, v1Bool, nil}), // barrier-free, low threshold, counselling
	graph.KindNeed: append(v1Meta[:len(v1Meta):len(v1Meta)],
		v1Field{6, v1Str, nil}, v1Field{7, v1Str, nil}, v1Field{8, v1Str, nil}, v1Field{9, v1Str, nil}, // space, field, target group, measure
		v1Field{10, v1Float, nil}, v1Field{11, v1Int, nil}, v1Field{12, v1Str, nil}), // target, year, note
	graph.KindWave: append(v1Meta[:len(v1Meta):len(v1Meta)],
		v1Field{6, v1Str, nil}, v1Field{7, v1Str, nil}, v1Field{8, v1Str, nil}), // name, date, description
}

// transcodeV1 appends the tagged form of v, a value of the kind in schema 1's
// positional format, to dst and returns it. The result is what encode gives for the
// same entity.
func transcodeV1(dst []byte, kind graph.Kind, v []byte) ([]byte, error) {
	layout, ok := v1Layouts[kind]
	if !ok {
		return nil, errors.New("unknown entity kind")
	}
	if len(v) == 0 || v[0] != formatBinary1 {
		return nil, errors.New("not a schema 1 value")
	}
	r := &v1Reader{dec{buf: v[1:]}}
	w := &enc{buf: append(dst, formatTagged)}
	r.fields(w, layout)
	switch {
	case r.err != nil:
		return nil, r.err
	case len(r.buf) != 0:
		return nil, errTrailing
	case w.err != nil:
		return nil, w.err
	}
	return append(w.buf, 0), nil
}

// v1Reader reads positional values with dec's primitives (uvarint, varint, take); the
// first problem is kept in err, after which every read returns zero values.
type v1Reader struct {
	dec
}

func (r *v1Reader) str() string { return string(r.take(r.uvarint())) }

// count reads count+1 (0 for nil); each element takes at least min bytes.
func (r *v1Reader) count(min int) (int, bool) {
	c := r.uvarint()
	if c == 0 {
		return 0, false
	}
	if c-1 > uint64(len(r.buf)/min) {
		r.fail(errShort)
		return 0, false
	}
	return int(c - 1), true
}

// fields reads the fields of layout and writes them to w in the tagged format.
func (r *v1Reader) fields(w *enc, layout []v1Field) {
	for _, f := range layout {
		if r.err != nil {
			return
		}
		switch f.typ {
		case v1Str:
			s := r.str()
			w.str(f.num, &s)
		case v1Int:
			n := r.varint()
			w.int64(f.num, &n)
		case v1Float:
			var x float64
			if b := r.take(8); b != nil {
				x = math.Float64frombits(binary.LittleEndian.Uint64(b))
			}
			w.float(f.num, &x)
		case v1Bool:
			b := r.take(1)
			x := b != nil && b[0] != 0
			w.bool(f.num, &x)
		case v1Time:
			var t time.Time
			if b := r.take(1); b != nil {
				if err := t.UnmarshalBinary(r.take(uint64(b[0]))); err != nil {
					r.fail(err)
				}
			}
			w.time(f.num, &t)
		case v1Bytes:
			var b []byte
			if n, ok := r.count(1); ok {
				b = append([]byte{}, r.take(uint64(n))...)
			}
			w.bytes(f.num, &b)
		case v1Strs:
			var s []string
			if n, ok := r.count(1); ok {
				s = make([]string, n)
				for i := range s {
					s[i] = r.str()
				}
			}
			w.strs(f.num, &s)
		case v1Attrs:
			var m map[string]string
			if n, ok := r.count(2); ok {
				m = make(map[string]string, n)
				for range n {
					k := r.str()
					m[k] = r.str()
				}
			}
			w.attrs(f.num, &m)
		case v1Struct:
			// Written like the current encoder: a message, left out when all its
			// fields are zero.
			start := w.begin(f.num)
			w.nested(func(coder) { r.fields(w, f.sub) })
			if len(w.buf) == start {
				w.buf = w.buf[:start-1-uvarintLen(f.num<<3|wireBytes)]
			} else {
				w.end(start)
			}
		case v1Pointer:
			b := r.take(1)
			w.message(f.num, b != nil && b[0] != 0, func(coder) { r.fields(w, f.sub) })
		case v1List:
			n, ok := r.count(1)
			w.list(f.num, n, !ok, nil, func(coder, int) { r.fields(w, f.sub) })
		}
	}
}

// uvarintLen returns the number of bytes of the uvarint form of x.
func uvarintLen(x uint64) int {
	var tmp [binary.MaxVarintLen64]byte
	return binary.PutUvarint(tmp[:], x)
}
