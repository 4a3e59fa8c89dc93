package site

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestContrast checks the WCAG 2.1 contrast ratio on published pairs: black on white
// is 21:1, white on white 1:1, and #767676 the lightest grey with 4.5:1 (4.54).
func TestContrast(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{{"#000000", "#ffffff", 21}, {"#ffffff", "#FFFFFF", 1}, {"#767676", "#ffffff", 4.54}} {
		if got := contrast(c.a, c.b); math.Abs(got-c.want) > 0.01*c.want {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// TestCheck checks the German messages of settings that cannot work.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	logo := filepath.Join(dir, "logo.png")
	if err := os.WriteFile(logo, []byte("\x89PNG"), 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "gross.svg")
	if err := os.WriteFile(big, make([]byte, maxLogoBytes+1), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		s    Settings
		want string // "" for no error
	}{
		{Settings{Color: "#0b4f9c", LogoFile: logo, PublicURL: "https://beratung.kreis.example", FrameAncestors: "https://www.kreis.example 'self'"}, ""},
		{Settings{Color: "#777777"}, "Kontrast von 4,47:1"}, // 4.478, cut down so that a refused colour never shows 4,50
		{Settings{Color: "#ffcc00"}, "mindestens 4,5:1"},
		{Settings{Color: "blau"}, "keine Farbe der Form #rrggbb"},
		{Settings{LogoFile: filepath.Join(dir, "fehlt.svg")}, "lässt sich nicht lesen"},
		{Settings{LogoFile: logo + ".gif"}, "SVG-, PNG-, JPEG- oder WebP-Datei"},
		{Settings{LogoFile: big}, "höchstens 512 KiB"},
		{Settings{ImprintURL: "javascript:alert(1)"}, "Impressum"},
		{Settings{FrameAncestors: "https://a.example; script-src *"}, "Einbetten erlaubt für"},
		{Settings{EasyTexts: map[string]string{"angebot.preis": "x"}}, "einen Text \"angebot.preis\" gibt es nicht"},
	} {
		err := c.s.Check()
		if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%+v: %v, want %q", c.s, err, c.want)
		}
	}
}

// TestEasyDate checks dates as Leichte Sprache writes them.
func TestEasyDate(t *testing.T) {
	for iso, want := range map[string]string{"2026-12-03": "3. Dezember 2026", "2025-03-31": "31. März 2025", "kein Datum": "kein Datum"} {
		if got := easyDate(iso); got != want {
			t.Errorf("easyDate(%q) = %q, want %q", iso, got, want)
		}
	}
}
