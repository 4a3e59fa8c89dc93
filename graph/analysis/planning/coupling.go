package planning

import (
	"fmt"
	"math"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// CouplingGroup is one group of a coupling matrix, such as a legal domain.
type CouplingGroup struct {
	Code  string `json:"code"`
	Label string `json:"label"`
	// Actors is the number of actors in the group.
	Actors int `json:"actors"`
}

// CouplingCell holds the ties between two groups A and B of a coupling matrix, or
// within one group if A equals B.
type CouplingCell struct {
	A string `json:"a"`
	B string `json:"b"`
	// Ties counts the ties joining an actor of A and an actor of B.
	Ties int `json:"ties"`
	// Pairs counts the pairs of distinct actors, one in A and one in B.
	Pairs int `json:"pairs"`
	// Density is Ties/Pairs.
	Density float64 `json:"density"`
	// DensityRatio is Density divided by the density of the whole network (null
	// without ties): 1 means as dense as the network at large.
	DensityRatio metrics.Number `json:"density_ratio"`
	// Expected is the number of ties to expect if ties formed at random with the
	// actors' numbers of partners kept (the configuration model): D(A)·D(B)/2m for
	// the sums of degrees D and m ties, D(A)²/4m within a group.
	Expected float64 `json:"expected"`
	// Ratio is Ties/Expected (null if nothing is expected): 1 means as coupled as
	// chance predicts for actors this well connected, 0 not at all.
	Ratio metrics.Number `json:"ratio"`
	// Weak marks a pair of different groups with unusually little coupling (see
	// CouplingThresholds).
	Weak bool `json:"weak"`
}

// CouplingMatrix is the group × group matrix of observed against possible ties.
type CouplingMatrix struct {
	// Density is the density of the whole (sub)network the matrix describes.
	Density float64         `json:"density"`
	Groups  []CouplingGroup `json:"groups"`
	// Cells lists every pair of groups with at least one possible pair of actors, in
	// group order with A ≤ B.
	Cells []CouplingCell `json:"cells"`
	// Notes explain the weak cells in German, weakest first.
	Notes []string `json:"notes"`
}

// CouplingThresholds decide which pairs of different groups count as weakly coupled:
// those with a Ratio of at most MaxRatio among those where at least MinExpected ties
// would be expected, so that a missing tie says something.
type CouplingThresholds struct {
	MaxRatio    float64 `json:"max_ratio"`
	MinExpected float64 `json:"min_expected"`
}

// DefaultCouplingThresholds returns the thresholds an Engine uses unless Options say
// otherwise: they flag pairs of groups with at most a quarter of the ties chance
// predicts, where chance predicts at least three.
func DefaultCouplingThresholds() CouplingThresholds {
	return CouplingThresholds{MaxRatio: 0.25, MinExpected: 3}
}

// Coupling returns the coupling matrix of g's undirected view over groups, where
// member[v] lists the indices into groups of node v's groups (an actor may belong to
// several, such as legal domains). A tie counts once in every cell its two ends
// share; a pair of actors counts in cell {A, B} if one is in A and the other in B,
// once even if both are in both. The groups' Actors fields are filled in.
//
// Density is the block density of UCINET's blockmodels (Wasserman & Faust 1994,
// ch. 10) for overlapping groups; Expected is the configuration model's expectation
// that modularity uses (Newman 2006), summed over the groups' degrees.
// O(n·d² + m·d² + k²) time for d groups per node and k groups.
func Coupling(g *metrics.Graph, member [][]int32, groups []CouplingGroup, t CouplingThresholds) CouplingMatrix {
	u := g.Undirected()
	k := len(groups)
	size := make([]int, k)
	both := make([]int, k*k) // both[a*k+b], a < b: actors in both groups
	for _, ms := range member {
		for i, a := range ms {
			size[a]++
			for _, b := range ms[i+1:] {
				both[int(min(a, b))*k+int(max(a, b))]++
			}
		}
	}
	degrees := make([]float64, k)
	for v, ms := range member {
		for _, a := range ms {
			degrees[a] += float64(u.Degree(v))
		}
	}
	ties := make([]int, k*k)
	var seen []int
	for v := range u.N() {
		nbr, _ := u.Out(v)
		for _, w := range nbr {
			if int(w) < v {
				continue
			}
			seen = seen[:0]
			for _, a := range member[v] {
				for _, b := range member[w] {
					c := int(min(a, b))*k + int(max(a, b))
					if !slices.Contains(seen, c) {
						seen = append(seen, c)
						ties[c]++
					}
				}
			}
		}
	}
	m := CouplingMatrix{Density: metrics.Density(u), Groups: groups}
	for a := range k {
		m.Groups[a].Actors = size[a]
	}
	for a := range k {
		for b := a; b < k; b++ {
			var pairs int
			if a == b {
				pairs = size[a] * (size[a] - 1) / 2
			} else {
				ab := both[a*k+b]
				pairs = size[a]*size[b] - ab - ab*(ab-1)/2
			}
			if pairs == 0 {
				continue
			}
			c := CouplingCell{A: groups[a].Code, B: groups[b].Code, Ties: ties[a*k+b], Pairs: pairs,
				DensityRatio: metrics.Number(math.NaN()), Ratio: metrics.Number(math.NaN())}
			c.Density = float64(c.Ties) / float64(pairs)
			if m.Density > 0 {
				c.DensityRatio = metrics.Number(c.Density / m.Density)
			}
			if edges := float64(u.M()); edges > 0 {
				c.Expected = degrees[a] * degrees[b] / (2 * edges)
				if a == b {
					c.Expected /= 2
				}
			}
			if c.Expected > 0 {
				c.Ratio = metrics.Number(float64(c.Ties) / c.Expected)
			}
			c.Weak = a != b && c.Expected >= t.MinExpected && float64(c.Ratio) <= t.MaxRatio
			m.Cells = append(m.Cells, c)
		}
	}
	label := make(map[string]string, k)
	for _, gr := range groups {
		label[gr.Code] = gr.Label
	}
	weak := slices.DeleteFunc(slices.Clone(m.Cells), func(c CouplingCell) bool { return !c.Weak })
	slices.SortStableFunc(weak, compareCoupling)
	for _, c := range weak {
		m.Notes = append(m.Notes, fmt.Sprintf("%s und %s kooperieren kaum: %d %s bei %d möglichen Paaren; "+
			"bei zufälliger Verteilung der Kooperationen wären etwa %s zu erwarten (Verhältnis %s).",
			label[c.A], label[c.B], c.Ties, plural(c.Ties, "Kooperation", "Kooperationen"), c.Pairs,
			german.Decimal(c.Expected, 1), german.Decimal(float64(c.Ratio), 2)))
	}
	return m
}

// compareCoupling orders cells from the least coupled: by Ratio, and on equal ratios
// the one with more expected ties first, as its shortfall is the less likely by
// chance.
func compareCoupling(x, y CouplingCell) int {
	if c := compareFloat(float64(x.Ratio), float64(y.Ratio)); c != 0 {
		return c
	}
	return compareFloat(y.Expected, x.Expected)
}

// compareFloat orders a before b if a is smaller, with NaN last.
func compareFloat(a, b float64) int {
	switch {
	case math.IsNaN(a) && math.IsNaN(b):
		return 0
	case math.IsNaN(a):
		return 1
	case math.IsNaN(b):
		return -1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// CouplingReport holds the coupling matrices of one snapshot's mutual network.
type CouplingReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State        *graph.StateInfo   `json:"state" nullable:"false"`
	Thresholds   CouplingThresholds `json:"thresholds"`
	LegalDomains CouplingMatrix     `json:"legal_domains"`
	ActorKinds   CouplingMatrix     `json:"actor_kinds"`
	// SocialSpace holds the legal domain matrix among the actors serving one social
	// space, if the request names one (see SpaceCouplingOf); nil otherwise.
	SocialSpace *SpaceCoupling `json:"social_space"`
}

// SpaceCoupling is the legal domain matrix within one social space.
type SpaceCoupling struct {
	SocialSpace  string         `json:"social_space"`
	Name         string         `json:"name"`
	Actors       int            `json:"actors"`
	LegalDomains CouplingMatrix `json:"legal_domains"`
}

// CouplingReportOf returns the legal domain × legal domain matrix of the mutual
// network g with profiles p (every legal domain of an actor counts) and the actor
// kind × actor kind matrix, with thresholds t for weak coupling; rev is the
// snapshot's revision. The matrix of one social space is SpaceCouplingOf's.
func CouplingReportOf(rev int64, g *metrics.Graph, p *Profiles, t CouplingThresholds) *CouplingReport {
	return &CouplingReport{Revision: rev, Thresholds: t,
		LegalDomains: p.domainCoupling(g, nil, t), ActorKinds: p.kindCoupling(g, t)}
}

// SpaceCouplingOf returns the legal domain matrix among the actors of g that serve
// the social space id or a space within it (see Profiles), with thresholds t. An
// unknown id is a graph.Invalid error naming the field social_space. It takes
// O(S + n·S/64) time plus the subgraph's, for S social spaces and n actors.
func SpaceCouplingOf(g *metrics.Graph, p *Profiles, id string, t CouplingThresholds) (*SpaceCoupling, error) {
	s, ok := p.spaceIndex[id]
	if !ok {
		return nil, unknownParam("social_space", "Den Sozialraum %q gibt es nicht.", id)
	}
	nodes := p.servingSpace(s)
	sp := &p.Spaces[s]
	return &SpaceCoupling{SocialSpace: sp.ID, Name: sp.Name, Actors: len(nodes),
		LegalDomains: p.domainCoupling(metrics.Subgraph(g, nodes), nodes, t)}, nil
}

// DomainCoupling returns the legal domain × legal domain matrix of the mutual
// network g with profiles p, as CouplingReportOf's LegalDomains.
func DomainCoupling(g *metrics.Graph, p *Profiles, t CouplingThresholds) CouplingMatrix {
	return p.domainCoupling(g, nil, t)
}

// domainCoupling returns the legal domain matrix of g, whose node i is actor
// nodes[i] (or actor i if nodes is nil).
func (p *Profiles) domainCoupling(g *metrics.Graph, nodes []int, t CouplingThresholds) CouplingMatrix {
	member := make([][]int32, g.N())
	for i := range member {
		v := i
		if nodes != nil {
			v = nodes[i]
		}
		member[i] = p.domain[v].members()
	}
	return Coupling(g, member, groupsOf(p.domains), t).withoutEmptyGroups()
}

func (p *Profiles) kindCoupling(g *metrics.Graph, t CouplingThresholds) CouplingMatrix {
	member := make([][]int32, g.N())
	for v := range member {
		member[v] = []int32{p.kind[v]}
	}
	return Coupling(g, member, groupsOf(p.kinds), t).withoutEmptyGroups()
}

func groupsOf(c *codebook) []CouplingGroup {
	out := make([]CouplingGroup, len(c.codes))
	for i := range out {
		out[i] = CouplingGroup{Code: c.codes[i], Label: c.labels[i]}
	}
	return out
}

func (m CouplingMatrix) withoutEmptyGroups() CouplingMatrix {
	m.Groups = slices.DeleteFunc(m.Groups, func(g CouplingGroup) bool { return g.Actors == 0 })
	return m
}
