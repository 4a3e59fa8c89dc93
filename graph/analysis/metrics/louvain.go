package metrics

import (
	"context"
	"math/rand/v2"
	"slices"
)

// Louvain returns a partition of g's undirected view into communities, as a
// community number (0, 1, …, in order of each community's smallest node) per node,
// found by the Louvain method with the given resolution γ: nodes move, in an order
// shuffled with the seed, to the neighbouring community that raises the weighted
// modularity most, until no move helps; then each community becomes one node and the
// process repeats on that smaller graph until nothing changes. Weights are the edge
// weights (intensities). The result is deterministic for a seed.
//
// Reference: Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
// communities in large networks"; networkx's louvain_communities and gonum's
// community.Modularize implement the same method. It takes about O(m) time per
// pass; ctx is checked between passes.
func Louvain(ctx context.Context, g *Graph, resolution float64, seed uint64) ([]int, error) {
	u := g.Undirected()
	n := u.N()
	rng := rand.New(rand.NewPCG(seed, 0x4c6f)) // "Lo"
	lv := &level{adj: u.out, self: make([]float64, n)}
	member := make([]int32, n) // community of each original node
	for i := range member {
		member[i] = int32(i)
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		comm, moved, err := lv.moveNodes(ctx, resolution, rng)
		if err != nil {
			return nil, err
		}
		if !moved {
			break
		}
		count := renumber(comm)
		for i, c := range member {
			member[i] = comm[c]
		}
		lv = lv.aggregate(comm, count)
	}
	out := make([]int, n)
	renumber(member)
	for i, c := range member {
		out[i] = int(c)
	}
	return out, nil
}

// level is one graph of the Louvain hierarchy: the adjacency without self-loops and
// each node's self-loop weight (the weight inside the community it stands for,
// counting each inner edge from both ends).
type level struct {
	adj  adjacency
	self []float64
}

// moveNodes runs the local moving phase and returns each node's community and
// whether any node moved.
func (lv *level) moveNodes(ctx context.Context, resolution float64, rng *rand.Rand) ([]int32, bool, error) {
	n := len(lv.self)
	comm := make([]int32, n)
	k := make([]float64, n)   // weighted degree, self-loop included
	tot := make([]float64, n) // Σ k over each community's members
	m2 := 0.0
	for v := range n {
		_, w := lv.adj.row(v)
		k[v] = sum(w) + lv.self[v]
		comm[v], tot[v] = int32(v), k[v]
		m2 += k[v]
	}
	if m2 == 0 {
		return comm, false, nil
	}
	order := rng.Perm(n)
	weightTo := make([]float64, n) // weight from the current node to each community
	var seen []int32
	movedAny := false
	for {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		moves := 0
		for _, v := range order {
			nbr, w := lv.adj.row(v)
			old := comm[v]
			seen = append(seen[:0], old)
			weightTo[old] = 0
			for i, u := range nbr {
				c := comm[u]
				if weightTo[c] == 0 && c != old {
					seen = append(seen, c)
				}
				weightTo[c] += w[i]
			}
			tot[old] -= k[v]
			best, bestGain := old, weightTo[old]-resolution*tot[old]*k[v]/m2
			for _, c := range seen[1:] {
				if gain := weightTo[c] - resolution*tot[c]*k[v]/m2; gain > bestGain {
					best, bestGain = c, gain
				}
			}
			tot[best] += k[v]
			comm[v] = best
			if best != old {
				moves++
			}
			for _, c := range seen {
				weightTo[c] = 0
			}
		}
		if moves == 0 {
			return comm, movedAny, nil
		}
		movedAny = true
	}
}

// aggregate returns the graph whose nodes are the communities of lv.
func (lv *level) aggregate(comm []int32, count int) *level {
	members := make([][]int32, count)
	for v, c := range comm {
		members[c] = append(members[c], int32(v))
	}
	next := &level{adj: adjacency{off: make([]int32, count+1)}, self: make([]float64, count)}
	weightTo := make([]float64, count)
	mark := make([]bool, count)
	var seen []int32
	for c := range count {
		seen = seen[:0]
		for _, v := range members[c] {
			next.self[c] += lv.self[v]
			nbr, w := lv.adj.row(int(v))
			for i, u := range nbr {
				d := comm[u]
				if d == int32(c) {
					next.self[c] += w[i]
					continue
				}
				if !mark[d] {
					mark[d] = true
					seen = append(seen, d)
				}
				weightTo[d] += w[i]
			}
		}
		slices.Sort(seen)
		for _, d := range seen {
			next.adj.nbr = append(next.adj.nbr, d)
			next.adj.w = append(next.adj.w, weightTo[d])
			weightTo[d], mark[d] = 0, false
		}
		next.adj.off[c+1] = int32(len(next.adj.nbr))
	}
	return next
}

// renumber maps community labels to 0 … count-1 in place, in order of first
// appearance, and returns count.
func renumber(comm []int32) int {
	index := make([]int32, len(comm))
	for i := range index {
		index[i] = -1
	}
	count := int32(0)
	for v, c := range comm {
		if index[c] < 0 {
			index[c] = count
			count++
		}
		comm[v] = index[c]
	}
	return int(count)
}
