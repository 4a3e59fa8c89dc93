package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	county := demo.County()
	fs := newFlags(e, "demo", "demo [Optionen]")
	seed := fs.Int64("seed", county.Seed, "Startwert des Zufallsgenerators: gleicher Wert, gleiche Daten")
	actors := fs.Int("actors", county.Actors, "Anzahl der Akteure")
	cooperations := fs.Int("cooperations", county.Cooperations, "Anzahl der Kooperationen")
	out := fs.String("out", "-", "Ausgabedatei; - für die Standardausgabe")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *actors < 1 || *cooperations < 0 {
		return usageError{"--actors muss mindestens 1 sein und --cooperations darf nicht negativ sein"}
	}
	batch := demo.Generate(demo.Options{Seed: *seed, Actors: *actors, Cooperations: *cooperations})
	return writeOutput(*out, e.stdout, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(batch); err != nil {
			return fmt.Errorf("Demo-Daten schreiben: %w", err)
		}
		return nil
	})
}
