package embedded

import (
	"context"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// List returns a page of the entities of the kind that match f; see graph.Store.
//
// The first List of a filter at a revision finds the matching entities (cooperations
// and offers filtered by actor, and cooperations filtered by wave, through the
// reference index; everything else by a scan of the kind), sorts them and keeps
// their positions (see orders). Later pages of that filter at that revision read only
// their own entities, so a full listing by cursor or offset costs one scan, not one
// per page.
func (s *Store) List(ctx context.Context, kind graph.Kind, f graph.Filter) (graph.Page, error) {
	if err := checkKind(kind); err != nil {
		return graph.Page{}, err
	}
	if err := f.Validate(kind); err != nil {
		return graph.Page{}, err
	}
	var page graph.Page
	err := s.scan(ctx, "list", func(tx *bolt.Tx) error {
		key, rev := orderKey{kind: kind, filter: f}, revisionOf(tx)
		key.filter.Limit, key.filter.Offset, key.filter.Cursor = 0, 0, ""
		order := s.orders.get(rev, key)
		if order == nil {
			items, err := matching(ctx, tx, kind, f)
			if err != nil {
				return err
			}
			graph.SortEntities(items)
			order = make([]graph.Position, len(items))
			for i, e := range items {
				order[i] = graph.PositionOf(e)
			}
			s.orders.put(rev, key, order)
		}
		start, end := f.Window(len(order), func(i int) graph.Position { return order[i] })
		b := tx.Bucket(entityBucket(kind))
		page = graph.Page{Items: make([]graph.Entity, 0, end-start), Total: len(order)}
		for _, p := range order[start:end] {
			e, err := decode(kind, p.ID, b.Get([]byte(p.ID)))
			if err != nil {
				return err
			}
			page.Items = append(page.Items, e)
		}
		if end < len(order) {
			page.Next = order[end-1].Cursor()
		}
		return nil
	})
	if err != nil {
		return graph.Page{}, err
	}
	return page, nil
}

// matching returns the entities of the kind in tx that f selects, unordered.
func matching(ctx context.Context, tx *bolt.Tx, kind graph.Kind, f graph.Filter) ([]graph.Entity, error) {
	var spaces []graph.SocialSpace
	if f.SocialSpace != "" {
		var err error
		if spaces, err = decodeKind[graph.SocialSpace](ctx, tx, graph.KindSocialSpace); err != nil {
			return nil, err
		}
	}
	m := graph.NewMatcher(f, spaces)
	var items []graph.Entity
	keep := func(k, v []byte) error {
		e, err := decode(kind, string(k), v)
		if err != nil {
			return err
		}
		if m.Match(e) {
			items = append(items, e)
		}
		return nil
	}
	var via []ref
	switch {
	case (kind == graph.KindCooperation || kind == graph.KindOffer) && f.ActorID != "":
		via = referrers(tx, graph.KindActor, f.ActorID, kind)
	case kind == graph.KindCooperation && f.WaveID != "":
		via = referrers(tx, graph.KindWave, f.WaveID, kind)
	default:
		c := tx.Bucket(entityBucket(kind)).Cursor()
		i := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if i++; i%4096 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if err := keep(k, v); err != nil {
				return nil, err
			}
		}
		return items, nil
	}
	b := tx.Bucket(entityBucket(kind))
	for _, r := range via {
		if v := b.Get([]byte(r.id)); v != nil {
			if err := keep([]byte(r.id), v); err != nil {
				return nil, err
			}
		}
	}
	return items, nil
}

// orderKey names one ordered list: the kind and the filter without its page.
type orderKey struct {
	kind   graph.Kind
	filter graph.Filter
}

// maxOrders bounds the lists that orders keeps (a list of 200,000 actors takes
// about 15 MB).
const maxOrders = 8

// orders keeps the positions of the entities of a few lists, in list order, at the
// newest revision that List has read; a newer revision drops them all. Safe for
// concurrent use.
type orders struct {
	mu       sync.Mutex
	revision int64
	lists    map[orderKey][]graph.Position
}

// get returns the kept list of key at revision rev, or nil.
func (o *orders) get(rev int64, key orderKey) []graph.Position {
	o.mu.Lock()
	defer o.mu.Unlock()
	if rev != o.revision {
		return nil
	}
	return o.lists[key]
}

// put keeps the list of key at revision rev, unless a newer revision is kept already.
func (o *orders) put(rev int64, key orderKey, list []graph.Position) {
	o.mu.Lock()
	defer o.mu.Unlock()
	switch {
	case rev > o.revision || o.lists == nil:
		o.revision, o.lists = rev, map[orderKey][]graph.Position{}
	case rev < o.revision:
		return
	}
	if len(o.lists) >= maxOrders {
		for k := range o.lists { // drop any one
			delete(o.lists, k)
			break
		}
	}
	o.lists[key] = list
}
