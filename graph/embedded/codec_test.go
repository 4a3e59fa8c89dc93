package embedded

import (
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
	w := &enc{buf: []byte{formatBinary1}}
	codeMeta(w, &graph.Meta{ID: "x", Version: 1})
	from, to, directed, kinds := "a", "b", false, uint64(1<<40)
	w.str(&from)
	w.str(&to)
	w.bool(&directed)
	w.uint(&kinds) // the count of kinds
	if _, err := decode(graph.KindCooperation, "x", w.buf); err == nil {
		t.Fatal("decoding a huge count succeeded")
	}
}
