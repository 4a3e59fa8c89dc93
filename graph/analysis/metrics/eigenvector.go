package metrics

import (
	"context"
	"math"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// pullIn sets dst[v] = self·src[v] + Σ_{u→v} src[u]·w(u, v) for every node v, the
// terms added in the order of g.In(v), as one processor would, but in parallel
// over blocks of nodes.
func pullIn(g *Graph, dst, src []float64, self float64) {
	const block = 256 // nodes per step; Pool.For shares loops of 64 steps or more
	n := g.N()
	pool := parallel.NewPool(func() struct{} { return struct{}{} })
	pool.For((n+block-1)/block, func(_ struct{}, b int) {
		for v := b * block; v < min(n, (b+1)*block); v++ {
			nbr, w := g.In(v)
			sum := self * src[v]
			for i, u := range nbr {
				sum += src[u] * w[i]
			}
			dst[v] = sum
		}
	})
}

// Eigenvector returns the eigenvector centrality of every node, the limit of
// networkx's eigenvector_centrality(G, weight="weight"): the principal eigenvector x
// of the weighted adjacency matrix, where a node's score is the weighted sum of the
// scores of the nodes with edges to it (in-edges, for a directed graph), with
// Euclidean length 1. It runs the power iteration on A + I from the uniform vector,
// as networkx does, normalising after every step.
//
// The changes d_k = ‖x_{k+1} − x_k‖₁ shrink geometrically, by the ratio
// ρ = |λ₂ + 1|/(λ₁ + 1) of the two largest eigenvalues of A + I in modulus, and
// the error after a step is then at most the sum of the changes still to come,
// d_k·ρ/(1−ρ). Eigenvector estimates ρ by d_k/d_{k−1} and stops once
// d_k·ρ/(1−ρ) ≤ tol, so that every score is within tol of the converged one (the
// estimate is exact in the limit; ρ is not known beforehand, so it is not a bound
// proven in advance as PageRank's is). networkx stops at d_k < n·tol, which with its
// default 1e-6 leaves errors of 1e-5 on the karate club. After maxIter iterations it
// returns the last iterate and ErrNoConvergence.
//
// Reference: Bonacich 1987. Each iteration takes O(n + m) time, its products in
// parallel (see pullIn; the norm is added up in node order, so the result does
// not depend on the number of processors); ctx is checked between iterations.
func Eigenvector(ctx context.Context, g *Graph, tol float64, maxIter int) ([]float64, error) {
	n := g.N()
	if n == 0 {
		return nil, nil
	}
	x, next := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	last := 0.0 // the previous change d_{k−1}, 0 before the first step
	for range maxIter {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pullIn(g, next, x, 1)
		norm := 0.0
		for _, sum := range next {
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
		if rho := diff / last; diff == 0 || last > 0 && rho < 1 && diff*rho/(1-rho) <= tol {
			return x, nil
		}
		last = diff
	}
	return x, ErrNoConvergence
}
