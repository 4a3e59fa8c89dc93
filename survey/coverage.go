package survey

import (
	"context"
	"fmt"
	"math"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Coverage returns the coverage of the wave's partner survey in the network n: the
// response rate of the latest survey of the wave that has opened, its threshold,
// the wave's cooperations reported by one side only, and a German warning if the
// rate is under the threshold. It returns nil if the wave has no survey that has
// opened. It reads every answer of the survey once, and then again only when a
// respondent has submitted (see tally), the survey or the network has changed: in
// between it reads the surveys and one small record.
func (s *Service) Coverage(ctx context.Context, n *graph.Network, waveID string) (*graph.Coverage, error) {
	if waveID == "" {
		return nil, nil
	}
	surveys, err := s.List(ctx)
	if err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	var sv *Survey
	for i := range surveys { // latest closing first
		if surveys[i].WaveID == waveID && !now.Before(surveys[i].OpensAt) {
			sv = &surveys[i]
			break
		}
	}
	if sv == nil {
		return nil, nil
	}
	submissions, err := s.tallyVersion(ctx, sv.ID)
	if err != nil {
		return nil, err
	}
	entry := coverageEntry{revision: n.Revision, wave: waveID, survey: sv.Version, submissions: submissions}
	c, ok := s.coverage.get(sv.ID, entry)
	if !ok {
		if c, err = s.coverageOf(ctx, sv, n, waveID); err != nil {
			return nil, err
		}
		entry.coverage = c
		s.coverage.put(sv.ID, entry)
	}
	out := *c // the caller's own, so that the cached one stays as it is
	return &out, nil
}

// coverageOf computes the coverage of the survey sv of the wave in n, reading every
// answer.
func (s *Service) coverageOf(ctx context.Context, sv *Survey, n *graph.Network, waveID string) (*graph.Coverage, error) {
	asked := respondents(sv, n)
	resps, _, err := list[Response](ctx, s, colAnswers, sv.ID+"/")
	if err != nil {
		return nil, err
	}
	done := map[string]bool{}
	for _, r := range resps {
		if r.SubmittedAt != nil {
			done[r.RespondentID] = true
		}
	}
	submitted := 0
	for _, a := range asked {
		if done[a.ID] {
			submitted++
		}
	}
	c := &graph.Coverage{Survey: sv.Title, Rate: rate(submitted, len(asked)), Threshold: sv.Limit()}
	for i := range n.Cooperations {
		if co := &n.Cooperations[i]; co.WaveID == waveID && (co.ReportedBy == graph.ReportedByFrom || co.ReportedBy == graph.ReportedByTo) {
			c.OneSided++
		}
	}
	if c.Rate < c.Threshold {
		c.Warning = fmt.Sprintf("Vorsicht: Der Rücklauf der Erhebung „%s“ liegt bei %s (%d von %d Organisationen), unter der Schwelle von %s. "+
			"Die Kennzahlen zeigen das Netz daher womöglich unvollständig; %d Kooperationen sind nur von einer Seite gemeldet.",
			sv.Title, percent(c.Rate), submitted, len(asked), percent(c.Threshold), c.OneSided)
	}
	return c, nil
}

// percent writes a rate as a German whole percentage, such as "65 %".
func percent(r float64) string { return fmt.Sprintf("%d %%", int(math.Round(r*100))) }
