package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// Action says what a write did to one entity, as recorded in its history.
type Action string

// The actions of history events.
const (
	ActionCreate  Action = "create"
	ActionUpdate  Action = "update"
	ActionDelete  Action = "delete"
	ActionRestore Action = "restore"
	ActionRevert  Action = "revert"
)

// Event is one entry of the history: what one write did to one entity. Every write
// (Create, Update, Delete, Upsert, Restore, RevertBatch) records one event per entity
// it changes, in the same transaction as the write itself.
type Event struct {
	// ID identifies the event; events sort by it in the order they were written.
	ID string    `json:"id"`
	At time.Time `json:"at"`
	// By names who wrote: the token or user name the write's context carried (see
	// WithWriter), or "" if it carried none.
	By         string `json:"by"`
	Kind       Kind   `json:"kind"`
	EntityID   string `json:"entity_id"`
	EntityName string `json:"entity_name"`
	Action     Action `json:"action" enum:"create,update,delete,restore,revert"`
	// Version is the entity's version after the write; for a deletion, the version
	// that was deleted.
	Version int64 `json:"version"`
	// BatchID names the Upsert or RevertBatch the event belongs to; "" for single
	// writes.
	BatchID string `json:"batch_id"`
	// Reverts is, for a revert, the ID of the batch reverted.
	Reverts string `json:"reverts,omitempty"`
	// Deleted says that the write deleted the entity (a deletion, or the revert of a
	// creation).
	Deleted bool `json:"deleted,omitempty"`
	// Changes lists the fields the write changed, with their JSON values before and
	// after (null where the field was absent). For a creation they are filled in by
	// the reader (History): stores record no values for it, as every value is the
	// entity's first version.
	Changes []FieldChange `json:"changes"`
}

// FieldChange is one field of an entity changed by a write; Field is the name of the
// field in the entity's JSON form.
type FieldChange struct {
	Field  string    `json:"field"`
	Before JSONValue `json:"before"`
	After  JSONValue `json:"after"`
}

// JSONValue is a JSON value kept as its text; nil stands for null.
type JSONValue []byte

// MarshalJSON returns v, or null for nil.
func (v JSONValue) MarshalJSON() ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	return v, nil
}

// UnmarshalJSON keeps a copy of data; null becomes nil.
func (v *JSONValue) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*v = nil
		return nil
	}
	*v = append((*v)[0:0], data...)
	return nil
}

// ActivityFilter selects events for Store.Activity. Empty fields match every event.
type ActivityFilter struct {
	Kind     Kind
	By       string
	EntityID string
	BatchID  string
	// Since and Until bound At (inclusive, exclusive); zero means open.
	Since, Until time.Time
	// Cursor continues after the event of an earlier page's Next; Limit (1 to 1000,
	// 0 means 100) is the page size.
	Cursor string
	Limit  int
}

// Matches reports whether ev passes every condition of f but the cursor and limit.
func (f ActivityFilter) Matches(ev *Event) bool {
	return (f.Kind == "" || ev.Kind == f.Kind) && (f.By == "" || ev.By == f.By) &&
		(f.EntityID == "" || ev.EntityID == f.EntityID) && (f.BatchID == "" || ev.BatchID == f.BatchID) &&
		(f.Since.IsZero() || !ev.At.Before(f.Since)) && (f.Until.IsZero() || ev.At.Before(f.Until))
}

// PageSize returns f.Limit, or 100 if it is 0. Invalid if it is out of range.
func (f ActivityFilter) PageSize() (int, error) {
	switch {
	case f.Limit == 0:
		return 100, nil
	case f.Limit < 0 || f.Limit > 1000:
		return 0, &Error{Code: Invalid, Message: "Die Seitengröße ist ungültig.",
			Fields: []FieldError{{Field: "limit", Message: "erlaubt sind 1 bis 1000"}}}
	}
	return f.Limit, nil
}

// BadCursor returns the Invalid error for a cursor that no answer gave out.
func BadCursor(cursor string) error {
	return &Error{Code: Invalid, Message: fmt.Sprintf("Der Cursor %q ist ungültig.", cursor),
		Fields: []FieldError{{Field: "cursor", Message: "Bitte den Wert next_cursor einer früheren Antwort übergeben."}}}
}

// ActivityPage is one page of the activity feed, newest first.
type ActivityPage struct {
	Items []Event `json:"items"`
	// Next continues the feed (ActivityFilter.Cursor); "" after the last page.
	Next string `json:"next_cursor"`
}

// Reverted counts the entities a RevertBatch changed back, by kind.
type Reverted map[Kind]int

// writerKey is the context key of the writer's name.
type writerKey struct{}

// WithWriter returns ctx carrying the name of who writes (a token or user name). Every
// Store write records it as Event.By, so that no Store method needs a parameter for
// it; the API's authentication sets it for each request.
func WithWriter(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, writerKey{}, name)
}

// Writer returns the name WithWriter put into ctx, or "".
func Writer(ctx context.Context) string {
	name, _ := ctx.Value(writerKey{}).(string)
	return name
}

// NewBatchID returns a new random batch ID, such as "batch_k3j9x0w2m4q8r1t5".
func NewBatchID() string { return NewID("batch") }

// EventID returns the ID of the event number seq of a store: the number in 20 digits,
// so that IDs sort as numbers.
func EventID(seq int64) string { return fmt.Sprintf("%020d", seq) }

// EntityName returns the name an event shows for e: its name, or for a cooperation
// and a need what identifies it.
func EntityName(e Entity) string {
	switch e := e.(type) {
	case *Actor:
		return e.Name
	case *SocialSpace:
		return e.Name
	case *Offer:
		return e.Name
	case *Wave:
		return e.Name
	case *Measure:
		return e.Title
	case *Need:
		return e.Field + " / " + e.SocialSpaceID
	case *Cooperation:
		return e.From + " – " + e.To
	}
	return ""
}

// metaFields are the JSON fields of Meta that the store sets; history leaves them out.
var metaFields = []string{"id", "version", "created_at", "updated_at"}

// Content returns the fields of e's JSON form but the store-set metadata.
func Content(e Entity) (map[string]json.RawMessage, error) {
	raw, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	m := map[string]json.RawMessage{}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	for _, f := range metaFields {
		delete(m, f)
	}
	return m, nil
}

// FieldChanges returns the fields that differ between old and new (either may be nil), in
// name order. A field absent on one side has a nil value there.
func FieldChanges(old, new Entity) ([]FieldChange, error) {
	var a, b map[string]json.RawMessage
	var err error
	if old != nil {
		if a, err = Content(old); err != nil {
			return nil, err
		}
	}
	if new != nil {
		if b, err = Content(new); err != nil {
			return nil, err
		}
	}
	return diffContent(a, b), nil
}

// diffContent returns the fields that differ between the contents a and b.
func diffContent(a, b map[string]json.RawMessage) []FieldChange {
	names := slices.Sorted(maps.Keys(a))
	for k := range b {
		if _, ok := a[k]; !ok {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	out := []FieldChange{}
	for _, f := range names {
		if !bytes.Equal(a[f], b[f]) {
			out = append(out, FieldChange{Field: f, Before: JSONValue(a[f]), After: JSONValue(b[f])})
		}
	}
	return out
}

// NewEvent returns the event of a write that turned old into new (old nil for a
// creation, new nil for a deletion), without ID: stores number events as they write
// them. A creation records no changes (see Event.Changes); a restore that re-creates
// a deleted entity records every field.
func NewEvent(ctx context.Context, action Action, old, new Entity, batchID, reverts string, at time.Time) (Event, error) {
	e := new
	if e == nil {
		e = old
	}
	ev := Event{At: at, By: Writer(ctx), Kind: e.EntityKind(), EntityID: e.Metadata().ID, EntityName: EntityName(e),
		Action: action, Version: e.Metadata().Version, BatchID: batchID, Reverts: reverts, Deleted: new == nil}
	if action == ActionCreate {
		return ev, nil
	}
	changes, err := FieldChanges(old, new)
	if err != nil {
		return Event{}, fmt.Errorf("graph: history of %s %q: %w", ev.Kind, ev.EntityID, err)
	}
	ev.Changes = changes
	return ev, nil
}

// Replay walks an entity's history backwards from its current state: events (newest
// first, as History returns them) and current (nil if the entity is deleted). It
// fills in the changes of creations, and returns the content of every version that
// an event created (by version; a deleted entity's last content is kept under the
// version of its deletion too, as the state before that deletion).
func Replay(events []Event, current Entity) (map[int64]map[string]json.RawMessage, error) {
	state := map[string]json.RawMessage{}
	if current != nil {
		var err error
		if state, err = Content(current); err != nil {
			return nil, err
		}
	}
	versions := map[int64]map[string]json.RawMessage{}
	for i := range events {
		ev := &events[i]
		if !ev.Deleted {
			if _, seen := versions[ev.Version]; !seen {
				versions[ev.Version] = maps.Clone(state)
			}
		}
		if ev.Action == ActionCreate {
			ev.Changes = diffContent(nil, state)
			state = map[string]json.RawMessage{}
			continue
		}
		for _, c := range ev.Changes {
			if c.Before == nil || string(c.Before) == "null" {
				delete(state, c.Field)
			} else {
				state[c.Field] = json.RawMessage(c.Before)
			}
		}
		if ev.Deleted {
			if _, seen := versions[ev.Version]; !seen {
				versions[ev.Version] = maps.Clone(state)
			}
		}
	}
	return versions, nil
}

// RestoreTarget builds the entity that Store.Restore writes: the content of version
// of the entity with the events (newest first) and the current state (nil if
// deleted). Its ID is set, and its Version is the current one (for an update) or
// one above every recorded version (to re-create a deleted entity). NotFound if no
// event recorded that version.
func RestoreTarget(kind Kind, id string, version int64, events []Event, current Entity) (Entity, error) {
	versions, err := Replay(events, current)
	if err != nil {
		return nil, err
	}
	content, ok := versions[version]
	if !ok {
		return nil, Errorf(NotFound, "%s %q hat keine Version %d in der Änderungshistorie.", kind.Label(), id, version)
	}
	e, err := FromContent(kind, content)
	if err != nil {
		return nil, err
	}
	m := e.Metadata()
	m.ID = id
	if current != nil {
		m.Version = current.Metadata().Version
	} else {
		for _, ev := range events {
			m.Version = max(m.Version, ev.Version)
		}
		m.Version++
	}
	return e, nil
}

// FromContent returns a new entity of the kind with the content (as Content gives it).
func FromContent(kind Kind, content map[string]json.RawMessage) (Entity, error) {
	raw, err := json.Marshal(content)
	if err != nil {
		return nil, err
	}
	e := New(kind)
	if e == nil {
		return nil, Errorf(Invalid, "Die Art %q ist unbekannt.", kind)
	}
	if err := json.Unmarshal(raw, e); err != nil {
		return nil, fmt.Errorf("graph: content of %s: %w", kind, err)
	}
	return e, nil
}

// RevertStep is one entity a RevertBatch changes back: it deletes what the batch
// created (Delete) or writes back the content before the batch (Entity, with the
// current version as for an update).
type RevertStep struct {
	Kind    Kind
	ID      string
	Delete  bool
	Current Entity
	Entity  Entity
}

// EntityState is what a store knows of one entity touched by a batch: its history,
// newest first, and its current state (nil if deleted).
type EntityState struct {
	Events  []Event
	Current Entity
}

// PlanRevert checks that the batch can be reverted and returns its steps: updates in
// dependency order (Kinds), then deletions in reverse order. batch is the batch's
// events; states holds each entity's state, keyed by kind and ID (StateKey).
// NotFound if the batch has no events; Conflict, naming every conflicting entity, if
// the batch was reverted already or if an entity was changed after it.
func PlanRevert(batchID string, batch []Event, states map[string]EntityState) ([]RevertStep, error) {
	if len(batch) == 0 {
		return nil, Errorf(NotFound, "Den Importvorgang %q gibt es nicht.", batchID)
	}
	var conflicts []string
	var steps []RevertStep
	for _, ev := range batch {
		st := states[StateKey(ev.Kind, ev.EntityID)]
		if len(st.Events) == 0 {
			return nil, fmt.Errorf("graph: revert %s: no history for %s %q", batchID, ev.Kind, ev.EntityID)
		}
		latest := st.Events[0]
		switch {
		case latest.Action == ActionRevert && latest.Reverts == batchID:
			return nil, Errorf(Conflict, "Der Importvorgang %q wurde schon rückgängig gemacht.", batchID)
		case latest.ID != ev.ID:
			conflicts = append(conflicts, fmt.Sprintf("%s %q (%s, Version %d%s)", ev.Kind.Label(), ev.EntityName,
				latest.Action.label(), latest.Version, byLabel(latest.By)))
			continue
		}
		step := RevertStep{Kind: ev.Kind, ID: ev.EntityID, Current: st.Current}
		if ev.Action == ActionCreate {
			step.Delete = true
		} else {
			version := ev.Version - 1 // the version before the write
			if ev.Deleted {
				version = ev.Version // the version it deleted
			}
			target, err := RestoreTarget(ev.Kind, ev.EntityID, version, st.Events, st.Current)
			if err != nil {
				return nil, err
			}
			step.Entity = target
		}
		steps = append(steps, step)
	}
	if len(conflicts) > 0 {
		return nil, Errorf(Conflict, "Der Importvorgang %q kann nicht rückgängig gemacht werden, weil danach geändert wurde: %s. Bitte diese Einträge zuerst zurücksetzen oder einzeln bearbeiten.",
			batchID, strings.Join(conflicts, "; "))
	}
	order := map[Kind]int{}
	for i, k := range Kinds() {
		order[k] = i
	}
	slices.SortStableFunc(steps, func(a, b RevertStep) int {
		switch {
		case a.Delete != b.Delete:
			if a.Delete {
				return 1
			}
			return -1
		case a.Delete:
			return order[b.Kind] - order[a.Kind]
		}
		return order[a.Kind] - order[b.Kind]
	})
	return steps, nil
}

// StateKey returns the key of an entity in PlanRevert's states.
func StateKey(kind Kind, id string) string { return string(kind) + "\x00" + id }

// label returns the German word for the action, for messages.
func (a Action) label() string {
	switch a {
	case ActionCreate:
		return "angelegt"
	case ActionUpdate:
		return "geändert"
	case ActionDelete:
		return "gelöscht"
	case ActionRestore:
		return "wiederhergestellt"
	case ActionRevert:
		return "zurückgesetzt"
	}
	return string(a)
}

// byLabel returns " von <name>" for a known writer, for messages.
func byLabel(by string) string {
	if by == "" {
		return ""
	}
	return " von " + by
}

// CheckWaveOpen returns a Conflict error if a cooperation among coops (nil entries
// are skipped) belongs to a closed wave: such cooperations are no longer written.
func CheckWaveOpen(lk Lookup, coops ...*Cooperation) error {
	for _, c := range coops {
		if c == nil || c.WaveID == "" {
			continue
		}
		e, found, err := lk.Get(KindWave, c.WaveID)
		if err != nil {
			return err
		}
		if found && e.(*Wave).Closed {
			return Errorf(Conflict, "Die Erhebungswelle „%s“ ist abgeschlossen; ihre Kooperationen (hier %q) können nicht mehr angelegt, geändert oder gelöscht werden. Eine Administratorin oder ein Administrator kann die Welle wieder öffnen.",
				e.(*Wave).Name, c.ID)
		}
	}
	return nil
}

// CheckWaveWrite checks a write that turns old into new (either may be nil) against
// closed waves: see CheckWaveOpen.
func CheckWaveWrite(lk Lookup, old, new Entity) error {
	oc, _ := old.(*Cooperation)
	nc, _ := new.(*Cooperation)
	return CheckWaveOpen(lk, oc, nc)
}
