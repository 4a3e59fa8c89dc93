package metrics

import "math"

// AdamicAdar returns the Adamic–Adar index of nodes u and v of g's undirected view:
// Σ 1/ln deg(z) over their common neighbours z (Adamic & Adar 2003, "Friends and
// neighbors on the web"; networkx adamic_adar_index). O(deg u + deg v) time.
func AdamicAdar(g *Graph, u, v int) float64 {
	g = g.Undirected()
	sum := 0.0
	for _, z := range CommonNeighbours(g, u, v) {
		nbr, _ := g.Out(int(z))
		sum += 1 / math.Log(float64(len(nbr)))
	}
	return sum
}

// CommonNeighbours returns the common neighbours of nodes u and v of g in
// increasing order: the successors they share, or the neighbours if g is
// undirected. O(deg u + deg v) time.
func CommonNeighbours(g *Graph, u, v int) []int32 {
	a, _ := g.Out(u)
	b, _ := g.Out(v)
	var out []int32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}
