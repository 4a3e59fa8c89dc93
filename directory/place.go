package directory

import (
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/fuzzy"
)

// Place is somewhere a person can search near: a town or a postcode from the actors'
// addresses, or a social space, at the mean location of the actors there.
type Place struct {
	Name  string // "Seeburg", "19370 Seeburg" or a social space's name
	Point graph.GeoPoint
	// Spaces are the social spaces the place lies in: those of its actors.
	Spaces []string

	folded string // Name folded for FindPlace
}

// places derives the searchable places of n: its towns, postcodes and social spaces,
// each at the mean location of the actors with that town, postcode or space. Nothing
// is fetched from elsewhere; the installation's own data is the gazetteer.
func places(n *graph.Network) []Place {
	type sum struct {
		lat, lon float64
		n        int
		spaces   []string
	}
	sums := map[string]*sum{}
	var order []string
	add := func(name string, p *graph.GeoPoint, spaces []string) {
		if name == "" || p == nil {
			return
		}
		s := sums[name]
		if s == nil {
			s = &sum{}
			sums[name] = s
			order = append(order, name)
		}
		s.lat, s.lon, s.n = s.lat+p.Lat, s.lon+p.Lon, s.n+1
		for _, id := range spaces {
			if !slices.Contains(s.spaces, id) {
				s.spaces = append(s.spaces, id)
			}
		}
	}
	spaceName := map[string]string{}
	for _, s := range n.SocialSpaces {
		spaceName[s.ID] = s.Name
	}
	for i := range n.Actors {
		a := &n.Actors[i]
		add(a.Address.City, a.Location, a.SocialSpaces)
		if a.Address.PostalCode != "" {
			add(strings.TrimSpace(a.Address.PostalCode+" "+a.Address.City), a.Location, a.SocialSpaces)
		}
		for _, s := range a.SocialSpaces {
			if name := spaceName[s]; name != a.Address.City {
				add(name, a.Location, []string{s})
			}
		}
	}
	out := make([]Place, 0, len(order))
	for _, name := range order {
		s := sums[name]
		out = append(out, Place{Name: name, Point: graph.GeoPoint{Lat: s.lat / float64(s.n), Lon: s.lon / float64(s.n)}, Spaces: s.spaces, folded: fuzzy.Fold(name)})
	}
	slices.SortFunc(out, func(a, b Place) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Places returns the places the index knows, by name.
func (x *Index) Places() []Place { return x.places }

// FindPlace returns the place a person means by s: a postcode, a town or a social
// space, compared after folding case and umlauts; false if none fits.
func (x *Index) FindPlace(s string) (Place, bool) {
	want := fuzzy.Fold(strings.TrimSpace(s))
	if want == "" {
		return Place{}, false
	}
	for _, p := range x.places {
		if p.folded == want || strings.HasPrefix(p.folded, want+" ") {
			return p, true
		}
	}
	return Place{}, false
}

// NearestPlace returns the known place nearest to p, for a search by the browser's
// location; false if the index knows no place.
func (x *Index) NearestPlace(p graph.GeoPoint) (Place, bool) {
	best, found := Place{}, false
	for _, c := range x.places {
		if !found || Distance(p, c.Point) < Distance(p, best.Point) {
			best, found = c, true
		}
	}
	return best, found
}
