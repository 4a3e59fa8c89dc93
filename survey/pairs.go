package survey

import (
	"cmp"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// report is a tie as one respondent reported it, in the terms of graph.Cooperation:
// a directed tie runs From → To, a mutual one has From < To.
type report struct {
	by        string
	from, to  string
	directed  bool
	intensity int
	answer    TieAnswer
}

// reportOf turns respondent's answer about a partner into a report.
func reportOf(respondent string, t TieAnswer) report {
	r := report{by: respondent, intensity: t.Intensity, answer: t}
	switch t.Direction {
	case DirectionOut:
		r.from, r.to, r.directed = respondent, t.Partner, true
	case DirectionIn:
		r.from, r.to, r.directed = t.Partner, respondent, true
	default:
		r.from, r.to = min(respondent, t.Partner), max(respondent, t.Partner)
	}
	return r
}

// agrees reports whether two reports describe the same tie: the same direction and
// intensity. Kinds, ratings and notes may differ.
func (r report) agrees(o report) bool {
	return r.from == o.from && r.to == o.to && r.directed == o.directed && r.intensity == o.intensity
}

// pairKey returns the key of the unordered pair of actors a and b.
func pairKey(a, b string) string { return min(a, b) + "|" + max(a, b) }

// Pairs classifies the ties in the submitted responses by pair of actors: reported
// by both sides alike (TieBoth), by one side only (TieOneSide), or by both sides in
// a different direction or intensity (TieConflict). A reported partner who is no
// respondent of the survey counts as one side, as it was never asked. Ties to
// proposed organisations are left out: they go with the proposal (see ProposalPartner).
// name returns an actor's name. The pairs are ordered by key.
func Pairs(submitted []Response, name func(string) string) []TiePair {
	byKey := map[string]*TiePair{}
	for _, r := range submitted {
		for _, t := range r.Ties {
			if _, ok := proposalIndex(t.Partner); ok {
				continue
			}
			k := pairKey(r.RespondentID, t.Partner)
			p := byKey[k]
			if p == nil {
				a, b, _ := strings.Cut(k, "|")
				p = &TiePair{Key: k, A: a, B: b, AName: name(a), BName: name(b)}
				byKey[k] = p
			}
			if r.RespondentID == p.A {
				p.ByA = &t
			} else {
				p.ByB = &t
			}
		}
	}
	out := make([]TiePair, 0, len(byKey))
	for _, p := range byKey {
		switch {
		case p.ByA == nil || p.ByB == nil:
			p.Status = TieOneSide
		case reportOf(p.A, *p.ByA).agrees(reportOf(p.B, *p.ByB)):
			p.Status = TieBoth
		default:
			p.Status = TieConflict
		}
		out = append(out, *p)
	}
	slices.SortFunc(out, func(x, y TiePair) int { return cmp.Compare(x.Key, y.Key) })
	return out
}

// Count returns the counts of the pairs by status.
func Count(pairs []TiePair) TieCounts {
	var c TieCounts
	for _, p := range pairs {
		switch p.Status {
		case TieBoth:
			c.Both++
		case TieOneSide:
			c.OneSide++
		case TieConflict:
			c.Conflict++
		}
	}
	return c
}

// Accepted reports whether the takeover writes the pair, and which report: a pair
// is written unless rejected; a conflict only if accepted with Prefer naming A or B.
func (p *TiePair) Accepted() (by string, ok bool) {
	switch {
	case p.Decision == Reject:
		return "", false
	case p.Status == TieConflict:
		if p.Decision != Accept || (p.Prefer != p.A && p.Prefer != p.B) {
			return "", false
		}
		return p.Prefer, true
	case p.ByA != nil:
		return p.A, true
	}
	return p.B, true
}

// Cooperation returns the cooperation the takeover writes for an accepted pair into
// the wave, with ReportedBy set from who reported it; source names the survey.
func (p *TiePair) Cooperation(wave, source string) graph.Cooperation {
	by, _ := p.Accepted()
	main := p.ByA
	if by == p.B {
		main = p.ByB
	}
	r := reportOf(by, *main)
	c := graph.Cooperation{From: r.from, To: r.to, Directed: r.directed, Intensity: r.intensity, WaveID: wave, Source: source}
	var answers []*TieAnswer
	for _, a := range []*TieAnswer{p.ByA, p.ByB} {
		if a != nil {
			answers = append(answers, a)
		}
	}
	switch {
	case len(answers) == 2:
		c.ReportedBy = graph.ReportedByBoth
	case by == c.From:
		c.ReportedBy = graph.ReportedByFrom
	default:
		c.ReportedBy = graph.ReportedByTo
	}
	if p.Status == TieConflict {
		answers = []*TieAnswer{main}
	}
	var notes []string
	c.Kinds = []string{}
	for _, a := range answers {
		c.Kinds = append(c.Kinds, a.Kinds...)
		if a.Since != "" && (c.ValidFrom == "" || a.Since+"-01-01" < c.ValidFrom) {
			c.ValidFrom = a.Since + "-01-01"
		}
		if a.Note != "" {
			notes = append(notes, a.Note)
		}
	}
	slices.Sort(c.Kinds)
	c.Kinds = slices.Compact(c.Kinds)
	c.Trust = meanRating(answers, func(a *TieAnswer) int { return a.Trust })
	c.Value = meanRating(answers, func(a *TieAnswer) int { return a.Value })
	c.Note = truncate(strings.Join(notes, " / "), 2000)
	return c
}

// meanRating returns the rounded mean of the non-zero ratings, 0 if there are none.
func meanRating(answers []*TieAnswer, of func(*TieAnswer) int) int {
	sum, n := 0, 0
	for _, a := range answers {
		if r := of(a); r > 0 {
			sum, n = sum+r, n+1
		}
	}
	if n == 0 {
		return 0
	}
	return (2*sum + n) / (2 * n)
}

// truncate shortens s to at most max characters.
func truncate(s string, max int) string {
	if r := []rune(s); len(r) > max {
		return string(r[:max])
	}
	return s
}
