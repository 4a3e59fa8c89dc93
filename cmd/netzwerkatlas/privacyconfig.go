package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/privacy"
)

// privacyFlags are serve's options for protected actors (see api.PrivacyConfig).
type privacyFlags struct {
	protected, minGroup *string
	viewers             *bool
}

// addPrivacyFlags declares serve's privacy options on fs.
func addPrivacyFlags(fs *flag.FlagSet, e *env) privacyFlags {
	return privacyFlags{
		protected: fs.String("protected-kinds", envOr(e, "NETZWERKATLAS_PROTECTED_KINDS", strings.Join(privacy.DefaultProtected, ",")),
			"Akteursarten (Codes, mit Komma getrennt), deren Akteure pseudonymisiert werden; none für keine (NETZWERKATLAS_PROTECTED_KINDS)"),
		minGroup: fs.String("min-group", envOr(e, "NETZWERKATLAS_MIN_GROUP", strconv.Itoa(privacy.DefaultMinGroup)),
			"k: pseudonymisierte Antworten unterdrücken Gruppenzahlen unter k (NETZWERKATLAS_MIN_GROUP)"),
		viewers: fs.Bool("pseudonymize-viewers", e.getenv("NETZWERKATLAS_PSEUDONYMIZE_VIEWERS") == "1",
			"der Rolle viewer geschützte Akteure immer pseudonymisiert zeigen (NETZWERKATLAS_PSEUDONYMIZE_VIEWERS=1)"),
	}
}

// config returns the options as api.PrivacyConfig, with the protected kinds checked
// against the taxonomy of store.
func (f privacyFlags) config(ctx context.Context, store graph.Store) (api.PrivacyConfig, error) {
	k, err := positiveFlag("min-group", *f.minGroup)
	if err != nil {
		return api.PrivacyConfig{}, err
	}
	cfg := api.PrivacyConfig{Protected: []string{}, MinGroup: k, PseudonymizeViewers: *f.viewers}
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
