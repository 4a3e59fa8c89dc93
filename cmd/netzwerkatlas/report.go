package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/measures"
	"github.com/netzwerkatlas/netzwerkatlas/report"
	"github.com/netzwerkatlas/netzwerkatlas/report/docx"
	"github.com/netzwerkatlas/netzwerkatlas/report/pdf"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// runReport writes the report for the steering group from state --from to state
// --to (each a wave's ID or key, or a date; as GET /api/v1/reports/steering takes
// them) as HTML, as a tagged PDF printed by Chromium, or as a Word document: by
// --format, or else by the output file's ending (.pdf, .docx; otherwise HTML). The
// report holds what the API's holds: the measures and the response rate of the
// partner survey; with --pseudonymize, as the API's pseudonymize=true.
func runReport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "report", "report --from WELLE|DATUM --to WELLE|DATUM -o bericht.pdf [Optionen]")
	fromFlag := fs.String("from", "", "Ausgangsstand (T1): Erhebungswelle (ID oder Schlüssel) oder Stichtag (JJJJ-MM-TT); ohne Angabe die Welle vor --to")
	toFlag := fs.String("to", "", "Vergleichsstand (T2) wie --from; ohne Angabe heute")
	space := fs.String("social-space", "", "nur diesen Sozialraum (ID) betrachten, mit seinem Sozialraumprofil")
	out := fs.String("o", "-", "Zieldatei; - für die Standardausgabe")
	format := fs.String("format", "", "html, pdf oder docx; ohne Angabe nach der Endung der Zieldatei (sonst html)")
	chromium := fs.String("chromium", envOr(e, "NETZWERKATLAS_CHROMIUM", ""), "Chromium für PDF; ohne Angabe chromium im PATH (NETZWERKATLAS_CHROMIUM)")
	rf := addReadFlags(fs, e)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format == "" {
		*format = "html"
		if ext := strings.ToLower(filepath.Ext(*out)); ext == ".pdf" || ext == ".docx" {
			*format = ext[1:]
		}
	}
	if *format != "html" && *format != "pdf" && *format != "docx" {
		return usageError{fmt.Sprintf("--format %q: möglich sind html, pdf und docx", *format)}
	}
	now := time.Now()
	engine := analysis.NewEngine(analysis.Options{})
	var r *report.Steering
	err := rf.read(ctx, func(store graph.Store, full *graph.Network, k int) error {
		from, to, err := comparedStates(full, *fromFlag, *toFlag, now)
		if err != nil {
			return err
		}
		surveys := survey.New(store, survey.Config{Now: func() time.Time { return now }})
		for _, n := range []*graph.Network{from, to} {
			if n.State.Coverage, err = surveys.Coverage(ctx, full, n.State.BaseWaveID); err != nil {
				return err
			}
		}
		x, err := report.NewExtras(ctx, full, to, *space, measures.Snapshot{Full: full, Today: now, Analyzer: engine}, k)
		if err != nil {
			return err
		}
		r, err = report.Build(ctx, engine, from, to, *space, x, now)
		return err
	})
	if graph.ErrorCode(err) == graph.Invalid {
		return usageError{graph.ErrorMessage(err)}
	}
	if err != nil {
		return err
	}
	var html bytes.Buffer
	if err := r.HTML(&html); err != nil {
		return err
	}
	switch *format {
	case "html":
		return writeOutput(*out, e.stdout, func(w io.Writer) error { _, err := html.WriteTo(w); return err })
	case "docx":
		doc, err := docx.FromHTML(html.Bytes())
		if err != nil {
			return err
		}
		return writeOutput(*out, e.stdout, func(w io.Writer) error { _, err := w.Write(doc); return err })
	}
	printer := &pdf.Printer{ExecPath: *chromium}
	defer printer.Close()
	doc, err := printer.Print(ctx, html.Bytes())
	if err != nil {
		return fmt.Errorf("PDF erzeugen (ist Chromium installiert? --chromium): %w", err)
	}
	return writeOutput(*out, e.stdout, func(w io.Writer) error { _, err := w.Write(doc); return err })
}

// comparedStates returns the networks of the states from and to of the snapshot
// full (see graph.Network.StateOf): to defaults to today, from to the wave before
// to's state; from must not be later than to.
func comparedStates(full *graph.Network, fromArg, toArg string, today time.Time) (from, to *graph.Network, err error) {
	to, err = full.At(full.StateOf(toArg), today)
	if err != nil {
		return nil, nil, usageError{"--to: " + graph.ErrorMessage(err)}
	}
	st := full.StateOf(fromArg)
	if fromArg == "" {
		prev := full.PreviousWave(to.State.BaseWaveID, to.State.Date)
		if prev == nil {
			return nil, nil, usageError{fmt.Sprintf("Vor dem %s gibt es keine Erhebungswelle zum Vergleich; bitte --from angeben.", to.State.Label)}
		}
		st = graph.State{Wave: prev.ID}
	}
	from, err = full.At(st, today)
	if err != nil {
		return nil, nil, usageError{"--from: " + graph.ErrorMessage(err)}
	}
	if from.State.Date > to.State.Date {
		return nil, nil, usageError{fmt.Sprintf("Der Ausgangsstand (%s) liegt nach dem Vergleichsstand (%s); bitte --from und --to tauschen.",
			from.State.Label, to.State.Label)}
	}
	return from, to, nil
}
