package survey_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// demoStore returns an embedded store that holds the generated network of o, and its
// snapshot.
func demoStore(t *testing.T, o demo.Options) (*embedded.Store, *graph.Network) {
	t.Helper()
	store, err := embedded.Open(filepath.Join(t.TempDir(), "atlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if _, err := store.Upsert(context.Background(), demo.Generate(o), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	n, err := store.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return store, n
}

func TestDemoSurveyHasARealisticPattern(t *testing.T) {
	ctx := context.Background()
	store, n := demoStore(t, demo.County())
	recs, err := survey.Demo(n, demo.LatestWave, 1)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := survey.Demo(n, demo.LatestWave, 1)
	for i := range recs {
		if !bytes.Equal(recs[i].Data, again[i].Data) {
			t.Fatalf("record %s differs between two runs with the same seed", recs[i].Key)
		}
	}
	if err := store.PutRecords(ctx, recs...); err != nil {
		t.Fatal(err)
	}
	svc := survey.New(store, survey.Config{Now: func() time.Time { return time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC) }})
	d, err := svc.Dashboard(ctx, survey.DemoSurveyID)
	if err != nil {
		t.Fatal(err)
	}
	reminded, never := 0, len(d.NotAnswered)
	for _, p := range d.NotAnswered {
		if p.Mailings == 2 {
			reminded++
		}
	}
	t.Logf("demo survey: %d of %d submitted (%.0f %%), %d never, %d of them reminded; ties %+v",
		d.Submitted, d.Respondents, 100*d.Rate, never, reminded, d.TieCounts)
	if d.State != survey.StateClosed || d.Rate < 0.5 || d.Rate >= survey.DefaultThreshold || never == 0 || reminded == 0 {
		t.Errorf("state %s, rate %.2f, never %d, reminded %d", d.State, d.Rate, never, reminded)
	}
	if c := d.TieCounts; c.Both == 0 || c.OneSide == 0 || c.Conflict == 0 {
		t.Errorf("ties %+v: want some of each", c)
	}
	cov, err := svc.Coverage(ctx, n, demo.LatestWave)
	if err != nil || cov == nil || cov.Warning == "" {
		t.Errorf("coverage of the demo wave: %+v, %v", cov, err)
	}
}

// TestDemoSurveyOfAFederalState: at 45,000 respondents the log of a sending no
// longer fits one record (graph.MaxRecordSize), so it is kept in parts; the store
// takes every record, and the log reads back whole, with every respondent once.
func TestDemoSurveyOfAFederalState(t *testing.T) {
	ctx := context.Background()
	store, n := demoStore(t, demo.Options{Seed: 1, Actors: 45_000, Cooperations: 45_000})
	recs, err := survey.Demo(n, demo.LatestWave, 1)
	if err != nil {
		t.Fatal(err)
	}
	parts := 0
	for _, r := range recs {
		if r.Collection == "survey_mailings" {
			parts++
		}
	}
	if parts <= 2 {
		t.Fatalf("two sendings in %d records: the log is not split", parts)
	}
	if err := store.PutRecords(ctx, recs...); err != nil {
		t.Fatal(err)
	}
	svc := survey.New(store, survey.Config{})
	ms, err := svc.Mailings(ctx, survey.DemoSurveyID)
	if err != nil || len(ms) != 2 {
		t.Fatalf("%d sendings, %v", len(ms), err)
	}
	seen := map[string]bool{}
	for _, r := range append(ms[0].Sent, ms[0].NoAddress...) {
		if seen[r.ID] {
			t.Fatalf("%s twice in the invitation's log", r.ID)
		}
		seen[r.ID] = true
	}
	if len(seen) != len(n.Actors) {
		t.Errorf("the invitation's log names %d of %d respondents", len(seen), len(n.Actors))
	}
	d, err := svc.Dashboard(ctx, survey.DemoSurveyID)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.NotAnswered {
		if p.Mailings != 2 && p.Mailings != 0 {
			t.Fatalf("%s did not answer and got %d mails, want the invitation and the reminder, or none without an address", p.ID, p.Mailings)
		}
	}
}
