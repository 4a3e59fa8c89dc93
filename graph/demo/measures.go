package demo

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Measures of the steering group. After the survey of autumn 2025 it agreed to bring
// five pairs of actors together: three pairs that the last wave records as new ties
// (realised) and two pairs that stay without a tie (not realised). After the first
// survey it agreed on measures for two needs of the planted gap (the space with too
// few offers), whose evaluation shows how its supply changed.
const (
	realisedMeasures    = 3
	notRealisedMeasures = 2
	gapMeasures         = 2
)

// buildMeasures returns the measures for the batch's actors, cooperations and needs.
func buildMeasures(b *graph.Batch, gapSpace string) []graph.Measure {
	spaceNames := map[string]string{}
	for i := range b.SocialSpaces {
		spaceNames[b.SocialSpaces[i].ID] = b.SocialSpaces[i].Name
	}
	names := map[string]string{}
	domains := map[string][]string{}
	for i := range b.Actors {
		a := &b.Actors[i]
		names[a.ID], domains[a.ID] = a.Name, a.LegalDomains
	}
	// The first wave of each pair ("" for a tie outside the waves); the waves'
	// keys sort in time order.
	first := map[[2]string]string{}
	for i := range b.Cooperations {
		c := &b.Cooperations[i]
		p := pairOf(c.From, c.To)
		if w, seen := first[p]; !seen || c.WaveID < w {
			first[p] = c.WaveID
		}
	}
	var out []graph.Measure
	add := func(title, desc string, o graph.MeasureOrigin, actors []string, status, due, wave string) {
		out = append(out, graph.Measure{Meta: meta(fmt.Sprintf("seeland-massnahme-%02d", len(out)+1)), Title: title,
			Description: desc, Origin: o, Actors: actors, Responsible: responsibles[len(out)%len(responsibles)],
			Due: due, Status: status, AgreedWaveID: wave})
	}
	potential := func(p [2]string, status string) {
		add(fmt.Sprintf("%s und %s zusammenbringen", names[p[0]], names[p[1]]),
			"Aus den Kopplungspotenzialen der Erhebung Herbst 2025: ein gemeinsames Fallgespräch anbahnen.",
			graph.MeasureOrigin{Kind: graph.OriginPotential, From: p[0], To: p[1]}, []string{p[0], p[1]}, status, "2026-06-30", Wave2025)
	}
	// Realised: pairs of actors without a legal domain in common tied first in the
	// last wave, spread over their key order.
	var realised [][2]string
	for p, w := range first {
		if w == Wave2026 && !sharesDomain(domains[p[0]], domains[p[1]]) {
			realised = append(realised, p)
		}
	}
	slices.SortFunc(realised, comparePairs)
	if len(realised) > realisedMeasures { // spread over the key order, not the first actor's pairs
		step := len(realised) / realisedMeasures
		for i := range realisedMeasures {
			realised[i] = realised[i*step]
		}
		realised = realised[:realisedMeasures]
	}
	for _, p := range realised {
		potential(p, graph.MeasureDone)
	}
	// Not realised: pairs of actors of one social space without a legal domain in
	// common and without any tie, in key order of the actors.
	left := notRealisedMeasures
	for i := 0; i < len(b.Actors) && left > 0; i++ {
		for j := i + 1; j < len(b.Actors) && left > 0; j++ {
			a, c := &b.Actors[i], &b.Actors[j]
			p := pairOf(a.ID, c.ID)
			if _, tied := first[p]; tied || len(a.SocialSpaces) == 0 || len(c.SocialSpaces) == 0 ||
				a.SocialSpaces[0] != c.SocialSpaces[0] || a.SocialSpaces[0] == RootSpace || sharesDomain(a.LegalDomains, c.LegalDomains) {
				continue
			}
			potential(p, graph.MeasureStarted)
			first[p] = "" // used
			left--
		}
	}
	// Gaps: the needs of the planted gap with the largest targets first.
	var needs []*graph.Need
	for i := range b.Needs {
		if n := &b.Needs[i]; n.SocialSpaceID == gapSpace {
			needs = append(needs, n)
		}
	}
	tax := graph.DefaultTaxonomy()
	slices.SortFunc(needs, func(x, y *graph.Need) int { return cmp.Or(cmp.Compare(y.Target, x.Target), cmp.Compare(x.ID, y.ID)) })
	for _, n := range needs[:min(gapMeasures, len(needs))] {
		add(fmt.Sprintf("Versorgungslücke schließen: %s in %s", tax.Label(graph.ListFields, n.Field), spaceNames[n.SocialSpaceID]), "Aus den Angebotslücken der Erhebung Herbst 2024: Träger für ein zusätzliches Angebot gewinnen.",
			graph.MeasureOrigin{Kind: graph.OriginGap, SocialSpaceID: n.SocialSpaceID, Field: n.Field, TargetGroup: n.TargetGroup},
			nil, graph.MeasureStarted, "2025-12-31", Wave2024)
	}
	return out
}

// responsibles are who see to the measures, in turn.
var responsibles = []string{"Sozial- und Teilhabeplanung", "Netzwerkkoordination", "Sozialraumkonferenz"}

// pairOf returns the two IDs in order.
func pairOf(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func comparePairs(x, y [2]string) int {
	return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
}

// sharesDomain reports whether the two lists have a legal domain in common.
func sharesDomain(a, b []string) bool {
	return slices.ContainsFunc(a, func(d string) bool { return slices.Contains(b, d) })
}
