package site

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// SearchParam is a query parameter of the search (/beratung/suche), which the public
// JSON API and the widget take under the same names.
type SearchParam struct {
	Name, Description string
	// Type is its JSON Schema type: string, number or boolean. As in the form, an
	// empty value counts as none.
	Type string
}

// SearchParams returns the parameters of the search, in the order of the form.
func SearchParams() []SearchParam {
	ps := []SearchParam{
		{"q", fmt.Sprintf("Freier Suchtext, höchstens %d Zeichen; findet auch Wörter mit Tippfehlern und andere Wortformen.", maxQuery), "string"},
		{"ort", "Ort, Postleitzahl oder Sozialraum, in dessen Umkreis gesucht wird (wie in der Liste der Orte); nicht zusammen mit lat und lon.", "string"},
		{"umkreis", "Umkreis um ort oder lat/lon in Kilometern, mehr als 0 und höchstens 100; Standard 10.", "number"},
		{"lat", "Geografische Breite (WGS 84) für die Suche im Umkreis, nur zusammen mit lon.", "number"},
		{"lon", "Geografische Länge (WGS 84), nur zusammen mit lat.", "number"},
		{"feld", "Code eines Handlungsfelds (Thema).", "string"},
		{"fuer", "Code einer Zielgruppe (für wen).", "string"},
		{"raum", "ID eines Sozialraums (Gemeinde); Angebote, die ihn bedienen.", "string"},
		{"sprache", "Sprache außer Deutsch als Kürzel nach ISO 639, z. B. tr; dgs ist Deutsche Gebärdensprache.", "string"},
	}
	for _, f := range flags {
		ps = append(ps, SearchParam{f.code, "1 oder true: das Angebot soll " + f.label + ".", "boolean"})
	}
	return ps
}

// ParamError is a search parameter that is wrong, with a German sentence that says
// why.
type ParamError struct {
	Name, Message string
}

func (e *ParamError) Error() string {
	return fmt.Sprintf("Der Parameter %q ist ungültig: %s", e.Name, e.Message)
}

// maxRadius is the largest radius ParseSearch accepts, in kilometres.
const maxRadius = 100

// languageCode matches an ISO 639 code as graph.Listing keeps it.
var languageCode = regexp.MustCompile(`^[a-z]{2,3}$`)

// ParseSearch reads the search parameters of v (SearchParams) strictly, as the public
// JSON API and the widget need: every wrong value is a ParamError that names the
// parameter, where the search page would fall back to a default and say so. The
// place ort must be one the index knows; codes must be in the taxonomy and the
// social space in the index. It returns the query and the name of the place found.
func ParseSearch(v url.Values, x *directory.Index, tax *graph.Taxonomy) (directory.Query, string, *ParamError) {
	bad := func(name, format string, args ...any) (directory.Query, string, *ParamError) {
		return directory.Query{}, "", &ParamError{Name: name, Message: fmt.Sprintf(format, args...)}
	}
	q := directory.Query{Text: v.Get("q"), Field: v.Get("feld"), Target: v.Get("fuer"), Space: v.Get("raum"), Language: v.Get("sprache")}
	switch {
	case !utf8.ValidString(q.Text):
		return bad("q", "Der Suchtext ist kein gültiger UTF-8-Text.")
	case utf8.RuneCountInString(q.Text) > maxQuery:
		return bad("q", "Der Suchtext ist länger als %d Zeichen.", maxQuery)
	case q.Field != "" && !tax.Has(graph.ListFields, q.Field):
		return bad("feld", "Ein Handlungsfeld mit dem Code %q gibt es nicht.", clip(q.Field, 50))
	case q.Target != "" && !tax.Has(graph.ListTargetGroups, q.Target):
		return bad("fuer", "Eine Zielgruppe mit dem Code %q gibt es nicht.", clip(q.Target, 50))
	case q.Space != "" && !slices.ContainsFunc(x.Spaces(), func(s directory.SpaceOption) bool { return s.ID == q.Space }):
		return bad("raum", "Einen Sozialraum mit der ID %q gibt es nicht.", clip(q.Space, 50))
	case q.Language != "" && !languageCode.MatchString(q.Language):
		return bad("sprache", "Erwartet wird ein Sprachkürzel nach ISO 639 wie „tr“, nicht %q.", clip(q.Language, 50))
	}
	for _, f := range flags {
		switch v.Get(f.code) {
		case "", "0", "false":
		case "1", "true":
			*f.field(&q) = true
		default:
			return bad(f.code, "Erwartet wird 1, true, 0 oder false, nicht %q.", clip(v.Get(f.code), 50))
		}
	}
	radius := float64(defaultRadius)
	if s := v.Get("umkreis"); s != "" {
		r, err := strconv.ParseFloat(s, 64)
		if err != nil || !(r > 0 && r <= maxRadius) {
			return bad("umkreis", "Erwartet wird eine Zahl von Kilometern über 0 bis %d, nicht %q.", maxRadius, clip(s, 50))
		}
		radius = r
	}
	ort := strings.TrimSpace(v.Get("ort"))
	latS, lonS := v.Get("lat"), v.Get("lon")
	if latS != "" || lonS != "" {
		if ort != "" {
			return bad("ort", "ort und lat/lon schließen sich aus; bitte nur eins angeben.")
		}
		lat, err := strconv.ParseFloat(latS, 64)
		if err != nil || math.IsNaN(lat) || math.Abs(lat) > 90 {
			return bad("lat", "Erwartet wird eine Breite von -90 bis 90 (zusammen mit lon), nicht %q.", clip(latS, 50))
		}
		lon, err := strconv.ParseFloat(lonS, 64)
		if err != nil || math.IsNaN(lon) || math.Abs(lon) > 180 {
			return bad("lon", "Erwartet wird eine Länge von -180 bis 180 (zusammen mit lat), nicht %q.", clip(lonS, 50))
		}
		q.Near, q.RadiusKm = &graph.GeoPoint{Lat: lat, Lon: lon}, radius
		if place, ok := x.NearestPlace(*q.Near); ok {
			q.Within = place.Spaces
		}
	}
	if ort != "" {
		place, ok := x.FindPlace(ort)
		if !ok {
			return bad("ort", "Den Ort %q kennt das Verzeichnis nicht; möglich sind die Orte, Postleitzahlen und Sozialräume der Ortsliste.", clip(ort, 100))
		}
		q.Near, q.RadiusKm, q.Within, ort = &place.Point, radius, place.Spaces, place.Name
	}
	return q, ort, nil
}

// Language is a language an offer may speak besides German.
type Language struct {
	// Code is its ISO 639 code, "dgs" for German Sign Language.
	Code, Name string
}

// Languages returns the languages the directory names in German, by name.
func Languages() []Language {
	out := make([]Language, 0, len(languageNames))
	for code, name := range languageNames {
		out = append(out, Language{code, name})
	}
	slices.SortFunc(out, func(a, b Language) int { return strings.Compare(a.Name, b.Name) })
	return out
}
