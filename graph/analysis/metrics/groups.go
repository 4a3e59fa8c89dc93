package metrics

// Mixing describes how the ties of a graph fall within and between groups of nodes.
type Mixing struct {
	// EI is Krackhardt & Stern's E-I index (E − I)/(E + I) over all ties, with E the
	// ties between groups and I those within: −1 means all ties stay within groups,
	// +1 all cross. NaN without ties.
	EI     Number       `json:"ei_index"`
	Groups []GroupStats `json:"groups"`
	// Blocks lists the group pairs with at least one tie between them; pairs not
	// listed have density 0.
	Blocks []Block `json:"blocks"`
}

// GroupStats are the figures of one group.
type GroupStats struct {
	Group    string `json:"group"`
	Size     int    `json:"size"`
	Internal int    `json:"internal_ties"`
	External int    `json:"external_ties"`
	// Density is the share of possible ties within the group that exist.
	Density float64 `json:"density"`
	// EI is the group's E-I index over the ties of its members.
	EI Number `json:"ei_index"`
}

// Block is the density of ties between two different groups: ties / (size A · size B).
// In a directed graph it counts ties from A to B; in an undirected one A < B.
type Block struct {
	From    string  `json:"from"`
	To      string  `json:"to"`
	Ties    int     `json:"ties"`
	Density float64 `json:"density"`
}

// GroupMixing returns the E-I index and the densities within and between groups,
// with group[v] the index into names of node v's group. Each undirected edge counts
// once, each arc of a directed graph once (Krackhardt & Stern 1988, "Informal
// networks and organizational crises"; densities as UCINET's block densities).
// O(n + m + k²) time for k groups.
func GroupMixing(g *Graph, group []int, names []string) Mixing {
	k := len(names)
	size := make([]int, k)
	for _, c := range group {
		size[c]++
	}
	ties := make([]int, k*k) // ties[a*k+b]: ties from group a to group b
	for u := range g.N() {
		out, _ := g.Out(u)
		for _, v := range out {
			if g.directed || u < int(v) {
				a, b := group[u], group[v]
				if !g.directed && b < a {
					a, b = b, a
				}
				ties[a*k+b]++
			}
		}
	}
	mix := Mixing{Groups: make([]GroupStats, k)}
	totalE, totalI := 0, 0
	for a := range k {
		gs := &mix.Groups[a]
		gs.Group, gs.Size, gs.Internal = names[a], size[a], ties[a*k+a]
		pairs := float64(size[a]) * float64(size[a]-1)
		if !g.directed {
			pairs /= 2
		}
		if pairs > 0 {
			gs.Density = float64(gs.Internal) / pairs
		}
		for b := range k {
			if b == a {
				continue
			}
			gs.External += ties[a*k+b] + ties[b*k+a]
			if t := ties[a*k+b]; t > 0 {
				mix.Blocks = append(mix.Blocks, Block{From: names[a], To: names[b], Ties: t,
					Density: float64(t) / (float64(size[a]) * float64(size[b]))})
				totalE += t
			}
		}
		gs.EI = eiIndex(gs.External, gs.Internal)
		totalI += gs.Internal
	}
	mix.EI = eiIndex(totalE, totalI)
	return mix
}

func eiIndex(external, internal int) Number {
	return Number(float64(external-internal) / float64(external+internal))
}
