package directory

import (
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Place is somewhere a person can search near: a town or a postcode from the actors'
// addresses, or a social space, at the mean location of the actors there.
type Place struct {
	Name  string // "Seeburg", "19370 Seeburg" or a social space's name
	Point graph.GeoPoint
}

// places derives the searchable places of n: its towns, postcodes and social spaces,
// each at the mean location of the actors with that town, postcode or space. Nothing
// is fetched from elsewhere; the installation's own data is the gazetteer.
func places(n *graph.Network) []Place {
	type sum struct {
		lat, lon float64
		n        int
	}
	sums := map[string]*sum{}
	var order []string
	add := func(name string, p *graph.GeoPoint) {
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
	}
	spaceName := map[string]string{}
	for _, s := range n.SocialSpaces {
		spaceName[s.ID] = s.Name
	}
	for i := range n.Actors {
		a := &n.Actors[i]
		add(a.Address.City, a.Location)
		if a.Address.PostalCode != "" {
			add(strings.TrimSpace(a.Address.PostalCode+" "+a.Address.City), a.Location)
		}
		for _, s := range a.SocialSpaces {
			if name := spaceName[s]; name != a.Address.City {
				add(name, a.Location)
			}
		}
	}
	out := make([]Place, 0, len(order))
	for _, name := range order {
		s := sums[name]
		out = append(out, Place{Name: name, Point: graph.GeoPoint{Lat: s.lat / float64(s.n), Lon: s.lon / float64(s.n)}})
	}
	slices.SortFunc(out, func(a, b Place) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Places returns the places the index knows, by name.
func (x *Index) Places() []Place { return x.places }

// FindPlace returns the place a person means by s: a postcode, a town or a social
// space, compared after folding case and umlauts; false if none fits.
func (x *Index) FindPlace(s string) (Place, bool) {
	want := fold(strings.TrimSpace(s))
	if want == "" {
		return Place{}, false
	}
	for _, p := range x.places {
		if name := fold(p.Name); name == want || strings.HasPrefix(name, want+" ") {
			return p, true
		}
	}
	return Place{}, false
}
