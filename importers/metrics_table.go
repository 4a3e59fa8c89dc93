package importers

import (
	"math"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
)

// MetricSheet is the name of the sheet that ActorMetricTable fills.
const MetricSheet = "Kennzahlen"

// metricsOf returns the registry's per-actor metrics (see analysis.Definitions) that
// apply to the report's view.
func metricsOf(r *analysis.ActorReport) []analysis.Definition {
	var out []analysis.Definition
	for _, d := range analysis.Definitions() {
		if d.Column != nil && (r.Directed || !d.Column.DirectedOnly) {
			out = append(out, d)
		}
	}
	return out
}

// ActorMetricTable lays out the report's metrics as the table MetricSheet: one row per
// actor of n (in n's order; actors the report lacks are left out) with its key (as the
// other sheets write it, so that rows can be matched), its name and one column per
// metric with its German label, as analysis.Definitions registers them. In- and out-degree appear only
// for a directed report; undefined values are empty cells; the articulation point is
// "ja" or "nein". Values are rounded for reading (see readable); the JSON analyses
// keep full precision. n may be a filtered copy of the network the report was
// computed on.
func ActorMetricTable(n *graph.Network, r *analysis.ActorReport) Table {
	ms := metricsOf(r)
	t := Table{Name: MetricSheet, Headers: []string{"Schlüssel", "Name"}}
	for _, m := range ms {
		t.Headers = append(t.Headers, m.Label)
	}
	byID := make(map[string]*analysis.ActorMetrics, len(r.Actors))
	for i := range r.Actors {
		byID[r.Actors[i].ID] = &r.Actors[i]
	}
	for i := range n.Actors {
		a := &n.Actors[i]
		am, ok := byID[a.ID]
		if !ok {
			continue
		}
		row := make([]any, 0, len(t.Headers))
		row = append(row, exportKey(&a.Meta), a.Name)
		for _, m := range ms {
			v := m.Column.Value(am)
			switch {
			case m.Column.Format == analysis.YesNo:
				row = append(row, cellText(v == 1))
			case math.IsNaN(v) || math.IsInf(v, 0):
				row = append(row, nil)
			default:
				row = append(row, readable(v))
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// readable rounds v for reading in a table: to 4 significant digits, but to at most
// 4 decimals, so that a tiny value such as 7.99e-25 shows as 0 instead of 7,99E-25,
// and to whole numbers from 1,000 on.
func readable(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	decimals := 3 - int(math.Floor(math.Log10(math.Abs(v))))
	p := math.Pow10(max(0, min(decimals, 4)))
	if r := math.Round(v*p) / p; r != 0 {
		return r
	}
	return 0 // not −0
}

// metricTitles maps the codes of the per-actor metrics to their German labels.
var metricTitles = func() map[string]string {
	out := map[string]string{}
	for _, d := range analysis.Definitions() {
		if d.Column != nil {
			out[d.Code] = d.Label
		}
	}
	return out
}()

// metricTitle returns the German label of the metric code, or the code itself.
func metricTitle(code string) string {
	if t, ok := metricTitles[code]; ok {
		return t
	}
	return code
}

// ActorMetricValues returns the report's metrics per actor ID and metric code (such
// as "betweenness" or "brokerage.liaison"), for EncodeOptions.Metrics. Undefined
// values are left out; the articulation point is 1 or 0.
func ActorMetricValues(r *analysis.ActorReport) map[string]map[string]float64 {
	ms := metricsOf(r)
	out := make(map[string]map[string]float64, len(r.Actors))
	for i := range r.Actors {
		am := &r.Actors[i]
		values := make(map[string]float64, len(ms))
		for _, m := range ms {
			if v := m.Column.Value(am); !math.IsNaN(v) && !math.IsInf(v, 0) {
				values[m.Code] = v
			}
		}
		out[am.ID] = values
	}
	return out
}

// AddMetrics puts the report's metrics into opts for the format (XLSX, GEXF or
// GraphML): ActorMetricTable of n as an extra sheet of an XLSX file, else
// ActorMetricValues for the node attributes of GEXF and GraphML.
func (opts *EncodeOptions) AddMetrics(format string, n *graph.Network, r *analysis.ActorReport) {
	if format == FormatXLSX {
		opts.Tables = append(opts.Tables, ActorMetricTable(n, r))
		return
	}
	opts.Metrics = ActorMetricValues(r)
}
