package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"time"
)

// Batch is a set of entities to create or update at once, as importers produce it.
// Items are matched to stored entities by ExternalKey: an item whose key is stored
// updates that entity, any other item creates one. An item without an ExternalKey must
// have an ID and is matched by it instead (so that a snapshot of one store can be
// copied into another). Within a batch, every reference (an offer's ActorID, a
// cooperation's From and To, a parent, a social space in a list) names the external
// key of the referenced entity, in the batch or in the store; a reference that is no
// external key is taken as an ID.
type Batch struct {
	SocialSpaces []SocialSpace `json:"social_spaces,omitempty"`
	Waves        []Wave        `json:"waves,omitempty"`
	Actors       []Actor       `json:"actors,omitempty"`
	Offers       []Offer       `json:"offers,omitempty"`
	Needs        []Need        `json:"needs,omitempty"`
	Cooperations []Cooperation `json:"cooperations,omitempty"`
	Measures     []Measure     `json:"measures,omitempty"`
}

// BatchOptions refine Store.Upsert.
type BatchOptions struct {
	// DryRun reports what would happen and writes nothing.
	DryRun bool
}

// BatchResult reports what Store.Upsert did, or would do in a dry run.
type BatchResult struct {
	// Revision is the store's revision after the batch.
	Revision int64                `json:"revision"`
	DryRun   bool                 `json:"dry_run"`
	Counts   map[Kind]*BatchCount `json:"counts"`
	// BatchID names the batch in the history (Event.BatchID), for Store.RevertBatch;
	// "" for a dry run and for a batch that changed nothing.
	BatchID string `json:"batch_id"`
}

// BatchCount counts the items of one kind by what happened to them.
type BatchCount struct {
	Created   int `json:"created"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
}

// Change says what a batch does to one item.
type Change int

// The changes a batch item can cause.
const (
	Unchanged Change = iota
	Created
	Updated
)

// BatchItem is one entity of a batch with the path of its JSON form, such as
// "actors[3]".
type BatchItem struct {
	Path   string
	Entity Entity
}

// Items returns the batch's entities in dependency order (as Kinds).
func (b *Batch) Items() []BatchItem {
	var out []BatchItem
	add := func(name string, n int, at func(int) Entity) {
		for i := range n {
			out = append(out, BatchItem{Path: fmt.Sprintf("%s[%d]", name, i), Entity: at(i)})
		}
	}
	add("social_spaces", len(b.SocialSpaces), func(i int) Entity { return &b.SocialSpaces[i] })
	add("waves", len(b.Waves), func(i int) Entity { return &b.Waves[i] })
	add("actors", len(b.Actors), func(i int) Entity { return &b.Actors[i] })
	add("offers", len(b.Offers), func(i int) Entity { return &b.Offers[i] })
	add("needs", len(b.Needs), func(i int) Entity { return &b.Needs[i] })
	add("cooperations", len(b.Cooperations), func(i int) Entity { return &b.Cooperations[i] })
	add("measures", len(b.Measures), func(i int) Entity { return &b.Measures[i] })
	return out
}

// Len returns the number of items in the batch.
func (b *Batch) Len() int {
	return len(b.SocialSpaces) + len(b.Waves) + len(b.Actors) + len(b.Offers) + len(b.Needs) + len(b.Cooperations) + len(b.Measures)
}

// Lookup finds stored entities for CheckWrite and PrepareBatch. Each method returns
// found = false, and no error, when there is no such entity.
type Lookup interface {
	Get(kind Kind, id string) (e Entity, found bool, err error)
	ByExternalKey(kind Kind, key string) (e Entity, found bool, err error)
	ByPairKey(key string) (c *Cooperation, found bool, err error)
}

// CheckWrite checks an entity before a store writes it: its fields against the
// taxonomy, that its references exist, that its external key and (for cooperations)
// pair key are not taken by another entity, and that a social space does not enclose
// itself. Errors are Invalid, or Conflict for a taken key.
//
// Invalid fields and broken references are reported together, in one error, so that
// an import lists all faults of an item at once.
func CheckWrite(e Entity, t *Taxonomy, lk Lookup) error {
	v := fieldErrors{}
	msg := fmt.Sprintf("%s: Ein Verweis ist ungültig.", e.EntityKind().Label())
	if err := e.Validate(t); err != nil {
		if ErrorCode(err) != Invalid {
			return err
		}
		msg = ErrorMessage(err)
		v.list = append(v.list, ErrorFields(err)...)
	}
	if err := checkRefs(&v, e, lk); err != nil {
		return err
	}
	if len(v.list) > 0 {
		return v.err(msg)
	}
	return checkUnique(e, lk)
}

// checkRefs records a field error for every reference of e that names no stored entity,
// and for a social space hierarchy that runs in a circle.
func checkRefs(v *fieldErrors, e Entity, lk Lookup) error {
	for _, r := range e.Refs() {
		_, found, err := lk.Get(r.Kind, *r.ID)
		if err != nil {
			return err
		}
		if !found {
			v.add(r.Field, "%s %q existiert nicht.", r.Kind.Label(), *r.ID)
		}
	}
	s, ok := e.(*SocialSpace)
	if !ok {
		return nil
	}
	seen := map[string]bool{s.ID: true}
	for parent := s.ParentID; parent != ""; {
		if seen[parent] {
			v.add("parent_id", "Die Gebietshierarchie wäre ein Kreis: %q liegt schon innerhalb dieses Sozialraums.", s.ParentID)
			return nil
		}
		seen[parent] = true
		p, found, err := lk.Get(KindSocialSpace, parent)
		if err != nil || !found {
			return err
		}
		parent = p.(*SocialSpace).ParentID
	}
	return nil
}

// checkUnique returns a Conflict error if e's external key or pair key belongs to
// another entity.
func checkUnique(e Entity, lk Lookup) error {
	m := e.Metadata()
	if m.ExternalKey != "" {
		other, found, err := lk.ByExternalKey(e.EntityKind(), m.ExternalKey)
		if err != nil {
			return err
		}
		if found && other.Metadata().ID != m.ID {
			return &Error{Code: Conflict, Message: fmt.Sprintf("Der externe Schlüssel %q gehört schon zu %s %q.",
				m.ExternalKey, e.EntityKind().Label(), other.Metadata().ID),
				Fields: []FieldError{{Field: "external_key", Message: "Der Schlüssel ist schon vergeben."}}}
		}
	}
	if c, ok := e.(*Cooperation); ok {
		other, found, err := lk.ByPairKey(c.PairKey())
		if err != nil {
			return err
		}
		if found && other.ID != c.ID {
			return &Error{Code: Conflict, Message: fmt.Sprintf("Zwischen %q und %q gibt es in dieser Erhebungswelle schon die Kooperation %q.",
				c.From, c.To, other.ID)}
		}
	}
	return nil
}

// PlannedWrite is one item of a prepared batch: the entity as it will be stored, the
// stored entity it replaces (nil if new), and the change.
type PlannedWrite struct {
	Entity Entity
	Old    Entity
	Change Change
}

// PrepareBatch turns a batch into the writes a store performs, all checked as
// CheckWrite does: it matches items to stored entities by external key, assigns IDs,
// versions and timestamps, rewrites references from external keys to IDs, and finds
// unchanged items. It changes b's items in place. Every problem is reported, as one
// Invalid error whose fields carry the item's path, such as "actors[3].name".
func PrepareBatch(b *Batch, t *Taxonomy, lk Lookup, now time.Time) ([]PlannedWrite, BatchResult, error) {
	items := b.Items()
	res := BatchResult{Counts: map[Kind]*BatchCount{}}
	for _, k := range Kinds() {
		res.Counts[k] = &BatchCount{}
	}
	ov := newOverlay(lk)
	v := fieldErrors{}
	writes := make([]PlannedWrite, len(items))

	// Pass 1: match by external key and assign IDs.
	for i, it := range items {
		e, m := it.Entity, it.Entity.Metadata()
		kind := e.EntityKind()
		if m.ExternalKey == "" {
			switch {
			case m.ID == "":
				v.add(it.Path+".external_key", "Der externe Schlüssel fehlt; er ist für Importe nötig.")
			case ov.byID[kind][m.ID] != nil:
				v.add(it.Path+".id", "Die ID %q kommt in der Datei doppelt vor.", m.ID)
			default:
				old, found, err := lk.Get(kind, m.ID)
				if err != nil {
					return nil, res, err
				}
				if found {
					writes[i].Old = old
				}
				ov.add(e)
			}
			continue
		}
		if ov.byKey[kind][m.ExternalKey] != nil {
			v.add(it.Path+".external_key", "Der externe Schlüssel %q kommt in der Datei doppelt vor.", m.ExternalKey)
			continue
		}
		old, found, err := lk.ByExternalKey(kind, m.ExternalKey)
		if err != nil {
			return nil, res, err
		}
		switch {
		case found && m.ID != "" && m.ID != old.Metadata().ID:
			v.add(it.Path+".id", "Die ID %q passt nicht zum gespeicherten Eintrag %q mit diesem Schlüssel.", m.ID, old.Metadata().ID)
		case found:
			m.ID = old.Metadata().ID
			writes[i].Old = old
		case m.ID == "":
			m.ID = NewID(kind)
		default:
			if _, taken, err := lk.Get(kind, m.ID); err != nil {
				return nil, res, err
			} else if taken {
				v.add(it.Path+".id", "Die ID %q ist schon vergeben.", m.ID)
			}
		}
		if ov.byID[kind][m.ID] != nil { // two keys, one ID: only one could be stored
			v.add(it.Path+".id", "Die ID %q kommt in der Datei doppelt vor.", m.ID)
			continue
		}
		ov.add(e)
	}
	if err := v.err("Die Importdaten sind ungültig."); err != nil {
		return nil, res, err
	}

	// Pass 2: rewrite references from external keys to IDs.
	for _, it := range items {
		for _, r := range it.Entity.Refs() {
			if target := ov.byKey[r.Kind][*r.ID]; target != nil {
				*r.ID = target.Metadata().ID
				continue
			}
			stored, found, err := lk.ByExternalKey(r.Kind, *r.ID)
			if err != nil {
				return nil, res, err
			}
			if found {
				*r.ID = stored.Metadata().ID
			}
		}
	}
	ov.indexPairs()

	// Pass 3: check every item against the batch laid over the store. Changes to
	// cooperations of closed waves are collected apart: alone they are a Conflict.
	closed := fieldErrors{}
	for i, it := range items {
		e, m := it.Entity, it.Entity.Metadata()
		if err := CheckWrite(e, t, ov); err != nil {
			if ErrorCode(err) != Invalid && ErrorCode(err) != Conflict {
				return nil, res, err
			}
			v.addAll(it.Path, err)
			continue
		}
		w := &writes[i]
		w.Entity = e
		if ow, ok := w.Old.(*Wave); ok && ow.Closed {
			// A batch never reopens a wave (reopening is an admin's single update):
			// a closed wave imported again stays closed, and so do its cooperations.
			e.(*Wave).Closed = true
		}
		count := res.Counts[e.EntityKind()]
		switch {
		case w.Old == nil:
			if err := CheckWaveWrite(ov, nil, e); err != nil {
				closed.addAll(it.Path, err)
				continue
			}
			m.Version, m.CreatedAt, m.UpdatedAt = 1, now, now
			w.Change = Created
			count.Created++
		case SameContent(w.Old, e):
			*m = *w.Old.Metadata()
			w.Change = Unchanged
			count.Unchanged++
		default:
			if err := CheckWaveWrite(ov, w.Old, e); err != nil {
				closed.addAll(it.Path, err)
				continue
			}
			old := w.Old.Metadata()
			m.Version, m.CreatedAt, m.UpdatedAt = old.Version+1, old.CreatedAt, now
			w.Change = Updated
			count.Updated++
		}
	}
	if err := v.err("Die Importdaten sind ungültig."); err != nil {
		return nil, res, err
	}
	if len(closed.list) > 0 {
		return nil, res, &Error{Code: Conflict, Fields: closed.list,
			Message: "Die Importdaten ändern Kooperationen einer abgeschlossenen Erhebungswelle; es wurde nichts geschrieben."}
	}
	return writes, res, nil
}

// addAll records err's field errors under prefix, or its message if it has none.
func (v *fieldErrors) addAll(prefix string, err error) {
	fields := ErrorFields(err)
	if len(fields) == 0 {
		v.add(prefix, "%s", ErrorMessage(err))
	}
	for _, f := range fields {
		v.add(prefix+"."+f.Field, "%s", f.Message)
	}
}

// overlay is a Lookup that sees the items of a batch in place of the stored entities
// with the same IDs.
type overlay struct {
	store  Lookup
	byID   map[Kind]map[string]Entity
	byKey  map[Kind]map[string]Entity
	byPair map[string]*Cooperation
}

func newOverlay(store Lookup) *overlay {
	ov := &overlay{store: store, byID: map[Kind]map[string]Entity{}, byKey: map[Kind]map[string]Entity{}}
	for _, k := range Kinds() {
		ov.byID[k], ov.byKey[k] = map[string]Entity{}, map[string]Entity{}
	}
	return ov
}

func (ov *overlay) add(e Entity) {
	m := e.Metadata()
	ov.byID[e.EntityKind()][m.ID] = e
	if m.ExternalKey != "" {
		ov.byKey[e.EntityKind()][m.ExternalKey] = e
	}
}

// indexPairs indexes the batch's cooperations by pair key once their references are
// resolved. A second cooperation with the same pair key is left out, so that
// CheckWrite reports it as taken.
func (ov *overlay) indexPairs() {
	ov.byPair = map[string]*Cooperation{}
	for _, e := range ov.byID[KindCooperation] {
		c := e.(*Cooperation)
		pk := c.PairKey()
		if other, ok := ov.byPair[pk]; !ok || c.ID < other.ID {
			ov.byPair[pk] = c
		}
	}
}

func (ov *overlay) Get(kind Kind, id string) (Entity, bool, error) {
	if e, ok := ov.byID[kind][id]; ok {
		return e, true, nil
	}
	return ov.store.Get(kind, id)
}

func (ov *overlay) ByExternalKey(kind Kind, key string) (Entity, bool, error) {
	if e, ok := ov.byKey[kind][key]; ok {
		return e, true, nil
	}
	e, found, err := ov.store.ByExternalKey(kind, key)
	if found && ov.byID[kind][e.Metadata().ID] != nil {
		return nil, false, err // the batch gives that entity another key
	}
	return e, found, err
}

func (ov *overlay) ByPairKey(key string) (*Cooperation, bool, error) {
	// A stored cooperation that the batch leaves alone keeps its pair, even if a batch
	// item claims the same pair.
	c, found, err := ov.store.ByPairKey(key)
	if err != nil {
		return nil, false, err
	}
	if found && ov.byID[KindCooperation][c.ID] == nil {
		return c, true, nil
	}
	if c, ok := ov.byPair[key]; ok {
		return c, true, nil
	}
	return nil, false, nil // none, or the batch moves the stored one to another pair
}

// SameContent reports whether a and b hold the same data, apart from Version and the
// timestamps, treating empty and missing (nil) slices and maps alike and comparing
// raw JSON (a social space's boundary) by its compact form. It compares the fields
// themselves, without a JSON round trip, since batches call it for every stored item.
func SameContent(a, b Entity) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Type() != vb.Type() {
		return false
	}
	return sameValue(va, vb)
}

var (
	metaType       = reflect.TypeFor[Meta]()
	rawMessageType = reflect.TypeFor[json.RawMessage]()
)

// sameValue compares two values of one type field by field for SameContent.
func sameValue(a, b reflect.Value) bool {
	switch {
	case a.Type() == metaType:
		ma, mb := a.Interface().(Meta), b.Interface().(Meta)
		return ma.ID == mb.ID && ma.ExternalKey == mb.ExternalKey
	case a.Type() == rawMessageType:
		return sameJSON(a.Bytes(), b.Bytes())
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return sameValue(a.Elem(), b.Elem())
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for it := a.MapRange(); it.Next(); {
			v := b.MapIndex(it.Key())
			if !v.IsValid() || !sameValue(it.Value(), v) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range a.NumField() {
			if !sameValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	default:
		return a.Equal(b)
	}
}

// sameJSON reports whether two JSON texts are equal apart from insignificant white
// space; empty and "null" count as missing.
func sameJSON(a, b []byte) bool {
	compact := func(raw []byte) []byte {
		var buf bytes.Buffer
		if json.Compact(&buf, raw) != nil {
			return raw
		}
		if out := buf.Bytes(); string(out) != "null" {
			return out
		}
		return nil
	}
	return bytes.Equal(compact(a), compact(b))
}
