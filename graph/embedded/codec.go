package embedded

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Stored entities are encoded in a compact binary form that decodes about six times
// faster than encoding/json (measured on 100,000 cooperations), so that a snapshot of
// a million cooperations takes about a second. The first byte says the format, so
// that a later format can be read next to this one; a value starting with '{' is
// JSON (no file written by this package holds one, but decoding it costs nothing).
//
// The format writes the fields of each type in declaration order: strings and byte
// slices as uvarint length and bytes, slices and maps as uvarint count+1 (0 for nil)
// and their elements (map keys sorted), integers as varints, floats as 8 bytes, bools
// as one byte, times in their MarshalBinary form with a length byte.
// TestCodecCoversEveryField fails when a type gains a field the codec does not write.
const formatBinary1 byte = 1

// encode returns the stored form of e.
func encode(e graph.Entity) ([]byte, error) {
	w := &enc{buf: make([]byte, 0, 256)}
	w.buf = append(w.buf, formatBinary1)
	switch e := e.(type) {
	case *graph.Actor:
		w.actor(e)
	case *graph.Cooperation:
		w.cooperation(e)
	case *graph.SocialSpace:
		w.space(e)
	case *graph.Offer:
		w.offer(e)
	case *graph.Need:
		w.need(e)
	case *graph.Wave:
		w.wave(e)
	default:
		return nil, errors.New("embedded: encode: unknown entity type")
	}
	return w.buf, nil
}

// decodeInto decodes the stored value v into e, which must be of v's kind.
func decodeInto(v []byte, e graph.Entity) error {
	if len(v) > 0 && v[0] == '{' {
		return json.Unmarshal(v, e)
	}
	if len(v) == 0 || v[0] != formatBinary1 {
		return errors.New("unknown format")
	}
	r := &dec{buf: v[1:]}
	switch e := e.(type) {
	case *graph.Actor:
		r.actor(e)
	case *graph.Cooperation:
		r.cooperation(e)
	case *graph.SocialSpace:
		r.space(e)
	case *graph.Offer:
		r.offer(e)
	case *graph.Need:
		r.need(e)
	case *graph.Wave:
		r.wave(e)
	default:
		return errors.New("unknown entity type")
	}
	if r.err == nil && len(r.buf) != 0 {
		r.err = errors.New("trailing bytes")
	}
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

// enc appends the binary form of values to buf.
type enc struct{ buf []byte }

func (w *enc) uint(n uint64)  { w.buf = binary.AppendUvarint(w.buf, n) }
func (w *enc) int(n int64)    { w.buf = binary.AppendVarint(w.buf, n) }
func (w *enc) str(s string)   { w.uint(uint64(len(s))); w.buf = append(w.buf, s...) }
func (w *enc) bytes(b []byte) { w.count(len(b), b == nil); w.buf = append(w.buf, b...) }
func (w *enc) float(f float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(f))
}

func (w *enc) bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

// count writes the length of a slice or map: n+1, or 0 for nil.
func (w *enc) count(n int, isNil bool) {
	if isNil {
		w.uint(0)
	} else {
		w.uint(uint64(n) + 1)
	}
}

func (w *enc) strs(ss []string) {
	w.count(len(ss), ss == nil)
	for _, s := range ss {
		w.str(s)
	}
}

func (w *enc) time(t time.Time) {
	b, err := t.MarshalBinary()
	if err != nil { // a year outside what time can encode; store the zero time
		b, _ = time.Time{}.MarshalBinary()
	}
	w.buf = append(append(w.buf, byte(len(b))), b...)
}

func (w *enc) meta(m *graph.Meta) {
	w.str(m.ID)
	w.str(m.ExternalKey)
	w.int(m.Version)
	w.time(m.CreatedAt)
	w.time(m.UpdatedAt)
}

func (w *enc) actor(a *graph.Actor) {
	w.meta(&a.Meta)
	w.str(a.Name)
	w.str(a.ShortName)
	w.str(a.Kind)
	w.strs(a.LegalDomains)
	w.strs(a.Fields)
	w.strs(a.TargetGroups)
	w.strs(a.SocialSpaces)
	w.str(a.Address.Street)
	w.str(a.Address.PostalCode)
	w.str(a.Address.City)
	w.bool(a.Location != nil)
	if a.Location != nil {
		w.float(a.Location.Lat)
		w.float(a.Location.Lon)
	}
	w.str(a.Website)
	w.str(a.Email)
	w.str(a.Phone)
	w.str(a.Description)
	w.count(len(a.Attributes), a.Attributes == nil)
	keys := make([]string, 0, len(a.Attributes))
	for k := range a.Attributes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		w.str(k)
		w.str(a.Attributes[k])
	}
}

func (w *enc) cooperation(c *graph.Cooperation) {
	w.meta(&c.Meta)
	w.str(c.From)
	w.str(c.To)
	w.bool(c.Directed)
	w.strs(c.Kinds)
	w.int(int64(c.Intensity))
	w.int(int64(c.Trust))
	w.int(int64(c.Value))
	w.str(c.ReportedBy)
	w.str(c.ValidFrom)
	w.str(c.ValidUntil)
	w.str(c.WaveID)
	w.str(c.Source)
	w.str(c.Note)
}

func (w *enc) space(s *graph.SocialSpace) {
	w.meta(&s.Meta)
	w.str(s.Name)
	w.str(s.Level)
	w.str(s.ParentID)
	w.bytes(s.Boundary)
	w.count(len(s.Indicators), s.Indicators == nil)
	for _, in := range s.Indicators {
		w.int(int64(in.Year))
		w.str(in.Code)
		w.float(in.Value)
	}
}

func (w *enc) offer(o *graph.Offer) {
	w.meta(&o.Meta)
	w.str(o.ActorID)
	w.str(o.Name)
	w.str(o.Description)
	w.strs(o.Fields)
	w.strs(o.TargetGroups)
	w.strs(o.SocialSpaces)
	w.strs(o.LegalDomains)
	w.str(o.LegalBasis)
	w.float(o.Capacity)
	w.bool(o.BarrierFree)
	w.bool(o.LowThreshold)
	w.bool(o.Counselling)
}

func (w *enc) need(n *graph.Need) {
	w.meta(&n.Meta)
	w.str(n.SocialSpaceID)
	w.str(n.Field)
	w.str(n.TargetGroup)
	w.str(n.Measure)
	w.float(n.Target)
	w.int(int64(n.Year))
	w.str(n.Note)
}

func (w *enc) wave(v *graph.Wave) {
	w.meta(&v.Meta)
	w.str(v.Name)
	w.str(v.Date)
	w.str(v.Description)
}

// dec reads values from buf. The first problem is kept in err; after it, every read
// returns a zero value, so decoders need not check each step and never panic.
type dec struct {
	buf []byte
	err error
}

var errShort = errors.New("value ends early")

func (r *dec) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.buf = nil
}

func (r *dec) uint() uint64 {
	n, k := binary.Uvarint(r.buf)
	if k <= 0 {
		r.fail(errShort)
		return 0
	}
	r.buf = r.buf[k:]
	return n
}

func (r *dec) int() int64 {
	n, k := binary.Varint(r.buf)
	if k <= 0 {
		r.fail(errShort)
		return 0
	}
	r.buf = r.buf[k:]
	return n
}

// take returns the next n bytes.
func (r *dec) take(n uint64) []byte {
	if n > uint64(len(r.buf)) {
		r.fail(errShort)
		return nil
	}
	b := r.buf[:n]
	r.buf = r.buf[n:]
	return b
}

func (r *dec) str() string { return string(r.take(r.uint())) }

// count reads a length written by enc.count; ok is false for nil. Each element takes
// at least min bytes, which bounds n by what is left.
func (r *dec) count(min int) (n int, ok bool) {
	c := r.uint()
	if c == 0 {
		return 0, false
	}
	if c-1 > uint64(len(r.buf)/max(min, 1)) {
		r.fail(errShort)
		return 0, false
	}
	return int(c - 1), true
}

func (r *dec) bytes() []byte {
	n, ok := r.count(1)
	if !ok {
		return nil
	}
	return slices.Clone(r.take(uint64(n)))
}

func (r *dec) float() float64 {
	b := r.take(8)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

func (r *dec) bool() bool {
	b := r.take(1)
	return b != nil && b[0] != 0
}

func (r *dec) strs() []string {
	n, ok := r.count(1)
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *dec) time() time.Time {
	b := r.take(1)
	if b == nil {
		return time.Time{}
	}
	var t time.Time
	if err := t.UnmarshalBinary(r.take(uint64(b[0]))); err != nil {
		r.fail(err)
	}
	return t
}

func (r *dec) meta(m *graph.Meta) {
	m.ID = r.str()
	m.ExternalKey = r.str()
	m.Version = r.int()
	m.CreatedAt = r.time()
	m.UpdatedAt = r.time()
}

func (r *dec) actor(a *graph.Actor) {
	r.meta(&a.Meta)
	a.Name = r.str()
	a.ShortName = r.str()
	a.Kind = r.str()
	a.LegalDomains = r.strs()
	a.Fields = r.strs()
	a.TargetGroups = r.strs()
	a.SocialSpaces = r.strs()
	a.Address.Street = r.str()
	a.Address.PostalCode = r.str()
	a.Address.City = r.str()
	if r.bool() {
		a.Location = &graph.GeoPoint{Lat: r.float(), Lon: r.float()}
	}
	a.Website = r.str()
	a.Email = r.str()
	a.Phone = r.str()
	a.Description = r.str()
	if n, ok := r.count(2); ok {
		a.Attributes = make(map[string]string, n)
		for range n {
			k := r.str()
			a.Attributes[k] = r.str()
		}
	}
}

func (r *dec) cooperation(c *graph.Cooperation) {
	r.meta(&c.Meta)
	c.From = r.str()
	c.To = r.str()
	c.Directed = r.bool()
	c.Kinds = r.strs()
	c.Intensity = int(r.int())
	c.Trust = int(r.int())
	c.Value = int(r.int())
	c.ReportedBy = r.str()
	c.ValidFrom = r.str()
	c.ValidUntil = r.str()
	c.WaveID = r.str()
	c.Source = r.str()
	c.Note = r.str()
}

func (r *dec) space(s *graph.SocialSpace) {
	r.meta(&s.Meta)
	s.Name = r.str()
	s.Level = r.str()
	s.ParentID = r.str()
	s.Boundary = r.bytes()
	if n, ok := r.count(10); ok {
		s.Indicators = make([]graph.Indicator, n)
		for i := range s.Indicators {
			s.Indicators[i] = graph.Indicator{Year: int(r.int()), Code: r.str(), Value: r.float()}
		}
	}
}

func (r *dec) offer(o *graph.Offer) {
	r.meta(&o.Meta)
	o.ActorID = r.str()
	o.Name = r.str()
	o.Description = r.str()
	o.Fields = r.strs()
	o.TargetGroups = r.strs()
	o.SocialSpaces = r.strs()
	o.LegalDomains = r.strs()
	o.LegalBasis = r.str()
	o.Capacity = r.float()
	o.BarrierFree = r.bool()
	o.LowThreshold = r.bool()
	o.Counselling = r.bool()
}

func (r *dec) need(n *graph.Need) {
	r.meta(&n.Meta)
	n.SocialSpaceID = r.str()
	n.Field = r.str()
	n.TargetGroup = r.str()
	n.Measure = r.str()
	n.Target = r.float()
	n.Year = int(r.int())
	n.Note = r.str()
}

func (r *dec) wave(v *graph.Wave) {
	r.meta(&v.Meta)
	v.Name = r.str()
	v.Date = r.str()
	v.Description = r.str()
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
