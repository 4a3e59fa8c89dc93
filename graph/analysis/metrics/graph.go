package metrics

import (
	"cmp"
	"slices"
	"sync"
)

// Graph is a compact, immutable, index-based graph in compressed sparse row form.
// Nodes are the indices 0 … N()-1; ID maps an index to the actor ID. Each node's
// neighbours are sorted by index, and there is at most one edge per ordered pair.
//
// An undirected graph stores each edge in both rows, and In equals Out. A directed
// graph also stores the transposed rows for In.
type Graph struct {
	ids      []string
	index    map[string]int32
	directed bool
	edges    int // undirected edges, or arcs of a directed graph
	out, in  adjacency
}

// adjacency is one compressed sparse row structure: the neighbours of node v are
// nbr[off[v]:off[v+1]], with weights w at the same positions.
type adjacency struct {
	off []int32
	nbr []int32
	w   []float64
}

func (a *adjacency) row(v int) ([]int32, []float64) {
	lo, hi := a.off[v], a.off[v+1]
	return a.nbr[lo:hi], a.w[lo:hi]
}

// Tie is an input tie of NewGraph between the nodes with indices From and To. A tie
// with OneWay set runs From → To in a directed graph; any other tie runs both ways.
// An undirected graph ignores OneWay.
type Tie struct {
	From, To int
	Weight   float64
	OneWay   bool
}

// NewGraph returns the graph on the nodes named by ids (index i is ids[i]) with the
// given ties. Several ties between the same pair (in the same direction, for a
// directed graph) collapse into one edge whose weight is the largest of theirs.
// Ties that join a node to itself or name an index out of range are left out.
//
// NewGraph takes O(n + m log m) time for n nodes and m ties.
func NewGraph(ids []string, ties []Tie, directed bool) *Graph {
	n := len(ids)
	g := &Graph{ids: slices.Clone(ids), index: make(map[string]int32, n), directed: directed}
	for i, id := range g.ids {
		g.index[id] = int32(i)
	}
	type arc struct {
		u, v int32
		w    float64
	}
	// each calls fn for every arc the ties give, loops left out.
	each := func(fn func(u, v int32, w float64)) {
		for _, t := range ties {
			if t.From == t.To || t.From < 0 || t.To < 0 || t.From >= n || t.To >= n {
				continue
			}
			fn(int32(t.From), int32(t.To), t.Weight)
			if !directed || !t.OneWay {
				fn(int32(t.To), int32(t.From), t.Weight)
			}
		}
	}
	// Sort the arcs by (u, v): count them into rows by u, then sort each short row
	// by v, which is faster than one comparison sort of all arcs. Equal arcs may
	// come in any order, since the loop below keeps their largest weight.
	start := make([]int32, n+1)
	each(func(u, _ int32, _ float64) { start[u+1]++ })
	for v := range n {
		start[v+1] += start[v]
	}
	next, arcs := slices.Clone(start[:n]), make([]arc, start[n])
	each(func(u, v int32, w float64) {
		arcs[next[u]] = arc{u, v, w}
		next[u]++
	})
	for u := range n {
		slices.SortFunc(arcs[start[u]:start[u+1]], func(a, b arc) int { return cmp.Compare(a.v, b.v) })
	}
	g.out = adjacency{off: make([]int32, n+1), nbr: make([]int32, 0, len(arcs)), w: make([]float64, 0, len(arcs))}
	for i, a := range arcs {
		if i > 0 && arcs[i-1].u == a.u && arcs[i-1].v == a.v {
			last := len(g.out.w) - 1
			g.out.w[last] = max(g.out.w[last], a.w)
			continue
		}
		g.out.nbr = append(g.out.nbr, a.v)
		g.out.w = append(g.out.w, a.w)
		g.out.off[a.u+1]++
	}
	for v := range n {
		g.out.off[v+1] += g.out.off[v]
	}
	g.edges = len(g.out.nbr)
	if !directed {
		g.edges /= 2
		g.in = g.out
		return g
	}
	g.in = g.out.transpose(n)
	return g
}

// transpose returns the reversed adjacency; its rows come out sorted because the
// source rows are scanned in order.
func (a *adjacency) transpose(n int) adjacency {
	t := adjacency{off: make([]int32, n+1), nbr: make([]int32, len(a.nbr)), w: make([]float64, len(a.w))}
	for _, v := range a.nbr {
		t.off[v+1]++
	}
	for v := range n {
		t.off[v+1] += t.off[v]
	}
	next := slices.Clone(t.off[:n])
	for u := range n {
		nbr, w := a.row(u)
		for i, v := range nbr {
			t.nbr[next[v]] = int32(u)
			t.w[next[v]] = w[i]
			next[v]++
		}
	}
	return t
}

// degrees returns the number of arcs in the rows of the given nodes.
func (a *adjacency) degrees(nodes []int32) int {
	sum := 0
	for _, v := range nodes {
		sum += int(a.off[v+1] - a.off[v])
	}
	return sum
}

// relabel returns the successor adjacency of g among the nodes that newOf keeps,
// node v becoming newOf[v] (-1 drops it), without weights.
func relabel(g *Graph, newOf []int32) adjacency {
	kept := 0
	for _, x := range newOf {
		if x >= 0 {
			kept++
		}
	}
	oldOf := make([]int32, kept)
	for v, x := range newOf {
		if x >= 0 {
			oldOf[x] = int32(v)
		}
	}
	a := adjacency{off: make([]int32, kept+1), nbr: make([]int32, 0, len(g.out.nbr))}
	for x, v := range oldOf {
		nbr, _ := g.Out(int(v))
		lo := len(a.nbr)
		for _, u := range nbr {
			if y := newOf[u]; y >= 0 {
				a.nbr = append(a.nbr, y)
			}
		}
		slices.Sort(a.nbr[lo:])
		a.off[x+1] = int32(len(a.nbr))
	}
	return a
}

// N returns the number of nodes.
func (g *Graph) N() int { return len(g.ids) }

// M returns the number of edges: undirected edges, or arcs of a directed graph.
func (g *Graph) M() int { return g.edges }

// Directed reports whether the graph is directed.
func (g *Graph) Directed() bool { return g.directed }

// ID returns the actor ID of node i.
func (g *Graph) ID(i int) string { return g.ids[i] }

// Index returns the node index of an actor ID, and whether the graph has it.
func (g *Graph) Index(id string) (int, bool) {
	i, ok := g.index[id]
	return int(i), ok
}

// Out returns the successors of node v (all neighbours, if undirected) and the
// weights of the edges to them. The slices belong to g and must not be changed.
func (g *Graph) Out(v int) ([]int32, []float64) { return g.out.row(v) }

// In returns the predecessors of node v (all neighbours, if undirected) and the
// weights of the edges from them. The slices belong to g and must not be changed.
func (g *Graph) In(v int) ([]int32, []float64) { return g.in.row(v) }

// Weight returns the weight of the edge u → v, or 0 if there is none. It takes
// O(log deg(u)) time.
func (g *Graph) Weight(u, v int) float64 {
	nbr, w := g.out.row(u)
	if i, ok := slices.BinarySearch(nbr, int32(v)); ok {
		return w[i]
	}
	return 0
}

// HasEdge reports whether the edge u → v exists (an edge between u and v, if g is
// undirected), in O(log deg(u)) time.
func (g *Graph) HasEdge(u, v int) bool {
	nbr, _ := g.out.row(u)
	_, ok := slices.BinarySearch(nbr, int32(v))
	return ok
}

// Undirected returns g itself if it is undirected, and otherwise the graph with an
// edge wherever g has an arc in either direction, weighted by the larger of the two.
func (g *Graph) Undirected() *Graph {
	if !g.directed {
		return g
	}
	ties := make([]Tie, 0, len(g.out.nbr))
	for u := range g.N() {
		nbr, w := g.Out(u)
		for i, v := range nbr {
			ties = append(ties, Tie{From: u, To: int(v), Weight: w[i]})
		}
	}
	return NewGraph(g.ids, ties, false)
}

// Subgraph returns the subgraph of g induced by nodes, which must be distinct: node
// i of the result is nodes[i] of g, with g's ID, and the ties of g between chosen
// nodes keep their weights and directions. If nodes are all of g's nodes in order,
// it returns g itself. O(Σ deg(v)) time over the chosen nodes v if they are in
// increasing order, as each row then stays sorted; otherwise each row is sorted.
func Subgraph(g *Graph, nodes []int) *Graph {
	increasing := true
	for i := 1; i < len(nodes) && increasing; i++ {
		increasing = nodes[i-1] < nodes[i]
	}
	if increasing && len(nodes) == g.N() {
		return g
	}
	buf := positions.Get().(*[]int32)
	if len(*buf) < g.N() {
		*buf = make([]int32, g.N())
	}
	pos := *buf // 1 + the position of a chosen node, 0 for others
	sub := &Graph{ids: make([]string, len(nodes)), index: make(map[string]int32, len(nodes)), directed: g.directed}
	for i, v := range nodes {
		pos[v] = int32(i + 1)
		sub.ids[i] = g.ids[v]
		sub.index[g.ids[v]] = int32(i)
	}
	out := adjacency{off: make([]int32, len(nodes)+1)}
	for i, v := range nodes {
		nbr, w := g.Out(v)
		lo := len(out.nbr)
		for j, x := range nbr {
			if k := pos[x]; k > 0 {
				out.nbr = append(out.nbr, k-1)
				out.w = append(out.w, w[j])
			}
		}
		if !increasing {
			sortRow(out.nbr[lo:], out.w[lo:])
		}
		out.off[i+1] = int32(len(out.nbr))
	}
	for _, v := range nodes {
		pos[v] = 0
	}
	positions.Put(buf)
	sub.out, sub.in, sub.edges = out, out, len(out.nbr)
	if g.directed {
		sub.in = out.transpose(len(nodes))
	} else {
		sub.edges /= 2
	}
	return sub
}

// positions holds scratch arrays of Subgraph, all zero between uses.
var positions = sync.Pool{New: func() any { return new([]int32) }}

// sortRow sorts the neighbours nbr of one row by index, their weights w alike.
func sortRow(nbr []int32, w []float64) {
	type arc struct {
		v int32
		w float64
	}
	arcs := make([]arc, len(nbr))
	for i := range nbr {
		arcs[i] = arc{nbr[i], w[i]}
	}
	slices.SortFunc(arcs, func(a, b arc) int { return cmp.Compare(a.v, b.v) })
	for i, a := range arcs {
		nbr[i], w[i] = a.v, a.w
	}
}
