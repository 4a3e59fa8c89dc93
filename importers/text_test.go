package importers

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"sgb2", "", 4}, {"", "sgb12", 5}, {"sgb2", "sgb2", 0}, {"sgb2", "sgb12", 1},
		{"kitten", "sitting", 3}, {"träger", "traeger", 2}, {"jobcenter", "jobcentre", 2},
		{"a", strings.Repeat("b", 100), 100}, // longer than the rows on the stack
	} {
		if got := distance(c.a, c.b); got != c.want {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { distance("eingliederungshilfe", "eingliederung") }); n != 0 {
		t.Errorf("distance allocates %v times for short strings", n)
	}
}
