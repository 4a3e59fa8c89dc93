// Package german writes numbers the German way, for the sentences, labels and
// reports the analyses show: a decimal comma, a dot between each three digits of
// the integer part, and the minus sign − (2.780; 0,13; −12.345,6).
package german

import (
	"math"
	"strconv"
	"strings"
)

// Int writes n with thousands separators: 2.780, −1.000.000.
func Int(n int) string { return Decimal(float64(n), 0) }

// Decimal writes x with prec decimals, a decimal comma and thousands separators
// (0,13; 12.345,6; −1.234); "–" for an undefined value (NaN or ±Inf). A value that
// rounds to zero has no sign.
func Decimal(x float64, prec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', prec, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if x < 0 && strings.Trim(s, "0.") != "" {
		b.WriteString("−")
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("," + frac)
	}
	return b.String()
}

// Signed writes a difference with its sign: +3, −2, ±0 (also for a difference that
// rounds to zero).
func Signed(x float64, prec int) string {
	s := Decimal(x, prec)
	if x > 0 && strings.Trim(s, "0,.") != "" {
		return "+" + s
	}
	if strings.Trim(s, "0,.−") == "" {
		return "±0"
	}
	return s
}
