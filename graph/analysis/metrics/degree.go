package metrics

// Degrees holds the degree and weighted strength of every node. For an undirected
// graph In, Out and Total are all the number of neighbours, and the strengths the
// sum of the edge weights.
type Degrees struct {
	In, Out, Total                    []int
	InStrength, OutStrength, Strength []float64
}

// DegreesOf returns the degrees and strengths of every node. In a directed graph
// Total is in- plus out-degree (a reciprocated pair counts twice, as networkx's
// DiGraph.degree) and Strength is in- plus out-strength. Strength is the sum of tie
// weights (Barrat et al. 2004); O(n + m) time.
func DegreesOf(g *Graph) Degrees {
	n := g.N()
	d := Degrees{make([]int, n), make([]int, n), make([]int, n), make([]float64, n), make([]float64, n), make([]float64, n)}
	for v := range n {
		out, ow := g.Out(v)
		in, iw := g.In(v)
		d.Out[v], d.OutStrength[v] = len(out), sum(ow)
		d.In[v], d.InStrength[v] = len(in), sum(iw)
		d.Total[v], d.Strength[v] = d.Out[v], d.OutStrength[v]
		if g.directed {
			d.Total[v] += d.In[v]
			d.Strength[v] += d.InStrength[v]
		}
	}
	return d
}
