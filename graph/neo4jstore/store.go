package neo4jstore

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Config says how to reach Neo4j.
type Config struct {
	// URI is the Bolt or Neo4j URI, such as "neo4j://db.example:7687" or
	// "bolt://127.0.0.1:7687".
	URI      string
	User     string
	Password string
	// Database is the name of the database; empty means the server's default.
	Database string
	// Timeout bounds how long an operation waits for a server that cannot be reached
	// before it fails with graph.Unavailable: half of it for getting a connection
	// (connecting included), half for retrying. 0 means DefaultTimeout. It does not
	// bound queries on a server that answers.
	Timeout time.Duration
	// MaxRetryTime bounds how long a transaction is retried after transient errors
	// (a lost connection, a deadlock, a leader switch), and how long a write waits
	// for a staged batch of another writer. 0 means half of Timeout for the retries
	// and 30 seconds for the wait.
	MaxRetryTime time.Duration
}

// DefaultTimeout is the Timeout of a Config that leaves it 0.
const DefaultTimeout = 5 * time.Second

// Store is a graph.Store on Neo4j 5. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	logger *slog.Logger
	// wait bounds how long a write waits for a staged batch of another writer.
	wait time.Duration
	// timeout bounds how long an operation may take to reach the server; see reach.
	timeout time.Duration
	tune    tuning
	// bookmarks chains every transaction of the store causally after those it has
	// committed or read before: in a cluster, a follower serves a read only once it
	// holds them (see Revision).
	bookmarks neo4j.BookmarkManager
	// lostCommit, if set, replaces the outcome of a committed write transaction, so
	// that tests can lose the answer to a commit (see export_test.go).
	lostCommit func() error
}

var _ graph.Store = (*Store)(nil)

// Open connects to Neo4j, creates the constraints and indexes the store needs if they
// are missing, migrates the schema to the current version and returns the store.
// Unavailable if the server cannot be reached or refuses the credentials; the caller
// may retry.
func Open(ctx context.Context, cfg Config, logger *slog.Logger) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.URI == "" {
		return nil, graph.Errorf(graph.Invalid, "Die Adresse der Neo4j-Datenbank (URI) fehlt.")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			half := cmp.Or(cfg.Timeout, DefaultTimeout) / 2
			c.MaxTransactionRetryTime = cmp.Or(cfg.MaxRetryTime, half)
			c.SocketConnectTimeout = half
			c.ConnectionAcquisitionTimeout = half
		})
	if err != nil {
		return nil, &graph.Error{Code: graph.Invalid, Message: fmt.Sprintf("Die Adresse der Neo4j-Datenbank %q ist ungültig.", cfg.URI),
			Err: fmt.Errorf("neo4jstore: open: %w", err)}
	}
	s := &Store{driver: driver, db: cfg.Database, logger: logger.With("store", "neo4j"),
		wait: cmp.Or(cfg.MaxRetryTime, 30*time.Second), timeout: cmp.Or(cfg.Timeout, DefaultTimeout), tune: defaultTuning,
		bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{})}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, translate("open", err)
	}
	if err := s.migrate(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	if err := s.recover(ctx); err != nil && !errors.Is(err, errBusy) {
		driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// Close releases the driver's connections.
func (s *Store) Close() error {
	return s.driver.Close(context.Background())
}

// Ping checks that Neo4j answers; Unavailable if not.
func (s *Store) Ping(ctx context.Context) error {
	_, err := readTx(ctx, s, "ping", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := single(ctx, tx, "RETURN 1", nil)
		return struct{}{}, err
	})
	return err
}

// Revision returns the current revision. In a cluster it is read from the leader,
// which holds every committed write, also those of other servers on the same
// database; the reads of the store that follow then wait on a follower until it
// holds that state, so that a snapshot taken for this revision is not older.
func (s *Store) Revision(ctx context.Context) (int64, error) {
	return plainWriteTx(ctx, s, "revision", func(tx neo4j.ManagedTransaction) (int64, error) {
		rev, _, err := readState(ctx, tx)
		return rev, err
	})
}

// errNoMeta reports a database whose Meta node is gone, such as one wiped while the
// store was open.
var errNoMeta = &graph.Error{Code: graph.Internal,
	Message: "Die Neo4j-Datenbank ist nicht eingerichtet (Meta-Knoten fehlt); bitte den Dienst neu starten."}

// session opens a session in the given access mode.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: mode, FetchSize: 1000, BookmarkManager: s.bookmarks})
}

// readTx runs fn in a managed read transaction, retried by the driver on transient
// errors, and translates errors.
func readTx[T any](ctx context.Context, s *Store, op string, fn func(neo4j.ManagedTransaction) (T, error)) (T, error) {
	ctx, r := s.reach(ctx)
	defer r.stop()
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	v, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (T, error) {
		r.reached.Store(true)
		return fn(tx)
	})
	return v, translate(op, r.err(err))
}

// reaching bounds the time an operation takes to reach the server: until its first
// transaction has begun. The driver's timeouts and retries alone let an operation wait
// for an unreachable server for longer than Config.Timeout (a connection attempt,
// then back-off, then another attempt); reaching cancels the operation's context
// when Timeout has passed and no transaction has begun. Queries on a server that
// answers are never cut short.
type reaching struct {
	reached  atomic.Bool // a transaction has begun
	timedOut atomic.Bool // the context was cancelled because none had
	stop     func()      // ends the operation: stops the timer, releases the context
}

// reach returns the context for one operation and its reaching; call stop when the
// operation ends, and set reached when a transaction begins.
func (s *Store) reach(ctx context.Context) (context.Context, *reaching) {
	ctx, cancel := context.WithCancel(ctx)
	r := &reaching{}
	timer := time.AfterFunc(s.timeout, func() {
		if !r.reached.Load() {
			r.timedOut.Store(true)
			cancel()
		}
	})
	r.stop = func() {
		timer.Stop()
		cancel()
	}
	return ctx, r
}

// err returns the error of an operation: Unavailable if it was cancelled because it
// did not reach the server in time, else err.
func (r *reaching) err(err error) error {
	if err != nil && r.timedOut.Load() {
		return &graph.Error{Code: graph.Unavailable, Message: msgUnavailable, Err: fmt.Errorf("neo4jstore: no connection within the timeout: %w", err)}
	}
	return err
}

// writeTx runs fn in a managed write transaction, retried by the driver on transient
// errors. Before fn runs, the transaction raises the revision on the Meta node, which
// also takes its write lock: writers are serialized, so every write sees the writes
// committed before it, and the revision counts writes exactly. fn gets the new
// revision. If fn fails, the transaction is rolled back, revision included.
//
// While a staged batch holds the writer lease (see stage.go), the write waits for it,
// at most s.wait, then fails with Unavailable; a lease left behind by a crashed writer
// is recovered first.
//
// A write is applied at most once: every attempt records the write's token on the Meta
// node in the same transaction (see markWrite), and an attempt that finds the token
// there ends without running fn and returns what the attempt that committed returned.
// So when the connection is lost while a commit is under way, the write is tried once
// more without harm; if that attempt fails too, the error says that it is unknown
// whether the write was saved.
func writeTx[T any](ctx context.Context, s *Store, op string, fn func(tx neo4j.ManagedTransaction, rev int64) (T, error)) (T, error) {
	ctx, r := s.reach(ctx)
	defer r.stop()
	token := newWriteToken()
	var done T          // what fn returned in the last attempt that reached its commit
	committing := false // whether the last attempt reached its commit
	attempt := func() (T, error) {
		committing = false
		sess := s.session(ctx, neo4j.AccessModeWrite)
		defer sess.Close(context.WithoutCancel(ctx))
		v, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (T, error) {
			var zero T
			committing = false
			r.reached.Store(true)
			m, err := lockMeta(ctx, tx, "m.revision + 1")
			if err != nil {
				return zero, err
			}
			if err := m.idle(); err != nil {
				return zero, err
			}
			if applied, err := markWrite(ctx, tx, token); err != nil || applied {
				return zero, cmp.Or(err, errApplied)
			}
			v, err := fn(tx, m.revision)
			if err == nil {
				done, committing = v, true
			}
			return v, err
		})
		if err == nil && s.lostCommit != nil {
			err = s.lostCommit()
		}
		if errors.Is(err, errApplied) {
			return done, nil
		}
		return v, err
	}
	return whenIdle(ctx, s, op, func() (T, error) {
		v, err := attempt()
		if err == nil || !committing || !unknownOutcome(err) {
			return v, r.err(err)
		}
		s.logger.Warn("commit outcome unknown, trying again", "op", op, "error", err)
		if v, err = attempt(); err != nil && unknownOutcome(err) {
			err = &graph.Error{Code: graph.Unavailable, Message: msgUnknownOutcome, Err: err}
		}
		return v, err
	})
}

// errApplied ends an attempt of a write that an earlier attempt has committed.
var errApplied = errors.New("neo4jstore: write already applied")

// newWriteToken returns a random token that names one write.
func newWriteToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails
	return base64.RawURLEncoding.EncodeToString(b)
}

// writeMemory is how long the Meta node remembers the token of a write: far longer
// than any write is retried (Timeout and MaxRetryTime, seconds), and short enough
// that the list stays small under many writes. Servers sharing a database must have
// clocks that agree to within it.
const writeMemory = 2 * time.Minute

// markWrite records token on the Meta node, which the transaction has locked, and
// forgets tokens older than writeMemory. It reports whether the token was there
// already, that is, whether an earlier attempt of the same write has committed.
func markWrite(ctx context.Context, tx neo4j.ManagedTransaction, token string) (applied bool, err error) {
	now := time.Now()
	rec, err := single(ctx, tx, `MATCH (m:Meta {key: $key})
		WITH m, coalesce(m.writes, []) AS writes
		WITH m, writes, any(w IN writes WHERE w ENDS WITH $token) AS applied
		SET m.writes = CASE WHEN applied THEN writes ELSE [w IN writes WHERE w >= $forget] + [$entry] END
		RETURN applied`, map[string]any{"key": metaKey, "token": ":" + token,
		"entry":  fmt.Sprintf("%013d:%s", now.UnixMilli(), token),
		"forget": fmt.Sprintf("%013d", now.Add(-writeMemory).UnixMilli())})
	if err != nil {
		return false, err
	}
	if rec == nil {
		return false, errNoMeta
	}
	return rec.Values[0].(bool), nil
}

// unknownOutcome reports whether err, ending a write transaction that had sent its
// commit, leaves open whether the commit took effect: the connection was lost or the
// caller gave up.
func unknownOutcome(err error) bool {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1]
	}
	return neo4j.IsConnectivityError(err) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// plainWriteTx runs fn in a managed write transaction that leaves the revision alone
// (for tokens, the writer lease, and reading the revision from a cluster's leader).
func plainWriteTx[T any](ctx context.Context, s *Store, op string, fn func(neo4j.ManagedTransaction) (T, error)) (T, error) {
	ctx, r := s.reach(ctx)
	defer r.stop()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	v, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (T, error) {
		r.reached.Store(true)
		return fn(tx)
	})
	return v, translate(op, r.err(err))
}

// single runs a query and returns its only record, or nil if there is none.
func single(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) (*neo4j.Record, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	var rec *neo4j.Record
	if res.Next(ctx) {
		rec = res.Record()
	}
	if err := res.Err(); err != nil {
		return nil, err
	}
	_, err = res.Consume(ctx)
	return rec, err
}

// exec runs a query for its effect and returns the number of relationships created.
func exec(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) (int, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return 0, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, err
	}
	return sum.Counters().RelationshipsCreated(), nil
}

// translate turns a driver error into a *graph.Error with a German message; errors
// that already are *graph.Error pass unchanged.
func translate(op string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	wrapped := fmt.Errorf("neo4jstore: %s: %w", op, err)
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		// Retries are exhausted: classify by the last attempt's error.
		last := translate(op, limit.Errors[len(limit.Errors)-1])
		if hasCode(last, graph.Unavailable) || hasCode(last, graph.Conflict) {
			last.(*graph.Error).Err = wrapped
			return last
		}
		return &graph.Error{Code: graph.Unavailable, Message: msgUnavailable, Err: wrapped}
	}
	var authErr *neo4j.InvalidAuthenticationError
	var n4 *neo4j.Neo4jError
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return &graph.Error{Code: graph.Unavailable, Message: "Die Anfrage an die Neo4j-Datenbank wurde abgebrochen oder hat zu lange gedauert.", Err: wrapped}
	case neo4j.IsConnectivityError(err):
		return &graph.Error{Code: graph.Unavailable, Message: msgUnavailable, Err: wrapped}
	case errors.As(err, &authErr):
		return &graph.Error{Code: graph.Unavailable, Message: msgAuth, Err: wrapped}
	case errors.As(err, &n4):
		switch {
		case n4.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
			return &graph.Error{Code: graph.Conflict, Message: "Ein eindeutiger Schlüssel (ID, externer Schlüssel oder Name) ist schon vergeben.", Err: wrapped}
		case n4.HasSecurityCode():
			return &graph.Error{Code: graph.Unavailable, Message: msgAuth, Err: wrapped}
		case n4.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return &graph.Error{Code: graph.Unavailable, Message: "Die Neo4j-Datenbank gibt es nicht; bitte den Datenbanknamen prüfen.", Err: wrapped}
		case n4.Classification() == "TransientError" || strings.HasPrefix(n4.Code, "Neo.ClientError.Cluster."):
			return &graph.Error{Code: graph.Unavailable, Message: msgUnavailable, Err: wrapped}
		case n4.Code == "Neo.ClientError.Transaction.TransactionTimedOut" || n4.Code == "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration":
			return &graph.Error{Code: graph.Unavailable, Message: "Die Neo4j-Datenbank hat die Transaktion wegen Zeitüberschreitung abgebrochen.", Err: wrapped}
		}
	}
	return &graph.Error{Code: graph.Internal, Message: "Interner Fehler der Neo4j-Datenbank.", Err: wrapped}
}

// hasCode reports whether err carries the code.
func hasCode(err error, code graph.Code) bool { return graph.ErrorCode(err) == code }

const (
	msgUnavailable    = "Die Neo4j-Datenbank ist nicht erreichbar. Bitte später erneut versuchen."
	msgUnknownOutcome = "Die Verbindung zur Neo4j-Datenbank ist beim Speichern abgebrochen; ob die Änderung gespeichert wurde, ist unbekannt. " +
		"Bitte die Daten neu laden und prüfen, bevor Sie erneut speichern."
	msgAuth = "Die Anmeldung bei der Neo4j-Datenbank ist fehlgeschlagen; bitte Benutzer und Passwort prüfen."
)
