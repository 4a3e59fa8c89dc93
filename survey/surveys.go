package survey

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// List returns all surveys, the latest closing first.
func (s *Service) List(ctx context.Context) ([]Survey, error) {
	out, rs, err := list[Survey](ctx, s, colSurveys, "")
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Version, out[i].UpdatedAt = rs[i].Version, rs[i].UpdatedAt
	}
	slices.SortFunc(out, func(a, b Survey) int { return cmp.Or(b.ClosesAt.Compare(a.ClosesAt), cmp.Compare(a.ID, b.ID)) })
	return out, nil
}

// Get returns the survey with the ID; NotFound if there is none.
func (s *Service) Get(ctx context.Context, id string) (*Survey, error) {
	var sv Survey
	r, err := s.store.GetRecord(ctx, colSurveys, id)
	if graph.ErrorCode(err) == graph.NotFound || (err == nil && id == "") {
		return nil, graph.Errorf(graph.NotFound, "Die Erhebung %q gibt es nicht.", id)
	}
	if err != nil {
		return nil, err
	}
	if err := unmarshal(r, &sv); err != nil {
		return nil, err
	}
	sv.Version, sv.UpdatedAt = r.Version, r.UpdatedAt
	return &sv, nil
}

// Create stores a new survey and fills in its ID, Version and UpdatedAt, and the
// defaults: the German consent text, the roster of all actors and the threshold.
// Invalid with field errors, also for a wave that does not exist.
func (s *Service) Create(ctx context.Context, sv *Survey) error {
	sv.ID = graph.NewID("survey")
	sv.TakeoverBatch = ""
	return s.write(ctx, sv, 0)
}

// Update replaces the survey with sv's ID; sv.Version must equal the stored version
// (Conflict if not). The takeover's batch is kept.
func (s *Service) Update(ctx context.Context, sv *Survey) error {
	old, err := s.Get(ctx, sv.ID)
	if err != nil {
		return err
	}
	if sv.Version == 0 {
		return &graph.Error{Code: graph.Invalid, Message: "Die Erhebung ist ungültig.",
			Fields: []graph.FieldError{{Field: "version", Message: "Die zuletzt gelesene Version fehlt."}}}
	}
	if old.TakeoverBatch != "" && sv.WaveID != old.WaveID {
		return graph.Errorf(graph.Conflict, "Die Antworten sind schon in die Welle übernommen; die Welle lässt sich erst nach dem Rückgängigmachen ändern.")
	}
	sv.TakeoverBatch = old.TakeoverBatch
	return s.write(ctx, sv, sv.Version)
}

// write fills in defaults, validates and stores the survey over version.
func (s *Service) write(ctx context.Context, sv *Survey, version int64) error {
	if strings.TrimSpace(sv.ConsentText) == "" {
		sv.ConsentText = DefaultConsent
	}
	if sv.Roster.Mode == "" {
		sv.Roster.Mode = RosterAll
	}
	if sv.Threshold == 0 {
		sv.Threshold = DefaultThreshold
	}
	t, err := s.store.Taxonomy(ctx)
	if err != nil {
		return err
	}
	if err := sv.Validate(t); err != nil {
		return err
	}
	if _, err := s.store.Get(ctx, graph.KindWave, sv.WaveID); graph.ErrorCode(err) == graph.NotFound {
		return &graph.Error{Code: graph.Invalid, Message: "Die Erhebung ist ungültig.",
			Fields: []graph.FieldError{{Field: "wave_id", Message: "Die Erhebungswelle „" + sv.WaveID + "“ gibt es nicht."}}}
	} else if err != nil {
		return err
	}
	r, err := record(colSurveys, sv.ID, version, sv)
	if err != nil {
		return err
	}
	if err := s.store.PutRecords(ctx, r); err != nil {
		return stale(err, "Die Erhebung wurde inzwischen geändert; bitte neu laden.")
	}
	sv.Version, sv.UpdatedAt = r.Version, r.UpdatedAt
	return nil
}

// Delete removes the survey with its links, answers, decisions and log. Conflict if
// version (unless 0) is stale, or if its answers were taken over and not reverted.
func (s *Service) Delete(ctx context.Context, id string, version int64) error {
	sv, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	if sv.TakeoverBatch != "" {
		return graph.Errorf(graph.Conflict, "Die Antworten sind in die Welle übernommen; erst die Übernahme rückgängig machen, dann löschen.")
	}
	if err := s.store.DeleteRecord(ctx, colSurveys, id, version); err != nil {
		return stale(err, "Die Erhebung wurde inzwischen geändert; bitte neu laden.")
	}
	// The survey is gone, so its links no longer resolve; the rest is cleaned up.
	links, rs, err := list[Link](ctx, s, colLinks, "")
	if err != nil {
		return err
	}
	for i, l := range links {
		if l.SurveyID == id {
			if err := s.store.DeleteRecord(ctx, colLinks, rs[i].Key, 0); err != nil && graph.ErrorCode(err) != graph.NotFound {
				return err
			}
		}
	}
	for _, col := range []string{colAnswers, colMailings} {
		rs, err := s.store.ListRecords(ctx, col, id+"/")
		if err != nil {
			return err
		}
		for _, r := range rs {
			if err := s.store.DeleteRecord(ctx, col, r.Key, 0); err != nil && graph.ErrorCode(err) != graph.NotFound {
				return err
			}
		}
	}
	for _, col := range []string{colDecisions, colTally} {
		if err := s.store.DeleteRecord(ctx, col, id, 0); err != nil && graph.ErrorCode(err) != graph.NotFound {
			return err
		}
	}
	return nil
}

// stale replaces the store's message of a Conflict with msg.
func stale(err error, msg string) error {
	if graph.ErrorCode(err) == graph.Conflict {
		return &graph.Error{Code: graph.Conflict, Message: msg, Err: err}
	}
	return err
}

// respondents returns the actors the survey asks, in name order, from the network.
func respondents(sv *Survey, n *graph.Network) []*graph.Actor {
	var out []*graph.Actor
	for i := range n.Actors {
		if a := &n.Actors[i]; sv.Respondents.Match(a) {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b *graph.Actor) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

// choose returns the respondents among all whose IDs are given, or all if none;
// Invalid naming respondents[i] for an ID that is no respondent.
func choose(all []*graph.Actor, ids []string) ([]*graph.Actor, error) {
	if len(ids) == 0 {
		return all, nil
	}
	byID := map[string]*graph.Actor{}
	for _, a := range all {
		byID[a.ID] = a
	}
	v := graph.NewChecker("")
	var out []*graph.Actor
	seen := map[string]bool{}
	for i, id := range ids {
		a := byID[id]
		switch {
		case a == nil:
			v.Add(fieldIndex("respondents", i), "Die Organisation %q wird in dieser Erhebung nicht befragt.", id)
		case !seen[id]:
			out = append(out, a)
		}
		seen[id] = true
	}
	return out, v.Err("Die Auswahl ist ungültig.")
}
