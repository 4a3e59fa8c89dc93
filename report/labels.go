package report

import (
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// labels finds actors and social spaces by ID in the networks of a report and
// writes taxonomy codes as German labels.
type labels struct {
	tax    *graph.Taxonomy
	actors map[string]*graph.Actor
	spaces map[string]*graph.SocialSpace
}

// newLabels indexes the networks; an ID in several of them keeps the first one's
// entity.
func newLabels(nets ...*graph.Network) *labels {
	l := &labels{tax: nets[0].Taxonomy, actors: map[string]*graph.Actor{}, spaces: map[string]*graph.SocialSpace{}}
	for _, n := range nets {
		for i := range n.Actors {
			if a := &n.Actors[i]; l.actors[a.ID] == nil {
				l.actors[a.ID] = a
			}
		}
		for i := range n.SocialSpaces {
			if s := &n.SocialSpaces[i]; l.spaces[s.ID] == nil {
				l.spaces[s.ID] = s
			}
		}
	}
	return l
}

// actor returns the actor with the ID, or nil.
func (l *labels) actor(id string) *graph.Actor { return l.actors[id] }

// space returns the social space with the ID, or nil.
func (l *labels) space(id string) *graph.SocialSpace { return l.spaces[id] }

// spaceName returns the name of the social space, or its ID if unknown.
func (l *labels) spaceName(id string) string {
	if s := l.spaces[id]; s != nil {
		return s.Name
	}
	return id
}

// label returns the German label of a code of the named taxonomy list.
func (l *labels) label(list, code string) string { return l.tax.Label(list, code) }

// domainPair names the pair of the actors' primary legal domains, in the
// taxonomy's order ("SGB II – SGB VIII"; one label for two actors of one domain).
func (l *labels) domainPair(a, b *graph.Actor) string {
	da, db := primaryDomain(a), primaryDomain(b)
	if l.rank(da) > l.rank(db) {
		da, db = db, da
	}
	la, lb := l.label(graph.ListLegalDomains, da), l.label(graph.ListLegalDomains, db)
	if da == db {
		return la + " (untereinander)"
	}
	return la + " – " + lb
}

// rank returns the position of the legal domain code in the taxonomy, after all
// known ones if unknown.
func (l *labels) rank(code string) int {
	for i, t := range l.tax.LegalDomains {
		if t.Code == code {
			return i
		}
	}
	return len(l.tax.LegalDomains)
}

// primaryDomain returns the actor's first legal domain, "" for none or no actor.
func primaryDomain(a *graph.Actor) string {
	if a == nil {
		return ""
	}
	return metrics.PrimaryLegalDomain(a)
}

// spacesOf returns the names of the social spaces either actor names, each once.
func (l *labels) spacesOf(a, b *graph.Actor) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range []*graph.Actor{a, b} {
		if x == nil {
			continue
		}
		for _, id := range x.SocialSpaces {
			if !seen[id] {
				seen[id] = true
				out = append(out, l.spaceName(id))
			}
		}
	}
	if len(out) == 0 {
		out = append(out, "ohne Sozialraum")
	}
	return out
}

// in reports whether the actor names a social space in within.
func (l *labels) in(a *graph.Actor, within map[string]bool) bool {
	if a == nil {
		return false
	}
	for _, id := range a.SocialSpaces {
		if within[id] {
			return true
		}
	}
	return false
}
