package importers

import (
	"fmt"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Named is a stored entity that a file may refer to: its kind, ID, external key and
// name.
type Named struct {
	Kind graph.Kind
	ID   string
	Key  string
	Name string
}

// NamesOf returns the actors, social spaces and waves of n, the entities that
// references name, for Options.Existing.
func NamesOf(n *graph.Network) []Named {
	out := make([]Named, 0, len(n.Actors)+len(n.SocialSpaces)+len(n.Waves))
	for _, s := range n.SocialSpaces {
		out = append(out, Named{Kind: graph.KindSocialSpace, ID: s.ID, Key: s.ExternalKey, Name: s.Name})
	}
	for _, w := range n.Waves {
		out = append(out, Named{Kind: graph.KindWave, ID: w.ID, Key: w.ExternalKey, Name: w.Name})
	}
	for _, a := range n.Actors {
		out = append(out, Named{Kind: graph.KindActor, ID: a.ID, Key: a.ExternalKey, Name: a.Name})
	}
	return out
}

// refCandidate is an entity a reference may mean: the value the reference is
// rewritten to (an external key, or the ID of a stored entity without one) and its
// name, for messages.
type refCandidate struct {
	target, name string
}

// refIndex resolves the references to one kind.
type refIndex struct {
	exact map[string]bool // keys of the batch, keys and IDs of the store
	// inFile and stored map the Slug of a name or key to the entities it may mean,
	// in the file and in the store; the file's win.
	inFile, stored map[string][]refCandidate
}

func addName(m map[string][]refCandidate, s string, c refCandidate) {
	if s == "" {
		return
	}
	for _, o := range m[s] {
		if o.target == c.target {
			return
		}
	}
	m[s] = append(m[s], c)
}

// candidates returns the entities a reference may mean: those of the file, or if
// none, those of the store.
func (ix *refIndex) candidates(v string) []refCandidate {
	s := Slug(v)
	if c := ix.inFile[s]; len(c) > 0 {
		return c
	}
	return ix.stored[s]
}

// referenced are the kinds that references name.
var referenced = map[graph.Kind]bool{graph.KindActor: true, graph.KindSocialSpace: true, graph.KindWave: true}

// newRefIndexes indexes the batch's and the store's entities of every kind.
func newRefIndexes(b *graph.Batch, existing []Named) map[graph.Kind]*refIndex {
	out := map[graph.Kind]*refIndex{}
	for _, k := range graph.Kinds() {
		out[k] = &refIndex{exact: map[string]bool{}, inFile: map[string][]refCandidate{}, stored: map[string][]refCandidate{}}
	}
	for _, it := range b.Items() {
		e := it.Entity
		if !referenced[e.EntityKind()] {
			continue // offers, needs and cooperations are named by no reference
		}
		m, ix := e.Metadata(), out[e.EntityKind()]
		if m.ExternalKey == "" {
			ix.exact[m.ID] = true
			continue
		}
		ix.exact[m.ExternalKey] = true
		c := refCandidate{target: m.ExternalKey, name: cmpOr(nameOf(e), m.ExternalKey)}
		addName(ix.inFile, Slug(m.ExternalKey), c)
		addName(ix.inFile, Slug(nameOf(e)), c)
	}
	for _, n := range existing {
		ix := out[n.Kind]
		ix.exact[n.ID] = true
		target := n.ID
		if n.Key != "" {
			ix.exact[n.Key] = true
			target = n.Key
		}
		c := refCandidate{target: target, name: cmpOr(n.Name, target)}
		addName(ix.stored, Slug(n.Key), c)
		addName(ix.stored, Slug(n.Name), c)
	}
	return out
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// resolveRefs rewrites every reference that names no key of the batch (nor a key or
// ID of the existing entities) but a name: when the Slug of the reference is the
// Slug of the name or key of exactly one entity of the batch, or else of the store
// (so case, spaces and punctuation do not count), the reference becomes that
// entity's key. A name that fits several entities is an error that lists them; with
// existing entities given, so is a name that fits none.
func resolveRefs(b *graph.Batch, rep *Report, existing []Named) {
	idx := newRefIndexes(b, existing)
	for _, it := range b.Items() {
		for _, r := range it.Entity.Refs() {
			v := *r.ID
			ix := idx[r.Kind]
			if v == "" || ix.exact[v] {
				continue
			}
			cands := ix.candidates(v)
			switch {
			case len(cands) == 1:
				*r.ID = cands[0].target
			case len(cands) > 1:
				path := it.Path + "." + r.Field
				rep.add(SeverityError, rep.locate(path), path, v, "", "%s „%s“ ist mehrdeutig; gemeint sein kann %s. Bitte den Schlüssel angeben.",
					r.Kind.Label(), v, candidateList(cands))
			case existing != nil:
				path := it.Path + "." + r.Field
				rep.add(SeverityError, rep.locate(path), path, v, "", "%s „%s“ gibt es weder in der Datei noch im Bestand; erwartet wird ein Name oder Schlüssel.",
					r.Kind.Label(), v)
			}
		}
	}
}

// candidateList names the candidates of an ambiguous reference: „Name“ (Schlüssel
// „key“) oder …, at most 5.
func candidateList(cands []refCandidate) string {
	parts := make([]string, 0, min(len(cands), 6))
	for i, c := range cands {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("%d weitere", len(cands)-5))
			break
		}
		parts = append(parts, fmt.Sprintf("„%s“ (Schlüssel „%s“)", c.name, c.target))
	}
	return strings.Join(parts, " oder ")
}
