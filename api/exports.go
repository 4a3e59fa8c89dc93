package api

import (
	"cmp"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// exportParams are the query parameters of GET /api/v1/exports/{format}: the filters
// of the network view, and what to export.
var exportParams = slices.Concat(actorFilterParams, cooperationFilterParams, []string{"kind", "metrics", "directed"})

// fileWords name each kind in file names, in German.
var fileWords = map[graph.Kind]string{
	graph.KindActor:       "akteure",
	graph.KindCooperation: "kooperationen",
	graph.KindSocialSpace: "sozialraeume",
	graph.KindOffer:       "angebote",
	graph.KindNeed:        "bedarfe",
	graph.KindWave:        "erhebungswellen",
}

// exportRequest is what a request to GET /api/v1/exports/{format} asks for.
type exportRequest struct {
	format        importers.Format
	actors, coops graph.Filter
	opts          importers.EncodeOptions
	metrics       bool
	directed      bool
}

// readExport reads the format and the query parameters of an export request.
func readExport(c *gin.Context) (x exportRequest, err error) {
	var ok bool
	if x.format, ok = importers.FormatByName(c.Param("format")); !ok || !x.format.Encode {
		return x, newProblem(http.StatusNotFound, "not-found", fmt.Sprintf("Das Exportformat „%s“ gibt es nicht; möglich sind: %s.",
			c.Param("format"), formatNames(func(f importers.Format) bool { return f.Encode })))
	}
	q, err := newQueryParams(c.Request, exportParams...)
	if err != nil {
		return x, err
	}
	if x.actors, x.coops, err = q.networkFilters(); err != nil {
		return x, err
	}
	if x.opts.Kind, err = exportKind(q.str("kind"), x.format.Name); err != nil {
		return x, err
	}
	if x.directed, err = directedQuery(q); err != nil {
		return x, err
	}
	if x.metrics, err = q.boolean("metrics"); err != nil || !x.metrics {
		return x, err
	}
	return x, checkMetrics(c, x.format.Name)
}

// export answers GET /api/v1/exports/{format}: the network in one of importers'
// formats as a download. The filters of the network view select actors; only the
// cooperations (that the cooperation filters select) and offers among the kept actors
// remain. ?kind chooses the entities of a CSV file (default actors); ?metrics=true
// (role analyst) adds the metrics of the whole network, computed as
// /api/v1/analysis/actors does (?directed), to XLSX, GEXF and GraphML files.
func (s *Server) export(c *gin.Context) {
	x, err := readExport(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.snapshots.get(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	kept := filterNetwork(n, x.actors, x.coops)
	x.opts.Date = time.Now().Format(time.DateOnly)
	if x.metrics {
		// The metrics describe the whole network; the engine caches them by revision,
		// so they are computed on the snapshot, never on the filtered copy.
		r, err := s.analysis.Actors(c.Request.Context(), n, x.directed)
		if err != nil {
			s.fail(c, err)
			return
		}
		x.opts.AddMetrics(x.format.Name, kept, r)
	}
	word := "netzwerk"
	switch x.format.Name {
	case importers.FormatCSV:
		word = fileWords[cmp.Or(x.opts.Kind, graph.KindActor)]
	case importers.FormatGeoJSON:
		word = fileWords[graph.KindSocialSpace]
	}
	s.attachment(c, x.format.Name, downloadName(word, x.format.Name), func(w io.Writer) error {
		return importers.Encode(x.format.Name, w, kept, x.opts)
	})
}

// exportKind reads ?kind, which only CSV files take: one of the entity kinds.
func exportKind(kind, format string) (graph.Kind, error) {
	if kind == "" {
		return "", nil
	}
	if format != importers.FormatCSV {
		return "", badParam("kind", "Nur CSV-Dateien enthalten eine einzelne Art; %s enthält alle.", format)
	}
	if !slices.Contains(graph.Kinds(), graph.Kind(kind)) {
		return "", badParam("kind", "Unbekannte Art %q; möglich sind: actor, cooperation, offer, social_space, need, wave.", kind)
	}
	return graph.Kind(kind), nil
}

// checkMetrics checks that the caller may have metrics (role analyst, as the analysis
// routes) and that the format carries them.
func checkMetrics(c *gin.Context, format string) error {
	if p := principalOf(c); p == nil || !p.Role.Allows(graph.RoleAnalyst) {
		return newProblem(http.StatusForbidden, "forbidden", "Für Kennzahlen (metrics=true) ist die Rolle analyst nötig.")
	}
	if !slices.Contains(importers.MetricFormats, format) {
		return badParam("metrics", "Kennzahlen gibt es nur in xlsx, gexf und graphml; die Kennzahlentabelle als CSV liefert /api/v1/analysis/actors?format=csv.")
	}
	return nil
}

// downloadName returns the name of a downloaded file, such as
// "netzwerkatlas-akteure-2026-11-24.csv".
func downloadName(word, format string) string {
	f, _ := importers.FormatByName(format)
	return "netzwerkatlas-" + word + "-" + time.Now().Format(time.DateOnly) + f.Extensions[0]
}

// networkFilters reads the actor filters (actorFilterParams) and the cooperation
// filters (cooperationFilterParams) of the network view and the exports as two
// filters, each checked for its kind.
func (q *queryParams) networkFilters() (actors, coops graph.Filter, err error) {
	actors, err = q.filter(false)
	if err != nil {
		return actors, coops, err
	}
	// Split off the cooperation part; q names actors, not cooperations.
	coops = graph.Filter{WaveID: actors.WaveID, CooperationKind: actors.CooperationKind, MinIntensity: actors.MinIntensity}
	actors.WaveID, actors.CooperationKind, actors.MinIntensity = "", "", 0
	return actors, coops, cmp.Or(checkFilter(actors, graph.KindActor), checkFilter(coops, graph.KindCooperation))
}

// filterNetwork returns a copy of n with the actors that the actor filter selects, the
// cooperations between them that the cooperation filter selects, and the offers of
// the kept actors. Social spaces, waves and needs stay as they are.
func filterNetwork(n *graph.Network, actors, coops graph.Filter) *graph.Network {
	out := *n
	out.Actors, out.Cooperations, out.Offers = nil, nil, nil
	keep := make(map[string]bool, len(n.Actors))
	am := graph.NewMatcher(actors, n.SocialSpaces)
	for i := range n.Actors {
		if am.Match(&n.Actors[i]) {
			keep[n.Actors[i].ID] = true
			out.Actors = append(out.Actors, n.Actors[i])
		}
	}
	cm := graph.NewMatcher(coops, nil)
	for i := range n.Cooperations {
		co := &n.Cooperations[i]
		if keep[co.From] && keep[co.To] && cm.Match(co) {
			out.Cooperations = append(out.Cooperations, *co)
		}
	}
	for i := range n.Offers {
		if keep[n.Offers[i].ActorID] {
			out.Offers = append(out.Offers, n.Offers[i])
		}
	}
	return &out
}
