package survey

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The record collections of the survey. Keys: the survey ID; the link's hash;
// survey ID "/" respondent ID; survey ID "/" number of the sending (and "/" part, see
// mailingRecords); the survey ID; the survey ID (see tally).
const (
	colSurveys   = "surveys"
	colLinks     = "survey_links"
	colAnswers   = "survey_answers"
	colMailings  = "survey_mailings"
	colDecisions = "survey_decisions"
	colTally     = "survey_tallies"
)

// record returns a record of v for writing over version.
func record(collection, key string, version int64, v any) (*graph.Record, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("survey: encode %s %s: %w", collection, key, err)
	}
	return &graph.Record{Collection: collection, Key: key, Version: version, Data: data}, nil
}

// load reads the record into v and returns its version; NotFound if there is none.
func (s *Service) load(ctx context.Context, collection, key string, v any) (int64, error) {
	r, err := s.store.GetRecord(ctx, collection, key)
	if err != nil {
		return 0, err
	}
	return r.Version, unmarshal(r, v)
}

// list reads the records under the prefix, in key order.
func list[T any](ctx context.Context, s *Service, collection, prefix string) ([]T, []graph.Record, error) {
	rs, err := s.store.ListRecords(ctx, collection, prefix)
	if err != nil {
		return nil, nil, err
	}
	out := make([]T, len(rs))
	for i := range rs {
		if err := unmarshal(&rs[i], &out[i]); err != nil {
			return nil, nil, err
		}
	}
	return out, rs, nil
}

// answersKey is the key of a respondent's answers.
func answersKey(surveyID, respondent string) string { return surveyID + "/" + respondent }

// unmarshal decodes the record's data into v.
func unmarshal(r *graph.Record, v any) error {
	if err := json.Unmarshal(r.Data, v); err != nil {
		return fmt.Errorf("survey: decode %s %s: %w", r.Collection, r.Key, err)
	}
	return nil
}

// fieldIndex returns the path of element i of a list field, such as "respondents[2]".
func fieldIndex(field string, i int) string { return fmt.Sprintf("%s[%d]", field, i) }
