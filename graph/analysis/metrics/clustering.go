package metrics

import (
	"context"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// Clustering returns the unweighted local clustering coefficient of every node, as
// networkx's clustering(G). For an undirected graph it is the share of pairs of
// neighbours that are tied, 2T(v) / (d(v)(d(v)-1)), with T(v) the triangles through
// v. For a directed graph it is Fagiolo's (2007) coefficient
//
//	T(v) / (2 (d_tot(v)(d_tot(v)-1) - 2 d↔(v)))
//
// where T(v) counts the directed triangles through v, d_tot is in- plus out-degree
// and d↔ the number of reciprocated ties. Nodes with fewer than two neighbours get
// 0. It takes O(Σ_v Σ_{u∈N(v)} deg(u)) time, in parallel over nodes.
func Clustering(ctx context.Context, g *Graph) ([]float64, error) {
	n := g.N()
	cc := make([]float64, n)
	type state struct {
		mark  []int32 // node v+1 where mark applies
		flags []uint8 // bit 0: predecessor of v, bit 1: successor of v
	}
	_, err := parallel.For(ctx, n, func() *state { return &state{make([]int32, n), make([]uint8, n)} }, func(s *state, v int) {
		stamp := int32(v + 1)
		out, _ := g.Out(v)
		in, _ := g.In(v)
		set := func(nbr []int32, bit uint8) {
			for _, u := range nbr {
				if s.mark[u] != stamp {
					s.mark[u], s.flags[u] = stamp, 0
				}
				s.flags[u] |= bit
			}
		}
		// count sums, over u in nbr and k in rows of u, the flags k has for v.
		count := func(nbr []int32, rows func(int) ([]int32, []float64)) int {
			t := 0
			for _, u := range nbr {
				ks, _ := rows(int(u))
				for _, k := range ks {
					if s.mark[k] == stamp {
						t += int(s.flags[k]&1 + s.flags[k]>>1)
					}
				}
			}
			return t
		}
		if !g.directed {
			set(out, 1)
			d := len(out)
			if d < 2 {
				return
			}
			// Each triangle is seen twice, from each of its other two nodes.
			t := count(out, g.Out)
			cc[v] = float64(t) / float64(d*(d-1))
			return
		}
		set(in, 1)
		set(out, 2)
		both := 0
		for _, u := range out {
			if s.flags[u] == 3 {
				both++
			}
		}
		t := count(in, g.In) + count(in, g.Out) + count(out, g.In) + count(out, g.Out)
		dt := len(in) + len(out)
		if t > 0 {
			cc[v] = float64(t) / float64(2*(dt*(dt-1)-2*both))
		}
	})
	if err != nil {
		return nil, err
	}
	return cc, nil
}
