package metrics

import (
	"context"
	"math/rand/v2"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// Louvain returns a partition of g's undirected view into communities, as a
// community number (0, 1, …, in order of each community's smallest node) per node,
// found by the Louvain method with the given resolution γ: nodes move to the
// neighbouring community that raises the weighted modularity most, until no move
// helps; then each community becomes one node and the process repeats on that
// smaller graph until nothing changes. Then, from the coarsest level down, the nodes
// of each finer level move again from the partition found above (the refinement of
// NetworKit's PLMR, Staudt & Meyerhenke 2016), which moves what aggregation fixed too
// early; every move still raises modularity. Weights are the edge weights
// (intensities).
//
// Nodes are visited from a queue, first all in an order shuffled with the seed,
// later only those whose neighbour left for another community (the fast local
// moving of Traag et al. 2019). The queue is taken in batches of moveBatch nodes
// whose moves are chosen in parallel from the state before the batch and then
// applied one after another in queue order, each only if it still raises modularity
// (a node whose neighbour moved meanwhile chooses again). The result therefore
// depends on the seed only, not on the number of processors or their timing.
//
// Reference: Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
// communities in large networks"; networkx's louvain_communities, gonum's
// community.Modularize and NetworKit's PLM implement the same method. It takes about
// O(m) time per pass; ctx is checked between batches.
func Louvain(ctx context.Context, g *Graph, resolution float64, seed uint64) ([]int, error) {
	u := g.Undirected()
	n := u.N()
	rng := rand.New(rand.NewPCG(seed, 0x4c6f)) // "Lo"
	mv := newMover(n)
	levels := []*level{{adj: u.out, self: make([]float64, n)}}
	var up [][]int32 // up[i]: the node of level i+1 that each node of level i became
	for {
		lv := levels[len(levels)-1]
		comm := identity(len(lv.self))
		moved, err := newModularityState(lv, comm, resolution).fastMove(ctx, mv, rng)
		if err != nil {
			return nil, err
		}
		count := renumber(comm)
		if !moved || count == len(comm) {
			break
		}
		up = append(up, comm)
		levels = append(levels, lv.aggregate(mv, comm, count))
	}
	// Refinement: no move helps on the coarsest level, so its nodes are the
	// communities; each finer level, from the top down, starts from the partition
	// above and moves its nodes again.
	part := identity(len(levels[len(levels)-1].self))
	for i := len(up) - 1; i >= 0; i-- {
		fine := make([]int32, len(up[i]))
		for v, c := range up[i] {
			fine[v] = part[c]
		}
		if _, err := newModularityState(levels[i], fine, resolution).fastMove(ctx, mv, rng); err != nil {
			return nil, err
		}
		part = fine
	}
	renumber(part)
	out := make([]int, n)
	for i, c := range part {
		out[i] = int(c)
	}
	return out, nil
}

// identity returns 0, 1, …, n-1.
func identity(n int) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = int32(i)
	}
	return s
}

// level is one graph of the Louvain or Leiden hierarchy: the adjacency without
// self-loops and each node's self-loop weight (the weight inside the community it
// stands for, counting each inner edge from both ends).
type level struct {
	adj  adjacency
	self []float64
}

// modularityState is a partition of one level with what the modularity gain of a
// move needs: each node's weighted degree k (self-loop included), each community's
// total degree tot, and twice the total weight m2.
type modularityState struct {
	lv        *level
	comm      []int32
	k, tot    []float64
	m2, gamma float64
}

func newModularityState(lv *level, comm []int32, resolution float64) *modularityState {
	n := len(comm)
	st := &modularityState{lv: lv, comm: comm, k: make([]float64, n), tot: make([]float64, n), gamma: resolution}
	for v := range n {
		_, w := lv.adj.row(v)
		st.k[v] = sum(w) + lv.self[v]
		st.tot[comm[v]] += st.k[v]
		st.m2 += st.k[v]
	}
	return st
}

// gain returns the modularity gain, times m2/2, of adding a node of weighted degree
// kv, outside every community, to a community of total degree tot to which it has
// edges of weight to.
func (st *modularityState) gain(to, tot, kv float64) float64 {
	return to - st.gamma*tot*kv/st.m2
}

// moveScratch is one goroutine's space for the weights from one node to its
// neighbouring communities.
type moveScratch struct {
	weightTo   []float64
	neighbours []int32 // communities with weightTo set, the node's own first
}

// scan sets weightTo and neighbours for node v: the weight from v to its own
// community and to the communities of its neighbours for which keep (if not nil)
// reports true; it reads the community of those neighbours only.
func (s *moveScratch) scan(st *modularityState, v int, keep func(u int32) bool) {
	nbr, w := st.lv.adj.row(v)
	own := st.comm[v]
	s.neighbours = append(s.neighbours[:0], own)
	s.weightTo[own] = 0
	for i, u := range nbr {
		if keep != nil && !keep(u) {
			continue
		}
		c := st.comm[u]
		if s.weightTo[c] == 0 && c != own {
			s.neighbours = append(s.neighbours, c)
		}
		s.weightTo[c] += w[i]
	}
}

// clear resets weightTo after scan.
func (s *moveScratch) clear() {
	for _, c := range s.neighbours {
		s.weightTo[c] = 0
	}
}

// moveBatch is the largest number of queued nodes whose moves are chosen together;
// a graph of n nodes takes n/64 at a time, so that few choices go stale. It does not
// depend on the processors, so that results do not either.
const moveBatch = 512

// mover holds the scratch space of the local moving phase, for graphs of up to the
// n nodes it was made for.
type mover struct {
	pool   *parallel.Pool[*moveScratch]
	serial *moveScratch
	dec    []decision
}

// decision is a node's chosen move: its target community (-1 for a new one of its
// own) and the weights from the node to the target and to its own community.
type decision struct {
	target          int32
	toTarget, toOwn float64
}

func newMover(n int) *mover {
	newScratch := func() *moveScratch { return &moveScratch{weightTo: make([]float64, n)} }
	return &mover{pool: parallel.NewPool(newScratch), serial: newScratch(), dec: make([]decision, moveBatch)}
}

// decide returns the best move for node v in the current state.
func (st *modularityState) decide(s *moveScratch, v int) decision {
	s.scan(st, v, nil)
	own, kv := st.comm[v], st.k[v]
	best, bestGain := own, st.gain(s.weightTo[own], st.tot[own]-kv, kv)
	for _, c := range s.neighbours[1:] {
		if g := st.gain(s.weightTo[c], st.tot[c], kv); g > bestGain {
			best, bestGain = c, g
		}
	}
	d := decision{target: best, toTarget: s.weightTo[best], toOwn: s.weightTo[own]}
	if bestGain < 0 { // only if v shares its community: alone it would gain 0
		d.target, d.toTarget = -1, 0
	}
	s.clear()
	return d
}

// fastMove moves nodes to their best community until no move raises modularity,
// visiting a node again only when a neighbour left for another community, and
// reports whether any node moved. Moves are chosen in parallel batches and applied
// in order, as Louvain's documentation describes.
func (st *modularityState) fastMove(ctx context.Context, mv *mover, rng *rand.Rand) (bool, error) {
	n := len(st.comm)
	if st.m2 == 0 {
		return false, nil
	}
	queue := make([]int32, 0, n)
	for _, v := range rng.Perm(n) {
		queue = append(queue, int32(v))
	}
	queued := make([]bool, n)
	for i := range queued {
		queued[i] = true
	}
	size := make([]int32, n)
	for _, c := range st.comm {
		size[c]++
	}
	var empty []int32 // communities without members
	for c := range size {
		if size[c] == 0 {
			empty = append(empty, int32(c))
		}
	}
	dirty := make([]int32, n)   // the batch in which a neighbour of the node last moved
	touched := make([]int32, n) // the batch in which the community last changed
	moved := false
	batchSize := max(1, min(moveBatch, n/64))
	for batch := int32(1); len(queue) > 0; batch++ {
		if err := ctx.Err(); err != nil {
			return false, err
		}
		nodes := queue[:min(batchSize, len(queue))]
		for _, v := range nodes {
			queued[v] = false
		}
		mv.pool.For(len(nodes), func(s *moveScratch, i int) { mv.dec[i] = st.decide(s, int(nodes[i])) })
		for i, v := range nodes {
			d, own, kv := mv.dec[i], st.comm[v], st.k[v]
			// The choice has gone stale if a neighbour moved, or if the node is to
			// move and one of the two communities changed.
			if dirty[v] == batch || d.target != own && (touched[own] == batch || d.target >= 0 && touched[d.target] == batch) {
				d = st.decide(mv.serial, int(v))
			}
			if d.target == own {
				continue
			}
			// Communities other than these two may have changed since the choice,
			// without a neighbour of v moving: by at most their members' degrees.
			target, gain := d.target, 0.0
			if target >= 0 {
				gain = st.gain(d.toTarget, st.tot[target], kv)
			}
			if gain <= st.gain(d.toOwn, st.tot[own]-kv, kv) {
				continue
			}
			if target < 0 {
				target, empty = empty[len(empty)-1], empty[:len(empty)-1]
			}
			st.tot[own] -= kv
			st.tot[target] += kv
			size[own]--
			size[target]++
			if size[own] == 0 {
				empty = append(empty, own)
			}
			st.comm[v] = target
			touched[own], touched[target] = batch, batch
			moved = true
			nbr, _ := st.lv.adj.row(int(v))
			for _, u := range nbr {
				dirty[u] = batch
				if !queued[u] && st.comm[u] != target {
					queued[u] = true
					queue = append(queue, u)
				}
			}
		}
		queue = queue[len(nodes):] // append copies only the rest when it grows
	}
	return moved, nil
}

// groups returns the members of each of count communities, in node order: those
// of community c are members[off[c]:off[c+1]].
func groups(comm []int32, count int) (off, members []int32) {
	off = make([]int32, count+1)
	for _, c := range comm {
		off[c+1]++
	}
	for c := range count {
		off[c+1] += off[c]
	}
	members = make([]int32, len(comm))
	next := slices.Clone(off[:count])
	for v, c := range comm {
		members[next[c]] = int32(v)
		next[c]++
	}
	return off, members
}

// aggregateBlocks is the number of blocks of communities that aggregate builds in
// parallel and then joins in order.
const aggregateBlocks = 256

// aggregate returns the graph whose nodes are the count communities of lv, built
// with the mover's scratch space.
func (lv *level) aggregate(mv *mover, comm []int32, count int) *level {
	off, members := groups(comm, count)
	type block struct {
		nbr  []int32
		w    []float64
		size []int32 // row length of each community in the block
	}
	blocks := make([]block, min(aggregateBlocks, count))
	self := make([]float64, count)
	mv.pool.For(len(blocks), func(s *moveScratch, b int) {
		lo, hi := b*count/len(blocks), (b+1)*count/len(blocks)
		bl := &blocks[b]
		bl.size = make([]int32, hi-lo)
		for c := lo; c < hi; c++ {
			s.neighbours = s.neighbours[:0]
			for _, v := range members[off[c]:off[c+1]] {
				self[c] += lv.self[v]
				nbr, w := lv.adj.row(int(v))
				for i, u := range nbr {
					d := comm[u]
					if d == int32(c) {
						self[c] += w[i]
						continue
					}
					if s.weightTo[d] == 0 {
						s.neighbours = append(s.neighbours, d)
					}
					s.weightTo[d] += w[i]
				}
			}
			for _, d := range s.neighbours {
				bl.nbr = append(bl.nbr, d)
				bl.w = append(bl.w, s.weightTo[d])
				s.weightTo[d] = 0
			}
			bl.size[c-lo] = int32(len(s.neighbours))
		}
	})
	next := &level{adj: adjacency{off: make([]int32, count+1)}, self: self}
	total := 0
	for _, bl := range blocks {
		total += len(bl.nbr)
	}
	next.adj.nbr, next.adj.w = make([]int32, 0, total), make([]float64, 0, total)
	c := 0
	for _, bl := range blocks {
		next.adj.nbr = append(next.adj.nbr, bl.nbr...)
		next.adj.w = append(next.adj.w, bl.w...)
		for _, sz := range bl.size {
			next.adj.off[c+1] = next.adj.off[c] + sz
			c++
		}
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
