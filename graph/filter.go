package graph

import (
	"cmp"
	"slices"
	"strings"
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
//	cooperation:  ActorID (either end), WaveID, CooperationKind, MinIntensity, Query
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
	Level           string
	Query           string
	// Limit is the page size (DefaultLimit if 0, at most MaxLimit); Offset the number
	// of entities to skip.
	Limit  int
	Offset int
}

// fits lists, per kind, the filter fields it accepts.
var fits = map[Kind][]string{
	KindActor:       {"legal_domain", "field", "target_group", "social_space", "actor_kind", "q"},
	KindOffer:       {"legal_domain", "field", "target_group", "social_space", "actor_id", "q"},
	KindCooperation: {"actor_id", "wave_id", "cooperation_kind", "min_intensity", "q"},
	KindSocialSpace: {"social_space", "level", "q"},
	KindNeed:        {"field", "target_group", "social_space"},
	KindWave:        {"q"},
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
		{"min_intensity", f.MinIntensity != 0}, {"level", f.Level != ""}, {"q", f.Query != ""},
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
	if f.MinIntensity < 0 || f.MinIntensity > 4 {
		v.add("min_intensity", "Die Mindestintensität muss zwischen 1 und 4 liegen.")
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
			has(e.Kinds, f.CooperationKind) && e.Intensity >= f.MinIntensity && m.text(e.Source, e.Note)
	case *SocialSpace:
		return m.inSpace(e.ID) && (f.Level == "" || e.Level == f.Level) && m.text(e.Name)
	case *Need:
		return (f.Field == "" || e.Field == f.Field) && (f.TargetGroup == "" || e.TargetGroup == f.TargetGroup) &&
			m.inSpace(e.SocialSpaceID)
	case *Wave:
		return m.text(e.Name)
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
		return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.id, b.id))
	})
	for i := range ks {
		items[i] = ks[i].e
	}
}

// Paginate returns the page of items that f's Limit and Offset select.
func (f *Filter) Paginate(items []Entity) []Entity {
	limit := cmp.Or(f.Limit, DefaultLimit)
	start := min(f.Offset, len(items))
	return items[start:min(start+limit, len(items))]
}

// FilterFields returns the query parameter names of the filter fields that fit the
// kind, as the table in Filter's comment lists them.
func FilterFields(kind Kind) []string { return slices.Clone(fits[kind]) }
