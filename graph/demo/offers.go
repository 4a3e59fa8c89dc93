package demo

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// buildOffers creates the offers of every actor from its template.
func buildOffers(rng *rand.Rand, l *layout, actors []graph.Actor, nodes []node) []graph.Offer {
	out := make([]graph.Offer, 0, len(actors)*8/5)
	var sl slab
	for i := range actors {
		nd := &nodes[i]
		for _, t := range nd.tpl.offers {
			if t.p > 0 && rng.Float64() >= t.p {
				continue
			}
			sp := l.leaves[nd.leaf]
			o := graph.Offer{ActorID: actors[i].ExternalKey, Name: strings.ReplaceAll(t.name, "{ort}", sp.place),
				Fields: sl.copy(t.fields), TargetGroups: sl.copy(t.targets), LegalBasis: t.basis}
			if len(t.domains) > 0 {
				o.LegalDomains = sl.copy(t.domains)
			} else {
				o.LegalDomains = sl.copy(actors[i].LegalDomains[:1])
			}
			if t.wide && nd.wide {
				o.SocialSpaces = []string{RootSpace}
			} else {
				o.SocialSpaces = []string{sp.key}
				// Some offers reach a neighbouring space, never the planted gap.
				if !sp.gap {
					for _, nb := range l.neighbours(int(nd.leaf)) {
						if nl := l.leaves[nb]; !nl.gap && rng.Float64() < 0.2 {
							o.SocialSpaces = append(o.SocialSpaces, nl.key)
						}
					}
				}
			}
			if t.capHi > 0 {
				o.Capacity = float64(t.capLo + rng.IntN(t.capHi-t.capLo+1))
			}
			o.BarrierFree = rng.Float64() < math.Max(t.pBarrierFree, 0.3)
			o.LowThreshold = rng.Float64() < t.pLowThreshold
			o.Counselling = t.counselling
			out = append(out, o)
		}
	}
	keys := keyList("seeland-angebot-", len(out), 4)
	for i := range out {
		out[i].Meta = meta(keys[i])
	}
	return out
}

// needSpec is one kind of planning target set for every social space.
type needSpec struct {
	field, target, measure string
	note                   string
}

var needSpecs = []needSpec{
	{"care", "older_people", graph.MeasureOffersPer1000, "Pflege- und Entlastungsangebote für ältere Menschen"},
	{"inclusion", "", graph.MeasureOffersPer1000, "Teilhabeangebote im Sozialraum (§ 104 SGB IX)"},
	{"work", "unemployed", graph.MeasureOffers, "Beschäftigungs- und Beratungsangebote"},
	{"housing", "", graph.MeasurePlacesPer1000, "Wohnplätze mit Unterstützung"},
	{"education", "children_youth", graph.MeasurePlacesPer1000, "Betreuungs- und Bildungsplätze"},
	{"health", "", graph.MeasureOffersPer1000, "Gesundheitsangebote"},
	{"poverty", "", graph.MeasureOffers, "Beratung und Hilfen bei Armut"},
	{"leisure", "", graph.MeasureOffersPer1000, "Treffpunkte und Begegnung"},
}

// needYear is the planning year of the needs.
const needYear = 2026

// Supply returns what the offers supply to the social space with the external key
// space for a need's field, target group and measure, as the generator counts it when
// it sets the targets: an offer counts if it names the space or the county root
// (RootSpace), has the field, and has the target group, "all_residents" or no target
// group (any target group if targetGroup is empty). MeasureOffers counts offers,
// MeasureOffersPer1000 divides the count by the population in thousands,
// MeasurePlacesPer1000 sums the offers' capacity per 1,000 inhabitants. population is
// the space's latest population.
func Supply(offers []graph.Offer, space string, population float64, field, targetGroup, measure string) float64 {
	var count, places float64
	for i := range offers {
		o := &offers[i]
		if !servesNeed(o, field, targetGroup) {
			continue
		}
		if slices.Contains(o.SocialSpaces, space) || slices.Contains(o.SocialSpaces, RootSpace) {
			count++
			places += o.Capacity
		}
	}
	return supplyValue(count, places, population, measure)
}

func servesNeed(o *graph.Offer, field, targetGroup string) bool {
	if !slices.Contains(o.Fields, field) {
		return false
	}
	return targetGroup == "" || len(o.TargetGroups) == 0 ||
		slices.Contains(o.TargetGroups, targetGroup) || slices.Contains(o.TargetGroups, "all_residents")
}

func supplyValue(count, places, population float64, measure string) float64 {
	switch measure {
	case graph.MeasureOffers:
		return count
	case graph.MeasureOffersPer1000:
		return count / population * 1000
	default:
		return places / population * 1000
	}
}

// buildNeeds sets a target per leaf space and need spec: near the median supply of
// the leaves, and for the planted gap well above its own supply.
func buildNeeds(rng *rand.Rand, l *layout, spaces []graph.SocialSpace, offers []graph.Offer) []graph.Need {
	nl := len(l.leaves)
	leafIndex := make(map[string]int, nl)
	for i, s := range l.leaves {
		leafIndex[s.key] = i
	}
	// Count per leaf and spec in one pass; root offers count for every leaf.
	count := make([]float64, nl*len(needSpecs))
	places := make([]float64, nl*len(needSpecs))
	rootCount := make([]float64, len(needSpecs))
	rootPlaces := make([]float64, len(needSpecs))
	for i := range offers {
		o := &offers[i]
		for k, spec := range needSpecs {
			if !servesNeed(o, spec.field, spec.target) {
				continue
			}
			for _, s := range o.SocialSpaces {
				if s == RootSpace {
					rootCount[k]++
					rootPlaces[k] += o.Capacity
				} else if j, ok := leafIndex[s]; ok {
					count[j*len(needSpecs)+k]++
					places[j*len(needSpecs)+k] += o.Capacity
				}
			}
		}
	}
	pop := make([]float64, nl)
	for _, s := range spaces {
		if j, ok := leafIndex[s.ExternalKey]; ok {
			pop[j], _ = s.Indicator("population", 0)
		}
	}
	supply := func(j, k int) float64 {
		i := j*len(needSpecs) + k
		return supplyValue(count[i]+rootCount[k], places[i]+rootPlaces[k], pop[j], needSpecs[k].measure)
	}

	var out []graph.Need
	vals := make([]float64, 0, nl)
	for k, spec := range needSpecs {
		vals = vals[:0]
		for j := range nl {
			if !l.leaves[j].gap {
				vals = append(vals, supply(j, k))
			}
		}
		slices.Sort(vals)
		median := vals[len(vals)/2]
		for j, s := range l.leaves {
			target := median * (0.85 + 0.35*rng.Float64())
			if s.gap {
				target = math.Max(median, 2*supply(j, k)) * 1.1
			}
			if spec.measure == graph.MeasureOffers {
				target = math.Max(math.Ceil(target), 1)
			} else {
				target = math.Max(math.Round(target*100)/100, 0.1)
			}
			out = append(out, graph.Need{SocialSpaceID: s.key, Field: spec.field, TargetGroup: spec.target,
				Measure: spec.measure, Target: target, Year: needYear, Note: spec.note})
		}
	}
	keys := keyList("seeland-bedarf-", len(out), 4)
	for i := range out {
		out[i].Meta = meta(keys[i])
	}
	return out
}
