package site

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// embedData is what the page about embedding shows.
type embedData struct {
	page
	WidgetURL, Snippet, APIURL string
}

// embed serves /beratung/einbinden: a person who runs a website chooses a social
// space and a field, sees the widget and copies the iframe that shows it.
func (s *Site) embed(w http.ResponseWriter, r *http.Request, x *directory.Index, tax *graph.Taxonomy) {
	d := embedData{page: s.page(r, "einbinden", "Auf Ihrer Internetseite einbinden")}
	choice := url.Values{}
	q := directory.Query{}
	v := r.URL.Query()
	// Only choices the directory knows go into the code; others are left out.
	if _, _, perr := ParseSearch(url.Values{"raum": {v.Get("raum")}}, x, tax); perr == nil && v.Get("raum") != "" {
		q.Space = v.Get("raum")
		choice.Set("raum", q.Space)
	}
	if tax.Has(graph.ListFields, v.Get("feld")) {
		q.Field = v.Get("feld")
		choice.Set("feld", q.Field)
	}
	s.withForm(&d.page, r, x, tax, q, "")
	d.Script = false
	d.WidgetURL = Base + "/widget"
	api := "/api/public/v1/offers"
	if enc := choice.Encode(); enc != "" {
		d.WidgetURL += "?" + enc
		api += "?" + enc
	}
	base := s.settings.AbsoluteBase(r)
	d.APIURL = base + api
	d.Snippet = fmt.Sprintf(`<iframe src="%s%s" title="%s" width="100%%" height="480" loading="lazy"></iframe>`,
		base, d.WidgetURL, "Beratungsangebote – "+d.Settings.Name)
	s.render(w, r, http.StatusOK, "embed", d)
}
