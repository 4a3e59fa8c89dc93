package metrics

// Modularity returns the weighted modularity of the partition of g's undirected
// view into communities (community[v] for node v) with resolution γ, as networkx's
// community.modularity(G, communities, weight="weight", resolution=γ):
//
//	Q = Σ_c [ L_c/m − γ (d_c/(2m))² ]
//
// where m is the total edge weight, L_c the weight of the edges inside community c
// and d_c the weighted degree of its members (Newman 2006). O(n + m) time.
func Modularity(g *Graph, community []int, resolution float64) float64 {
	u := g.Undirected()
	size := 0
	for _, c := range community {
		size = max(size, c+1)
	}
	inner, degree := make([]float64, size), make([]float64, size)
	m2 := 0.0
	for v := range u.N() {
		nbr, w := u.Out(v)
		for i, x := range nbr {
			if community[x] == community[v] {
				inner[community[v]] += w[i]
			}
			degree[community[v]] += w[i]
			m2 += w[i]
		}
	}
	if m2 == 0 {
		return 0
	}
	q := 0.0
	for c := range size {
		q += inner[c]/m2 - resolution*sq(degree[c]/m2)
	}
	return q
}
