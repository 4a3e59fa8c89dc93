package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// cliMaxBytes is the size limit of each file the import command reads: files on disk
// may be far larger than uploads.
const cliMaxBytes = 2 << 30

// runImport decodes the files named on the command line into one batch, checks it
// with the store and, unless --dry-run, writes it all-or-nothing. It prints the report
// in German; a report with errors writes nothing and fails (exit code 1).
func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "import [--dry-run] [--format FORMAT] [--mapping ZUORDNUNG.json] DATEI …")
	dryRun := fs.Bool("dry-run", false, "nur prüfen und berichten, nichts schreiben")
	format := fs.String("format", "", "Format aller Dateien statt der Erkennung: csv, xlsx, graphml, gexf, json oder geojson")
	mappingFile := fs.String("mapping", "", "JSON-Datei, die fremde Spalten und Werte zuordnet, z. B. {\"columns\":{\"Träger\":\"name\"}}")
	sc := addStoreFlags(fs, e)
	files, err := parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError{"keine Datei angegeben"}
	}
	opts := importers.Options{Limits: importers.Limits{MaxBytes: cliMaxBytes}}
	if opts.Mapping, err = readMapping(*mappingFile); err != nil {
		return err
	}
	if f, ok := importers.FormatByName(*format); *format != "" && (!ok || !f.Decode) {
		return usageError{fmt.Sprintf("--format: unbekanntes Format %q; möglich sind csv, xlsx, graphml, gexf, json und geojson", *format)}
	}
	inputs := make([]importers.Input, 0, len(files))
	for _, name := range files {
		r, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("Datei öffnen: %w", err)
		}
		defer r.Close()
		inputs = append(inputs, importers.Input{Name: name, R: r})
	}

	store, err := sc.open(ctx, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer store.Close()
	rep, res, err := api.Import(ctx, store, inputs, strings.ToLower(*format), opts, *dryRun)
	if err != nil {
		return err
	}
	printReport(e.stdout, rep, res, *dryRun)
	if rep.HasErrors() {
		return fmt.Errorf("%d Fehler; es wurde nichts gespeichert", rep.Errors)
	}
	return nil
}

// readMapping reads an importers.Mapping from a JSON file; "" is no mapping. A file
// that is not such a mapping is a usage error.
func readMapping(path string) (importers.Mapping, error) {
	var m importers.Mapping
	if path == "" {
		return m, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return m, usageError{fmt.Sprintf("--mapping: %v", err)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return m, usageError{fmt.Sprintf("--mapping: %s ist keine Zuordnung wie {\"columns\":{…},\"values\":{…}}: %v", path, err)}
	}
	return m, nil
}

// printReport writes the import report in German: what was read, every issue with
// its place, and what the import did, would do, or that it was refused.
func printReport(w io.Writer, rep *importers.Report, res graph.BatchResult, dryRun bool) {
	var read []string
	for _, k := range graph.Kinds() {
		if n := rep.Counts[k]; n > 0 {
			read = append(read, fmt.Sprintf("%s: %d", k.Label(), n))
		}
	}
	fmt.Fprintf(w, "Format %s; gelesen: %s\n", rep.Format, cmp.Or(strings.Join(read, ", "), "nichts"))
	for _, sev := range []importers.Severity{importers.SeverityError, importers.SeverityWarning} {
		title, total := "Fehler", rep.Errors
		if sev == importers.SeverityWarning {
			title, total = "Hinweise", rep.Warnings
		}
		if total == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%d):\n", title, total)
		shown := 0
		for _, is := range rep.Issues {
			if is.Severity != sev {
				continue
			}
			shown++
			fmt.Fprintln(w, "  -", is.Text)
			if is.Suggestion != "" {
				fmt.Fprintf(w, "    Vorschlag: %s\n", is.Suggestion)
			}
		}
		if shown < total {
			fmt.Fprintf(w, "  … und %d weitere\n", total-shown)
		}
	}
	fmt.Fprintln(w)
	switch {
	case rep.HasErrors():
		fmt.Fprintf(w, "Abgelehnt: %d Fehler; es wurde nichts gespeichert.\n", rep.Errors)
		return
	case dryRun:
		fmt.Fprintf(w, "Probelauf (Revision %d): nichts geschrieben. Ein Import würde:\n", res.Revision)
	default:
		fmt.Fprintf(w, "Import abgeschlossen, Revision %d:\n", res.Revision)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "neu\tgeändert\tunverändert\t Art\t")
	for _, k := range graph.Kinds() {
		if c := res.Counts[k]; c != nil && c.Created+c.Updated+c.Unchanged > 0 {
			fmt.Fprintf(tw, "%d\t%d\t%d\t %s\t\n", c.Created, c.Updated, c.Unchanged, k.Label())
		}
	}
	tw.Flush()
}
