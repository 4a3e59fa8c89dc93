package embedded

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// fillAll sets every field reachable from v to a non-zero value that depends on the
// field's position, so that a codec that skips or swaps fields is caught.
func fillAll(v reflect.Value, seed *int) {
	*seed++
	n := *seed
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%dä", n))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(n))
	case reflect.Float64:
		v.SetFloat(float64(n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillAll(v.Elem(), seed)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 { // json.RawMessage
			v.SetBytes([]byte(fmt.Sprintf(`{"n":%d}`, n)))
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillAll(v.Index(i), seed)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fillAll(k, seed)
			fillAll(e, seed)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2025, 1, 2, 3, 4, 5, n, time.UTC)))
			return
		}
		for i := range v.NumField() {
			fillAll(v.Field(i), seed)
		}
	default:
		panic("fillAll: unhandled kind " + v.Kind().String())
	}
}

func TestCodecCoversEveryField(t *testing.T) {
	for _, kind := range graph.Kinds() {
		t.Run(string(kind), func(t *testing.T) {
			want := graph.New(kind)
			seed := 0
			fillAll(reflect.ValueOf(want).Elem(), &seed)
			v, err := encode(want)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decode(kind, want.Metadata().ID, v)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round trip lost data:\n got %+v\nwant %+v", got, want)
			}
			// Nil and empty slices and maps stay apart.
			empty := graph.New(kind)
			empty.Metadata().ID = "x"
			v, _ = encode(empty)
			if got, err := decode(kind, "x", v); err != nil || !reflect.DeepEqual(got, empty) {
				t.Fatalf("round trip of an empty %s: %+v, %v", kind, got, err)
			}
			// Every truncation is an error, never a panic.
			v, _ = encode(want)
			for i := range len(v) {
				if _, err := decode(kind, want.Metadata().ID, v[:i]); err == nil {
					t.Fatalf("decoding the first %d of %d bytes succeeded", i, len(v))
				}
			}
		})
	}
}

func TestCodecRejectsHugeCounts(t *testing.T) {
	// A count far beyond the value's length must fail without allocating or panicking.
	w := &enc{buf: []byte{formatTagged}}
	codeMeta(w, &graph.Meta{ID: "x", Version: 1})
	start := w.begin(9) // the kinds
	w.buf = binary.AppendUvarint(w.buf, 1<<40)
	w.end(start)
	w.buf = append(w.buf, 0)
	if _, err := decode(graph.KindCooperation, "x", w.buf); err == nil {
		t.Fatal("decoding a huge count succeeded")
	}
}

func TestCodecRefusesUnorderedFields(t *testing.T) {
	w := &enc{}
	name, id := "a", "b"
	w.str(6, &name)
	w.str(1, &id)
	if w.err == nil {
		t.Fatal("field 1 after field 6 was accepted")
	}
}

// codeActorNext is codeActor of a later version that added fields: a string (20), a
// number (21), a float (22) and a list of messages (23), and a field of the address
// (4).
func codeActorNext(c coder, a *graph.Actor, next *actorAdditions) {
	codeActor(c, a)
	c.str(21, &next.Pronouns)
	c.int(22, &next.Staff)
	c.float(23, &next.Budget)
	codeList(c, 24, &next.Sites, func(c coder, s *string) { c.str(1, s) })
}

type actorAdditions struct {
	Pronouns string
	Staff    int
	Budget   float64
	Sites    []string
}

// TestCodecFieldAddition simulates the next release adding fields to Actor: today's
// code reads what the next release writes, skipping the new fields, and the next
// release reads what today's code writes, with the new fields zero. Neither needs a
// migration.
func TestCodecFieldAddition(t *testing.T) {
	a := &graph.Actor{}
	seed := 0
	fillAll(reflect.ValueOf(a).Elem(), &seed)
	next := &actorAdditions{Pronouns: "sie", Staff: 12, Budget: 1.5e6, Sites: []string{"Nord", "Süd"}}

	w := &enc{buf: []byte{formatTagged}}
	codeActorNext(w, a, next)
	if w.err != nil {
		t.Fatal(w.err)
	}
	written := append(w.buf, 0)
	got, err := decode(graph.KindActor, a.ID, written)
	if err != nil {
		t.Fatalf("today's code reads the next release's actor: %v", err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Fatalf("today's code read\n%+v\nwant\n%+v", got, a)
	}

	today, err := encode(a)
	if err != nil {
		t.Fatal(err)
	}
	back, gotNext := &graph.Actor{}, &actorAdditions{}
	r := &dec{buf: today[1:]}
	codeActorNext(r, back, gotNext)
	r.finish(true)
	if r.err != nil || !reflect.DeepEqual(back, a) || !reflect.DeepEqual(gotNext, &actorAdditions{}) {
		t.Fatalf("the next release reads today's actor as %+v, %+v, %v", back, gotNext, r.err)
	}
	// And its own value, field for field.
	r = &dec{buf: written[1:]}
	back, gotNext = &graph.Actor{}, &actorAdditions{}
	codeActorNext(r, back, gotNext)
	r.finish(true)
	if r.err != nil || !reflect.DeepEqual(back, a) || !reflect.DeepEqual(gotNext, next) {
		t.Fatalf("the next release reads its own actor as %+v, %+v, %v", back, gotNext, r.err)
	}
}

// TestCodecSkipsUnknownNestedFields checks that a field added inside a nested message
// (the address) is skipped too.
func TestCodecSkipsUnknownNestedFields(t *testing.T) {
	a := &graph.Actor{Meta: graph.Meta{ID: "a"}, Name: "A", Address: graph.Address{Street: "S", City: "C"}}
	w := &enc{buf: []byte{formatTagged}}
	codeMeta(w, &a.Meta)
	w.str(6, &a.Name)
	w.message(13, true, func(c coder) {
		c.str(1, &a.Address.Street)
		c.str(3, &a.Address.City)
		floor := 3
		c.int(4, &floor)
	})
	got, err := decode(graph.KindActor, "a", append(w.buf, 0))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Fatalf("got %+v, want %+v", got, a)
	}
}

// FuzzDecode checks that no stored value makes the decoder or the schema 1
// transcoder panic, and that what decodes survives a round trip.
func FuzzDecode(f *testing.F) {
	for _, kind := range graph.Kinds() {
		e := graph.New(kind)
		seed := 0
		fillAll(reflect.ValueOf(e).Elem(), &seed)
		v, _ := encode(e)
		f.Add(v)
		v1, _ := encodeV1(e)
		f.Add(v1)
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		for _, kind := range graph.Kinds() {
			e := graph.New(kind)
			if err := decodeInto(v, e); err == nil {
				again, err := encode(e)
				if err != nil {
					t.Fatal(err)
				}
				// Compared in the encoded form: a time decoded with an odd zone comes
				// back as an equal instant with another *time.Location, which
				// reflect.DeepEqual would call different.
				back := graph.New(kind)
				if err := decodeInto(again, back); err != nil {
					t.Fatalf("round trip of a decoded %s: %v", kind, err)
				}
				if twice, err := encode(back); err != nil || !bytes.Equal(twice, again) {
					t.Fatalf("round trip of a decoded %s changed it: %v\n%x\n%x", kind, err, again, twice)
				}
			}
			if tagged, err := transcodeV1(nil, kind, v); err == nil {
				if err := decodeInto(tagged, graph.New(kind)); err != nil {
					t.Fatalf("a transcoded %s does not decode: %v", kind, err)
				}
			}
		}
	})
}
