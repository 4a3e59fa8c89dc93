package aggregate_test

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/aggregate"
)

// network is a county with two planning areas, one holding two social spaces:
//
//	county ─┬─ north ─┬─ n1: a (sgb2), b (sgb9)
//	        │         └─ n2: c (sgb2)
//	        └─ south ─── s:  d (sgb9), e (no domain)
//	f names no social space; g names the county itself.
func network() *graph.Network {
	space := func(id, parent string) graph.SocialSpace {
		return graph.SocialSpace{Meta: graph.Meta{ID: id}, Name: "Raum " + id, ParentID: parent}
	}
	actor := func(id, space string, domains ...string) graph.Actor {
		a := graph.Actor{Meta: graph.Meta{ID: id}, Name: id, LegalDomains: domains}
		if space != "" {
			a.SocialSpaces = []string{space}
		}
		return a
	}
	co := func(from, to string) graph.Cooperation { return graph.Cooperation{From: from, To: to, Intensity: 1} }
	return &graph.Network{
		Revision:     7,
		SocialSpaces: []graph.SocialSpace{space("county", ""), space("north", "county"), space("n1", "north"), space("n2", "north"), space("south", "county"), space("s", "south")},
		Actors: []graph.Actor{actor("a", "n1", "sgb2"), actor("b", "n1", "sgb9"), actor("c", "n2", "sgb2"), actor("d", "s", "sgb9"),
			actor("e", "s"), actor("f", "", "sgb2"), actor("g", "county", "sgb8")},
		Cooperations: []graph.Cooperation{
			co("a", "b"), co("b", "a"), // one pair, repeated: counted once, inside north
			co("a", "c"), // inside north
			co("a", "d"), // north–south, cross-domain (sgb2 / sgb9)
			co("c", "d"), // north–south, cross-domain
			co("b", "d"), // north–south, shared domain sgb9
			co("d", "e"), // inside south
			co("e", "a"), // north–south, e has no domain: not cross-domain
			co("f", "g"), // no space – county, cross-domain
			co("a", "x"), // x is not an actor: left out
		},
	}
}

func TestSocialSpaces(t *testing.T) {
	net := network()
	key, name := aggregate.SpaceKey(net)
	r := aggregate.Of(net, aggregate.BySocialSpace, key, name)
	if r.Actors != 7 || r.Total != 7 || r.Pairs != 8 || r.Revision != 7 {
		t.Errorf("actors %d, total %d, pairs %d, revision %d; want 7, 7, 8, 7", r.Actors, r.Total, r.Pairs, r.Revision)
	}
	var groups []string
	for _, g := range r.Groups {
		groups = append(groups, g.ID+":"+g.Name)
	}
	// north (3 actors), south (2), then the county itself and no space (1 each), by name.
	want := []string{"north:Raum north", "south:Raum south", ":Ohne Sozialraum", "county:Raum county"}
	if !reflect.DeepEqual(groups, want) {
		t.Errorf("groups %v, want %v", groups, want)
	}
	if r.Groups[0].Actors != 3 || r.Groups[0].Pairs != 2 || r.Groups[1].Pairs != 1 {
		t.Errorf("north %+v, south %+v", r.Groups[0], r.Groups[1])
	}
	wantLinks := []aggregate.Link{
		{Source: "north", Target: "south", Pairs: 4, CrossDomain: 2},
		{Source: "", Target: "county", Pairs: 1, CrossDomain: 1},
	}
	if !reflect.DeepEqual(r.Links, wantLinks) {
		t.Errorf("links %+v, want %+v", r.Links, wantLinks)
	}
}

func TestSeveralTopSpaces(t *testing.T) {
	net := network()
	net.SocialSpaces = net.SocialSpaces[1:] // without the county, north and south are top-level spaces
	net.Actors = net.Actors[:6]
	key, name := aggregate.SpaceKey(net)
	r := aggregate.Of(net, aggregate.BySocialSpace, key, name)
	var groups []string
	for _, g := range r.Groups {
		groups = append(groups, g.ID)
	}
	// The groups are the spaces directly below north and south.
	if want := []string{"n1", "s", "", "n2"}; !reflect.DeepEqual(groups, want) {
		t.Errorf("groups %q, want %q", groups, want)
	}
}

func TestCommunities(t *testing.T) {
	net := network()
	key, name := aggregate.CommunityKey(net, map[string]int{"a": 0, "b": 0, "c": 1, "d": 1, "e": 1})
	r := aggregate.Of(net, aggregate.ByCommunity, key, name)
	var groups []string
	for _, g := range r.Groups {
		groups = append(groups, g.Name)
	}
	want := []string{"Gemeinschaft 2", "Gemeinschaft 1", "Ohne Gemeinschaft"}
	if !reflect.DeepEqual(groups, want) {
		t.Errorf("groups %v, want %v", groups, want)
	}
	// a–c, a–d, b–d, e–a cross from community 1 to 2; of them a–d is cross-domain.
	if len(r.Links) != 1 || r.Links[0].Pairs != 4 || r.Links[0].CrossDomain != 1 {
		t.Errorf("links %+v, want one with 4 pairs, 1 cross-domain", r.Links)
	}
}

// TestBounds checks that a complete network of singleton communities keeps the
// MaxCommunities largest apart and at most MaxLinks links, and counts the rest.
func TestBounds(t *testing.T) {
	const n = 250
	net := &graph.Network{}
	membership := map[string]int{}
	for i := range n {
		id := strconv.Itoa(i)
		net.Actors = append(net.Actors, graph.Actor{Meta: graph.Meta{ID: id}})
		membership[id] = i
		for j := range i {
			net.Cooperations = append(net.Cooperations, graph.Cooperation{From: strconv.Itoa(j), To: id})
		}
	}
	key, name := aggregate.CommunityKey(net, membership)
	r := aggregate.Of(net, aggregate.ByCommunity, key, name)
	if len(r.Groups) != aggregate.MaxCommunities+1 || r.Groups[0].ID != aggregate.Others || r.Groups[0].Actors != n-aggregate.MaxCommunities {
		t.Fatalf("%d groups, the first %+v; want %d, the first the %d others", len(r.Groups), r.Groups[0], aggregate.MaxCommunities+1, n-aggregate.MaxCommunities)
	}
	// Each of the 200 singletons links to the 199 others (1 pair each) and to the
	// others' group (50 pairs): 19,900 + 200 links.
	shown := 0
	for _, l := range r.Links {
		shown += l.Pairs
	}
	if len(r.Links) != aggregate.MaxLinks || r.OmittedLinks != 19900+200-aggregate.MaxLinks || shown+r.OmittedPairs+r.Groups[0].Pairs != n*(n-1)/2 {
		t.Errorf("%d links, %d omitted with %d pairs, %d shown", len(r.Links), r.OmittedLinks, r.OmittedPairs, shown)
	}
	if r.Links[0].Pairs != n-aggregate.MaxCommunities {
		t.Errorf("the strongest link has %d pairs, want %d", r.Links[0].Pairs, n-aggregate.MaxCommunities)
	}
}

func TestDefinitionNumbers(t *testing.T) {
	r := aggregate.Of(network(), aggregate.BySocialSpace, func(int) string { return "" }, func(string) string { return "" })
	if !strings.Contains(r.Definition, "höchstens 2.000 Linien") {
		t.Errorf("definition %q does not write 2.000 the German way", r.Definition)
	}
}
