package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
)

// exportHelp explains each parameter of api.ExportParams, which export takes as an
// option of the same name.
var exportHelp = map[string]string{
	"legal_domain":     "nur Akteure dieses Rechtskreises (Code, z. B. sgb9)",
	"field":            "nur Akteure dieses Handlungsfelds (Code)",
	"target_group":     "nur Akteure dieser Zielgruppe (Code)",
	"social_space":     "nur Akteure in diesem Sozialraum oder einem darin (ID)",
	"actor_kind":       "nur Akteure dieser Art (Code)",
	"q":                "nur Akteure, deren Name, Kurzname, Schlüssel oder Beschreibung diesen Text enthält",
	"wave_id":          "nur Kooperationen dieser Erhebungswelle (ID)",
	"cooperation_kind": "nur Kooperationen dieser Art (Code)",
	"min_intensity":    "nur Kooperationen mit mindestens dieser Intensität (1 bis 4)",
	"kind":             "nur bei csv: actor (Vorgabe), cooperation, offer, social_space, need oder wave",
	"metrics":          "Kennzahlen hinzufügen: in xlsx als Blatt „Kennzahlen“, in gexf und graphml als Knotenattribute",
	"directed":         "Kennzahlen des gerichteten Netzes statt des gegenseitigen",
	"wave":             "Stand einer Erhebungswelle (ID oder Schlüssel): die Datei enthält das Netz dieses Stands, die Kennzahlen gelten für ihn",
	"date":             "Stand an einem Stichtag (JJJJ-MM-TT), wie --wave; ohne beides gelten die Kennzahlen für heute",
}

// exportBools are the parameters of api.ExportParams that are switches.
var exportBools = []string{"metrics", "directed"}

// runExport writes the stored network in one of importers' formats to a file, into a
// directory or to standard output. Its options are those of the API's GET
// /api/v1/exports/{format}, read by api.ParseExport and written by export.New, so
// that both give the same file: the filters of the network view, --kind, --metrics,
// --directed and the state, --wave or --date. --pseudonymize is the API's
// pseudonymize=true.
func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "export --format FORMAT [--kind ART] [Filter …] [--metrics [--directed]] [--pseudonymize] [-o DATEI|VERZEICHNIS]")
	format := fs.String("format", "", "csv, xlsx, graphml, gexf, json oder geojson (Pflicht)")
	params := api.ExportParams()
	for _, name := range params {
		if slices.Contains(exportBools, name) {
			fs.Bool(name, false, exportHelp[name])
		} else {
			fs.String(name, "", exportHelp[name])
		}
	}
	out := fs.String("o", "", "Zieldatei oder ein Verzeichnis (dann unter dem Namen, den auch die API vergibt); ohne oder mit - die Standardausgabe")
	rf := addReadFlags(fs, e)
	if err := parse(fs, args); err != nil {
		return err
	}
	query := url.Values{}
	fs.Visit(func(f *flag.Flag) {
		if slices.Contains(params, f.Name) {
			query.Set(f.Name, f.Value.String())
		}
	})
	if *format == "" {
		return usageError{"--format fehlt; möglich sind csv, xlsx, graphml, gexf, json und geojson"}
	}
	req, err := api.ParseExport(*format, query.Encode())
	if err != nil {
		return usageError{api.ProblemDetail(err)}
	}

	n, err := rf.snapshot(ctx)
	if err != nil {
		return err
	}
	f, err := export.New(ctx, n, req, analysis.NewEngine(analysis.Options{}))
	if graph.ErrorCode(err) == graph.Invalid {
		return usageError{graph.ErrorMessage(err)}
	}
	if err != nil {
		return err
	}
	path := *out
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		path = filepath.Join(path, f.Name)
	}
	return writeOutput(path, e.stdout, f.Write)
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
