package graph

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func validActor() *Actor {
	return &Actor{Name: "Lebenshilfe Seeland e.V.", Kind: "association", LegalDomains: []string{"sgb9"},
		Fields: []string{"inclusion"}, TargetGroups: []string{"disability_intellectual"},
		Website: "https://lebenshilfe.example", Email: "info@lebenshilfe.example", Location: &GeoPoint{Lat: 53.5, Lon: 10.1}}
}

func validCooperation() *Cooperation {
	return &Cooperation{From: "a", To: "b", Kinds: []string{"information"}, Intensity: 2}
}

const square = `{"type":"Polygon","coordinates":[[[10,53],[10.1,53],[10.1,53.1],[10,53.1],[10,53]]]}`

func validSpace() *SocialSpace {
	return &SocialSpace{Name: "Seeburg-Altstadt", Level: "social_space", Boundary: json.RawMessage(square),
		Indicators: []Indicator{{Year: 2025, Code: "population", Value: 12000}}}
}

// fieldsOf returns the fields named by err's field errors.
func fieldsOf(err error) []string {
	var out []string
	for _, f := range ErrorFields(err) {
		out = append(out, f.Field)
	}
	return out
}

func TestValidate(t *testing.T) {
	tax := DefaultTaxonomy()
	tests := []struct {
		name   string
		entity Entity
		fields []string // the fields that must be named; nil means valid
	}{
		{"actor ok", validActor(), nil},
		{"actor without name", func() Entity { a := validActor(); a.Name = "  "; return a }(), []string{"name"}},
		{"actor unknown kind", func() Entity { a := validActor(); a.Kind = "bank"; return a }(), []string{"kind"}},
		{"actor unassigned", func() Entity { a := validActor(); a.LegalDomains, a.Kind = nil, ""; return a }(), nil},
		{"actor layout", func() Entity { a := validActor(); a.Layout = &Layout{X: -3.5, Y: 12, Color: "#1f77b4"}; return a }(), nil},
		{"actor bad layout colour", func() Entity { a := validActor(); a.Layout = &Layout{Color: "blue"}; return a }(), []string{"layout.color"}},
		{"actor unknown legal domain", func() Entity { a := validActor(); a.LegalDomains = []string{"sgb9", "sgb99"}; return a }(), []string{"legal_domains[1]"}},
		{"actor duplicate field", func() Entity { a := validActor(); a.Fields = []string{"health", "health"}; return a }(), []string{"fields[1]"}},
		{"actor bad website", func() Entity { a := validActor(); a.Website = "javascript:alert(1)"; return a }(), []string{"website"}},
		{"actor bad email", func() Entity { a := validActor(); a.Email = "info at example"; return a }(), []string{"email"}},
		{"actor bad location", func() Entity { a := validActor(); a.Location = &GeoPoint{Lat: 91}; return a }(), []string{"location"}},
		{"actor bad id", func() Entity { a := validActor(); a.ID = "a b"; return a }(), []string{"id"}},
		{"actor control character", func() Entity { a := validActor(); a.Name = "A\x00B"; return a }(), []string{"name"}},
		{"actor name too long", func() Entity { a := validActor(); a.Name = strings.Repeat("ä", 301); return a }(), []string{"name"}},
		{"cooperation ok", validCooperation(), nil},
		{"cooperation with itself", func() Entity { c := validCooperation(); c.To = "a"; return c }(), []string{"to"}},
		{"cooperation without ends", func() Entity { c := validCooperation(); c.From, c.To = "", ""; return c }(), []string{"from", "to"}},
		{"cooperation without kind", func() Entity { c := validCooperation(); c.Kinds = nil; return c }(), nil}, // "nicht zugeordnet"
		{"cooperation intensity 0", func() Entity { c := validCooperation(); c.Intensity = 0; return c }(), []string{"intensity"}},
		{"cooperation trust 5", func() Entity { c := validCooperation(); c.Trust = 5; return c }(), []string{"trust"}},
		{"cooperation ends before start", func() Entity {
			c := validCooperation()
			c.ValidFrom, c.ValidUntil = "2025-02-01", "2025-01-01"
			return c
		}(), []string{"valid_until"}},
		{"cooperation bad date", func() Entity { c := validCooperation(); c.ValidFrom = "1.2.2025"; return c }(), []string{"valid_from"}},
		{"cooperation bad reporter", func() Entity { c := validCooperation(); c.ReportedBy = "x"; return c }(), []string{"reported_by"}},
		{"space ok", validSpace(), nil},
		{"space unknown level", func() Entity { s := validSpace(); s.Level = "quarter"; return s }(), []string{"level"}},
		{"space open ring", func() Entity {
			s := validSpace()
			s.Boundary = json.RawMessage(`{"type":"Polygon","coordinates":[[[10,53],[10.1,53],[10.1,53.1],[10,53.1]]]}`)
			return s
		}(), []string{"boundary"}},
		{"space point boundary", func() Entity {
			s := validSpace()
			s.Boundary = json.RawMessage(`{"type":"Point","coordinates":[10,53]}`)
			return s
		}(), []string{"boundary"}},
		{"space duplicate indicator", func() Entity {
			s := validSpace()
			s.Indicators = append(s.Indicators, s.Indicators[0])
			return s
		}(), []string{"indicators[1]"}},
		{"space negative indicator", func() Entity { s := validSpace(); s.Indicators[0].Value = -1; return s }(), []string{"indicators[0].value"}},
		{"space own parent", func() Entity { s := validSpace(); s.ID, s.ParentID = "x", "x"; return s }(), []string{"parent_id"}},
		{"offer ok", &Offer{ActorID: "a", Name: "Beratung", Fields: []string{"inclusion"}}, nil},
		{"offer without actor and field", &Offer{Name: "Beratung"}, []string{"actor_id", "fields"}},
		{"offer negative capacity", &Offer{ActorID: "a", Name: "B", Fields: []string{"work"}, Capacity: -3}, []string{"capacity"}},
		{"need ok", &Need{SocialSpaceID: "s", Field: "housing", Measure: MeasureOffersPer1000, Target: 0.5}, nil},
		{"need unknown measure", &Need{SocialSpaceID: "s", Field: "housing", Measure: "beds", Target: 1}, []string{"measure"}},
		{"need zero target", &Need{SocialSpaceID: "s", Field: "housing", Measure: MeasureOffers}, []string{"target"}},
		{"wave ok", &Wave{Name: "Erhebung 2025", Date: "2025-03-31"}, nil},
		{"wave without date", &Wave{Name: "Erhebung 2025"}, []string{"date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.entity.Validate(tax)
			if tt.fields == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if ErrorCode(err) != Invalid {
				t.Fatalf("ErrorCode = %q, want invalid (err %v)", ErrorCode(err), err)
			}
			got := fieldsOf(err)
			for _, f := range tt.fields {
				if !slices.Contains(got, f) {
					t.Errorf("field errors %v lack %q", got, f)
				}
			}
			for _, f := range ErrorFields(err) {
				if f.Message == "" {
					t.Errorf("field %q has no message", f.Field)
				}
			}
		})
	}
}

func TestValidateNamesWhatIsWrongInGerman(t *testing.T) {
	a := validActor()
	a.LegalDomains = []string{"sgb99"}
	err := a.Validate(DefaultTaxonomy())
	if want := `Rechtskreis "sgb99" ist unbekannt.`; ErrorFields(err)[0].Message != want {
		t.Errorf("message = %q, want %q", ErrorFields(err)[0].Message, want)
	}
	if ErrorMessage(err) != "Der Akteur ist ungültig." {
		t.Errorf("ErrorMessage = %q", ErrorMessage(err))
	}
}

func TestDefaultTaxonomyIsValid(t *testing.T) {
	if err := DefaultTaxonomy().Validate(); err != nil {
		t.Fatal(err)
	}
	tax := DefaultTaxonomy()
	tax.LegalDomains = append(tax.LegalDomains, Term{Code: "SGB 2"}, Term{Code: "sgb2", Label: "x"})
	tax.Fields = nil
	got := fieldsOf(tax.Validate())
	for _, f := range []string{"legal_domains[18].code", "legal_domains[18].label", "legal_domains[19].code", "fields"} {
		if !slices.Contains(got, f) {
			t.Errorf("field errors %v lack %q", got, f)
		}
	}
}

func TestDefaultTaxonomyCopies(t *testing.T) {
	a := DefaultTaxonomy()
	a.LegalDomains[0].Label = "geändert"
	if DefaultTaxonomy().LegalDomains[0].Label == "geändert" {
		t.Fatal("DefaultTaxonomy shares its slices between calls")
	}
}

func TestPairKey(t *testing.T) {
	ab := &Cooperation{From: "a", To: "b"}
	ba := &Cooperation{From: "b", To: "a"}
	if ab.PairKey() != ba.PairKey() {
		t.Error("mutual ties in both orders have different pair keys")
	}
	ab.Directed, ba.Directed = true, true
	if ab.PairKey() == ba.PairKey() {
		t.Error("directed ties in opposite directions share a pair key")
	}
	inWave := &Cooperation{From: "a", To: "b", WaveID: "w2"}
	if inWave.PairKey() == (&Cooperation{From: "a", To: "b"}).PairKey() {
		t.Error("ties of different waves share a pair key")
	}
}

func TestSameContent(t *testing.T) {
	a := validActor()
	b := validActor()
	b.Fields = append([]string(nil), a.Fields...)
	b.Version, b.ID = 7, a.ID
	b.Attributes = map[string]string{}
	if !SameContent(a, b) {
		t.Error("actors differing only in version and empty attributes differ")
	}
	b.Name += " Nord"
	if SameContent(a, b) {
		t.Error("actors with different names are the same")
	}
	b = validActor()
	b.ID = a.ID
	b.Location = &GeoPoint{Lat: 54.1, Lon: 10.2}
	if SameContent(a, b) {
		t.Error("actors with and without location are the same")
	}
	b.Location, b.Attributes = nil, map[string]string{"Träger": "AWO"}
	if SameContent(a, b) {
		t.Error("actors with different attributes are the same")
	}
	b.Attributes, b.ExternalKey = nil, "other"
	if SameContent(a, b) {
		t.Error("actors with different external keys are the same")
	}

	s1, s2 := validSpace(), validSpace()
	s2.ID = s1.ID
	s1.Boundary = json.RawMessage(`{"type": "Point", "coordinates": [10, 54]}`)
	s2.Boundary = json.RawMessage(`{"type":"Point","coordinates":[10,54]}`)
	if !SameContent(s1, s2) {
		t.Error("boundaries differing only in white space differ")
	}
	s2.Boundary = json.RawMessage(`{"type":"Point","coordinates":[11,54]}`)
	if SameContent(s1, s2) {
		t.Error("different boundaries are the same")
	}
	if SameContent(s1, validActor()) {
		t.Error("a social space and an actor are the same")
	}
}

func TestIndicatorLatestYear(t *testing.T) {
	s := validSpace()
	s.Indicators = append(s.Indicators, Indicator{Year: 2026, Code: "population", Value: 12500}, Indicator{Year: 2024, Code: "population", Value: 11800})
	if v, ok := s.Indicator("population", 0); !ok || v != 12500 {
		t.Errorf("latest population = %v %v, want 12500", v, ok)
	}
	if v, ok := s.Indicator("population", 2025); !ok || v != 12000 {
		t.Errorf("population up to 2025 = %v %v, want 12000", v, ok)
	}
	if _, ok := s.Indicator("area_km2", 0); ok {
		t.Error("missing indicator found")
	}
}

func TestRoles(t *testing.T) {
	if !RoleAdmin.Allows(RoleEditor) || !RoleEditor.Allows(RoleAnalyst) || !RoleAnalyst.Allows(RoleViewer) {
		t.Error("a role does not include the roles below it")
	}
	if RoleViewer.Allows(RoleAnalyst) || RoleEditor.Allows(RoleAdmin) {
		t.Error("a role includes a role above it")
	}
	if Role("root").Allows(RoleViewer) {
		t.Error("an unknown role allows something")
	}
}

func TestTokenSecret(t *testing.T) {
	s1, s2 := NewTokenSecret(), NewTokenSecret()
	if s1 == s2 || !strings.HasPrefix(s1, TokenPrefix) || len(s1) != len(TokenPrefix)+32 {
		t.Errorf("secrets %q %q", s1, s2)
	}
	if HashToken(s1) == HashToken(s2) || len(HashToken(s1)) != 64 {
		t.Error("hashes collide or have the wrong length")
	}
	tok := &Token{Name: "Koordination", Role: "boss", Hash: HashToken(s1)}
	if got := fieldsOf(tok.Validate()); !slices.Equal(got, []string{"role"}) {
		t.Errorf("token field errors = %v, want [role]", got)
	}
}

func TestNewIDIsValidAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id := NewID(KindActor)
		if !ValidID(id) || !strings.HasPrefix(id, "actor_") || seen[id] {
			t.Fatalf("NewID gave %q", id)
		}
		seen[id] = true
	}
}

func TestDiff(t *testing.T) {
	a := &Network{Actors: []Actor{*validActor(), *validActor()}, Waves: []Wave{{Meta: Meta{ID: "w"}, Name: "T1", Date: "2025-01-01"}}}
	a.Actors[0].ID, a.Actors[1].ID = "a1", "a2"
	b := &Network{Actors: []Actor{a.Actors[0], a.Actors[1]}, Waves: a.Waves}
	b.Actors[1].Version = 9
	if d := Diff(a, b, 10); d != nil {
		t.Fatalf("equal networks differ: %v", d)
	}
	b.Actors[1].Name = "anders"
	b.Waves = nil
	d := Diff(a, b, 10)
	if len(d) != 2 || !strings.Contains(d[0], `Akteur "a2" ist verschieden`) || !strings.Contains(d[1], `Erhebungswelle "w" fehlt im zweiten`) {
		t.Fatalf("Diff = %v", d)
	}
}
