package neo4jstore

import (
	"context"
	"errors"
	"hash/fnv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// tuning holds the settings of staged batches (see the package documentation). Tests
// change them through export_test.go.
type tuning struct {
	// Threshold is the number of items from which Upsert stages a batch.
	Threshold int
	// Chunk is the number of rows written by one staged transaction.
	Chunk int
	// Writers is the number of staged transactions in flight at once.
	Writers int
	// Lease is how long the writer lease of a staged batch lasts without renewal.
	// The lease is renewed every Lease/5; no staged transaction starts later than
	// Lease/2 after the last renewal, and each may run Lease/4 at most.
	Lease time.Duration
	// Hook, if set, runs before every staged transaction (numbered from 0) and before
	// the publishing one (-1); an error fails the batch there.
	Hook func(chunk int) error
	// NoHistory makes staged batches record no history events, so that a benchmark
	// can measure what recording them costs. Stores never open with it.
	NoHistory bool
}

var defaultTuning = tuning{Threshold: 50_000, Chunk: 10_000, Writers: 2, Lease: 2 * time.Minute}

var (
	// errBusy is returned while another writer holds the writer lease.
	errBusy = &graph.Error{Code: graph.Unavailable,
		Message: "Ein großer Import wird gerade geschrieben; bitte in einigen Minuten erneut versuchen."}
	// errAbandoned reports a staged batch whose writer has gone: it must be removed
	// before anyone writes.
	errAbandoned = &graph.Error{Code: graph.Unavailable, Message: "Ein abgebrochener Import wird gerade entfernt; bitte erneut versuchen."}
	// errLeaseLost fails a staged batch that could not renew its lease in time.
	errLeaseLost = &graph.Error{Code: graph.Unavailable,
		Message: "Der Import wurde verworfen: die Verbindung zur Neo4j-Datenbank war zu lange unterbrochen."}
)

// metaState is what a writer reads from the Meta node after locking it.
type metaState struct {
	revision int64
	staging  int64  // the batch being staged, 0 if none
	lease    string // the token of the lease holder
	expired  bool   // the lease has run out (or there is none)
}

// lockMeta sets the revision to revision (an expression of the fixed texts
// "m.revision" or "m.revision + 1"), which takes the Meta node's write lock until tx
// ends, and returns the state of the writer lease.
func lockMeta(ctx context.Context, tx neo4j.ManagedTransaction, revision string) (metaState, error) {
	rec, err := single(ctx, tx, "MATCH (m:Meta {key: $key}) SET m.revision = "+revision+`
		RETURN m.revision, coalesce(m.staging, 0), coalesce(m.lease, ''), coalesce(m.lease_until < datetime(), true)`,
		map[string]any{"key": metaKey})
	if err != nil {
		return metaState{}, err
	}
	if rec == nil {
		return metaState{}, errNoMeta
	}
	v := rec.Values
	return metaState{revision: v[0].(int64), staging: v[1].(int64), lease: v[2].(string), expired: v[3].(bool)}, nil
}

// idle returns nil if no batch is staged, errBusy while one is, and errAbandoned if
// its writer has gone.
func (m metaState) idle() error {
	switch {
	case m.staging == 0:
		return nil
	case m.expired:
		return errAbandoned
	}
	return errBusy
}

// whenIdle runs attempt, a write that fails with errBusy or errAbandoned while a
// staged batch holds the writer lease. It waits for a busy lease, at most s.wait, and
// removes an abandoned batch, then tries again. Errors are translated.
func whenIdle[T any](ctx context.Context, s *Store, op string, attempt func() (T, error)) (T, error) {
	deadline := time.Now().Add(s.wait)
	for pause := 50 * time.Millisecond; ; pause = min(2*pause, time.Second) {
		v, err := attempt()
		switch {
		case errors.Is(err, errAbandoned):
			if err := s.recover(ctx); err != nil && !errors.Is(err, errBusy) {
				return v, translate(op, err)
			}
			continue
		case errors.Is(err, errBusy) && time.Now().Add(pause).Before(deadline):
			select {
			case <-ctx.Done():
				return v, translate(op, ctx.Err())
			case <-time.After(pause):
			}
			continue
		}
		return v, translate(op, err)
	}
}

// readState returns the revision and the highest staged batch a read may see: every
// batch numbered up to it has been published or removed; a batch being staged, and
// every later one, is hidden (see visibleOnly).
func readState(ctx context.Context, tx neo4j.ManagedTransaction) (revision, visible int64, err error) {
	rec, err := single(ctx, tx, `MATCH (m:Meta {key: $key})
		RETURN m.revision, CASE WHEN m.staging IS NULL THEN coalesce(m.batch_seq, 0) ELSE m.staging - 1 END`,
		map[string]any{"key": metaKey})
	if err != nil {
		return 0, 0, err
	}
	if rec == nil {
		return 0, 0, errNoMeta
	}
	return rec.Values[0].(int64), rec.Values[1].(int64), nil
}

// allBatches is the visibility of writers: they run only while no batch is staged.
const allBatches = int64(1) << 62

// lease is the writer lease of one staged batch, held by a staging Upsert or by the
// recovery that removes an abandoned batch. While it is held, other writers wait.
type lease struct {
	s     *Store
	token string
	batch int64
	// revision is the revision while the batch is staged: nothing else is written
	// meanwhile, so the batch's events are those numbered from firstSeq(revision+1).
	revision int64
	// deadline (Unix nanoseconds) is the time after which no staged transaction may
	// start: half a lease after the last renewal was sent, so that every staged
	// transaction ends before the lease could expire on the server.
	deadline atomic.Int64
	done     chan struct{}
	stopped  sync.Once
	wg       sync.WaitGroup
}

func (s *Store) newLease() *lease {
	return &lease{s: s, token: graph.NewID("lease"), done: make(chan struct{})}
}

// params returns the parameters of the statements that set the lease.
func (l *lease) params() map[string]any {
	return map[string]any{"key": metaKey, "token": l.token, "ms": l.s.tune.Lease.Milliseconds()}
}

// acquire takes the writer lease for a new staged batch, numbered one above the last,
// waiting for other writers as writeTx does.
func (s *Store) acquire(ctx context.Context) (*lease, error) {
	l := s.newLease()
	var sent time.Time
	batch, err := whenIdle(ctx, s, "upsert", func() (int64, error) {
		sess := s.session(ctx, neo4j.AccessModeWrite)
		defer sess.Close(context.WithoutCancel(ctx))
		return neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
			sent = time.Now()
			m, err := lockMeta(ctx, tx, "m.revision")
			if err != nil {
				return 0, err
			}
			if err := m.idle(); err != nil {
				return 0, err
			}
			l.revision = m.revision
			rec, err := single(ctx, tx, `MATCH (m:Meta {key: $key}) WITH m, coalesce(m.batch_seq, 0) + 1 AS b
				SET m.batch_seq = b, m.staging = b, m.lease = $token,
					m.lease_until = datetime() + duration({milliseconds: $ms})
				RETURN b`, l.params())
			if err != nil {
				return 0, err
			}
			return rec.Values[0].(int64), nil
		})
	})
	if err != nil {
		return nil, err
	}
	l.batch = batch
	l.start(sent)
	return l, nil
}

// recover removes a staged batch whose writer has gone (its lease expired): it takes
// the lease over, deletes the batch's nodes and cooperations in chunks and frees the
// lease. Nothing to do if no batch is staged; errBusy if the lease is alive.
func (s *Store) recover(ctx context.Context) error {
	l := s.newLease()
	var sent time.Time
	batch, err := plainWriteTx(ctx, s, "recover", func(tx neo4j.ManagedTransaction) (int64, error) {
		sent = time.Now()
		m, err := lockMeta(ctx, tx, "m.revision")
		if err != nil || m.staging == 0 {
			return 0, err
		}
		if !m.expired {
			return 0, errBusy
		}
		l.revision = m.revision
		_, err = exec(ctx, tx, `MATCH (m:Meta {key: $key})
			SET m.lease = $token, m.lease_until = datetime() + duration({milliseconds: $ms})`, l.params())
		return m.staging, err
	})
	if err != nil || batch == 0 {
		return err
	}
	l.batch = batch
	l.start(sent)
	s.logger.WarnContext(ctx, "neo4j: removing an abandoned staged batch", "batch", batch)
	return l.abandon(ctx)
}

// start sets the deadline from the time the lease was taken and renews the lease in
// the background until stop.
func (l *lease) start(sent time.Time) {
	l.deadline.Store(sent.Add(l.s.tune.Lease / 2).UnixNano())
	l.wg.Go(func() {
		tick := time.NewTicker(l.s.tune.Lease / 5)
		defer tick.Stop()
		for {
			select {
			case <-l.done:
				return
			case <-tick.C:
			}
			sent := time.Now()
			ctx, cancel := context.WithTimeout(context.Background(), l.s.tune.Lease/4)
			held, err := plainWriteTx(ctx, l.s, "lease", func(tx neo4j.ManagedTransaction) (bool, error) {
				rec, err := single(ctx, tx, `MATCH (m:Meta {key: $key}) WHERE m.lease = $token
					SET m.lease_until = datetime() + duration({milliseconds: $ms}) RETURN count(m)`, l.params())
				return err == nil && rec.Values[0].(int64) == 1, err
			})
			cancel()
			switch {
			case err != nil:
				l.s.logger.Warn("neo4j: renewing the writer lease failed", "batch", l.batch, "err", err)
			case !held:
				l.deadline.Store(0)
				return
			default:
				l.deadline.Store(sent.Add(l.s.tune.Lease / 2).UnixNano())
			}
		}
	})
}

// stop ends the renewals.
func (l *lease) stop() {
	l.stopped.Do(func() { close(l.done) })
	l.wg.Wait()
}

// release frees the lease without publishing anything.
func (l *lease) release(ctx context.Context) error {
	l.stop()
	_, err := plainWriteTx(ctx, l.s, "release", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := exec(ctx, tx, `MATCH (m:Meta {key: $key}) WHERE m.lease = $token
			REMOVE m.staging, m.lease, m.lease_until`, l.params())
		return struct{}{}, err
	})
	return err
}

// abandon deletes what the lease's batch has staged, then frees the lease. If it
// fails, the lease runs out and the next writer (or Open) removes the batch.
func (l *lease) abandon(ctx context.Context) error {
	ctx = context.WithoutCancel(ctx)
	err := l.cleanup(ctx)
	if err == nil {
		err = l.release(ctx)
	}
	l.stop()
	if err != nil {
		l.s.logger.Warn("neo4j: removing a staged batch failed; it is removed later", "batch", l.batch, "err", err)
	}
	return err
}

// cleanup deletes the batch's cooperations, then its nodes with their links, in
// chunks of separate transactions. The events are found by their numbers (see
// lease.revision), which spares every event an index entry of its batch.
func (l *lease) cleanup(ctx context.Context) error {
	queries := []string{"MATCH ()-[n:COOPERATES_WITH {batch: $batch}]->() WITH n LIMIT $limit DELETE n RETURN count(*)",
		"MATCH (n:HistoryEvent) WHERE n.seq >= $first AND n.batch = $batch WITH n LIMIT $limit DELETE n RETURN count(*)"}
	for _, k := range graph.Kinds() {
		if ki := kinds[k]; !ki.rel {
			queries = append(queries, "MATCH (n:"+ki.label+" {batch: $batch}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*)")
		}
	}
	params := map[string]any{"batch": l.batch, "first": firstSeq(l.revision + 1), "limit": l.s.tune.Chunk}
	for _, q := range queries {
		for {
			var n int64
			err := l.chunk(ctx, func(tx neo4j.ManagedTransaction) error {
				rec, err := single(ctx, tx, q, params)
				if err == nil {
					n = rec.Values[0].(int64)
				}
				return err
			})
			if err != nil {
				return err
			}
			if n == 0 {
				break
			}
		}
	}
	return nil
}

// chunk runs fn in a write transaction of its own, if the lease is still safely held,
// with a timeout that ends it before the lease could expire.
func (l *lease) chunk(ctx context.Context, fn func(neo4j.ManagedTransaction) error) error {
	sess := l.s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		if time.Now().UnixNano() > l.deadline.Load() {
			return struct{}{}, errLeaseLost
		}
		return struct{}{}, fn(tx)
	}, neo4j.WithTxTimeout(l.s.tune.Lease/4))
	return err
}

// stage writes the new items of a batch as the lease's batch, in transactions of
// tune.Chunk rows. Readers see none of it until publish. It runs in groups, one after
// the other; the lanes of a group run tune.Writers at once, the steps of a lane one
// after the other:
//
//   - nodes: every statement is a lane of its own (new nodes lock nothing shared);
//   - links: one lane, since many links share a target (a social space);
//   - cooperations: the actors are split by a hash of their IDs into four parts, and
//     the cooperations into the ten buckets of the pairs of parts they join. Creating
//     a relationship locks both of its nodes, so two buckets without a common part
//     can be written at once without waiting for each other or deadlocking; the ten
//     buckets form four groups of such buckets.
//
// events are the statements that write the history events of the new items; each is
// a lane of its own, after the cooperations.
func (s *Store) stage(ctx context.Context, l *lease, writes []graph.PlannedWrite, events []step) error {
	var nodeWrites []graph.PlannedWrite
	buckets := map[[2]int][]graph.PlannedWrite{}
	for _, w := range writes {
		c, ok := w.Entity.(*graph.Cooperation)
		if !ok {
			nodeWrites = append(nodeWrites, w)
			continue
		}
		p, q := part(c.From), part(c.To)
		key := [2]int{min(p, q), max(p, q)}
		buckets[key] = append(buckets[key], w)
	}
	var nodes [][]step
	var links []step
	for _, st := range plan(nodeWrites, l.batch, s.tune.Chunk) {
		if st.phase == phaseNodes {
			nodes = append(nodes, []step{st})
		} else {
			links = append(links, st)
		}
	}
	groups := [][][]step{nodes, {links}}
	for _, round := range [][][2]int{{{0, 0}, {1, 1}, {2, 2}, {3, 3}}, {{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}, {{0, 3}, {1, 2}}} {
		var lanes [][]step
		for _, b := range round {
			if steps := plan(buckets[b], l.batch, s.tune.Chunk); len(steps) > 0 {
				lanes = append(lanes, steps)
			}
		}
		groups = append(groups, lanes)
	}
	var eventLanes [][]step
	for _, st := range events {
		eventLanes = append(eventLanes, []step{st})
	}
	groups = append(groups, eventLanes)
	var counter atomic.Int64
	for i, lanes := range groups {
		start := time.Now()
		if err := s.stageGroup(ctx, l, lanes, &counter); err != nil {
			return err
		}
		s.logger.DebugContext(ctx, "neo4j staged group", "batch", l.batch, "group", i, "lanes", len(lanes), "took", time.Since(start).String())
	}
	return nil
}

// part returns the part, 0 to 3, of the actor with the ID.
func part(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % 4)
}

// stageGroup runs lanes, tune.Writers at once, each step in its own transaction.
func (s *Store) stageGroup(ctx context.Context, l *lease, lanes [][]step, counter *atomic.Int64) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	todo := make(chan []step, len(lanes))
	for _, lane := range lanes {
		if len(lane) > 0 {
			todo <- lane
		}
	}
	close(todo)
	var wg sync.WaitGroup
	for range max(1, s.tune.Writers) {
		wg.Go(func() {
			for lane := range todo {
				for _, st := range lane {
					if ctx.Err() != nil {
						return
					}
					if err := s.stageStep(ctx, l, st, int(counter.Add(1)-1)); err != nil {
						cancel(err)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return nil
}

// stageStep builds the rows of st and writes them in a transaction of their own; n
// numbers the staged transactions of the batch for tune.Hook.
func (s *Store) stageStep(ctx context.Context, l *lease, st step, n int) error {
	if s.tune.Hook != nil {
		if err := s.tune.Hook(n); err != nil {
			return err
		}
	}
	params, want, err := st.rows()
	if err != nil {
		return err
	}
	return l.chunk(ctx, func(tx neo4j.ManagedTransaction) error { return st.run(ctx, tx, params, want) })
}

// publish makes the staged batch visible in one small transaction: it checks that the
// lease is still held, raises the revision, applies the rest of the batch's writes
// and frees the lease, whereby readers see the batch (see readState).
func (s *Store) publish(ctx context.Context, l *lease, rest []graph.PlannedWrite, events []step) (int64, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	rev, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
		if s.tune.Hook != nil {
			if err := s.tune.Hook(-1); err != nil {
				return 0, err
			}
		}
		m, err := lockMeta(ctx, tx, "m.revision + 1")
		if err != nil {
			return 0, err
		}
		if m.lease != l.token || m.staging != l.batch {
			return 0, errLeaseLost
		}
		if err := applyWrites(ctx, tx, rest); err != nil {
			return 0, err
		}
		for _, st := range events {
			params, want, err := st.rows()
			if err != nil {
				return 0, err
			}
			if err := st.run(ctx, tx, params, want); err != nil {
				return 0, err
			}
		}
		_, err = exec(ctx, tx, "MATCH (m:Meta {key: $key}) REMOVE m.staging, m.lease, m.lease_until", l.params())
		return m.revision, err
	})
	return rev, err
}

// split divides the planned writes of a staged batch into those staged (the new
// items) and the rest, written when the batch is published (the updates). A new item
// that takes over an external key or pair key that an updated item gives up cannot be
// written before that update; then nothing is staged.
func split(writes []graph.PlannedWrite) (staged, rest []graph.PlannedWrite) {
	freed := map[graph.Kind]map[string]bool{}
	pairs := map[string]bool{}
	for _, w := range writes {
		if w.Change != graph.Updated {
			continue
		}
		k, old := w.Entity.EntityKind(), w.Old.Metadata()
		if freed[k] == nil {
			freed[k] = map[string]bool{}
		}
		freed[k][old.ExternalKey] = true
		if c, ok := w.Old.(*graph.Cooperation); ok {
			pairs[c.PairKey()] = true
		}
	}
	for _, w := range writes {
		switch w.Change {
		case graph.Created:
			m := w.Entity.Metadata()
			c, isCoop := w.Entity.(*graph.Cooperation)
			if (m.ExternalKey != "" && freed[w.Entity.EntityKind()][m.ExternalKey]) || (isCoop && pairs[c.PairKey()]) {
				return nil, writes
			}
			staged = append(staged, w)
		case graph.Updated:
			rest = append(rest, w)
		}
	}
	return staged, rest
}
