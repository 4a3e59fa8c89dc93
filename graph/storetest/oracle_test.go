package storetest

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func TestSameContent(t *testing.T) {
	base := func() *graph.Actor {
		return &graph.Actor{Meta: graph.Meta{ID: "ac-1", Version: 1, CreatedAt: time.Unix(0, 0)},
			Name: "Lebenshilfe", Fields: []string{"inclusion"}}
	}
	same := []func(a *graph.Actor){
		func(a *graph.Actor) { a.Version, a.UpdatedAt = 7, time.Now() },
		func(a *graph.Actor) { a.LegalDomains = []string{} },
	}
	differ := []func(a *graph.Actor){
		func(a *graph.Actor) { a.Name = "Caritas" },
		func(a *graph.Actor) { a.ID = "ac-2" },
		func(a *graph.Actor) { a.ExternalKey = "lh-1" },
		func(a *graph.Actor) { a.Fields = nil },
		func(a *graph.Actor) { a.Fields = append(a.Fields, "health") },
		func(a *graph.Actor) { a.Location = &graph.GeoPoint{Lat: 54, Lon: 10} },
	}
	for i, change := range same {
		b := base()
		change(b)
		if !sameContent(base(), b) {
			t.Errorf("same[%d]: %s and %s count as different", i, jsonOf(base()), jsonOf(b))
		}
	}
	for i, change := range differ {
		b := base()
		change(b)
		if sameContent(base(), b) {
			t.Errorf("differ[%d]: %s and %s count as the same", i, jsonOf(base()), jsonOf(b))
		}
	}
	space := func(boundary string) *graph.SocialSpace {
		return &graph.SocialSpace{Meta: graph.Meta{ID: "sp-1"}, Name: "Nord", Boundary: json.RawMessage(boundary)}
	}
	if !sameContent(space(`{"type": "Point", "coordinates": [10, 54]}`), space(`{"type":"Point","coordinates":[10,54]}`)) {
		t.Error("boundaries that differ in white space count as different")
	}
	if sameContent(space(`{"type":"Point","coordinates":[10,54]}`), space(`{"type":"Point","coordinates":[10,55]}`)) {
		t.Error("different boundaries count as the same")
	}
}
