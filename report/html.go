package report

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

//go:embed templates/*.tmpl templates/report.css
var files embed.FS

// page is what the template of a document gets: the steering report or a profile,
// one of them set.
type page struct {
	Title    string
	Steering *Steering
	Profile  *Profile
	CSS      template.CSS
}

var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"dec":    german.Decimal,
	"num":    func(x metrics.Number, prec int) string { return german.Decimal(float64(x), prec) },
	"pct":    percent,
	"pctn":   func(x metrics.Number) string { return percent(float64(x)) },
	"signed": german.Signed,
	"isigned": func(a, b int) string {
		return german.Signed(float64(b-a), 0)
	},
	"fsigned": func(a, b float64, prec int) string { return german.Signed(b-a, prec) },
	"date":    func(s string) string { return germanDate(s) },
	"gapkind": gapKind,
	"realised": func(ps []changes.RealisedPair) []changes.RealisedPair {
		var out []changes.RealisedPair
		for _, p := range ps {
			if p.Realised {
				out = append(out, p)
			}
		}
		return out
	},
	// map makes a map of key-value pairs, to hand several values to a template.
	"map": func(kv ...any) map[string]any {
		m := make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	},
}).ParseFS(files, "templates/*.tmpl"))

// css is the style sheet of the documents, for screen and A4 print.
var css = func() template.CSS {
	b, err := files.ReadFile("templates/report.css")
	if err != nil {
		panic(err)
	}
	return template.CSS(b) // #nosec: our own file
}()

// HTML writes the steering report as a complete, accessible HTML document.
func (s *Steering) HTML(w io.Writer) error {
	title := "Bericht für die Steuerungsgruppe: " + s.From.Label + " bis " + s.To.Label
	if s.Space != nil {
		title += ", " + s.Space.Name
	}
	return write(w, "steering", page{Title: title, Steering: s, CSS: css})
}

// HTML writes the profile as a complete, accessible HTML document.
func (p *Profile) HTML(w io.Writer) error {
	return write(w, "profile-page", page{Title: "Sozialraumprofil " + p.Space.Name + ", " + p.State.Label, Profile: p, CSS: css})
}

// write executes the named template into a buffer first, so that a failure writes
// nothing.
func write(w io.Writer, name string, p page) error {
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, name, p); err != nil {
		return fmt.Errorf("report: %s: %w", name, err)
	}
	_, err := buf.WriteTo(w)
	return err
}

// gapKind returns the German name of a kind of gap.
func gapKind(kind string) string {
	switch kind {
	case planning.GapUnderNeed:
		return "Bedarf nicht gedeckt"
	case planning.GapNoOffer:
		return "kein Angebot im Handlungsfeld"
	case planning.GapPoorlyConnected:
		return "schwach vernetzt"
	}
	return kind
}

// germanDate writes YYYY-MM-DD as DD.MM.YYYY.
func germanDate(s string) string {
	if len(s) != 10 {
		return s
	}
	return s[8:10] + "." + s[5:7] + "." + s[0:4]
}

// Charts of the steering report, each with its numbers in a table beside it.

// DomainChart shows the new and lapsed ties of the pairs of legal domains with the
// most changes (at most ten).
func (s *Steering) DomainChart() Chart {
	c := Chart{ID: "chart-domains", Title: "Neue und beendete Kooperationen nach Rechtskreispaar",
		Series: []string{"neu", "beendet"}}
	for _, t := range s.ByDomain[:min(len(s.ByDomain), 10)] {
		c.Rows = append(c.Rows, ChartRow{Label: t.Label, Values: []float64{float64(t.New), float64(t.Lapsed)}})
	}
	c.Desc = fmt.Sprintf("Balkendiagramm: neue und beendete Kooperationen für die %d Rechtskreispaare mit den meisten Veränderungen. "+
		"Die Zahlen stehen in der Tabelle darunter.", len(c.Rows))
	return c
}

// CoverageChart shows the mean coverage of needs per social space at T1 and T2, in
// percent.
func (s *Steering) CoverageChart() Chart {
	c := Chart{ID: "chart-coverage", Title: "Bedarfsdeckung je Sozialraum in Prozent",
		Series: []string{s.From.Label, s.To.Label}}
	for _, r := range s.Coverage {
		c.Rows = append(c.Rows, ChartRow{Label: r.Name, Values: []float64{100 * coverageOf(r.From), 100 * coverageOf(r.To)}})
	}
	c.Desc = fmt.Sprintf("Balkendiagramm: mittlere Bedarfsdeckung der %d Sozialräume mit Bedarfen zu beiden Ständen. "+
		"Die Zahlen stehen in der Tabelle darunter.", len(c.Rows))
	return c
}

// coverageOf returns the mean coverage of a side of a coverage row, NaN if none.
func coverageOf(ss *planning.SpaceSupply) float64 {
	if ss == nil {
		return math.NaN()
	}
	return float64(ss.Coverage)
}

// IndicatorCharts show each indicator series of the profile.
func (p *Profile) IndicatorCharts() []Chart {
	var out []Chart
	for i, s := range p.Indicators {
		c := Chart{ID: fmt.Sprintf("chart-indicator-%d", i), Title: s.Label + " nach Jahr", Series: []string{s.Label}}
		for _, pt := range s.Points {
			c.Rows = append(c.Rows, ChartRow{Label: fmt.Sprint(pt.Year), Values: []float64{pt.Value}})
		}
		c.Prec = precision(s.Points)
		first, last := s.Points[0], s.Points[len(s.Points)-1]
		c.Desc = fmt.Sprintf("Balkendiagramm: %s in %s von %d (%s) bis %d (%s). Die Zahlen stehen in der Tabelle darunter.",
			s.Label, p.Space.Name, first.Year, german.Decimal(first.Value, c.Prec), last.Year, german.Decimal(last.Value, c.Prec))
		out = append(out, c)
	}
	return out
}

// FieldChart shows the offers of the profile's space per field of action.
func (p *Profile) FieldChart() Chart {
	c := Chart{ID: "chart-fields", Title: "Angebote nach Handlungsfeld", Series: []string{"Angebote"}}
	for _, f := range p.ByField {
		c.Rows = append(c.Rows, ChartRow{Label: f.Label, Values: []float64{float64(f.N)}})
	}
	c.Desc = fmt.Sprintf("Balkendiagramm: Zahl der Angebote für %s in %d Handlungsfeldern. Die Zahlen stehen in der Tabelle darunter.",
		p.Space.Name, len(c.Rows))
	return c
}

// precision returns 0 if every value is whole, else 1.
func precision(pts []graph.Indicator) int {
	for _, pt := range pts {
		if pt.Value != math.Trunc(pt.Value) {
			return 1
		}
	}
	return 0
}

// Label helpers for the templates.

// SpaceName returns the name of a social space of the report.
func (s *Steering) SpaceName(id string) string { return s.labels.spaceName(id) }

// Domain returns the German label of a legal domain code.
func (s *Steering) Domain(code string) string { return s.labels.label(graph.ListLegalDomains, code) }

// Domains returns the German labels of legal domain codes, joined by commas.
func (s *Steering) Domains(codes []string) string {
	return joinLabels(s.labels, graph.ListLegalDomains, codes)
}

// Field returns the German label of a field of action code.
func (p *Profile) Field(code string) string { return p.labels.label(graph.ListFields, code) }

// TargetGroup returns the German label of a target group code, "alle" for none.
func (p *Profile) TargetGroup(code string) string {
	if code == "" {
		return "alle"
	}
	return p.labels.label(graph.ListTargetGroups, code)
}

// ActorName returns the name of an actor of the profile.
func (p *Profile) ActorName(id string) string {
	if a := p.labels.actor(id); a != nil {
		return a.Name
	}
	return id
}

// SpaceName returns the name of a social space of the profile.
func (p *Profile) SpaceName(id string) string { return p.labels.spaceName(id) }

// Domains returns the German labels of legal domain codes, joined by commas.
func (p *Profile) Domains(codes []string) string {
	return joinLabels(p.labels, graph.ListLegalDomains, codes)
}

// Measure returns the German label of a need's measure.
func (p *Profile) Measure(code string) string {
	switch code {
	case graph.MeasureOffers:
		return "Angebote"
	case graph.MeasureOffersPer1000:
		return "Angebote je 1.000 Einw."
	}
	return "Plätze je 1.000 Einw."
}

// joinLabels writes the labels of the codes of a taxonomy list, joined by commas.
func joinLabels(l *labels, list string, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = l.label(list, c)
	}
	return strings.Join(out, ", ")
}
