package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/privacy"
)

// privacyFlags are the options of the installation's rule for protected actors (see
// api.PrivacyConfig): which actor kinds are protected, and k. serve and the commands
// that write data out of the system (readFlags) take them, from the same
// environment variables.
type privacyFlags struct {
	protected, minGroup *string
}

// addPrivacyFlags declares the privacy options on fs.
func addPrivacyFlags(fs *flag.FlagSet, e *env) privacyFlags {
	return privacyFlags{
		protected: fs.String("protected-kinds", envOr(e, "NETZWERKATLAS_PROTECTED_KINDS", strings.Join(privacy.DefaultProtected, ",")),
			"Akteursarten (Codes, mit Komma getrennt), deren Akteure pseudonymisiert werden; none für keine (NETZWERKATLAS_PROTECTED_KINDS)"),
		minGroup: fs.String("min-group", envOr(e, "NETZWERKATLAS_MIN_GROUP", strconv.Itoa(privacy.DefaultMinGroup)),
			"k: pseudonymisierte Antworten unterdrücken Gruppenzahlen unter k (NETZWERKATLAS_MIN_GROUP)"),
	}
}

// config returns the options as api.PrivacyConfig, with the protected kinds checked
// against the taxonomy of store.
func (f privacyFlags) config(ctx context.Context, store graph.Store) (api.PrivacyConfig, error) {
	k, err := positiveFlag("min-group", *f.minGroup)
	if err != nil {
		return api.PrivacyConfig{}, err
	}
	cfg := api.PrivacyConfig{Protected: []string{}, MinGroup: k}
	if *f.protected == "none" {
		return cfg, nil
	}
	t, err := store.Taxonomy(ctx)
	if err != nil {
		return cfg, err
	}
	for code := range strings.SplitSeq(*f.protected, ",") {
		if code = strings.TrimSpace(code); code == "" {
			continue
		}
		if !t.Has(graph.ListActorKinds, code) {
			return cfg, usageError{fmt.Sprintf("--protected-kinds: die Akteursart %q gibt es in der Taxonomie nicht", code)}
		}
		cfg.Protected = append(cfg.Protected, code)
	}
	return cfg, nil
}

// readFlags are the options of the commands that read the stored network and write
// it out of the system (analyze, export, report): the store, and --pseudonymize under
// the installation's rule, as the API's pseudonymize=true.
type readFlags struct {
	store        *storeConfig
	pseudonymize *bool
	rule         privacyFlags
}

// addReadFlags declares the store and privacy options on fs.
func addReadFlags(fs *flag.FlagSet, e *env) *readFlags {
	return &readFlags{
		store: addStoreFlags(fs, e),
		pseudonymize: fs.Bool("pseudonymize", false, "geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, "+
			"ohne Kontaktdaten und Freitext; Gruppenzahlen unter k werden unterdrückt"),
		rule: addPrivacyFlags(fs, e),
	}
}

// read opens the store, calls use with it and its snapshot, and closes it. With
// --pseudonymize the snapshot is the pseudonymised copy (privacy.Apply) and k the
// policy's group size below which figures are suppressed; else k is 0.
func (r *readFlags) read(ctx context.Context, use func(store graph.Store, n *graph.Network, k int) error) error {
	store, err := r.store.open(ctx, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := store.Snapshot(ctx)
	if err != nil {
		return err
	}
	if !*r.pseudonymize {
		return use(store, n, 0)
	}
	cfg, err := r.rule.config(ctx, store)
	if err != nil {
		return err
	}
	p, err := privacy.NewPolicy(ctx, store, cfg.Protected, cfg.MinGroup)
	if err != nil {
		return err
	}
	return use(store, privacy.Apply(n, privacy.View{Pseudonymize: true, Max: privacy.Confidential}, p), p.MinGroup)
}

// snapshot returns read's snapshot, for the commands that need nothing else of the
// store.
func (r *readFlags) snapshot(ctx context.Context) (*graph.Network, error) {
	var n *graph.Network
	err := r.read(ctx, func(_ graph.Store, s *graph.Network, _ int) error { n = s; return nil })
	return n, err
}
