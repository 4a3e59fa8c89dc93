package neo4jstore_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
)

// The tests of staged batches force staging with a small threshold and small chunks,
// so that a batch of a few hundred items runs as dozens of transactions.
const (
	stagedThreshold = 100
	stagedChunk     = 40
)

// county loads the demo county (a batch below the threshold, so one transaction)
// into a new store and returns the store and its snapshot.
func county(t *testing.T) (*neo4jstore.Store, *graph.Network) {
	t.Helper()
	ctx := context.Background()
	s := newStore(t)
	if _, err := s.Upsert(ctx, demo.Generate(demo.County()), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	n, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return s, n
}

// largeBatch returns a batch for the demo county of newActors new actors (with IDs
// given, so that tests can ask for them), two cooperations per new actor, one with
// another new actor and one with an actor of the county, and one renamed county
// actor, which is written when the batch is published.
func largeBatch(n *graph.Network, newActors int) *graph.Batch {
	b := &graph.Batch{}
	for i := range newActors {
		b.Actors = append(b.Actors, graph.Actor{
			Meta:         graph.Meta{ID: graph.NewID(graph.KindActor), ExternalKey: fmt.Sprintf("neu-%04d", i)},
			Name:         fmt.Sprintf("Neuer Träger %d", i),
			Kind:         "association",
			LegalDomains: []string{"civil_society"},
			SocialSpaces: []string{demo.UnderSuppliedSpace},
		})
	}
	for i := range newActors {
		old := n.Actors[i%len(n.Actors)]
		b.Cooperations = append(b.Cooperations,
			graph.Cooperation{Meta: graph.Meta{ExternalKey: fmt.Sprintf("neu-koop-a-%04d", i)},
				From: fmt.Sprintf("neu-%04d", i), To: fmt.Sprintf("neu-%04d", (i+1)%newActors),
				Kinds: []string{"information"}, Intensity: 2},
			graph.Cooperation{Meta: graph.Meta{ExternalKey: fmt.Sprintf("neu-koop-b-%04d", i)},
				From: fmt.Sprintf("neu-%04d", i), To: old.ID, Kinds: []string{"information"}, Intensity: 3})
	}
	renamed := n.Actors[0]
	renamed.Name += " (umbenannt)"
	b.Actors = append(b.Actors, renamed)
	return b
}

// stagedRows counts the nodes and relationships that carry a batch property; the
// demo county, written in one transaction, has none.
func stagedRows(t *testing.T, cfg neo4jstore.Config) int64 {
	t.Helper()
	ctx := context.Background()
	driver := testDriver(t, cfg)
	res, err := neo4j.ExecuteQuery(ctx, driver, `
		CALL { MATCH (n) WHERE n.batch IS NOT NULL RETURN count(n) AS c
		       UNION ALL MATCH ()-[r]->() WHERE r.batch IS NOT NULL RETURN count(r) AS c }
		RETURN sum(c)`, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatal(err)
	}
	return res.Records[0].Values[0].(int64)
}

// sameAs fails t unless s holds exactly the network want, revision included.
func sameAs(t *testing.T, s *neo4jstore.Store, want *graph.Network, when string) {
	t.Helper()
	ctx := context.Background()
	got, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatalf("%s: Snapshot: %v", when, err)
	}
	if d := graph.Diff(want, got, 5); d != nil {
		t.Errorf("%s: the store changed:\n  %s", when, strings.Join(d, "\n  "))
	}
	if got.Revision != want.Revision {
		t.Errorf("%s: snapshot revision %d, want %d", when, got.Revision, want.Revision)
	}
	if rev, err := s.Revision(ctx); err != nil || rev != want.Revision {
		t.Errorf("%s: Revision() = %d, %v; want %d", when, rev, err, want.Revision)
	}
}

// TestStagedBatchFails checks that a staged batch that fails, in a later chunk or when
// it is published, leaves the store exactly as it was and no staged data behind, and
// that the same batch then succeeds.
func TestStagedBatchFails(t *testing.T) {
	for _, failAt := range []int{20, -1} {
		t.Run(fmt.Sprintf("chunk %d", failAt), func(t *testing.T) {
			ctx := context.Background()
			cfg := testConfig(t)
			s, before := county(t)
			chunks := 0
			boom := errors.New("boom")
			tune := neo4jstore.DefaultTuning()
			tune.Threshold, tune.Chunk, tune.Writers = stagedThreshold, stagedChunk, 1
			tune.Hook = func(chunk int) error {
				if chunk >= 0 {
					chunks++
				}
				if chunk == failAt {
					return boom
				}
				return nil
			}
			neo4jstore.SetTuning(s, tune)
			b := largeBatch(before, 300)
			if _, err := s.Upsert(ctx, b, graph.BatchOptions{}); !errors.Is(err, boom) {
				t.Fatalf("Upsert: %v, want the injected failure", err)
			}
			if failAt == -1 && chunks < 20 {
				t.Fatalf("only %d staged transactions before the publish; the test must stage many", chunks)
			}
			sameAs(t, s, before, "after the failed batch")
			if n := stagedRows(t, cfg); n != 0 {
				t.Errorf("%d staged nodes and relationships left behind", n)
			}
			if b.Actors[0].Version != 0 || b.Cooperations[0].ID != "" {
				t.Errorf("the failed Upsert changed the batch")
			}

			tune.Hook = nil
			neo4jstore.SetTuning(s, tune)
			res, err := s.Upsert(ctx, b, graph.BatchOptions{})
			if err != nil {
				t.Fatalf("Upsert without the failure: %v", err)
			}
			if c := res.Counts; c[graph.KindActor].Created != 300 || c[graph.KindActor].Updated != 1 ||
				c[graph.KindCooperation].Created != 600 || res.Revision != before.Revision+1 {
				t.Errorf("result: actors %+v, cooperations %+v, revision %d; want 300 created, 1 updated, 600 created, revision %d",
					*c[graph.KindActor], *c[graph.KindCooperation], res.Revision, before.Revision+1)
			}
			after, err := s.Snapshot(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(after.Actors) != len(before.Actors)+300 || len(after.Cooperations) != len(before.Cooperations)+600 ||
				after.Revision != before.Revision+1 {
				t.Errorf("after the batch: %d actors, %d cooperations, revision %d", len(after.Actors), len(after.Cooperations), after.Revision)
			}
			a, err := graph.Get[*graph.Actor](ctx, s, before.Actors[0].ID)
			if err != nil || !strings.HasSuffix(a.Name, "(umbenannt)") {
				t.Errorf("the update of the batch: %v, %v", a, err)
			}
		})
	}
}

// TestStagedBatchInvisible pauses a staged batch half-way and checks that readers see
// none of it, that another writer waits for it, and that all of it appears at once.
func TestStagedBatchInvisible(t *testing.T) {
	ctx := context.Background()
	s, before := county(t)
	paused, resume := make(chan struct{}), make(chan struct{})
	tune := neo4jstore.DefaultTuning()
	tune.Threshold, tune.Chunk, tune.Writers = stagedThreshold, stagedChunk, 2
	tune.Hook = func(chunk int) error {
		if chunk == 20 { // new actors and their links are written; cooperations are on their way
			close(paused)
			<-resume
		}
		return nil
	}
	neo4jstore.SetTuning(s, tune)
	b := largeBatch(before, 300)
	probe := largeBatch(before, 300) // the same items, for a dry run
	for i := range probe.Actors {
		probe.Actors[i].ID = b.Actors[i].ID
	}
	done := make(chan error, 1)
	go func() {
		_, err := s.Upsert(ctx, b, graph.BatchOptions{})
		done <- err
	}()
	select {
	case <-paused:
	case err := <-done:
		t.Fatalf("Upsert ended before the pause: %v", err)
	}

	sameAs(t, s, before, "during the staged batch")
	if _, err := s.Get(ctx, graph.KindActor, b.Actors[0].ID); graph.ErrorCode(err) != graph.NotFound {
		t.Errorf("Get of a staged actor: %v, want not found", err)
	}
	for _, k := range []graph.Kind{graph.KindActor, graph.KindCooperation} {
		p, err := s.List(ctx, k, graph.Filter{Limit: 1})
		if err != nil || p.Total != count(before, k) {
			t.Errorf("List %s during the staged batch: total %d, %v; want %d", k, p.Total, err, count(before, k))
		}
	}
	p, err := s.List(ctx, graph.KindCooperation, graph.Filter{ActorID: before.Actors[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range p.Items {
		if strings.HasPrefix(e.Metadata().ExternalKey, "neu-") {
			t.Errorf("List by actor shows the staged cooperation %s", e.Metadata().ExternalKey)
		}
	}
	dry, err := s.Upsert(ctx, probe, graph.BatchOptions{DryRun: true})
	if err != nil {
		t.Fatalf("dry run during the staged batch: %v", err)
	}
	if a, c := dry.Counts[graph.KindActor].Created, dry.Counts[graph.KindCooperation].Created; a != 300 || c != 600 {
		t.Errorf("dry run during the staged batch: %d actors and %d cooperations to create, want 300 and 600", a, c)
	}

	// A writer waits for the staged batch and comes after it.
	wave := &graph.Wave{Name: "T3", Date: "2027-04-15"}
	created := make(chan error, 1)
	go func() { created <- s.Create(ctx, wave) }()
	select {
	case err := <-created:
		t.Fatalf("Create finished during the staged batch (%v); it must wait", err)
	case <-time.After(500 * time.Millisecond):
	}
	close(resume)
	if err := <-done; err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	if err := <-created; err != nil {
		t.Fatalf("Create after the staged batch: %v", err)
	}
	after, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Actors) != len(before.Actors)+300 || len(after.Cooperations) != len(before.Cooperations)+600 ||
		len(after.Waves) != len(before.Waves)+1 || after.Revision != before.Revision+2 {
		t.Errorf("after: %d actors, %d cooperations, %d waves, revision %d; want %d, %d, %d, %d",
			len(after.Actors), len(after.Cooperations), len(after.Waves), after.Revision,
			len(before.Actors)+300, len(before.Cooperations)+600, len(before.Waves)+1, before.Revision+2)
	}
}

// count returns the number of entities of the kind in n.
func count(n *graph.Network, k graph.Kind) int {
	c := 0
	for _, it := range n.Batch().Items() {
		if it.Entity.EntityKind() == k {
			c++
		}
	}
	return c
}

// TestStagedBatchCrash lets a staged batch die half-way, as if its process were
// killed: readers do not see what it staged, and once its lease runs out, Open
// removes it, leaving the store as it was.
func TestStagedBatchCrash(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig(t)
	s, before := county(t)
	paused, resume := make(chan struct{}), make(chan struct{})
	tune := neo4jstore.DefaultTuning()
	tune.Threshold, tune.Chunk, tune.Writers, tune.Lease = stagedThreshold, stagedChunk, 1, 6*time.Second
	tune.Hook = func(chunk int) error {
		if chunk == 20 { // some cooperations are staged
			close(paused)
			<-resume
		}
		return nil
	}
	neo4jstore.SetTuning(s, tune)
	done := make(chan error, 1)
	go func() {
		_, err := s.Upsert(ctx, largeBatch(before, 300), graph.BatchOptions{})
		done <- err
	}()
	<-paused
	crashed := time.Now()
	s.Close() // the "crash": the store can neither write on nor clean up
	close(resume)
	if err := <-done; err == nil {
		t.Fatal("Upsert succeeded without a connection")
	}
	if n := stagedRows(t, cfg); n == 0 {
		t.Fatal("the crashed batch left no staged data; the test proves nothing")
	}

	other := open(t, cfg) // the lease is still alive: Open leaves the batch alone
	sameAs(t, other, before, "after the crash")

	time.Sleep(time.Until(crashed.Add(tune.Lease + time.Second)))
	restarted := open(t, cfg)
	if n := stagedRows(t, cfg); n != 0 {
		t.Errorf("Open after the lease ran out left %d staged nodes and relationships", n)
	}
	sameAs(t, restarted, before, "after the restart")
	if err := restarted.Create(ctx, &graph.Wave{Name: "T3", Date: "2027-04-15"}); err != nil {
		t.Errorf("Create after the restart: %v", err)
	}
}
