package planning

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// holdout is the result of hiding cross-domain ties and ranking the pairs without a
// tie: precision among the top 10 and 50 pairs, and the AUC (the chance that a hidden
// tie scores above a pair that never had one, ties counting half).
type holdout struct{ p10, p50, auc float64 }

// evaluateHoldout hides a random 10 % of the cross-domain ties of g (at least one),
// scores every cross-domain pair without a tie in the remaining graph with the
// weights w, and averages the figures over reps draws from the seed.
func evaluateHoldout(g *metrics.Graph, p *Profiles, w PotentialWeights, reps int, seed uint64) holdout {
	var ties []metrics.Tie
	for u := range g.N() {
		nbr, _ := g.Out(u)
		for _, v := range nbr {
			if u < int(v) {
				ties = append(ties, metrics.Tie{From: u, To: int(v), Weight: 1})
			}
		}
	}
	ids := make([]string, g.N())
	for v := range ids {
		ids[v] = g.ID(v)
	}
	var cross []int
	for i, t := range ties {
		if p.crossDomain(t.From, t.To) {
			cross = append(cross, i)
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x0e7a1))
	var sum holdout
	for range reps {
		rng.Shuffle(len(cross), func(i, j int) { cross[i], cross[j] = cross[j], cross[i] })
		hidden := map[[2]int]bool{}
		for _, i := range cross[:max(1, len(cross)/10)] {
			hidden[[2]int{ties[i].From, ties[i].To}] = true
		}
		train := metrics.NewGraph(ids, slices.DeleteFunc(slices.Clone(ties), func(t metrics.Tie) bool { return hidden[[2]int{t.From, t.To}] }), false)
		type scored struct {
			score float64
			hit   bool
		}
		var pairs []scored
		for u := range g.N() {
			for v := u + 1; v < g.N(); v++ {
				if !p.crossDomain(u, v) || train.HasEdge(u, v) {
					continue
				}
				pairs = append(pairs, scored{p.parts(u, v, metrics.AdamicAdar(train, u, v)).score(w), hidden[[2]int{u, v}]})
			}
		}
		// Random order among equal scores, so that ties do not favour either score.
		rng.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
		slices.SortStableFunc(pairs, func(a, b scored) int { return compareFloat(b.score, a.score) })
		at := func(k int) float64 {
			n := 0
			for _, x := range pairs[:min(k, len(pairs))] {
				if x.hit {
					n++
				}
			}
			return float64(n) / float64(k)
		}
		// AUC by ranks (Mann–Whitney), with mid-ranks for equal scores.
		var rankSum, pos float64
		for i := 0; i < len(pairs); {
			j := i
			for j < len(pairs) && pairs[j].score == pairs[i].score {
				j++
			}
			mid := float64(len(pairs)) - float64(i+j-1)/2 // rank from the bottom, 1-based
			for _, x := range pairs[i:j] {
				if x.hit {
					rankSum += mid
					pos++
				}
			}
			i = j
		}
		neg := float64(len(pairs)) - pos
		sum.p10 += at(10)
		sum.p50 += at(50)
		sum.auc += (rankSum - pos*(pos+1)/2) / (pos * neg)
	}
	r := float64(reps)
	return holdout{sum.p10 / r, sum.p50 / r, sum.auc / r}
}

var structuralOnly = PotentialWeights{Structural: 1}

// karateClubs are the members of Mr. Hi's club after the split of Zachary's karate
// club (networkx's "club" attribute); the others joined the officer's club.
var karateClubs = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21}

// TestPotentialHoldout reproduces the evaluation of the coupling potential score:
//
//	go test ./graph/analysis -run TestPotentialHoldout -v
//
// On the demo county the full score must beat Adamic–Adar alone in AUC, the measure
// over the whole ranking; precision at 10 and 50 is logged, not asserted (on seed 1
// Adamic–Adar alone is ahead there, on seed 2 the full score). On Zachary's
// karate club, with the two clubs after the split as the two "legal domains", there
// are no attributes, so the full score reduces to the structural one.
func TestPotentialHoldout(t *testing.T) {
	const reps = 20
	net := testnet.County()
	g, p := metrics.FromNetwork(net, false), NewProfiles(net)
	full := evaluateHoldout(g, p, DefaultPotentialWeights(), reps, 1)
	structural := evaluateHoldout(g, p, structuralOnly, reps, 1)
	t.Logf("demo county, %d draws: full score P@10 %.3f P@50 %.3f AUC %.3f; Adamic–Adar P@10 %.3f P@50 %.3f AUC %.3f",
		reps, full.p10, full.p50, full.auc, structural.p10, structural.p50, structural.auc)
	if full.auc <= structural.auc {
		t.Errorf("the full score does not beat Adamic–Adar alone on the demo county")
	}

	ref, err := testnet.Load("karate")
	if err != nil {
		t.Fatal(err)
	}
	knet := &graph.Network{Taxonomy: graph.DefaultTaxonomy()}
	for i, id := range ref.Nodes {
		club := "officer"
		if slices.Contains(karateClubs, i) {
			club = "mr_hi"
		}
		knet.Actors = append(knet.Actors, graph.Actor{Meta: graph.Meta{ID: id}, Name: "Mitglied " + strconv.Itoa(i), LegalDomains: []string{club}})
	}
	for i := range ref.Edges {
		from, to, _ := ref.Edge(i)
		knet.Cooperations = append(knet.Cooperations, graph.Cooperation{From: from, To: to, Intensity: 1})
	}
	kg, kp := metrics.FromNetwork(knet, false), NewProfiles(knet)
	kfull := evaluateHoldout(kg, kp, DefaultPotentialWeights(), 200, 1)
	kstruct := evaluateHoldout(kg, kp, structuralOnly, 200, 1)
	t.Logf("karate club (clubs as domains), 200 draws: full score P@10 %.3f P@50 %.3f AUC %.3f; Adamic–Adar P@10 %.3f P@50 %.3f AUC %.3f",
		kfull.p10, kfull.p50, kfull.auc, kstruct.p10, kstruct.p50, kstruct.auc)
	if kfull != kstruct {
		t.Errorf("without attributes the full score ranks differently from Adamic–Adar alone")
	}
}
