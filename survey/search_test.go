package survey

import (
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/internal/fuzzy"
)

func TestRankFindsPrefixesSubstringsAndOneTypo(t *testing.T) {
	name := fuzzy.Fold("Jugendamt Landkreis Seeland (JA)")
	for q, want := range map[string]int{"jug": 0, "seel": 0, "amt": 1, "landkries": 2, "jugndamt": 2, "": 0} {
		if r, ok := rank(fuzzy.Fold(q), name); !ok || r != want {
			t.Errorf("%q: rank %d, %t; want %d", q, r, ok, want)
		}
	}
	for _, q := range []string{"jux", "caritas", "seexxnd"} {
		if _, ok := rank(fuzzy.Fold(q), name); ok {
			t.Errorf("%q matches %q", q, name)
		}
	}
	if r, ok := rank(fuzzy.Fold("strasse"), fuzzy.Fold("Straße der Einheit")); !ok || r != 0 {
		t.Errorf("ß does not fold to ss: %d %t", r, ok)
	}
	if r, ok := rank(fuzzy.Fold("muller"), fuzzy.Fold("Müller GmbH")); !ok || r != 0 {
		t.Errorf("accents are not ignored: %d %t", r, ok)
	}
}
