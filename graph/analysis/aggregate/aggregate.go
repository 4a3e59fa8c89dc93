// Package aggregate summarises a network by groups of actors, for the map of a large
// network: one node per group (a social space or a community) sized by its actors,
// one link per pair of groups with the cooperations between them.
package aggregate

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// The groupings of Overview.By.
const (
	BySocialSpace = "social_space"
	ByCommunity   = "community"
)

// NoSpace is the group ID of the actors that name no social space.
const NoSpace = ""

// MaxLinks bounds Overview.Links: a map of a few hundred groups stays readable, and
// the answer small, with the links that carry the most cooperation.
const MaxLinks = 2000

// MaxCommunities bounds the communities that CommunityKey keeps apart; the smaller
// ones form the group Others.
const MaxCommunities = 200

// Others is the group ID of the communities beyond the MaxCommunities largest.
const Others = "others"

// Overview is a network summarised by groups of actors.
type Overview struct {
	Revision int64            `json:"revision"`
	State    *graph.StateInfo `json:"state" nullable:"false"`
	// By is the grouping: social_space or community.
	By string `json:"by" enum:"social_space,community"`
	// Total is the number of actors in the network of the state, before filters.
	Total int `json:"total"`
	// Actors and Pairs count the actors summarised and the pairs of them with at
	// least one cooperation (direction and repeated cooperations ignored).
	Actors int `json:"actors"`
	Pairs  int `json:"pairs"`
	// Groups are ordered by the number of actors, largest first, then by name.
	Groups []Group `json:"groups" nullable:"false"`
	// Links are the pairs of groups with cooperations between them, the most
	// cooperating first, at most MaxLinks.
	Links []Link `json:"links" nullable:"false"`
	// OmittedLinks and OmittedPairs count the links beyond MaxLinks and their
	// cooperating pairs.
	OmittedLinks int `json:"omitted_links"`
	OmittedPairs int `json:"omitted_pairs"`
	// Definition says in German how actors are grouped and what is counted.
	Definition string `json:"definition"`
}

// Group is one group of actors.
type Group struct {
	// ID is the social space's ID or the community's number; "" for the actors
	// without a social space.
	ID   string `json:"id"`
	Name string `json:"name"`
	// Actors counts the group's actors; Pairs the cooperating pairs within it.
	Actors int `json:"actors"`
	Pairs  int `json:"pairs"`
	// Location is the mean location of the group's actors that have one.
	Location *graph.GeoPoint `json:"location,omitempty"`
}

// Link is the cooperation between two groups.
type Link struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// Pairs counts the cooperating pairs of actors, one in each group;
	// CrossDomain those whose two actors have no legal domain in common (and
	// each has at least one).
	Pairs       int `json:"pairs"`
	CrossDomain int `json:"cross_domain"`
}

// Of summarises the actors and cooperations of net by the group that key gives
// each actor (by index in net.Actors); name names a group ID. Cooperations whose
// ends are not both actors of net are left out. Cost O(actors + cooperations).
func Of(net *graph.Network, by string, key func(i int) string, name func(id string) string) *Overview {
	r := &Overview{Revision: net.Revision, State: net.State, By: by, Total: len(net.Actors), Actors: len(net.Actors)}
	index := make(map[string]int32, len(net.Actors))
	groupOf := make([]int32, len(net.Actors))
	groups := map[string]int32{}
	var lat, lon []float64
	var located []int
	for i := range net.Actors {
		a := &net.Actors[i]
		index[a.ID] = int32(i)
		k := key(i)
		g, ok := groups[k]
		if !ok {
			g = int32(len(r.Groups))
			groups[k] = g
			r.Groups = append(r.Groups, Group{ID: k, Name: name(k)})
			lat, lon, located = append(lat, 0), append(lon, 0), append(located, 0)
		}
		groupOf[i] = g
		r.Groups[g].Actors++
		if a.Location != nil {
			lat[g] += a.Location.Lat
			lon[g] += a.Location.Lon
			located[g]++
		}
	}
	for g := range r.Groups {
		if located[g] > 0 {
			r.Groups[g].Location = &graph.GeoPoint{Lat: lat[g] / float64(located[g]), Lon: lon[g] / float64(located[g])}
		}
	}
	// The cooperating pairs, each once: sorted, repeats side by side.
	pairs := make([]uint64, 0, len(net.Cooperations))
	for i := range net.Cooperations {
		co := &net.Cooperations[i]
		u, okU := index[co.From]
		v, okV := index[co.To]
		if !okU || !okV || u == v {
			continue
		}
		pairs = append(pairs, uint64(min(u, v))<<32|uint64(max(u, v)))
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	r.Pairs = len(pairs)
	links := map[[2]int32]*Link{}
	for _, pair := range pairs {
		u, v := int32(pair>>32), int32(pair&(1<<32-1))
		gu, gv := groupOf[u], groupOf[v]
		if gu == gv {
			r.Groups[gu].Pairs++
			continue
		}
		if gu > gv {
			gu, gv = gv, gu
		}
		l := links[[2]int32{gu, gv}]
		if l == nil {
			l = &Link{Source: r.Groups[gu].ID, Target: r.Groups[gv].ID}
			links[[2]int32{gu, gv}] = l
		}
		l.Pairs++
		if crossDomain(&net.Actors[u], &net.Actors[v]) {
			l.CrossDomain++
		}
	}
	r.Links = make([]Link, 0, len(links))
	for _, l := range links {
		r.Links = append(r.Links, *l)
	}
	slices.SortFunc(r.Links, func(a, b Link) int {
		return cmp.Or(cmp.Compare(b.Pairs, a.Pairs), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	if len(r.Links) > MaxLinks {
		for _, l := range r.Links[MaxLinks:] {
			r.OmittedLinks++
			r.OmittedPairs += l.Pairs
		}
		r.Links = slices.Clip(r.Links[:MaxLinks])
	}
	slices.SortFunc(r.Groups, func(a, b Group) int {
		return cmp.Or(cmp.Compare(b.Actors, a.Actors), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	if r.Groups == nil {
		r.Groups = []Group{}
	}
	r.Definition = definition(by)
	return r
}

// crossDomain reports whether a and b have no legal domain in common and each has
// at least one (as the resilience analysis counts cross-domain ties).
func crossDomain(a, b *graph.Actor) bool {
	if len(a.LegalDomains) == 0 || len(b.LegalDomains) == 0 {
		return false
	}
	for _, d := range a.LegalDomains {
		if slices.Contains(b.LegalDomains, d) {
			return false
		}
	}
	return true
}

// definition explains the grouping in German.
func definition(by string) string {
	what := "Jeder Knoten ist eine Gemeinschaft (Louvain, wie in der Analyse „Gemeinschaften“) mit ihren Akteuren; über die " +
		strconv.Itoa(MaxCommunities) + " größten hinaus bilden die kleineren einen gemeinsamen Knoten."
	if by == BySocialSpace {
		what = "Jeder Knoten ist ein Sozialraum der Ebene direkt unter dem Landkreis (etwa ein Planungsraum) mit den Akteuren, " +
			"deren erster Sozialraum darin liegt; wer den Landkreis selbst als ersten nennt, zählt zu ihm, Akteure ohne Sozialraum bilden eine eigene Gruppe."
	}
	return what + " Die Knotengröße ist die Zahl der Akteure. Eine Linie verbindet zwei Gruppen, zwischen deren Akteuren es Kooperationen gibt; " +
		"gezählt werden Akteurspaare mit mindestens einer Kooperation (Richtung und Mehrfachnennungen zählen nicht), " +
		"rechtskreisübergreifend sind Paare ohne gemeinsamen Rechtskreis. Gezeigt werden höchstens " + german.Int(MaxLinks) +
		" Linien, die mit den meisten Paaren."
}

// SpaceKey returns the key of Of for grouping by social space: an actor's group is
// the space, directly below a top-level space (such as the county), that holds the
// first social space the actor names, or that top-level space itself if the actor
// names it. Actors naming no known space get NoSpace. Also returns the name of a
// group ID. Cost O(spaces · depth + actors).
func SpaceKey(net *graph.Network) (key func(i int) string, name func(id string) string) {
	parent := make(map[string]string, len(net.SocialSpaces))
	names := make(map[string]string, len(net.SocialSpaces))
	for _, s := range net.SocialSpaces {
		parent[s.ID], names[s.ID] = s.ParentID, s.Name
	}
	const depth = 1
	groupOf := make(map[string]string, len(net.SocialSpaces))
	for _, s := range net.SocialSpaces {
		var chain []string // s and its ancestors, s first
		for id, hops := s.ID, 0; hops <= len(net.SocialSpaces); id, hops = parent[id], hops+1 {
			if _, ok := names[id]; !ok {
				break
			}
			chain = append(chain, id)
		}
		// chain[len-1] is at depth 0; the ancestor at depth d is chain[len-1-d].
		groupOf[s.ID] = chain[max(0, len(chain)-1-depth)]
	}
	key = func(i int) string {
		if sp := net.Actors[i].SocialSpaces; len(sp) > 0 {
			if g, ok := groupOf[sp[0]]; ok {
				return g
			}
		}
		return NoSpace
	}
	name = func(id string) string {
		if id == NoSpace {
			return "Ohne Sozialraum"
		}
		return names[id]
	}
	return key, name
}

// CommunityKey returns the key of Of for grouping by community: membership maps an
// actor ID to its community's number. The MaxCommunities largest communities (by
// their members in membership; ties by number) are groups of their own, the others
// form the group Others; an actor without a community gets "" (named "Ohne
// Gemeinschaft"). Also returns the name of a group ID ("Gemeinschaft 3").
func CommunityKey(net *graph.Network, membership map[string]int) (key func(i int) string, name func(id string) string) {
	sizes := map[int]int{}
	for _, c := range membership {
		sizes[c]++
	}
	order := make([]int, 0, len(sizes))
	for c := range sizes {
		order = append(order, c)
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(sizes[b], sizes[a]), cmp.Compare(a, b)) })
	kept := make(map[int]bool, MaxCommunities)
	for _, c := range order[:min(len(order), MaxCommunities)] {
		kept[c] = true
	}
	key = func(i int) string {
		c, ok := membership[net.Actors[i].ID]
		switch {
		case !ok:
			return ""
		case !kept[c]:
			return Others
		}
		return strconv.Itoa(c + 1)
	}
	name = func(id string) string {
		switch id {
		case "":
			return "Ohne Gemeinschaft"
		case Others:
			return "Kleinere Gemeinschaften"
		}
		return "Gemeinschaft " + id
	}
	return key, name
}
