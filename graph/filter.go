package graph

import (
	"cmp"
	"encoding/base64"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Limits of Filter.Limit.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// MaxQueryLength limits Filter.Query, in characters.
const MaxQueryLength = 200

// Filter selects entities for Store.List. Empty fields select everything. Which fields
// fit which kind:
//
//	actor:        LegalDomain, Field, TargetGroup, SocialSpace, ActorKind, Query
//	offer:        LegalDomain, Field, TargetGroup, SocialSpace, ActorID, Query
//	cooperation:  ActorID (either end), WaveID, CooperationKind, MinIntensity, ReportedBy, Query
//	social_space: SocialSpace (the space and all within it), Level, Query
//	need:         Field, TargetGroup, SocialSpace
//	wave:         Query
//
// SocialSpace selects entities in that social space or in any space within it. Query
// matches case-insensitively anywhere in the name (actors also: short name, external
// key and description; offers: description; cooperations: source and note).
//
// Results are ordered by name, ignoring case, then by ID; cooperations and needs by ID.
type Filter struct {
	LegalDomain     string
	Field           string
	TargetGroup     string
	SocialSpace     string
	ActorKind       string
	ActorID         string
	WaveID          string
	CooperationKind string
	MinIntensity    int
	// ReportedBy selects cooperations by who reported them: a value of
	// Cooperation.ReportedBy, or ReportedByOneSide for from or to (reported by only
	// one of the two actors).
	ReportedBy string
	Level      string
	Query      string
	// Limit is the page size (DefaultLimit if 0, at most MaxLimit); Offset the number
	// of entities to skip.
	Limit  int
	Offset int
	// Cursor, if set, starts the page after the entity it names, as Page.Next gave
	// it (keyset paging): unlike Offset, entities created or deleted before that
	// position do not shift the pages. Not together with Offset.
	Cursor string
}

// ReportedByOneSide is the Filter.ReportedBy of cooperations reported by only one
// of their two actors.
const ReportedByOneSide = "one_side"

// ReportedByValues returns the values of Cooperation.ReportedBy that f.ReportedBy
// selects; none for an unknown value.
func (f *Filter) ReportedByValues() []string {
	switch f.ReportedBy {
	case ReportedByOneSide:
		return []string{ReportedByFrom, ReportedByTo}
	case ReportedByBoth, ReportedByFrom, ReportedByTo, ReportedByOther:
		return []string{f.ReportedBy}
	}
	return nil
}

// fits lists, per kind, the filter fields it accepts.
var fits = map[Kind][]string{
	KindActor:       {"legal_domain", "field", "target_group", "social_space", "actor_kind", "q"},
	KindOffer:       {"legal_domain", "field", "target_group", "social_space", "actor_id", "q"},
	KindCooperation: {"actor_id", "wave_id", "cooperation_kind", "min_intensity", "reported_by", "q"},
	KindSocialSpace: {"social_space", "level", "q"},
	KindNeed:        {"field", "target_group", "social_space"},
	KindWave:        {"q"},
	KindMeasure:     {"actor_id", "social_space", "q"},
}

// setFields returns the query parameter names of the filter's non-empty fields.
func (f *Filter) setFields() []string {
	var names []string
	for _, p := range []struct {
		name string
		set  bool
	}{
		{"legal_domain", f.LegalDomain != ""}, {"field", f.Field != ""}, {"target_group", f.TargetGroup != ""},
		{"social_space", f.SocialSpace != ""}, {"actor_kind", f.ActorKind != ""}, {"actor_id", f.ActorID != ""},
		{"wave_id", f.WaveID != ""}, {"cooperation_kind", f.CooperationKind != ""},
		{"min_intensity", f.MinIntensity != 0}, {"reported_by", f.ReportedBy != ""}, {"level", f.Level != ""}, {"q", f.Query != ""},
	} {
		if p.set {
			names = append(names, p.name)
		}
	}
	return names
}

// Validate checks that every set field fits the kind and that the page is in range.
// The field names in errors are the API's query parameter names.
func (f *Filter) Validate(kind Kind) error {
	v := fieldErrors{}
	for _, name := range f.setFields() {
		if !slices.Contains(fits[kind], name) {
			v.add(name, "Dieser Filter ist für %s nicht verfügbar.", kind.Label())
		}
	}
	if f.Limit < 0 || f.Limit > MaxLimit {
		v.add("limit", "Die Seitengröße muss zwischen 1 und %d liegen.", MaxLimit)
	}
	if f.Offset < 0 {
		v.add("offset", "Der Versatz darf nicht negativ sein.")
	}
	if f.Cursor != "" {
		if _, err := ParseCursor(f.Cursor); err != nil {
			v.add("cursor", "Der Cursor ist ungültig; verwenden Sie next_cursor einer vorigen Seite unverändert.")
		}
		if f.Offset != 0 {
			v.add("cursor", "Cursor und Versatz (offset) schließen einander aus.")
		}
	}
	if f.MinIntensity < 0 || f.MinIntensity > 4 {
		v.add("min_intensity", "Die Mindestintensität muss zwischen 1 und 4 liegen.")
	}
	if f.ReportedBy != "" && len(f.ReportedByValues()) == 0 {
		v.add("reported_by", "Erlaubt sind both, from, to, other und one_side, nicht %q.", f.ReportedBy)
	}
	v.text("q", f.Query, MaxQueryLength, false)
	return v.err("Der Filter ist ungültig.")
}

// Matcher applies a Filter to entities in Go. Stores that cannot filter in their query
// language use it; it defines the semantics every store must show.
type Matcher struct {
	f      Filter
	q      string
	spaces map[string]bool // the filter's social space and all within it
}

// NewMatcher returns a Matcher for f. spaces must hold every social space when
// f.SocialSpace is set (to find the spaces within it), and may be nil otherwise.
func NewMatcher(f Filter, spaces []SocialSpace) *Matcher {
	m := &Matcher{f: f, q: strings.ToLower(f.Query)}
	if f.SocialSpace != "" {
		m.spaces = Within(spaces, f.SocialSpace)
	}
	return m
}

// Within returns the ID root and the IDs of all social spaces below it in the hierarchy.
func Within(spaces []SocialSpace, root string) map[string]bool {
	children := map[string][]string{}
	for _, s := range spaces {
		children[s.ParentID] = append(children[s.ParentID], s.ID)
	}
	in := map[string]bool{root: true}
	for queue := []string{root}; len(queue) > 0; queue = queue[1:] {
		for _, c := range children[queue[0]] {
			if !in[c] {
				in[c] = true
				queue = append(queue, c)
			}
		}
	}
	return in
}

// Match reports whether the filter selects e.
func (m *Matcher) Match(e Entity) bool {
	f := m.f
	switch e := e.(type) {
	case *Actor:
		return has(e.LegalDomains, f.LegalDomain) && has(e.Fields, f.Field) && has(e.TargetGroups, f.TargetGroup) &&
			m.inSpace(e.SocialSpaces...) && (f.ActorKind == "" || e.Kind == f.ActorKind) &&
			m.text(e.Name, e.ShortName, e.ExternalKey, e.Description)
	case *Offer:
		return has(e.LegalDomains, f.LegalDomain) && has(e.Fields, f.Field) && has(e.TargetGroups, f.TargetGroup) &&
			m.inSpace(e.SocialSpaces...) && (f.ActorID == "" || e.ActorID == f.ActorID) && m.text(e.Name, e.Description)
	case *Cooperation:
		return (f.ActorID == "" || e.From == f.ActorID || e.To == f.ActorID) && (f.WaveID == "" || e.WaveID == f.WaveID) &&
			has(e.Kinds, f.CooperationKind) && e.Intensity >= f.MinIntensity && m.text(e.Source, e.Note) &&
			(f.ReportedBy == "" || slices.Contains(f.ReportedByValues(), e.ReportedBy))
	case *SocialSpace:
		return m.inSpace(e.ID) && (f.Level == "" || e.Level == f.Level) && m.text(e.Name)
	case *Need:
		return (f.Field == "" || e.Field == f.Field) && (f.TargetGroup == "" || e.TargetGroup == f.TargetGroup) &&
			m.inSpace(e.SocialSpaceID)
	case *Wave:
		return m.text(e.Name)
	case *Measure:
		o := &e.Origin
		return (f.ActorID == "" || o.From == f.ActorID || o.To == f.ActorID || slices.Contains(e.Actors, f.ActorID)) &&
			(m.spaces == nil || m.inSpace(o.SocialSpaceID)) && m.text(e.Title, e.Description, e.Responsible)
	}
	return false
}

// has reports whether code is empty or in list.
func has(list []string, code string) bool { return code == "" || slices.Contains(list, code) }

// inSpace reports whether no social space is filtered or one of ids is within it.
func (m *Matcher) inSpace(ids ...string) bool {
	return m.spaces == nil || slices.ContainsFunc(ids, func(id string) bool { return m.spaces[id] })
}

// text reports whether no query is set or one of the texts contains it, ignoring case.
func (m *Matcher) text(texts ...string) bool {
	return m.q == "" || slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(strings.ToLower(s), m.q) })
}

// SortKey returns the name by which lists order entities of e's kind (lower-cased), or
// "" for kinds ordered by ID alone.
func SortKey(e Entity) string {
	switch e := e.(type) {
	case *Actor:
		return strings.ToLower(e.Name)
	case *Offer:
		return strings.ToLower(e.Name)
	case *SocialSpace:
		return strings.ToLower(e.Name)
	case *Wave:
		return strings.ToLower(e.Name)
	case *Measure:
		return strings.ToLower(e.Title)
	}
	return ""
}

// SortEntities orders entities as Store.List does. It computes each entity's SortKey
// once, not in every comparison.
func SortEntities(items []Entity) {
	type keyed struct {
		key, id string
		e       Entity
	}
	ks := make([]keyed, len(items))
	for i, e := range items {
		ks[i] = keyed{SortKey(e), e.Metadata().ID, e}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return Position{a.key, a.id}.Compare(Position{b.key, b.id})
	})
	for i := range ks {
		items[i] = ks[i].e
	}
}

// Paginate returns the page of items, sorted as SortEntities sorts, that f's Limit
// and Offset or Cursor select, and the cursor of the next page ("" if none follows).
// f must be valid.
func (f *Filter) Paginate(items []Entity) (page []Entity, next string) {
	start, end := f.Window(len(items), func(i int) Position { return PositionOf(items[i]) })
	if end < len(items) {
		next = PositionOf(items[end-1]).Cursor()
	}
	return items[start:end], next
}

// Window returns the bounds [start, end) of the page that f's Limit and Offset or
// Cursor select among n entities in list order, where at(i) is the position of the
// i-th. With a cursor it searches in O(log n). f must be valid.
func (f *Filter) Window(n int, at func(i int) Position) (start, end int) {
	start = min(f.Offset, n)
	if after, err := ParseCursor(f.Cursor); f.Cursor != "" && err == nil {
		start = sort.Search(n, func(i int) bool { return at(i).Compare(after) > 0 })
	}
	return start, min(start+cmp.Or(f.Limit, DefaultLimit), n)
}

// Position is the place of an entity in the order of lists: its SortKey, then its ID.
type Position struct {
	Key, ID string
}

// PositionOf returns the position of e.
func PositionOf(e Entity) Position { return Position{Key: SortKey(e), ID: e.Metadata().ID} }

// Compare orders positions as lists order entities: -1 if p comes before q, 0 if they
// are the same, +1 if p comes after q.
func (p Position) Compare(q Position) int {
	return cmp.Or(strings.Compare(p.Key, q.Key), strings.Compare(p.ID, q.ID))
}

// Cursor returns the opaque cursor of the page that starts after p: the key and the ID,
// joined by a 0 byte (which IDs never hold), in unpadded URL-safe base64.
func (p Position) Cursor() string {
	return base64.RawURLEncoding.EncodeToString([]byte(p.Key + "\x00" + p.ID))
}

// ParseCursor returns the position that a cursor made by Position.Cursor names.
// Invalid if s is not such a cursor.
func ParseCursor(s string) (Position, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	i := strings.LastIndexByte(string(b), 0) // a name may hold a 0 byte, an ID not
	if err != nil || i < 0 || i == len(b)-1 || !utf8.Valid(b) {
		return Position{}, Errorf(Invalid, "Der Cursor ist ungültig.")
	}
	return Position{Key: string(b[:i]), ID: string(b[i+1:])}, nil
}

// FilterFields returns the query parameter names of the filter fields that fit the
// kind, as the table in Filter's comment lists them.
func FilterFields(kind Kind) []string { return slices.Clone(fits[kind]) }
