package metrics

import (
	"context"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/parallel"
)

// Brokerage counts the Gould–Fernandez brokerage roles of one node.
type Brokerage struct {
	// Coordinator: a → v → b, all three in one group.
	Coordinator int `json:"coordinator"`
	// Gatekeeper: v and b share a group, a is outside it; v lets a in.
	Gatekeeper int `json:"gatekeeper"`
	// Representative: a and v share a group, b is outside it; v speaks for a.
	Representative int `json:"representative"`
	// Consultant (itinerant broker): a and b share a group, v belongs to another.
	Consultant int `json:"consultant"`
	// Liaison: a, v and b in three different groups.
	Liaison int `json:"liaison"`
}

// Total returns the number of brokered pairs over all roles.
func (b Brokerage) Total() int {
	return b.Coordinator + b.Gatekeeper + b.Representative + b.Consultant + b.Liaison
}

// BrokerageRoles returns the Gould–Fernandez brokerage roles of every node, with
// group[v] the group of node v (for Netzwerkatlas: the actor's primary legal domain).
// Node v brokers the ordered pair (a, b) when a → v → b, a ≠ b and there is no arc
// a → b; the groups of a, v and b decide the role. In an undirected graph every tie
// counts in both directions, so an open path a – v – b is brokered twice, as
// (a, b) and as (b, a): a reciprocated tie in a directed graph counts the same way.
//
// Reference: Gould & Fernandez 1989, "Structures of mediation", as R's
// sna::brokerage and UCINET count them (raw counts, not standardised). It takes
// O(Σ_v Σ_{a→v} (outdeg(a) + outdeg(v))) time, in parallel over nodes.
func BrokerageRoles(ctx context.Context, g *Graph, group []int) ([]Brokerage, error) {
	n := g.N()
	roles := make([]Brokerage, n)
	_, err := parallel.For(ctx, n, func() []int32 { return make([]int32, n) }, func(mark []int32, v int) {
		in, _ := g.In(v)
		out, _ := g.Out(v)
		r := &roles[v]
		gv := group[v]
		for _, a := range in {
			// mark[b] == a+1 while a → b exists.
			stamp := a + 1
			an, _ := g.Out(int(a))
			for _, b := range an {
				mark[b] = stamp
			}
			ga := group[a]
			for _, b := range out {
				if b == a || mark[b] == stamp {
					continue
				}
				gb := group[b]
				switch {
				case ga == gv && gv == gb:
					r.Coordinator++
				case ga == gb:
					r.Consultant++
				case gv == gb:
					r.Gatekeeper++
				case ga == gv:
					r.Representative++
				default:
					r.Liaison++
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return roles, nil
}
