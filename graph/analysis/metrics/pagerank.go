package metrics

import (
	"context"
	"errors"
	"math"
)

// ErrNoConvergence is returned, together with the last iterate, by the iterative
// algorithms when they do not reach their tolerance within their iteration limit.
var ErrNoConvergence = errors.New("analysis: power iteration did not converge")

// PageRank returns the PageRank of every node with damping factor alpha, as
// networkx's pagerank(G, alpha, weight="weight", max_iter=100, tol=1e-6): each node
// passes alpha times its score along its out-edges in proportion to their weights,
// a node without out-edges (dangling) spreads its score evenly over all nodes, and
// every node receives (1-alpha)/n. An undirected edge counts in both directions.
// Iteration stops once the L1 change is below n·tol; after maxIter iterations
// PageRank returns the last iterate and ErrNoConvergence. Scores sum to 1.
//
// Reference: Page, Brin, Motwani & Winograd 1999. Each iteration takes O(n + m)
// time; ctx is checked between iterations.
func PageRank(ctx context.Context, g *Graph, alpha, tol float64, maxIter int) ([]float64, error) {
	n := g.N()
	if n == 0 {
		return nil, nil
	}
	// share[u] is 1 / (weighted out-degree of u), or 0 for a dangling node.
	share := make([]float64, n)
	for u := range n {
		_, w := g.Out(u)
		if s := sum(w); s != 0 {
			share[u] = 1 / s
		}
	}
	x, next, push := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range maxIter {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		dangling := 0.0
		for u, s := range share {
			push[u] = x[u] * s
			if s == 0 {
				dangling += x[u]
			}
		}
		base := (alpha*dangling + 1 - alpha) / float64(n)
		// Pull along in-edges so that every node is written by one loop iteration.
		diff := 0.0
		for v := range n {
			nbr, w := g.In(v)
			sum := 0.0
			for i, u := range nbr {
				sum += push[u] * w[i]
			}
			next[v] = alpha*sum + base
			diff += math.Abs(next[v] - x[v])
		}
		x, next = next, x
		if diff < float64(n)*tol {
			return x, nil
		}
	}
	return x, ErrNoConvergence
}
