package planning

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/internal/testnet"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// sharesSpace reports, from the raw data of net and independent of Profiles, whether
// actors a and b both serve the space s or a space within it through spaces that
// they or their offers name below the root of the hierarchy (county-wide service
// does not count).
func sharesSpace(net *graph.Network, a, b, s string) bool {
	parent := map[string]string{}
	for _, sp := range net.SocialSpaces {
		parent[sp.ID] = sp.ParentID
	}
	named := func(actor string) []string {
		var out []string
		for _, x := range net.Actors {
			if x.ID == actor {
				out = append(out, x.SocialSpaces...)
			}
		}
		for _, o := range net.Offers {
			if o.ActorID == actor {
				out = append(out, o.SocialSpaces...)
			}
		}
		return slices.DeleteFunc(out, func(id string) bool { return parent[id] == "" }) // roots
	}
	// serves reports whether one of the named spaces is c or above it.
	serves := func(names []string, c string) bool {
		for x := c; x != ""; x = parent[x] {
			if slices.Contains(names, x) {
				return true
			}
		}
		return false
	}
	na, nb := named(a), named(b)
	for _, sp := range net.SocialSpaces {
		within := false
		for x := sp.ID; x != ""; x = parent[x] {
			within = within || x == s
		}
		if within && serves(na, sp.ID) && serves(nb, sp.ID) {
			return true
		}
	}
	return false
}

// TestPotentialsHonourTheSocialSpace asks the demo county for the coupling potentials
// of each of its smallest social spaces: every one of the top 50 pairs shares that
// space (or a space within it) without county-wide service; asked for, county-wide
// actors come in.
func TestPotentialsHonourTheSocialSpace(t *testing.T) {
	net := testnet.County()
	g, p := inputs(net)
	ctx := context.Background()
	isParent := map[string]bool{}
	for _, s := range net.SocialSpaces {
		isParent[s.ParentID] = true
	}
	tested := 0
	for _, s := range net.SocialSpaces {
		if isParent[s.ID] {
			continue // not a smallest space
		}
		tested++
		local, err := CouplingPotentials(ctx, g, p, DefaultPotentialWeights(), PotentialQuery{SocialSpace: s.ID, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		if len(local.Potentials) == 0 {
			t.Errorf("%s: no coupling potentials", s.Name)
		}
		for i, pot := range local.Potentials {
			if !sharesSpace(net, pot.A.ID, pot.B.ID, s.ID) {
				t.Errorf("%s: pair %d, %s and %s, do not share the space but through county-wide service", s.Name, i+1, pot.A.Name, pot.B.Name)
			}
			// The reasons name the space the planner chose, not the county.
			if !slices.Equal(pot.SharedSocialSpaces, []string{s.ID}) || !slices.Contains(pot.Reasons, "Beide sind "+inPlace(s.Name)+" tätig.") {
				t.Errorf("%s: pair %d shares %v: %q", s.Name, i+1, pot.SharedSocialSpaces, pot.Reasons)
			}
		}
		wide, err := CouplingPotentials(ctx, g, p, DefaultPotentialWeights(), PotentialQuery{SocialSpace: s.ID, CountyWide: true, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		if wide.Candidates <= local.Candidates {
			t.Errorf("%s: %d candidates with county-wide actors, %d without; want more with them", s.Name, wide.Candidates, local.Candidates)
		}
		outside := 0
		for _, pot := range wide.Potentials {
			if !sharesSpace(net, pot.A.ID, pot.B.ID, s.ID) {
				outside++
			}
		}
		if outside == 0 {
			t.Errorf("%s: with county-wide actors asked for, none of the top 50 is a county-wide actor's pair", s.Name)
		}
		t.Logf("%s: %d of the top 50 with county-wide actors come in through them", s.Name, outside)
	}
	if tested == 0 {
		t.Fatal("the demo county has no social space without spaces below it")
	}
}

// TestPotentialReasonsSpeakPlainGerman reads the reasons of the demo county's top
// pairs: no formula names, the dative article before a county, no broad target group
// as a reason; and checks that the explanation's parts add up to the score.
func TestPotentialReasonsSpeakPlainGerman(t *testing.T) {
	net := testnet.County()
	g, p := inputs(net)
	res, err := CouplingPotentials(context.Background(), g, p, DefaultPotentialWeights(), PotentialQuery{Limit: 300})
	if err != nil {
		t.Fatal(err)
	}
	broad := p.targets.names(p.broadTargets())
	if !slices.Contains(broad, "Alle Einwohnerinnen und Einwohner") {
		t.Errorf("broad target groups %q miss the one for everyone", broad)
	}
	county := false
	for _, pot := range res.Potentials {
		reasons := strings.Join(pot.Reasons, " ")
		for _, bad := range []string{"Adamic", "Jaccard", "Potenzial 0", " in Landkreis ", " in Planungsraum ", " in Amt ", "1 weitere ", ".."} {
			if strings.Contains(reasons, bad) {
				t.Errorf("%s – %s: the reasons contain %q: %s", pot.A.Name, pot.B.Name, bad, reasons)
			}
		}
		county = county || strings.Contains(reasons, "im Landkreis")
		for _, r := range pot.Reasons {
			if strings.HasPrefix(r, "Beide arbeiten mit") {
				for _, b := range broad {
					if strings.Contains(r, b) {
						t.Errorf("the target-group reason names the broad group %q: %s", b, r)
					}
				}
			}
		}
		ex := pot.Explanation
		if len(ex.Parts) != 5 || !strings.Contains(ex.Summary, german.Decimal(pot.Score, 2)) {
			t.Fatalf("explanation %+v of score %v", ex, pot.Score)
		}
		sum, weights := 0.0, 0.0
		for _, part := range ex.Parts {
			sum += part.Contribution
			weights += part.Weight
			if part.Label == "" || part.Text == "" || part.Value < 0 || part.Value > 1 {
				t.Errorf("part %+v", part)
			}
		}
		if math.Abs(sum-pot.Score) > 1e-9 || math.Abs(weights-1) > 1e-9 {
			t.Errorf("%s – %s: contributions add up to %v, weights to %v; score %v", pot.A.Name, pot.B.Name, sum, weights, pot.Score)
		}
	}
	if !county {
		t.Errorf("no reason among the top %d names the county", len(res.Potentials))
	}
}

func TestGermanEnumerations(t *testing.T) {
	for _, tt := range []struct {
		got, want string
	}{
		{enumerate([]string{"A"}, 3, masculine), "A"},
		{enumerate([]string{"A", "B"}, 3, masculine), "A und B"},
		{enumerate([]string{"A", "B", "C", "D"}, 3, masculine), "A, B, C und 1 weiterer"},
		{enumerate([]string{"A", "B", "C", "D"}, 3, feminine), "A, B, C und 1 weitere"},
		{enumerate([]string{"A", "B", "C", "D"}, 3, neuter), "A, B, C und 1 weiteres"},
		{enumerate([]string{"A", "B", "C", "D", "E"}, 3, neuter), "A, B, C und 2 weitere"},
		{sentence("mit Heimatverein e.V."), "mit Heimatverein e.V."},
		{sentence("mit Caritas"), "mit Caritas."},
		{inPlaces([]string{"Landkreis Seeland"}, 2), "im Landkreis Seeland"},
		{inPlaces([]string{"Amt Moorbrück"}, 2), "im Amt Moorbrück"},
		{inPlaces([]string{"Stadt Seeburg"}, 2), "in der Stadt Seeburg"},
		{inPlaces([]string{"Lindenau"}, 2), "in Lindenau"},
		{inPlaces([]string{"Lindenau", "Planungsraum Nord"}, 2), "in Lindenau und im Planungsraum Nord"},
		{inPlaces([]string{"Lindenau", "Heidequell", "Krähenfelde"}, 2), "in Lindenau, Heidequell und 1 weiteren Sozialraum"},
		{inPlaces([]string{"Lindenau", "Heidequell", "Krähenfelde", "Moor"}, 2), "in Lindenau, Heidequell und 2 weiteren Sozialräumen"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
