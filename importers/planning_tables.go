package importers

import (
	"math"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// The planning reports as tables for people: German headers, German labels beside
// codes, actor and social space names beside their keys (as the other sheets write
// them), and numbers rounded for reading (see readable); shares are percentages with
// one decimal. n is the network (of the state) the report was computed on; it
// supplies keys, names and the taxonomy. The first table of each is the one a CSV
// file holds.

// gapKinds names the kinds of plan.Gap in German, as the web front end does.
var gapKinds = map[string]string{
	plan.GapUnderNeed:       "Bedarf nicht gedeckt",
	plan.GapNoOffer:         "Kein Angebot",
	plan.GapPoorlyConnected: "Kaum vernetzt",
}

// planTables holds what the planning tables share: the keys and labels of n.
type planTables struct {
	keys   keyIndex
	labels *labeller
}

func newPlanTables(n *graph.Network) planTables {
	return planTables{keys: newKeyIndex(n, graph.KindActor, graph.KindSocialSpace), labels: newLabeller(n)}
}

// actor returns the key and the name of the actor with the ID.
func (p planTables) actor(id string) (key, name any) {
	return p.keys.key(graph.KindActor, id), p.labels.name(graph.KindActor, id, p.keys)
}

// space returns the key and the name of the social space with the ID.
func (p planTables) space(id string) (key, name any) {
	if id == "" {
		return nil, nil
	}
	return p.keys.key(graph.KindSocialSpace, id), p.labels.name(graph.KindSocialSpace, id, p.keys)
}

// terms returns the short German labels of codes in a taxonomy list, joined by ", ".
func (p planTables) terms(list string, codes ...string) any {
	var out []string
	for _, c := range codes {
		if c == "" {
			continue
		}
		label := c
		for _, t := range termsOf(p.labels.tax, list) {
			if t.Code == c {
				label = t.Label
			}
		}
		out = append(out, label)
	}
	return nilIfEmpty(strings.Join(out, ", "))
}

// names returns the names of the entities of kind k with the IDs, joined by ", ".
func (p planTables) names(k graph.Kind, ids []string) any {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = p.labels.name(k, id, p.keys)
	}
	return nilIfEmpty(strings.Join(out, ", "))
}

// number returns v rounded for reading, or nil (an empty cell) if it is undefined.
func number(v float64) any {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return readable(v)
}

// percent returns the share v as a percentage with one decimal, or nil if undefined.
func percent(v float64) any {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return math.Round(v*1000) / 10
}

// PotentialTables lays out the coupling potentials as the table "Kopplungspotenziale":
// one row per pair in rank order, with both actors' keys, names and legal domains,
// the score, the shared partners, social spaces, target groups and fields by name,
// and the reasons.
func PotentialTables(n *graph.Network, r *plan.PotentialReport) []Table {
	p := newPlanTables(n)
	t := Table{Name: "Kopplungspotenziale", Headers: []string{"Rang",
		"Akteur A (Schlüssel)", "Akteur A", "Rechtskreise A", "Akteur B (Schlüssel)", "Akteur B", "Rechtskreise B",
		"Potenzial", "Gemeinsame Partner (Anzahl)", "Gemeinsame Partner", "Gemeinsame Sozialräume",
		"Gemeinsame Zielgruppen", "Gemeinsame Handlungsfelder", "Begründung"}}
	for i := range r.Potentials {
		x := &r.Potentials[i]
		aKey, aName := p.actor(x.A.ID)
		bKey, bName := p.actor(x.B.ID)
		t.Rows = append(t.Rows, []any{i + 1,
			aKey, aName, p.terms(graph.ListLegalDomains, x.A.LegalDomains...),
			bKey, bName, p.terms(graph.ListLegalDomains, x.B.LegalDomains...),
			math.Round(x.Score*100) / 100, len(x.SharedPartners), p.names(graph.KindActor, x.SharedPartners),
			p.names(graph.KindSocialSpace, x.SharedSocialSpaces),
			p.terms(graph.ListTargetGroups, x.SharedTargetGroups...), p.terms(graph.ListFields, x.SharedFields...),
			nilIfEmpty(strings.Join(x.Reasons, " "))})
	}
	return []Table{t}
}

// GapTables lays out the gap analysis as three tables: "Lücken" (each gap with its
// kind, social space, field, target group, severity in percent and explanation),
// "Bedarfe je Sozialraum" and "Angebot" (the supply of each social space and field,
// with the need's target and coverage where there is one).
func GapTables(n *graph.Network, r *plan.GapReport) []Table {
	p := newPlanTables(n)
	gaps := Table{Name: "Lücken", Headers: []string{"Art", "Sozialraum (Schlüssel)", "Sozialraum", "Handlungsfeld",
		"Zielgruppe", "Schwere (%)", "Erläuterung"}}
	for _, g := range r.Gaps {
		key, name := p.space(g.SocialSpace)
		gaps.Rows = append(gaps.Rows, []any{gapKinds[g.Kind], key, name, p.terms(graph.ListFields, g.Field),
			p.terms(graph.ListTargetGroups, g.TargetGroup), percent(g.Severity), g.Explanation})
	}
	spaces := Table{Name: "Bedarfe je Sozialraum", Headers: []string{"Sozialraum (Schlüssel)", "Sozialraum", "Bedarfe",
		"Davon nicht gedeckt", "Deckungsgrad (%)"}}
	for _, s := range r.Spaces {
		key, name := p.space(s.SocialSpace)
		spaces.Rows = append(spaces.Rows, []any{key, name, s.Needs, s.NeedsUnmet, percent(float64(s.Coverage))})
	}
	supply := Table{Name: "Angebot", Headers: []string{"Sozialraum (Schlüssel)", "Sozialraum", "Handlungsfeld", "Zielgruppe",
		"Angebote", "Plätze", "Angebote je 1.000 Einwohner", "Plätze je 1.000 Einwohner",
		"Bedarf: Maß", "Bedarf: Zielwert", "Bedarf: Istwert", "Deckungsgrad (%)"}}
	for _, c := range r.Cells {
		key, name := p.space(c.SocialSpace)
		row := []any{key, name, p.terms(graph.ListFields, c.Field), p.terms(graph.ListTargetGroups, c.TargetGroup),
			c.Offers, number(c.Capacity), number(float64(c.OffersPer1000)), number(float64(c.PlacesPer1000))}
		if c.Need != nil {
			row = append(row, p.terms(listMeasures, c.Need.Measure), number(c.Need.Target), number(float64(c.Need.Value)),
				percent(float64(c.Need.Coverage)))
		} else {
			row = append(row, nil, nil, nil, nil)
		}
		supply.Rows = append(supply.Rows, row)
	}
	return []Table{gaps, spaces, supply}
}

// ResilienceTables lays out the resilience analysis as the table "Resilienz": one
// row per actor, most critical first.
func ResilienceTables(n *graph.Network, r *plan.ResilienceReport) []Table {
	p := newPlanTables(n)
	t := Table{Name: "Resilienz", Headers: []string{"Rang", "Schlüssel", "Akteur", "Kritikalität",
		"Getrennte Akteurspaare bei Ausfall", "Erreichbare Paare danach (%)", "Teilnetze danach",
		"Wegfallende Kooperationen über Rechtskreise", "Kooperationen", "Schlüsselakteur", "Erläuterung"}}
	for i := range r.Actors {
		a := &r.Actors[i]
		key, name := p.actor(a.ID)
		t.Rows = append(t.Rows, []any{i + 1, key, name, number(a.Criticality), a.DisconnectedPairs,
			percent(a.ConnectedShare), a.Components, a.CrossDomainTies, a.Degree, cellText(a.ArticulationPoint), a.Explanation})
	}
	return []Table{t}
}

// SpaceTables lays out the figures of the social spaces as the table
// "Sozialräume", headed as the web view names the figures.
func SpaceTables(n *graph.Network, r *plan.SpaceReport) []Table {
	p := newPlanTables(n)
	t := Table{Name: "Sozialräume", Headers: []string{"Schlüssel", "Sozialraum", "Ebene", "Akteure", "Davon vor Ort",
		"Kooperationen", "Dichte", "Getrennte Teilnetze", "Größtes Teilnetz", "Kooperationen je Akteur", "Zentralisierung",
		"Geschlossenheit (Clustering)", "Offenheit zwischen Rechtskreisen (E-I)", "Dichte vor Ort", "Vernetzung vor Ort"}}
	for _, s := range r.Spaces {
		key, name := p.space(s.SocialSpace)
		t.Rows = append(t.Rows, []any{key, name, p.terms(graph.ListSpaceLevels, s.Level), s.Actors, s.Local, s.Ties,
			number(s.Density), s.Components, s.LargestComponent, number(s.MeanDegree), number(s.DegreeCentralization),
			number(s.Clustering), number(float64(s.EI)), number(s.LocalDensity), number(float64(s.LocalRatio))})
	}
	return []Table{t}
}

// CouplingTables lays out the coupling matrices as tables of pairs of groups:
// "Rechtskreise", "Akteursarten" and, if the report holds one social space's
// matrix, "Rechtskreise im Sozialraum".
func CouplingTables(n *graph.Network, r *plan.CouplingReport) []Table {
	p := newPlanTables(n)
	headers := []string{"Gruppe A", "Gruppe B", "Kooperationen", "Mögliche Paare", "Dichte",
		"Dichte im Vergleich zum Netz", "Erwartete Kooperationen", "Kopplung (beobachtet/erwartet)", "Schwach gekoppelt"}
	cells := func(m *plan.CouplingMatrix, lead ...any) [][]any {
		label := map[string]string{}
		for _, g := range m.Groups {
			label[g.Code] = g.Label
		}
		rows := make([][]any, 0, len(m.Cells))
		for _, c := range m.Cells {
			rows = append(rows, append(append([]any{}, lead...), label[c.A], label[c.B], c.Ties, c.Pairs, number(c.Density),
				number(float64(c.DensityRatio)), number(c.Expected), number(float64(c.Ratio)), cellText(c.Weak)))
		}
		return rows
	}
	domains := Table{Name: "Rechtskreise", Headers: headers, Rows: cells(&r.LegalDomains)}
	kinds := Table{Name: "Akteursarten", Headers: headers, Rows: cells(&r.ActorKinds)}
	if s := r.SocialSpace; s != nil {
		key, name := p.space(s.SocialSpace)
		space := Table{Name: "Rechtskreise im Sozialraum", Headers: append([]string{"Sozialraum (Schlüssel)", "Sozialraum"}, headers...),
			Rows: cells(&s.LegalDomains, key, name)}
		return []Table{domains, kinds, space}
	}
	return []Table{domains, kinds}
}
