package report

import (
	"math"

	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// percent writes a share in [0, 1] as a whole German percentage; "–" if undefined.
func percent(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return german.Decimal(100*x, 0) + " %"
}
