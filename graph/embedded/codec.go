package embedded

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Stored entities are encoded in a compact binary form of tagged fields, which decodes
// several times faster than encoding/json, so that a snapshot of a million
// cooperations takes about a second. A stored value is the format byte formatTagged,
// the entity's fields and a 0 byte that ends the value.
//
// Each field is a tag, uvarint(number<<3 | wire type), and its value: wire type
// wireVarint holds an integer (zig-zag varint) or a bool (1), wireFixed64 a float64 (8
// bytes, little-endian), wireBytes a uvarint length and that many bytes: a string, a
// byte slice, a time in its MarshalBinary form, or a composite: a string list
// (uvarint count, then each string with its length), a string map (count, then key
// and value, keys sorted), a nested message (its own tagged fields, numbered from 1)
// or a list of messages (count, then each message with its length).
//
// Every field has a number that never changes and is never reused; see the code*
// functions below. Fields are written in ascending number order, and zero values (an
// empty string, 0, false, the zero time, a nil slice, map or pointer) are left out; an
// empty but non-nil slice or map is written, so nil and empty stay apart. A decoder
// walks its field list and the stored fields side by side: a stored field it does not
// know is skipped, a field that is not stored stays zero. So adding a field to a type
// needs no migration (see doc.go). TestCodecCoversEveryField fails when a type gains a
// field the codec does not write.
const formatTagged byte = 2

// The wire types of the tagged format.
const (
	wireVarint  = 0
	wireFixed64 = 1
	wireBytes   = 2
)

// encode returns the stored form of e.
func encode(e graph.Entity) ([]byte, error) {
	w := &enc{buf: make([]byte, 0, 256)}
	w.buf = append(w.buf, formatTagged)
	if !codeEntity(w, e) {
		return nil, errors.New("embedded: encode: unknown entity type")
	}
	if w.err != nil {
		return nil, fmt.Errorf("embedded: encode %s: %w", e.EntityKind(), w.err)
	}
	return append(w.buf, 0), nil
}

// decodeInto decodes the stored value v into e, which must be of v's kind and zero.
func decodeInto(v []byte, e graph.Entity) error { return decodeShared(v, e, nil) }

// decodeShared is decodeInto with the strings of ref fields and string lists taken
// from shared, where an equal one was decoded before (nil: none are shared). A
// snapshot decodes each kind with one map per worker, so that the million
// cooperations of a federal state share the 100,000 actor IDs, the waves' IDs, dates
// and codes instead of holding a copy each.
func decodeShared(v []byte, e graph.Entity, shared map[string]string) error {
	if len(v) == 0 || v[0] != formatTagged {
		return errors.New("unknown format")
	}
	r := &dec{buf: v[1:], shared: shared}
	if !codeEntity(r, e) {
		return errors.New("unknown entity type")
	}
	r.finish(true)
	return r.err
}

// decode returns the entity of the kind stored as v under id.
func decode(kind graph.Kind, id string, v []byte) (graph.Entity, error) {
	e := graph.New(kind)
	if err := decodeInto(v, e); err != nil {
		return nil, corrupt(string(kind), id, err)
	}
	if e.Metadata().ID != id {
		return nil, corrupt(string(kind), id, errIDMismatch)
	}
	return e, nil
}

type decodeError string

func (e decodeError) Error() string { return string(e) }

const errIDMismatch = decodeError("stored ID differs from key")

// encodeJSON returns the JSON form of v, for values other than entities.
func encodeJSON(v any) ([]byte, error) { return json.Marshal(v) }

// coder is what the field lists below are written against: enc writes the value each
// pointer points to under the field's number, dec finds the field and reads into it.
// So every type's fields are listed once, and encoder and decoder cannot drift apart.
type coder interface {
	int64(num uint64, n *int64)
	int(num uint64, n *int)
	bool(num uint64, b *bool)
	float(num uint64, f *float64)
	str(num uint64, s *string)
	// ref codes a string that many records repeat: another entity's ID, a code, a
	// date. It is stored as str is; a decoder may share one copy of equal values.
	ref(num uint64, s *string)
	time(num uint64, t *time.Time)
	bytes(num uint64, b *[]byte)
	// strs codes a list of strings; its elements are codes or IDs, as with ref.
	strs(num uint64, s *[]string)
	attrs(num uint64, m *map[string]string)
	// message codes a nested message, whose fields fn codes with numbers of their
	// own. An encoder writes it if present; a decoder calls fn only if it is stored.
	message(num uint64, present bool, fn func(coder))
	// list codes a slice of n messages (none if isNil): a decoder calls alloc with
	// the stored count; both call elem for each element.
	list(num uint64, n int, isNil bool, alloc func(n int), elem func(c coder, i int))
}

// codeEntity codes e's fields; it is false for an unknown type.
func codeEntity(c coder, e graph.Entity) bool {
	switch e := e.(type) {
	case *graph.Actor:
		codeActor(c, e)
	case *graph.Cooperation:
		codeCooperation(c, e)
	case *graph.SocialSpace:
		codeSpace(c, e)
	case *graph.Offer:
		codeOffer(c, e)
	case *graph.Need:
		codeNeed(c, e)
	case *graph.Wave:
		codeWave(c, e)
	case *graph.Measure:
		codeMeasure(c, e)
	default:
		return false
	}
	return true
}

// codeList codes a slice of messages, keeping nil and empty apart.
func codeList[T any](c coder, num uint64, s *[]T, elem func(coder, *T)) {
	c.list(num, len(*s), *s == nil, func(n int) { *s = make([]T, n) }, func(c coder, i int) { elem(c, &(*s)[i]) })
}

// The field lists. Numbers 1 to 5 are the metadata; each type numbers its own fields
// from 6 on, in the order of this list. A new field takes the next free number at the
// end of its list; a removed field's number stays reserved (leave a comment).

func codeMeta(c coder, m *graph.Meta) {
	c.str(1, &m.ID)
	c.str(2, &m.ExternalKey)
	c.int64(3, &m.Version)
	c.time(4, &m.CreatedAt)
	c.time(5, &m.UpdatedAt)
}

func codeActor(c coder, a *graph.Actor) {
	codeMeta(c, &a.Meta)
	c.str(6, &a.Name)
	c.str(7, &a.ShortName)
	c.ref(8, &a.Kind)
	c.strs(9, &a.LegalDomains)
	c.strs(10, &a.Fields)
	c.strs(11, &a.TargetGroups)
	c.strs(12, &a.SocialSpaces)
	c.message(13, a.Address != graph.Address{}, func(c coder) {
		c.str(1, &a.Address.Street)
		c.str(2, &a.Address.PostalCode)
		c.str(3, &a.Address.City)
	})
	c.message(14, a.Location != nil, func(c coder) {
		if a.Location == nil {
			a.Location = &graph.GeoPoint{}
		}
		c.float(1, &a.Location.Lat)
		c.float(2, &a.Location.Lon)
	})
	c.str(15, &a.Website)
	c.str(16, &a.Email)
	c.str(17, &a.Phone)
	c.str(18, &a.Description)
	c.attrs(19, &a.Attributes)
	c.message(20, a.Layout != nil, func(c coder) {
		if a.Layout == nil {
			a.Layout = &graph.Layout{}
		}
		c.float(1, &a.Layout.X)
		c.float(2, &a.Layout.Y)
		c.str(3, &a.Layout.Color)
	})
}

func codeCooperation(c coder, co *graph.Cooperation) {
	codeMeta(c, &co.Meta)
	c.ref(6, &co.From)
	c.ref(7, &co.To)
	c.bool(8, &co.Directed)
	c.strs(9, &co.Kinds)
	c.int(10, &co.Intensity)
	c.int(11, &co.Trust)
	c.int(12, &co.Value)
	c.ref(13, &co.ReportedBy)
	c.ref(14, &co.ValidFrom)
	c.ref(15, &co.ValidUntil)
	c.ref(16, &co.WaveID)
	c.ref(17, &co.Source)
	c.str(18, &co.Note)
}

func codeSpace(c coder, s *graph.SocialSpace) {
	codeMeta(c, &s.Meta)
	c.str(6, &s.Name)
	c.ref(7, &s.Level)
	c.ref(8, &s.ParentID)
	c.bytes(9, (*[]byte)(&s.Boundary))
	codeList(c, 10, &s.Indicators, func(c coder, in *graph.Indicator) {
		c.int(1, &in.Year)
		c.str(2, &in.Code)
		c.float(3, &in.Value)
	})
}

func codeOffer(c coder, o *graph.Offer) {
	codeMeta(c, &o.Meta)
	c.ref(6, &o.ActorID)
	c.str(7, &o.Name)
	c.str(8, &o.Description)
	c.strs(9, &o.Fields)
	c.strs(10, &o.TargetGroups)
	c.strs(11, &o.SocialSpaces)
	c.strs(12, &o.LegalDomains)
	c.ref(13, &o.LegalBasis)
	c.float(14, &o.Capacity)
	c.bool(15, &o.BarrierFree)
	c.bool(16, &o.LowThreshold)
	c.bool(17, &o.Counselling)
	c.message(18, o.Listing != nil, func(c coder) {
		if o.Listing == nil {
			o.Listing = &graph.Listing{}
		}
		l := o.Listing
		c.str(1, &l.OpeningHours)
		c.str(2, &l.Directions)
		c.str(3, &l.Costs)
		c.bool(4, &l.FreeOfCharge)
		c.bool(5, &l.EUTB)
		c.strs(6, &l.Languages)
		c.bool(7, &l.ByPhone)
		c.bool(8, &l.ByVideo)
		c.bool(9, &l.HomeVisits)
		c.bool(10, &l.StepFree)
		c.bool(11, &l.AccessibleToilet)
		c.bool(12, &l.HearingLoop)
		c.bool(13, &l.SignLanguage)
		c.bool(14, &l.EasyLanguage)
		c.str(15, &l.Phone)
		c.str(16, &l.Email)
		c.str(17, &l.ConfirmedAt)
	})
}

func codeNeed(c coder, n *graph.Need) {
	codeMeta(c, &n.Meta)
	c.ref(6, &n.SocialSpaceID)
	c.ref(7, &n.Field)
	c.ref(8, &n.TargetGroup)
	c.str(9, &n.Measure)
	c.float(10, &n.Target)
	c.int(11, &n.Year)
	c.str(12, &n.Note)
}

func codeWave(c coder, v *graph.Wave) {
	codeMeta(c, &v.Meta)
	c.str(6, &v.Name)
	c.str(7, &v.Date)
	c.str(8, &v.Description)
	c.bool(9, &v.Closed)
}

func codeMeasure(c coder, m *graph.Measure) {
	codeMeta(c, &m.Meta)
	c.str(6, &m.Title)
	c.str(7, &m.Description)
	c.message(8, m.Origin != graph.MeasureOrigin{}, func(c coder) {
		o := &m.Origin
		c.str(1, &o.Kind)
		c.str(2, &o.From)
		c.str(3, &o.To)
		c.str(4, &o.SocialSpaceID)
		c.str(5, &o.Field)
		c.str(6, &o.TargetGroup)
	})
	c.strs(9, &m.Actors)
	c.str(10, &m.Responsible)
	c.str(11, &m.Due)
	c.str(12, &m.Status)
	c.str(13, &m.AgreedWaveID)
	c.str(14, &m.AgreedOn)
}

// enc appends the tagged form of values to buf. last is the number of the field
// written last in the current message: numbers must rise, or err is set.
type enc struct {
	buf  []byte
	last uint64
	err  error
}

// tag writes the tag of field num.
func (w *enc) tag(num uint64, wire uint64) {
	if num <= w.last && w.err == nil {
		w.err = fmt.Errorf("field %d coded after field %d", num, w.last)
	}
	w.last = num
	w.buf = binary.AppendUvarint(w.buf, num<<3|wire)
}

// begin writes the tag of a wireBytes field and room for a one-byte length, and
// returns where the value starts; end writes the length.
func (w *enc) begin(num uint64) int {
	w.tag(num, wireBytes)
	w.buf = append(w.buf, 0)
	return len(w.buf)
}

// end writes the length of the value that starts at start, moving the value if the
// length takes more than one byte.
func (w *enc) end(start int) {
	n := len(w.buf) - start
	if n < 0x80 {
		w.buf[start-1] = byte(n)
		return
	}
	var tmp [binary.MaxVarintLen64]byte
	k := binary.PutUvarint(tmp[:], uint64(n))
	w.buf = append(w.buf, tmp[:k-1]...)
	copy(w.buf[start+k-1:], w.buf[start:start+n])
	copy(w.buf[start-1:], tmp[:k])
}

func (w *enc) int64(num uint64, n *int64) {
	if *n != 0 {
		w.tag(num, wireVarint)
		w.buf = binary.AppendVarint(w.buf, *n)
	}
}

func (w *enc) int(num uint64, n *int) {
	v := int64(*n)
	w.int64(num, &v)
}

func (w *enc) bool(num uint64, b *bool) {
	if *b {
		w.tag(num, wireVarint)
		w.buf = append(w.buf, 1)
	}
}

func (w *enc) float(num uint64, f *float64) {
	if bits := math.Float64bits(*f); bits != 0 {
		w.tag(num, wireFixed64)
		w.buf = binary.LittleEndian.AppendUint64(w.buf, bits)
	}
}

// appendStr appends s with its length.
func (w *enc) appendStr(s string) {
	w.buf = binary.AppendUvarint(w.buf, uint64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *enc) str(num uint64, s *string) {
	if *s != "" {
		w.tag(num, wireBytes)
		w.appendStr(*s)
	}
}

func (w *enc) ref(num uint64, s *string) { w.str(num, s) }

func (w *enc) time(num uint64, t *time.Time) {
	if *t == (time.Time{}) {
		return
	}
	b, err := t.MarshalBinary()
	if err != nil { // a year outside what time can encode; store the zero time
		return
	}
	w.tag(num, wireBytes)
	w.appendStr(string(b))
}

func (w *enc) bytes(num uint64, b *[]byte) {
	if *b != nil {
		w.tag(num, wireBytes)
		w.buf = binary.AppendUvarint(w.buf, uint64(len(*b)))
		w.buf = append(w.buf, *b...)
	}
}

func (w *enc) strs(num uint64, s *[]string) {
	if *s == nil {
		return
	}
	start := w.begin(num)
	w.buf = binary.AppendUvarint(w.buf, uint64(len(*s)))
	for _, e := range *s {
		w.appendStr(e)
	}
	w.end(start)
}

func (w *enc) attrs(num uint64, m *map[string]string) {
	if *m == nil {
		return
	}
	start := w.begin(num)
	w.buf = binary.AppendUvarint(w.buf, uint64(len(*m)))
	for _, k := range slices.Sorted(maps.Keys(*m)) {
		w.appendStr(k)
		w.appendStr((*m)[k])
	}
	w.end(start)
}

func (w *enc) message(num uint64, present bool, fn func(coder)) {
	if !present {
		return
	}
	start := w.begin(num)
	w.nested(fn)
	w.end(start)
}

// nested codes the fields of a nested message, numbered from 1.
func (w *enc) nested(fn func(coder)) {
	last := w.last
	w.last = 0
	fn(w)
	w.last = last
}

func (w *enc) list(num uint64, n int, isNil bool, _ func(int), elem func(coder, int)) {
	if isNil {
		return
	}
	start := w.begin(num)
	w.buf = binary.AppendUvarint(w.buf, uint64(n))
	for i := range n {
		w.buf = append(w.buf, 0)
		at := len(w.buf)
		w.nested(func(c coder) { elem(c, i) })
		w.end(at)
	}
	w.end(start)
}

// dec reads tagged values from buf. The first problem is kept in err; after it, every
// read finds nothing, so decoders need not check each step and never panic.
type dec struct {
	buf []byte
	err error
	// shared holds the strings of ref fields and lists decoded so far, if not nil
	// (see decodeShared).
	shared map[string]string
}

var (
	errShort    = errors.New("value ends early")
	errWireType = errors.New("field has an unexpected wire type")
	errNoEnd    = errors.New("value has no end mark")
	errTrailing = errors.New("trailing bytes")
	errBadTag   = errors.New("field number 0")
)

func (r *dec) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.buf = nil
}

// find reports whether field num is the next stored field, skipping stored fields
// with lower numbers (fields this version does not know). If it is, the tag is
// consumed and the value is next.
func (r *dec) find(num uint64, wire uint64) bool {
	for len(r.buf) > 0 {
		tag, k := binary.Uvarint(r.buf)
		if k <= 0 {
			r.fail(errShort)
			return false
		}
		if n := tag >> 3; n > num || n == 0 {
			return false
		} else if n == num {
			r.buf = r.buf[k:]
			if tag&7 != wire {
				r.fail(errWireType)
				return false
			}
			return true
		}
		r.buf = r.buf[k:]
		r.skip(tag & 7)
	}
	return false
}

// skip reads past a value of the wire type.
func (r *dec) skip(wire uint64) {
	switch wire {
	case wireVarint:
		r.uvarint()
	case wireFixed64:
		r.take(8)
	case wireBytes:
		r.take(r.uvarint())
	default:
		r.fail(errWireType)
	}
}

// finish skips the stored fields after the last known one and checks the end: a
// top-level value ends with a 0 byte, a nested message with its bytes.
func (r *dec) finish(top bool) {
	for r.err == nil {
		if len(r.buf) == 0 {
			if top {
				r.fail(errNoEnd)
			}
			return
		}
		tag, k := binary.Uvarint(r.buf)
		switch {
		case k <= 0:
			r.fail(errShort)
		case tag == 0 && top:
			if k != 1 || len(r.buf) != 1 {
				r.fail(errTrailing)
			}
			return
		case tag>>3 == 0:
			r.fail(errBadTag)
		default:
			r.buf = r.buf[k:]
			r.skip(tag & 7)
		}
	}
}

func (r *dec) uvarint() uint64 {
	v, k := binary.Uvarint(r.buf)
	if k <= 0 {
		r.fail(errShort)
		return 0
	}
	r.buf = r.buf[k:]
	return v
}

// take returns the next n bytes.
func (r *dec) take(n uint64) []byte {
	if n > uint64(len(r.buf)) {
		r.fail(errShort)
		return nil
	}
	b := r.buf[:n:n]
	r.buf = r.buf[n:]
	return b
}

// value returns the length-prefixed value of a wireBytes field.
func (r *dec) value() []byte { return r.take(r.uvarint()) }

func (r *dec) int64(num uint64, n *int64) {
	if !r.find(num, wireVarint) {
		return
	}
	*n = r.varint()
}

// varint returns the next signed varint.
func (r *dec) varint() int64 {
	v, k := binary.Varint(r.buf)
	if k <= 0 {
		r.fail(errShort)
		return 0
	}
	r.buf = r.buf[k:]
	return v
}

func (r *dec) int(num uint64, n *int) {
	var v int64
	r.int64(num, &v)
	*n = int(v)
}

func (r *dec) bool(num uint64, b *bool) {
	if r.find(num, wireVarint) {
		*b = r.uvarint() != 0
	}
}

func (r *dec) float(num uint64, f *float64) {
	if r.find(num, wireFixed64) {
		if b := r.take(8); b != nil {
			*f = math.Float64frombits(binary.LittleEndian.Uint64(b))
		}
	}
}

func (r *dec) str(num uint64, s *string) {
	if r.find(num, wireBytes) {
		*s = string(r.value())
	}
}

func (r *dec) ref(num uint64, s *string) {
	if r.find(num, wireBytes) {
		*s = r.share(r.value())
	}
}

// share returns b as a string: the one in r.shared equal to it, if any.
func (r *dec) share(b []byte) string {
	if r.shared == nil {
		return string(b)
	}
	if s, ok := r.shared[string(b)]; ok {
		return s
	}
	s := string(b)
	r.shared[s] = s
	return s
}

func (r *dec) time(num uint64, t *time.Time) {
	if r.find(num, wireBytes) {
		if err := t.UnmarshalBinary(r.value()); err != nil {
			r.fail(err)
		}
	}
}

func (r *dec) bytes(num uint64, b *[]byte) {
	if r.find(num, wireBytes) {
		if v := r.value(); r.err == nil {
			*b = slices.Clone(v)
			if *b == nil {
				*b = []byte{}
			}
		}
	}
}

// composite returns a decoder of the value of a wireBytes field and the count it
// starts with; each of the n elements takes at least min bytes, which bounds n by the
// value's length. ok is false if the field is not stored or broken.
func (r *dec) composite(num uint64, min int) (sub dec, n int, ok bool) {
	if !r.find(num, wireBytes) {
		return dec{}, 0, false
	}
	sub = dec{buf: r.value(), shared: r.shared}
	c := sub.uvarint()
	if r.err != nil || sub.err != nil || c > uint64(len(sub.buf)/min) {
		r.fail(errShort)
		return dec{}, 0, false
	}
	return sub, int(c), true
}

// done checks that sub, the decoder of a field's value, read all of it.
func (r *dec) done(sub *dec) {
	switch {
	case sub.err != nil:
		r.fail(sub.err)
	case len(sub.buf) != 0:
		r.fail(errTrailing)
	}
}

func (r *dec) strs(num uint64, s *[]string) {
	sub, n, ok := r.composite(num, 1)
	if !ok {
		return
	}
	*s = make([]string, n)
	for i := range *s {
		(*s)[i] = sub.share(sub.value())
	}
	r.done(&sub)
}

func (r *dec) attrs(num uint64, m *map[string]string) {
	sub, n, ok := r.composite(num, 2)
	if !ok {
		return
	}
	*m = make(map[string]string, n)
	for range n {
		k := string(sub.value())
		(*m)[k] = string(sub.value())
	}
	r.done(&sub)
}

func (r *dec) message(num uint64, _ bool, fn func(coder)) {
	if !r.find(num, wireBytes) {
		return
	}
	sub := &dec{buf: r.value(), shared: r.shared}
	if r.err != nil {
		return
	}
	fn(sub)
	sub.finish(false)
	r.done(sub)
}

func (r *dec) list(num uint64, _ int, _ bool, alloc func(int), elem func(coder, int)) {
	sub, n, ok := r.composite(num, 1)
	if !ok {
		return
	}
	alloc(n)
	for i := range n {
		e := &dec{buf: sub.value(), shared: r.shared}
		if sub.err != nil {
			break
		}
		elem(e, i)
		e.finish(false)
		sub.done(e)
	}
	r.done(&sub)
}

// lookup is a graph.Lookup on a transaction.
type lookup struct{ tx *bolt.Tx }

// Get returns the stored entity of the kind with the ID.
func (l lookup) Get(kind graph.Kind, id string) (graph.Entity, bool, error) {
	b := l.tx.Bucket(entityBucket(kind))
	if b == nil || id == "" {
		return nil, false, nil
	}
	v := b.Get([]byte(id))
	if v == nil {
		return nil, false, nil
	}
	e, err := decode(kind, id, v)
	return e, err == nil, err
}

// exists reports whether an entity of the kind with the ID is stored.
func (l lookup) exists(kind graph.Kind, id string) bool {
	b := l.tx.Bucket(entityBucket(kind))
	return b != nil && id != "" && b.Get([]byte(id)) != nil
}

// ByExternalKey returns the stored entity of the kind with the external key.
func (l lookup) ByExternalKey(kind graph.Kind, key string) (graph.Entity, bool, error) {
	b := l.tx.Bucket(keyBucket(kind))
	if b == nil || key == "" {
		return nil, false, nil
	}
	id := b.Get([]byte(key))
	if id == nil {
		return nil, false, nil
	}
	return l.Get(kind, string(id))
}

// ByPairKey returns the stored cooperation with the pair key.
func (l lookup) ByPairKey(key string) (*graph.Cooperation, bool, error) {
	id := l.tx.Bucket(bucketPairs).Get([]byte(key))
	if id == nil {
		return nil, false, nil
	}
	e, found, err := l.Get(graph.KindCooperation, string(id))
	if !found {
		return nil, false, err
	}
	return e.(*graph.Cooperation), true, nil
}
