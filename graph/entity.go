package graph

import (
	"crypto/rand"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind names a kind of stored entity.
type Kind string

// The kinds of entities a Store holds.
const (
	KindActor       Kind = "actor"
	KindCooperation Kind = "cooperation"
	KindSocialSpace Kind = "social_space"
	KindOffer       Kind = "offer"
	KindNeed        Kind = "need"
	KindWave        Kind = "wave"
	KindMeasure     Kind = "measure"
)

// Kinds returns every entity kind in dependency order: a kind only refers to kinds
// before it, so creating in this order and deleting in reverse never breaks a
// reference. Each call returns a new slice.
func Kinds() []Kind {
	return []Kind{KindSocialSpace, KindWave, KindActor, KindOffer, KindNeed, KindCooperation, KindMeasure}
}

// Label returns the German name of the kind, for messages.
func (k Kind) Label() string {
	switch k {
	case KindActor:
		return "Akteur"
	case KindCooperation:
		return "Kooperation"
	case KindSocialSpace:
		return "Sozialraum"
	case KindOffer:
		return "Angebot"
	case KindNeed:
		return "Bedarf"
	case KindWave:
		return "Erhebungswelle"
	case KindMeasure:
		return "Maßnahme"
	}
	return string(k)
}

// Meta holds what every stored entity has. Stores set ID (when empty), Version and the
// timestamps; callers set ExternalKey.
type Meta struct {
	// ID is the stable identifier. On create it may be given (see ValidID) or left
	// empty for the store to generate one.
	ID string `json:"id" pattern:"^([A-Za-z0-9][A-Za-z0-9_.:-]{0,63})?$"`
	// ExternalKey identifies the entity in a foreign system (a spreadsheet row, a
	// GEXF node id) so that re-imports update instead of duplicating. Unique per kind
	// when set.
	ExternalKey string `json:"external_key,omitempty" maxLength:"200"`
	// Version starts at 1 and rises with every update; an update must carry the
	// current version (optimistic concurrency).
	Version   int64     `json:"version"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Metadata returns m itself; it lets generic code reach the Meta of any entity.
func (m *Meta) Metadata() *Meta { return m }

// Ref is a reference from one entity to another, as stored in a field of the referring
// entity. ID points into that field so that a store can rewrite it (from an external
// key to an ID, in a Batch).
type Ref struct {
	Field string // path of the field, as in FieldError
	Kind  Kind   // kind of the referenced entity
	ID    *string
}

// Entity is implemented by pointers to every stored type. It lets stores and the API
// treat all kinds alike.
type Entity interface {
	Metadata() *Meta
	// EntityKind returns the entity's kind.
	EntityKind() Kind
	// Validate checks the entity on its own against the taxonomy. References to other
	// entities are checked by the store.
	Validate(t *Taxonomy) error
	// Refs returns the entity's references to other entities; empty ones are omitted.
	Refs() []Ref
}

var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$`)

// ValidID reports whether id may be used as an entity ID: 1 to 64 characters, letters,
// digits and _ . : -, starting with a letter or digit.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// NewID returns a new random ID with the kind's prefix, such as "actor_k3j9x0w2m4q8r1t5".
func NewID(k Kind) string {
	const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
	b := make([]byte, 16)
	rand.Read(b)
	for i := range b {
		b[i] = alphabet[b[i]%32]
	}
	return string(k) + "_" + string(b)
}

// validateMeta checks the caller-controlled parts of Meta.
func (v *fieldErrors) validateMeta(m *Meta) {
	if m.ID != "" && !ValidID(m.ID) {
		v.add("id", "Die ID %q ist ungültig: 1 bis 64 Zeichen aus Buchstaben, Ziffern und _ . : -.", m.ID)
	}
	v.text("external_key", m.ExternalKey, 200, false)
}

// text records an error if s is required and blank, too long, or has control
// characters (other than line breaks and tabs).
func (v *fieldErrors) text(field, s string, max int, required bool) {
	switch {
	case required && strings.TrimSpace(s) == "":
		v.add(field, "Das Feld darf nicht leer sein.")
	case !utf8.ValidString(s):
		v.add(field, "Der Text ist kein gültiges UTF-8.")
	case utf8.RuneCountInString(s) > max:
		v.add(field, "Der Text ist zu lang: höchstens %d Zeichen.", max)
	case strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' }):
		v.add(field, "Der Text enthält Steuerzeichen.")
	}
}

// email records an error unless s is empty or exactly one plain e-mail address.
func (v *fieldErrors) email(field, s string) {
	if s == "" {
		return
	}
	if m, err := mail.ParseAddress(s); err != nil || m.Address != s {
		v.add(field, "Die E-Mail-Adresse %q ist ungültig.", s)
	}
}

// date records an error unless s is empty or a date in the form YYYY-MM-DD.
func (v *fieldErrors) date(field, s string) {
	if s == "" {
		return
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		v.add(field, "Das Datum %q ist ungültig: erwartet wird JJJJ-MM-TT.", s)
	}
}

// optRef returns a reference to the entity named by *id, or none if *id is empty.
func optRef(field string, kind Kind, id *string) []Ref {
	if *id == "" {
		return nil
	}
	return []Ref{{Field: field, Kind: kind, ID: id}}
}

// listRefs builds references to each element of ids.
func listRefs(field string, kind Kind, ids []string) []Ref {
	var out []Ref
	for i := range ids {
		out = append(out, Ref{Field: elem(field, i), Kind: kind, ID: &ids[i]})
	}
	return out
}

// elem returns the path of element i of the list field, such as "legal_domains[1]".
// Validators build it only for an error, as valid input is the common case.
func elem(field string, i int) string { return fmt.Sprintf("%s[%d]", field, i) }

// distinct records an error for every ID in ids that is empty or given twice.
func (v *fieldErrors) distinct(field string, ids []string) {
	seen := map[string]bool{}
	for i, id := range ids {
		switch {
		case id == "":
			v.add(elem(field, i), "Der Verweis ist leer.")
		case seen[id]:
			v.add(elem(field, i), "%q ist doppelt angegeben.", id)
		}
		seen[id] = true
	}
}
