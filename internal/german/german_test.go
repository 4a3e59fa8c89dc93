package german

import (
	"math"
	"testing"
)

func TestNumbers(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{Int(0), "0"},
		{Int(999), "999"},
		{Int(2780), "2.780"},
		{Int(-1000), "−1.000"},
		{Int(-100), "−100"},
		{Int(1234567), "1.234.567"},
		{Decimal(0.0013, 4), "0,0013"},
		{Decimal(12345.64, 1), "12.345,6"},
		{Decimal(-1234.4, 0), "−1.234"},
		{Decimal(3.5, 0), "4"},
		{Decimal(-0.25, 2), "−0,25"},
		{Decimal(-0.001, 2), "0,00"},
		{Decimal(math.NaN(), 1), "–"},
		{Decimal(math.Inf(-1), 1), "–"},
		{Signed(3, 0), "+3"},
		{Signed(-2, 0), "−2"},
		{Signed(0, 0), "±0"},
		{Signed(0.004, 2), "±0"},
		{Signed(-0.004, 2), "±0"},
		{Signed(1234.5, 1), "+1.234,5"},
	} {
		if tt.got != tt.want {
			t.Errorf("%q, want %q", tt.got, tt.want)
		}
	}
}
