package survey

import (
	"context"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
)

// ErrLink is the one answer to any link that does not (or no longer) open a
// survey: unknown, revoked, expired, or of a deleted survey or respondent. It never
// says which.
var ErrLink = graph.Errorf(graph.NotFound, "Link ungültig oder abgelaufen.")

// issue makes a new link for each respondent and the records that store their
// hashes, for one PutRecords.
func (s *Service) issue(sv *Survey, actors []*graph.Actor) ([]IssuedLink, []*graph.Record, error) {
	now := s.cfg.Now()
	links := make([]IssuedLink, 0, len(actors))
	recs := make([]*graph.Record, 0, len(actors))
	for _, a := range actors {
		secret := linksecret.New()
		l := Link{SurveyID: sv.ID, RespondentID: a.ID, IssuedAt: now}
		r, err := record(colLinks, linksecret.Hash(secret), 0, l)
		if err != nil {
			return nil, nil, err
		}
		recs = append(recs, r)
		links = append(links, IssuedLink{RespondentID: a.ID, Name: a.Name, Email: a.Email, URL: s.URL(secret)})
	}
	return links, recs, nil
}

// URL returns the address of the respondent's page for the secret. The secret
// travels in the fragment, which browsers never send to a server.
func (s *Service) URL(secret string) string {
	return strings.TrimSuffix(s.cfg.PublicURL, "/") + "/umfrage#" + secret
}

// IssueLinks issues a new personal link for each chosen respondent (all if none are
// given) and returns them with their secrets, which are stored nowhere: only their
// SHA-256 hashes are. Earlier links stay valid until revoked or closed.
func (s *Service) IssueLinks(ctx context.Context, id string, ids []string) ([]IssuedLink, error) {
	sv, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	n, err := s.cfg.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	actors, err := choose(respondents(sv, n), ids)
	if err != nil {
		return nil, err
	}
	links, recs, err := s.issue(sv, actors)
	if err != nil {
		return nil, err
	}
	if err := s.store.PutRecords(ctx, recs...); err != nil {
		return nil, err
	}
	return links, nil
}

// RevokeLinks revokes every link of the chosen respondents (all if none are given)
// and returns how many it revoked.
func (s *Service) RevokeLinks(ctx context.Context, id string, ids []string) (int, error) {
	if _, err := s.Get(ctx, id); err != nil {
		return 0, err
	}
	want := map[string]bool{}
	for _, r := range ids {
		want[r] = true
	}
	links, rs, err := list[Link](ctx, s, colLinks, "")
	if err != nil {
		return 0, err
	}
	now := s.cfg.Now()
	var recs []*graph.Record
	for i, l := range links {
		if l.SurveyID != id || l.RevokedAt != nil || (len(want) > 0 && !want[l.RespondentID]) {
			continue
		}
		l.RevokedAt = &now
		r, err := record(colLinks, rs[i].Key, rs[i].Version, l)
		if err != nil {
			return 0, err
		}
		recs = append(recs, r)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	return len(recs), stale(s.store.PutRecords(ctx, recs...), "Die Links wurden gleichzeitig geändert; bitte erneut versuchen.")
}

// Resolve returns the link of the secret, or ErrLink if it opens nothing: unknown,
// revoked, expired (the survey has closed), or of a deleted survey. The secret is looked up by its hash, so
// no comparison with stored secrets can leak how much of a guess was right.
func (s *Service) Resolve(ctx context.Context, secret string) (*Link, error) {
	var l Link
	hash := linksecret.Hash(secret)
	_, err := s.load(ctx, colLinks, hash, &l)
	if graph.ErrorCode(err) == graph.NotFound {
		return nil, ErrLink
	}
	if err != nil {
		return nil, err
	}
	sv, err := s.Get(ctx, l.SurveyID)
	if graph.ErrorCode(err) == graph.NotFound {
		return nil, ErrLink
	}
	if err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	if l.RevokedAt != nil || !now.Before(sv.ClosesAt) {
		return nil, ErrLink
	}
	l.Hash = hash
	return &l, nil
}
