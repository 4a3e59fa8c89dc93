package metrics

// DegreeCentralization returns Freeman's degree centralisation of g's undirected
// view: Σ_v (d_max − d(v)) / ((n−1)(n−2)), 1 for a star and 0 when all degrees are
// equal (Freeman 1979, "Centrality in social networks: conceptual clarification").
// 0 for fewer than three nodes. O(n + m) time.
func DegreeCentralization(g *Graph) float64 {
	u := g.Undirected()
	n := u.N()
	deg := make([]float64, n)
	for v := range n {
		deg[v] = float64(u.Degree(v))
	}
	return freeman(deg, float64(n-1)*float64(n-2))
}

// BetweennessCentralization returns Freeman's betweenness centralisation from
// betweenness values normalised as Betweenness returns them: Σ_v (b_max − b(v)) / (n−1),
// 1 for a star (Freeman 1979). 0 for fewer than three nodes.
func BetweennessCentralization(bc []float64) float64 {
	return freeman(bc, float64(len(bc)-1))
}

// freeman returns Σ (max − x) / maxSum, or 0 for fewer than three values.
func freeman(xs []float64, maxSum float64) float64 {
	if len(xs) < 3 {
		return 0
	}
	top := xs[0]
	for _, x := range xs {
		top = max(top, x)
	}
	s := 0.0
	for _, x := range xs {
		s += top - x
	}
	return s / maxSum
}
