package analysis

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
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
	DensityRatio Number `json:"density_ratio"`
	// Expected is the number of ties to expect if ties formed at random with the
	// actors' numbers of partners kept (the configuration model): D(A)·D(B)/2m for
	// the sums of degrees D and m ties, D(A)²/4m within a group.
	Expected float64 `json:"expected"`
	// Ratio is Ties/Expected (null if nothing is expected): 1 means as coupled as
	// chance predicts for actors this well connected, 0 not at all.
	Ratio Number `json:"ratio"`
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

// DefaultCouplingThresholds flags pairs of groups with at most a quarter of the ties
// chance predicts, where chance predicts at least three.
var DefaultCouplingThresholds = CouplingThresholds{MaxRatio: 0.25, MinExpected: 3}

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
func Coupling(g *Graph, member [][]int32, groups []CouplingGroup, t CouplingThresholds) CouplingMatrix {
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
			degrees[a] += float64(u.degree(v))
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
	m := CouplingMatrix{Density: Density(u), Groups: groups}
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
				DensityRatio: Number(math.NaN()), Ratio: Number(math.NaN())}
			c.Density = float64(c.Ties) / float64(pairs)
			if m.Density > 0 {
				c.DensityRatio = Number(c.Density / m.Density)
			}
			if edges := float64(u.M()); edges > 0 {
				c.Expected = degrees[a] * degrees[b] / (2 * edges)
				if a == b {
					c.Expected /= 2
				}
			}
			if c.Expected > 0 {
				c.Ratio = Number(float64(c.Ties) / c.Expected)
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
			german(c.Expected, 1), german(float64(c.Ratio), 2)))
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

// german formats x with prec decimals and a decimal comma.
func german(x float64, prec int) string {
	return strings.Replace(strconv.FormatFloat(x, 'f', prec, 64), ".", ",", 1)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Subgraph returns the subgraph of g induced by nodes: node i of the result is
// nodes[i] of g, with g's ID, and the ties of g between chosen nodes keep their
// weights and directions. O(Σ deg(v) + m' log m') time over the chosen nodes v.
func Subgraph(g *Graph, nodes []int) *Graph {
	pos := make(map[int32]int, len(nodes))
	ids := make([]string, len(nodes))
	for i, v := range nodes {
		pos[int32(v)] = i
		ids[i] = g.ID(v)
	}
	var ties []Tie
	for i, v := range nodes {
		nbr, w := g.Out(v)
		for j, x := range nbr {
			if k, ok := pos[x]; ok && (g.directed || i < k) {
				ties = append(ties, Tie{From: i, To: k, Weight: w[j], OneWay: true})
			}
		}
	}
	return NewGraph(ids, ties, g.directed)
}
