// Package fuzzy compares the words people type with the words stored, as the
// directory's search and the survey's roster search do: Fold makes spellings meet,
// Distance counts typing errors.
package fuzzy

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// transcriptions are the German spellings of umlauts without them, folded as the
// umlauts are.
var transcriptions = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")

// Fold returns s in lower case without accents, with ß as ss and the transcriptions
// ae, oe and ue as a, o and u, so that "Mütter", "Muetter" and "Mutter" meet. Invalid
// UTF-8 becomes spaces.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.ToValidUTF8(s, " "))) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return transcriptions.Replace(b.String())
}

// shortWord is the length in runes up to which Distance needs no allocation.
const shortWord = 40

// Distance returns the optimal string alignment distance of a and b in runes: the
// insertions, deletions, substitutions and swaps of neighbours that turn a into b;
// or limit+1 as soon as it must exceed limit.
func Distance(a, b string, limit int) int {
	var ra, rb [shortWord]rune
	x, y := runes(a, ra[:0]), runes(b, rb[:0])
	var short [3][shortWord + 1]int
	rows := [3][]int{short[0][:], short[1][:], short[2][:]}
	if len(y) > shortWord {
		rows = [3][]int{make([]int, len(y)+1), make([]int, len(y)+1), make([]int, len(y)+1)}
	}
	prev2, prev, cur := rows[0][:len(y)+1], rows[1][:len(y)+1], rows[2][:len(y)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(y)], limit+1)
}

// runes appends the runes of s to buf.
func runes(s string, buf []rune) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}
