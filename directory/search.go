package directory

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Query is what a person asks the directory. Empty fields do not filter.
type Query struct {
	// Text is free text, matched by Terms and Match against the offer's name, fields,
	// target groups, provider, places and description.
	Text string
	// Field and Target are taxonomy codes of a field of action and a target group.
	Field, Target string
	// Space is a social space ID: offers serving it, a space it lies in (a
	// county-wide offer) or a space within it.
	Space string
	// Near and RadiusKm keep offers within the radius of the point, nearest first,
	// and those that serve one of the social spaces Within (the place's own, which
	// includes county-wide offers located farther away).
	Near     *graph.GeoPoint
	RadiusKm float64
	Within   []string
	// The listing's flags; true keeps only offers that have it.
	BarrierFree, LowThreshold, FreeOfCharge, EUTB, ByPhone, ByVideo, HomeVisits bool
	// Language is an ISO 639 code the offer must speak besides German.
	Language string
}

// Hit is one result: the entry, its score for the text (0 without text) and its
// distance from Query.Near in kilometres (NaN without).
type Hit struct {
	Entry    *Entry
	Score    float64
	Distance float64
}

// Index searches a fixed set of entries. It is safe for concurrent use.
type Index struct {
	entries []Entry
	// vocab lists the distinct terms; postings[i] the entries (with the weight of
	// the best field) that hold vocab[i].
	vocab    []string
	postings [][]posting
	sorted   []string // vocab in order, for startsTerm
	mu       sync.Mutex
	cache    map[string][]termMatch // see matches
	// ancestors maps a social space ID to its ancestors' IDs, nearest first.
	ancestors map[string][]string
	places    []Place
	shapes    []Shape
	below     map[string][]int // see shapesBelow
	spaces    []SpaceOption
}

// SpaceOption is a social space a person can choose, with its depth in the hierarchy
// (0 for the county).
type SpaceOption struct {
	ID, Name string
	Depth    int
}

// posting is one entry that holds a term, with the weight of the field it is in.
type posting struct {
	entry  int32
	weight float32
}

// Field weights: a word in an offer's name says most about it.
const (
	weightName     = 3
	weightCategory = 2 // fields of action and target groups
	weightProvider = 1.5
	weightOther    = 1 // places and description
)

// NewIndex indexes the entries of n (see Entries) and the places of its social spaces
// and actor addresses.
func NewIndex(n *graph.Network) *Index {
	x := &Index{entries: Entries(n), ancestors: ancestry(n.SocialSpaces), places: places(n), shapes: shapes(n.SocialSpaces)}
	x.below = shapesBelow(x.shapes, x.ancestors)
	for _, s := range n.SocialSpaces {
		x.spaces = append(x.spaces, SpaceOption{ID: s.ID, Name: s.Name, Depth: len(x.ancestors[s.ID])})
	}
	slices.SortFunc(x.spaces, func(a, b SpaceOption) int { return cmp.Or(a.Depth-b.Depth, strings.Compare(a.Name, b.Name)) })
	at := map[string]int{}
	add := func(entry int, text string, w float32) {
		for _, t := range Terms(text) {
			i, ok := at[t]
			if !ok {
				i = len(x.vocab)
				at[t] = i
				x.vocab = append(x.vocab, t)
				x.postings = append(x.postings, nil)
			}
			p := x.postings[i]
			if last := len(p) - 1; last >= 0 && p[last].entry == int32(entry) {
				p[last].weight = max(p[last].weight, w)
				continue
			}
			x.postings[i] = append(p, posting{int32(entry), w})
		}
	}
	defer func() { x.sorted = slices.Sorted(slices.Values(x.vocab)) }()
	for i := range x.entries {
		e := &x.entries[i]
		add(i, e.Name, weightName)
		add(i, strings.Join(e.Fields, " ")+" "+strings.Join(e.TargetGroups, " "), weightCategory)
		add(i, e.Provider, weightProvider)
		add(i, strings.Join(e.Spaces, " ")+" "+e.Address.City+" "+e.Address.PostalCode+" "+e.Description, weightOther)
	}
	return x
}

// termMatch is an indexed term that matches a query term, and how well.
type termMatch struct {
	term  int32
	score float64
}

// maxCachedTerms bounds the cache of matches per query term.
const maxCachedTerms = 10000

// matches returns the indexed terms that match the query term t (see Match). Each
// answer is kept, as people search for the same words again and again; the cache
// starts afresh when it is full.
func (x *Index) matches(t string) []termMatch {
	x.mu.Lock()
	ms, ok := x.cache[t]
	x.mu.Unlock()
	if ok {
		return ms
	}
	for i, d := range x.vocab {
		if m := Match(t, d, x.startsTerm); m > 0 {
			ms = append(ms, termMatch{int32(i), m})
		}
	}
	x.mu.Lock()
	if len(x.cache) >= maxCachedTerms || x.cache == nil {
		x.cache = map[string][]termMatch{}
	}
	x.cache[t] = ms
	x.mu.Unlock()
	return ms
}

// startsTerm reports whether some indexed term starts with s.
func (x *Index) startsTerm(s string) bool {
	i, _ := slices.BinarySearch(x.sorted, s)
	return i < len(x.sorted) && strings.HasPrefix(x.sorted[i], s)
}

// Spaces returns the social spaces, the county first, then by level and name.
func (x *Index) Spaces() []SpaceOption { return x.spaces }

// Len returns the number of entries.
func (x *Index) Len() int { return len(x.entries) }

// Entry returns the entry with the ID, or nil.
func (x *Index) Entry(id string) *Entry {
	for i := range x.entries {
		if x.entries[i].ID == id {
			return &x.entries[i]
		}
	}
	return nil
}

// ByActor returns the entries of the actor with the ID, by name.
func (x *Index) ByActor(id string) []*Entry {
	var out []*Entry
	for i := range x.entries {
		if x.entries[i].ActorID == id {
			out = append(out, &x.entries[i])
		}
	}
	return out
}

// Search returns the entries that match q: with text, those that match every term
// (or, if none does, any term; all is then false), best first; without text, all
// that pass the filters, nearest first if q.Near is set, else by name.
func (x *Index) Search(q Query) (hits []Hit, all bool) {
	terms := Terms(q.Text)
	var scores []float64
	var matched []int
	if len(terms) > 0 {
		scores = make([]float64, len(x.entries))
		matched = make([]int, len(x.entries))
		for _, t := range terms {
			best := map[int32]float64{}
			for _, m := range x.matches(t) {
				for _, p := range x.postings[m.term] {
					best[p.entry] = max(best[p.entry], m.score*float64(p.weight))
				}
			}
			for e, s := range best {
				scores[e] += s
				matched[e]++
			}
		}
	}
	collect := func(need int) []Hit {
		var out []Hit
		for i := range x.entries {
			e := &x.entries[i]
			if scores != nil && (matched[i] < need || matched[i] == 0) {
				continue
			}
			h := Hit{Entry: e, Distance: math.NaN()}
			if scores != nil {
				h.Score = scores[i]
			}
			if !x.passes(e, q, &h) {
				continue
			}
			out = append(out, h)
		}
		return out
	}
	all = true
	hits = collect(len(terms))
	if len(hits) == 0 && len(terms) > 1 {
		hits, all = collect(1), false
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		switch {
		case a.Score != b.Score:
			return cmp.Compare(b.Score, a.Score)
		case q.Near != nil && a.Distance != b.Distance:
			return cmp.Compare(a.Distance, b.Distance)
		}
		return 0
	})
	return hits, all
}

// passes reports whether e passes q's filters, and sets h.Distance for q.Near.
func (x *Index) passes(e *Entry, q Query, h *Hit) bool {
	l := &e.Listing
	switch {
	case q.Field != "" && !slices.Contains(e.fieldCodes, q.Field),
		q.Target != "" && !slices.Contains(e.targetCodes, q.Target),
		q.Space != "" && !x.Serves(e, q.Space),
		q.BarrierFree && !e.BarrierFree, q.LowThreshold && !e.LowThreshold,
		q.FreeOfCharge && !l.FreeOfCharge, q.EUTB && !l.EUTB, q.ByPhone && !l.ByPhone,
		q.ByVideo && !l.ByVideo, q.HomeVisits && !l.HomeVisits,
		q.Language != "" && !slices.Contains(l.Languages, q.Language):
		return false
	}
	if q.Near != nil {
		if e.Location == nil {
			return false
		}
		h.Distance = Distance(*q.Near, *e.Location)
		if q.RadiusKm > 0 && h.Distance > q.RadiusKm && !slices.ContainsFunc(q.Within, func(s string) bool { return x.Serves(e, s) }) {
			return false
		}
	}
	return true
}

// Serves reports whether e serves the social space: one of its spaces is the space,
// lies in it, or contains it.
func (x *Index) Serves(e *Entry, space string) bool {
	for _, s := range e.SpaceIDs {
		if s == space || slices.Contains(x.ancestors[space], s) || slices.Contains(x.ancestors[s], space) {
			return true
		}
	}
	return false
}

// ancestry maps each social space to its ancestors, nearest first.
func ancestry(spaces []graph.SocialSpace) map[string][]string {
	parent := make(map[string]string, len(spaces))
	for _, s := range spaces {
		parent[s.ID] = s.ParentID
	}
	out := make(map[string][]string, len(spaces))
	for _, s := range spaces {
		var chain []string
		for p := parent[s.ID]; p != "" && len(chain) < len(spaces) && !slices.Contains(chain, p); p = parent[p] {
			chain = append(chain, p)
		}
		out[s.ID] = chain
	}
	return out
}

// Distance returns the great-circle distance of a and b in kilometres (haversine, on
// a sphere of the Earth's mean radius).
func Distance(a, b graph.GeoPoint) float64 {
	const earthKm = 6371.0088
	rad := math.Pi / 180
	dLat, dLon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(h)))
}
