package storetest

import (
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// kindCase builds, for one kind, a valid new entity that fits the fixture and a change
// to it.
type kindCase struct {
	kind   graph.Kind
	make   func() graph.Entity
	change func(graph.Entity)
}

var kindCases = []kindCase{
	{graph.KindSocialSpace,
		func() graph.Entity {
			return &graph.SocialSpace{Name: "Altstadt", Level: "social_space", ParentID: "sp-sued", Boundary: []byte(square),
				Indicators: []graph.Indicator{{Year: 2024, Code: "population", Value: 5300}}}
		},
		func(e graph.Entity) {
			s := e.(*graph.SocialSpace)
			s.Name, s.ParentID = "Altstadt-Ost", "sp-nord"
			s.Indicators = append(s.Indicators, graph.Indicator{Year: 2025, Code: "population", Value: 5400})
		}},
	{graph.KindWave,
		func() graph.Entity { return &graph.Wave{Name: "Erhebung 2026", Date: "2026-03-31"} },
		func(e graph.Entity) { e.(*graph.Wave).Description = "Dritte Welle" }},
	{graph.KindActor,
		func() graph.Entity {
			return &graph.Actor{Name: "Tafel Seeland", Kind: "association", LegalDomains: []string{"civil_society"},
				Fields: []string{"poverty"}, SocialSpaces: []string{"sp-nord", "sp-sued"},
				Address: graph.Address{Street: "Hafenstraße 1", PostalCode: "23999", City: "Seeburg"}}
		},
		func(e graph.Entity) {
			a := e.(*graph.Actor)
			a.Name, a.LegalDomains, a.SocialSpaces = "Tafel Seeland e.V.", []string{"civil_society", "sgb12"}, []string{"sp-hafen"}
		}},
	// An actor as Gephi files bring it: no kind or legal domain ("nicht zugeordnet"),
	// a place and colour on Gephi's map; then classified, and the layout kept.
	{graph.KindActor,
		func() graph.Entity {
			return &graph.Actor{Name: "Myriel", Layout: &graph.Layout{X: -102.81979, Y: -185.35468, Color: "#5b5bf5"}}
		},
		func(e graph.Entity) {
			a := e.(*graph.Actor)
			a.Kind, a.LegalDomains = "association", []string{"civil_society"}
		}},
	{graph.KindOffer,
		func() graph.Entity {
			return &graph.Offer{ActorID: "ac-5", Name: "Selbsthilfetreff", Fields: []string{"health"}, SocialSpaces: []string{"sp-hafen"}}
		},
		func(e graph.Entity) {
			o := e.(*graph.Offer)
			o.ActorID, o.Capacity, o.SocialSpaces = "ac-3", 20, nil
		}},
	{graph.KindNeed,
		func() graph.Entity {
			return &graph.Need{SocialSpaceID: "sp-hafen", Field: "health", Measure: graph.MeasurePlacesPer1000, Target: 1.5}
		},
		func(e graph.Entity) {
			n := e.(*graph.Need)
			n.SocialSpaceID, n.Target, n.Year = "sp-sued", 2.5, 2027
		}},
	{graph.KindCooperation,
		func() graph.Entity {
			return &graph.Cooperation{From: "ac-2", To: "ac-5", Kinds: []string{"information"}, Intensity: 2}
		},
		func(e graph.Entity) {
			c := e.(*graph.Cooperation)
			c.To, c.Kinds, c.WaveID, c.Trust = "ac-1", []string{"information", "contract"}, "wv-2", 3
		}},
	{graph.KindMeasure,
		func() graph.Entity {
			return &graph.Measure{Title: "Lebenshilfe und Jobcenter zusammenbringen", Status: graph.MeasurePlanned,
				Origin: graph.MeasureOrigin{Kind: graph.OriginPotential, From: "ac-1", To: "ac-3"}, Actors: []string{"ac-1", "ac-3"},
				Responsible: "Netzwerkkoordination", Due: "2026-06-30", AgreedWaveID: "wv-2"}
		},
		func(e graph.Entity) {
			m := e.(*graph.Measure)
			m.Status, m.Actors, m.AgreedWaveID, m.AgreedOn = graph.MeasureStarted, []string{"ac-1", "ac-3", "ac-5"}, "", "2025-05-01"
		}},
}

func testEmpty(t *testing.T, s graph.Store) {
	ctx := t.Context()
	must(t, s.Ping(ctx), "Ping")
	tax, err := s.Taxonomy(ctx)
	must(t, err, "Taxonomy")
	if jsonOf(tax) != jsonOf(graph.DefaultTaxonomy()) {
		t.Errorf("the taxonomy of a new store is not the default:\n%s", jsonOf(tax))
	}
	n := snapshot(t, s)
	for _, k := range graph.Kinds() {
		if got := len(entities(n, k)); got != 0 {
			t.Errorf("a new store's snapshot has %d entities of kind %s", got, k)
		}
		p, err := s.List(ctx, k, graph.Filter{})
		must(t, err, "List "+string(k))
		if len(p.Items) != 0 || p.Total != 0 {
			t.Errorf("List(%s) of a new store: %d items, total %d", k, len(p.Items), p.Total)
		}
	}
	if n.Revision != revision(t, s) {
		t.Errorf("snapshot revision %d, Revision %d", n.Revision, revision(t, s))
	}
	toks, err := s.Tokens(ctx)
	must(t, err, "Tokens")
	if len(toks) != 0 {
		t.Errorf("a new store has %d tokens", len(toks))
	}
}

func testCRUD(t *testing.T, open func(*testing.T) graph.Store) {
	for _, kc := range kindCases {
		t.Run(string(kc.kind), func(t *testing.T) {
			s := open(t)
			ctx := t.Context()
			seed(t, s)

			e := kc.make()
			must(t, s.Create(ctx, e), "Create")
			m := *e.Metadata()
			if !graph.ValidID(m.ID) {
				t.Errorf("generated ID %q is not valid", m.ID)
			}
			if m.Version != 1 {
				t.Errorf("version after Create = %d, want 1", m.Version)
			}
			if m.CreatedAt.IsZero() || !m.UpdatedAt.Equal(m.CreatedAt) {
				t.Errorf("timestamps after Create: created %v, updated %v", m.CreatedAt, m.UpdatedAt)
			}
			wantSame(t, get(t, s, kc.kind, m.ID), e, "Get after Create")

			// A second entity gets another ID.
			other := kc.make()
			if kc.kind == graph.KindCooperation {
				other.(*graph.Cooperation).To = "ac-3"
			}
			must(t, s.Create(ctx, other), "Create another")
			if other.Metadata().ID == m.ID {
				t.Fatalf("two creates gave the same ID %q", m.ID)
			}

			// Update with the current version.
			upd := get(t, s, kc.kind, m.ID)
			kc.change(upd)
			must(t, s.Update(ctx, upd), "Update")
			um := *upd.Metadata()
			if um.Version != 2 || !um.CreatedAt.Equal(m.CreatedAt) || um.UpdatedAt.Before(m.CreatedAt) {
				t.Errorf("after Update: version %d (want 2), created %v (want %v), updated %v", um.Version, um.CreatedAt, m.CreatedAt, um.UpdatedAt)
			}
			stored := get(t, s, kc.kind, m.ID)
			wantSame(t, stored, upd, "Get after Update")
			if sameContent(stored, e) {
				t.Fatal("Update did not change the content")
			}

			// A stale version is refused and overwrites nothing.
			stale := kc.make()
			*stale.Metadata() = m // version 1
			wantCode(t, s.Update(ctx, stale), graph.Conflict, "Update with a stale version")
			wantSame(t, get(t, s, kc.kind, m.ID), upd, "Get after a stale Update")

			// The version keeps rising.
			upd2 := get(t, s, kc.kind, m.ID)
			must(t, s.Update(ctx, upd2), "second Update")
			if upd2.Metadata().Version != 3 {
				t.Errorf("version after the second Update = %d, want 3", upd2.Metadata().Version)
			}

			// Update and Delete of a missing entity.
			missing := kc.make()
			missing.Metadata().ID, missing.Metadata().Version = "missing-1", 1
			wantCode(t, s.Update(ctx, missing), graph.NotFound, "Update of a missing entity")
			wantGone(t, s, kc.kind, "missing-1")
			_, err := s.Delete(ctx, kc.kind, "missing-1", graph.DeleteOptions{})
			wantCode(t, err, graph.NotFound, "Delete of a missing entity")

			// Delete with a stale version is refused; with the current one it works.
			_, err = s.Delete(ctx, kc.kind, m.ID, graph.DeleteOptions{Version: 2})
			wantCode(t, err, graph.Conflict, "Delete with a stale version")
			get(t, s, kc.kind, m.ID)
			_, err = s.Delete(ctx, kc.kind, m.ID, graph.DeleteOptions{Version: 3})
			must(t, err, "Delete")
			wantGone(t, s, kc.kind, m.ID)
			_, err = s.Delete(ctx, kc.kind, m.ID, graph.DeleteOptions{})
			wantCode(t, err, graph.NotFound, "second Delete")

			// Delete without a version works too.
			_, err = s.Delete(ctx, kc.kind, other.Metadata().ID, graph.DeleteOptions{})
			must(t, err, "Delete without a version")
			wantGone(t, s, kc.kind, other.Metadata().ID)

			// Get of an ID that belongs to another kind is NotFound.
			_, err = s.Get(ctx, graph.KindWave, "sp-kreis")
			wantCode(t, err, graph.NotFound, "Get of an ID of another kind")
		})
	}
}

func testGivenIDs(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	w := &graph.Wave{Meta: graph.Meta{ID: "welle-2026"}, Name: "Erhebung 2026", Date: "2026-03-31"}
	must(t, s.Create(ctx, w), "Create with a given ID")
	if w.ID != "welle-2026" {
		t.Fatalf("given ID changed to %q", w.ID)
	}
	get(t, s, graph.KindWave, "welle-2026")

	dup := &graph.Wave{Meta: graph.Meta{ID: "welle-2026"}, Name: "Doppelt", Date: "2026-04-01"}
	wantCode(t, s.Create(ctx, dup), graph.Conflict, "Create with a taken ID")
	if got := get(t, s, graph.KindWave, "welle-2026").(*graph.Wave); got.Name != "Erhebung 2026" {
		t.Fatalf("Create with a taken ID overwrote the wave: %q", got.Name)
	}

	bad := &graph.Wave{Meta: graph.Meta{ID: "welle 2026"}, Name: "Ungültig", Date: "2026-03-31"}
	wantField(t, s.Create(ctx, bad), "id", "Create with an invalid ID")
	wantGone(t, s, graph.KindWave, "welle 2026")

	// Create fills in the version itself, whatever the caller set.
	v := &graph.Wave{Meta: graph.Meta{ID: "welle-2027", Version: 9}, Name: "Erhebung 2027", Date: "2027-03-31"}
	must(t, s.Create(ctx, v), "Create with a version set")
	if got := get(t, s, graph.KindWave, "welle-2027"); got.Metadata().Version != 1 {
		t.Errorf("version after Create = %d, want 1", got.Metadata().Version)
	}
}

func testValidation(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	before := snapshot(t, s)
	tests := []struct {
		name  string
		e     graph.Entity
		field string
	}{
		{"unknown legal domain", &graph.Actor{Name: "X", Kind: "association", LegalDomains: []string{"sgb99"}}, "legal_domains[0]"},
		{"unknown actor kind", &graph.Actor{Name: "X", Kind: "bank", LegalDomains: []string{"sgb2"}}, "kind"},
		{"actor without name", &graph.Actor{Kind: "association", LegalDomains: []string{"sgb2"}}, "name"},
		{"actor in a missing space", &graph.Actor{Name: "X", Kind: "association", LegalDomains: []string{"sgb2"},
			SocialSpaces: []string{"sp-kreis", "sp-nirgends"}}, "social_spaces[1]"},
		{"cooperation with itself", &graph.Cooperation{From: "ac-1", To: "ac-1", Kinds: []string{"information"}, Intensity: 1}, "to"},
		{"cooperation with a missing actor", &graph.Cooperation{From: "ac-1", To: "ac-99", Kinds: []string{"information"}, Intensity: 1}, "to"},
		{"cooperation from a missing actor", &graph.Cooperation{From: "ac-99", To: "ac-1", Kinds: []string{"information"}, Intensity: 1}, "from"},
		{"cooperation in a missing wave", &graph.Cooperation{From: "ac-2", To: "ac-5", Kinds: []string{"information"}, Intensity: 1, WaveID: "wv-9"}, "wave_id"},
		{"cooperation with an unknown kind", &graph.Cooperation{From: "ac-2", To: "ac-5", Kinds: []string{"gossip"}, Intensity: 1}, "kinds[0]"},
		{"offer of a missing actor", &graph.Offer{ActorID: "ac-99", Name: "X", Fields: []string{"health"}}, "actor_id"},
		{"need in a missing space", &graph.Need{SocialSpaceID: "sp-99", Field: "health", Measure: graph.MeasureOffers, Target: 1}, "social_space_id"},
		{"space with a missing parent", &graph.SocialSpace{Name: "X", Level: "social_space", ParentID: "sp-99"}, "parent_id"},
		{"space with an unknown level", &graph.SocialSpace{Name: "X", Level: "quarter"}, "level"},
		{"wave without a date", &graph.Wave{Name: "X"}, "date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantField(t, s.Create(ctx, tt.e), tt.field, "Create")
		})
	}
	t.Run("update", func(t *testing.T) {
		a := get(t, s, graph.KindActor, "ac-1").(*graph.Actor)
		a.Fields = []string{"health", "knitting"}
		wantField(t, s.Update(ctx, a), "fields[1]", "Update with an unknown field")
		c := get(t, s, graph.KindCooperation, "co-1").(*graph.Cooperation)
		c.To = "ac-99"
		wantField(t, s.Update(ctx, c), "to", "Update to a missing actor")
	})
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("failed writes changed the store: %s", d)
	}
}

func testExternalKeys(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	dup := &graph.Actor{Meta: graph.Meta{ExternalKey: "LH-1"}, Name: "Zweite Lebenshilfe", Kind: "association", LegalDomains: []string{"sgb9"}}
	wantCode(t, s.Create(ctx, dup), graph.Conflict, "Create with a taken external key")

	// The same key in another kind is fine.
	w := &graph.Wave{Meta: graph.Meta{ExternalKey: "LH-1"}, Name: "Welle", Date: "2026-01-01"}
	must(t, s.Create(ctx, w), "Create a wave with an actor's external key")

	// Update onto a taken key is refused; the key of the entity itself is kept.
	a := get(t, s, graph.KindActor, "ac-2").(*graph.Actor)
	a.ExternalKey = "LH-1"
	wantCode(t, s.Update(ctx, a), graph.Conflict, "Update with a taken external key")
	a1 := get(t, s, graph.KindActor, "ac-1").(*graph.Actor)
	a1.Name = "Lebenshilfe Seeland"
	must(t, s.Update(ctx, a1), "Update keeping the own external key")

	// A key given up is free again.
	a1 = get(t, s, graph.KindActor, "ac-1").(*graph.Actor)
	a1.ExternalKey = "LH-neu"
	must(t, s.Update(ctx, a1), "Update to a new external key")
	a = get(t, s, graph.KindActor, "ac-2").(*graph.Actor)
	a.ExternalKey = "LH-1"
	must(t, s.Update(ctx, a), "Update to a freed external key")
	dup.ExternalKey = "LH-neu"
	wantCode(t, s.Create(ctx, dup), graph.Conflict, "Create with the new taken external key")
}

func testPairKeys(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	coop := func(from, to string, directed bool, wave string) *graph.Cooperation {
		return &graph.Cooperation{From: from, To: to, Directed: directed, WaveID: wave, Kinds: []string{"information"}, Intensity: 1}
	}
	// co-2 is ac-2 → ac-3 directed in wv-1.
	must(t, s.Create(ctx, coop("ac-2", "ac-5", false, "")), "Create a mutual tie")
	wantCode(t, s.Create(ctx, coop("ac-2", "ac-5", false, "")), graph.Conflict, "the same mutual tie again")
	wantCode(t, s.Create(ctx, coop("ac-5", "ac-2", false, "")), graph.Conflict, "the mutual tie the other way round")
	must(t, s.Create(ctx, coop("ac-2", "ac-5", true, "")), "a directed tie beside a mutual one")
	must(t, s.Create(ctx, coop("ac-5", "ac-2", true, "")), "the directed tie the other way")
	wantCode(t, s.Create(ctx, coop("ac-5", "ac-2", true, "")), graph.Conflict, "the same directed tie again")
	must(t, s.Create(ctx, coop("ac-2", "ac-5", false, "wv-1")), "the mutual tie in a wave")
	wantCode(t, s.Create(ctx, coop("ac-2", "ac-3", true, "wv-1")), graph.Conflict, "a duplicate of co-2")
	must(t, s.Create(ctx, coop("ac-3", "ac-2", true, "wv-1")), "co-2 reversed")

	// Update onto a taken pair is refused; moving away frees the pair.
	c := get(t, s, graph.KindCooperation, "co-3").(*graph.Cooperation) // ac-3 – ac-4 in wv-2
	c.From, c.To = "ac-4", "ac-1"                                      // co-4 is ac-4 – ac-1 in wv-2
	wantCode(t, s.Update(ctx, c), graph.Conflict, "Update onto a taken pair")
	c4 := get(t, s, graph.KindCooperation, "co-4").(*graph.Cooperation)
	c4.WaveID = "wv-1" // co-1 is ac-1 – ac-4 in wv-1
	wantCode(t, s.Update(ctx, c4), graph.Conflict, "Update of co-4 onto co-1's pair")
	c4.WaveID = ""
	must(t, s.Update(ctx, c4), "Update of co-4 out of its wave")
	must(t, s.Update(ctx, c), "Update of co-3 onto the freed pair")
	// Reversing a mutual tie keeps its pair.
	c = get(t, s, graph.KindCooperation, "co-3").(*graph.Cooperation)
	c.From, c.To = c.To, c.From
	must(t, s.Update(ctx, c), "Update reversing a mutual tie")
}

func testSpaceCycle(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	k := get(t, s, graph.KindSocialSpace, "sp-kreis").(*graph.SocialSpace)
	k.ParentID = "sp-hafen"
	wantField(t, s.Update(ctx, k), "parent_id", "Update making a cycle of three")
	n := get(t, s, graph.KindSocialSpace, "sp-nord").(*graph.SocialSpace)
	n.ParentID = "sp-nord"
	wantField(t, s.Update(ctx, n), "parent_id", "Update making a space its own parent")
	if got := get(t, s, graph.KindSocialSpace, "sp-kreis").(*graph.SocialSpace); got.ParentID != "" {
		t.Fatalf("the refused update stored parent %q", got.ParentID)
	}
	// Moving within the tree without a cycle works.
	h := get(t, s, graph.KindSocialSpace, "sp-hafen").(*graph.SocialSpace)
	h.ParentID = "sp-sued"
	must(t, s.Update(ctx, h), "Update moving a space")
}

func testDeleteActor(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	before := snapshot(t, s)
	// ac-4 has cooperations co-1, co-3, co-4 and offer of-3.
	_, err := s.Delete(ctx, graph.KindActor, "ac-4", graph.DeleteOptions{})
	wantCode(t, err, graph.Conflict, "Delete of an actor with cooperations and offers")
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("the refused delete changed the store: %s", d)
	}
	// An actor with offers only is refused as well.
	must(t, s.Create(ctx, &graph.Offer{Meta: graph.Meta{ID: "of-5"}, ActorID: "ac-5", Name: "Treff", Fields: []string{"leisure"}}), "Create offer")
	_, err = s.Delete(ctx, graph.KindActor, "ac-5", graph.DeleteOptions{})
	wantCode(t, err, graph.Conflict, "Delete of an actor with an offer")

	_, err = s.Delete(ctx, graph.KindActor, "ac-4", graph.DeleteOptions{Cascade: true, Version: 2})
	wantCode(t, err, graph.Conflict, "cascading Delete with a stale version")
	deleted, err := s.Delete(ctx, graph.KindActor, "ac-4", graph.DeleteOptions{Cascade: true, Version: 1})
	must(t, err, "cascading Delete")
	if deleted[graph.KindCooperation] != 3 || deleted[graph.KindOffer] != 1 {
		t.Errorf("Deleted = %v, want 3 cooperations and 1 offer", deleted)
	}
	for _, id := range []string{"co-1", "co-3", "co-4"} {
		wantGone(t, s, graph.KindCooperation, id)
	}
	wantGone(t, s, graph.KindOffer, "of-3")
	wantGone(t, s, graph.KindActor, "ac-4")
	get(t, s, graph.KindCooperation, "co-2")
	get(t, s, graph.KindOffer, "of-1")
	p, err := s.List(ctx, graph.KindCooperation, graph.Filter{ActorID: "ac-1"})
	must(t, err, "List")
	if p.Total != 0 {
		t.Errorf("ac-1 still lists %v", ids(p.Items))
	}

	// ac-1 lost its cooperations; only its offer of-1 remains.
	deleted, err = s.Delete(ctx, graph.KindActor, "ac-1", graph.DeleteOptions{Cascade: true})
	must(t, err, "cascading Delete of ac-1")
	if deleted[graph.KindCooperation] != 0 || deleted[graph.KindOffer] != 1 {
		t.Errorf("Deleted = %v, want 1 offer", deleted)
	}

	// An actor without dependents goes without Cascade; the ties and keys of the
	// deleted ones are free again.
	must(t, s.Create(ctx, &graph.Actor{Meta: graph.Meta{ID: "ac-4", ExternalKey: "LH-1"}, Name: "Neu", Kind: "association",
		LegalDomains: []string{"sgb9"}}), "Create with the deleted actor's ID and another's freed key")
	must(t, s.Create(ctx, &graph.Cooperation{Meta: graph.Meta{ID: "co-3"}, From: "ac-3", To: "ac-4", Kinds: []string{"committee"},
		Intensity: 1, WaveID: "wv-2"}), "Create the deleted cooperation again")
	must(t, s.Create(ctx, &graph.Offer{Meta: graph.Meta{ID: "of-9"}, ActorID: "ac-3", Name: "Neu", Fields: []string{"work"}}), "Create offer")
	_, err = s.Delete(ctx, graph.KindOffer, "of-9", graph.DeleteOptions{})
	must(t, err, "Delete offer")
	deleted, err = s.Delete(ctx, graph.KindActor, "ac-2", graph.DeleteOptions{Cascade: true})
	must(t, err, "Delete ac-2")
	if deleted[graph.KindCooperation] != 1 || deleted[graph.KindOffer] != 1 {
		t.Errorf("Deleted = %v, want 1 cooperation and 1 offer", deleted)
	}
	wantGone(t, s, graph.KindCooperation, "co-2")
	_, err = s.Delete(ctx, graph.KindWave, "wv-1", graph.DeleteOptions{})
	must(t, err, "Delete the wave whose cooperations are gone")
}

func testDeleteInUse(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	before := snapshot(t, s)
	for _, tt := range []struct {
		kind graph.Kind
		id   string
		why  string
	}{
		{graph.KindSocialSpace, "sp-kreis", "a parent and named by ac-3"},
		{graph.KindSocialSpace, "sp-nord", "a parent, named by ac-4, of-3 and nd-3"},
		{graph.KindSocialSpace, "sp-hafen", "named by ac-1, of-1 and nd-1"},
		{graph.KindSocialSpace, "sp-sued", "named by ac-2, of-2 and nd-2"},
		{graph.KindWave, "wv-1", "named by co-1 and co-2"},
		{graph.KindWave, "wv-2", "named by co-3 and co-4"},
	} {
		for _, cascade := range []bool{false, true} {
			_, err := s.Delete(ctx, tt.kind, tt.id, graph.DeleteOptions{Cascade: cascade})
			wantCode(t, err, graph.Conflict, "Delete of "+tt.id+", "+tt.why)
		}
	}
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("refused deletes changed the store: %s", d)
	}

	// Each kind of use alone blocks: an offer, then a need, then an actor.
	must(t, s.Create(ctx, &graph.SocialSpace{Meta: graph.Meta{ID: "sp-x"}, Name: "X", Level: "social_space"}), "Create sp-x")
	must(t, s.Create(ctx, &graph.Offer{Meta: graph.Meta{ID: "of-x"}, ActorID: "ac-5", Name: "X", Fields: []string{"health"},
		SocialSpaces: []string{"sp-x"}}), "Create of-x")
	_, err := s.Delete(ctx, graph.KindSocialSpace, "sp-x", graph.DeleteOptions{})
	wantCode(t, err, graph.Conflict, "Delete of a space an offer names")
	_, err = s.Delete(ctx, graph.KindOffer, "of-x", graph.DeleteOptions{})
	must(t, err, "Delete of-x")
	must(t, s.Create(ctx, &graph.Need{Meta: graph.Meta{ID: "nd-x"}, SocialSpaceID: "sp-x", Field: "health", Measure: graph.MeasureOffers,
		Target: 1}), "Create nd-x")
	_, err = s.Delete(ctx, graph.KindSocialSpace, "sp-x", graph.DeleteOptions{Cascade: true})
	wantCode(t, err, graph.Conflict, "Delete of a space a need names")
	_, err = s.Delete(ctx, graph.KindNeed, "nd-x", graph.DeleteOptions{})
	must(t, err, "Delete nd-x")
	a := get(t, s, graph.KindActor, "ac-5").(*graph.Actor)
	a.SocialSpaces = []string{"sp-x"}
	must(t, s.Update(ctx, a), "Update ac-5 into sp-x")
	_, err = s.Delete(ctx, graph.KindSocialSpace, "sp-x", graph.DeleteOptions{})
	wantCode(t, err, graph.Conflict, "Delete of a space an actor names")
	a = get(t, s, graph.KindActor, "ac-5").(*graph.Actor)
	a.SocialSpaces = nil
	must(t, s.Update(ctx, a), "Update ac-5 out of sp-x")
	_, err = s.Delete(ctx, graph.KindSocialSpace, "sp-x", graph.DeleteOptions{})
	must(t, err, "Delete of a space no longer in use")
	wantGone(t, s, graph.KindSocialSpace, "sp-x")

	// A leaf space is free once nothing names it.
	must(t, s.Create(ctx, &graph.SocialSpace{Meta: graph.Meta{ID: "sp-y"}, Name: "Y", Level: "social_space", ParentID: "sp-sued"}), "Create sp-y")
	_, err = s.Delete(ctx, graph.KindSocialSpace, "sp-y", graph.DeleteOptions{})
	must(t, err, "Delete of a leaf space")
}
