package metrics

import (
	"sync/atomic"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// CoreNumber returns the k-core number of every node: the largest k such that the
// node belongs to a subgraph in which every node has degree at least k. In a
// directed graph the degree is in-degree plus out-degree, so a reciprocated pair
// counts twice, as in networkx's core_number.
//
// It peels level by level (Kabir & Madduri 2017, "Parallel k-core decomposition on
// multicore platforms", PKC): at level k every remaining node of degree k is
// removed, lowering its neighbours' degrees, until none of degree k remains. The
// nodes of one level are peeled in parallel with atomic degree updates; the core
// numbers are unique, so the result does not depend on the processors. Batagelj &
// Zaversnik 2003 give the O(m) sequential method; this takes O(n·K + m) time for
// the largest core number K.
func CoreNumber(g *Graph) []int {
	n := g.N()
	deg := make([]int32, n)
	for v := range n {
		deg[v] = int32(g.Degree(v))
	}
	const blocks = 256
	found := make([][]int32, blocks) // the nodes of degree k in each block of nodes
	pool := parallel.NewPool(func() *[]int32 { return new([]int32) })
	// lower takes one from the degree of each neighbour above k and pushes those
	// that reach k onto stack.
	lower := func(stack *[]int32, nbr []int32, k int32) {
		for _, u := range nbr {
			if atomic.LoadInt32(&deg[u]) <= k {
				continue
			}
			switch d := atomic.AddInt32(&deg[u], -1); {
			case d == k:
				*stack = append(*stack, u)
			case d < k: // another node lowered it to k meanwhile
				atomic.AddInt32(&deg[u], 1)
			}
		}
	}
	var peeled atomic.Int64
	for k := int32(0); peeled.Load() < int64(n); k++ {
		pool.For(blocks, func(_ *[]int32, b int) {
			found[b] = found[b][:0]
			for v := b * n / blocks; v < (b+1)*n/blocks; v++ {
				if deg[v] == k {
					found[b] = append(found[b], int32(v))
				}
			}
		})
		pool.For(blocks, func(stack *[]int32, b int) {
			*stack = append((*stack)[:0], found[b]...)
			count := 0
			for len(*stack) > 0 {
				v := (*stack)[len(*stack)-1]
				*stack = (*stack)[:len(*stack)-1]
				count++
				lower(stack, g.out.nbr[g.out.off[v]:g.out.off[v+1]], k)
				if g.directed {
					lower(stack, g.in.nbr[g.in.off[v]:g.in.off[v+1]], k)
				}
			}
			peeled.Add(int64(count))
		})
	}
	out := make([]int, n)
	for v, d := range deg {
		out[v] = int(d)
	}
	return out
}

// Degree returns the number of neighbours of v if g is undirected, and its in-degree
// plus out-degree otherwise.
func (g *Graph) Degree(v int) int {
	d := int(g.out.off[v+1] - g.out.off[v])
	if g.directed {
		d += int(g.in.off[v+1] - g.in.off[v])
	}
	return d
}
