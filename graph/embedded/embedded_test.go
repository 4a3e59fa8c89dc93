package embedded

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/storetest"
)

// openTemp opens a store in a new file in a temporary directory.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "data", "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store { return openTemp(t) })
}

// fill creates a small network in s: two spaces, two actors, an offer and a tie.
func fill(t *testing.T, s graph.Store) {
	t.Helper()
	ctx := t.Context()
	for _, e := range []graph.Entity{
		&graph.SocialSpace{Meta: graph.Meta{ID: "sp-1"}, Name: "Kreis", Level: "county"},
		&graph.SocialSpace{Meta: graph.Meta{ID: "sp-2"}, Name: "Nord", Level: "social_space", ParentID: "sp-1"},
		&graph.Actor{Meta: graph.Meta{ID: "ac-1", ExternalKey: "A1"}, Name: "Lebenshilfe", Kind: "association", LegalDomains: []string{"sgb9"}, SocialSpaces: []string{"sp-2"}},
		&graph.Actor{Meta: graph.Meta{ID: "ac-2"}, Name: "Jobcenter", Kind: "benefit_carrier", LegalDomains: []string{"sgb2"}},
		&graph.Offer{Meta: graph.Meta{ID: "of-1"}, ActorID: "ac-1", Name: "Wohnen", Fields: []string{"housing"}},
		&graph.Cooperation{Meta: graph.Meta{ID: "co-1"}, From: "ac-1", To: "ac-2", Kinds: []string{"information"}, Intensity: 2},
	} {
		if err := s.Create(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
}

// snapshotJSON returns the JSON form of s's snapshot.
func snapshotJSON(t *testing.T, s graph.Store) string {
	t.Helper()
	n, err := s.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "netzwerkatlas.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s)
	tax := graph.DefaultTaxonomy()
	tax.Fields[0].Label = "Soziale Infrastruktur"
	if err := s.SetTaxonomy(t.Context(), tax); err != nil {
		t.Fatal(err)
	}
	tok := &graph.Token{Name: "Koordination", Role: graph.RoleAdmin, Hash: graph.HashToken("nza_x")}
	if err := s.CreateToken(t.Context(), tok); err != nil {
		t.Fatal(err)
	}
	want := snapshotJSON(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(t.Context()); graph.ErrorCode(err) != graph.Unavailable {
		t.Errorf("Ping after Close = %v, want Unavailable", err)
	}

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := snapshotJSON(t, s); got != want {
		t.Fatalf("after reopening:\n got %s\nwant %s", got, want)
	}
	if got, err := s.TokenByHash(t.Context(), tok.Hash); err != nil || got.ID != tok.ID {
		t.Fatalf("token after reopening: %v, %v", got, err)
	}
	// The indexes survive too.
	if _, err := s.Delete(t.Context(), graph.KindActor, "ac-1", graph.DeleteOptions{}); graph.ErrorCode(err) != graph.Conflict {
		t.Errorf("Delete of an actor with ties after reopening = %v, want Conflict", err)
	}
	dup := &graph.Actor{Meta: graph.Meta{ExternalKey: "A1"}, Name: "X", Kind: "association", LegalDomains: []string{"sgb9"}}
	if err := s.Create(t.Context(), dup); graph.ErrorCode(err) != graph.Conflict {
		t.Errorf("Create with a taken external key after reopening = %v, want Conflict", err)
	}
}

func TestSecondOpenIsUnavailable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "netzwerkatlas.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// The second Open gives up after lockTimeout. The test waits for it to return,
	// not for a time: only if it hangs until shortly before the test binary's
	// deadline does the test fail.
	type result struct {
		s   *Store
		err error
	}
	done := make(chan result, 1)
	go func() {
		s2, err := Open(path)
		done <- result{s2, err}
	}()
	var stop <-chan time.Time
	if deadline, ok := t.Deadline(); ok {
		stop = time.After(time.Until(deadline) * 9 / 10)
	}
	var s2 *Store
	select {
	case r := <-done:
		s2, err = r.s, r.err
	case <-stop:
		t.Fatal("the second Open of a locked file did not return")
	}
	if err == nil {
		s2.Close()
		t.Fatal("a second Open of the same file succeeded")
	}
	if graph.ErrorCode(err) != graph.Unavailable || !strings.Contains(graph.ErrorMessage(err), "Die Datendatei ist von einem anderen Prozess geöffnet") {
		t.Errorf("second Open: code %q, message %q", graph.ErrorCode(err), graph.ErrorMessage(err))
	}
	// Once the first store is closed, the file opens again.
	s.Close()
	s3, err := Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	s3.Close()
}

func TestOpenFailsOnBadPath(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(filepath.Join(file, "netzwerkatlas.db")) // a file as directory
	if graph.ErrorCode(err) != graph.Unavailable {
		t.Errorf("Open below a file = %v, want Unavailable", err)
	}
	_, err = Open(file) // not a bbolt file
	if err == nil || graph.ErrorCode(err) != graph.Unavailable {
		t.Errorf("Open of a file that is no data file = %v, want Unavailable", err)
	}
}

func TestCorruptValueIsInternal(t *testing.T) {
	for _, kind := range []graph.Kind{graph.KindActor, graph.KindCooperation} {
		t.Run(string(kind), func(t *testing.T) {
			s := openTemp(t)
			defer s.Close()
			fill(t, s)
			id := map[graph.Kind]string{graph.KindActor: "ac-2", graph.KindCooperation: "co-1"}[kind]
			misplaced := graph.New(kind) // a sound value under another entity's key
			misplaced.Metadata().ID = "someone-else"
			moved, err := encode(misplaced)
			if err != nil {
				t.Fatal(err)
			}
			for _, garbage := range [][]byte{[]byte("{\"id\":"), {0xff, 0x00, 0x13}, moved} {
				err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(entityBucket(kind)).Put([]byte(id), garbage) })
				if err != nil {
					t.Fatal(err)
				}
				ctx := t.Context()
				_, err = s.Get(ctx, kind, id)
				wantInternal(t, err, "Get")
				_, err = s.Snapshot(ctx)
				wantInternal(t, err, "Snapshot")
				_, err = s.List(ctx, kind, graph.Filter{})
				wantInternal(t, err, "List")
				_, err = s.Delete(ctx, graph.KindActor, "ac-2", graph.DeleteOptions{Cascade: true})
				wantInternal(t, err, "Delete")
			}
		})
	}
	t.Run("taxonomy", func(t *testing.T) {
		s := openTemp(t)
		defer s.Close()
		if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyTaxonomy, []byte("[")) }); err != nil {
			t.Fatal(err)
		}
		_, err := s.Taxonomy(t.Context())
		wantInternal(t, err, "Taxonomy")
		err = s.Create(t.Context(), &graph.Wave{Name: "W", Date: "2025-01-01"})
		wantInternal(t, err, "Create")
	})
}

func wantInternal(t *testing.T, err error, what string) {
	t.Helper()
	if graph.ErrorCode(err) != graph.Internal {
		t.Fatalf("%s of a corrupt value = %v, want Internal", what, err)
	}
	if strings.Contains(graph.ErrorMessage(err), "invalid character") {
		t.Errorf("%s shows a technical message: %q", what, graph.ErrorMessage(err))
	}
}

func TestFailedBatchLeavesFileAsBefore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "netzwerkatlas.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s)
	want := snapshotJSON(t, s)
	b := &graph.Batch{}
	for i := range 500 {
		key := fmt.Sprintf("B%03d", i)
		b.Actors = append(b.Actors, graph.Actor{Meta: graph.Meta{ExternalKey: key}, Name: key, Kind: "provider", LegalDomains: []string{"sgb11"}})
		if i > 0 {
			b.Cooperations = append(b.Cooperations, graph.Cooperation{Meta: graph.Meta{ExternalKey: key}, From: fmt.Sprintf("B%03d", i-1), To: key,
				Kinds: []string{"information"}, Intensity: 1})
		}
	}
	b.Cooperations[len(b.Cooperations)-1].To = "nope"
	_, err = s.Upsert(t.Context(), b, graph.BatchOptions{})
	if graph.ErrorCode(err) != graph.Invalid {
		t.Fatalf("Upsert = %v, want Invalid", err)
	}
	if got := snapshotJSON(t, s); got != want {
		t.Fatal("the failed batch changed the store")
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := snapshotJSON(t, s); got != want {
		t.Fatal("the failed batch changed the file")
	}
}

// countdown is a context whose Err reports cancellation from its n-th call on.
type countdown struct {
	context.Context
	calls, n int
}

func (c *countdown) Err() error {
	if c.calls++; c.calls >= c.n {
		return context.Canceled
	}
	return nil
}

func TestBatchRollsBackAnInterruptedWrite(t *testing.T) {
	// A batch that fails while writing leaves nothing behind, because all writes share
	// one transaction. The context ends after 32,768 keys have been put into bbolt:
	// Err is asked once by update, once after preparing, 5 times in the loop over the
	// 20,000 items and every 16,384 keys while flushing.
	s := openTemp(t)
	defer s.Close()
	fill(t, s)
	want := snapshotJSON(t, s)
	b := &graph.Batch{}
	for i := range 20000 {
		key := fmt.Sprintf("W%05d", i)
		b.Waves = append(b.Waves, graph.Wave{Meta: graph.Meta{ExternalKey: key}, Name: key, Date: "2025-01-01"})
	}
	ctx := &countdown{Context: t.Context(), n: 9}
	_, err := s.Upsert(ctx, b, graph.BatchOptions{})
	if err == nil {
		t.Fatal("Upsert with a context ended during the writes succeeded")
	}
	if ctx.calls < 9 {
		t.Fatalf("the context was asked only %d times; the writes were not interrupted", ctx.calls)
	}
	if got := snapshotJSON(t, s); got != want {
		t.Fatal("the interrupted batch changed the store")
	}
}

func TestConcurrentSnapshotsOfManyEntities(t *testing.T) {
	// Enough entities that Snapshot decodes in parallel, and readers beside a writer.
	s := openTemp(t)
	defer s.Close()
	b := &graph.Batch{}
	for i := range 9000 {
		key := fmt.Sprintf("W%05d", i)
		b.Waves = append(b.Waves, graph.Wave{Meta: graph.Meta{ExternalKey: key, ID: key}, Name: key, Date: "2025-01-01"})
	}
	if _, err := s.Upsert(t.Context(), b, graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			n, err := s.Snapshot(t.Context())
			if err != nil {
				t.Error(err)
				return
			}
			if len(n.Waves) < 9000 {
				t.Errorf("snapshot has %d waves", len(n.Waves))
			}
			for i := 1; i < len(n.Waves); i++ {
				if n.Waves[i-1].ID >= n.Waves[i].ID {
					t.Errorf("waves out of order at %d", i)
					return
				}
			}
		})
	}
	wg.Go(func() {
		if err := s.Create(t.Context(), &graph.Wave{Name: "Neu", Date: "2026-01-01"}); err != nil {
			t.Error(err)
		}
	})
	wg.Wait()
}
