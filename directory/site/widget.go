package site

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// widgetPage is the embeddable list of offers: a page of its own, without the
// site's header and footer.
var widgetPage = template.Must(template.ParseFS(templates, "templates/widget.html"))

// widgetMax is the largest number of offers the widget lists (anzahl).
const widgetMax = 50

// widgetData is what the widget shows.
type widgetData struct {
	Settings Settings
	Base     string
	Title    string
	Message  string
	Hits     []hitRow
	More     string // the same search on the site, when it finds more than shown
	Total    int
}

// widget serves /beratung/widget: a compact list of the offers that the search
// parameters (SearchParams) select, usually raum or feld, for an iframe on the
// county's own website. anzahl bounds the list (default 10). Links open the
// directory's pages in a new window. Only this page may be framed, by the origins
// of Settings.FrameAncestors.
func (s *Site) widget(w http.ResponseWriter, r *http.Request, x *directory.Index, tax *graph.Taxonomy) {
	v := r.URL.Query()
	d := widgetData{Settings: s.settings.withDefaults(regionOf(r)), Base: Base, Title: "Beratungsangebote"}
	status := http.StatusOK
	q, _, perr := ParseSearch(v, x, tax)
	limit := 10
	if a := v.Get("anzahl"); a != "" {
		n, err := strconv.Atoi(a)
		if err != nil || n < 1 || n > widgetMax {
			perr = &ParamError{"anzahl", fmt.Sprintf("Erwartet wird eine Zahl von 1 bis %d.", widgetMax)}
		}
		limit = n
	}
	if perr != nil {
		status, d.Message = http.StatusBadRequest, "Diese Auswahl ist nicht möglich: "+perr.Error()
	} else {
		d.Title = widgetTitle(q, x, tax)
		hits, _ := x.Search(q)
		d.Total = len(hits)
		for _, h := range hits[:min(limit, len(hits))] {
			d.Hits = append(d.Hits, hitView(h))
		}
		if len(hits) > limit {
			search := url.Values{}
			for _, p := range SearchParams() {
				if val := v.Get(p.Name); val != "" {
					search.Set(p.Name, val)
				}
			}
			d.More = Base + "/suche?" + search.Encode()
		}
	}
	var b strings.Builder
	if err := widgetPage.Execute(&b, d); err != nil {
		s.log.ErrorContext(r.Context(), "directory: render widget", "err", err)
		http.Error(w, "Interner Fehler", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Del("X-Frame-Options")
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; "+
		"base-uri 'self'; form-action 'self'; frame-ancestors "+s.settings.frameAncestors())
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "public, max-age=60")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		fmt.Fprint(w, b.String())
	}
}

// widgetTitle names what the widget lists: "Beratungsangebote in Seeburg zum Thema
// Wohnen".
func widgetTitle(q directory.Query, x *directory.Index, tax *graph.Taxonomy) string {
	t := "Beratungsangebote"
	if q.Target != "" {
		t += " für " + tax.Label(graph.ListTargetGroups, q.Target)
	}
	for _, sp := range x.Spaces() {
		if sp.ID == q.Space {
			t += " in " + sp.Name
		}
	}
	if q.Field != "" {
		t += " zum Thema " + tax.Label(graph.ListFields, q.Field)
	}
	return t
}

// frameAncestors returns the CSP source list of the sites that may frame the widget:
// FrameAncestors, or any site.
func (s Settings) frameAncestors() string {
	if s.FrameAncestors == "" {
		return "*"
	}
	return s.FrameAncestors
}
