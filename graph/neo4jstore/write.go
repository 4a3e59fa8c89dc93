package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// writeChunk is the number of rows sent in one UNWIND statement.
const writeChunk = 10000

// The phases of a write, in the order they run. The steps of one phase do not depend
// on each other; each phase needs the ones before it.
const (
	phaseNodes              = iota // create and update nodes
	phaseUnlink                    // drop the links of updated nodes
	phaseLinks                     // link new and updated nodes to their targets
	phaseDeleteCooperations        // delete updated cooperations
	phaseCooperations              // create new and updated cooperations
)

// step is one UNWIND statement of a write.
type step struct {
	phase int
	query string
	// rows builds the statement's parameters when the step runs, and says how many
	// relationships it must create (-1: no check).
	rows func() (params map[string]any, want int, err error)
	what string // for errors: what the step creates
	// remove, if set, makes the step delete the entities of that kind whose IDs are
	// the parameter ids, by their element IDs (see deleteAll), instead of running query.
	remove graph.Kind
}

// run performs the step in tx and checks the relationships it created.
func (st step) run(ctx context.Context, tx neo4j.ManagedTransaction, params map[string]any, want int) error {
	if st.remove != "" {
		return deleteAll(ctx, tx, st.remove, params["ids"].([]string))
	}
	n, err := exec(ctx, tx, st.query, params)
	if err == nil && want >= 0 && n != want {
		err = fmt.Errorf("%s: %d of %d relationships created; a node is missing", st.what, n, want)
	}
	return err
}

// applyWrites performs planned writes inside tx, step by step; see plan.
func applyWrites(ctx context.Context, tx neo4j.ManagedTransaction, writes []graph.PlannedWrite) error {
	for _, st := range plan(writes, 0, writeChunk) {
		params, want, err := st.rows()
		if err != nil {
			return err
		}
		if err := st.run(ctx, tx, params, want); err != nil {
			return err
		}
	}
	return nil
}

// plan turns planned writes into UNWIND statements of at most chunk rows, in phase
// order: nodes first (so that every link finds its target, whatever the order of the
// batch), then the links of new and changed nodes, then cooperations. A changed
// cooperation is deleted and created again, so that it may move to other actors; the
// deletes are one step, which finds all of them before it deletes any by element ID
// (see deleteAll). Unchanged items are skipped. If batch is not 0, every node and
// cooperation written carries it as its batch property (a staged batch, see stage).
func plan(writes []graph.PlannedWrite, batch int64, chunk int) []step {
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
	props := func(e graph.Entity) (map[string]any, error) {
		p, err := properties(e)
		if err == nil && batch != 0 {
			p["batch"] = batch
		}
		return p, err
	}
	var steps []step
	add := func(phase int, query, what string, list []graph.Entity, rows func([]graph.Entity) (map[string]any, int, error)) {
		for start := 0; start < len(list); start += chunk {
			part := list[start:min(start+chunk, len(list))]
			steps = append(steps, step{phase: phase, query: query, what: what,
				rows: func() (map[string]any, int, error) { return rows(part) }})
		}
	}
	ids := func(part []graph.Entity) (map[string]any, int, error) {
		out := make([]string, len(part))
		for i, e := range part {
			out[i] = e.Metadata().ID
		}
		return map[string]any{"ids": out}, -1, nil
	}

	for _, k := range graph.Kinds() {
		ki := kinds[k]
		if ki.rel {
			continue
		}
		nodes := func(part []graph.Entity) (map[string]any, int, error) {
			rows := make([]any, len(part))
			for i, e := range part {
				p, err := props(e)
				if err != nil {
					return nil, 0, err
				}
				rows[i] = map[string]any{"id": e.Metadata().ID, "props": p}
			}
			return map[string]any{"rows": rows}, -1, nil
		}
		add(phaseNodes, ki.qCreate, string(k), created[k], nodes)
		add(phaseNodes, ki.qUpdate, string(k), updated[k], nodes)
		for _, q := range ki.qUnlink {
			add(phaseUnlink, q, string(k), updated[k], ids)
		}
		all := append(append([]graph.Entity(nil), created[k]...), updated[k]...)
		for li, l := range ki.links {
			add(phaseLinks, ki.qLink[li], fmt.Sprintf("%s %s", k, l.rel), all, func(part []graph.Entity) (map[string]any, int, error) {
				rows := make([]any, 0, len(part))
				want := 0
				for _, e := range part {
					if ids := l.ids(e); len(ids) > 0 {
						rows = append(rows, map[string]any{"id": e.Metadata().ID, "targets": ids})
						want += len(ids)
					}
				}
				return map[string]any{"rows": rows}, want, nil
			})
		}
	}

	ki := kinds[graph.KindCooperation]
	if moved := updated[graph.KindCooperation]; len(moved) > 0 {
		steps = append(steps, step{phase: phaseDeleteCooperations, what: "cooperation", remove: graph.KindCooperation,
			rows: func() (map[string]any, int, error) { return ids(moved) }})
	}
	all := append(append([]graph.Entity(nil), created[graph.KindCooperation]...), updated[graph.KindCooperation]...)
	add(phaseCooperations, ki.qCreate, "cooperation", all, func(part []graph.Entity) (map[string]any, int, error) {
		rows := make([]any, len(part))
		for i, e := range part {
			c := e.(*graph.Cooperation)
			p, err := props(c)
			if err != nil {
				return nil, 0, err
			}
			rows[i] = map[string]any{"from": c.From, "to": c.To, "props": p}
		}
		return map[string]any{"rows": rows}, len(rows), nil
	})

	// Stable by phase; within a phase the order above is kept.
	slices.SortStableFunc(steps, func(a, b step) int { return cmp.Compare(a.phase, b.phase) })
	return steps
}
