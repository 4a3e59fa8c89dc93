package site

import (
	"cmp"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// easyPrefix starts the paths of the pages in Leichte Sprache: the start page, the
// results and each offer, the alternatives of the main pages.
const easyPrefix = "/leichte-sprache"

// easyDefaults are the texts of the results and offer pages in Leichte Sprache, by
// key; Settings.EasyTexts replaces any of them. {anzahl} and {datum} are filled in.
var easyDefaults = map[string]string{
	"suche.titel":              "Diese Beratungs-Stellen haben wir gefunden",
	"suche.anzahl":             "Wir haben {anzahl} Beratungs-Stellen gefunden.",
	"suche.eine":               "Wir haben 1 Beratungs-Stelle gefunden.",
	"suche.keine":              "Wir haben leider keine Beratungs-Stelle gefunden. Versuchen Sie ein anderes Wort. Oder schreiben Sie weniger Wörter.",
	"suche.fehler":             "Das hat leider nicht geklappt. Bitte prüfen Sie, was Sie geschrieben haben.",
	"suche.weiter":             "Weitere Beratungs-Stellen",
	"suche.neu":                "Neu suchen",
	"angebot.was":              "Wobei hilft die Beratung?",
	"angebot.wer":              "Wer macht die Beratung?",
	"angebot.fuer":             "Für wen ist die Beratung?",
	"angebot.alle":             "Die Beratung ist für alle Menschen.",
	"angebot.wo":               "Wo ist die Beratung?",
	"angebot.wann":             "Wann ist die Beratung offen?",
	"angebot.kontakt":          "So erreichen Sie die Beratung",
	"angebot.telefon":          "Sie können anrufen:",
	"angebot.email":            "Sie können eine E-Mail schreiben:",
	"angebot.internet":         "Mehr Infos im Internet:",
	"angebot.kosten":           "Kostet die Beratung Geld?",
	"angebot.kostenfrei":       "Nein. Die Beratung kostet kein Geld.",
	"angebot.kosten-fragen":    "Bitte fragen Sie bei der Beratungs-Stelle nach.",
	"angebot.zugang":           "Kommen Sie gut hinein?",
	"angebot.barrierefrei":     "Ja. Die Beratungs-Stelle ist barriere-frei.",
	"angebot.barrieren-fragen": "Das wissen wir nicht. Bitte fragen Sie vorher bei der Beratungs-Stelle nach.",
	"angebot.leicht":           "Die Beratung gibt es auch in Leichter Sprache.",
	"angebot.gebaerden":        "Die Beratung gibt es auch in Gebärden-Sprache.",
	"angebot.am-telefon":       "Die Beratung gibt es auch am Telefon.",
	"angebot.hausbesuch":       "Die Beratung kommt auch zu Ihnen nach Hause.",
	"angebot.stand":            "Diese Infos sind vom {datum}.",
	"angebot.zurueck":          "Zurück zur Suche in Leichter Sprache",
}

// easyData is what a page in Leichte Sprache shows.
type easyData struct {
	page
	texts    map[string]string
	Summary  string
	Problem  string
	Hits     []hitRow
	Next     string
	Entry    *directory.Entry
	Tel      string
	Website  template.URL
	Stand    string
	Features []string
}

// T returns the text of the key: the installation's (Settings.EasyTexts) or the
// default.
func (d easyData) T(key string) string {
	if t, ok := d.texts[key]; ok {
		return t
	}
	return easyDefaults[key]
}

// easyPage returns the common data of a page in Leichte Sprache.
func (s *Site) easyPage(r *http.Request, name, title string) easyData {
	return easyData{page: s.page(r, name, title), texts: s.settings.EasyTexts}
}

// easyResults serves /beratung/leichte-sprache/suche: the offers for the words and
// the place, 20 at a time, in short sentences.
func (s *Site) easyResults(w http.ResponseWriter, r *http.Request, x *directory.Index, tax *graph.Taxonomy) {
	v := r.URL.Query()
	d := s.easyPage(r, "leicht-suche", "Suche in Leichter Sprache")
	d.Title = d.T("suche.titel")
	s.withForm(&d.page, r, x, tax, directory.Query{}, "")
	q, ort, perr := ParseSearch(url.Values{"q": {v.Get("q")}, "ort": {v.Get("ort")}}, x, tax)
	d.Query.Text, d.Ort = v.Get("q"), v.Get("ort")
	if perr != nil {
		d.Problem = d.T("suche.fehler") + " " + perr.Message
		s.render(w, r, http.StatusOK, "easy-results", d)
		return
	}
	d.Ort = cmp.Or(ort, d.Ort)
	hits, _ := x.Search(q)
	switch len(hits) {
	case 0:
		d.Summary = d.T("suche.keine")
	case 1:
		d.Summary = d.T("suche.eine")
	default:
		d.Summary = strings.ReplaceAll(d.T("suche.anzahl"), "{anzahl}", strconv.Itoa(len(hits)))
	}
	pageNo, _ := strconv.Atoi(v.Get("seite"))
	pageNo = max(pageNo, 1)
	from := min((pageNo-1)*perPage, len(hits))
	for _, h := range hits[from:min(from+perPage, len(hits))] {
		row := hitView(h)
		if row.Distance != "" { // Leichte Sprache writes words, not abbreviations
			row.Distance = strings.TrimSuffix(row.Distance, " km") + " Kilometer"
		}
		d.Hits = append(d.Hits, row)
	}
	if from+perPage < len(hits) {
		next := url.Values{"q": {v.Get("q")}, "ort": {v.Get("ort")}, "seite": {strconv.Itoa(pageNo + 1)}}
		d.Next = Base + easyPrefix + "/suche?" + next.Encode()
	}
	s.render(w, r, http.StatusOK, "easy-results", d)
}

// easyOffer serves /beratung/leichte-sprache/angebot/{id}.
func (s *Site) easyOffer(w http.ResponseWriter, r *http.Request, x *directory.Index, id string) {
	e := x.Entry(id)
	if e == nil {
		s.fail(w, r, http.StatusNotFound, "Angebot nicht gefunden", "Dieses Angebot steht nicht (mehr) im Verzeichnis.")
		return
	}
	d := s.easyPage(r, "leicht-angebot", e.Name)
	d.Entry, d.Tel, d.Stand = e, telLink(e.Phone), easyDate(max(e.UpdatedAt, e.Listing.ConfirmedAt))
	d.Stand = strings.ReplaceAll(d.T("angebot.stand"), "{datum}", d.Stand)
	if strings.HasPrefix(e.Website, "https://") || strings.HasPrefix(e.Website, "http://") {
		d.Website = template.URL(e.Website)
	}
	l := &e.Listing
	for _, f := range []struct {
		on  bool
		key string
	}{{l.EasyLanguage, "angebot.leicht"}, {l.SignLanguage, "angebot.gebaerden"}, {l.ByPhone, "angebot.am-telefon"}, {l.HomeVisits, "angebot.hausbesuch"}} {
		if f.on {
			d.Features = append(d.Features, d.T(f.key))
		}
	}
	s.render(w, r, http.StatusOK, "easy-offer", d)
}

// months are the German names of the months.
var months = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}

// easyDate writes YYYY-MM-DD as Leichte Sprache asks, with the month's name:
// "3. Dezember 2026".
func easyDate(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return fmt.Sprintf("%d. %s %d", t.Day(), months[t.Month()-1], t.Year())
}

// telLink returns the digits and + of a phone number, for a tel: link.
func telLink(phone string) string {
	return strings.Map(func(r rune) rune {
		if r == '+' || (r >= '0' && r <= '9') {
			return r
		}
		return -1
	}, phone)
}

// langLink links the same page in the other language form: a search or an offer in
// Leichte Sprache from the standard page, and back. Href is empty for other pages
// (the header links the start page in Leichte Sprache from every page).
type langLink struct {
	Href, Label string
}

// langSwitch returns the link for the page at r.
func langSwitch(r *http.Request) langLink {
	path := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, Base), "/")
	rest, easy := strings.CutPrefix(path, easyPrefix)
	var target, what string
	switch {
	case rest == "/suche":
		target, what = "/suche", "Dieses Such-Ergebnis"
		if q := (url.Values{"q": {r.URL.Query().Get("q")}, "ort": {r.URL.Query().Get("ort")}}); q.Get("q")+q.Get("ort") != "" {
			target += "?" + q.Encode()
		}
	case strings.HasPrefix(rest, "/angebot/") && !strings.Contains(strings.TrimPrefix(rest, "/angebot/"), "/"):
		// An offer's page, not its report form, which has no Leichte Sprache version.
		target, what = rest, "Dieses Angebot"
	default:
		return langLink{}
	}
	if easy {
		return langLink{Href: Base + target, Label: what + " in Alltags-Sprache"}
	}
	return langLink{Href: Base + easyPrefix + target, Label: what + " in Leichter Sprache"}
}
