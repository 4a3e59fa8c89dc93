package importers

import (
	"fmt"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// check returns an Invalid error naming the first entry of m that cannot apply: a
// column mapped to a field no sheet has, a value translation for a list the taxonomy
// does not have, or one that translates to a code the list lacks. A mistyped mapping
// would otherwise be ignored without a word, and the column read as if unmapped.
func (m Mapping) check(t *graph.Taxonomy) error {
	if len(m.Columns) == 0 && len(m.Values) == 0 {
		return nil // most imports have no mapping; spare building the matchers
	}
	fields := map[string]bool{"-": true}
	for _, names := range FieldNames() {
		for _, f := range names {
			fields[f] = true
		}
	}
	for _, from := range sortedKeys(m.Columns) {
		to := m.Columns[from]
		if fields[to] {
			continue
		}
		msg := fmt.Sprintf("Die Zuordnung der Spalte „%s“ nennt das unbekannte Feld „%s“.", from, to)
		if near := nearest(to, fields); near != "" {
			msg += fmt.Sprintf(" Meinten Sie „%s“?", near)
		}
		return &graph.Error{Code: graph.Invalid, Message: msg, Fields: []graph.FieldError{{Field: "mapping.columns." + from, Message: msg}}}
	}
	matchers := newMatchers(t, Mapping{})
	for _, list := range sortedKeys(m.Values) {
		tm, ok := matchers[list]
		if !ok {
			msg := fmt.Sprintf("Die Zuordnung nennt die unbekannte Liste „%s“; möglich sind %s.", list, strings.Join(graph.ListNames(), ", "))
			return &graph.Error{Code: graph.Invalid, Message: msg, Fields: []graph.FieldError{{Field: "mapping.values." + list, Message: msg}}}
		}
		for _, from := range sortedKeys(m.Values[list]) {
			to := m.Values[list][from]
			code, ok, suggestion := tm.resolve(to)
			if ok && code == to {
				continue
			}
			if ok { // a label or another spelling of a code
				suggestion = code
			}
			msg := fmt.Sprintf("Die Zuordnung übersetzt „%s“ in den unbekannten Code „%s“ der Liste „%s“.", from, to, list)
			if suggestion != "" {
				msg += fmt.Sprintf(" Meinten Sie „%s“?", suggestion)
			}
			return &graph.Error{Code: graph.Invalid, Message: msg, Fields: []graph.FieldError{{Field: "mapping.values." + list + "." + from, Message: msg}}}
		}
	}
	return nil
}

// nearest returns the name of names nearest to s by edit distance, if within a third
// of its length.
func nearest(s string, names map[string]bool) string {
	best, bestDist := "", len([]rune(s))/3+1
	for _, name := range sortedKeys(names) {
		if d := distance(s, name); d < bestDist {
			best, bestDist = name, d
		}
	}
	return best
}
