package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// runMigrate copies all data (taxonomy, network data, tokens) from one store to another
// and verifies the copy by comparing the two snapshots.
func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "migrate", "migrate --from QUELLE --to ZIEL   (QUELLE/ZIEL: neo4j oder ein Datenverzeichnis)")
	from := fs.String("from", "", "Quelle: neo4j (Verbindung aus NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) oder ein Datenverzeichnis")
	to := fs.String("to", "", "Ziel: neo4j oder ein Datenverzeichnis; es muss leer sein")
	sc := addStoreFlags(fs, e)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" || *from == *to {
		return usageError{"--from und --to sind nötig und müssen verschieden sein"}
	}
	logger, _ := newLogger(e.stderr, "text")
	src, err := sc.at(*from).open(ctx, logger)
	if err != nil {
		return fmt.Errorf("Quelle öffnen: %w", err)
	}
	defer src.Close()
	dst, err := sc.at(*to).open(ctx, logger)
	if err != nil {
		return fmt.Errorf("Ziel öffnen: %w", err)
	}
	defer dst.Close()

	if rev, err := dst.Revision(ctx); err != nil {
		return err
	} else if rev != 0 {
		return fmt.Errorf("das Ziel %s enthält schon Daten (Revision %d); migriert wird nur in einen leeren Bestand", *to, rev)
	}
	n, err := src.Snapshot(ctx)
	if err != nil {
		return fmt.Errorf("Quelle lesen: %w", err)
	}
	if err := copyTaxonomy(ctx, n.Taxonomy, dst); err != nil {
		return err
	}
	res, err := dst.Upsert(ctx, n.Batch(), graph.BatchOptions{})
	if err != nil {
		return fmt.Errorf("Ziel schreiben: %w", err)
	}
	tokens, err := copyTokens(ctx, src, dst)
	if err != nil {
		return err
	}
	copied, err := dst.Snapshot(ctx)
	if err != nil {
		return fmt.Errorf("Ziel prüfen: %w", err)
	}
	if diff := graph.Diff(n, copied, 10); diff != nil {
		return fmt.Errorf("die Kopie weicht von der Quelle ab:\n  %s", strings.Join(diff, "\n  "))
	}
	for _, k := range graph.Kinds() {
		fmt.Fprintf(e.stdout, "%-16s %8d\n", k.Label(), res.Counts[k].Created)
	}
	fmt.Fprintf(e.stdout, "%-16s %8d\nKopie geprüft: Quelle und Ziel stimmen überein.\n", "Tokens", tokens)
	return nil
}

// at returns a copy of c that opens the store named by where: "neo4j", or a data
// directory for the embedded file.
func (c *storeConfig) at(where string) *storeConfig {
	cc := *c
	if where == "neo4j" {
		return &cc
	}
	cc.neo4j.URI, cc.dataDir = "", where
	return &cc
}

// copyTaxonomy replaces dst's taxonomy with t unless they already agree.
func copyTaxonomy(ctx context.Context, t *graph.Taxonomy, dst graph.Store) error {
	current, err := dst.Taxonomy(ctx)
	if err != nil {
		return err
	}
	next := *t
	next.Version = current.Version
	if err := dst.SetTaxonomy(ctx, &next); err != nil {
		return fmt.Errorf("Taxonomie übertragen: %w", err)
	}
	return nil
}

// copyTokens creates src's tokens in dst, with their IDs and hashes, and counts them.
func copyTokens(ctx context.Context, src, dst graph.Store) (int, error) {
	tokens, err := src.Tokens(ctx)
	if err != nil {
		return 0, err
	}
	for _, t := range tokens {
		if err := dst.CreateToken(ctx, &t); err != nil {
			return 0, fmt.Errorf("Token %q übertragen: %w", t.Name, err)
		}
	}
	return len(tokens), nil
}
