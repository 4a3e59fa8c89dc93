package metrics

import (
	"cmp"
	"slices"
)

// Edited returns the undirected graph g without the nodes that drop marks (the
// others keep their order and IDs) and with the ties add between g's node indices:
// the graph NewGraph would build from g's remaining edges and add, as FromNetwork
// builds the network with cooperations added and actors removed. A tie that joins a
// node to itself or a dropped node is left out; ties between one pair, and a tie
// where g has an edge, keep the largest weight. A nil drop drops nothing.
// O(n + m + k log k) time for k added ties, where rebuilding takes O(m log m).
func Edited(g *Graph, drop []bool, add []Tie) *Graph {
	if g.directed {
		panic("metrics: Edited needs an undirected graph")
	}
	newOf := make([]int32, g.N())
	var ids []string
	for v := range newOf {
		if drop != nil && drop[v] {
			newOf[v] = -1
			continue
		}
		newOf[v] = int32(len(ids))
		ids = append(ids, g.ids[v])
	}
	type arc struct {
		u, v int32
		w    float64
	}
	var extra []arc
	for _, t := range add {
		if t.From == t.To || t.From < 0 || t.To < 0 || t.From >= g.N() || t.To >= g.N() || newOf[t.From] < 0 || newOf[t.To] < 0 {
			continue
		}
		u, v := newOf[t.From], newOf[t.To]
		extra = append(extra, arc{u, v, t.Weight}, arc{v, u, t.Weight})
	}
	slices.SortFunc(extra, func(a, b arc) int { return cmp.Or(cmp.Compare(a.u, b.u), cmp.Compare(a.v, b.v)) })
	e := &Graph{ids: ids, index: make(map[string]int32, len(ids))}
	for i, id := range ids {
		e.index[id] = int32(i)
	}
	a := adjacency{off: make([]int32, len(ids)+1), nbr: make([]int32, 0, len(g.out.nbr)+len(extra)),
		w: make([]float64, 0, len(g.out.nbr)+len(extra))}
	// push appends the arc to v to the row that starts at start, or raises the
	// weight of the row's last arc if it leads to v too.
	push := func(start int, v int32, w float64) {
		if n := len(a.nbr); n > start && a.nbr[n-1] == v {
			a.w[n-1] = max(a.w[n-1], w)
			return
		}
		a.nbr, a.w = append(a.nbr, v), append(a.w, w)
	}
	k := 0
	for old, u := range newOf {
		if u < 0 {
			continue
		}
		start := len(a.nbr)
		nbr, w := g.out.row(old)
		i := 0
		for i < len(nbr) || (k < len(extra) && extra[k].u == u) {
			if i < len(nbr) && newOf[nbr[i]] < 0 {
				i++
				continue
			}
			if k < len(extra) && extra[k].u == u && (i == len(nbr) || extra[k].v <= newOf[nbr[i]]) {
				push(start, extra[k].v, extra[k].w)
				k++
				continue
			}
			push(start, newOf[nbr[i]], w[i])
			i++
		}
		a.off[u+1] = int32(len(a.nbr))
	}
	e.out, e.in, e.edges = a, a, len(a.nbr)/2
	return e
}
