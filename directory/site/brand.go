package site

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// maxLogoBytes bounds the logo file.
const maxLogoBytes = 512 << 10

// logoTypes are the media types of the logo files the directory serves, by ending.
var logoTypes = map[string]string{".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}

// hexColour matches a colour such as #0b4f9c.
var hexColour = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// frameSource matches one source of Settings.FrameAncestors: 'self' or an http(s)
// origin, optionally with a leading wildcard label.
var frameSource = regexp.MustCompile(`^('self'|https?://(\*\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?)$`)

// Check reports, in German, the first setting that cannot work: a colour that is not
// #rrggbb or whose contrast against white is below 4.5:1 (WCAG 2.1 AA for text), a
// logo that is not a readable SVG, PNG, JPEG or WebP file of at most 512 KiB, an
// address that is not absolute, an unknown Leichte-Sprache text or a source of
// FrameAncestors that is not an origin. The server calls it at start-up.
func (s Settings) Check() error {
	if s.Color != "" {
		if !hexColour.MatchString(s.Color) {
			return fmt.Errorf("Die Hausfarbe %q ist keine Farbe der Form #rrggbb, z. B. #0b4f9c.", s.Color)
		}
		if c := contrast(s.Color, "#ffffff"); c < 4.5 {
			return fmt.Errorf("Die Hausfarbe %s hat gegen Weiß nur einen Kontrast von %s:1; für Text und Schaltflächen braucht es mindestens 4,5:1 (WCAG 2.1 AA). Bitte wählen Sie einen dunkleren Ton.",
				s.Color, german.Decimal(math.Floor(c*100)/100, 2))
		}
	}
	if s.LogoFile != "" {
		if _, ok := logoTypes[strings.ToLower(filepath.Ext(s.LogoFile))]; !ok {
			return fmt.Errorf("Das Logo %q muss eine SVG-, PNG-, JPEG- oder WebP-Datei sein (Endung .svg, .png, .jpg oder .webp).", s.LogoFile)
		}
		fi, err := os.Stat(s.LogoFile)
		switch {
		case err != nil:
			return fmt.Errorf("Das Logo %q lässt sich nicht lesen: %v", s.LogoFile, err)
		case !fi.Mode().IsRegular():
			return fmt.Errorf("Das Logo %q ist keine Datei.", s.LogoFile)
		case fi.Size() > maxLogoBytes:
			return fmt.Errorf("Das Logo %q ist %d KiB groß; erlaubt sind höchstens %d KiB.", s.LogoFile, fi.Size()>>10, maxLogoBytes>>10)
		}
	}
	for name, v := range map[string]string{"Impressum": s.ImprintURL, "Datenschutz": s.PrivacyURL, "Öffentliche Adresse": s.PublicURL} {
		if u, err := url.Parse(v); v != "" && (err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "") {
			return fmt.Errorf("%s: %q ist keine Adresse wie https://www.landkreis.de/…", name, v)
		}
	}
	for _, src := range strings.Fields(s.FrameAncestors) {
		if !frameSource.MatchString(src) {
			return fmt.Errorf("Einbetten erlaubt für: %q ist keine Herkunft wie https://www.landkreis.de oder 'self'.", src)
		}
	}
	for key := range s.EasyTexts {
		if _, ok := easyDefaults[key]; !ok {
			keys := make([]string, 0, len(easyDefaults))
			for k := range easyDefaults {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			return fmt.Errorf("Leichte Sprache: einen Text %q gibt es nicht; ersetzen lassen sich: %s.", key, strings.Join(keys, ", "))
		}
	}
	return nil
}

// contrast returns the contrast ratio of two #rrggbb colours as WCAG 2.1 defines it:
// (L1 + 0.05) / (L2 + 0.05) of their relative luminances, the lighter one first.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// luminance returns the relative luminance of a #rrggbb colour (WCAG 2.1, sRGB).
func luminance(hex string) float64 {
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}

// darker returns the #rrggbb colour mixed with black, by the share f (0 to 1).
func darker(hex string, f float64) string {
	out := "#"
	for i := range 3 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		out += fmt.Sprintf("%02x", int(math.Round(float64(v)*(1-f))))
	}
	return out
}

// BrandCSS reports whether the installation has its own colour, served as brand.css.
func (s Settings) BrandCSS() bool { return s.Color != "" }

// brandCSS serves /beratung/brand.css: the rules of style.css and widget.css that
// use the primary colour, in the installation's colour. Its contrast against white
// was checked at start-up (Check); the hover shade is darker still.
func (s *Site) brandCSS(w http.ResponseWriter, r *http.Request) {
	c := strings.ToLower(s.settings.Color)
	if c == "" {
		s.fail(w, r, http.StatusNotFound, "Seite nicht gefunden", "Diese Seite gibt es nicht.")
		return
	}
	dark := darker(c, 0.4)
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	if r.Method == http.MethodHead {
		return
	}
	fmt.Fprintf(w, `/* The installation's primary colour (--color), contrast against white checked at start-up. */
a, summary, button[type=button] { color: %[1]s; }
a:hover { color: %[2]s; }
header.site { border-bottom-color: %[1]s; }
button { border-color: %[1]s; background: %[1]s; }
button[type=button] { background: #fff; }
button:hover { background: %[2]s; }
button[type=button]:hover { color: #fff; }
input[type=checkbox] { accent-color: %[1]s; }
ul.badges li { border-color: %[1]s; color: %[1]s; }
figure.map .dot { fill: %[1]s; }
`, c, dark)
}

// logo serves /beratung/logo, the installation's logo file (Settings.LogoFile).
func (s *Site) logo(w http.ResponseWriter, r *http.Request) {
	if s.settings.LogoFile == "" {
		s.fail(w, r, http.StatusNotFound, "Seite nicht gefunden", "Diese Seite gibt es nicht.")
		return
	}
	b, err := os.ReadFile(s.settings.LogoFile)
	if err != nil || len(b) > maxLogoBytes {
		s.log.ErrorContext(r.Context(), "directory: logo", "file", s.settings.LogoFile, "err", err)
		s.fail(w, r, http.StatusNotFound, "Seite nicht gefunden", "Das Logo ist gerade nicht verfügbar.")
		return
	}
	h := w.Header()
	h.Set("Content-Type", logoTypes[strings.ToLower(filepath.Ext(s.settings.LogoFile))])
	h.Set("Cache-Control", "public, max-age=3600")
	// An SVG opened on its own is a document: it may run nothing.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}
