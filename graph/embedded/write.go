package embedded

import (
	"context"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// checkKind returns an Invalid error for an unknown kind.
func checkKind(kind graph.Kind) error {
	if graph.New(kind) == nil {
		return graph.Errorf(graph.Invalid, "Die Art %q ist unbekannt.", kind)
	}
	return nil
}

// Create stores a new entity; see graph.Store. On error e is left as it was.
func (s *Store) Create(ctx context.Context, e graph.Entity) error {
	return s.writeEntity(ctx, "create", e, func(lk lookup, m *graph.Meta) (graph.Entity, error) {
		kind := e.EntityKind()
		if m.ID == "" {
			m.ID = graph.NewID(kind)
		} else if lk.exists(kind, m.ID) {
			return nil, graph.Errorf(graph.Conflict, "%s %q gibt es schon.", kind.Label(), m.ID)
		}
		now := s.now()
		m.Version, m.CreatedAt, m.UpdatedAt = 1, now, now
		return nil, nil
	})
}

// writeEntity writes the single entity e in one transaction: prepare checks e
// against what is stored, sets its metadata and returns the entity e replaces (nil
// for a new one); then e is checked against the taxonomy and its references, written,
// and the revision bumped. On error e's metadata is restored.
func (s *Store) writeEntity(ctx context.Context, op string, e graph.Entity, prepare func(lookup, *graph.Meta) (graph.Entity, error)) error {
	if e == nil {
		return graph.Errorf(graph.Invalid, "Der Eintrag fehlt.")
	}
	m := e.Metadata()
	saved := *m
	err := s.update(ctx, op, func(tx *bolt.Tx) error {
		tax, err := taxonomyOf(tx)
		if err != nil {
			return err
		}
		lk := lookup{tx}
		old, err := prepare(lk, m)
		if err != nil {
			return err
		}
		if err := graph.CheckWrite(e, tax, lk); err != nil {
			return err
		}
		if err := graph.CheckWaveWrite(lk, old, e); err != nil {
			return err
		}
		w := newWriter(tx)
		if err := w.put(e, old); err != nil {
			return err
		}
		rec := newRecorder(ctx, tx, w, "", s)
		action := graph.ActionUpdate
		if old == nil {
			action = graph.ActionCreate
		}
		if err := rec.record(action, old, e); err != nil {
			return err
		}
		_, err = rec.commit()
		return err
	})
	if err != nil {
		*m = saved
	}
	return err
}

// Get returns the entity of the kind with the ID; see graph.Store.
func (s *Store) Get(ctx context.Context, kind graph.Kind, id string) (graph.Entity, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	var e graph.Entity
	err := s.view(ctx, "get", func(tx *bolt.Tx) error {
		var found bool
		var err error
		e, found, err = lookup{tx}.Get(kind, id)
		if err == nil && !found {
			return notFound(kind, id)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// notFound returns the NotFound error for the entity of the kind with the ID.
func notFound(kind graph.Kind, id string) error {
	return graph.Errorf(graph.NotFound, "%s %q existiert nicht.", kind.Label(), id)
}

// staleVersion returns the Conflict error for a write based on an old version.
func staleVersion(kind graph.Kind, id string, given, stored int64) error {
	return graph.Errorf(graph.Conflict, "%s %q wurde inzwischen geändert (Version %d statt %d). Bitte neu laden und die Änderung wiederholen.",
		kind.Label(), id, stored, given)
}

// Update replaces a stored entity; see graph.Store. On error e is left as it was.
func (s *Store) Update(ctx context.Context, e graph.Entity) error {
	return s.writeEntity(ctx, "update", e, func(lk lookup, m *graph.Meta) (graph.Entity, error) {
		kind := e.EntityKind()
		old, found, err := lk.Get(kind, m.ID)
		switch {
		case err != nil:
			return nil, err
		case !found:
			return nil, notFound(kind, m.ID)
		case old.Metadata().Version != m.Version:
			return nil, staleVersion(kind, m.ID, m.Version, old.Metadata().Version)
		}
		om := old.Metadata()
		m.Version, m.CreatedAt, m.UpdatedAt = om.Version+1, om.CreatedAt, s.now()
		return old, nil
	})
}

// Delete removes an entity, and with opts.Cascade an actor's cooperations and
// offers; see graph.Store.
func (s *Store) Delete(ctx context.Context, kind graph.Kind, id string, opts graph.DeleteOptions) (graph.Deleted, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	deleted := graph.Deleted{}
	err := s.update(ctx, "delete", func(tx *bolt.Tx) error {
		lk := lookup{tx}
		e, found, err := lk.Get(kind, id)
		switch {
		case err != nil:
			return err
		case !found:
			return notFound(kind, id)
		case opts.Version != 0 && opts.Version != e.Metadata().Version:
			return staleVersion(kind, id, opts.Version, e.Metadata().Version)
		}
		deps := referrers(tx, kind, id, "")
		if len(deps) > 0 {
			counts := graph.Deleted{}
			for _, d := range deps {
				counts[d.kind]++
			}
			if err := graph.CheckDelete(kind, id, counts, opts.Cascade); err != nil {
				return err
			}
		}
		w := newWriter(tx)
		rec := newRecorder(ctx, tx, w, "", s)
		for i, d := range deps {
			if i%1024 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			dep, found, err := lk.Get(d.kind, d.id)
			if err != nil {
				return err
			}
			if !found {
				return corrupt(string(d.kind), d.id, errIndex)
			}
			if err := graph.CheckWaveWrite(lk, dep, nil); err != nil {
				return err
			}
			w.remove(dep)
			if err := rec.record(graph.ActionDelete, dep, nil); err != nil {
				return err
			}
			deleted[d.kind]++
		}
		if err := graph.CheckWaveWrite(lk, e, nil); err != nil {
			return err
		}
		w.remove(e)
		if err := rec.record(graph.ActionDelete, e, nil); err != nil {
			return err
		}
		_, err = rec.commit()
		return err
	})
	if err != nil {
		return nil, err
	}
	return deleted, nil
}

// SetTaxonomy replaces the taxonomy; see graph.Store.
func (s *Store) SetTaxonomy(ctx context.Context, t *graph.Taxonomy) error {
	if t == nil {
		return graph.Errorf(graph.Invalid, "Die Taxonomie fehlt.")
	}
	if err := t.Validate(); err != nil {
		return err
	}
	var version int64
	err := s.update(ctx, "set taxonomy", func(tx *bolt.Tx) error {
		cur, err := taxonomyOf(tx)
		if err != nil {
			return err
		}
		if t.Version != cur.Version {
			return graph.Errorf(graph.Conflict, "Die Taxonomie wurde inzwischen geändert (Version %d statt %d). Bitte neu laden.", cur.Version, t.Version)
		}
		removed := map[string]map[string]bool{}
		for _, list := range graph.ListNames() {
			for _, term := range cur.List(list) {
				if !t.Has(list, term.Code) {
					if removed[list] == nil {
						removed[list] = map[string]bool{}
					}
					removed[list][term.Code] = true
				}
			}
		}
		if len(removed) > 0 {
			if err := checkUnused(ctx, tx, removed); err != nil {
				return err
			}
		}
		next := *t
		next.Version = cur.Version + 1
		v, err := encodeJSON(&next)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(keyTaxonomy, v); err != nil {
			return err
		}
		version = next.Version
		_, err = bumpRevision(tx)
		return err
	})
	if err == nil {
		t.Version = version
	}
	return err
}

// checkUnused returns a Conflict error if a stored entity uses one of the removed
// codes (by list name).
func checkUnused(ctx context.Context, tx *bolt.Tx, removed map[string]map[string]bool) error {
	for _, kind := range graph.Kinds() {
		c := tx.Bucket(entityBucket(kind)).Cursor()
		i := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if i++; i%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			e, err := decode(kind, string(k), v)
			if err != nil {
				return err
			}
			for list, codes := range codesOf(e) {
				for _, code := range codes {
					if removed[list][code] {
						return graph.Errorf(graph.Conflict, "Der Code %q kann nicht entfernt werden: %s %q verwendet ihn noch.",
							code, kind.Label(), e.Metadata().ID)
					}
				}
			}
		}
	}
	return nil
}

// codesOf returns the taxonomy codes e uses, by list name.
func codesOf(e graph.Entity) map[string][]string {
	switch e := e.(type) {
	case *graph.Actor:
		return map[string][]string{graph.ListActorKinds: {e.Kind}, graph.ListLegalDomains: e.LegalDomains,
			graph.ListFields: e.Fields, graph.ListTargetGroups: e.TargetGroups}
	case *graph.Offer:
		return map[string][]string{graph.ListLegalDomains: e.LegalDomains, graph.ListFields: e.Fields, graph.ListTargetGroups: e.TargetGroups}
	case *graph.Cooperation:
		return map[string][]string{graph.ListCooperationKinds: e.Kinds}
	case *graph.Measure:
		return map[string][]string{graph.ListFields: {e.Origin.Field}, graph.ListTargetGroups: {e.Origin.TargetGroup}}
	case *graph.SocialSpace:
		codes := []string{}
		for _, in := range e.Indicators {
			codes = append(codes, in.Code)
		}
		return map[string][]string{graph.ListSpaceLevels: {e.Level}, graph.ListIndicators: slices.Compact(codes)}
	case *graph.Need:
		return map[string][]string{graph.ListFields: {e.Field}, graph.ListTargetGroups: {e.TargetGroup}}
	}
	return nil
}
