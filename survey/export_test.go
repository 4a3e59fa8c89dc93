package survey

import (
	"context"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// PutResponses stores responses directly, in chunks, for benchmarks that need many,
// and raises each survey's tally by its submitted ones.
func PutResponses(ctx context.Context, store graph.Store, rs []Response) error {
	submitted := map[string]int{}
	for _, r := range rs {
		if r.SubmittedAt != nil {
			submitted[r.SurveyID]++
		}
	}
	for id, n := range submitted {
		t, err := (&Service{store: store}).raisedTally(ctx, id, n)
		if err == nil {
			err = store.PutRecords(ctx, t)
		}
		if err != nil {
			return err
		}
	}
	for len(rs) > 0 {
		n := min(len(rs), 200)
		recs := make([]*graph.Record, n)
		for i, r := range rs[:n] {
			rec, err := record(colAnswers, answersKey(r.SurveyID, r.RespondentID), 0, r)
			if err != nil {
				return err
			}
			recs[i] = rec
		}
		if err := store.PutRecords(ctx, recs...); err != nil {
			return err
		}
		rs = rs[n:]
	}
	return nil
}
