package metrics

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
)

// Leiden returns a partition of g's undirected view into communities, as a community
// number (0, 1, …, in order of each community's smallest node) per node, that
// maximises the weighted modularity with resolution γ by the Leiden method. Each
// iteration moves single nodes to the neighbouring community that raises modularity
// most, taking them from a queue that holds only the nodes whose neighbourhood
// changed; then refines every community by merging, from singletons, only nodes and
// sub-communities that are well connected to the rest of it; then collapses each
// refined sub-community into one node, which starts in its unrefined community, and
// repeats on that smaller graph. A second iteration starts from the partition of
// the first (LeidenIterations in all, fewer if one changes nothing, as igraph's
// default n_iterations=2). Every community is connected. Weights are
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
	mv := newMover(n)
	part := identity(n) // current partition of the original nodes
	for range LeidenIterations {
		next, err := leidenIteration(ctx, mv, base, part, resolution, rng)
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

// LeidenIterations is the number of iterations Leiden runs at most.
const LeidenIterations = 2

// leidenIteration runs one iteration of the Leiden method on lv from the partition
// start (renumbered, 0 … count-1) and returns the partition it finds.
func leidenIteration(ctx context.Context, mv *mover, lv *level, start []int32, resolution float64, rng *rand.Rand) ([]int32, error) {
	member := identity(len(start))         // node of the current level of each original node
	part := append([]int32(nil), start...) // community of each node of the current level
	for {
		st := newModularityState(lv, part, resolution)
		if st.m2 == 0 {
			break
		}
		if _, err := st.fastMove(ctx, mv, rng); err != nil {
			return nil, err
		}
		n := len(part)
		refined, count := st.refine(mv, rng.Uint64())
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
		lv, part = lv.aggregate(mv, refined, count), next
	}
	out := make([]int32, len(member))
	for i, v := range member {
		out[i] = part[v]
	}
	return out, nil
}

// refine returns the refinement of st's partition and its number of communities:
// within each community, starting from singletons, each node that is still alone
// and well connected to its community joins a well-connected sub-community, chosen
// at random among those that do not lower modularity, with probability growing
// exponentially with the gain (θ = 0.01, as in the paper and igraph). Every refined
// community is connected. Communities are refined in parallel, each with its own
// random order drawn from seed and its number, so the result does not depend on
// the processors.
func (st *modularityState) refine(mv *mover, seed uint64) ([]int32, int) {
	n := len(st.comm)
	count := 0
	for _, c := range st.comm {
		count = max(count, int(c)+1)
	}
	off, members := groups(st.comm, count)
	r := &refinement{st: st, ref: &modularityState{lv: st.lv, comm: identity(n), k: st.k, tot: slices.Clone(st.k), m2: st.m2, gamma: st.gamma},
		ext: make([]float64, n), single: make([]bool, n)}
	mv.pool.For(count, func(s *moveScratch, c int) {
		if off[c] < off[c+1] { // labels need not be contiguous
			r.community(s, members[off[c]:off[c+1]], rand.New(rand.NewPCG(seed, uint64(c))))
		}
	})
	return r.ref.comm, renumber(r.ref.comm)
}

// refinement is the state of refine: the refined partition ref, the weight ext from
// each refined community to the rest of its community, and whether each node is
// still alone. Each community's nodes are refined on one goroutine.
type refinement struct {
	st, ref *modularityState
	ext     []float64
	single  []bool
}

// community refines the community of the given members.
func (r *refinement) community(s *moveScratch, members []int32, rng *rand.Rand) {
	const theta = 0.01
	st, ref, ext := r.st, r.ref, r.ext
	p := st.comm[members[0]]
	for _, v := range members {
		r.single[v] = true
		nbr, w := st.lv.adj.row(int(v))
		for i, u := range nbr {
			if st.comm[u] == p {
				ext[v] += w[i]
			}
		}
	}
	// wellConnected reports whether a part of total degree tot with edges of weight
	// out to the rest of its community is well connected.
	totP := st.tot[p]
	wellConnected := func(out, tot float64) bool { return out >= st.gamma*tot*(totP-tot)/st.m2 }
	keep := func(u int32) bool { return st.comm[u] == p } // other communities are refined meanwhile
	var candidates []int32
	var weights []float64
	for _, i := range rng.Perm(len(members)) {
		v := members[i]
		kv := st.k[v]
		if !r.single[v] || !wellConnected(ext[v], kv) {
			continue
		}
		s.scan(ref, int(v), keep)
		ref.tot[v] = 0
		candidates, weights = candidates[:0], weights[:0]
		maxGain := 0.0
		for _, c := range s.neighbours {
			if c != v && !wellConnected(ext[c], ref.tot[c]) {
				continue
			}
			if g := ref.gain(s.weightTo[c], ref.tot[c], kv); g >= 0 {
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
			x := rng.Float64() * total
			best = candidates[len(candidates)-1]
			for i, w := range weights {
				if x < w {
					best = candidates[i]
					break
				}
				x -= w
			}
		}
		if best != v {
			r.single[v], r.single[best] = false, false
			ext[best] += ext[v] - 2*s.weightTo[best]
			ref.comm[v] = best
		}
		ref.tot[best] += kv
		s.clear()
	}
}
