package upkeep

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The record collections: reports keyed by their ID, confirmations by the offer's ID.
const (
	colReports   = "directory_reports"
	colConfirmed = "directory_confirmed"
)

// Kind is what a report is about.
type Kind string

// The kinds of report.
const (
	// KindMissing proposes an offer the directory lacks.
	KindMissing Kind = "missing"
	// KindError says what is wrong in an entry.
	KindError Kind = "error"
)

// Status is where a report stands.
type Status string

// The states of a report: open until an editor decides it done or rejected.
const (
	StatusOpen     Status = "open"
	StatusDone     Status = "done"
	StatusRejected Status = "rejected"
)

// Limits of a report's fields, in characters.
const (
	MaxLine = 200  // Name, Provider, Place, Contact
	MaxText = 2000 // Text
	MaxNote = 1000 // Note
)

// VisitorReport is what a visitor sent, as the editors see it.
type VisitorReport struct {
	// ID identifies the report; IDs sort by the time of the report.
	ID   string `json:"id"`
	Kind Kind   `json:"kind" enum:"missing,error"`
	// OfferID and OfferName name the entry a KindError report is about.
	OfferID   string `json:"offer_id,omitempty"`
	OfferName string `json:"offer_name,omitempty"`
	// Name, Provider and Place describe the offer a KindMissing report proposes.
	Name     string `json:"name,omitempty" maxLength:"200"`
	Provider string `json:"provider,omitempty" maxLength:"200"`
	Place    string `json:"place,omitempty" maxLength:"200"`
	// Text is what the offer does (KindMissing) or what is wrong (KindError).
	Text string `json:"text" maxLength:"2000"`
	// Contact is how the editors may reach the reporter; optional.
	Contact string `json:"contact,omitempty" maxLength:"200"`
	// FromProvider marks a correction the entry's provider sent through its
	// personal link (see IssueLink); Corrections are the fields it says are wrong.
	FromProvider bool         `json:"from_provider,omitempty"`
	Corrections  []Correction `json:"corrections,omitempty"`
	CreatedAt    time.Time    `json:"created_at"`
	Status       Status       `json:"status" enum:"open,done,rejected"`
	// DecidedAt, DecidedBy and Note say who decided the report, when and why.
	DecidedAt *time.Time `json:"decided_at,omitempty"`
	DecidedBy string     `json:"decided_by,omitempty"`
	Note      string     `json:"note,omitempty" maxLength:"1000"`
}

// Correction is one field of an entry that its provider says is wrong: the value
// the public sees and, if the provider gave it, the right one.
type Correction struct {
	// Field is the field's code (CorrectionFields), Label its German name.
	Field string `json:"field"`
	Label string `json:"label"`
	Shown string `json:"shown,omitempty"`
	New   string `json:"new,omitempty" maxLength:"2000"`
}

// CorrectionField is a field of an entry a provider can mark as wrong.
type CorrectionField struct{ Code, Label string }

// CorrectionFields are the fields a provider can mark as wrong, in the order of the
// form.
var CorrectionFields = []CorrectionField{
	{"name", "Name des Angebots"}, {"description", "Beschreibung"}, {"address", "Adresse"},
	{"phone", "Telefon"}, {"email", "E-Mail"}, {"website", "Internetseite"},
	{"opening_hours", "Öffnungszeiten"}, {"costs", "Kosten"}, {"access", "Barrierefreiheit"},
}

// correctionLabel returns the German name of the field's code, "" if there is no
// such field.
func correctionLabel(code string) string {
	for _, f := range CorrectionFields {
		if f.Code == code {
			return f.Label
		}
	}
	return ""
}

// Check returns the German field errors of what a visitor wrote: the fields of the
// report's kind that are missing, too long or hold control characters. Fields are
// named as in JSON.
func (r *VisitorReport) Check() []graph.FieldError {
	var out []graph.FieldError
	// field checks value against max characters; label names it in a sentence,
	// missing is the message if it is required and empty.
	field := func(name, label, missing, value string, max int, multiline bool) {
		msg := ""
		n := utf8.RuneCountInString(value)
		switch {
		case strings.TrimSpace(value) == "" && missing != "":
			msg = missing
		case n > max:
			msg = fmt.Sprintf("%s ist zu lang: höchstens %d Zeichen, es sind %d.", label, max, n)
		case !utf8.ValidString(value) || strings.ContainsFunc(value, func(c rune) bool {
			return unicode.IsControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))
		}):
			msg = label + " enthält Steuerzeichen; bitte nur Text eingeben."
		}
		if msg != "" {
			out = append(out, graph.FieldError{Field: name, Message: msg})
		}
	}
	switch r.Kind {
	case KindMissing:
		field("name", "Der Name des Angebots", "Bitte geben Sie den Namen des Angebots an.", r.Name, MaxLine, false)
		field("provider", "Der Träger", "Bitte geben Sie an, wer das Angebot macht (Träger oder Stelle).", r.Provider, MaxLine, false)
		field("place", "Der Ort", "Bitte geben Sie den Ort oder die Adresse an.", r.Place, MaxLine, false)
		field("text", "Die Beschreibung", "Bitte beschreiben Sie kurz, was das Angebot bietet.", r.Text, MaxText, true)
	case KindError:
		// A provider may instead mark the fields that are wrong.
		missing := "Bitte beschreiben Sie, was nicht stimmt."
		switch {
		case r.FromProvider && len(r.Corrections) > 0:
			missing = ""
		case r.FromProvider:
			missing = "Bitte kreuzen Sie an, welche Angaben nicht stimmen, oder beschreiben Sie es."
		}
		field("text", "Die Beschreibung des Fehlers", missing, r.Text, MaxText, true)
		for _, c := range r.Corrections {
			label := correctionLabel(c.Field)
			if label == "" {
				out = append(out, graph.FieldError{Field: "corrections", Message: fmt.Sprintf("Die Angabe %q gibt es nicht.", c.Field)})
				continue
			}
			field("new-"+c.Field, "Die richtige Angabe zu „"+label+"“", "", c.New, MaxText, true)
		}
	default:
		out = append(out, graph.FieldError{Field: "kind", Message: fmt.Sprintf("Die Art der Meldung %q gibt es nicht.", r.Kind)})
	}
	field("contact", "Die Kontaktangabe", "", r.Contact, MaxLine, false)
	return out
}

// Queue is the moderation queue and the confirmations of one store.
type Queue struct {
	store graph.RecordStore
	now   func() time.Time
}

// New returns the queue over the store; now is the clock (time.Now if nil).
func New(store graph.RecordStore, now func() time.Time) *Queue {
	if now == nil {
		now = time.Now
	}
	return &Queue{store: store, now: now}
}

// Submit checks a visitor's report and puts it into the queue, open; it returns the
// stored report. Invalid with the field errors of Check, and nothing stored, if the
// report is incomplete.
func (q *Queue) Submit(ctx context.Context, r VisitorReport) (VisitorReport, error) {
	for _, s := range []*string{&r.Name, &r.Provider, &r.Place, &r.Text, &r.Contact} {
		*s = strings.TrimSpace(*s)
	}
	for i := range r.Corrections {
		c := &r.Corrections[i]
		c.Label, c.New = correctionLabel(c.Field), strings.TrimSpace(c.New)
	}
	if fields := r.Check(); len(fields) > 0 {
		return r, &graph.Error{Code: graph.Invalid, Message: "Die Meldung ist unvollständig.", Fields: fields}
	}
	random := make([]byte, 4)
	rand.Read(random)
	r.CreatedAt = q.now().UTC().Truncate(time.Second)
	r.ID = r.CreatedAt.Format("20060102T150405Z") + "-" + hex.EncodeToString(random)
	r.Status, r.DecidedAt, r.DecidedBy, r.Note = StatusOpen, nil, "", ""
	rec, err := record(colReports, r.ID, 0, r)
	if err != nil {
		return r, err
	}
	return r, q.store.PutRecords(ctx, rec)
}

// Reports returns the open reports, oldest first, or (open false) the decided ones,
// latest decision first.
func (q *Queue) Reports(ctx context.Context, open bool) ([]VisitorReport, error) {
	rs, err := q.store.ListRecords(ctx, colReports, "")
	if err != nil {
		return nil, err
	}
	out := []VisitorReport{}
	for i := range rs {
		var r VisitorReport
		if err := unmarshal(&rs[i], &r); err != nil {
			return nil, err
		}
		if (r.Status == StatusOpen) == open {
			out = append(out, r)
		}
	}
	if !open {
		slices.SortStableFunc(out, func(a, b VisitorReport) int { return b.DecidedAt.Compare(*a.DecidedAt) })
	}
	return out, nil
}

// Decide closes the open report with the ID as done or rejected, by the named
// editor, with an optional note. NotFound if there is no such report; Conflict if
// it was decided already; Invalid for another status or a note too long.
func (q *Queue) Decide(ctx context.Context, id string, status Status, note, by string) (VisitorReport, error) {
	var r VisitorReport
	if status != StatusDone && status != StatusRejected {
		return r, &graph.Error{Code: graph.Invalid, Message: "Die Entscheidung ist ungültig.",
			Fields: []graph.FieldError{{Field: "status", Message: fmt.Sprintf("Erwartet wird done (erledigt) oder rejected (abgelehnt), nicht %q.", status)}}}
	}
	note = strings.TrimSpace(note)
	if utf8.RuneCountInString(note) > MaxNote {
		return r, &graph.Error{Code: graph.Invalid, Message: "Die Entscheidung ist ungültig.",
			Fields: []graph.FieldError{{Field: "note", Message: fmt.Sprintf("Die Notiz ist länger als %d Zeichen.", MaxNote)}}}
	}
	if !graph.ValidRecordKey(id) {
		return r, graph.Errorf(graph.NotFound, "Diese Meldung gibt es nicht.")
	}
	rec, err := q.store.GetRecord(ctx, colReports, id)
	if graph.ErrorCode(err) == graph.NotFound {
		return r, graph.Errorf(graph.NotFound, "Diese Meldung gibt es nicht.")
	}
	if err != nil {
		return r, err
	}
	if err := unmarshal(rec, &r); err != nil {
		return r, err
	}
	if r.Status != StatusOpen {
		return r, graph.Errorf(graph.Conflict, "Diese Meldung ist schon entschieden (%s am %s).", r.DecidedBy, r.DecidedAt.Format("02.01.2006"))
	}
	at := q.now().UTC().Truncate(time.Second)
	r.Status, r.DecidedAt, r.DecidedBy, r.Note = status, &at, by, note
	out, err := record(colReports, id, rec.Version, r)
	if err != nil {
		return r, err
	}
	if err := q.store.PutRecords(ctx, out); err != nil {
		if graph.ErrorCode(err) == graph.Conflict {
			err = graph.Errorf(graph.Conflict, "Diese Meldung wurde gleichzeitig entschieden; bitte die Liste neu laden.")
		}
		return r, err
	}
	return r, nil
}

// record returns a record of v for writing over version.
func record(collection, key string, version int64, v any) (*graph.Record, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("upkeep: encode %s %s: %w", collection, key, err)
	}
	return &graph.Record{Collection: collection, Key: key, Version: version, Data: data}, nil
}

// unmarshal decodes the record's data into v.
func unmarshal(r *graph.Record, v any) error {
	if err := json.Unmarshal(r.Data, v); err != nil {
		return fmt.Errorf("upkeep: decode %s %s: %w", r.Collection, r.Key, err)
	}
	return nil
}
