package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// writeChunk is the number of rows sent in one UNWIND statement.
const writeChunk = 10000

// applyWrites performs planned writes inside tx: nodes first (so that every link
// finds its target, whatever the order of the batch), then the links of new and
// changed nodes, then cooperations. A changed cooperation is deleted and created
// again, so that it may move to other actors. Unchanged items are skipped.
func applyWrites(ctx context.Context, tx neo4j.ManagedTransaction, writes []graph.PlannedWrite) error {
	created := map[graph.Kind][]graph.Entity{}
	updated := map[graph.Kind][]graph.Entity{}
	for _, w := range writes {
		switch w.Change {
		case graph.Created:
			created[w.Entity.EntityKind()] = append(created[w.Entity.EntityKind()], w.Entity)
		case graph.Updated:
			updated[w.Entity.EntityKind()] = append(updated[w.Entity.EntityKind()], w.Entity)
		}
	}
	nodeKinds := graph.Kinds[:0:0]
	for _, k := range graph.Kinds {
		if !kinds[k].rel {
			nodeKinds = append(nodeKinds, k)
		}
	}
	// Nodes.
	for _, k := range nodeKinds {
		ki := kinds[k]
		for q, list := range map[string][]graph.Entity{ki.qCreate: created[k], ki.qUpdate: updated[k]} {
			err := chunked(list, func(part []graph.Entity) error {
				rows := make([]any, len(part))
				for i, e := range part {
					p, err := properties(e)
					if err != nil {
						return err
					}
					rows[i] = map[string]any{"id": e.Metadata().ID, "props": p}
				}
				_, err := exec(ctx, tx, q, map[string]any{"rows": rows})
				return err
			})
			if err != nil {
				return err
			}
		}
	}
	// Links of nodes: drop those of changed nodes, then create those of new and
	// changed nodes.
	for _, k := range nodeKinds {
		ki := kinds[k]
		if len(ki.links) == 0 {
			continue
		}
		err := chunked(updated[k], func(part []graph.Entity) error {
			ids := make([]string, len(part))
			for i, e := range part {
				ids[i] = e.Metadata().ID
			}
			for _, q := range ki.qUnlink {
				if _, err := exec(ctx, tx, q, map[string]any{"ids": ids}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		all := append(append([]graph.Entity(nil), created[k]...), updated[k]...)
		for li, l := range ki.links {
			err := chunked(all, func(part []graph.Entity) error {
				rows := make([]any, 0, len(part))
				want := 0
				for _, e := range part {
					if ids := l.ids(e); len(ids) > 0 {
						rows = append(rows, map[string]any{"id": e.Metadata().ID, "targets": ids})
						want += len(ids)
					}
				}
				if len(rows) == 0 {
					return nil
				}
				n, err := exec(ctx, tx, ki.qLink[li], map[string]any{"rows": rows})
				if err == nil && n != want {
					err = fmt.Errorf("%s: %d of %d %s relationships created; a target is missing", k, n, want, l.rel)
				}
				return err
			})
			if err != nil {
				return err
			}
		}
	}
	// Cooperations.
	ki := kinds[graph.KindCooperation]
	err := chunked(updated[graph.KindCooperation], func(part []graph.Entity) error {
		ids := make([]string, len(part))
		for i, e := range part {
			ids[i] = e.Metadata().ID
		}
		_, err := exec(ctx, tx, ki.qDelete, map[string]any{"ids": ids})
		return err
	})
	if err != nil {
		return err
	}
	all := append(append([]graph.Entity(nil), created[graph.KindCooperation]...), updated[graph.KindCooperation]...)
	return chunked(all, func(part []graph.Entity) error {
		rows := make([]any, len(part))
		for i, e := range part {
			c := e.(*graph.Cooperation)
			p, err := properties(c)
			if err != nil {
				return err
			}
			rows[i] = map[string]any{"from": c.From, "to": c.To, "props": p}
		}
		n, err := exec(ctx, tx, ki.qCreate, map[string]any{"rows": rows})
		if err == nil && n != len(rows) {
			err = fmt.Errorf("cooperation: %d of %d relationships created; an actor is missing", n, len(rows))
		}
		return err
	})
}

// chunked calls fn with consecutive parts of list of at most writeChunk elements.
func chunked[T any](list []T, fn func([]T) error) error {
	for start := 0; start < len(list); start += writeChunk {
		if err := fn(list[start:min(start+writeChunk, len(list))]); err != nil {
			return err
		}
	}
	return nil
}
