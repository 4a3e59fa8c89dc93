package planning

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
)

// TestWhatIfAsRebuilt checks WhatIf, which edits the snapshot's graph and keeps its
// profiles unless actors are removed, against rebuilding the graph and the profiles
// from the network with the proposal applied, with and without removals.
func TestWhatIfAsRebuilt(t *testing.T) {
	ctx := context.Background()
	net := testnet.County()
	g, p := inputs(net)
	before, err := ResilienceOf(ctx, net.Revision, g, p)
	if err != nil {
		t.Fatal(err)
	}
	var add Proposal
	for i := range 12 {
		add.Add = append(add.Add, ProposedTie{From: net.Actors[i].ID, To: net.Actors[3*i+40].ID, Kinds: []string{"information"}, Intensity: 1 + i%4})
	}
	nbr, _ := g.Out(0) // onto an existing tie
	add.Add = append(add.Add, ProposedTie{From: net.Actors[0].ID, To: g.ID(int(nbr[0])), Kinds: []string{"information"}, Intensity: 4})
	remove := add
	remove.Remove = []string{net.Actors[200].ID, net.Actors[201].ID, net.Actors[230].ID}
	for name, pr := range map[string]Proposal{"add": add, "add+remove": remove} {
		got, err := WhatIf(ctx, net, g, p, before, pr, DefaultCouplingThresholds())
		if err != nil {
			t.Fatal(err)
		}
		after := rebuilt(net, pr)
		ga, pa := inputs(after)
		res, err := ResilienceOf(ctx, after.Revision, ga, pa)
		if err != nil {
			t.Fatal(err)
		}
		want := scenario(ga, pa, res, DefaultCouplingThresholds())
		if a, b := jsonOf(t, got.After), jsonOf(t, want); a != b {
			t.Errorf("%s: after\n%s\nwant\n%s", name, a, b)
		}
	}
}

// rebuilt returns a copy of net with the proposal's cooperations added and its
// actors removed, with their offers and cooperations.
func rebuilt(net *graph.Network, pr Proposal) *graph.Network {
	out := *net
	removed := func(id string) bool { return slices.Contains(pr.Remove, id) }
	out.Actors = slices.DeleteFunc(slices.Clone(net.Actors), func(a graph.Actor) bool { return removed(a.ID) })
	out.Offers = slices.DeleteFunc(slices.Clone(net.Offers), func(o graph.Offer) bool { return removed(o.ActorID) })
	out.Cooperations = slices.DeleteFunc(slices.Clone(net.Cooperations), func(c graph.Cooperation) bool {
		return removed(c.From) || removed(c.To)
	})
	for i, t := range pr.Add {
		out.Cooperations = append(out.Cooperations, graph.Cooperation{Meta: graph.Meta{ID: fmt.Sprint("what-if-", i)},
			From: t.From, To: t.To, Kinds: t.Kinds, Intensity: t.Intensity})
	}
	return &out
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
