package metrics

import (
	"context"
	"errors"
	"math"
)

// ErrNoConvergence is returned, together with the last iterate, by the iterative
// algorithms when they do not reach their tolerance within their iteration limit.
var ErrNoConvergence = errors.New("analysis: power iteration did not converge")

// Tol and MaxIter are the tolerance and the iteration limit of PageRank and
// Eigenvector for converged figures: each value within Tol = 1e-10 of the fixed
// point, so that six significant digits shown are the converged ones. MaxIter
// leaves room for the slowest contraction PageRank allows at α = 0.85 (about 150
// steps to 1e-10) and for eigenvector centrality on networks with a small spectral
// gap.
const (
	Tol     = 1e-10
	MaxIter = 1000
)

// PageRank returns the PageRank of every node with damping factor alpha, the fixed
// point of networkx's pagerank(G, alpha, weight="weight"): each node
// passes alpha times its score along its out-edges in proportion to their weights,
// a node without out-edges (dangling) spreads its score evenly over all nodes, and
// every node receives (1-alpha)/n. An undirected edge counts in both directions.
// Scores sum to 1.
//
// It iterates from the uniform vector and stops once α/(1−α)·‖x_{k+1} − x_k‖₁ ≤ tol.
// That bounds the error: the step maps probability vectors to probability vectors
// and contracts their L1 distances by the factor α, so with x* the fixed point
// ‖x_{k+1} − x*‖₁ ≤ α‖x_k − x*‖₁ ≤ α(‖x_k − x_{k+1}‖₁ + ‖x_{k+1} − x*‖₁), hence
// ‖x_{k+1} − x*‖₁ ≤ α/(1−α)·‖x_{k+1} − x_k‖₁ ≤ tol, and every score is within tol of
// the converged one. (networkx stops at ‖x_{k+1} − x_k‖₁ < n·1e-6 instead, which on
// the karate club leaves errors of 1e-5.) After maxIter iterations PageRank
// returns the last iterate and ErrNoConvergence; with Tol it needs at most
// log(Tol·(1−α)/(2α))/log α iterations, 153 at α = 0.85.
//
// Reference: Page, Brin, Motwani & Winograd 1999. Each iteration takes O(n + m)
// time, its products in parallel (see pullIn; the result does not depend on the
// number of processors); ctx is checked between iterations.
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
		pullIn(g, next, push, 0)
		diff := 0.0
		for v, sum := range next {
			next[v] = alpha*sum + base
			diff += math.Abs(next[v] - x[v])
		}
		x, next = next, x
		if alpha/(1-alpha)*diff <= tol {
			return x, nil
		}
	}
	return x, ErrNoConvergence
}
