package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// runExport writes the stored network in one of importers' formats to a file or to
// standard output, with the metrics of the analysis if asked: as the sheet
// "Kennzahlen" of a workbook, or as node attributes of GEXF and GraphML.
func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "export --format FORMAT [--kind ART] [--metrics [--directed]] [-o DATEI]")
	format := fs.String("format", "", "csv, xlsx, graphml, gexf, json oder geojson (Pflicht)")
	kind := fs.String("kind", "", "nur bei csv: actor (Vorgabe), cooperation, offer, social_space, need oder wave")
	metrics := fs.Bool("metrics", false, "Kennzahlen hinzufügen: in xlsx als Blatt „Kennzahlen“, in gexf und graphml als Knotenattribute")
	directed := fs.Bool("directed", false, "Kennzahlen des gerichteten Netzes statt des gegenseitigen")
	out := fs.String("o", "", "Zieldatei; ohne oder mit - die Standardausgabe")
	sc := addStoreFlags(fs, e)
	if err := parse(fs, args); err != nil {
		return err
	}
	f, ok := importers.FormatByName(*format)
	switch {
	case !ok || !f.Encode:
		return usageError{fmt.Sprintf("--format: unbekanntes Format %q; möglich sind csv, xlsx, graphml, gexf, json und geojson", *format)}
	case *kind != "" && f.Name != importers.FormatCSV:
		return usageError{"--kind gilt nur für csv; die anderen Formate enthalten alle Arten"}
	case *kind != "" && !slices.Contains(graph.Kinds(), graph.Kind(*kind)):
		return usageError{fmt.Sprintf("--kind: unbekannte Art %q; möglich sind actor, cooperation, offer, social_space, need und wave", *kind)}
	case *metrics && !slices.Contains(importers.MetricFormats, f.Name):
		return usageError{"--metrics gibt es nur mit xlsx, gexf und graphml; die Kennzahlen als Tabelle liefert „export --format xlsx --metrics“"}
	}

	n, err := sc.snapshot(ctx)
	if err != nil {
		return err
	}
	opts := importers.EncodeOptions{Kind: graph.Kind(*kind), Date: time.Now().Format(time.DateOnly)}
	if *metrics {
		r, err := analysis.NewEngine(analysis.Options{}).Actors(ctx, n, *directed)
		if err != nil {
			return err
		}
		opts.AddMetrics(f.Name, n, r)
	}
	return writeOutput(*out, e.stdout, func(w io.Writer) error { return importers.Encode(f.Name, w, n, opts) })
}

// writeOutput writes what write produces to the file path, or to stdout if path is ""
// or "-". A file is written under a temporary name beside it and renamed when
// complete, so that a failed export (or demo) leaves no half file.
func writeOutput(path string, stdout io.Writer, write func(w io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".netzwerkatlas-*")
	if err != nil {
		return fmt.Errorf("Zieldatei anlegen: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	bw := bufio.NewWriter(tmp)
	err = tmp.Chmod(0o644) // as os.Create would make it, not CreateTemp's 0600
	if err == nil {
		err = write(bw)
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("Schreiben nach %s: %w", path, err)
	}
	return nil
}
