package report

import (
	"bytes"
	"context"
	"maps"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// demoNet returns the snapshot of the generated network for o, as a store would
// return it (demo.Generate sets every ID to its external key).
func demoNet(o demo.Options) *graph.Network {
	b := demo.Generate(o)
	return &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces,
		Waves: b.Waves, Actors: b.Actors, Offers: b.Offers, Needs: b.Needs, Cooperations: b.Cooperations}
}

// states returns the networks of two waves of the snapshot.
func states(t testing.TB, n *graph.Network, from, to string) (*graph.Network, *graph.Network) {
	t.Helper()
	today := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	a, err := n.At(graph.State{Wave: from}, today)
	if err != nil {
		t.Fatal(err)
	}
	b, err := n.At(graph.State{Wave: to}, today)
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

var created = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

// TestDemoReport builds the demo county's report from wave 1 to wave 2 and checks
// that its figures are the changes analysis's, and that the HTML states them.
func TestDemoReport(t *testing.T) {
	ctx := context.Background()
	from, to := states(t, demoNet(demo.County()), demo.Wave2024, demo.Wave2025)
	e := analysis.NewEngine(analysis.Options{})
	s, err := Build(ctx, e, from, to, "", Extras{}, created)
	if err != nil {
		t.Fatal(err)
	}
	// The engine of another request (a fresh one) gives the same changes.
	want, err := analysis.NewEngine(analysis.Options{}).Changes(ctx, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Summary); n < 5 || n > 8 {
		t.Errorf("Kurzfassung has %d sentences, want 5 to 8: %q", n, s.Summary)
	}
	var newTies, lapsed int
	for _, c := range s.ByDomain {
		newTies, lapsed = newTies+c.New, lapsed+c.Lapsed
	}
	if newTies != want.Ties.NewCount || lapsed != want.Ties.LapsedCount {
		t.Errorf("by domain: %d new, %d lapsed; changes: %d, %d", newTies, lapsed, want.Ties.NewCount, want.Ties.LapsedCount)
	}
	var buf bytes.Buffer
	if err := s.HTML(&buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, sent := range want.Summary[:2] {
		if !strings.Contains(html, escaped(sent)) {
			t.Errorf("HTML lacks the sentence %q", sent)
		}
	}
	nf := want.Network
	row := regexp.MustCompile(`<tr><th scope="row">Kooperationen</th><td class="n">(\d+)</td><td class="n">(\d+)</td>`).FindStringSubmatch(html)
	if row == nil || row[1] != strconv.Itoa(nf.From.Ties) || row[2] != strconv.Itoa(nf.To.Ties) {
		t.Errorf("ties row %q, want %d and %d", row, nf.From.Ties, nf.To.Ties)
	}
	counts := regexp.MustCompile(`sind im ganzen Netzwerk (\d+) Kooperationen neu, (\d+) beendet`).FindStringSubmatch(html)
	if counts == nil || counts[1] != strconv.Itoa(want.Ties.NewCount) || counts[2] != strconv.Itoa(want.Ties.LapsedCount) {
		t.Errorf("counts %q, want %d new and %d lapsed", counts, want.Ties.NewCount, want.Ties.LapsedCount)
	}
	if !strings.Contains(html, `<html lang="de">`) || !strings.Contains(html, "Rücklaufquote zum "+to.State.Label+": unbekannt.") {
		t.Error("HTML lacks lang=de or the unknown response rate")
	}
}

// escaped writes s as html/template escapes text.
func escaped(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestTwoRunsIdentical builds the report twice, with fresh engines and different
// creation dates: the HTML differs only in the date.
func TestTwoRunsIdentical(t *testing.T) {
	ctx := context.Background()
	n := demoNet(demo.County())
	from, to := states(t, n, demo.Wave2024, demo.Wave2025)
	space := n.SocialSpaces[len(n.SocialSpaces)-1].ID
	var out [2]string
	for i, day := range []time.Time{created, created.AddDate(0, 1, 3)} {
		s, err := Build(ctx, analysis.NewEngine(analysis.Options{}), from, to, space, Extras{}, day)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := s.HTML(&buf); err != nil {
			t.Fatal(err)
		}
		out[i] = buf.String()
	}
	if out[0] == out[1] {
		t.Fatal("the creation date does not show")
	}
	date := regexp.MustCompile(`Erstellt am \d\d\.\d\d\.\d{4}`)
	a, b := date.ReplaceAllString(out[0], "Erstellt am –"), date.ReplaceAllString(out[1], "Erstellt am –")
	if a != b {
		i := 0
		for i < min(len(a), len(b)) && a[i] == b[i] {
			i++
		}
		t.Errorf("the runs differ at byte %d: %q … vs %q …", i, a[i:min(len(a), i+80)], b[i:min(len(b), i+80)])
	}
}

// TestProfileOffersEqualGaps checks the profile's offers per field of action of
// every leaf social space against the supply cells of the gap analysis.
func TestProfileOffersEqualGaps(t *testing.T) {
	ctx := context.Background()
	_, to := states(t, demoNet(demo.County()), demo.Wave2024, demo.Wave2025)
	e := analysis.NewEngine(analysis.Options{})
	gaps, err := e.Gaps(ctx, to)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, sp := range to.SocialSpaces {
		want := map[string]int{}
		for _, c := range gaps.Cells {
			if c.SocialSpace == sp.ID && c.TargetGroup == "" && c.Need == nil && c.Offers > 0 {
				want[to.Taxonomy.Label(graph.ListFields, c.Field)] = c.Offers
			}
		}
		if len(want) == 0 {
			continue // not a leaf: the gap analysis has no cells for it
		}
		p, err := BuildProfile(ctx, e, to, sp.ID, Extras{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, c := range p.ByField {
			got[c.Label] = c.N
		}
		if !maps.Equal(got, want) {
			t.Errorf("%s: offers by field %v, gap analysis %v", sp.Name, got, want)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no leaf social space checked")
	}
}
