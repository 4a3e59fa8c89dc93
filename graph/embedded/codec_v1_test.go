package embedded

import (
	"bytes"
	"encoding/binary"
	"maps"
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// encodeV1 returns the schema 1 (positional) form of e: the frozen v1 encoder, which
// tests and benchmarks use to write files as releases up to December 2026 did. It
// reads e's tagged form by the field numbers of v1Layouts, so that it does not depend
// on the graph types either.
func encodeV1(e graph.Entity) ([]byte, error) {
	tagged, err := encode(e)
	if err != nil {
		return nil, err
	}
	return retagV1(e.EntityKind(), tagged)
}

// retagV1 returns the schema 1 form of the tagged value v of the kind.
func retagV1(kind graph.Kind, v []byte) ([]byte, error) {
	w := &v1Writer{buf: []byte{formatBinary1}}
	r := &dec{buf: v[1:]}
	w.fields(r, v1Layouts[kind])
	r.finish(true)
	return w.buf, r.err
}

// v1Writer appends values in schema 1's positional form.
type v1Writer struct{ buf []byte }

func (w *v1Writer) str(s string) {
	w.buf = binary.AppendUvarint(w.buf, uint64(len(s)))
	w.buf = append(w.buf, s...)
}

// count writes n+1, or 0 for nil.
func (w *v1Writer) count(n int, isNil bool) {
	if isNil {
		w.buf = append(w.buf, 0)
		return
	}
	w.buf = binary.AppendUvarint(w.buf, uint64(n)+1)
}

func (w *v1Writer) bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

// fields reads the fields of layout from r and writes them positionally.
func (w *v1Writer) fields(r *dec, layout []v1Field) {
	for _, f := range layout {
		switch f.typ {
		case v1Str:
			var s string
			r.str(f.num, &s)
			w.str(s)
		case v1Int:
			var n int64
			r.int64(f.num, &n)
			w.buf = binary.AppendVarint(w.buf, n)
		case v1Float:
			var x float64
			r.float(f.num, &x)
			w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(x))
		case v1Bool:
			var b bool
			r.bool(f.num, &b)
			w.bool(b)
		case v1Time:
			var t time.Time
			r.time(f.num, &t)
			b, _ := t.MarshalBinary()
			w.buf = append(append(w.buf, byte(len(b))), b...)
		case v1Bytes:
			var b []byte
			r.bytes(f.num, &b)
			w.count(len(b), b == nil)
			w.buf = append(w.buf, b...)
		case v1Strs:
			var s []string
			r.strs(f.num, &s)
			w.count(len(s), s == nil)
			for _, e := range s {
				w.str(e)
			}
		case v1Attrs:
			var m map[string]string
			r.attrs(f.num, &m)
			w.count(len(m), m == nil)
			for _, k := range slices.Sorted(maps.Keys(m)) {
				w.str(k)
				w.str(m[k])
			}
		case v1Struct, v1Pointer:
			stored := false
			var sub bytes.Buffer
			r.message(f.num, true, func(c coder) {
				stored = true
				inner := &v1Writer{}
				inner.fields(c.(*dec), f.sub)
				sub.Write(inner.buf)
			})
			if f.typ == v1Pointer {
				w.bool(stored)
			} else if !stored {
				inner := &v1Writer{}
				inner.fields(&dec{}, f.sub)
				sub.Write(inner.buf)
			}
			w.buf = append(w.buf, sub.Bytes()...)
		case v1List:
			stored := false
			r.list(f.num, 0, false, func(n int) { stored = true; w.count(n, false) }, func(c coder, _ int) { w.fields(c.(*dec), f.sub) })
			if !stored {
				w.count(0, true)
			}
		}
	}
}

// clearPostV1 zeroes the fields added after schema 1, which its form cannot hold.
func clearPostV1(e graph.Entity) {
	switch x := e.(type) {
	case *graph.Wave:
		x.Closed = false
	case *graph.Actor:
		x.Layout = nil
	case *graph.Offer:
		x.Listing = nil
	}
}

// TestV1Transcoding checks that the schema 1 form of every kind, filled and empty,
// transcodes into exactly what encode writes, and that a broken schema 1 value is an
// error.
func TestV1Transcoding(t *testing.T) {
	for _, kind := range graph.Kinds() {
		if v1Layouts[kind] == nil {
			continue // a kind that came after schema 1 has no schema 1 form
		}
		t.Run(string(kind), func(t *testing.T) {
			full := graph.New(kind)
			seed := 0
			fillAll(reflect.ValueOf(full).Elem(), &seed)
			clearPostV1(full)
			empty := graph.New(kind)
			empty.Metadata().ID = "x"
			for _, e := range []graph.Entity{full, empty} {
				want, err := encode(e)
				if err != nil {
					t.Fatal(err)
				}
				v1, err := encodeV1(e)
				if err != nil {
					t.Fatal(err)
				}
				got, err := transcodeV1(nil, kind, v1)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Fatalf("transcoded %x\nwant       %x", got, want)
				}
				for i := range len(v1) {
					if _, err := transcodeV1(nil, kind, v1[:i]); err == nil {
						t.Fatalf("transcoding the first %d of %d bytes succeeded", i, len(v1))
					}
				}
				if _, err := transcodeV1(nil, kind, append(v1, 0)); err == nil {
					t.Fatal("transcoding with a trailing byte succeeded")
				}
			}
		})
	}
}
