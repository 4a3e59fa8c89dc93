package importers

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// listLabel names each taxonomy list in German, for messages.
var listLabel = map[string]string{
	graph.ListLegalDomains:     "Rechtskreis",
	graph.ListFields:           "Handlungsfeld",
	graph.ListTargetGroups:     "Zielgruppe",
	graph.ListActorKinds:       "Akteursart",
	graph.ListCooperationKinds: "Kooperationsart",
	graph.ListSpaceLevels:      "Gebietsebene",
	graph.ListIndicators:       "Indikator",
}

// termMatcher resolves the values of one taxonomy list.
type termMatcher struct {
	list  string
	terms []graph.Term
	exact map[string]string // lower-case code or label → code
	norm  map[string]string // normalized code or label → code
	user  map[string]string // the Mapping's translations, by lower-case value
	// near caches suggest's answers by normalized value, for at most maxNear values:
	// a file repeats its unknown values, often on every row.
	near map[string]string
	// loose maps the normalized spellings of each code, label and description
	// phrase to the codes they may mean ("sgb9", "sgb-ix", "eingliederungshilfe");
	// more than one code makes the spelling ambiguous.
	loose map[string][]string
	// read caches resolveLoose's answers by normalized value, for at most maxNear.
	read map[string]looseResult
}

// looseResult is what resolveLoose finds for one spelling.
type looseResult struct {
	code       string   // the one code it means, or ""
	candidates []string // the codes it may mean, when more than one
}

// maxNear bounds termMatcher.near, so that a file of distinct unknown values cannot
// grow it without end.
const maxNear = 1024

// matchers resolve the values of every taxonomy list.
type matchers map[string]*termMatcher

func newMatchers(t *graph.Taxonomy, m Mapping) matchers {
	out := matchers{}
	lists := map[string][]graph.Term{listReportedBy: reportedByTerms, listMeasures: graph.Measures()}
	for _, name := range graph.ListNames() {
		lists[name] = t.List(name)
	}
	for name, terms := range lists {
		tm := &termMatcher{list: name, terms: terms, exact: map[string]string{}, norm: map[string]string{}, user: map[string]string{}, near: map[string]string{}}
		for _, term := range tm.terms {
			tm.exact[strings.ToLower(term.Code)] = term.Code
			tm.exact[strings.ToLower(term.Label)] = term.Code
			for _, s := range []string{term.Code, term.Label} {
				if n := normalize(romanToArabic(s)); n != "" {
					if _, taken := tm.norm[n]; !taken {
						tm.norm[n] = term.Code
					}
				}
			}
		}
		tm.loose, tm.read = looseSpellings(tm.terms), map[string]looseResult{}
		for from, to := range m.Values[name] {
			tm.user[strings.ToLower(strings.TrimSpace(from))] = to
		}
		out[name] = tm
	}
	return out
}

// resolve returns the code for a value written in a file: the value itself if it is a
// code, the code of a label (ignoring case), or the Mapping's translation. Otherwise
// ok is false and suggestion is the nearest code, or "" if nothing is near.
func (tm *termMatcher) resolve(value string) (code string, ok bool, suggestion string) {
	v := strings.ToLower(strings.TrimSpace(value))
	if c, found := tm.user[v]; found {
		return c, true, ""
	}
	if c, found := tm.exact[v]; found {
		return c, true, ""
	}
	return "", false, tm.suggest(value)
}

// suggest finds the code nearest to value: equal after normalisation ("SGB 9",
// "SGB-IX" → sgb9), else the code or label with the smallest edit distance, if that
// is at most a third of the value's length.
func (tm *termMatcher) suggest(value string) string {
	n := normalize(romanToArabic(value))
	if n == "" {
		return ""
	}
	if c, found := tm.norm[n]; found {
		return c
	}
	if c, found := tm.near[n]; found {
		return c
	}
	best := tm.nearest(n)
	if len(tm.near) < maxNear {
		tm.near[n] = best
	}
	return best
}

// nearest returns the code or label nearest to the normalized value n by edit
// distance, if that is at most a third of its length, else the code of a label that
// n starts, else "".
func (tm *termMatcher) nearest(n string) string {
	runes := utf8.RuneCountInString(n)
	best, bestDist := "", runes/3+1
	for key, code := range tm.norm {
		if diff := runes - utf8.RuneCountInString(key); diff > bestDist || -diff > bestDist {
			continue // the distance is at least the difference of the lengths
		}
		if d := distance(n, key); d < bestDist || d == bestDist && best != "" && code < best {
			best, bestDist = code, d
		}
	}
	for key, code := range tm.norm { // a value that starts a label: "Eingliederung" …
		if best == "" && len(n) >= 4 && strings.HasPrefix(key, n) {
			best = code
		}
	}
	return best
}

// label returns the German label of a code.
func (tm *termMatcher) label(code string) string {
	for _, t := range tm.terms {
		if t.Code == code {
			return t.Label
		}
	}
	return code
}

// roman maps the Roman numerals of the social code books (SGB I to XIV) to digits.
var roman = map[string]string{
	"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8",
	"ix": "9", "x": "10", "xi": "11", "xii": "12", "xiii": "13", "xiv": "14",
}

// romanToArabic replaces Roman numerals that stand as words, such as "SGB XII", by
// digits ("SGB 12").
func romanToArabic(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '.' || r == '/' })
	changed := false
	for i, w := range words {
		if d, ok := roman[w]; ok && i > 0 {
			words[i], changed = d, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}

// looseSpellings returns the normalized spellings of each term: its code, its label
// (Roman numerals as digits) and each phrase of its description, split at commas,
// colons and brackets ("Rehabilitation und Teilhabe, Eingliederungshilfe").
func looseSpellings(terms []graph.Term) map[string][]string {
	out := map[string][]string{}
	put := func(s, code string) {
		n := normalize(romanToArabic(strings.TrimPrefix(strings.TrimSpace(s), "z. B. ")))
		if n != "" && !slices.Contains(out[n], code) {
			out[n] = append(out[n], code)
		}
	}
	for _, t := range terms {
		put(t.Code, t.Code)
		put(t.Label, t.Code)
		for _, phrase := range strings.FieldsFunc(t.Description, func(r rune) bool { return strings.ContainsRune(",:;()", r) }) {
			put(phrase, t.Code)
		}
	}
	return out
}

// resolveLoose finds the code that a spelling other than a code or label means: the
// one term whose code, label or description phrase is the same after normalisation
// ("SGB-IX", "SGB 9", "sgb9", "Eingliederungshilfe" → sgb9) or has such a spelling
// that starts with it (at least 3 letters: "Eingliederung"). More than one such term
// makes the spelling ambiguous ("Rehabilitation": SGB VI or SGB IX): code is then "" and candidates
// lists them. Call it after resolve failed.
func (tm *termMatcher) resolveLoose(value string) looseResult {
	n := normalize(romanToArabic(value))
	if n == "" {
		return looseResult{}
	}
	if r, ok := tm.read[n]; ok {
		return r
	}
	codes := slices.Clone(tm.loose[n])
	if utf8.RuneCountInString(n) >= 3 {
		for _, key := range sortedKeys(tm.loose) {
			if strings.HasPrefix(key, n) {
				for _, c := range tm.loose[key] {
					if !slices.Contains(codes, c) {
						codes = append(codes, c)
					}
				}
			}
		}
	}
	var r looseResult
	switch len(codes) {
	case 0:
	case 1:
		r.code = codes[0]
	default:
		r.candidates = tm.inOrder(codes)
	}
	if len(tm.read) < maxNear {
		tm.read[n] = r
	}
	return r
}

// inOrder returns codes in the order of the taxonomy list.
func (tm *termMatcher) inOrder(codes []string) []string {
	var out []string
	for _, t := range tm.terms {
		if slices.Contains(codes, t.Code) {
			out = append(out, t.Code)
		}
	}
	return out
}

// describe names a code with its label for messages: „SGB IX“ (sgb9).
func (tm *termMatcher) describe(code string) string {
	return "„" + tm.label(code) + "“ (" + code + ")"
}
