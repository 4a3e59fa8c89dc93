package directory

import (
	"strings"
	"unicode"

	"github.com/netzwerkatlas/netzwerkatlas/internal/fuzzy"
)

// Terms splits s into search terms the way the index and the queries both see them:
// lower case, umlauts and ß folded (so "Mütter", "Muetter" and "Mutter" meet), split at
// everything but letters and digits, stop words dropped, and each word stemmed (see
// stem). A term is at most maxTermLen bytes; longer words are cut.
func Terms(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fuzzy.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if stopWords[w] {
			continue
		}
		if len(w) > maxTermLen {
			w = w[:maxTermLen]
		}
		out = append(out, stem(w))
	}
	return out
}

// maxTermLen bounds a term, so that a query of one enormous word costs no more than
// a long word.
const maxTermLen = 40

// stopWords are words that say nothing about what someone looks for, already folded.
var stopWords = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true, "eine": true,
	"einen": true, "einer": true, "und": true, "oder": true, "fur": true, "in": true, "im": true, "mit": true,
	"von": true, "vom": true, "zu": true, "zum": true, "zur": true, "bei": true, "ich": true, "wir": true,
	"mein": true, "meine": true, "suche": true, "brauche": true, "hilfe": true, "hilfen": true, "am": true, "an": true, "auf": true,
}

// suffixes are the German endings stem removes, longest first.
var suffixes = []string{"ungen", "innen", "ung", "heit", "keit", "erin", "ern", "en", "er", "es", "em", "e", "n", "s"}

// stem removes one German inflection or derivation ending from the folded word w,
// keeping at least three letters: "Beratungen" and "Beratung" become "berat",
// "Schulden" "schuld". It is deliberately light; Match makes up for the rest by
// prefixes, compounds and typing errors.
func stem(w string) string {
	for _, s := range suffixes {
		if len(w)-len(s) >= 3 && strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// Match says how well the query term q matches the indexed term d, both from Terms,
// from 1 (equal) down to 0 (no match):
//   - a typing error, one edit in words up to seven letters and two in longer ones:
//     0.85 for one edit, 0.7 for two;
//   - d starts with q, at least three letters ("kur" and "kurberat"): 0.8, as a
//     person types the beginning of a word;
//   - d is a compound that ends with q ("schuldnerberat" and "berat"): 0.6;
//   - q is a compound with d as its first or its last part ("schuldnerberat" holds
//     "schuld" and "berat"): 0.6. The rest of q must then be a word of its own
//     (after a German linking element such as "s" or "ner"), as word says: so
//     "schuldnerberat" holds "schuld" but not "schul".
//
// word reports whether a string starts some indexed term.
func Match(q, d string, word func(string) bool) float64 {
	if q == d {
		return 1
	}
	allowed := 1
	if len(q) >= 8 {
		allowed = 2
	}
	if len(q) >= 4 && abs(len(q)-len(d)) <= allowed {
		if n := fuzzy.Distance(q, d, allowed); n <= allowed {
			return 1 - 0.15*float64(n)
		}
	}
	switch {
	case len(q) >= 3 && strings.HasPrefix(d, q):
		return 0.8
	case len(q) >= 4 && strings.HasSuffix(d, q):
		return 0.6
	case len(d) >= 4 && strings.HasPrefix(q, d) && part(q[len(d):], word, strings.TrimPrefix):
		return 0.6
	case len(d) >= 4 && strings.HasSuffix(q, d) && part(q[:len(q)-len(d)], word, strings.TrimSuffix):
		return 0.6
	}
	return 0
}

// links are the German linking elements between the parts of a compound, and the
// agent ending "ner" ("Schuldner"), longest first.
var links = []string{"ner", "es", "en", "er", "s", "n", "e", ""}

// part reports whether rest, the remainder of a compound beside a matched part, is
// itself a word of at least three letters, once trim has removed a linking element
// from the side that touched the matched part.
func part(rest string, word func(string) bool, trim func(s, link string) string) bool {
	for _, l := range links {
		if r := trim(rest, l); len(r) >= 3 && word(r) {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
