package site

import (
	"net/http"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// servePublished serves the pages beyond the search for people: the widget and how
// to embed it, the sitemap, the brand's colour and logo, and the results and offers in Leichte
// Sprache. It reports false for any other path.
func (s *Site) servePublished(w http.ResponseWriter, r *http.Request, x *directory.Index, tax *graph.Taxonomy, path string) bool {
	switch {
	case path == "/widget":
		s.widget(w, r, x, tax)
	case path == "/einbinden":
		s.embed(w, r, x, tax)
	case path == "/sitemap.xml":
		s.sitemap(w, r, x)
	case path == "/brand.css":
		s.brandCSS(w, r)
	case path == "/logo":
		s.logo(w, r)
	case path == easyPrefix+"/suche":
		s.easyResults(w, r, x, tax)
	case strings.HasPrefix(path, easyPrefix+"/angebot/"):
		s.easyOffer(w, r, x, strings.TrimPrefix(path, easyPrefix+"/angebot/"))
	default:
		return false
	}
	return true
}
