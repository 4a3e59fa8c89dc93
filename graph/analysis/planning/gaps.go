package planning

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// allResidents is the target group code of offers open to everyone; such an offer
// serves every target group.
const allResidents = "all_residents"

// SupplyCell is the supply of one social space in one field of action, for one target
// group or (TargetGroup empty) for all.
type SupplyCell struct {
	SocialSpace string `json:"social_space"`
	Field       string `json:"field"`
	TargetGroup string `json:"target_group,omitempty"`
	// Offers counts the offers serving the space (see Profiles) in the field, for the
	// target group: offers naming it, naming all residents or naming no target group.
	Offers   int     `json:"offers"`
	Capacity float64 `json:"capacity"`
	// OffersPer1000 and PlacesPer1000 relate Offers and Capacity to the space's
	// latest population; null without a population indicator.
	OffersPer1000 metrics.Number `json:"offers_per_1000"`
	PlacesPer1000 metrics.Number `json:"places_per_1000"`
	// Need is the planners' target for the cell, if any.
	Need *NeedCheck `json:"need,omitempty"`
}

// NeedCheck compares a need's target with the supply.
type NeedCheck struct {
	NeedID  string  `json:"need_id"`
	Measure string  `json:"measure"`
	Target  float64 `json:"target"`
	// Value is the supply in the need's measure; null if the measure needs a
	// population the space lacks.
	Value metrics.Number `json:"value"`
	// Coverage is Value/Target.
	Coverage metrics.Number `json:"coverage"`
}

// The kinds of Gap.
const (
	GapUnderNeed       = "under_need"       // supply below the planners' target
	GapNoOffer         = "no_offer"         // no offer in a field offered elsewhere
	GapPoorlyConnected = "poorly_connected" // local actors barely cooperate
)

// Gap is one finding of the gap analysis, explained in German.
type Gap struct {
	Kind        string `json:"kind"`
	SocialSpace string `json:"social_space"`
	Field       string `json:"field,omitempty"`
	TargetGroup string `json:"target_group,omitempty"`
	// Severity in [0, 1] orders the gaps: the missing share of the target for
	// under_need, 1 for a field without any offer, and 1 − LocalRatio for
	// poorly_connected.
	Severity    float64 `json:"severity"`
	Explanation string  `json:"explanation"`
}

// SpaceSupply sums up the needs of one social space.
type SpaceSupply struct {
	SocialSpace string `json:"social_space"`
	Name        string `json:"name"`
	Needs       int    `json:"needs"`
	NeedsUnmet  int    `json:"needs_unmet"`
	// Coverage is the mean coverage of its needs, each capped at 1; null without needs.
	Coverage metrics.Number `json:"coverage"`
}

// GapReport holds the supply matrix and the gaps of one snapshot.
type GapReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State *graph.StateInfo `json:"state" nullable:"false"`
	// Cells hold every leaf social space × field of action offered anywhere, and
	// every social space × field × target group a need names.
	Cells []SupplyCell `json:"cells"`
	// Spaces rank the social spaces with needs by Coverage, lowest first.
	Spaces []SpaceSupply `json:"social_spaces"`
	// Gaps are ordered by severity, most severe first.
	Gaps []Gap `json:"gaps"`
}

// maxLocalRatio is the LocalRatio below which a space counts as poorly connected.
const maxLocalRatio = 0.5

// GapsOf returns the offers of every social space and field of action against the
// needs, and the gaps: needs not met, leaf spaces without any offer in a field that
// other spaces have, and leaf spaces whose local actors cooperate among themselves
// less than half as densely as the network at large (see SpaceMetrics.LocalRatio).
// spaces is the SocialSpacesOf report of the same snapshot.
func GapsOf(net *graph.Network, p *Profiles, spaces *SpaceReport) *GapReport {
	r := &GapReport{Revision: net.Revision}
	sup := p.supply()
	population := func(s, year int) (float64, bool) { return p.Spaces[s].Indicator("population", year) }
	cell := func(s, field, target, year int) SupplyCell {
		c := SupplyCell{SocialSpace: p.Spaces[s].ID, Field: p.fields.codes[field], OffersPer1000: metrics.Number(math.NaN()),
			PlacesPer1000: metrics.Number(math.NaN())}
		if target >= 0 {
			c.TargetGroup = p.targets.codes[target]
		}
		c.Offers, c.Capacity = sup.at(s, field, target)
		if pop, ok := population(s, year); ok && pop > 0 {
			c.OffersPer1000, c.PlacesPer1000 = metrics.Number(float64(c.Offers)/pop*1000), metrics.Number(c.Capacity/pop*1000)
		}
		return c
	}
	offered := sup.offered
	for _, s := range p.leaves() {
		for _, f := range offered.members() {
			c := cell(s, int(f), -1, 0)
			r.Cells = append(r.Cells, c)
			if c.Offers == 0 {
				r.Gaps = append(r.Gaps, Gap{Kind: GapNoOffer, SocialSpace: c.SocialSpace, Field: c.Field, Severity: 1,
					Explanation: fmt.Sprintf("In %s gibt es kein Angebot im Handlungsfeld %s, das andere Sozialräume haben.",
						p.Spaces[s].Name, p.fields.labels[f])})
			}
		}
	}
	supply := map[int]*SpaceSupply{}
	for i := range net.Needs {
		n := &net.Needs[i]
		s, ok := p.spaceIndex[n.SocialSpaceID]
		if !ok {
			continue
		}
		target := -1
		if n.TargetGroup != "" {
			target = p.targets.add(n.TargetGroup, n.TargetGroup) // registered by NewProfiles: only reads
		}
		c := cell(s, p.fields.add(n.Field, n.Field), target, n.Year)
		check := &NeedCheck{NeedID: n.ID, Measure: n.Measure, Target: n.Target}
		switch n.Measure {
		case graph.MeasureOffers:
			check.Value = metrics.Number(c.Offers)
		case graph.MeasureOffersPer1000:
			check.Value = c.OffersPer1000
		default:
			check.Value = c.PlacesPer1000
		}
		check.Coverage = check.Value / metrics.Number(n.Target)
		c.Need = check
		r.Cells = append(r.Cells, c)
		ss := supply[s]
		if ss == nil {
			ss = &SpaceSupply{SocialSpace: p.Spaces[s].ID, Name: p.Spaces[s].Name}
			supply[s] = ss
		}
		ss.Needs++
		cov := float64(check.Coverage)
		if math.IsNaN(cov) {
			continue
		}
		ss.Coverage += metrics.Number(min(cov, 1))
		if cov < 1 {
			ss.NeedsUnmet++
			r.Gaps = append(r.Gaps, Gap{Kind: GapUnderNeed, SocialSpace: c.SocialSpace, Field: c.Field,
				TargetGroup: c.TargetGroup, Severity: 1 - cov, Explanation: p.needExplanation(s, n, c, check)})
		}
	}
	for _, ss := range supply {
		ss.Coverage /= metrics.Number(ss.Needs)
		r.Spaces = append(r.Spaces, *ss)
	}
	slices.SortFunc(r.Spaces, func(a, b SpaceSupply) int {
		return cmp.Or(compareFloat(float64(a.Coverage), float64(b.Coverage)), cmp.Compare(a.SocialSpace, b.SocialSpace))
	})
	leaf := map[string]bool{}
	for _, s := range p.leaves() {
		leaf[p.Spaces[s].ID] = true
	}
	for _, m := range spaces.Spaces {
		if ratio := float64(m.LocalRatio); leaf[m.SocialSpace] && ratio < maxLocalRatio {
			r.Gaps = append(r.Gaps, Gap{Kind: GapPoorlyConnected, SocialSpace: m.SocialSpace, Severity: 1 - ratio,
				Explanation: fmt.Sprintf("Die %d Akteure mit Sitz in %s kooperieren kaum miteinander: Dichte %s gegenüber %s im Gesamtnetz (%s %%).",
					m.Local, m.Name, german.Decimal(m.LocalDensity, 3), german.Decimal(spaces.Density, 3), german.Decimal(100*ratio, 0))})
		}
	}
	// Within equal severity, spaces with lower coverage first.
	rank := map[string]int{}
	for i, ss := range r.Spaces {
		rank[ss.SocialSpace] = i + 1
	}
	slices.SortStableFunc(r.Gaps, func(a, b Gap) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(rankOf(rank, a.SocialSpace), rankOf(rank, b.SocialSpace)))
	})
	return r
}

func rankOf(rank map[string]int, space string) int {
	if r, ok := rank[space]; ok {
		return r
	}
	return math.MaxInt
}

// supplyTable holds the offers and places that the offers naming each social space
// give it, per field of action and target group; a space's supply is the sum over
// it and the spaces above it (see supply).
type supplyTable struct {
	p *Profiles
	// offered are the fields of action of any offer.
	offered bitset
	// cols is the number of columns per space and field: one per target group for
	// the offers that name it, then one for the offers serving every target group,
	// then one for all offers.
	cols int
	// offers and places hold, per space, len(fields)·cols cells, nil for a space no
	// offer names as topmost.
	offers [][]int
	places [][]float64
}

// supply returns the supply table of the profiles' offers. Each offer counts once,
// at the topmost spaces it serves (see topmost), whose subtrees are disjoint as an
// offer's served set is closed downwards; so an offer serves space s exactly if it
// counts at one of s and the spaces above it. It takes O(o·(f + t + S/64)) time for
// o offers naming f fields and t target groups each and S social spaces, where the
// cell-by-cell count took O(S·o).
func (p *Profiles) supply() *supplyTable {
	nf, nt := len(p.fields.codes), len(p.targets.codes)
	t := &supplyTable{p: p, offered: newBitset(nf), cols: nt + 2,
		offers: make([][]int, len(p.Spaces)), places: make([][]float64, len(p.Spaces))}
	all, hasAll := p.targets.index[allResidents]
	var cols []int
	// The offers' sets of spaces are interned (see bitsets), so most offers share
	// one with others: find each set's topmost spaces once.
	tops := map[*uint64][]int32{}
	topmost := func(b bitset) []int32 {
		if len(b) == 0 {
			return nil
		}
		top, ok := tops[&b[0]]
		if !ok {
			top = p.topmost(b)
			tops[&b[0]] = top
		}
		return top
	}
	for v := range p.offers {
		for i := range p.offers[v] {
			o := &p.offers[v][i]
			t.offered.or(o.field)
			everyone := o.noTargetGroups || (hasAll && o.target.has(all))
			targets := o.target.members()
			for _, s := range topmost(o.served) {
				if t.offers[s] == nil {
					t.offers[s], t.places[s] = make([]int, nf*t.cols), make([]float64, nf*t.cols)
				}
				for _, f := range o.field.members() {
					row := int(f) * t.cols
					cols = append(cols[:0], nt+1) // all offers
					if everyone {
						cols = append(cols, nt)
					} else {
						for _, g := range targets {
							cols = append(cols, int(g))
						}
					}
					for _, c := range cols {
						t.offers[s][row+c]++
						t.places[s][row+c] += o.capacity
					}
				}
			}
		}
	}
	return t
}

// at returns the number and the capacity of the offers serving space s in field f
// for target group g (−1 for any): those naming g or all residents, or no target
// group at all.
func (t *supplyTable) at(s, f, g int) (offers int, places float64) {
	nt := t.cols - 2
	row := f * t.cols
	for x := int32(s); x >= 0; x = t.p.parent[x] {
		o, c := t.offers[x], t.places[x]
		if o == nil {
			continue
		}
		if g < 0 {
			offers, places = offers+o[row+nt+1], places+c[row+nt+1]
			continue
		}
		offers, places = offers+o[row+nt]+o[row+g], places+c[row+nt]+c[row+g]
	}
	return offers, places
}

func (p *Profiles) needExplanation(s int, n *graph.Need, c SupplyCell, check *NeedCheck) string {
	what := p.fields.labels[p.fields.index[n.Field]]
	if n.TargetGroup != "" {
		what += " für " + p.targets.labels[p.targets.index[n.TargetGroup]]
	}
	measure := n.Measure
	for _, t := range graph.Measures() {
		if t.Code == n.Measure {
			measure = t.Label
		}
	}
	return fmt.Sprintf("%s, Handlungsfeld %s: %s liegt bei %s, Ziel ist %s (%s %% erreicht; %d %s mit %s Plätzen).",
		p.Spaces[s].Name, what, measure, german.Decimal(float64(check.Value), 2), german.Decimal(n.Target, 2),
		german.Decimal(100*float64(check.Coverage), 0), c.Offers, plural(c.Offers, "Angebot", "Angebote"), german.Decimal(c.Capacity, 0))
}
