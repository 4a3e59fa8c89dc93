package metrics

import (
	"context"
	"math"
)

// Eigenvector returns the eigenvector centrality of every node, as networkx's
// eigenvector_centrality(G, max_iter, tol, weight="weight"): the principal
// eigenvector x of the weighted adjacency matrix, where a node's score is the
// weighted sum of the scores of the nodes with edges to it (in-edges, for a directed
// graph). It runs the power iteration on A + I from the uniform vector, as networkx
// does, normalising to Euclidean length 1 after every step and stopping once the
// L1 change is below n·tol; after maxIter iterations it returns the last iterate and
// ErrNoConvergence.
//
// Reference: Bonacich 1987. Each iteration takes O(n + m) time; ctx is checked
// between iterations.
func Eigenvector(ctx context.Context, g *Graph, tol float64, maxIter int) ([]float64, error) {
	n := g.N()
	if n == 0 {
		return nil, nil
	}
	x, next := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range maxIter {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		norm := 0.0
		for v := range n {
			nbr, w := g.In(v)
			sum := x[v]
			for i, u := range nbr {
				sum += x[u] * w[i]
			}
			next[v] = sum
			norm += sum * sum
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			norm = 1
		}
		diff := 0.0
		for v := range next {
			next[v] /= norm
			diff += math.Abs(next[v] - x[v])
		}
		x, next = next, x
		if diff < float64(n)*tol {
			return x, nil
		}
	}
	return x, ErrNoConvergence
}
