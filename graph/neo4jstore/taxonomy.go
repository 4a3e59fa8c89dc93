package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Taxonomy returns the installation's taxonomy, kept as JSON on the Meta node.
func (s *Store) Taxonomy(ctx context.Context) (*graph.Taxonomy, error) {
	return readTx(ctx, s, "taxonomy", func(tx neo4j.ManagedTransaction) (*graph.Taxonomy, error) {
		return taxonomy(ctx, tx)
	})
}

// taxonomy reads the taxonomy in tx.
func taxonomy(ctx context.Context, tx neo4j.ManagedTransaction) (*graph.Taxonomy, error) {
	rec, err := single(ctx, tx, "MATCH (m:Meta {key: $key}) RETURN m.taxonomy", map[string]any{"key": metaKey})
	if err != nil {
		return nil, err
	}
	if rec == nil {
		return nil, errNoMeta
	}
	var t graph.Taxonomy
	if err := json.Unmarshal([]byte(rec.Values[0].(string)), &t); err != nil {
		return nil, fmt.Errorf("decode taxonomy: %w", err)
	}
	return &t, nil
}

// usage says where the codes of a taxonomy list are used: one query per place, each
// returning the number of entities that use one of $codes.
var usage = map[string][]struct {
	kind  graph.Kind
	query string
}{
	graph.ListLegalDomains: {
		{graph.KindActor, "MATCH (n:Actor) WHERE any(c IN n.legal_domains WHERE c IN $codes) RETURN count(n)"},
		{graph.KindOffer, "MATCH (n:Offer) WHERE any(c IN n.legal_domains WHERE c IN $codes) RETURN count(n)"},
	},
	graph.ListFields: {
		{graph.KindActor, "MATCH (n:Actor) WHERE any(c IN n.fields WHERE c IN $codes) RETURN count(n)"},
		{graph.KindOffer, "MATCH (n:Offer) WHERE any(c IN n.fields WHERE c IN $codes) RETURN count(n)"},
		{graph.KindNeed, "MATCH (n:Need) WHERE n.field IN $codes RETURN count(n)"},
		{graph.KindMeasure, "MATCH (n:Measure) WHERE n.field IN $codes RETURN count(n)"},
	},
	graph.ListTargetGroups: {
		{graph.KindActor, "MATCH (n:Actor) WHERE any(c IN n.target_groups WHERE c IN $codes) RETURN count(n)"},
		{graph.KindOffer, "MATCH (n:Offer) WHERE any(c IN n.target_groups WHERE c IN $codes) RETURN count(n)"},
		{graph.KindNeed, "MATCH (n:Need) WHERE n.target_group IN $codes RETURN count(n)"},
		{graph.KindMeasure, "MATCH (n:Measure) WHERE n.target_group IN $codes RETURN count(n)"},
	},
	graph.ListActorKinds: {
		{graph.KindActor, "MATCH (n:Actor) WHERE n.kind IN $codes RETURN count(n)"},
	},
	graph.ListCooperationKinds: {
		{graph.KindCooperation, "MATCH ()-[n:COOPERATES_WITH]->() WHERE any(c IN n.kinds WHERE c IN $codes) RETURN count(n)"},
	},
	graph.ListSpaceLevels: {
		{graph.KindSocialSpace, "MATCH (n:SocialSpace) WHERE n.level IN $codes RETURN count(n)"},
	},
	graph.ListIndicators: {
		{graph.KindSocialSpace, "MATCH (n:SocialSpace) WHERE any(c IN n.indicator_codes WHERE c IN $codes) RETURN count(n)"},
	},
}

// SetTaxonomy replaces the taxonomy and sets t.Version to the new version. Invalid if
// t fails Validate; Conflict if t.Version is stale or a removed code is still used.
func (s *Store) SetTaxonomy(ctx context.Context, t *graph.Taxonomy) error {
	if t == nil {
		return graph.Errorf(graph.Invalid, "Die Taxonomie fehlt.")
	}
	if err := t.Validate(); err != nil {
		return err
	}
	version, err := writeTx(ctx, s, "set taxonomy", func(tx neo4j.ManagedTransaction, _ int64) (int64, error) {
		old, err := taxonomy(ctx, tx)
		if err != nil {
			return 0, err
		}
		if t.Version != old.Version {
			return 0, &graph.Error{Code: graph.Conflict,
				Message: fmt.Sprintf("Die Taxonomie wurde inzwischen geändert (gespeichert ist Version %d, nicht %d); bitte neu laden.", old.Version, t.Version),
				Fields:  []graph.FieldError{{Field: "version", Message: "Die Version ist veraltet."}}}
		}
		for _, list := range graph.ListNames() {
			var removed []string
			for _, term := range old.List(list) {
				if !t.Has(list, term.Code) {
					removed = append(removed, term.Code)
				}
			}
			if len(removed) == 0 {
				continue
			}
			counts := graph.Deleted{}
			for _, u := range usage[list] {
				rec, err := single(ctx, tx, u.query, map[string]any{"codes": removed})
				if err != nil {
					return 0, err
				}
				if n := int(rec.Values[0].(int64)); n > 0 {
					counts[u.kind] += n
				}
			}
			if len(counts) > 0 {
				return 0, &graph.Error{Code: graph.Conflict,
					Message: fmt.Sprintf("Die Taxonomie kann nicht gespeichert werden: entfernte Codes der Liste %q (%v) werden noch verwendet (%s).",
						list, removed, describe(counts)),
					Fields: []graph.FieldError{{Field: list, Message: "Entfernte Codes werden noch verwendet."}}}
			}
		}
		next := *t
		next.Version = old.Version + 1
		raw, err := json.Marshal(&next)
		if err != nil {
			return 0, err
		}
		_, err = exec(ctx, tx, "MATCH (m:Meta {key: $key}) SET m.taxonomy = $taxonomy",
			map[string]any{"key": metaKey, "taxonomy": string(raw)})
		return next.Version, err
	})
	if err != nil {
		return err
	}
	t.Version = version
	return nil
}

// describe renders counts by kind in German, such as "3 × Akteur, 1 × Angebot".
func describe(counts graph.Deleted) string {
	out := ""
	for _, k := range graph.Kinds() {
		if n := counts[k]; n > 0 {
			if out != "" {
				out += ", "
			}
			out += fmt.Sprintf("%d × %s", n, k.Label())
		}
	}
	return out
}
