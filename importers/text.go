package importers

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// fold maps German letters to their ASCII spelling for normalised comparisons.
var fold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue")

// normalize returns s in lower case with umlauts spelled out and everything but
// letters and digits removed, so that "Rechts-Kreis", "rechtskreis" and
// "RECHTSKREIS " compare equal.
func normalize(s string) string {
	s = fold.Replace(strings.ToLower(strings.TrimSpace(s)))
	var b strings.Builder
	for _, r := range s {
		if wordRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wordRune reports whether r is an ASCII letter or digit or a non-ASCII letter.
func wordRune(r rune) bool {
	if r < unicode.MaxASCII {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r)
}

// Slug returns the stable key derived from a name: lower case, umlauts spelled out,
// every run of other characters replaced by one "-", at most 120 bytes. It is the
// external key of items whose file gives none (see the package documentation).
func Slug(name string) string {
	s := fold.Replace(strings.ToLower(strings.TrimSpace(name)))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if !wordRune(r) {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteRune(r)
		dash = false
	}
	out := b.String()
	if len(out) > 120 {
		out = strings.TrimRight(strings.ToValidUTF8(out[:120], ""), "-")
	}
	return out
}

// distance returns the Levenshtein distance of a and b, counted in runes. It
// allocates nothing when b has fewer than 64 runes, as taxonomy codes and labels do:
// it runs for every unknown value of a file.
func distance(a, b string) int {
	var buf [128]int
	n := utf8.RuneCountInString(b) + 1
	rows := buf[:]
	if 2*n > len(rows) {
		rows = make([]int, 2*n)
	}
	prev, cur := rows[:n], rows[n:2*n]
	for j := range prev {
		prev[j] = j
	}
	i := 0
	for _, ra := range a {
		i++
		cur[0] = i
		j := 0
		for _, rb := range b {
			j++
			cost := 1
			if ra == rb {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[n-1]
}

// parseNumber reads a decimal number written the German or the English way: "1,5",
// "1.5", "1.234,5", "1,234.5", "1 234,5". It refuses NaN and infinities.
func parseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "'", "").Replace(s)
	if s == "" {
		return 0, false
	}
	comma, dot := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
	switch {
	case comma >= 0 && dot >= 0 && comma > dot: // 1.234,5
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
	case comma >= 0 && dot >= 0: // 1,234.5
		s = strings.ReplaceAll(s, ",", "")
	case comma >= 0 && strings.Count(s, ",") == 1:
		s = strings.Replace(s, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// parseBool reads yes/no in German and English, 1/0 and x (ticked).
func parseBool(s string) (value, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "ja", "j", "yes", "y", "true", "wahr", "1", "x", "✓", "-1", "directed", "gerichtet":
		return true, true
	case "nein", "n", "no", "false", "falsch", "0", "", "undirected", "ungerichtet", "mutual", "wechselseitig":
		return false, true
	}
	return false, false
}

// excelEpoch is day 0 of spreadsheet serial dates (1900 date system, with the
// Lotus leap-year bug accounted for by starting on 30 December 1899).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// parseDate reads a date as YYYY-MM-DD, DD.MM.YYYY, D.M.YY, DD/MM/YYYY or as a
// spreadsheet serial number, and returns it as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	for _, layout := range []string{time.DateOnly, "2.1.2006", "02.01.2006", "2.1.06", "02/01/2006", time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	if f, ok := parseNumber(s); ok && f > 1 && f < 200000 {
		return excelEpoch.AddDate(0, 0, int(f)).Format(time.DateOnly), true
	}
	return "", false
}

// splitList splits a cell holding several values, separated by "|", ";", "," or
// line breaks, and drops empty parts.
func splitList(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ';' || r == ',' || r == '\n' || r == '\r' })
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// formulaStart reports whether a spreadsheet would treat a cell starting with c as a
// formula (OWASP "CSV injection").
func formulaStart(c byte) bool {
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
}

// Neutralize returns s prefixed with an apostrophe if a spreadsheet would run it as a
// formula, that is if it starts with = + - @, a tab or a carriage return. Plain
// numbers such as "-3,5" are left alone: no spreadsheet runs them.
func Neutralize(s string) string {
	if s == "" || !formulaStart(s[0]) {
		return s
	}
	if _, ok := parseNumber(s); ok && s[0] == '-' {
		return s
	}
	return "'" + s
}

// unneutralize removes the apostrophe that Neutralize adds, so that exported files
// import unchanged.
func unneutralize(s string) string {
	if len(s) >= 2 && s[0] == '\'' && formulaStart(s[1]) {
		return s[1:]
	}
	return s
}

// formatNumber writes f without exponent and with as many decimals as needed.
func formatNumber(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
