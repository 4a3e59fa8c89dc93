package demo_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// sizes are the option sets checked by the structural tests.
var sizes = []demo.Options{
	demo.County(),
	{Seed: 7, Actors: 1200, Cooperations: 6000},
	{Seed: 3, Actors: 5000, Cooperations: 25000},
}

func TestValid(t *testing.T) {
	tax := graph.DefaultTaxonomy()
	for _, o := range append(sizes, demo.Options{Seed: 2, Actors: 10, Cooperations: 100}, demo.Options{}) {
		t.Run(fmt.Sprint(o), func(t *testing.T) {
			b := demo.Generate(o)
			keys := map[graph.Kind]map[string]bool{}
			for _, k := range graph.Kinds() {
				keys[k] = map[string]bool{}
			}
			items := b.Items()
			for _, it := range items {
				e := it.Entity
				if err := e.Validate(tax); err != nil {
					t.Fatalf("%s: %v %v", it.Path, err, graph.ErrorFields(err))
				}
				m := e.Metadata()
				if m.ExternalKey == "" || !graph.ValidID(m.ID) || m.ID != m.ExternalKey {
					t.Fatalf("%s: id %q, key %q", it.Path, m.ID, m.ExternalKey)
				}
				if keys[e.EntityKind()][m.ExternalKey] {
					t.Fatalf("%s: key %q repeats", it.Path, m.ExternalKey)
				}
				keys[e.EntityKind()][m.ExternalKey] = true
			}
			for _, it := range items {
				for _, r := range it.Entity.Refs() {
					if !keys[r.Kind][*r.ID] {
						t.Fatalf("%s.%s: %q names no %s in the batch", it.Path, r.Field, *r.ID, r.Kind)
					}
				}
			}
			pairs := map[string]bool{}
			for _, c := range b.Cooperations {
				if pairs[c.PairKey()] {
					t.Fatalf("pair key %q repeats", c.PairKey())
				}
				pairs[c.PairKey()] = true
			}
			names := map[string]bool{}
			for _, a := range b.Actors {
				if names[a.Name] {
					t.Fatalf("actor name %q repeats", a.Name)
				}
				names[a.Name] = true
			}
			names = map[string]bool{}
			for _, s := range b.SocialSpaces {
				if names[s.Name] {
					t.Fatalf("space name %q repeats", s.Name)
				}
				names[s.Name] = true
			}
		})
	}
}

// emptyStore is a graph.Lookup of a store that holds nothing.
type emptyStore struct{}

func (emptyStore) Get(graph.Kind, string) (graph.Entity, bool, error) { return nil, false, nil }
func (emptyStore) ByExternalKey(graph.Kind, string) (graph.Entity, bool, error) {
	return nil, false, nil
}
func (emptyStore) ByPairKey(string) (*graph.Cooperation, bool, error) { return nil, false, nil }

// TestPrepareBatch checks the batch as a store does before it writes: references,
// unique keys and pair keys, the space hierarchy.
func TestPrepareBatch(t *testing.T) {
	for _, o := range []demo.Options{demo.County(), {Seed: 5, Actors: 1500, Cooperations: 8000}} {
		b := demo.Generate(o)
		n := b.Len()
		writes, res, err := graph.PrepareBatch(b, graph.DefaultTaxonomy(), emptyStore{}, time.Now())
		if err != nil {
			t.Fatalf("%v: %v %v", o, err, graph.ErrorFields(err))
		}
		if len(writes) != n || res.Counts[graph.KindCooperation].Created != o.Cooperations {
			t.Errorf("%v: %d writes of %d items, counts %v", o, len(writes), n, res.Counts[graph.KindCooperation])
		}
	}
}

func TestCounts(t *testing.T) {
	for _, o := range sizes {
		b := demo.Generate(o)
		if len(b.Actors) != o.Actors || len(b.Cooperations) != o.Cooperations {
			t.Errorf("%v: %d actors, %d cooperations", o, len(b.Actors), len(b.Cooperations))
		}
		if r := float64(len(b.Offers)) / float64(o.Actors); r < 1.3 || r > 1.9 {
			t.Errorf("%v: %d offers, %.2f per actor", o, len(b.Offers), r)
		}
		leaves := 0
		for _, s := range b.SocialSpaces {
			if s.Level == "social_space" {
				leaves++
			}
		}
		if want := max(8, o.Actors/30); leaves < want || leaves > want*11/10+2 {
			t.Errorf("%v: %d social spaces, want about %d", o, leaves, want)
		}
		t.Logf("%v: %d spaces, %d actors, %d offers, %d needs, %d cooperations",
			o, len(b.SocialSpaces), len(b.Actors), len(b.Offers), len(b.Needs), len(b.Cooperations))
	}
}

func TestCountyContent(t *testing.T) {
	b := demo.Generate(demo.County())
	tax := graph.DefaultTaxonomy()
	levels := map[string]int{}
	for _, s := range b.SocialSpaces {
		levels[s.Level]++
	}
	if levels["county"] != 1 || levels["planning_area"] != 2 || levels["social_space"] != 8 {
		t.Errorf("levels %v", levels)
	}
	var waveKeys []string
	for i, w := range b.Waves {
		waveKeys = append(waveKeys, w.ExternalKey)
		if i > 0 && w.Date <= b.Waves[i-1].Date {
			t.Errorf("wave %s (%s) is not later than %s", w.Name, w.Date, b.Waves[i-1].Name)
		}
	}
	if want := []string{demo.Wave2024, demo.Wave2025, demo.Wave2026}; !slices.Equal(waveKeys, want) || demo.LatestWave != want[2] {
		t.Errorf("waves %v, want %v", waveKeys, want)
	}
	domains, kinds, coopKinds, waves := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]int{}
	for _, a := range b.Actors {
		kinds[a.Kind] = true
		for _, d := range a.LegalDomains {
			domains[d] = true
		}
	}
	for _, c := range b.Cooperations {
		waves[c.WaveID]++
		for _, k := range c.Kinds {
			coopKinds[k] = true
		}
	}
	for _, d := range tax.LegalDomains {
		if !domains[d.Code] {
			t.Errorf("no actor in legal domain %s", d.Code)
		}
	}
	for _, k := range tax.ActorKinds {
		if !kinds[k.Code] {
			t.Errorf("no actor of kind %s", k.Code)
		}
	}
	for _, k := range tax.CooperationKinds {
		if !coopKinds[k.Code] {
			t.Errorf("no cooperation of kind %s", k.Code)
		}
	}
	for _, w := range waveKeys {
		if waves[w] < len(b.Cooperations)/4 {
			t.Errorf("cooperations per wave: %v", waves)
		}
	}
	if waves[""] == 0 || waves[""] > len(b.Cooperations)/20 {
		t.Errorf("%d cooperations outside the waves, want a few", waves[""])
	}
	if n := len(b.Offers); n < 340 || n > 460 {
		t.Errorf("%d offers, want about 400", n)
	}
}

func TestDeterministic(t *testing.T) {
	for _, o := range []demo.Options{demo.County(), {Seed: 9, Actors: 3000, Cooperations: 20000}} {
		a, err := json.Marshal(demo.Generate(o))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(demo.Generate(o))
		if !bytes.Equal(a, b) {
			t.Fatalf("%v: two runs differ", o)
		}
		o.Seed++
		c, _ := json.Marshal(demo.Generate(o))
		if bytes.Equal(a, c) {
			t.Fatalf("%v: another seed gives the same data", o)
		}
	}
}

// network holds what the structure tests measure.
type network struct {
	b      *graph.Batch
	index  map[string]int // actor key → index
	degree []int
	group  []int
}

func newNetwork(b *graph.Batch) *network {
	n := &network{b: b, index: map[string]int{}, degree: make([]int, len(b.Actors)), group: make([]int, len(b.Actors))}
	for i := range b.Actors {
		n.index[b.Actors[i].ExternalKey] = i
		n.group[i] = demo.ActorGroup(&b.Actors[i])
	}
	for _, c := range b.Cooperations {
		n.degree[n.index[c.From]]++
		n.degree[n.index[c.To]]++
	}
	return n
}

func (n *network) has(i int, domain string) bool {
	return slices.Contains(n.b.Actors[i].LegalDomains, domain)
}

func TestClusters(t *testing.T) {
	for _, o := range sizes {
		n := newNetwork(demo.Generate(o))
		within := 0
		for _, c := range n.b.Cooperations {
			if n.group[n.index[c.From]] == n.group[n.index[c.To]] {
				within++
			}
		}
		share := float64(within) / float64(len(n.b.Cooperations))
		t.Logf("%v: %.2f of ties within a domain group", o, share)
		if share < 0.7 {
			t.Errorf("%v: only %.2f of ties within a domain group", o, share)
		}
	}
}

func TestWeakDomainPairs(t *testing.T) {
	for _, o := range sizes {
		n := newNetwork(demo.Generate(o))
		m := float64(len(n.b.Cooperations))
		for _, p := range demo.WeakDomainPairs {
			var degA, degB float64
			for i := range n.b.Actors {
				if n.has(i, p[0]) && n.has(i, p[1]) {
					t.Fatalf("actor %s has both %s and %s", n.b.Actors[i].ExternalKey, p[0], p[1])
				}
				if n.has(i, p[0]) {
					degA += float64(n.degree[i])
				}
				if n.has(i, p[1]) {
					degB += float64(n.degree[i])
				}
			}
			observed := 0
			for _, c := range n.b.Cooperations {
				a, b := n.index[c.From], n.index[c.To]
				if n.has(a, p[0]) && n.has(b, p[1]) || n.has(a, p[1]) && n.has(b, p[0]) {
					observed++
				}
			}
			// Expected number of ties between the two sets if ties ignored domains
			// but kept every actor's degree (configuration model).
			expected := degA * degB / (2 * m)
			t.Logf("%v %v: %d ties, %.1f expected", o, p, observed, expected)
			if float64(observed) > 2+0.1*expected || expected < 3 {
				t.Errorf("%v %v: %d ties, %.1f expected by degree", o, p, observed, expected)
			}
			// They serve the same spaces and target groups: coupling potential.
			shared := 0
			for i := range n.b.Actors {
				for j := range n.b.Actors {
					if n.has(i, p[0]) && n.has(j, p[1]) && overlap(n.b.Actors[i].SocialSpaces, n.b.Actors[j].SocialSpaces) &&
						overlap(n.b.Actors[i].TargetGroups, n.b.Actors[j].TargetGroups) {
						shared++
					}
				}
				if shared > 0 && o.Actors > 1000 {
					break
				}
			}
			if shared == 0 {
				t.Errorf("%v %v: no pair of actors shares a space and a target group", o, p)
			}
		}
	}
}

func overlap(a, b []string) bool {
	return slices.ContainsFunc(a, func(s string) bool { return slices.Contains(b, s) })
}

func TestBrokers(t *testing.T) {
	if got := demo.Planted(demo.County()).Brokers; !slices.Equal(got, demo.Brokers) {
		t.Fatalf("Planted(County()).Brokers = %v, want %v", got, demo.Brokers)
	}
	for _, o := range sizes {
		n := newNetwork(demo.Generate(o))
		cross := make([]int, len(n.b.Actors))
		groups := make([]map[int]bool, len(n.b.Actors))
		for i := range groups {
			groups[i] = map[int]bool{}
		}
		for _, c := range n.b.Cooperations {
			a, b := n.index[c.From], n.index[c.To]
			groups[a][n.group[b]] = true
			groups[b][n.group[a]] = true
			if n.group[a] != n.group[b] {
				cross[a]++
				cross[b]++
			}
		}
		// The brokers' cross-domain ties outnumber those of all but a few others.
		sorted := slices.Clone(cross)
		sort.Sort(sort.Reverse(sort.IntSlice(sorted)))
		facts := demo.Planted(o)
		for _, key := range facts.Brokers {
			i := n.index[key]
			share := float64(cross[i]) / float64(max(n.degree[i], 1))
			t.Logf("%v %s %q: degree %d, cross %d (%.2f), groups %d", o, key, n.b.Actors[i].Name, n.degree[i], cross[i], share, len(groups[i]))
			if len(groups[i]) < 5 || share < 0.5 {
				t.Errorf("%v: broker %s reaches %d groups with %.2f of its ties across", o, key, len(groups[i]), share)
			}
		}
		for _, key := range facts.Brokers[:3] {
			if i := n.index[key]; cross[i] < sorted[len(sorted)/50] {
				t.Errorf("%v: broker %s has %d cross-domain ties, fewer than the top 2%% (%d)", o, key, cross[i], sorted[len(sorted)/50])
			}
		}
	}
}

func TestUnderSuppliedSpace(t *testing.T) {
	for _, o := range sizes {
		b := demo.Generate(o)
		n := newNetwork(b)
		pop := map[string]float64{}
		for _, s := range b.SocialSpaces {
			if s.Level == "social_space" {
				pop[s.ExternalKey], _ = s.Indicator("population", 0)
			}
		}
		offers := map[string]float64{}
		for _, of := range b.Offers {
			for _, s := range of.SocialSpaces {
				offers[s]++
			}
		}
		gap := demo.Planted(o).UnderSuppliedSpace
		rate := func(s string) float64 { return offers[s] / pop[s] * 1000 }
		withRoot := func(s string) float64 { return (offers[s] + offers[demo.RootSpace]) / pop[s] * 1000 }
		for s := range pop {
			if s != gap && (rate(s) <= rate(gap) || withRoot(s) <= withRoot(gap)) {
				t.Errorf("%v: %s has %.2f (%.2f) offers per 1,000, not more than %s (%.2f, %.2f)",
					o, s, rate(s), withRoot(s), gap, rate(gap), withRoot(gap))
			}
		}
		for _, nd := range b.Needs {
			if nd.SocialSpaceID != gap {
				continue
			}
			supply := demo.Supply(b.Offers, gap, pop[gap], nd.Field, nd.TargetGroup, nd.Measure)
			if supply >= nd.Target {
				t.Errorf("%v: need %s in the gap has supply %.2f ≥ target %.2f", o, nd.ExternalKey, supply, nd.Target)
			}
		}
		// Its actors are weakly connected.
		var inGap, all float64
		var nGap int
		for i, a := range b.Actors {
			all += float64(n.degree[i])
			if a.SocialSpaces[0] == gap {
				inGap += float64(n.degree[i])
				nGap++
			}
		}
		meanGap, mean := inGap/float64(max(nGap, 1)), all/float64(len(b.Actors))
		t.Logf("%v: gap %.2f offers/1000, %d actors with mean degree %.1f (all: %.1f)", o, rate(gap), nGap, meanGap, mean)
		if nGap == 0 || meanGap > 0.6*mean {
			t.Errorf("%v: %d actors in the gap with mean degree %.1f, overall %.1f", o, nGap, meanGap, mean)
		}
	}
}

func TestHeavyTail(t *testing.T) {
	o := demo.Options{Seed: 3, Actors: 5000, Cooperations: 25000}
	n := newNetwork(demo.Generate(o))
	sorted := slices.Sorted(slices.Values(n.degree))
	mean := 2 * float64(o.Cooperations) / float64(o.Actors)
	top := float64(sorted[len(sorted)-1])
	p99 := float64(sorted[len(sorted)*99/100])
	t.Logf("degree: mean %.1f, median %d, p99 %.0f, max %.0f", mean, sorted[len(sorted)/2], p99, top)
	if top < 8*mean || p99 < 3*mean || float64(sorted[len(sorted)/2]) > mean {
		t.Errorf("degrees not heavy-tailed: mean %.1f, median %d, p99 %.0f, max %.0f", mean, sorted[len(sorted)/2], p99, top)
	}
}

func TestBoundaries(t *testing.T) {
	b := demo.Generate(demo.County())
	var sum, county float64
	for _, s := range b.SocialSpaces {
		var g struct {
			Type        string
			Coordinates [][][2]float64
		}
		if err := json.Unmarshal(s.Boundary, &g); err != nil || g.Type != "Polygon" {
			t.Fatalf("%s: %v %s", s.ExternalKey, err, g.Type)
		}
		for _, p := range g.Coordinates[0] {
			if p[0] < 10.5 || p[0] > 12.5 || p[1] < 53 || p[1] > 54.2 {
				t.Errorf("%s: position %v outside northern Germany", s.ExternalKey, p)
			}
		}
		area, _ := s.Indicator("area_km2", 0)
		if s.Level == "social_space" {
			sum += area
			if area < 50 || area > 600 {
				t.Errorf("%s: area %.1f km²", s.ExternalKey, area)
			}
		}
		if s.Level == "county" {
			county = area
		}
	}
	// The root comes before the spaces, so the sums are compared once all are seen.
	if math.Abs(county-sum) > 1 || sum == 0 {
		t.Errorf("county area %.1f, spaces %.1f", county, sum)
	}
}

func BenchmarkGenerate(b *testing.B) {
	for _, o := range []demo.Options{
		demo.County(),
		{Seed: 1, Actors: 5000, Cooperations: 25000},
		{Seed: 1, Actors: 5000, Cooperations: 50000},
		{Seed: 1, Actors: 100000, Cooperations: 1000000},
	} {
		b.Run(fmt.Sprintf("%d/%d", o.Actors, o.Cooperations), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				demo.Generate(o)
			}
		})
	}
}
