package metrics

// Cuts holds the articulation points and bridges of a graph's undirected view.
type Cuts struct {
	// Articulation marks the nodes whose removal splits their component.
	Articulation []bool
	// Bridges are the edges, as node pairs with the smaller index first and sorted
	// by DFS completion, whose removal splits their component.
	Bridges [][2]int
}

// CutsOf returns the articulation points (cut vertices) and bridges of g, taking
// every arc as an undirected edge, as networkx's articulation_points and bridges do
// for undirected graphs.
//
// Reference: Hopcroft & Tarjan 1973, "Efficient algorithms for graph manipulation",
// with an explicit stack instead of recursion; O(n + m) time.
func CutsOf(g *Graph) Cuts {
	u := g.Undirected()
	c := Cuts{Articulation: make([]bool, u.N())}
	lowLinks(u, func(p, v, root int32, disc, low []int32) {
		if low[v] > disc[p] {
			c.Bridges = append(c.Bridges, [2]int{int(min(p, v)), int(max(p, v))})
		}
		switch {
		case p != root:
			if low[v] >= disc[p] {
				c.Articulation[p] = true
			}
		case disc[v] != disc[root]+1: // a second child of the root: the first follows it
			c.Articulation[root] = true
		}
	})
	return c
}

// lowLinks walks the undirected graph u depth first, one tree per component, and
// calls done(p, v, root) as the subtree of v, a child of p in the tree rooted at
// root, is finished: then low[v] is the smallest discovery time reachable from v's
// subtree by one non-tree edge, as Hopcroft & Tarjan define it, and disc holds the
// discovery times (from 1). O(n + m) time, with an explicit stack.
func lowLinks(u *Graph, done func(p, v, root int32, disc, low []int32)) {
	n := u.N()
	disc, low := make([]int32, n), make([]int32, n)
	type frame struct {
		v, parent int32
		next      int32 // position in v's row
	}
	var stack []frame
	time := int32(0)
	for root := range n {
		if disc[root] != 0 {
			continue
		}
		time++
		disc[root], low[root] = time, time
		stack = append(stack[:0], frame{int32(root), -1, u.out.off[root]})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next < u.out.off[f.v+1] {
				w := u.out.nbr[f.next]
				f.next++
				switch {
				case disc[w] == 0:
					time++
					disc[w], low[w] = time, time
					stack = append(stack, frame{w, f.v, u.out.off[w]})
				case w != f.parent:
					low[f.v] = min(low[f.v], disc[w])
				}
				continue
			}
			v, p := f.v, f.parent
			stack = stack[:len(stack)-1]
			if p < 0 {
				continue
			}
			low[p] = min(low[p], low[v])
			done(p, v, int32(root), disc, low)
		}
	}
}
