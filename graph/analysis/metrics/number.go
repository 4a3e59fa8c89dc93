package metrics

import (
	"math"
	"strconv"
)

// Number is a float64 that encodes NaN and ±Inf as JSON null, for figures that are
// undefined in some cases (such as the constraint of an isolated actor).
type Number float64

// MarshalJSON encodes n as a JSON number, or null if it is not finite.
func (n Number) MarshalJSON() ([]byte, error) {
	f := float64(n)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, f, 'g', -1, 64), nil
}
