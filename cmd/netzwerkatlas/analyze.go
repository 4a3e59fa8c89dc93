package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// analysisResult is what `analyze --json` prints.
type analysisResult struct {
	Network     *analysis.NetworkReport   `json:"network"`
	Actors      *analysis.ActorReport     `json:"actors"`
	Communities *analysis.CommunityReport `json:"communities"`
}

// runAnalyze computes the network and actor metrics of the stored network in one state
// (--wave or --date, default today; see graph.State) and prints a summary, or
// everything as JSON; with --pseudonymize, protected actors go by their pseudonyms.
func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "analyze", "analyze [Optionen]")
	directed := fs.Bool("directed", false, "gerichtetes Netz auswerten statt des gegenseitigen")
	asJSON := fs.Bool("json", false, "alle Ergebnisse als JSON ausgeben")
	top := fs.Int("top", 10, "so viele Akteure in der Rangliste zeigen")
	algorithm := fs.String("communities", analysis.Louvain, "Verfahren für die Kooperationsgruppen: louvain oder leiden")
	report := fs.String("report", "", "nur diesen Planungsbericht ausgeben: coupling, potentials, gaps, spaces oder resilience")
	var st graph.State
	fs.StringVar(&st.Wave, "wave", "", "Stand einer Erhebungswelle (ID oder Schlüssel) auswerten")
	fs.StringVar(&st.Date, "date", "", "Stand an einem Stichtag (JJJJ-MM-TT) auswerten; ohne --wave und --date gilt heute")
	rf := addReadFlags(fs, e)
	if err := parse(fs, args); err != nil {
		return err
	}
	full, err := rf.snapshot(ctx)
	if err != nil {
		return err
	}
	n, err := full.At(st, time.Now())
	if err != nil {
		return usageError{graph.ErrorMessage(err)}
	}
	engine := analysis.NewEngine(analysis.Options{})
	if *report != "" {
		return printPlanning(ctx, e.stdout, engine, n, *report, *top, *asJSON)
	}
	var res analysisResult
	if res.Network, err = engine.Network(ctx, n, *directed); err != nil {
		return err
	}
	if res.Actors, err = engine.Actors(ctx, n, *directed); err != nil {
		return err
	}
	if res.Communities, err = engine.CommunitiesBy(ctx, n, *algorithm); err != nil {
		if graph.ErrorCode(err) == graph.Invalid {
			return usageError{graph.ErrorMessage(err)}
		}
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	printSummary(e.stdout, n, &res, *top)
	return nil
}

// printSummary writes the German summary a coordinator reads in the terminal.
func printSummary(w io.Writer, n *graph.Network, res *analysisResult, top int) {
	nw := res.Network
	view := "gegenseitiges Netz"
	if nw.Directed {
		view = "gerichtetes Netz"
	}
	fmt.Fprintf(w, "Netzwerk (Revision %d, %s, %s)\n", nw.Revision, view, n.State.Label)
	fmt.Fprintf(w, "  Akteure %d, Kooperationen %d, Dichte %.4f\n", nw.Actors, nw.Ties, nw.Density)
	fmt.Fprintf(w, "  Komponenten %d, größte mit %d Akteuren; Durchmesser %d, mittlere Distanz %.2f\n",
		nw.Components, nw.LargestComponent, nw.Distances.Diameter, nw.Distances.MeanDistance)
	fmt.Fprintf(w, "  Zentralisierung: Grad %.3f, Betweenness %.3f; Reziprozität %.3f\n",
		nw.DegreeCentralization, nw.BetweennessCentralization, nw.Reciprocity)
	fmt.Fprintf(w, "  Gemeinschaften %d, Modularität %.3f\n", len(res.Communities.Communities), res.Communities.Modularity)
	if m, ok := nw.Groups["legal_domain"]; ok {
		fmt.Fprintf(w, "  E-I-Index nach Rechtskreis %s (−1: nur innerhalb, +1: nur zwischen Rechtskreisen)\n", formatNumber(m.EI))
	}
	if res.Actors.Approximate {
		fmt.Fprintln(w, "  Betweenness ist geschätzt (Stichprobe), siehe --json.")
	}

	names := map[string]string{}
	for _, a := range n.Actors {
		names[a.ID] = a.Name
	}
	ranked := slices.Clone(res.Actors.Actors)
	slices.SortFunc(ranked, func(a, b analysis.ActorMetrics) int {
		return cmp.Or(cmp.Compare(b.Betweenness, a.Betweenness), cmp.Compare(a.ID, b.ID))
	})
	cuts := 0
	for _, a := range ranked {
		if a.ArticulationPoint {
			cuts++
		}
	}
	fmt.Fprintf(w, "\nAkteure, deren Ausfall das Netz zerteilt: %d; Brücken: %d\n", cuts, len(res.Actors.Bridges))
	fmt.Fprintf(w, "\nWichtigste Vermittler (nach Betweenness):\n")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Rang\tBetweenness\tGrad\tCloseness\tConstraint\t Akteur\t")
	for i, a := range ranked[:min(top, len(ranked))] {
		fmt.Fprintf(tw, "%d\t%.4f\t%d\t%.3f\t%s\t %s\t\n", i+1, a.Betweenness, a.Degree, a.Closeness, formatNumber(a.Constraint), names[a.ID])
	}
	tw.Flush()
	for _, note := range res.Actors.Notes {
		fmt.Fprintln(w, "Hinweis:", note)
	}
}

// formatNumber writes x with three decimals, or "–" where it is undefined (NaN or
// infinite, which metrics.Number encodes as JSON null).
func formatNumber(x metrics.Number) string {
	if f := float64(x); math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	return fmt.Sprintf("%.3f", float64(x))
}

// printPlanning writes one planning report: as JSON, or as a German summary of its
// top entries.
func printPlanning(ctx context.Context, w io.Writer, engine *analysis.Engine, n *graph.Network, report string, top int, asJSON bool) error {
	var res any
	var err error
	switch report {
	case "coupling":
		res, err = engine.CouplingMatrix(ctx, n, "")
	case "potentials":
		res, err = engine.CouplingPotentials(ctx, n, planning.PotentialQuery{Limit: top})
	case "gaps":
		res, err = engine.Gaps(ctx, n)
	case "spaces":
		res, err = engine.SocialSpaces(ctx, n)
	case "resilience":
		res, err = engine.Resilience(ctx, n)
	default:
		return fmt.Errorf("--report: unbekannter Bericht %q; möglich sind coupling, potentials, gaps, spaces und resilience", report)
	}
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	switch r := res.(type) {
	case *planning.CouplingReport:
		fmt.Fprintln(w, "Kaum gekoppelte Rechtskreise:")
		for _, note := range r.LegalDomains.Notes[:min(top, len(r.LegalDomains.Notes))] {
			fmt.Fprintln(w, "  -", note)
		}
	case *planning.PotentialReport:
		fmt.Fprintf(w, "Kopplungspotenziale (%d Paare bewertet):\n", r.Candidates)
		for i, p := range r.Potentials {
			fmt.Fprintf(w, "%d. %s – %s (%.3f)\n", i+1, p.A.Name, p.B.Name, p.Score)
			for _, reason := range p.Reasons {
				fmt.Fprintln(w, "     ", reason)
			}
		}
	case *planning.GapReport:
		fmt.Fprintln(w, "Angebotslücken, die größten zuerst:")
		for _, g := range r.Gaps[:min(top, len(r.Gaps))] {
			fmt.Fprintln(w, "  -", g.Explanation)
		}
	case *planning.SpaceReport:
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "Akteure\tvor Ort\tKooperationen\tDichte\tDichte vor Ort\t Sozialraum\t")
		for _, s := range r.Spaces {
			fmt.Fprintf(tw, "%d\t%d\t%d\t%.3f\t%.3f\t %s\t\n", s.Actors, s.Local, s.Ties, s.Density, s.LocalDensity, s.Name)
		}
		tw.Flush()
	case *planning.ResilienceReport:
		fmt.Fprintln(w, "Kritischste Akteure:")
		for _, a := range r.Actors[:min(top, len(r.Actors))] {
			fmt.Fprintln(w, "  -", a.Explanation)
		}
	}
	return nil
}
