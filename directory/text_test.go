package directory

import (
	"slices"
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	for in, want := range map[string][]string{
		"Schuldnerberatung":             {"schuldnerberat"},
		"Beratung für Mütter und Väter": {"berat", "mutt", "vat"},
		"Muetter":                       {"mutt"},
		"Ich suche Hilfe bei Schulden":  {"schuld"},
		"EUTB/Teilhabe-Beratung 24h":    {"eutb", "teilhab", "berat", "24h"},
		"\xff\xfeSchulden":              {"schuld"},
	} {
		if got := Terms(in); !slices.Equal(got, want) {
			t.Errorf("Terms(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		q, d string
		hit  bool
	}{
		{"Schuldnerberatung", "Schulden", true},         // the compound finds its first part
		{"Schulden", "Schuldnerberatung", true},         // and the part the compound
		{"Beratung", "Schuldnerberatung", true},         // the last part of a compound
		{"Schuldnerbertung", "Schuldnerberatung", true}, // a letter missing
		{"Shculden", "Schulden", true},                  // two letters swapped
		{"Sucht", "Schulden", false},
		{"Ra", "Rat", false}, // too short for a prefix match
		{"Kur", "Kurberatung", true},
		{"Migration", "Integration", false},
		{"Schuldnerberatung", "Schule", false}, // "dnerberatung" is no word
	} {
		q, d := Terms(c.q), Terms(c.d)
		// The vocabulary: the parts of "Schuldnerberatung" are words.
		word := func(s string) bool { return strings.HasPrefix("schuld", s) || strings.HasPrefix("berat", s) }
		if got := Match(q[0], d[0], word) > 0; got != c.hit {
			t.Errorf("Match(%q, %q) = %v, want a match: %v", q[0], d[0], got, c.hit)
		}
	}
}
