package importers

import (
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// BenchmarkPlanningTables writes the resilience analysis and 1,000 coupling
// potentials of a 5,000-actor county as JSON (what the JSON route encodes, the
// baseline), as an XLSX workbook and as CSV, side by side; the analysis itself is
// computed once beforehand:
//
//	go test ./importers/ -run '^$' -bench PlanningTables -benchtime 20x
func BenchmarkPlanningTables(b *testing.B) {
	n := networkOf(demo.Generate(demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000}))
	n, err := n.At(graph.State{}, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	e := analysis.NewEngine(analysis.Options{})
	res, err := e.Resilience(b.Context(), n)
	if err != nil {
		b.Fatal(err)
	}
	pot, err := e.CouplingPotentials(b.Context(), n, plan.PotentialQuery{Limit: 1000})
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range []struct {
		name   string
		report any
		tables func() []Table
	}{
		{"resilience", res, func() []Table { return ResilienceTables(n, res) }},
		{"potentials", pot, func() []Table { return PotentialTables(n, pot) }},
	} {
		b.Run(r.name+"/json", func(b *testing.B) {
			for b.Loop() {
				if err := json.NewEncoder(io.Discard).Encode(r.report); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(r.name+"/xlsx", func(b *testing.B) {
			for b.Loop() {
				if err := EncodeTables(io.Discard, r.tables()...); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(r.name+"/csv", func(b *testing.B) {
			for b.Loop() {
				if err := EncodeTableCSV(io.Discard, r.tables()[0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestPlanningTablesNeutralize checks that text from the data (a name, a reason)
// that a spreadsheet would run as a formula is written inert in CSV.
func TestPlanningTablesNeutralize(t *testing.T) {
	b := demo.Generate(demo.County())
	b.Actors[0].Name = `=HYPERLINK("https://example.org","x")`
	n, err := networkOf(b).At(graph.State{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	res, err := analysis.NewEngine(analysis.Options{}).Resilience(t.Context(), n)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	if err := EncodeTableCSV(&sb, ResilienceTables(n, res)[0]); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sb.String(), `'=HYPERLINK(`) || strings.Contains(sb.String(), `;=HYPERLINK(`) {
		t.Errorf("the formula is not neutralised in\n%.400s", sb.String())
	}
}
