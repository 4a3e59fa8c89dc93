package report

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// TopPotentials is how many of T2's coupling potentials the report lists, and
// TopGaps how many of its gaps.
const (
	TopPotentials = 10
	TopGaps       = 10
)

// Measure is one agreed step (Maßnahme) as the report shows it. The measures are
// kept outside this package; the caller hands them in through Extras.
type Measure struct {
	Title       string
	Status      string
	Responsible string
	Due         string
	// Evaluation says in German what became of the measure by T2.
	Evaluation string
}

// Extras are what the report shows beside the analysis results: the measures and
// the response rate of T2's survey wave. The zero value means none recorded and an
// unknown response rate.
type Extras struct {
	Measures []Measure
	// ResponseRate is the share of the surveyed actors who answered, in [0, 1];
	// nil if unknown.
	ResponseRate *float64
	// MinGroup is k for a pseudonymised report: if above 0, the rows of ByDomain
	// and BySpace that count fewer than MinGroup ties (new and lapsed together) are
	// left out, so that no small group can be singled out; Suppressed counts them.
	MinGroup int
}

// Steering is the content of the report for the steering group: what changed from
// state From (T1) to state To (T2), for the whole network or, with Space, with the
// lists narrowed to one social space.
type Steering struct {
	Created time.Time
	From    graph.StateInfo
	To      graph.StateInfo
	// Space is the social space the report is narrowed to; nil for the whole network.
	Space *graph.SocialSpace
	// Summary is the Kurzfassung: five to eight German sentences.
	Summary []string
	// Changes is the analysis of /analysis/changes for From and To: network
	// figures, ties, crossed coupling cells, risers and fallers, realised potentials.
	Changes *changes.Report
	// ByDomain and BySpace count the new and lapsed ties by the pair of the actors'
	// primary legal domains and by the social spaces the actors name (see the
	// definitions report.ties_by_domain and report.ties_by_space); with Space, only
	// ties with an actor in it.
	ByDomain []TieCount
	BySpace  []TieCount
	// Suppressed counts the rows of ByDomain and BySpace left out under
	// Extras.MinGroup.
	Suppressed int
	// Coverage compares the coverage of needs per social space at T1 and T2.
	Coverage []CoverageRow
	// Gaps are T2's most severe gaps (at most TopGaps) of GapsTotal.
	Gaps      []planning.Gap
	GapsTotal int
	// Potentials are T2's strongest coupling potentials (at most TopPotentials).
	Potentials []planning.Potential
	// Profile is the profile of Space at T2; nil without Space.
	Profile *Profile
	Extras  Extras
	// Methods define every figure the report uses (see analysis.Definitions).
	Methods []analysis.Definition
	// labels resolves taxonomy codes and social space IDs for the templates.
	labels *labels
}

// TieCount counts the new and lapsed ties of one group (a pair of legal domains or
// a social space).
type TieCount struct {
	Label  string
	New    int
	Lapsed int
}

// CoverageRow is the coverage of one social space's needs at T1 and T2 (see
// planning.SpaceSupply); a side is nil where the space had no needs then.
type CoverageRow struct {
	SocialSpace string
	Name        string
	From, To    *planning.SpaceSupply
}

// Build gathers the steering report from (T1) to to (T2), two states of one
// snapshot (see graph.Network.At) with from not later than to, from the engine's
// analyses; space, if not empty, is the ID of the social space to narrow it to (an
// Invalid error naming social_space if the network has none such).
func Build(ctx context.Context, e *analysis.Engine, from, to *graph.Network, space string, x Extras, created time.Time) (*Steering, error) {
	s := &Steering{Created: created, From: *from.State, To: *to.State, Extras: x, labels: newLabels(to, from)}
	var within map[string]bool
	if space != "" {
		sp := s.labels.space(space)
		if sp == nil {
			return nil, unknownSpace(space)
		}
		s.Space, within = sp, graph.Within(to.SocialSpaces, space)
	}
	var err error
	if s.Changes, err = e.Changes(ctx, from, to); err != nil {
		return nil, err
	}
	s.ByDomain, s.BySpace = s.countTies(within)
	s.Suppressed = suppress(x.MinGroup, func(t TieCount) int { return t.New + t.Lapsed }, &s.ByDomain, &s.BySpace)
	gaps1, err := e.Gaps(ctx, from)
	if err != nil {
		return nil, err
	}
	gaps2, err := e.Gaps(ctx, to)
	if err != nil {
		return nil, err
	}
	s.Coverage = coverage(gaps1, gaps2, within)
	for _, g := range gaps2.Gaps {
		if within == nil || within[g.SocialSpace] {
			s.GapsTotal++
			if len(s.Gaps) < TopGaps {
				s.Gaps = append(s.Gaps, g)
			}
		}
	}
	pr, err := e.CouplingPotentials(ctx, to, planning.PotentialQuery{SocialSpace: space, Limit: TopPotentials})
	if err != nil {
		return nil, err
	}
	s.Potentials = pr.Potentials
	if space != "" {
		if s.Profile, err = BuildProfile(ctx, e, to, space, x); err != nil {
			return nil, err
		}
	}
	s.Summary = s.summary()
	s.Methods = methods(steeringCodes)
	return s, nil
}

// suppress leaves out of each of rows those whose size is under k, so that no small
// group of a pseudonymised report can be singled out, and returns how many it left
// out; with k 0 it leaves all.
func suppress[T any](k int, size func(T) int, rows ...*[]T) int {
	n := 0
	for _, r := range rows {
		before := len(*r)
		*r = slices.DeleteFunc(*r, func(t T) bool { return size(t) < k })
		n += before - len(*r)
	}
	return n
}

// unknownSpace is the error for a social space ID the network does not have.
func unknownSpace(id string) error {
	e := graph.Errorf(graph.Invalid, "Den Sozialraum „%s“ gibt es nicht.", id)
	e.Fields = []graph.FieldError{{Field: "social_space", Message: e.Message}}
	return e
}

// countTies counts the new and lapsed ties of the changes by pair of primary legal
// domains and by social space, keeping only ties with an actor whose own social
// spaces lie in within (all if within is nil).
func (s *Steering) countTies(within map[string]bool) (byDomain, bySpace []TieCount) {
	domains, spaces := map[string]*TieCount{}, map[string]*TieCount{}
	add := func(m map[string]*TieCount, label string, lapsed bool) {
		c := m[label]
		if c == nil {
			c = &TieCount{Label: label}
			m[label] = c
		}
		if lapsed {
			c.Lapsed++
		} else {
			c.New++
		}
	}
	for i, list := range []changes.TieList{changes.NewTies, changes.LapsedTies} {
		for from, to := range s.Changes.TieEnds(list) {
			a, b := s.labels.actor(from), s.labels.actor(to)
			if within != nil && !s.labels.in(a, within) && !s.labels.in(b, within) {
				continue
			}
			add(domains, s.labels.domainPair(a, b), i == 1)
			for _, sp := range s.labels.spacesOf(a, b) {
				add(spaces, sp, i == 1)
			}
		}
	}
	return sortedCounts(domains), sortedCounts(spaces)
}

// sortedCounts returns the counts by most ties (new plus lapsed) first, then label.
func sortedCounts(m map[string]*TieCount) []TieCount {
	out := make([]TieCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b TieCount) int {
		return cmp.Or(cmp.Compare(b.New+b.Lapsed, a.New+a.Lapsed), cmp.Compare(a.Label, b.Label))
	})
	return out
}

// coverage joins the coverage of needs per social space of two gap reports, in
// the order of the later one's ranking (lowest coverage first), then the spaces
// that had needs only earlier.
func coverage(from, to *planning.GapReport, within map[string]bool) []CoverageRow {
	var out []CoverageRow
	index := map[string]int{}
	for i, side := range []*planning.GapReport{to, from} {
		for _, ss := range side.Spaces {
			if within != nil && !within[ss.SocialSpace] {
				continue
			}
			j, ok := index[ss.SocialSpace]
			if !ok {
				j = len(out)
				index[ss.SocialSpace] = j
				out = append(out, CoverageRow{SocialSpace: ss.SocialSpace, Name: ss.Name})
			}
			if i == 0 {
				out[j].To = &ss
			} else {
				out[j].From = &ss
			}
		}
	}
	return out
}

// summary returns the Kurzfassung: the changes of ties and actors, the tie count,
// the first coupling cell that crossed the line, the realised potentials, the
// coverage of needs, the most severe gap and the strongest potential.
func (s *Steering) summary() []string {
	r := s.Changes
	out := append([]string(nil), r.Summary[:2]...)  // ties and actors, always first
	out = append(out, r.Network.Delta.Sentences[1]) // the ties at T1 and T2
	if len(r.Coupling.Crossed) > 0 {
		out = append(out, r.Coupling.Crossed[0].Sentence)
	}
	out = append(out, r.PotentialsRealised.Sentence)
	if sent := s.coverageSentence(); sent != "" {
		out = append(out, sent)
	}
	where := ""
	if s.Space != nil {
		where = " in " + s.Space.Name
	}
	if len(s.Gaps) > 0 {
		out = append(out, fmt.Sprintf("Größte Lücke%s zum %s: %s", where, s.To.Label, s.Gaps[0].Explanation))
	} else {
		out = append(out, fmt.Sprintf("Zum %s zeigt die Analyse%s keine Angebotslücke.", s.To.Label, where))
	}
	if len(s.Potentials) > 0 {
		p := s.Potentials[0]
		out = append(out, fmt.Sprintf("Stärkstes Kopplungspotenzial%s: %s und %s (Wert %s).", where, p.A.Name, p.B.Name, german.Decimal(p.Score, 2)))
	}
	return out
}

// coverageSentence says how many needs were met at T1 and T2 and the mean coverage,
// or "" without needs.
func (s *Steering) coverageSentence() string {
	var n1, u1, n2, u2 int
	var c1, c2 float64
	for _, row := range s.Coverage {
		if row.From != nil {
			n1, u1, c1 = n1+row.From.Needs, u1+row.From.NeedsUnmet, c1+coveredNeeds(row.From)
		}
		if row.To != nil {
			n2, u2, c2 = n2+row.To.Needs, u2+row.To.NeedsUnmet, c2+coveredNeeds(row.To)
		}
	}
	if n2 == 0 {
		return ""
	}
	text := fmt.Sprintf("Bedarfsdeckung zum %s: %d von %d Bedarfen gedeckt, im Mittel %s",
		s.To.Label, n2-u2, n2, percent(c2/float64(n2)))
	if n1 > 0 {
		text += fmt.Sprintf(" (zum %s: %d von %d, %s)", s.From.Label, n1-u1, n1, percent(c1/float64(n1)))
	}
	return text + "."
}

// coveredNeeds returns the sum of the capped coverages of the space's needs (its
// mean coverage times its needs), 0 if undefined.
func coveredNeeds(ss *planning.SpaceSupply) float64 {
	c := float64(ss.Coverage)
	if math.IsNaN(c) {
		return 0
	}
	return c * float64(ss.Needs)
}

// steeringCodes are the definitions (analysis.Definitions) of the figures the
// steering report uses, in the order of the registry.
var steeringCodes = []string{"state", "changes.ties", "report.ties_by_domain", "report.ties_by_space", "density", "components",
	"degree", "clustering", "betweenness", "coupling.ratio", "changes.hit_rate", "potential.score", "gaps.coverage",
	"gaps.local_ratio", "report.response_rate"}

// methods returns the registry's definitions of the codes, in the registry's order.
func methods(codes []string) []analysis.Definition {
	var out []analysis.Definition
	for _, d := range analysis.Definitions() {
		if slices.Contains(codes, d.Code) {
			out = append(out, d)
		}
	}
	return out
}
