package privacy

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// TestEveryFieldDeclared: every JSON field of actors and offers has a visibility of
// its own, so that a new field cannot go out unnoticed (undeclared, it would count
// as Confidential).
func TestEveryFieldDeclared(t *testing.T) {
	for kind, typ := range map[graph.Kind]reflect.Type{graph.KindActor: reflect.TypeFor[graph.Actor](), graph.KindOffer: reflect.TypeFor[graph.Offer]()} {
		for _, l := range planOf(kind, typ) {
			if _, ok := visibility(kind, l.path); !ok {
				t.Errorf("%s.%s has no declared visibility", kind, l.path)
			}
		}
		if len(Fields(kind)) != len(planOf(kind, typ)) {
			t.Errorf("%s: %d declared, %d fields", kind, len(Fields(kind)), len(planOf(kind, typ)))
		}
	}
}

// TestRedact clears the fields above the visibility in a copy and leaves the
// original, whose maps and nested structs the copy shares, as it was.
func TestRedact(t *testing.T) {
	a := graph.Actor{Meta: graph.Meta{ID: "a", ExternalKey: "k"}, Name: "N", Description: "D",
		Attributes: map[string]string{"x": "y"}, Address: graph.Address{City: "C"}}
	c := a
	Redact(&c, Internal)
	if c.Attributes != nil || c.Description != "D" || c.ExternalKey != "k" || a.Attributes["x"] != "y" {
		t.Errorf("Internal: %+v (original %+v)", c, a)
	}
	p := PublicCopy(&a)
	if p.Description != "" || p.ExternalKey != "" || p.Name != "N" || p.Address.City != "C" || a.Description != "D" {
		t.Errorf("Public: %+v", p)
	}
	o := graph.Offer{Name: "O", Capacity: 3, Listing: &graph.Listing{Phone: "1"}}
	if q := PublicCopy(&o); q.Capacity != 0 || q.Listing.Phone != "1" || o.Capacity != 3 {
		t.Errorf("offer: %+v", q)
	}
	for _, tc := range []struct {
		kind graph.Kind
		path string
		upTo Visibility
		want bool
	}{
		{graph.KindActor, "attributes", Internal, false},
		{graph.KindActor, "attributes", Confidential, true},
		{graph.KindActor, "address", Public, true},
		{graph.KindActor, "description", Public, false},
		{graph.KindOffer, "listing", Public, true},
		{graph.KindActor, "unknown", Internal, false},
		{graph.KindCooperation, "note", Internal, true},
		{graph.KindCooperation, "note", Public, false},
	} {
		if got := Visible(tc.kind, tc.path, tc.upTo); got != tc.want {
			t.Errorf("Visible(%s, %s, %s) = %v", tc.kind, tc.path, tc.upTo, got)
		}
	}
}

// TestPseudonym: the label of the kind and six characters of Crockford's base 32,
// the same for the same ID and secret, different for another secret or ID.
func TestPseudonym(t *testing.T) {
	tax := graph.DefaultTaxonomy()
	p := &Policy{Protected: DefaultProtected, Secret: []byte("geheim-geheim-geheim")}
	a := &graph.Actor{Meta: graph.Meta{ID: "actor-1"}, Name: "Anonyme Alkoholiker Seeburg", Kind: "self_help"}
	name := p.Pseudonym(a, tax)
	if !regexp.MustCompile(`^Selbsthilfegruppe [0-9A-HJKMNP-TV-Z]{6}$`).MatchString(name) {
		t.Fatalf("pseudonym %q", name)
	}
	if again := p.Pseudonym(&graph.Actor{Meta: graph.Meta{ID: "actor-1"}, Name: "anders", Kind: "self_help"}, tax); again != name {
		t.Errorf("another name gives %q, want %q", again, name)
	}
	other := &Policy{Secret: []byte("anderes-geheimnis")}
	if o := other.Pseudonym(a, tax); o == name {
		t.Error("another secret gives the same pseudonym")
	}
	if o := p.Pseudonym(&graph.Actor{Meta: graph.Meta{ID: "actor-2"}, Kind: "self_help"}, tax); o == name {
		t.Error("another actor gives the same pseudonym")
	}
}

// TestApply pseudonymises the protected actors and what names them, keeps the
// others and the structure, and leaves the network it copies as it was.
func TestApply(t *testing.T) {
	n := &graph.Network{Revision: 7, Taxonomy: graph.DefaultTaxonomy(),
		Actors: []graph.Actor{
			{Meta: graph.Meta{ID: "a"}, Name: "Anonyme Alkoholiker", Kind: "self_help", Email: "aa@x.de", Phone: "1", LegalDomains: []string{"sgb5"}},
			{Meta: graph.Meta{ID: "b"}, Name: "Caritas", Kind: "association", Email: "c@x.de"},
		},
		Offers:       []graph.Offer{{Meta: graph.Meta{ID: "o"}, ActorID: "a", Name: "Gesprächskreis", Listing: &graph.Listing{Phone: "2"}, Fields: []string{"health"}}},
		Cooperations: []graph.Cooperation{{Meta: graph.Meta{ID: "c"}, From: "a", To: "b", Note: "Frau X"}},
		Measures:     []graph.Measure{{Meta: graph.Meta{ID: "m"}, Title: "AA und Caritas", Actors: []string{"b", "a"}, Responsible: "Herr Y"}},
	}
	p := &Policy{Protected: DefaultProtected, Secret: []byte("geheim-geheim-geheim"), MinGroup: 5}
	out := Apply(n, View{Pseudonymize: true, Max: Confidential}, p)
	name := p.Pseudonym(&n.Actors[0], n.Taxonomy)
	a, o, c, m := out.Actors[0], out.Offers[0], out.Cooperations[0], out.Measures[0]
	if a.Name != name || a.Email != "" || a.Phone != "" || a.LegalDomains[0] != "sgb5" || out.Redaction != "p" {
		t.Errorf("actor %+v", a)
	}
	if out.Actors[1].Email != "c@x.de" || o.Name != "Angebot von "+name || o.Listing != nil || o.Fields[0] != "health" ||
		c.Note != "" || c.From != "a" || m.Title != "Maßnahme mit "+name || m.Responsible != "" {
		t.Errorf("copy %+v %+v %+v %+v", out.Actors[1], o, c, m)
	}
	if n.Actors[0].Name != "Anonyme Alkoholiker" || n.Offers[0].Listing == nil || n.Cooperations[0].Note == "" || n.Measures[0].Responsible == "" {
		t.Error("Apply changed the network it copies")
	}
	if Apply(n, Whole, p) != n {
		t.Error("the whole view is not the network itself")
	}
	if p.Suppressed(0) || !p.Suppressed(4) || p.Suppressed(5) {
		t.Error("Suppressed is not 0 < n < 5")
	}
}
