package metrics

// CoreNumber returns the k-core number of every node: the largest k such that the
// node belongs to a subgraph in which every node has degree at least k. In a
// directed graph the degree is in-degree plus out-degree, so a reciprocated pair
// counts twice, as in networkx's core_number.
//
// Reference: Batagelj & Zaversnik 2003, "An O(m) algorithm for cores decomposition
// of networks"; O(n + m) time.
func CoreNumber(g *Graph) []int {
	n := g.N()
	deg := make([]int, n)
	maxDeg := 0
	for v := range n {
		deg[v] = g.Degree(v)
		maxDeg = max(maxDeg, deg[v])
	}
	// Bucket sort by degree: vert is sorted, pos[v] its place, bin[d] where degree d starts.
	bin := make([]int, maxDeg+2)
	for _, d := range deg {
		bin[d+1]++
	}
	for d := 1; d < len(bin); d++ {
		bin[d] += bin[d-1]
	}
	vert, pos := make([]int32, n), make([]int, n)
	next := append([]int(nil), bin...)
	for v, d := range deg {
		pos[v] = next[d]
		vert[pos[v]] = int32(v)
		next[d]++
	}
	lower := func(u int, dv int) {
		if deg[u] <= dv {
			return
		}
		du, pu := deg[u], pos[u]
		pw := bin[du]
		w := int(vert[pw])
		if u != w {
			vert[pu], vert[pw] = int32(w), int32(u)
			pos[u], pos[w] = pw, pu
		}
		bin[du]++
		deg[u]--
	}
	for i := range n {
		v := int(vert[i])
		out, _ := g.Out(v)
		for _, u := range out {
			lower(int(u), deg[v])
		}
		if g.directed {
			in, _ := g.In(v)
			for _, u := range in {
				lower(int(u), deg[v])
			}
		}
	}
	return deg
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
