package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// migrationMarker is the name of the token that marks a store as the target of a
// migration that has not finished. The token's secret is thrown away at once, so it
// grants nothing; it only lives in the store, where a rerun finds it.
const migrationMarker = "netzwerkatlas migrate: Kopie läuft"

// runMigrate copies all data (taxonomy, network data, tokens) from one store to another
// and verifies the copy by comparing the two snapshots.
func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "migrate", "migrate --from QUELLE --to ZIEL   (QUELLE/ZIEL: neo4j oder ein Datenverzeichnis)")
	from := fs.String("from", "", "Quelle: neo4j (Verbindung aus NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) oder ein Datenverzeichnis")
	to := fs.String("to", "", "Ziel: neo4j oder ein Datenverzeichnis; es muss leer sein oder eine abgebrochene Migration enthalten")
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
	return migrateStores(ctx, src, dst, *to, e.stdout)
}

// migrateStores copies everything from src into dst, which is named to in messages,
// and verifies the copy. dst must be empty or hold a migration that did not finish:
// the copy first marks dst with a marker token and removes it only when the copy
// is verified. A rerun after a failure finds the marker and finishes: it keeps the
// network data if it already equals the source's, else it deletes what dst holds and
// copies anew. A dst that holds data without the marker is refused.
func migrateStores(ctx context.Context, src, dst graph.Store, to string, out io.Writer) error {
	srcTokens, err := src.Tokens(ctx)
	if err != nil {
		return fmt.Errorf("Quelle lesen: %w", err)
	}
	if slices.ContainsFunc(srcTokens, isMarker) {
		return errors.New("die Quelle ist selbst das Ziel einer abgebrochenen Migration; bitte diese Migration zuerst zu Ende führen")
	}
	marker, resumed, err := markTarget(ctx, dst, to)
	if err != nil {
		return err
	}
	if resumed {
		fmt.Fprintf(out, "Das Ziel enthält eine abgebrochene Migration; sie wird fortgesetzt.\n")
	}
	n, err := src.Snapshot(ctx)
	if err != nil {
		return fmt.Errorf("Quelle lesen: %w", err)
	}
	current, err := dst.Snapshot(ctx)
	if err != nil {
		return fmt.Errorf("Ziel lesen: %w", err)
	}
	same := graph.Diff(n, current, 1) == nil
	if !same && !empty(current) {
		fmt.Fprintf(out, "Die Netzwerkdaten im Ziel weichen von der Quelle ab; sie werden gelöscht und neu kopiert.\n")
		if err := clearNetwork(ctx, dst, current); err != nil {
			return fmt.Errorf("Ziel leeren: %w", err)
		}
	}
	if err := copyTaxonomy(ctx, n.Taxonomy, dst); err != nil {
		return err
	}
	if !same {
		if _, err := dst.Upsert(ctx, n.Batch(), graph.BatchOptions{}); err != nil {
			return fmt.Errorf("Ziel schreiben: %w", err)
		}
	}
	if err := copyTokens(ctx, srcTokens, dst, marker); err != nil {
		return err
	}
	records, err := copyRecords(ctx, src, dst)
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
	if err := dst.DeleteToken(ctx, marker); err != nil {
		return fmt.Errorf("Ziel als fertig markieren: %w", err)
	}
	counts := map[graph.Kind]int{}
	for _, it := range n.Batch().Items() {
		counts[it.Entity.EntityKind()]++
	}
	for _, k := range graph.Kinds() {
		fmt.Fprintf(out, "%-16s %8d\n", k.Label(), counts[k])
	}
	fmt.Fprintf(out, "%-16s %8d\n%-16s %8d\nKopie geprüft: Quelle und Ziel stimmen überein.\n", "Tokens", len(srcTokens), "Arbeitsdaten", records)
	return nil
}

// isMarker reports whether t is the marker of an unfinished migration.
func isMarker(t graph.Token) bool { return t.Name == migrationMarker }

// markTarget returns the ID of dst's migration marker: the one an unfinished
// migration left (resumed), or a new one if dst is empty. A dst with data or tokens
// but no marker is refused.
func markTarget(ctx context.Context, dst graph.Store, to string) (id string, resumed bool, err error) {
	tokens, err := dst.Tokens(ctx)
	if err != nil {
		return "", false, fmt.Errorf("Ziel lesen: %w", err)
	}
	if i := slices.IndexFunc(tokens, isMarker); i >= 0 {
		return tokens[i].ID, true, nil
	}
	rev, err := dst.Revision(ctx)
	if err != nil {
		return "", false, fmt.Errorf("Ziel lesen: %w", err)
	}
	if rev != 0 || len(tokens) > 0 {
		return "", false, fmt.Errorf("das Ziel %s enthält schon Daten (Revision %d, %d Tokens); migriert wird nur in einen leeren Bestand", to, rev, len(tokens))
	}
	m := &graph.Token{Name: migrationMarker, Role: graph.RoleViewer, Hash: graph.HashToken(graph.NewTokenSecret())}
	if err := dst.CreateToken(ctx, m); err != nil {
		return "", false, fmt.Errorf("Ziel markieren: %w", err)
	}
	return m.ID, false, nil
}

// empty reports whether n holds no network data.
func empty(n *graph.Network) bool { return len(n.Batch().Items()) == 0 }

// clearNetwork deletes the network data n of dst: measures, cooperations, needs,
// offers, actors and waves, then the social spaces, children before their parents.
func clearNetwork(ctx context.Context, dst graph.Store, n *graph.Network) error {
	del := func(kind graph.Kind, id string) error {
		_, err := dst.Delete(ctx, kind, id, graph.DeleteOptions{Cascade: true})
		if graph.ErrorCode(err) == graph.NotFound { // gone with its actor
			return nil
		}
		return err
	}
	for _, m := range n.Measures {
		if err := del(graph.KindMeasure, m.ID); err != nil {
			return err
		}
	}
	for _, c := range n.Cooperations {
		if err := del(graph.KindCooperation, c.ID); err != nil {
			return err
		}
	}
	for _, x := range n.Needs {
		if err := del(graph.KindNeed, x.ID); err != nil {
			return err
		}
	}
	for _, o := range n.Offers {
		if err := del(graph.KindOffer, o.ID); err != nil {
			return err
		}
	}
	for _, a := range n.Actors {
		if err := del(graph.KindActor, a.ID); err != nil {
			return err
		}
	}
	for _, w := range n.Waves {
		if err := del(graph.KindWave, w.ID); err != nil {
			return err
		}
	}
	parent := map[string]string{}
	for _, s := range n.SocialSpaces {
		parent[s.ID] = s.ParentID
	}
	depth := func(id string) int {
		d := 0
		for p := parent[id]; p != "" && d <= len(parent); p = parent[p] {
			d++
		}
		return d
	}
	spaces := slices.Clone(n.SocialSpaces)
	slices.SortStableFunc(spaces, func(a, b graph.SocialSpace) int { return depth(b.ID) - depth(a.ID) })
	for _, s := range spaces {
		if err := del(graph.KindSocialSpace, s.ID); err != nil {
			return err
		}
	}
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

// copyTokens makes dst's tokens, apart from the marker, those of the source, with
// their IDs and hashes: it deletes what a failed run copied, then creates them all.
func copyTokens(ctx context.Context, tokens []graph.Token, dst graph.Store, marker string) error {
	have, err := dst.Tokens(ctx)
	if err != nil {
		return err
	}
	for _, t := range have {
		if t.ID != marker {
			if err := dst.DeleteToken(ctx, t.ID); err != nil {
				return fmt.Errorf("Token %q im Ziel löschen: %w", t.Name, err)
			}
		}
	}
	for _, t := range tokens {
		if err := dst.CreateToken(ctx, &t); err != nil {
			return fmt.Errorf("Token %q übertragen: %w", t.Name, err)
		}
	}
	return nil
}

// recordBatch is how many records copyRecords writes per transaction.
const recordBatch = 500

// copyRecords makes dst's records those of src (survey answers, saved views and
// the like): it deletes what a failed run copied, writes the source's records in
// batches, and checks that the copy's data equals the source's. It returns how many
// records it copied.
func copyRecords(ctx context.Context, src, dst graph.Store) (int, error) {
	have, err := dst.ListRecords(ctx, "", "")
	if err != nil {
		return 0, fmt.Errorf("Ziel lesen: %w", err)
	}
	for _, r := range have {
		if err := dst.DeleteRecord(ctx, r.Collection, r.Key, 0); err != nil {
			return 0, fmt.Errorf("Arbeitsdaten im Ziel löschen: %w", err)
		}
	}
	records, err := src.ListRecords(ctx, "", "")
	if err != nil {
		return 0, fmt.Errorf("Quelle lesen: %w", err)
	}
	for start := 0; start < len(records); start += recordBatch {
		chunk := records[start:min(start+recordBatch, len(records))]
		batch := make([]*graph.Record, len(chunk))
		for i, r := range chunk {
			batch[i] = &graph.Record{Collection: r.Collection, Key: r.Key, Data: r.Data}
		}
		if err := dst.PutRecords(ctx, batch...); err != nil {
			return 0, fmt.Errorf("Arbeitsdaten übertragen: %w", err)
		}
	}
	copied, err := dst.ListRecords(ctx, "", "")
	if err != nil {
		return 0, fmt.Errorf("Ziel prüfen: %w", err)
	}
	if len(copied) != len(records) {
		return 0, fmt.Errorf("die Kopie hat %d Arbeitsdatensätze, die Quelle %d", len(copied), len(records))
	}
	for i, r := range records {
		c := copied[i]
		if c.Collection != r.Collection || c.Key != r.Key || !jsonEqual(c.Data, r.Data) {
			return 0, fmt.Errorf("der Arbeitsdatensatz %s/%s weicht in der Kopie ab", r.Collection, r.Key)
		}
	}
	return len(records), nil
}

// jsonEqual reports whether a and b hold the same JSON value; a store may reformat
// the text.
func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}
