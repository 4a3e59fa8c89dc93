package survey

import (
	"context"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// PutResponses stores responses directly, in chunks, for benchmarks that need many.
func PutResponses(ctx context.Context, store graph.Store, rs []Response) error {
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
