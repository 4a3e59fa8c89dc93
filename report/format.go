package report

import (
	"math"
	"strconv"
	"strings"
)

// decimal writes x with prec decimals, a decimal comma and thousands dots; "–"
// for an undefined value (NaN or ±Inf).
func decimal(x float64, prec int) string {
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

// signed writes a difference with its sign: +3, −2, ±0.
func signed(x float64, prec int) string {
	s := decimal(x, prec)
	if x > 0 && strings.Trim(s, "0,.") != "" {
		return "+" + s
	}
	if strings.Trim(s, "0,.−") == "" {
		return "±0"
	}
	return s
}

// percent writes a share in [0, 1] as a whole German percentage; "–" if undefined.
func percent(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return decimal(100*x, 0) + " %"
}
