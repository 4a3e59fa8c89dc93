// Package site serves the public counselling directory under /beratung: pages
// rendered on the server that work without JavaScript, set no cookies and load
// nothing from other hosts. A small script only adds "Meinen Standort verwenden".
package site

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Base is the path the site is served under.
const Base = "/beratung"

// Settings are what an installation says about its directory. Texts given as HTML
// replace the default sections; they come from the installation, never from visitors.
type Settings struct {
	// Name is the directory's name in the header and page titles.
	Name string
	// Region names the area in running text: "Landkreis Seeland".
	Region string
	// Owner is the public body responsible, for the accessibility statement.
	Owner string
	// FeedbackEmail receives reports about barriers.
	FeedbackEmail string
	// ImprintURL and PrivacyURL link the county's imprint and privacy pages.
	ImprintURL, PrivacyURL string
	// SignVideo is the path of a video in German Sign Language served by the
	// installation itself; empty for none yet.
	SignVideo string
	// EasyLanguage and AccessibilityStatement replace the default texts.
	EasyLanguage, AccessibilityStatement template.HTML
	// LogoFile is the path of the county's logo (SVG, PNG, JPEG or WebP, see
	// Check), served as /beratung/logo beside the name in the header.
	LogoFile string
	// Color is the county's primary colour, #rrggbb, for links and buttons; its
	// contrast against white must be at least 4.5:1 (Check). Empty for the default.
	Color string
	// FrameAncestors are the origins whose pages may embed the widget
	// (/beratung/widget), separated by spaces, as CSP frame-ancestors takes them;
	// empty for any. Every other page may not be framed.
	FrameAncestors string
	// EasyTexts replace texts of the pages in Leichte Sprache, by key (see
	// easyDefaults); Check refuses unknown keys.
	EasyTexts map[string]string
	// PublicURL is the address the installation is reached at, such as
	// "https://beratung.landkreis.de": absolute links (sitemap, JSON-LD, the public
	// API) start with it; empty for the request's own host.
	PublicURL string
}

// withDefaults fills the empty names of s from the region, the name of the data's
// top social space.
func (s Settings) withDefaults(region string) Settings {
	if region == "" {
		region = "Landkreis"
	}
	if s.Region == "" {
		s.Region = region
	}
	if s.Name == "" {
		s.Name = "Beratungsführer " + s.Region
	}
	if s.Owner == "" {
		s.Owner = s.Region
	}
	return s
}

// Source returns the directory's index of the current data.
type Source func(ctx context.Context) (*directory.Index, *graph.Taxonomy, error)

// Site is the http.Handler of the directory.
type Site struct {
	settings Settings
	source   Source
	log      *slog.Logger
	pages    map[string]*template.Template
	assets   http.Handler
	// reports serves the report forms; nil until WithReports.
	reports *reportSite
}

//go:embed templates/*.html
var templates embed.FS

//go:embed assets
var assets embed.FS

// New returns the site over the index source.
func New(settings Settings, source Source, log *slog.Logger) *Site {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	base := template.Must(template.New("").Funcs(template.FuncMap{"options": options, "problems": problemSummary}).ParseFS(templates, "templates/layout.html", "templates/form.html", "templates/easyform.html"))
	pages := map[string]*template.Template{}
	for _, p := range []string{"start", "results", "offer", "easy", "accessibility", "error", "report", "thanks", "provider", "correction", "easy-results", "easy-offer", "embed"} {
		pages[p] = template.Must(template.Must(base.Clone()).ParseFS(templates, "templates/"+p+".html"))
	}
	return &Site{settings: settings, source: source, log: log, pages: pages,
		assets: http.StripPrefix(Base, http.FileServerFS(assets))}
}

// ServeHTTP serves the directory's pages and assets.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, Base), "/")
	reporting := s.reports != nil && isReportPath(path)
	provider := s.reports != nil && strings.HasPrefix(path, providerPrefix)
	if r.Method != http.MethodGet && r.Method != http.MethodHead && (r.Method != http.MethodPost || !(reporting || provider)) {
		w.Header().Set("Allow", "GET, HEAD")
		s.fail(w, r, http.StatusMethodNotAllowed, "Nicht möglich", "Diese Seite kann nur gelesen werden.")
		return
	}
	if strings.HasPrefix(path, "/assets/") {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		s.assets.ServeHTTP(w, r)
		return
	}
	x, tax, err := s.source(r.Context())
	if err != nil {
		s.log.ErrorContext(r.Context(), "directory: load", "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, "Vorübergehend nicht erreichbar", "Die Beratungssuche ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.")
		return
	}
	if spaces := x.Spaces(); len(spaces) > 0 && spaces[0].Depth == 0 {
		r = r.WithContext(context.WithValue(r.Context(), regionKey{}, spaces[0].Name))
	}
	switch {
	case path == "":
		s.start(w, r, x, tax)
	case path == "/suche":
		s.results(w, r, x, tax)
	case reporting:
		s.serveReport(w, r, x, path)
	case provider:
		s.serveProvider(w, r, x, path)
	case strings.HasPrefix(path, "/angebot/"):
		s.offer(w, r, x, tax, strings.TrimPrefix(path, "/angebot/"))
	case path == "/leichte-sprache":
		p := s.page(r, "leicht", "Leichte Sprache")
		s.withForm(&p, r, x, tax, directory.Query{}, "")
		s.render(w, r, http.StatusOK, "easy", p)
	case path == "/barrierefreiheit":
		s.render(w, r, http.StatusOK, "accessibility", s.page(r, "barrierefreiheit", "Erklärung zur Barrierefreiheit"))
	default:
		if !s.servePublished(w, r, x, tax, path) {
			s.fail(w, r, http.StatusNotFound, "Seite nicht gefunden", "Diese Seite gibt es nicht.")
		}
	}
}

// page holds what every page shows.
type page struct {
	Settings Settings
	Base     string
	Page     string
	Title    string
	Message  string
	Print    bool
	Script   bool
	JSONLD   template.JS
	// Reports: the report forms are on.
	Reports bool
	// Switch links the same page in Leichte Sprache, or back (langSwitch).
	Switch langLink
	formData
}

// page returns the common data of a page named name with the title.
func (s *Site) page(r *http.Request, name, title string) page {
	return page{Settings: s.settings.withDefaults(regionOf(r)), Base: Base, Page: name, Title: title, Print: r.URL.Query().Get("druck") == "1", Reports: s.reports != nil, Switch: langSwitch(r)}
}

// regionKey keys the region's name in a request's context.
type regionKey struct{}

// regionOf returns the region's name that ServeHTTP put into r's context.
func regionOf(r *http.Request) string {
	name, _ := r.Context().Value(regionKey{}).(string)
	return name
}

// render writes the page with the status; no cookies, short public caching unless
// the handler set its own.
func (s *Site) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&b, "layout", data); err != nil {
		s.log.ErrorContext(r.Context(), "directory: render", "page", name, "err", err)
		http.Error(w, "Interner Fehler", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	if h.Get("Cache-Control") == "" {
		h.Set("Cache-Control", "public, max-age=60")
	}
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(b.Bytes()) // a client that went away needs no answer
	}
}

// fail renders an error page in German.
func (s *Site) fail(w http.ResponseWriter, r *http.Request, status int, title, message string) {
	p := s.page(r, "fehler", title)
	p.Message = message
	s.render(w, r, status, "error", p)
}

// start serves the start page.
func (s *Site) start(w http.ResponseWriter, r *http.Request, x *directory.Index, tax *graph.Taxonomy) {
	p := s.page(r, "start", "Beratung finden")
	s.withForm(&p, r, x, tax, directory.Query{}, "")
	s.render(w, r, http.StatusOK, "start", p)
}

// maxQuery bounds the free text of a search, in characters.
const maxQuery = 200

// results serves a search.
func (s *Site) results(w http.ResponseWriter, r *http.Request, x *directory.Index, tax *graph.Taxonomy) {
	v := r.URL.Query()
	for _, values := range v {
		for i, s := range values { // shown again in the form: never as invalid UTF-8
			values[i] = strings.ToValidUTF8(s, "\uFFFD")
		}
	}
	p := s.page(r, "suche", "Suchergebnis")
	q := directory.Query{
		Text: v.Get("q"), Field: v.Get("feld"), Target: v.Get("fuer"), Space: v.Get("raum"), Language: v.Get("sprache"),
	}
	var notices []string
	if utf8.RuneCountInString(q.Text) > maxQuery {
		q.Text = string([]rune(q.Text)[:maxQuery])
		notices = append(notices, fmt.Sprintf("Der Suchtext war sehr lang; gesucht wurde nach den ersten %d Zeichen.", maxQuery))
	}
	for _, f := range flags {
		*f.field(&q) = v.Get(f.code) == "1"
	}
	ort := strings.TrimSpace(v.Get("ort"))
	radius, _ := strconv.ParseFloat(v.Get("umkreis"), 64)
	if !validRadius(radius) {
		radius = defaultRadius
	}
	lat, errLat := strconv.ParseFloat(v.Get("lat"), 64)
	lon, errLon := strconv.ParseFloat(v.Get("lon"), 64)
	switch {
	case ort != "":
		if place, ok := x.FindPlace(ort); ok {
			q.Near, q.RadiusKm, q.Within = &place.Point, radius, place.Spaces
			ort = place.Name
		} else {
			notices = append(notices, fmt.Sprintf("Den Ort „%s“ kennen wir nicht. Bitte wählen Sie einen Ort oder eine Postleitzahl aus der Liste; gesucht wurde ohne Ort.", clip(ort, 100)))
		}
	case errLat == nil && errLon == nil && math.Abs(lat) <= 90 && math.Abs(lon) <= 180:
		q.Near, q.RadiusKm = &graph.GeoPoint{Lat: lat, Lon: lon}, radius
		if place, ok := x.NearestPlace(*q.Near); ok {
			q.Within = place.Spaces
		}
	}
	s.withForm(&p, r, x, tax, q, ort)
	p.MoreOpen = q.Field != "" || q.Target != "" || q.Space != "" || q.Language != "" || anyFlag(q)
	hits, all := x.Search(q)
	if !all {
		notices = append(notices, "Kein Angebot passt zu allen Suchwörtern. Angezeigt werden Angebote, die zu einem Teil passen.")
	}
	res := resultData{Notices: notices}
	switch len(hits) {
	case 0:
		res.Summary = "Keine Angebote gefunden"
		res.Notices = append(res.Notices, "Versuchen Sie weniger oder andere Wörter, einen größeren Umkreis oder weniger Auswahl.")
	case 1:
		res.Summary = "1 Angebot gefunden"
	default:
		res.Summary = fmt.Sprintf("%d Angebote gefunden", len(hits))
	}
	pageNo, _ := strconv.Atoi(v.Get("seite"))
	pages := max(1, (len(hits)+perPage-1)/perPage)
	pageNo = min(max(pageNo, 1), pages)
	shown := hits[(pageNo-1)*perPage : min(pageNo*perPage, len(hits))]
	for _, h := range shown {
		res.Hits = append(res.Hits, hitView(h))
	}
	if pages > 1 {
		res.Pages = pageLinks(r.URL.Query(), pageNo, pages)
	}
	res.Map, res.SpaceCounts = mapOf(x, hits, shown)
	s.render(w, r, http.StatusOK, "results", struct {
		page
		resultData
	}{p, res})
}

// perPage is how many results a page lists.
const perPage = 20

// pageLinks returns the links to the previous and next page of results and where
// the current page is.
func pageLinks(v url.Values, page, pages int) *pager {
	at := func(n int) string {
		v.Set("seite", strconv.Itoa(n))
		return Base + "/suche?" + v.Encode()
	}
	p := &pager{Label: fmt.Sprintf("Seite %d von %d", page, pages)}
	if page > 1 {
		p.Prev = at(page - 1)
	}
	if page < pages {
		p.Next = at(page + 1)
	}
	return p
}

// clip shortens s to at most n characters, for messages that repeat input.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
