package fuzzy

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Mütter": "mutter", "Muetter": "mutter", "Straße": "strasse", "Café Élan": "cafe elan", "\xffab": " ab",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kitten", "sitting", 5, 3}, {"ab", "ba", 2, 1}, {"", "abc", 5, 3}, {"abcdef", "uvwxyz", 2, 3},
		{"same", "same", 1, 0}, {"ödem", "odem", 2, 1}, {"kitten", "sitting", 1, 2},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 3, 1},
	} {
		if got := Distance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
}
