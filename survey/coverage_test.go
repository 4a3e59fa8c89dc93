package survey_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// answerReads counts the listings of survey answers on a real store.
type answerReads struct {
	graph.Store
	n atomic.Int64
}

func (s *answerReads) ListRecords(ctx context.Context, collection, prefix string) ([]graph.Record, error) {
	if collection == "survey_answers" {
		s.n.Add(1)
	}
	return s.Store.ListRecords(ctx, collection, prefix)
}

// TestCoverageFollowsSubmissionsOnEveryServer: a second server's Coverage reads
// the answers once and then only after a submission, which it sees at once, even
// when the submission went through the first server; submissions at the same
// moment all count.
func TestCoverageFollowsSubmissionsOnEveryServer(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := context.Background()
		f := newFixture(t, store)
		reads := &answerReads{Store: store}
		other := survey.New(reads, survey.Config{Now: func() time.Time { return f.now }})
		n, err := store.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		rate := func() float64 {
			t.Helper()
			c, err := other.Coverage(ctx, n, f.wave)
			if err != nil || c == nil {
				t.Fatalf("coverage: %+v, %v", c, err)
			}
			return c.Rate
		}
		if r := rate(); r != 0 || rate() != 0 || reads.n.Load() != 1 {
			t.Fatalf("rate %.2f, answers read %d times for two unchanged coverages, want once", r, reads.n.Load())
		}
		f.answer(t, "jc", false, survey.TieAnswer{Partner: "ja", Intensity: 2})
		if r := rate(); r != 0 || reads.n.Load() != 1 {
			t.Errorf("after a draft: rate %.2f, answers read %d times, want still once", r, reads.n.Load())
		}
		f.answer(t, "ja", true, survey.TieAnswer{Partner: "jc", Intensity: 2})
		if r := rate(); r != 0.2 || reads.n.Load() != 2 {
			t.Errorf("after a submission through the other server: rate %.2f, answers read %d times, want 0.2 and twice", r, reads.n.Load())
		}
		var wg sync.WaitGroup
		for _, key := range []string{"ca", "dw", "sv"} {
			l, _ := f.link(t, key)
			wg.Go(func() {
				if _, err := f.svc.Save(ctx, l, survey.SaveRequest{Answers: survey.Answers{Consent: true}}, true); err != nil {
					t.Errorf("%s submits at the same time as others: %v", key, err)
				}
			})
		}
		wg.Wait()
		if r := rate(); r != 0.8 {
			t.Errorf("after three submissions at once: rate %.2f, want 0.8", r)
		}
	})
}
