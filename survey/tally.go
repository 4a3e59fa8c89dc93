package survey

import (
	"context"
	"sync"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// tally is the record of a survey's submissions (collection colTally, key the
// survey ID): every submission raises its count, in the same write as the answers,
// so that its version changes exactly when the set of submitted respondents does
// (answers, once submitted, never change). Coverage reads it instead of every
// answer to know whether its cached figure still holds, on every server.
type tally struct {
	Submitted int `json:"submitted"`
}

// raisedTally returns the survey's tally, read from the store, raised by n, as a
// record to write over the version read.
func (s *Service) raisedTally(ctx context.Context, surveyID string, n int) (*graph.Record, error) {
	var t tally
	version, err := s.load(ctx, colTally, surveyID, &t)
	if err != nil && graph.ErrorCode(err) != graph.NotFound {
		return nil, err
	}
	t.Submitted += n
	return record(colTally, surveyID, version, t)
}

// putSubmission writes r, the submitted answers of a respondent of the survey,
// together with its tally raised by one. A Conflict on the tally alone (another
// submission came first) is tried again with the new tally, up to 8 times; a
// Conflict on the answers is returned.
func (s *Service) putSubmission(ctx context.Context, surveyID string, r *graph.Record) error {
	for attempt := 0; ; attempt++ {
		t, err := s.raisedTally(ctx, surveyID, 1)
		if err != nil {
			return err
		}
		err = s.store.PutRecords(ctx, r, t)
		if graph.ErrorCode(err) != graph.Conflict || attempt == 7 {
			return err
		}
		// Try again only if the answers are still as they were read.
		cur, gerr := s.store.GetRecord(ctx, r.Collection, r.Key)
		if graph.ErrorCode(gerr) == graph.NotFound && r.Version == 0 {
			continue
		}
		if gerr != nil || cur.Version != r.Version {
			return err
		}
	}
}

// coverageCache keeps the last Coverage of each survey with what it was computed
// from. Safe for concurrent use.
type coverageCache struct {
	mu   sync.Mutex
	byID map[string]coverageEntry
}

// coverageEntry is a survey's cached coverage and what it depends on: the network's
// revision and wave, the survey's version and its tally's version.
type coverageEntry struct {
	revision            int64
	wave                string
	survey, submissions int64
	coverage            *graph.Coverage
}

// get returns the cached coverage of e's survey if it was computed from the same
// inputs as e.
func (c *coverageCache) get(id string, e coverageEntry) (*graph.Coverage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	old, ok := c.byID[id]
	if !ok || old.revision != e.revision || old.wave != e.wave || old.survey != e.survey || old.submissions != e.submissions {
		return nil, false
	}
	return old.coverage, true
}

// put keeps e as the coverage of the survey.
func (c *coverageCache) put(id string, e coverageEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byID == nil {
		c.byID = map[string]coverageEntry{}
	}
	c.byID[id] = e
}

// tallyVersion returns the version of the survey's tally, 0 before its first
// submission.
func (s *Service) tallyVersion(ctx context.Context, surveyID string) (int64, error) {
	r, err := s.store.GetRecord(ctx, colTally, surveyID)
	if graph.ErrorCode(err) == graph.NotFound {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return r.Version, nil
}
