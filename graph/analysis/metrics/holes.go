package metrics

import (
	"context"
	"math"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// Holes holds Burt's structural-hole measures per node. Nodes without neighbours get
// NaN in every slice, as in networkx; Hierarchy is NaN for nodes with one neighbour.
type Holes struct {
	Constraint    []float64
	EffectiveSize []float64
	Efficiency    []float64
	Hierarchy     []float64
}

// StructuralHoles returns Burt's constraint, effective size, efficiency and
// hierarchy of every node. They use the mutual weights m(u, v) = a(u, v) + a(v, u)
// of networkx, over the neighbours N(v) in either direction, and the proportions
// p(v, j) = m(v, j) / Σ_k m(v, k):
//
//	constraint(v)     = Σ_{j∈N(v)} c(v, j),  c(v, j) = (p(v,j) + Σ_{q∈N(v)} p(v,q) p(q,j))²
//	effective size(v) = Σ_{u∈N(v)} (1 - Σ_{w∈N(v)} p(v,w) m(u,w) / max_k m(u,k))
//	efficiency(v)     = effective size(v) / |N(v)|
//	hierarchy(v)      = Σ_j r_j ln r_j / (N ln N),  r_j = c(v,j) / (constraint(v)/N), N = |N(v)|
//
// Constraint and effective size equal networkx's constraint(G, weight="weight") and
// effective_size(G, weight="weight"); efficiency and hierarchy follow Burt 1992,
// "Structural Holes", pp. 52–55 and 70–71, as UCINET computes them. The cost is
// O(Σ_v deg(v)²) time, in parallel over nodes.
func StructuralHoles(ctx context.Context, g *Graph) (*Holes, error) {
	n := g.N()
	m := mutualWeights(g)
	// The total and the largest mutual weight of every node, which the loop below
	// needs for each neighbour of each node.
	total, top := make([]float64, n), make([]float64, n)
	for v := range n {
		_, w := m.row(v)
		total[v] = sum(w)
		for _, x := range w {
			top[v] = max(top[v], x)
		}
	}
	h := &Holes{make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)}
	type state struct {
		mark     []int32   // mark[j] == v+1 while j ∈ N(v)
		p, indir []float64 // p(v, j) and Σ_q p(v,q) p(q,j), for j ∈ N(v)
	}
	newState := func() *state { return &state{make([]int32, n), make([]float64, n), make([]float64, n)} }
	_, err := parallel.For(ctx, n, newState, func(s *state, v int) {
		nbr, w := m.row(v)
		if len(nbr) == 0 {
			h.Constraint[v], h.EffectiveSize[v], h.Efficiency[v], h.Hierarchy[v] = math.NaN(), math.NaN(), math.NaN(), math.NaN()
			return
		}
		stamp := int32(v + 1)
		for i, j := range nbr {
			s.mark[j], s.p[j], s.indir[j] = stamp, w[i]/total[v], 0
		}
		eff := 0.0
		for _, q := range nbr {
			qn, qw := m.row(int(q))
			qTotal, qMax := total[q], top[q]
			redundancy := 0.0
			for i, j := range qn {
				if s.mark[j] == stamp {
					s.indir[j] += s.p[q] * qw[i] / qTotal
					redundancy += s.p[j] * qw[i] / qMax
				}
			}
			eff += 1 - redundancy
		}
		c := 0.0
		for _, j := range nbr {
			c += sq(s.p[j] + s.indir[j])
		}
		deg := float64(len(nbr))
		hier := math.NaN()
		if len(nbr) > 1 {
			hier = 0
			for _, j := range nbr {
				if r := sq(s.p[j]+s.indir[j]) / (c / deg); r > 0 {
					hier += r * math.Log(r)
				}
			}
			hier /= deg * math.Log(deg)
		}
		h.Constraint[v], h.EffectiveSize[v], h.Efficiency[v], h.Hierarchy[v] = c, eff, eff/deg, hier
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// mutualWeights returns, for every node, its neighbours in either direction with
// the mutual weight a(u, v) + a(v, u). For an undirected graph it returns the
// adjacency itself: every measure above depends on ratios of mutual weights only,
// and halving them all is exact in floating point.
func mutualWeights(g *Graph) *adjacency {
	if !g.directed {
		return &g.out
	}
	n := g.N()
	a := &adjacency{off: make([]int32, n+1)}
	for v := range n {
		on, ow := g.Out(v)
		in, iw := g.In(v)
		i, j := 0, 0
		for i < len(on) || j < len(in) {
			switch {
			case j == len(in) || (i < len(on) && on[i] < in[j]):
				a.nbr, a.w = append(a.nbr, on[i]), append(a.w, ow[i])
				i++
			case i == len(on) || in[j] < on[i]:
				a.nbr, a.w = append(a.nbr, in[j]), append(a.w, iw[j])
				j++
			default:
				a.nbr, a.w = append(a.nbr, on[i]), append(a.w, ow[i]+iw[j])
				i, j = i+1, j+1
			}
		}
		a.off[v+1] = int32(len(a.nbr))
	}
	return a
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

func sq(x float64) float64 { return x * x }
