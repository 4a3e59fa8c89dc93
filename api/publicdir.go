package api

import (
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The public JSON API of the counselling directory, for the county's own website:
// read-only, without sign-in, from any origin (CORS), cacheable (an ETag of the
// data's revision), limited per client address. It shows exactly what the pages under
// /beratung show: directory.Entry, the one place that decides which fields are public.

// publicPrefix starts the paths of the public API.
const publicPrefix = "/api/public/v1/"

// publicMaxAge is how long browsers and proxies may reuse an answer of the public API
// without asking again, in seconds; after that the ETag makes asking cheap.
const publicMaxAge = 300

// publicBurst and publicInterval limit the public API per client address: a burst of
// requests, as a county page that loads the vocabulary and a search makes, then one
// more every interval (120 a minute), which no person reading pages reaches.
const (
	publicBurst    = 60
	publicInterval = 500 * time.Millisecond
)

// publicPerPage and publicMaxPerPage are the default and largest page of a search.
const publicPerPage, publicMaxPerPage = 20, 100

// publicTerm is a term of the taxonomy: its code and German label.
type publicTerm struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// publicSpace names a social space.
type publicSpace struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// publicOffer is an offer of the public directory.
type publicOffer struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Provider is the name of the organisation that offers it.
	Provider     string          `json:"provider"`
	Fields       []publicTerm    `json:"fields" nullable:"false"`
	TargetGroups []publicTerm    `json:"target_groups" nullable:"false"`
	SocialSpaces []publicSpace   `json:"social_spaces" nullable:"false"`
	Address      graph.Address   `json:"address"`
	Location     *graph.GeoPoint `json:"location"`
	Phone        string          `json:"phone"`
	Email        string          `json:"email"`
	Website      string          `json:"website"`
	BarrierFree  bool            `json:"barrier_free"`
	LowThreshold bool            `json:"low_threshold"`
	Listing      graph.Listing   `json:"listing"`
	// UpdatedAt is the date of the last change or confirmation, "Stand".
	UpdatedAt string `json:"updated_at" format:"date"`
	// URL is the address of the offer's page in the directory.
	URL string `json:"url"`
	// DistanceKm is the distance from the searched place (search with ort or lat/lon).
	DistanceKm *float64 `json:"distance_km,omitempty"`
}

// publicSearchResult answers GET /api/public/v1/offers.
type publicSearchResult struct {
	// Total is the number of offers found, on all pages.
	Total int `json:"total"`
	// AllTerms is false if no offer matched every word of q: the items then match some.
	AllTerms bool   `json:"all_terms"`
	Page     int    `json:"page"`
	Pages    int    `json:"pages"`
	PerPage  int    `json:"per_page"`
	Place    string `json:"place,omitempty"`
	// SearchURL is the same search on the directory's pages, for a link "alle Treffer".
	SearchURL string        `json:"search_url"`
	Items     []publicOffer `json:"items" nullable:"false"`
}

// publicCount is a term with the number of offers that have it.
type publicCount struct {
	Code   string `json:"code"`
	Label  string `json:"label"`
	Offers int    `json:"offers"`
}

// publicSpaceOption is a social space to choose, with its depth (0: the county).
type publicSpaceOption struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Depth  int    `json:"depth"`
	Offers int    `json:"offers"`
}

// publicPlace is a place to search near (ort).
type publicPlace struct {
	Name         string         `json:"name"`
	Location     graph.GeoPoint `json:"location"`
	SocialSpaces []string       `json:"social_spaces" nullable:"false"`
}

// publicVocabulary answers GET /api/public/v1/vocabulary.
type publicVocabulary struct {
	Fields       []publicCount       `json:"fields" nullable:"false"`
	TargetGroups []publicCount       `json:"target_groups" nullable:"false"`
	SocialSpaces []publicSpaceOption `json:"social_spaces" nullable:"false"`
	Places       []publicPlace       `json:"places" nullable:"false"`
	Languages    []publicTerm        `json:"languages" nullable:"false"`
	// Offers is the number of offers in the directory.
	Offers int `json:"offers"`
}

// publicRoutes returns the routes of the public JSON API.
func (s *Server) publicRoutes() []route {
	const tag = "Öffentliches Verzeichnis"
	about := "Öffentlich und nur lesend, für die Internetseite des Landkreises: von jeder Herkunft abrufbar (CORS), " +
		"mit ETag nach dem Stand der Daten und Cache-Control, je Adresse begrenzt (429 mit Retry-After). " +
		"Nur die öffentlichen Angaben der Angebote, die für das Beratungsverzeichnis (§ 106 SGB IX) markiert sind. " +
		"404, wenn das Verzeichnis abgeschaltet ist."
	var search []param
	for _, p := range site.SearchParams() {
		// As in the search form, an empty value is no value: a yes/no filter takes
		// 1, true, 0, false or nothing, a number a number or nothing.
		schema := map[string]any{"type": p.Type}
		switch p.Type {
		case "boolean":
			schema = map[string]any{"type": "string", "enum": []string{"1", "true", "0", "false", ""}}
		case "number":
			limits := map[string][2]float64{"umkreis": {0, 100}, "lat": {-90, 90}, "lon": {-180, 180}}[p.Name]
			n := map[string]any{"type": "number", "minimum": limits[0], "maximum": limits[1]}
			if p.Name == "umkreis" {
				n = map[string]any{"type": "number", "exclusiveMinimum": limits[0], "maximum": limits[1]}
			}
			schema = map[string]any{"anyOf": []any{n, map[string]any{"type": "string", "maxLength": 0}}}
		}
		if p.Name == "q" {
			schema["maxLength"] = 200
		}
		search = append(search, param{p.Name, p.Description, schema})
	}
	search = append(search,
		param{"seite", "Seite der Treffer, ab 1.", map[string]any{"type": "integer", "minimum": 1, "maximum": maxOffset, "default": 1}},
		param{"pro_seite", "Treffer je Seite.", map[string]any{"type": "integer", "minimum": 1, "maximum": publicMaxPerPage, "default": publicPerPage}})
	limited := []int{http.StatusTooManyRequests, http.StatusNotFound}
	return []route{
		{Method: "GET", Path: publicPrefix + "offers", Role: Public, Handler: s.publicAPI(s.publicSearch), Op: operation{
			ID: "publicSearch", Tag: tag, Summary: "Beratungsangebote suchen",
			Description: about + " Die Parameter sind die der Suche unter /beratung/suche; ohne Suchtext nach Namen geordnet, " +
				"mit ort oder lat/lon nach Entfernung. Ein unbekannter Code, Ort oder Sozialraum ist ein 400, der den Parameter nennt.",
			Query: search, Response: publicSearchResult{}, ETag: true, Problems: limited}},
		{Method: "GET", Path: publicPrefix + "offers/:id", Role: Public, Handler: s.publicAPI(s.publicOffer), Op: operation{
			ID: "publicOffer", Tag: tag, Summary: "Ein Beratungsangebot", Description: about,
			PathParam: &param{"id", "ID des Angebots.", map[string]any{"type": "string"}},
			Response:  publicOffer{}, ETag: true, Problems: limited}},
		{Method: "GET", Path: publicPrefix + "vocabulary", Role: Public, Handler: s.publicAPI(s.publicVocabulary), Op: operation{
			ID: "publicVocabulary", Tag: tag, Summary: "Themen, Zielgruppen, Sozialräume, Orte und Sprachen für die Suche",
			Description: about + " Je Thema, Zielgruppe und Sozialraum die Zahl der Angebote.",
			Response:    publicVocabulary{}, ETag: true, Problems: limited}},
	}
}

// publicState is what a handler of the public API works on: the directory's index
// of the current data, its taxonomy and the ETag of that data's revision.
type publicState struct {
	index *directory.Index
	tax   *graph.Taxonomy
	tag   string
}

// publicAPI wraps a handler of the public API: it allows every origin, limits the
// requests per client address, checks that the directory is on and loads its index.
func (s *Server) publicAPI(h func(c *gin.Context, st publicState)) gin.HandlerFunc {
	return func(c *gin.Context) {
		allowOrigins(c)
		if wait := s.publicLimit.take(c.ClientIP(), s.today()); wait > 0 {
			s.tooMany(c, wait)
			return
		}
		if s.cfg.Directory == nil {
			s.writeProblem(c, newProblem(http.StatusNotFound, "not-found", "Das öffentliche Beratungsverzeichnis ist in dieser Installation abgeschaltet."))
			return
		}
		x, tax, rev, err := s.directoryAt(c.Request.Context())
		if err != nil {
			s.fail(c, err)
			return
		}
		h(c, publicState{index: x, tax: tax, tag: `"dir-` + strconv.FormatInt(rev, 10) + `"`})
	}
}

// publicRespond answers with the JSON of answer, or with 304 if the request's
// If-None-Match names the data's revision; public caches may keep it publicMaxAge
// seconds.
func (s *Server) publicRespond(c *gin.Context, st publicState, answer func() any) {
	c.Header("Cache-Control", "public, max-age="+strconv.Itoa(publicMaxAge))
	c.Header("Vary", "Accept-Encoding")
	if notModified(c, st.tag) {
		return
	}
	c.Header("ETag", st.tag)
	s.respond(c, http.StatusOK, answer())
}

// publicSearch serves GET /api/public/v1/offers.
func (s *Server) publicSearch(c *gin.Context, st publicState) {
	allowed := []string{"seite", "pro_seite"}
	for _, p := range site.SearchParams() {
		allowed = append(allowed, p.Name)
	}
	qp, err := newQueryParams(c.Request, allowed...)
	if err != nil {
		s.fail(c, err)
		return
	}
	page, err := qp.integer("seite", 1, 1, maxOffset)
	if err != nil {
		s.fail(c, err)
		return
	}
	perPage, err := qp.integer("pro_seite", publicPerPage, 1, publicMaxPerPage)
	if err != nil {
		s.fail(c, err)
		return
	}
	q, place, pe := site.ParseSearch(qp.values, st.index, st.tax)
	if pe != nil {
		s.fail(c, badParam(pe.Name, "%s", pe.Message))
		return
	}
	s.publicRespond(c, st, func() any {
		hits, all := st.index.Search(q)
		res := publicSearchResult{Total: len(hits), AllTerms: all, Page: page, PerPage: perPage, Place: place,
			Pages: max(1, (len(hits)+perPage-1)/perPage), Items: []publicOffer{}}
		search := qp.values
		search.Del("pro_seite")
		search.Del("seite")
		res.SearchURL = s.cfg.Directory.AbsoluteBase(c.Request) + site.Base + "/suche"
		if enc := search.Encode(); enc != "" {
			res.SearchURL += "?" + enc
		}
		if from := (page - 1) * perPage; from < len(hits) && from >= 0 {
			for _, h := range hits[from:min(from+perPage, len(hits))] {
				o := s.publicOfferOf(c, h.Entry)
				if !math.IsNaN(h.Distance) {
					d := math.Round(h.Distance*10) / 10
					o.DistanceKm = &d
				}
				res.Items = append(res.Items, o)
			}
		}
		return res
	})
}

// publicOffer serves GET /api/public/v1/offers/{id}.
func (s *Server) publicOffer(c *gin.Context, st publicState) {
	if _, err := newQueryParams(c.Request); err != nil {
		s.fail(c, err)
		return
	}
	e := st.index.Entry(c.Param("id"))
	if e == nil {
		s.writeProblem(c, newProblem(http.StatusNotFound, "not-found", "Dieses Angebot steht nicht (mehr) im öffentlichen Verzeichnis."))
		return
	}
	s.publicRespond(c, st, func() any { return s.publicOfferOf(c, e) })
}

// publicOfferOf returns the public answer of the entry e.
func (s *Server) publicOfferOf(c *gin.Context, e *directory.Entry) publicOffer {
	o := publicOffer{ID: e.ID, Name: e.Name, Description: e.Description, Provider: e.Provider,
		Fields: []publicTerm{}, TargetGroups: []publicTerm{}, SocialSpaces: []publicSpace{},
		Address: e.Address, Location: e.Location, Phone: e.Phone, Email: e.Email, Website: e.Website,
		BarrierFree: e.BarrierFree, LowThreshold: e.LowThreshold, Listing: e.Listing,
		UpdatedAt: max(e.UpdatedAt, e.Listing.ConfirmedAt), URL: s.cfg.Directory.OfferURL(c.Request, e.ID)}
	for i, code := range e.FieldCodes() {
		o.Fields = append(o.Fields, publicTerm{code, e.Fields[i]})
	}
	for i, code := range e.TargetCodes() {
		o.TargetGroups = append(o.TargetGroups, publicTerm{code, e.TargetGroups[i]})
	}
	for i, id := range e.SpaceIDs {
		o.SocialSpaces = append(o.SocialSpaces, publicSpace{id, e.Spaces[i]})
	}
	return o
}

// publicVocabulary serves GET /api/public/v1/vocabulary.
func (s *Server) publicVocabulary(c *gin.Context, st publicState) {
	if _, err := newQueryParams(c.Request); err != nil {
		s.fail(c, err)
		return
	}
	s.publicRespond(c, st, func() any {
		x := st.index
		hits, _ := x.Search(directory.Query{})
		fields, targets := map[string]int{}, map[string]int{}
		for _, h := range hits {
			for _, code := range h.Entry.FieldCodes() {
				fields[code]++
			}
			for _, code := range h.Entry.TargetCodes() {
				targets[code]++
			}
		}
		counts := func(list string, n map[string]int) []publicCount {
			out := []publicCount{}
			for _, t := range st.tax.List(list) {
				out = append(out, publicCount{t.Code, t.Label, n[t.Code]})
			}
			return out
		}
		v := publicVocabulary{Fields: counts(graph.ListFields, fields), TargetGroups: counts(graph.ListTargetGroups, targets),
			SocialSpaces: []publicSpaceOption{}, Places: []publicPlace{}, Languages: []publicTerm{}, Offers: x.Len()}
		for _, sp := range x.Spaces() {
			n := 0
			for _, h := range hits {
				if x.Serves(h.Entry, sp.ID) {
					n++
				}
			}
			v.SocialSpaces = append(v.SocialSpaces, publicSpaceOption{sp.ID, sp.Name, sp.Depth, n})
		}
		for _, p := range x.Places() {
			v.Places = append(v.Places, publicPlace{p.Name, p.Point, append([]string{}, p.Spaces...)})
		}
		for _, l := range site.Languages() {
			v.Languages = append(v.Languages, publicTerm{l.Code, l.Name})
		}
		return v
	})
}

// allowOrigins sets the CORS headers of the public API: any origin may read it, and
// see the headers a cache and a polite client need.
func allowOrigins(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Expose-Headers", "ETag, Retry-After, X-Request-ID")
}

// publicPreflight answers a CORS preflight request (OPTIONS) to the public API.
func publicPreflight(c *gin.Context) {
	allowOrigins(c)
	h := c.Writer.Header()
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
	h.Set("Access-Control-Allow-Headers", "If-None-Match, Accept, Accept-Language")
	h.Set("Access-Control-Max-Age", "86400")
	h.Set("Allow", "GET, HEAD, OPTIONS")
	c.Status(http.StatusNoContent)
}
