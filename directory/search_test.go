package directory

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// demoIndex indexes the demo county.
func demoIndex(t testing.TB) (*Index, *graph.Network) {
	t.Helper()
	n := demoNetwork(t, demo.County())
	return NewIndex(n), n
}

// demoNetwork stores the demo county for o in a new embedded store and returns its
// snapshot, as the server sees it.
func demoNetwork(t testing.TB, o demo.Options) *graph.Network {
	t.Helper()
	ctx := context.Background()
	s, err := embedded.Open(filepath.Join(t.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Upsert(ctx, demo.Generate(o), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	n, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDemoDirectory(t *testing.T) {
	x, n := demoIndex(t)
	if x.Len() < 40 {
		t.Fatalf("the demo directory has %d entries, want at least 40", x.Len())
	}
	covered := map[string]bool{}
	for _, e := range x.entries {
		for _, s := range e.SpaceIDs {
			covered[s] = true
		}
	}
	for _, s := range n.SocialSpaces {
		if s.Level == "social_space" && !covered[s.ID] && !covered[demo.RootSpace] {
			t.Errorf("no entry serves %s", s.Name)
		}
	}
}

func TestSearchText(t *testing.T) {
	x, _ := demoIndex(t)
	for _, c := range []struct{ query, want string }{
		{"Schulden", "Schuldnerberatung"},
		{"Schuldnerberatung", "Schuldnerberatung"},
		{"schuldnerbratung", "Schuldnerberatung"}, // a letter missing
		{"Hilfe bei Sucht", "Sucht- und Drogenberatung"},
		{"Teilhabeberatung", "Ergänzende unabhängige Teilhabeberatung"},
		{"Mutter Kur", "Kurberatung für Mütter und Väter"},
	} {
		hits, all := x.Search(Query{Text: c.query})
		if len(hits) == 0 || !all {
			t.Errorf("%q: %d hits (all terms: %v), want %q first", c.query, len(hits), all, c.want)
			continue
		}
		if got := hits[0].Entry.Name; !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: first hit %q, want %q", c.query, got, c.want)
		}
	}
	if hits, _ := x.Search(Query{Text: "Xylophonunterricht"}); len(hits) != 0 {
		t.Errorf("nonsense found %d hits, first %q", len(hits), hits[0].Entry.Name)
	}
	// Any input gets an answer.
	for _, q := range []string{strings.Repeat("ä", 100000), "\xff\xfe\x00", "<script>", "   "} {
		x.Search(Query{Text: q})
	}
}

func TestSearchFilters(t *testing.T) {
	x, _ := demoIndex(t)
	all, _ := x.Search(Query{})
	if len(all) != x.Len() {
		t.Fatalf("no filter: %d hits, want all %d", len(all), x.Len())
	}
	for name, c := range map[string]struct {
		q  Query
		ok func(e *Entry) bool
	}{
		"barrier-free": {Query{BarrierFree: true}, func(e *Entry) bool { return e.BarrierFree }},
		"EUTB":         {Query{EUTB: true}, func(e *Entry) bool { return e.Listing.EUTB }},
		"free":         {Query{FreeOfCharge: true}, func(e *Entry) bool { return e.Listing.FreeOfCharge }},
		"Turkish":      {Query{Language: "tr"}, func(e *Entry) bool { return strings.Contains(strings.Join(e.Listing.Languages, ","), "tr") }},
		"poverty":      {Query{Field: "poverty"}, func(e *Entry) bool { return strings.Contains(strings.Join(e.fieldCodes, ","), "poverty") }},
	} {
		hits, _ := x.Search(c.q)
		if len(hits) == 0 || len(hits) == x.Len() {
			t.Errorf("%s: %d of %d entries; the filter must keep some and drop some", name, len(hits), x.Len())
		}
		for _, h := range hits {
			if !c.ok(h.Entry) {
				t.Errorf("%s: %q does not fit", name, h.Entry.Name)
			}
		}
	}
}

func TestSearchNear(t *testing.T) {
	x, _ := demoIndex(t)
	p, ok := x.FindPlace("Lindenau")
	if !ok {
		t.Fatal("Lindenau is not a place")
	}
	if q, ok := x.FindPlace("19399"); !ok || Distance(q.Point, p.Point) > 5 {
		t.Errorf("postcode 19399: %v, %v; want near Lindenau", q, ok)
	}
	hits, _ := x.Search(Query{Near: &p.Point, RadiusKm: 10})
	if len(hits) == 0 {
		t.Fatal("nothing within 10 km of Lindenau")
	}
	for i, h := range hits {
		if h.Distance > 10 || math.IsNaN(h.Distance) {
			t.Errorf("%q at %.1f km", h.Entry.Name, h.Distance)
		}
		if i > 0 && h.Distance < hits[i-1].Distance {
			t.Errorf("not nearest first: %.2f after %.2f", h.Distance, hits[i-1].Distance)
		}
	}
}

// TestSearchNearServesTheCounty checks that an offer serving the place's social
// space, or the whole county, is near whatever its address.
func TestSearchNearServesTheCounty(t *testing.T) {
	x, _ := demoIndex(t)
	p, _ := x.FindPlace("Krähenfelde")
	hits, _ := x.Search(Query{Text: "Schuldnerberatung", Near: &p.Point, RadiusKm: 2, Within: p.Spaces})
	if len(hits) == 0 || hits[0].Entry.Name != "Schuldnerberatung" || hits[0].Distance <= 2 {
		t.Fatalf("county-wide Schuldnerberatung near Krähenfelde: %d hits, first %+v", len(hits), hits)
	}
	far, _ := x.Search(Query{Text: "Schuldnerberatung", Near: &p.Point, RadiusKm: 2})
	if len(far) != 0 {
		t.Errorf("without the place's spaces, %d hits beyond 2 km", len(far))
	}
}

func TestDistance(t *testing.T) {
	// Rosetta Code's haversine task: Nashville (BNA) to Los Angeles (LAX) is
	// 2887.2600 km on a sphere of radius 6372.8 km, so 2886.4484 km on ours.
	d := Distance(graph.GeoPoint{Lat: 36.12, Lon: -86.67}, graph.GeoPoint{Lat: 33.94, Lon: -118.40})
	if math.Abs(d-2886.4484) > 0.001 {
		t.Errorf("BNA–LAX = %.4f km, want 2886.4484", d)
	}
}

func BenchmarkSearch(b *testing.B) {
	x, _ := demoIndex(b)
	for b.Loop() {
		x.Search(Query{Text: "Schuldnerberatung für Familien"})
	}
}
