package site

import (
	"fmt"
	"html/template"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// option is one choice of a select or checkbox list.
type option struct {
	Code, Label string
	Selected    bool
}

// radius is one choice of the radius select.
type radius struct {
	Value, Label string
	Selected     bool
}

// formData fills the search form.
type formData struct {
	Query                                                   directory.Query
	Ort, Lat, Lon                                           string
	Radii                                                   []radius
	Fields, Targets, SpaceOptions, Languages, Flags, Places []option
	MoreOpen                                                bool
	Total                                                   int
}

// radii are the radius choices in kilometres; defaultRadius is preselected.
var radii = []float64{2, 5, 10, 20, 50}

const defaultRadius = 10

// validRadius reports whether km is one of the choices.
func validRadius(km float64) bool { return slices.Contains(radii, km) }

// flag is a yes/no filter of the form: its query parameter, label and field.
type flag struct {
	code, label string
	field       func(q *directory.Query) *bool
}

// flags are the form's yes/no filters, in the order shown.
var flags = []flag{
	{"barrierefrei", "barrierefrei zugänglich sein", func(q *directory.Query) *bool { return &q.BarrierFree }},
	{"niedrigschwellig", "ohne Termin und Hürden erreichbar sein", func(q *directory.Query) *bool { return &q.LowThreshold }},
	{"kostenfrei", "kostenfrei sein", func(q *directory.Query) *bool { return &q.FreeOfCharge }},
	{"eutb", "eine EUTB sein (unabhängige Teilhabeberatung, § 32 SGB IX)", func(q *directory.Query) *bool { return &q.EUTB }},
	{"telefon", "auch am Telefon beraten", func(q *directory.Query) *bool { return &q.ByPhone }},
	{"video", "auch per Video beraten", func(q *directory.Query) *bool { return &q.ByVideo }},
	{"hausbesuch", "auch zu Hause beraten", func(q *directory.Query) *bool { return &q.HomeVisits }},
}

// anyFlag reports whether q sets a yes/no filter.
func anyFlag(q directory.Query) bool {
	return slices.ContainsFunc(flags, func(f flag) bool { return *f.field(&q) })
}

// languageNames are the German names of the languages offers may list.
var languageNames = map[string]string{
	"en": "Englisch", "tr": "Türkisch", "ar": "Arabisch", "ru": "Russisch", "uk": "Ukrainisch", "fa": "Persisch",
	"pl": "Polnisch", "ro": "Rumänisch", "ku": "Kurdisch", "fr": "Französisch", "es": "Spanisch", "it": "Italienisch",
	"dgs": "Deutsche Gebärdensprache",
}

// languageName returns the German name of the ISO 639 code, or the code.
func languageName(code string) string {
	if n, ok := languageNames[code]; ok {
		return n
	}
	return code
}

// withForm fills p's form data for the query q and the place text ort.
func (s *Site) withForm(p *page, r *http.Request, x *directory.Index, tax *graph.Taxonomy, q directory.Query, ort string) {
	f := formData{Query: q, Ort: ort, Total: x.Len()}
	if q.Near != nil && ort == "" {
		f.Lat, f.Lon = strconv.FormatFloat(q.Near.Lat, 'f', 4, 64), strconv.FormatFloat(q.Near.Lon, 'f', 4, 64)
	}
	chosen := q.RadiusKm
	if chosen == 0 {
		chosen = defaultRadius
	}
	for _, km := range radii {
		f.Radii = append(f.Radii, radius{Value: strconv.FormatFloat(km, 'f', -1, 64), Label: fmt.Sprintf("%g km", km), Selected: km == chosen})
	}
	terms := func(list, selected string) []option {
		var out []option
		for _, t := range tax.List(list) {
			out = append(out, option{Code: t.Code, Label: t.Label, Selected: t.Code == selected})
		}
		return out
	}
	f.Fields, f.Targets = terms(graph.ListFields, q.Field), terms(graph.ListTargetGroups, q.Target)
	var spaces, langs, checks, places []option
	for _, sp := range x.Spaces() {
		spaces = append(spaces, option{Code: sp.ID, Label: strings.Repeat("\u00a0\u00a0", sp.Depth) + sp.Name, Selected: sp.ID == q.Space})
	}
	for _, code := range []string{"en", "tr", "ar", "ru", "uk", "fa", "pl", "dgs"} {
		langs = append(langs, option{Code: code, Label: languageName(code), Selected: code == q.Language})
	}
	for _, fl := range flags {
		checks = append(checks, option{Code: fl.code, Label: fl.label, Selected: *fl.field(&q)})
	}
	for _, pl := range x.Places() {
		places = append(places, option{Code: pl.Name})
	}
	f.SpaceOptions, f.Languages, f.Flags, f.Places = spaces, langs, checks, places
	p.formData = f
	p.Script = true
}

// options writes the option elements of a select or a datalist: each option's code
// as its value, its label as its text, selected if chosen. The lists of places and
// social spaces run to hundreds of options on every page with a form, and
// html/template's escaping of each value through reflection made them the larger part
// of a search's cost (BenchmarkDirectorySearch in package api); this writes them
// directly, escaped for text and quoted attributes alike.
func options(list []option) template.HTML {
	var b strings.Builder
	for _, o := range list {
		b.WriteString(`<option value="`)
		b.WriteString(template.HTMLEscapeString(o.Code))
		b.WriteByte('"')
		if o.Selected {
			b.WriteString(" selected")
		}
		b.WriteByte('>')
		b.WriteString(template.HTMLEscapeString(o.Label))
		b.WriteString("</option>")
	}
	return template.HTML(b.String())
}

// resultData is what the results page shows beyond the form.
type resultData struct {
	Summary     string
	Notices     []string
	Hits        []hitRow
	Map         template.HTML
	SpaceCounts []spaceCount
	Pages       *pager
}

// pager links the pages of a long result list.
type pager struct {
	Label, Prev, Next string
}

// hitRow is one result in the list.
type hitRow struct {
	ID, Name, Provider, Where, Distance string
	Badges                              []string
}

// hitView returns the list row of h.
func hitView(h directory.Hit) hitRow {
	e := h.Entry
	row := hitRow{ID: e.ID, Name: e.Name, Provider: e.Provider, Where: addressLine(e.Address)}
	if !math.IsNaN(h.Distance) {
		row.Distance = strings.Replace(fmt.Sprintf("%.1f km", h.Distance), ".", ",", 1)
	}
	if e.BarrierFree {
		row.Badges = append(row.Badges, "barrierefrei")
	}
	if e.LowThreshold {
		row.Badges = append(row.Badges, "niedrigschwellig")
	}
	if e.Listing.FreeOfCharge {
		row.Badges = append(row.Badges, "kostenfrei")
	}
	if e.Listing.EUTB {
		row.Badges = append(row.Badges, "EUTB")
	}
	return row
}

// addressLine writes the address in one line.
func addressLine(a graph.Address) string {
	return strings.Trim(strings.TrimSpace(a.Street)+", "+strings.TrimSpace(a.PostalCode+" "+a.City), ", ")
}

// offerFacts is what the public sees of an entry, in words.
type offerFacts struct {
	Entry                                  *directory.Entry
	ForWhom, Topics, Address, Costs, Stand string
	Tel, Languages                         string
	Website                                template.URL
	Ways, Access                           []string
}

// offerData is what the offer page shows.
type offerData struct {
	page
	offerFacts
}

// offer serves the page of the entry with the ID.
func (s *Site) offer(w http.ResponseWriter, r *http.Request, x *directory.Index, _ *graph.Taxonomy, id string) {
	e := x.Entry(id)
	if e == nil {
		s.fail(w, r, http.StatusNotFound, "Angebot nicht gefunden", "Dieses Angebot steht nicht (mehr) im Verzeichnis.")
		return
	}
	d := offerData{page: s.page(r, "angebot", e.Name), offerFacts: s.facts(r, e)}
	d.JSONLD = jsonLD(e, s.settings.OfferURL(r, e.ID))
	s.render(w, r, http.StatusOK, "offer", d)
}

// facts returns what the offer page shows of the entry.
func (s *Site) facts(r *http.Request, e *directory.Entry) offerFacts {
	l := &e.Listing
	d := offerFacts{Entry: e, Address: addressLine(e.Address),
		ForWhom: joinOr(e.TargetGroups, "für alle"), Topics: joinOr(e.Fields, "–"), Costs: l.Costs, Stand: germanDate(e.UpdatedAt)}
	if d.Costs == "" {
		d.Costs = map[bool]string{true: "kostenfrei", false: "Bitte beim Angebot erfragen."}[l.FreeOfCharge]
	}
	if c := upkeep.LastConfirmed(e, s.confirmedAt(r.Context(), e.ID)); c > e.UpdatedAt {
		d.Stand = germanDate(c)
	}
	d.Tel = telLink(e.Phone)
	if strings.HasPrefix(e.Website, "https://") || strings.HasPrefix(e.Website, "http://") {
		d.Website = template.URL(e.Website)
	}
	for _, c := range []struct {
		on   bool
		text string
	}{{l.ByPhone, "Beratung auch am Telefon"}, {l.ByVideo, "Beratung auch per Video"}, {l.HomeVisits, "Beratung auch bei Ihnen zu Hause"}} {
		if c.on {
			d.Ways = append(d.Ways, c.text)
		}
	}
	for _, c := range []struct {
		on   bool
		text string
	}{{e.BarrierFree, "barrierefrei zugänglich"}, {l.StepFree, "stufenloser Zugang"}, {l.AccessibleToilet, "barrierefreie Toilette"},
		{l.HearingLoop, "Induktionsschleife für Hörgeräte"}, {l.SignLanguage, "Beratung in Deutscher Gebärdensprache (DGS)"},
		{l.EasyLanguage, "Beratung in Leichter Sprache"}, {e.LowThreshold, "niedrigschwellig: ohne Termin und Hürden"}} {
		if c.on {
			d.Access = append(d.Access, c.text)
		}
	}
	if len(d.Access) == 0 {
		d.Access = []string{"Keine Angaben zur Barrierefreiheit. Bitte fragen Sie vorher nach."}
	}
	var langs []string
	for _, c := range l.Languages {
		langs = append(langs, languageName(c))
	}
	d.Languages = strings.Join(langs, ", ")
	return d
}

// joinOr joins the labels with commas, or returns none if there are none.
func joinOr(labels []string, none string) string {
	if len(labels) == 0 {
		return none
	}
	return strings.Join(labels, ", ")
}

// germanDate writes YYYY-MM-DD as DD.MM.YYYY.
func germanDate(iso string) string {
	if len(iso) != 10 {
		return iso
	}
	return iso[8:10] + "." + iso[5:7] + "." + iso[0:4]
}
