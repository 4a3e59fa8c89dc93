package importers

import (
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Exported tables are for people as well as for re-import: beside each column of
// codes they carry the codes' German labels ("Rechtskreise (Bezeichnung)": "SGB IX –
// Rehabilitation und Teilhabe, Eingliederungshilfe; SGB III – Arbeitsförderung"), and
// beside each column of keys the names of the entities referred to ("Akteur 1
// (Name)"). Decoders skip these label columns (isLabelHeader), so an exported file
// imports as before.

// labelHeader returns the header of the label column written beside column c, or ""
// if c gets none.
func labelHeader(c *column) string {
	switch c.typ {
	case typeCode, typeCodes:
		return c.header + " (Bezeichnung)"
	case typeRef, typeRefs:
		return c.header + " (Name)"
	}
	return ""
}

// labelHeaders holds the normalised label headers of every sheet.
var labelHeaders = func() map[string]bool {
	out := map[string]bool{}
	for _, sh := range sheets {
		for _, c := range sh.columns {
			if h := labelHeader(c); h != "" {
				out[normalize(h)] = true
			}
		}
	}
	return out
}()

// isLabelHeader reports whether the header names a label column that exports write
// beside a column of codes or keys; decoders skip such columns.
func isLabelHeader(header string) bool { return labelHeaders[normalize(header)] }

// labeller finds the German labels of codes and the names of referred entities.
type labeller struct {
	tax   *graph.Taxonomy
	names map[graph.Kind]map[string]string // ID → name
}

func newLabeller(n *graph.Network) *labeller {
	tax := n.Taxonomy
	if tax == nil {
		tax = graph.DefaultTaxonomy()
	}
	l := &labeller{tax: tax, names: map[graph.Kind]map[string]string{}}
	add := func(k graph.Kind, id, name string) {
		if l.names[k] == nil {
			l.names[k] = map[string]string{}
		}
		l.names[k][id] = name
	}
	for i := range n.Actors {
		add(graph.KindActor, n.Actors[i].ID, n.Actors[i].Name)
	}
	for i := range n.SocialSpaces {
		add(graph.KindSocialSpace, n.SocialSpaces[i].ID, n.SocialSpaces[i].Name)
	}
	for i := range n.Offers {
		add(graph.KindOffer, n.Offers[i].ID, n.Offers[i].Name)
	}
	for i := range n.Waves {
		add(graph.KindWave, n.Waves[i].ID, n.Waves[i].Name)
	}
	return l
}

// cell returns the label cell of column c for e: the labels of its codes or the
// names of the entities it refers to, joined by "; ", or nil if there are none.
func (l *labeller) cell(c *column, e graph.Entity, keys keyIndex) any {
	var parts []string
	switch c.typ {
	case typeCode:
		if code := *c.str(e); code != "" {
			parts = append(parts, l.term(c.list, code))
		}
	case typeCodes:
		for _, code := range *c.strs(e) {
			parts = append(parts, l.term(c.list, code))
		}
	case typeRef:
		if id := *c.str(e); id != "" {
			parts = append(parts, l.name(c.ref, id, keys))
		}
	case typeRefs:
		for _, id := range *c.strs(e) {
			parts = append(parts, l.name(c.ref, id, keys))
		}
	}
	return nilIfEmpty(strings.Join(parts, "; "))
}

// term returns the German label of a code in a list; legal domains, whose labels
// are short names of laws ("SGB IX"), also get their description.
func (l *labeller) term(list, code string) string {
	for _, t := range termsOf(l.tax, list) {
		if t.Code == code {
			if list == graph.ListLegalDomains && t.Description != "" {
				return t.Label + " – " + t.Description
			}
			return t.Label
		}
	}
	return code
}

// name returns the name of the entity of kind k with the ID, or its key.
func (l *labeller) name(k graph.Kind, id string, keys keyIndex) string {
	if name := l.names[k][id]; name != "" {
		return name
	}
	return keys.key(k, id)
}
