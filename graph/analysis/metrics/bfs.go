package metrics

// bfs is a reusable breadth-first search over the successors of a Graph that counts
// shortest paths. After run, order holds the reached nodes in BFS order, dist their
// hop distance and sigma their number of shortest paths from the source; reset
// restores dist to -1 for the next run in O(reached) time.
type bfs struct {
	dist  []int32
	sigma []float64
	order []int32
}

func newBFS(n int) bfs {
	b := bfs{dist: make([]int32, n), sigma: make([]float64, n), order: make([]int32, 0, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

func (b *bfs) run(g *Graph, s int) {
	off, nbr := g.out.off, g.out.nbr
	b.order = append(b.order[:0], int32(s))
	b.dist[s], b.sigma[s] = 0, 1
	for h := 0; h < len(b.order); h++ {
		v := b.order[h]
		next, sv := b.dist[v]+1, b.sigma[v]
		for _, w := range nbr[off[v]:off[v+1]] {
			switch b.dist[w] {
			case -1:
				b.dist[w], b.sigma[w] = next, sv
				b.order = append(b.order, w)
			case next:
				b.sigma[w] += sv
			}
		}
	}
}

func (b *bfs) reset() {
	for _, v := range b.order {
		b.dist[v] = -1
	}
}

// bfsOrder returns a renumbering of g's nodes other than the removed ones (newOf[v]
// is v's new number, -1 if removed) in breadth-first order over successors,
// component by component, starting each component at its lowest-numbered
// unvisited node.
func bfsOrder(g *Graph, removed []bool) []int32 {
	n := g.N()
	newOf := make([]int32, n)
	for i := range newOf {
		newOf[i] = -1
	}
	queue := make([]int32, 0, n)
	for s := range n {
		if newOf[s] >= 0 || removed[s] {
			continue
		}
		start := len(queue)
		newOf[s] = int32(len(queue))
		queue = append(queue, int32(s))
		for h := start; h < len(queue); h++ {
			out, _ := g.Out(int(queue[h]))
			for _, w := range out {
				if newOf[w] < 0 && !removed[w] {
					newOf[w] = int32(len(queue))
					queue = append(queue, w)
				}
			}
		}
	}
	return newOf
}
