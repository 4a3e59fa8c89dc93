package export

import (
	"cmp"
	"context"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// Request is what an export asks for.
type Request struct {
	// Format is the file format; it must be one that importers encodes.
	Format importers.Format
	// Kind selects the entities of a CSV file; empty means actors. The other formats
	// hold every kind they can carry.
	Kind graph.Kind
	// Actors selects the actors (the actor filters of the network view, checked for
	// graph.KindActor); Cooperations selects the cooperations among the kept actors.
	Actors, Cooperations graph.Filter
	// Metrics adds the actors' metrics, computed on the whole network: XLSX files get
	// the sheet importers.MetricSheet, GEXF and GraphML files node attributes.
	// Directed computes them on the directed network instead of the mutual one.
	Metrics, Directed bool
	// Date is the day of the export, written into the file name and into GEXF files;
	// it is "today" for State.
	Date time.Time
	// State is the point in time of the metrics (see graph.State; the zero State is
	// today). If it names a wave or a date, the file holds the network of that state
	// (one tie per pair of actors) instead of every cooperation recorded. A GEXF
	// file, made for reading the network in Gephi, always holds the network of its
	// state, today's if State is zero (see stateFormats).
	State graph.State
}

// stateFormats are the formats whose files always hold the network of the state
// (one edge per tie), never every cooperation recorded in every wave: a tool for
// network analysis would count a pair recorded in two waves twice.
var stateFormats = []string{importers.FormatGEXF}

// metricFormats are the formats that carry metrics.
var metricFormats = []string{importers.FormatXLSX, importers.FormatGEXF, importers.FormatGraphML}

// Validate checks that the request fits its format: a format that importers writes, a
// Kind only for CSV and then one of graph.Kinds, Metrics only for XLSX, GEXF and
// GraphML. Its errors are Invalid with one field, "format", "kind" or "metrics".
// It does not check the filters; graph.Filter.Validate does.
func (r *Request) Validate() error {
	invalid := func(field, msg string, args ...any) error {
		e := graph.Errorf(graph.Invalid, msg, args...)
		e.Fields = []graph.FieldError{{Field: field, Message: e.Message}}
		return e
	}
	kinds := slices.DeleteFunc(graph.Kinds(), func(k graph.Kind) bool { return k == graph.KindMeasure }) // no file form
	switch {
	case !r.Format.Encode:
		return invalid("format", "Das Format „%s“ kann nicht geschrieben werden.", r.Format.Name)
	case r.Kind != "" && r.Format.Name != importers.FormatCSV:
		return invalid("kind", "Nur CSV-Dateien enthalten eine einzelne Art; %s enthält alle.", r.Format.Name)
	case r.Kind != "" && !slices.Contains(kinds, r.Kind):
		names := make([]string, len(kinds))
		for i, k := range kinds {
			names[i] = string(k)
		}
		return invalid("kind", "Unbekannte Art %q; möglich sind: %s.", r.Kind, strings.Join(names, ", "))
	case r.Metrics && !slices.Contains(metricFormats, r.Format.Name):
		return invalid("metrics", "Kennzahlen gibt es nur in xlsx (als Blatt „%s“), gexf und graphml (als Knotenattribute).", importers.MetricSheet)
	}
	return nil
}

// Analyzer computes the actors' metrics; *analysis.Engine is one.
type Analyzer interface {
	Actors(ctx context.Context, n *graph.Network, directed bool) (*analysis.ActorReport, error)
}

// File is an export ready to be written.
type File struct {
	// Name is the file's name for downloads and directories, such as
	// "netzwerkatlas-akteure-2026-11-24.csv" (see FileName).
	Name string
	// Format is the format written; Format.ContentType is the file's media type.
	Format importers.Format

	network *graph.Network
	opts    importers.EncodeOptions
}

// New prepares the export of n that req asks for: the selection of req's filters
// (see Select) and, if req.Metrics, the metrics that a computes on the whole network
// of req.State, as the analysis shows them, never on the selection. n is the full
// snapshot and is not changed. The errors are those of req.Validate, of
// graph.Network.At and of a.
func New(ctx context.Context, n *graph.Network, req Request, a Analyzer) (*File, error) {
	if err := req.Validate(); err != nil {
		return nil, err
	}
	stated := n // the network the metrics describe
	ofState := req.State != (graph.State{}) || slices.Contains(stateFormats, req.Format.Name)
	if req.Metrics || ofState {
		s, err := n.At(req.State, req.Date)
		if err != nil {
			return nil, err
		}
		if stated = s; ofState {
			n = s // the file holds the state
		}
	}
	f := &File{
		Name:    FileName(fileWord(req), req.Format.Name, req.Date),
		Format:  req.Format,
		network: Select(n, req.Actors, req.Cooperations),
		opts:    importers.EncodeOptions{Kind: req.Kind, Date: req.Date.Format(time.DateOnly)},
	}
	if req.Metrics {
		r, err := a.Actors(ctx, stated, req.Directed)
		if err != nil {
			return nil, err
		}
		f.opts.AddMetrics(req.Format.Name, f.network, r)
	}
	return f, nil
}

// Write writes the file to w.
func (f *File) Write(w io.Writer) error {
	return importers.Encode(f.Format.Name, w, f.network, f.opts)
}

// fileWords name each kind in file names, in German.
var fileWords = map[graph.Kind]string{
	graph.KindActor:       "akteure",
	graph.KindCooperation: "kooperationen",
	graph.KindSocialSpace: "sozialraeume",
	graph.KindOffer:       "angebote",
	graph.KindNeed:        "bedarfe",
	graph.KindWave:        "erhebungswellen",
}

// fileWord says in a file name what the export holds: the kind of a CSV file, the
// social spaces of a GeoJSON file, else the network.
func fileWord(req Request) string {
	switch req.Format.Name {
	case importers.FormatCSV:
		return fileWords[cmp.Or(req.Kind, graph.KindActor)]
	case importers.FormatGeoJSON:
		return fileWords[graph.KindSocialSpace]
	}
	return "netzwerk"
}

// FileName returns the name of a downloaded file that holds what (a plain ASCII
// word) in the named format on the date, such as
// "netzwerkatlas-akteure-2026-11-24.csv".
func FileName(what, format string, date time.Time) string {
	ext := ""
	if f, ok := importers.FormatByName(format); ok {
		ext = f.Extensions[0]
	}
	return "netzwerkatlas-" + what + "-" + date.Format(time.DateOnly) + ext
}

// Select returns a copy of n with the actors that the actor filter selects, the
// cooperations between them that the cooperation filter selects, and the offers of
// the kept actors. Social spaces, waves and needs stay as they are. It is the
// selection of the network view and of every export.
func Select(n *graph.Network, actors, cooperations graph.Filter) *graph.Network {
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
	cm := graph.NewMatcher(cooperations, nil)
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
