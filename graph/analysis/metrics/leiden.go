package metrics

import (
	"context"
	"math"
	"math/rand/v2"
)

// Leiden returns a partition of g's undirected view into communities, as a community
// number (0, 1, …, in order of each community's smallest node) per node, that
// maximises the weighted modularity with resolution γ by the Leiden method. Each
// iteration moves single nodes to the neighbouring community that raises modularity
// most, taking them from a queue that holds only the nodes whose neighbourhood
// changed; then refines every community by merging, from singletons, only nodes and
// sub-communities that are well connected to the rest of it; then collapses each
// refined sub-community into one node, which starts in its unrefined community, and
// repeats on that smaller graph. Iterations repeat, starting from the last
// partition, until one changes nothing. Every community is connected. Weights are
// the edge weights (intensities); the result is deterministic for a seed.
//
// Reference: Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
// well-connected communities", Sci Rep 9:5233; igraph's community_leiden with
// objective_function="modularity" implements the same method. An iteration takes
// about O(m) time per level; ctx is checked between levels.
func Leiden(ctx context.Context, g *Graph, resolution float64, seed uint64) ([]int, error) {
	u := g.Undirected()
	n := u.N()
	rng := rand.New(rand.NewPCG(seed, 0x4c65)) // "Le"
	base := &level{adj: u.out, self: make([]float64, n)}
	part := make([]int32, n) // current partition of the original nodes
	for i := range part {
		part[i] = int32(i)
	}
	for {
		next, err := leidenIteration(ctx, base, part, resolution, rng)
		if err != nil {
			return nil, err
		}
		renumber(next)
		changed := false
		for i := range next {
			changed = changed || next[i] != part[i]
		}
		part = next
		if !changed {
			break
		}
	}
	out := make([]int, n)
	for i, c := range part {
		out[i] = int(c)
	}
	return out, nil
}

// leidenIteration runs one iteration of the Leiden method on lv from the partition
// start (renumbered, 0 … count-1) and returns the partition it finds.
func leidenIteration(ctx context.Context, lv *level, start []int32, resolution float64, rng *rand.Rand) ([]int32, error) {
	member := make([]int32, len(start)) // node of the current level of each original node
	for i := range member {
		member[i] = int32(i)
	}
	part := append([]int32(nil), start...) // community of each node of the current level
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		st := newModularityState(lv, part, resolution)
		if st.m2 == 0 {
			break
		}
		st.fastMove(rng)
		n := len(part)
		refined, count := st.refine(rng)
		if count == n {
			break // every community is one node, or nothing merges
		}
		renumber(part)
		for i, v := range member {
			member[i] = refined[v]
		}
		next := make([]int32, count)
		for v, r := range refined {
			next[r] = part[v]
		}
		lv, part = lv.aggregate(refined, count), next
	}
	out := make([]int32, len(member))
	for i, v := range member {
		out[i] = part[v]
	}
	return out, nil
}

// modularityState is a partition of one level with what the modularity gain of a
// move needs: each node's weighted degree k (self-loop included), each community's
// total degree tot, twice the total weight m2, and scratch space for the weights
// from one node to its neighbouring communities.
type modularityState struct {
	lv         *level
	comm       []int32
	k, tot     []float64
	m2, gamma  float64
	weightTo   []float64
	neighbours []int32 // communities with weightTo set, the node's own first
}

func newModularityState(lv *level, comm []int32, resolution float64) *modularityState {
	n := len(comm)
	st := &modularityState{lv: lv, comm: comm, k: make([]float64, n), tot: make([]float64, n),
		gamma: resolution, weightTo: make([]float64, n)}
	for v := range n {
		_, w := lv.adj.row(v)
		st.k[v] = sum(w) + lv.self[v]
		st.tot[comm[v]] += st.k[v]
		st.m2 += st.k[v]
	}
	return st
}

// scan sets weightTo and neighbours for node v: the weight from v to each community
// among its neighbours (for which keep reports true) and to its own.
func (st *modularityState) scan(v int, keep func(c int32) bool) {
	nbr, w := st.lv.adj.row(v)
	own := st.comm[v]
	st.neighbours = append(st.neighbours[:0], own)
	st.weightTo[own] = 0
	for i, u := range nbr {
		c := st.comm[u]
		if !keep(c) {
			continue
		}
		if st.weightTo[c] == 0 && c != own {
			st.neighbours = append(st.neighbours, c)
		}
		st.weightTo[c] += w[i]
	}
}

// clear resets weightTo after scan.
func (st *modularityState) clear() {
	for _, c := range st.neighbours {
		st.weightTo[c] = 0
	}
}

// gain returns the modularity gain (times m2/2) of adding node v, already taken out
// of its community, to community c.
func (st *modularityState) gain(v int, c int32) float64 {
	return st.weightTo[c] - st.gamma*st.tot[c]*st.k[v]/st.m2
}

// fastMove moves nodes to their best community until no move raises modularity,
// visiting a node again only when a neighbour left for another community.
func (st *modularityState) fastMove(rng *rand.Rand) {
	n := len(st.comm)
	queue := make([]int32, 0, n)
	for _, v := range rng.Perm(n) {
		queue = append(queue, int32(v))
	}
	queued := make([]bool, n)
	for i := range queued {
		queued[i] = true
	}
	var empty []int32 // communities without members
	size := make([]int32, n)
	for _, c := range st.comm {
		size[c]++
	}
	for c := range size {
		if size[c] == 0 {
			empty = append(empty, int32(c))
		}
	}
	all := func(int32) bool { return true }
	for head := 0; head < len(queue); head++ {
		v := int(queue[head])
		queued[v] = false
		st.scan(v, all)
		old := st.comm[v]
		st.tot[old] -= st.k[v]
		size[old]--
		best, bestGain := old, st.gain(v, old)
		for _, c := range st.neighbours[1:] {
			if g := st.gain(v, c); g > bestGain {
				best, bestGain = c, g
			}
		}
		if bestGain < 0 && size[old] > 0 {
			best, empty = empty[len(empty)-1], empty[:len(empty)-1]
		}
		st.clear()
		st.tot[best] += st.k[v]
		size[best]++
		st.comm[v] = best
		if best == old {
			continue
		}
		if size[old] == 0 {
			empty = append(empty, old)
		}
		nbr, _ := st.lv.adj.row(v)
		for _, u := range nbr {
			if !queued[u] && st.comm[u] != best {
				queued[u] = true
				queue = append(queue, u)
			}
		}
		if head > n && head*2 > len(queue) { // reclaim the consumed head
			queue = append(queue[:0], queue[head+1:]...)
			head = -1
		}
	}
}

// refine returns the refinement of st's partition and its number of communities:
// within each community, starting from singletons, each node that is still alone
// and well connected to its community joins a well-connected sub-community, chosen
// at random among those that do not lower modularity, with probability growing
// exponentially with the gain (θ = 0.01, as in the paper and igraph). Every refined
// community is connected.
func (st *modularityState) refine(rng *rand.Rand) ([]int32, int) {
	const theta = 0.01
	n := len(st.comm)
	parent := st.comm
	ref := &modularityState{lv: st.lv, comm: make([]int32, n), k: st.k, tot: make([]float64, n),
		m2: st.m2, gamma: st.gamma, weightTo: st.weightTo}
	ext := make([]float64, n) // weight from each refined community to the rest of its parent
	single := make([]bool, n)
	for v := range n {
		ref.comm[v], ref.tot[v], single[v] = int32(v), st.k[v], true
		nbr, w := st.lv.adj.row(v)
		for i, u := range nbr {
			if parent[u] == parent[v] {
				ext[v] += w[i]
			}
		}
	}
	var candidates []int32
	var weights []float64
	for _, vi := range rng.Perm(n) {
		v := int32(vi)
		if !single[v] {
			continue
		}
		p := parent[v]
		kv, totP := st.k[v], st.tot[p]
		if ext[v] < st.gamma*kv*(totP-kv)/st.m2 {
			continue // v is not well connected to its community
		}
		ref.scan(vi, func(c int32) bool { return parent[c] == p })
		ref.tot[v] = 0
		candidates, weights = candidates[:0], weights[:0]
		maxGain := 0.0
		for _, c := range ref.neighbours {
			if c != v && ext[c] < st.gamma*ref.tot[c]*(totP-ref.tot[c])/st.m2 {
				continue // c is not well connected to its community
			}
			if g := ref.gain(vi, c); g >= 0 {
				candidates, weights = append(candidates, c), append(weights, g)
				maxGain = max(maxGain, g)
			}
		}
		best := v
		if len(candidates) > 0 {
			total := 0.0
			for i, g := range weights {
				weights[i] = math.Exp((g - maxGain) / theta)
				total += weights[i]
			}
			r := rng.Float64() * total
			best = candidates[len(candidates)-1]
			for i, w := range weights {
				if r < w {
					best = candidates[i]
					break
				}
				r -= w
			}
		}
		if best != v {
			single[v] = false
			single[best] = false
			ext[best] += ext[v] - 2*ref.weightTo[best]
			ref.comm[v] = best
		}
		ref.tot[best] += kv
		ref.clear()
	}
	return ref.comm, renumber(ref.comm)
}
