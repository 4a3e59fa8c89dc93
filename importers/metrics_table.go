package importers

import (
	"math"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
)

// MetricSheet is the name of the sheet that ActorMetricTable fills.
const MetricSheet = "Kennzahlen"

// actorMetric is one column of the metric table: the metric's code (its JSON name in
// analysis.ActorMetrics, as analysis.Definitions names it) and how to read it.
type actorMetric struct {
	code string
	// directed marks in- and out-degree, which equal the degree in the mutual view
	// and are left out there.
	directed bool
	value    func(m *analysis.ActorMetrics) float64
}

// actorMetrics lists the per-actor metrics in the order analysis.Definitions shows them.
var actorMetrics = []actorMetric{
	{code: "degree", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Degree) }},
	{code: "in_degree", directed: true, value: func(m *analysis.ActorMetrics) float64 { return float64(m.InDegree) }},
	{code: "out_degree", directed: true, value: func(m *analysis.ActorMetrics) float64 { return float64(m.OutDegree) }},
	{code: "strength", value: func(m *analysis.ActorMetrics) float64 { return m.Strength }},
	{code: "betweenness", value: func(m *analysis.ActorMetrics) float64 { return m.Betweenness }},
	{code: "closeness", value: func(m *analysis.ActorMetrics) float64 { return m.Closeness }},
	{code: "harmonic", value: func(m *analysis.ActorMetrics) float64 { return m.Harmonic }},
	{code: "pagerank", value: func(m *analysis.ActorMetrics) float64 { return m.PageRank }},
	{code: "eigenvector", value: func(m *analysis.ActorMetrics) float64 { return m.Eigenvector }},
	{code: "constraint", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Constraint) }},
	{code: "effective_size", value: func(m *analysis.ActorMetrics) float64 { return float64(m.EffectiveSize) }},
	{code: "efficiency", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Efficiency) }},
	{code: "hierarchy", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Hierarchy) }},
	{code: "core_number", value: func(m *analysis.ActorMetrics) float64 { return float64(m.CoreNumber) }},
	{code: "clustering", value: func(m *analysis.ActorMetrics) float64 { return m.Clustering }},
	{code: "brokerage.coordinator", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Brokerage.Coordinator) }},
	{code: "brokerage.gatekeeper", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Brokerage.Gatekeeper) }},
	{code: "brokerage.representative", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Brokerage.Representative) }},
	{code: "brokerage.consultant", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Brokerage.Consultant) }},
	{code: "brokerage.liaison", value: func(m *analysis.ActorMetrics) float64 { return float64(m.Brokerage.Liaison) }},
	{code: "articulation_point", value: func(m *analysis.ActorMetrics) float64 {
		if m.ArticulationPoint {
			return 1
		}
		return 0
	}},
}

// metricsOf returns the metrics that apply to the report's view.
func metricsOf(r *analysis.ActorReport) []actorMetric {
	out := make([]actorMetric, 0, len(actorMetrics))
	for _, m := range actorMetrics {
		if r.Directed || !m.directed {
			out = append(out, m)
		}
	}
	return out
}

// metricLabel returns the German label of a metric from analysis.Definitions.
func metricLabel(code string) string {
	for _, d := range analysis.Definitions {
		if d.Code == code {
			return d.Label
		}
	}
	return code
}

// ActorMetricTable lays out the report's metrics as the table MetricSheet: one row per
// actor of n (in n's order; actors the report lacks are left out) with its key (as the
// other sheets write it, so that rows can be matched), its name and one column per
// metric with the German label of analysis.Definitions. In- and out-degree appear only
// for a directed report; undefined values are empty cells; the articulation point is
// "ja" or "nein". n may be a filtered copy of the network the report was computed on.
func ActorMetricTable(n *graph.Network, r *analysis.ActorReport) Table {
	ms := metricsOf(r)
	t := Table{Name: MetricSheet, Headers: []string{"Schlüssel", "Name"}}
	for _, m := range ms {
		t.Headers = append(t.Headers, metricLabel(m.code))
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
			v := m.value(am)
			switch {
			case m.code == "articulation_point":
				row = append(row, cellText(v == 1))
			case math.IsNaN(v) || math.IsInf(v, 0):
				row = append(row, nil)
			default:
				row = append(row, v)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
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
			if v := m.value(am); !math.IsNaN(v) && !math.IsInf(v, 0) {
				values[m.code] = v
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
