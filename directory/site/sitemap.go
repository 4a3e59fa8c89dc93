package site

import (
	"encoding/xml"
	"net/http"
	"net/url"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
)

// sitemapURL is one address of a sitemap (sitemaps.org protocol 0.9).
type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemapSet is the document of a sitemap.
type sitemapSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

// sitemap serves /beratung/sitemap.xml: the public pages and every offer's page (in
// standard and in Leichte Sprache), with absolute addresses (Settings.AbsoluteBase)
// and each offer's date as lastmod.
func (s *Site) sitemap(w http.ResponseWriter, r *http.Request, x *directory.Index) {
	base := s.settings.AbsoluteBase(r) + Base
	set := sitemapSet{}
	for _, p := range []string{"", "/leichte-sprache", "/suche", "/barrierefreiheit"} {
		set.URLs = append(set.URLs, sitemapURL{Loc: base + p})
	}
	hits, _ := x.Search(directory.Query{})
	for _, h := range hits {
		e := h.Entry
		stand := max(e.UpdatedAt, e.Listing.ConfirmedAt)
		set.URLs = append(set.URLs, sitemapURL{Loc: s.settings.OfferURL(r, e.ID), LastMod: stand},
			sitemapURL{Loc: base + easyPrefix + "/angebot/" + url.PathEscape(e.ID), LastMod: stand})
	}
	b, err := xml.MarshalIndent(set, "", " ")
	if err != nil {
		s.log.ErrorContext(r.Context(), "directory: sitemap", "err", err)
		http.Error(w, "Interner Fehler", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/xml; charset=utf-8")
	h.Set("Cache-Control", "public, max-age=3600")
	if r.Method != http.MethodHead {
		w.Write([]byte(xml.Header))
		w.Write(b)
		w.Write([]byte("\n"))
	}
}

// Robots serves /robots.txt for the installation. With the public directory
// (settings not nil), search engines may read its pages under Base, which its
// sitemap lists, but not the providers' personal pages, and nothing else: the staff
// interface and the API are no content for them. Without it, they may read nothing.
func Robots(settings *Settings) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body := "User-agent: *\nDisallow: /\n"
		if settings != nil {
			body = "User-agent: *\nDisallow: " + Base + providerPrefix + "\nAllow: " + Base + "\nDisallow: /\n\nSitemap: " + settings.AbsoluteBase(r) + Base + "/sitemap.xml\n"
		}
		h := w.Header()
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("Cache-Control", "public, max-age=3600")
		if r.Method != http.MethodHead {
			w.Write([]byte(body))
		}
	}
}
