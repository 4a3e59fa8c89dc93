package planning

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// PotentialWeights weigh the five parts of the coupling potential score (see
// CouplingPotentials); each part lies in [0, 1], and the score is their weighted mean.
// BucketCap bounds the candidate buckets.
type PotentialWeights struct {
	// Structural weighs proximity in the network: 1 − exp(−AA) for the Adamic–Adar
	// index AA over shared partners.
	Structural float64 `json:"structural"`
	// SocialSpaces weighs the overlap of the social spaces served.
	SocialSpaces float64 `json:"social_spaces"`
	// TargetGroups and Fields weigh the overlap of target groups and fields.
	TargetGroups float64 `json:"target_groups"`
	Fields       float64 `json:"fields"`
	// Complementary weighs complementary offers: 1 if an offer of each serves a
	// common social space and target group in different fields of action.
	Complementary float64 `json:"complementary"`
	// BucketCap is the largest bucket (actors serving one social space and one
	// target group) whose members are all paired as candidates; larger buckets are
	// too unspecific to propose pairs on their own and are skipped (their pairs may
	// still come up through shared partners or smaller buckets).
	BucketCap int `json:"bucket_cap"`
}

// DefaultPotentialWeights returns the weights an Engine uses unless Options say
// otherwise. Structure counts most because shared partners can introduce the two
// actors; the territorial and thematic overlaps say that a tie would make sense.
// They were chosen by the hold-out evaluation (potentials_eval_test.go) on the demo
// county generated with seed 2 among a handful of candidates, and are reported on
// seed 1, the county the product ships.
func DefaultPotentialWeights() PotentialWeights {
	return PotentialWeights{Structural: 0.6, SocialSpaces: 0.15, TargetGroups: 0.1, Fields: 0.1, Complementary: 0.05, BucketCap: 150}
}

// PotentialQuery selects and limits the coupling potentials. Empty fields select all.
type PotentialQuery struct {
	// SocialSpace keeps pairs whose smallest shared space is the social space with
	// this ID or lies within it: both serve it, or a space within it. An actor that
	// serves the whole county (it or one of its offers names a root of the space
	// hierarchy) counts only with CountyWide, since it serves every space.
	SocialSpace string
	// CountyWide lets county-wide actors count for SocialSpace by serving every
	// space; without SocialSpace it changes nothing.
	CountyWide bool
	// LegalDomain keeps pairs of which one actor has this legal domain code.
	LegalDomain string
	// ActorID keeps pairs with this actor.
	ActorID string
	// TargetGroup keeps pairs that both serve this target group code.
	TargetGroup string
	// Limit is the number of pairs returned; 0 means DefaultPotentialLimit.
	Limit int
}

// DefaultPotentialLimit is the number of pairs a PotentialQuery without a Limit
// returns.
const DefaultPotentialLimit = 50

// Potential is one proposed coupling: two actors of different legal domains without a
// tie, with the parts of the score and the reasons in German.
type Potential struct {
	A     PotentialActor `json:"a"`
	B     PotentialActor `json:"b"`
	Score float64        `json:"score"`
	// Parts are the five parts of the score, each in [0, 1], and the raw Adamic–Adar
	// index behind the structural part.
	Parts PotentialParts `json:"parts"`
	// SharedPartners are the IDs of actors both already cooperate with.
	SharedPartners []string `json:"shared_partners"`
	// SharedSocialSpaces are the IDs of the largest social spaces both serve; with a
	// social-space filter, those within its space, as the filter counts them.
	SharedSocialSpaces []string `json:"shared_social_spaces"`
	// SharedTargetGroups and SharedFields are taxonomy codes.
	SharedTargetGroups []string `json:"shared_target_groups"`
	SharedFields       []string `json:"shared_fields"`
	// Reasons say in plain German why the pair is proposed.
	Reasons []string `json:"reasons"`
	// Explanation says how the score comes about, part by part.
	Explanation ScoreExplanation `json:"explanation"`
}

// ScoreExplanation explains a coupling potential's score in plain German: a summary
// and the five parts, whose contributions add up to the score.
type ScoreExplanation struct {
	Summary string      `json:"summary"`
	Parts   []ScorePart `json:"parts"`
}

// ScorePart is one part of a score: its value in [0, 1], its weight (the weights of
// all parts add up to 1), its contribution Weight × Value, and what it means for
// this pair.
type ScorePart struct {
	// Key names the part as PotentialParts does: structural, social_spaces,
	// target_groups, fields or complementary.
	Key          string  `json:"key"`
	Label        string  `json:"label"`
	Value        float64 `json:"value"`
	Weight       float64 `json:"weight"`
	Contribution float64 `json:"contribution"`
	Text         string  `json:"text"`
}

// PotentialActor names one actor of a Potential.
type PotentialActor struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	LegalDomains []string `json:"legal_domains"`
}

// PotentialParts are the parts of a coupling potential score.
type PotentialParts struct {
	AdamicAdar    float64 `json:"adamic_adar"`
	Structural    float64 `json:"structural"`
	SocialSpaces  float64 `json:"social_spaces"`
	TargetGroups  float64 `json:"target_groups"`
	Fields        float64 `json:"fields"`
	Complementary float64 `json:"complementary"`
}

// score returns the weighted mean of the parts.
func (x PotentialParts) score(w PotentialWeights) float64 {
	sum := w.Structural + w.SocialSpaces + w.TargetGroups + w.Fields + w.Complementary
	if sum <= 0 {
		return 0
	}
	return (w.Structural*x.Structural + w.SocialSpaces*x.SocialSpaces + w.TargetGroups*x.TargetGroups +
		w.Fields*x.Fields + w.Complementary*x.Complementary) / sum
}

// PotentialResult is what CouplingPotentials finds.
type PotentialResult struct {
	Weights PotentialWeights `json:"weights"`
	// Candidates is the number of pairs scored.
	Candidates int `json:"candidates"`
	// SkippedBuckets counts the buckets larger than BucketCap.
	SkippedBuckets int         `json:"skipped_buckets"`
	Potentials     []Potential `json:"potentials"`
}

// CouplingPotentials ranks pairs of actors of different legal domains (no legal
// domain in common) that have no tie in g, by the weighted mean of five parts, each
// in [0, 1]:
//
//	structural     1 − exp(−AA(u, v)), AA = Σ 1/ln deg(z) over shared partners z
//	               (Adamic & Adar 2003; networkx adamic_adar_index)
//	social spaces  |S(u) ∩ S(v)| / min(|S(u)|, |S(v)|), the overlap coefficient of
//	               the social spaces served, counted down the hierarchy
//	target groups  the overlap coefficient of the target groups served
//	fields         the overlap coefficient of the fields of action
//	complementary  1 if an offer of u and one of v serve a common social space and
//	               target group in fields of action that do not overlap, else 0
//
// g is the network of p's actors (FromNetwork's node order); a directed g counts as
// undirected. Candidates come from two sources only, never from all pairs: pairs
// with a shared partner (two hops apart), and pairs in the same bucket of actors
// serving one social space and one target group, for buckets of at most
// w.BucketCap actors. A pair that neither source proposes has structural part 0 and
// shares no social space with a target group in common, so it would rank low anyway.
//
// It builds the PotentialIndex of g and p and asks it once; to ask several queries
// of one snapshot, build the index once (see PotentialIndex.Query for the cost).
func CouplingPotentials(ctx context.Context, g *metrics.Graph, p *Profiles, w PotentialWeights, q PotentialQuery) (PotentialResult, error) {
	return NewPotentialIndex(g, p, w).Query(ctx, q)
}

// inverseLogDegrees returns 1/ln deg(z) for every node with at least two
// neighbours, the weight of a shared partner z in the Adamic–Adar index.
func inverseLogDegrees(g *metrics.Graph) []float64 {
	inv := make([]float64, g.N())
	for z := range inv {
		if d := g.Degree(z); d > 1 {
			inv[z] = 1 / math.Log(float64(d))
		}
	}
	return inv
}

// parts returns the parts of the score of actors u and v with Adamic–Adar index aa.
func (p *Profiles) parts(u, v int, aa float64) PotentialParts {
	return PotentialParts{
		AdamicAdar: aa, Structural: 1 - math.Exp(-aa),
		SocialSpaces: overlap(p.served[u], p.served[v]), TargetGroups: overlap(p.target[u], p.target[v]),
		Fields: overlap(p.field[u], p.field[v]), Complementary: b2f(p.complementary(u, v) != nil),
	}
}

// overlap is the overlap coefficient |a ∩ b| / min(|a|, |b|), 0 if either is empty.
func overlap(a, b bitset) float64 {
	na, nb := a.count(), b.count()
	if na == 0 || nb == 0 {
		return 0
	}
	return float64(common(a, b)) / float64(min(na, nb))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// complementary returns the first pair of offers of u and v that serve a common
// social space and target group in fields of action that do not overlap, or nil.
func (p *Profiles) complementary(u, v int) []*offerProfile {
	for i := range p.offers[u] {
		a := &p.offers[u][i]
		for j := range p.offers[v] {
			b := &p.offers[v][j]
			if common(a.field, b.field) == 0 && common(a.target, b.target) > 0 && common(a.served, b.served) > 0 {
				return []*offerProfile{a, b}
			}
		}
	}
	return nil
}

// buckets returns the members of every bucket (actors serving one social space and
// one target group) of at most bucketCap actors, the buckets of every actor, and the
// number of buckets skipped for their size.
func (p *Profiles) buckets(bucketCap int) (members [][]int32, ofActor [][]int32, skipped int) {
	nt := len(p.targets.codes)
	index := map[int]int32{}
	ofActor = make([][]int32, p.N())
	for v := range p.N() {
		targets := p.target[v].members()
		for _, s := range p.served[v].members() {
			for _, t := range targets {
				key := int(s)*nt + int(t)
				b, ok := index[key]
				if !ok {
					b = int32(len(members))
					index[key] = b
					members = append(members, nil)
				}
				members[b] = append(members[b], int32(v))
				ofActor[v] = append(ofActor[v], b)
			}
		}
	}
	for b, m := range members {
		if len(m) > bucketCap {
			members[b] = nil
			skipped++
		}
	}
	return members, ofActor, skipped
}

// potentialFilter is what a PotentialQuery asks of a pair. Every filter but the
// legal domain asks the same of both actors, and the legal domain asks it of one, so
// every pair that passes has an actor that passes anchor.
type potentialFilter struct {
	// within is the social space's set of spaces (nil for none), served the spaces
	// each actor counts as serving for it.
	within bitset
	served []bitset
	// domain, target and actor are indices, −1 for none.
	domain, target, actor int
}

// queryFilter returns the filter of q, or an error naming an unknown social space,
// legal domain, target group or actor. local are the spaces each actor serves
// without county-wide service (see localServed).
func (p *Profiles) queryFilter(q PotentialQuery, local []bitset) (potentialFilter, error) {
	f := potentialFilter{domain: -1, target: -1, actor: -1}
	if q.SocialSpace != "" {
		s, ok := p.spaceIndex[q.SocialSpace]
		if !ok {
			return f, unknownParam("social_space", "Den Sozialraum %q gibt es nicht.", q.SocialSpace)
		}
		f.within, f.served = p.within(s), p.served
		if !q.CountyWide {
			f.served = local
		}
	}
	if q.LegalDomain != "" {
		d, ok := p.domains.index[q.LegalDomain]
		if !ok {
			return f, unknownParam("legal_domain", "Den Rechtskreis %q gibt es nicht.", q.LegalDomain)
		}
		f.domain = d
	}
	if q.TargetGroup != "" {
		t, ok := p.targets.index[q.TargetGroup]
		if !ok {
			return f, unknownParam("target_group", "Die Zielgruppe %q gibt es nicht.", q.TargetGroup)
		}
		f.target = t
	}
	if q.ActorID != "" {
		f.actor = slices.IndexFunc(p.Actors, func(a graph.Actor) bool { return a.ID == q.ActorID })
		if f.actor < 0 {
			return f, unknownParam("actor_id", "Den Akteur %q gibt es nicht.", q.ActorID)
		}
	}
	return f, nil
}

// eligible reports whether actor v passes the social space and target group
// filters on its own, as both actors of a pair must.
func (f *potentialFilter) eligible(p *Profiles, v int) bool {
	return (f.within == nil || common(f.served[v], f.within) > 0) && (f.target < 0 || p.target[v].has(f.target))
}

// anchor reports whether actor v passes the social space, target group and legal
// domain filters on its own, as one actor of a pair must.
func (f *potentialFilter) anchor(p *Profiles, v int) bool {
	return f.eligible(p, v) && (f.domain < 0 || p.domain[v].has(f.domain))
}

// keep reports whether the pair u, v passes the social space, target group and legal
// domain filters (the actor filter chooses the pairs' sources instead).
func (f *potentialFilter) keep(p *Profiles, u, v int) bool {
	return (f.within == nil || common3(f.served[u], f.served[v], f.within)) &&
		(f.target < 0 || p.target[u].has(f.target) && p.target[v].has(f.target)) &&
		(f.domain < 0 || p.domain[u].has(f.domain) || p.domain[v].has(f.domain))
}

// where returns the spaces in which the pair u, v counts as sharing space: with a
// social-space filter those within its space that both serve as the filter counts
// them, else all both serve.
func (f *potentialFilter) where(p *Profiles, u, v int) bitset {
	if f.within == nil {
		return and(p.served[u], p.served[v])
	}
	return and(and(f.served[u], f.served[v]), f.within)
}

// localServed returns, per actor, the spaces it serves without those it serves only
// by serving the whole county: an actor or an offer that serves a root of the space
// hierarchy serves everything, so such an actor keeps only the spaces its other
// offers serve. The sets of actors that serve no root are p.served's own; the others
// are interned too (see bitsets).
func (p *Profiles) localServed() []bitset {
	roots := newBitset(len(p.Spaces))
	for s, par := range p.parent {
		if par < 0 {
			roots.set(s)
		}
	}
	within := map[int32]bitset{}
	shared, scratch := bitsets{}, newBitset(len(p.Spaces))
	out := make([]bitset, p.N())
	for v := range p.N() {
		if common(p.served[v], roots) == 0 {
			out[v] = p.served[v]
			continue
		}
		clear(scratch)
		for _, s := range p.home[v] {
			if p.parent[s] < 0 {
				continue
			}
			w, ok := within[s]
			if !ok {
				w = p.within(int(s))
				within[s] = w
			}
			scratch.or(w)
		}
		for _, o := range p.offers[v] {
			if common(o.served, roots) == 0 {
				scratch.or(o.served)
			}
		}
		out[v] = shared.intern(scratch)
	}
	return out
}

// unknownParam returns an invalid-input error naming the query field.
func unknownParam(field, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	return &graph.Error{Code: graph.Invalid, Message: msg, Fields: []graph.FieldError{{Field: field, Message: msg}}}
}

// isWithin reports whether space c is s or lies below it.
func (p *Profiles) isWithin(c, s int) bool {
	for x := int32(c); x >= 0; x = p.parent[x] {
		if int(x) == s {
			return true
		}
	}
	return false
}

func common3(a, b, c bitset) bool {
	for i := range min(len(a), len(b), len(c)) {
		if a[i]&b[i]&c[i] != 0 {
			return true
		}
	}
	return false
}

// explain returns the potential of u and v with its shared items, its German
// reasons and the explanation of its score. broad marks target groups too broad to
// count as a reason (see broadTargets); f says where the pair counts as sharing
// space (see potentialFilter.where).
func (p *Profiles) explain(g *metrics.Graph, inv []float64, w PotentialWeights, broad bitset, f *potentialFilter, u, v int) Potential {
	shared := metrics.CommonNeighbours(g, u, v)
	aa := 0.0
	for _, z := range shared {
		aa += inv[z]
	}
	x := p.parts(u, v, aa)
	pot := Potential{A: p.potentialActor(u), B: p.potentialActor(v), Score: x.score(w), Parts: x}
	a, b := &p.Actors[u], &p.Actors[v]
	pot.Reasons = append(pot.Reasons, fmt.Sprintf("%s (%s) und %s (%s) gehören zu verschiedenen Rechtskreisen und kooperieren noch nicht.",
		a.Name, strings.Join(p.domains.names(p.domain[u]), ", "), b.Name, strings.Join(p.domains.names(p.domain[v]), ", ")))
	// Strongest shared partners first: those with the fewest partners of their own.
	slices.SortStableFunc(shared, func(s, t int32) int { return cmp.Compare(inv[t], inv[s]) })
	var partners []string
	for _, z := range shared {
		pot.SharedPartners = append(pot.SharedPartners, g.ID(int(z)))
		partners = append(partners, p.Actors[z].Name)
	}
	switch len(partners) {
	case 0:
	case 1:
		pot.Reasons = append(pot.Reasons, fmt.Sprintf("Beide kooperieren bereits mit %s; ein gemeinsamer Partner kann sie miteinander bekannt machen.", partners[0]))
	default:
		pot.Reasons = append(pot.Reasons, sentence(fmt.Sprintf("Beide haben %d gemeinsame Partner, die sie miteinander bekannt machen können: %s",
			len(partners), enumerate(partners, 3, masculine))))
	}
	top := p.topmost(f.where(p, u, v))
	for _, s := range top {
		pot.SharedSocialSpaces = append(pot.SharedSocialSpaces, p.Spaces[s].ID)
	}
	if len(top) > 0 {
		pot.Reasons = append(pot.Reasons, fmt.Sprintf("Beide sind %s tätig.", inPlaces(p.spaceNames(top), 3)))
	}
	targets, fields := and(p.target[u], p.target[v]), and(p.field[u], p.field[v])
	pot.SharedTargetGroups, pot.SharedFields = p.targets.codesOf(targets), p.fields.codesOf(fields)
	if names := p.targets.names(andNot(targets, broad)); len(names) > 0 {
		pot.Reasons = append(pot.Reasons, sentence(fmt.Sprintf("Beide arbeiten mit %s: %s",
			plural(len(names), "derselben Zielgruppe", "denselben Zielgruppen"), enumerate(names, 4, feminine))))
	}
	if names := p.fields.names(fields); len(names) > 0 {
		pot.Reasons = append(pot.Reasons, sentence(fmt.Sprintf("%s: %s",
			plural(len(names), "Gemeinsames Handlungsfeld", "Gemeinsame Handlungsfelder"), enumerate(names, 4, neuter))))
	}
	pair := p.complementary(u, v)
	if pair != nil {
		where := p.spaceNames(p.topmost(and(pair[0].served, pair[1].served)))
		pot.Reasons = append(pot.Reasons, sentence(fmt.Sprintf("Die Angebote ergänzen sich: „%s“ (%s) und „%s“ (%s) richten sich an %s %s",
			pair[0].name, enumerate(p.fields.names(pair[0].field), 2, neuter), pair[1].name, enumerate(p.fields.names(pair[1].field), 2, neuter),
			enumerate(p.targets.names(and(pair[0].target, pair[1].target)), 2, feminine), inPlaces(where, 2))))
	}
	pot.Explanation = explainScore(x, w, len(partners), pair != nil)
	return pot
}

// explainScore explains the score of parts x under the weights w in plain German;
// partners is the number of shared partners, complementary whether two offers
// complement each other.
func explainScore(x PotentialParts, w PotentialWeights, partners int, complementary bool) ScoreExplanation {
	sum := w.Structural + w.SocialSpaces + w.TargetGroups + w.Fields + w.Complementary
	if sum <= 0 {
		sum = 1
	}
	pct := func(f float64) string { return german.Decimal(100*f, 0) + " %" }
	partnerText := "Keine gemeinsamen Partner."
	if partners > 0 {
		partnerText = fmt.Sprintf("%d %s. Jeder gemeinsame Partner zählt, und umso mehr, je weniger Partner er selbst hat: "+
			"Ein kleiner gemeinsamer Partner kennt beide meist gut. Ab etwa drei gemeinsamen Partnern liegt dieser Teil nahe 1.",
			partners, plural(partners, "gemeinsamer Partner", "gemeinsame Partner"))
	}
	complementText := "Nein: Keine zwei Angebote der beiden erreichen dieselbe Zielgruppe im selben Sozialraum in verschiedenen Handlungsfeldern."
	if complementary {
		complementText = "Ja: Ein Angebot jedes der beiden erreicht dieselbe Zielgruppe im selben Sozialraum, aber in einem anderen Handlungsfeld."
	}
	parts := []ScorePart{
		{Key: "structural", Label: "Gemeinsame Partner", Value: x.Structural, Weight: w.Structural / sum, Text: partnerText},
		{Key: "social_spaces", Label: "Gemeinsame Sozialräume", Value: x.SocialSpaces, Weight: w.SocialSpaces / sum,
			Text: fmt.Sprintf("Von den Sozialräumen des Akteurs mit dem kleineren Einzugsgebiet bedient der andere %s.", pct(x.SocialSpaces))},
		{Key: "target_groups", Label: "Gemeinsame Zielgruppen", Value: x.TargetGroups, Weight: w.TargetGroups / sum,
			Text: fmt.Sprintf("Von den Zielgruppen des Akteurs mit weniger Zielgruppen erreicht der andere %s.", pct(x.TargetGroups))},
		{Key: "fields", Label: "Gemeinsame Handlungsfelder", Value: x.Fields, Weight: w.Fields / sum,
			Text: fmt.Sprintf("Von den Handlungsfeldern des Akteurs mit weniger Handlungsfeldern teilt der andere %s.", pct(x.Fields))},
		{Key: "complementary", Label: "Ergänzende Angebote", Value: x.Complementary, Weight: w.Complementary / sum, Text: complementText},
	}
	for i := range parts {
		parts[i].Contribution = parts[i].Weight * parts[i].Value
	}
	return ScoreExplanation{
		Summary: fmt.Sprintf("Der Wert %s liegt zwischen 0 und 1: Je höher, desto mehr spricht für eine Kooperation. "+
			"Er setzt sich aus fünf Teilen zusammen, jeder zwischen 0 und 1. Jeder Teil zählt mit seinem Gewicht; "+
			"gemeinsame Partner zählen am meisten (%s), weil sie die beiden miteinander bekannt machen können.",
			german.Decimal(x.score(w), 2), pct(w.Structural/sum)),
		Parts: parts,
	}
}

// minBroadActors is the least number of actors with target groups from which a
// target group that most of them serve counts as too broad for a reason.
const minBroadActors = 20

// broadTargets returns the target groups too broad to be a reason for a pair: those
// meant for everyone (code "all…" or a label starting "Alle") and, in a network of
// at least minBroadActors actors with target groups, those that more than half of
// them serve.
func (p *Profiles) broadTargets() bitset {
	n := len(p.targets.codes)
	count := make([]int, n)
	actors := 0
	for v := range p.N() {
		if p.target[v].count() > 0 {
			actors++
		}
		for _, t := range p.target[v].members() {
			count[t]++
		}
	}
	broad := newBitset(n)
	for t := range n {
		if strings.HasPrefix(p.targets.codes[t], "all") || strings.HasPrefix(p.targets.labels[t], "Alle ") ||
			actors >= minBroadActors && 2*count[t] > actors {
			broad.set(t)
		}
	}
	return broad
}

func (p *Profiles) potentialActor(v int) PotentialActor {
	return PotentialActor{ID: p.Actors[v].ID, Name: p.Actors[v].Name, LegalDomains: p.Actors[v].LegalDomains}
}

// andNot returns the elements of a that are not in b.
func andNot(a, b bitset) bitset {
	out := slices.Clone(a)
	for i := range min(len(a), len(b)) {
		out[i] &^= b[i]
	}
	return out
}

// and returns the intersection of a and b.
func and(a, b bitset) bitset {
	out := make(bitset, min(len(a), len(b)))
	for i := range out {
		out[i] = a[i] & b[i]
	}
	return out
}

// sentence ends s with a full stop, unless it ends with one already (a name such as
// "Heimatverein e.V.").
func sentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// gender is the grammatical gender of the nouns an enumeration counts, for "1
// weiterer", "1 weitere", "1 weiteres".
type gender int

const (
	masculine gender = iota // Partner, Akteur, Sozialraum
	feminine                // Zielgruppe
	neuter                  // Handlungsfeld
)

// enumerate joins names as German prose in the nominative ("A, B und C"), naming at
// most max of them and counting the rest ("A, B und 3 weitere", "A, B und 1
// weiterer" for masculine nouns).
func enumerate(names []string, max int, g gender) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case len(names) > max:
		rest := len(names) - max
		more := "weitere"
		if rest == 1 {
			more = [...]string{"weiterer", "weitere", "weiteres"}[g]
		}
		return strings.Join(names[:max], ", ") + fmt.Sprintf(" und %d %s", rest, more)
	}
	return strings.Join(names[:len(names)-1], ", ") + " und " + names[len(names)-1]
}

// inPlaces says where, with the right preposition and article: "in Lindenau", "im
// Landkreis Seeland", "in der Stadt Seeburg", "in Lindenau und Hafen", naming at most
// max places and counting the rest ("… und 2 weiteren Sozialräumen").
func inPlaces(names []string, max int) string {
	if len(names) == 0 {
		return ""
	}
	if len(names) == 1 {
		return inPlace(names[0])
	}
	shown := names[:min(max, len(names))]
	phrases := make([]string, len(shown))
	for i, n := range shown {
		phrases[i] = strings.TrimPrefix(inPlace(n), "in ")
	}
	if rest := len(names) - len(shown); rest > 0 {
		return "in " + strings.Join(phrases, ", ") + fmt.Sprintf(" und %d %s", rest, plural(rest, "weiteren Sozialraum", "weiteren Sozialräumen"))
	}
	return "in " + strings.Join(phrases[:len(phrases)-1], ", ") + " und " + phrases[len(phrases)-1]
}

// inPlace returns "in" and the place name, with the dative article that the first
// word of the name asks for: "im Landkreis Seeland", "in der Gemeinde Moorbrück",
// "in Lindenau".
func inPlace(name string) string {
	first, _, _ := strings.Cut(name, " ")
	switch first {
	case "Landkreis", "Kreis", "Planungsraum", "Sozialraum", "Stadtteil", "Ortsteil", "Bezirk", "Stadtbezirk",
		"Quartier", "Amt", "Gebiet", "Viertel", "Dorf", "Umland", "Einzugsgebiet", "Zentrum":
		return "im " + name
	case "Stadt", "Gemeinde", "Samtgemeinde", "Verbandsgemeinde", "Region", "Kernstadt", "Innenstadt", "Altstadt", "Neustadt", "Siedlung":
		if strings.Contains(name, " ") {
			return "in der " + name
		}
	}
	return "in " + name
}

// scoredPair is a candidate pair u, v with its score.
type scoredPair struct {
	score float64
	u, v  int32
}

// pairHeap is a min-heap of the best pairs seen, ordered by score and then by node
// indices so that the kept set does not depend on the order of offers.
type pairHeap []scoredPair

func (h pairHeap) Len() int           { return len(h) }
func (h pairHeap) Less(i, j int) bool { return worse(h[i], h[j]) }

// worse reports whether a ranks below b: a lower score, or on equal scores later
// node indices.
func worse(a, b scoredPair) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.u > b.u || a.u == b.u && a.v > b.v
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(scoredPair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// offer keeps x if it is among the best limit pairs seen.
func (h *pairHeap) offer(x scoredPair, limit int) {
	if len(*h) < limit {
		heap.Push(h, x)
		return
	}
	if worse((*h)[0], x) {
		(*h)[0] = x
		heap.Fix(h, 0)
	}
}

// PotentialReport holds the coupling potentials of one snapshot for one query.
type PotentialReport struct {
	Revision int64 `json:"revision"`
	// State is the point in time the report describes (see graph.State); nil only
	// for a store's full snapshot, never in the API's answers.
	State *graph.StateInfo `json:"state" nullable:"false"`
	PotentialResult
}
