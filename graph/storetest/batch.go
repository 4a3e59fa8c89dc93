package storetest

import (
	"fmt"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// importBatch returns a batch for a store that holds the fixture: many good items
// whose references name external keys in the batch ("B-…"), external keys in the
// store ("K" is sp-kreis, "LH-1" is ac-1) and IDs ("sp-nord", "ac-3", "wv-1"), and an
// update of ac-1 by its external key.
func importBatch() *graph.Batch {
	b := &graph.Batch{
		SocialSpaces: []graph.SocialSpace{
			{Meta: graph.Meta{ExternalKey: "B-SP-1"}, Name: "Planungsraum West", Level: "planning_area", ParentID: "K"},
			{Meta: graph.Meta{ExternalKey: "B-SP-2"}, Name: "Westhafen", Level: "social_space", ParentID: "B-SP-1"},
		},
		Waves: []graph.Wave{{Meta: graph.Meta{ExternalKey: "B-W-1"}, Name: "Erhebung 2026", Date: "2026-03-31"}},
		Needs: []graph.Need{{Meta: graph.Meta{ExternalKey: "B-N-1"}, SocialSpaceID: "B-SP-2", Field: "care", Measure: graph.MeasureOffers, Target: 3}},
	}
	for i := range 10 {
		a := graph.Actor{Meta: graph.Meta{ExternalKey: fmt.Sprintf("B-A-%d", i)}, Name: fmt.Sprintf("Importierter Akteur %d", i),
			Kind: "provider", LegalDomains: []string{"sgb11"}, Fields: []string{"care"}, SocialSpaces: []string{"B-SP-2"}}
		if i%2 == 1 {
			a.SocialSpaces = []string{"sp-nord", "B-SP-1"}
		}
		b.Actors = append(b.Actors, a)
	}
	lh := fixtureActors()[0]
	lh.ID = ""
	lh.Name = "Lebenshilfe Seeland gGmbH"
	b.Actors = append(b.Actors, *lh)
	b.Offers = []graph.Offer{
		{Meta: graph.Meta{ExternalKey: "B-O-1"}, ActorID: "B-A-0", Name: "Tagespflege", Fields: []string{"care"}, SocialSpaces: []string{"B-SP-2"}},
		{Meta: graph.Meta{ExternalKey: "B-O-2"}, ActorID: "LH-1", Name: "Freizeittreff", Fields: []string{"leisure"}},
		{Meta: graph.Meta{ExternalKey: "B-O-3"}, ActorID: "ac-3", Name: "Bewerbungstraining", Fields: []string{"work"}, SocialSpaces: []string{"sp-kreis"}},
	}
	for i := range 6 {
		b.Cooperations = append(b.Cooperations, graph.Cooperation{Meta: graph.Meta{ExternalKey: fmt.Sprintf("B-C-%d", i)},
			From: fmt.Sprintf("B-A-%d", i), To: fmt.Sprintf("B-A-%d", i+1), Kinds: []string{"information"}, Intensity: 1 + i%4})
	}
	b.Cooperations = append(b.Cooperations,
		graph.Cooperation{Meta: graph.Meta{ExternalKey: "B-C-6"}, From: "B-A-0", To: "LH-1", Kinds: []string{"contract"}, Intensity: 3, WaveID: "B-W-1"},
		graph.Cooperation{Meta: graph.Meta{ExternalKey: "B-C-7"}, From: "B-A-1", To: "ac-3", Directed: true, Kinds: []string{"referral"}, Intensity: 2, WaveID: "wv-1"},
	)
	b.Measures = []graph.Measure{{Meta: graph.Meta{ExternalKey: "B-M-1"}, Title: "Westhafen und Lebenshilfe zusammenbringen", Status: graph.MeasurePlanned,
		Origin: graph.MeasureOrigin{Kind: graph.OriginPotential, From: "B-A-2", To: "LH-1"}, Actors: []string{"B-A-2", "ac-1"}, AgreedWaveID: "B-W-1"}}
	return b
}

// count returns the batch count of the kind, or zeros.
func count(res graph.BatchResult, k graph.Kind) graph.BatchCount {
	if c := res.Counts[k]; c != nil {
		return *c
	}
	return graph.BatchCount{}
}

// wantCounts fails the test unless res holds want for every kind (missing kinds mean
// zero).
func wantCounts(t *testing.T, res graph.BatchResult, want map[graph.Kind]graph.BatchCount, what string) {
	t.Helper()
	for _, k := range graph.Kinds() {
		if got := count(res, k); got != want[k] {
			t.Errorf("%s: %s counts %+v, want %+v", what, k, got, want[k])
		}
	}
}

// byKey returns the entity of the kind with the external key in n.
func byKey(t *testing.T, n *graph.Network, kind graph.Kind, key string) graph.Entity {
	t.Helper()
	for _, e := range entities(n, kind) {
		if e.Metadata().ExternalKey == key {
			return e
		}
	}
	t.Fatalf("no %s with external key %q", kind, key)
	return nil
}

var importCounts = map[graph.Kind]graph.BatchCount{
	graph.KindSocialSpace: {Created: 2}, graph.KindWave: {Created: 1}, graph.KindActor: {Created: 10, Updated: 1},
	graph.KindOffer: {Created: 3}, graph.KindNeed: {Created: 1}, graph.KindCooperation: {Created: 8}, graph.KindMeasure: {Created: 1},
}

var unchangedCounts = map[graph.Kind]graph.BatchCount{
	graph.KindSocialSpace: {Unchanged: 2}, graph.KindWave: {Unchanged: 1}, graph.KindActor: {Unchanged: 11},
	graph.KindOffer: {Unchanged: 3}, graph.KindNeed: {Unchanged: 1}, graph.KindCooperation: {Unchanged: 8}, graph.KindMeasure: {Unchanged: 1},
}

func testUpsert(t *testing.T, open func(*testing.T) graph.Store) {
	t.Run("import", func(t *testing.T) {
		s := open(t)
		ctx := t.Context()
		seed(t, s)
		rev := revision(t, s)
		res, err := s.Upsert(ctx, importBatch(), graph.BatchOptions{})
		must(t, err, "Upsert")
		wantCounts(t, res, importCounts, "Upsert")
		if res.DryRun || res.Revision <= rev || res.Revision != revision(t, s) {
			t.Errorf("result revision %d (before %d, now %d), dry run %v", res.Revision, rev, revision(t, s), res.DryRun)
		}

		n := snapshot(t, s)
		if len(n.Actors) != 5+10 || len(n.Cooperations) != 4+8 || len(n.Offers) != 3+3 || len(n.SocialSpaces) != 4+2 {
			t.Fatalf("after Upsert: %d actors, %d cooperations, %d offers, %d spaces", len(n.Actors), len(n.Cooperations), len(n.Offers), len(n.SocialSpaces))
		}
		lh := get(t, s, graph.KindActor, "ac-1").(*graph.Actor)
		if lh.Name != "Lebenshilfe Seeland gGmbH" || lh.Version != 2 {
			t.Errorf("ac-1 after Upsert: name %q, version %d", lh.Name, lh.Version)
		}
		sp1 := byKey(t, n, graph.KindSocialSpace, "B-SP-1").(*graph.SocialSpace)
		sp2 := byKey(t, n, graph.KindSocialSpace, "B-SP-2").(*graph.SocialSpace)
		a0 := byKey(t, n, graph.KindActor, "B-A-0").(*graph.Actor)
		a1 := byKey(t, n, graph.KindActor, "B-A-1").(*graph.Actor)
		w1 := byKey(t, n, graph.KindWave, "B-W-1")
		if !graph.ValidID(a0.ID) || a0.Version != 1 || a0.CreatedAt.IsZero() {
			t.Errorf("created actor: ID %q, version %d, created %v", a0.ID, a0.Version, a0.CreatedAt)
		}
		checks := []struct{ what, got, want string }{
			{"B-SP-1 parent (stored key)", sp1.ParentID, "sp-kreis"},
			{"B-SP-2 parent (batch key)", sp2.ParentID, sp1.ID},
			{"B-A-0 space (batch key)", a0.SocialSpaces[0], sp2.ID},
			{"B-A-1 space (ID)", a1.SocialSpaces[0], "sp-nord"},
			{"B-O-1 actor (batch key)", byKey(t, n, graph.KindOffer, "B-O-1").(*graph.Offer).ActorID, a0.ID},
			{"B-O-2 actor (stored key)", byKey(t, n, graph.KindOffer, "B-O-2").(*graph.Offer).ActorID, "ac-1"},
			{"B-O-3 actor (ID)", byKey(t, n, graph.KindOffer, "B-O-3").(*graph.Offer).ActorID, "ac-3"},
			{"B-N-1 space", byKey(t, n, graph.KindNeed, "B-N-1").(*graph.Need).SocialSpaceID, sp2.ID},
			{"B-C-0 from", byKey(t, n, graph.KindCooperation, "B-C-0").(*graph.Cooperation).From, a0.ID},
			{"B-C-0 to", byKey(t, n, graph.KindCooperation, "B-C-0").(*graph.Cooperation).To, a1.ID},
			{"B-C-6 to (stored key)", byKey(t, n, graph.KindCooperation, "B-C-6").(*graph.Cooperation).To, "ac-1"},
			{"B-C-6 wave (batch key)", byKey(t, n, graph.KindCooperation, "B-C-6").(*graph.Cooperation).WaveID, w1.Metadata().ID},
			{"B-C-7 to (ID)", byKey(t, n, graph.KindCooperation, "B-C-7").(*graph.Cooperation).To, "ac-3"},
			{"B-C-7 wave (ID)", byKey(t, n, graph.KindCooperation, "B-C-7").(*graph.Cooperation).WaveID, "wv-1"},
			{"B-M-1 from (batch key)", byKey(t, n, graph.KindMeasure, "B-M-1").(*graph.Measure).Origin.From, byKey(t, n, graph.KindActor, "B-A-2").Metadata().ID},
			{"B-M-1 to (stored key)", byKey(t, n, graph.KindMeasure, "B-M-1").(*graph.Measure).Origin.To, "ac-1"},
			{"B-M-1 wave (batch key)", byKey(t, n, graph.KindMeasure, "B-M-1").(*graph.Measure).AgreedWaveID, w1.Metadata().ID},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
			}
		}
		// Stored references are usable: the new actor's ties are listed and it cannot
		// be deleted without Cascade.
		p, err := s.List(ctx, graph.KindCooperation, graph.Filter{ActorID: a0.ID})
		must(t, err, "List")
		if p.Total != 2 {
			t.Errorf("B-A-0 has %d cooperations, want 2", p.Total)
		}
		_, err = s.Delete(ctx, graph.KindSocialSpace, sp2.ID, graph.DeleteOptions{})
		wantCode(t, err, graph.Conflict, "Delete of an imported space in use")

		// The same batch again changes nothing and keeps the revision.
		res, err = s.Upsert(ctx, importBatch(), graph.BatchOptions{})
		must(t, err, "second Upsert")
		wantCounts(t, res, unchangedCounts, "second Upsert")
		if res.Revision != n.Revision || revision(t, s) != n.Revision {
			t.Errorf("an unchanged batch moved the revision from %d to %d", n.Revision, revision(t, s))
		}
		if d := diffNetwork(n, snapshot(t, s)); d != "" {
			t.Fatalf("an unchanged batch changed the store: %s", d)
		}

		// One changed item is updated, the rest left alone.
		b := importBatch()
		b.Actors[3].Name = "Umbenannter Akteur"
		b.Cooperations[2].Intensity = 4
		res, err = s.Upsert(ctx, b, graph.BatchOptions{})
		must(t, err, "third Upsert")
		want := map[graph.Kind]graph.BatchCount{}
		for k, c := range unchangedCounts {
			want[k] = c
		}
		want[graph.KindActor] = graph.BatchCount{Updated: 1, Unchanged: 10}
		want[graph.KindCooperation] = graph.BatchCount{Updated: 1, Unchanged: 7}
		wantCounts(t, res, want, "third Upsert")
		if res.Revision <= n.Revision {
			t.Errorf("a changing batch kept the revision %d", n.Revision)
		}
		a3 := get(t, s, graph.KindActor, byKey(t, n, graph.KindActor, "B-A-3").Metadata().ID).(*graph.Actor)
		if a3.Name != "Umbenannter Akteur" || a3.Version != 2 || !a3.CreatedAt.Equal(byKey(t, n, graph.KindActor, "B-A-3").Metadata().CreatedAt) {
			t.Errorf("updated actor: name %q, version %d, created %v", a3.Name, a3.Version, a3.CreatedAt)
		}
	})

	t.Run("dry run", func(t *testing.T) {
		s := open(t)
		seed(t, s)
		before := snapshot(t, s)
		res, err := s.Upsert(t.Context(), importBatch(), graph.BatchOptions{DryRun: true})
		must(t, err, "dry Upsert")
		wantCounts(t, res, importCounts, "dry Upsert")
		if !res.DryRun || res.Revision != before.Revision {
			t.Errorf("dry run result: dry run %v, revision %d (store at %d)", res.DryRun, res.Revision, before.Revision)
		}
		if d := diffNetwork(before, snapshot(t, s)); d != "" {
			t.Fatalf("a dry run changed the store: %s", d)
		}
	})

	t.Run("one bad item", func(t *testing.T) {
		s := open(t)
		seed(t, s)
		before := snapshot(t, s)
		for _, dry := range []bool{false, true} {
			b := importBatch()
			b.Cooperations[7].To = "nope" // the last item, after many good ones
			_, err := s.Upsert(t.Context(), b, graph.BatchOptions{DryRun: dry})
			wantField(t, err, "cooperations[7].to", "Upsert with a bad last item")
			if d := diffNetwork(before, snapshot(t, s)); d != "" {
				t.Fatalf("a failed batch changed the store: %s", d)
			}
			if r := revision(t, s); r != before.Revision {
				t.Fatalf("a failed batch moved the revision from %d to %d", before.Revision, r)
			}
		}
	})

	t.Run("problems", func(t *testing.T) {
		s := open(t)
		seed(t, s)
		before := snapshot(t, s)
		for _, tt := range []struct {
			name   string
			change func(*graph.Batch)
			field  string // the field named, or the first of two that may be
			or     string
		}{
			{"missing external key", func(b *graph.Batch) { b.Actors[4].ExternalKey = "" }, "actors[4].external_key", ""},
			{"duplicate external key", func(b *graph.Batch) { b.Offers[2].ExternalKey = "B-O-1" }, "offers[2].external_key", ""},
			{"invalid field", func(b *graph.Batch) { b.Actors[9].LegalDomains = []string{"sgb99"} }, "actors[9].legal_domains[0]", ""},
			{"missing reference", func(b *graph.Batch) { b.Offers[1].ActorID = "B-A-99" }, "offers[1].actor_id", ""},
			{"duplicate pair", func(b *graph.Batch) { b.Cooperations[5].From, b.Cooperations[5].To = "B-A-1", "B-A-0" }, "cooperations[5]", "cooperations[0]"},
			{"pair taken in the store", func(b *graph.Batch) { b.Cooperations[7].To, b.Cooperations[7].From = "ac-3", "ac-2" }, "cooperations[7]", ""},
			{"taken ID", func(b *graph.Batch) { b.Waves[0].ID = "wv-1" }, "waves[0].id", ""},
			{"one ID for two keys", func(b *graph.Batch) { b.Offers[0].ID, b.Offers[2].ID = "of-doppelt", "of-doppelt" }, "offers[2].id", ""},
			{"cycle", func(b *graph.Batch) {
				b.SocialSpaces[0].ParentID = "B-SP-2"
			}, "social_spaces[0].parent_id", ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				b := importBatch()
				tt.change(b)
				_, err := s.Upsert(t.Context(), b, graph.BatchOptions{})
				wantCode(t, err, graph.Invalid, "Upsert")
				found := false
				for _, f := range graph.ErrorFields(err) {
					found = found || f.Field == tt.field || f.Field == tt.or
				}
				if !found {
					t.Fatalf("field errors %v do not name %q", graph.ErrorFields(err), tt.field)
				}
				if d := diffNetwork(before, snapshot(t, s)); d != "" {
					t.Fatalf("a failed batch changed the store: %s", d)
				}
			})
		}
	})

	t.Run("given IDs", func(t *testing.T) {
		s := open(t)
		b := &graph.Batch{
			SocialSpaces: []graph.SocialSpace{{Meta: graph.Meta{ID: "r-1", ExternalKey: "R"}, Name: "Region", Level: "county"}},
			Actors: []graph.Actor{
				{Meta: graph.Meta{ID: "a-1", ExternalKey: "x1"}, Name: "Eins", Kind: "provider", LegalDomains: []string{"sgb9"}, SocialSpaces: []string{"R"}},
				{Meta: graph.Meta{ID: "a-2", ExternalKey: "x2"}, Name: "Zwei", Kind: "provider", LegalDomains: []string{"sgb9"}},
			},
			Cooperations: []graph.Cooperation{{Meta: graph.Meta{ID: "c-1", ExternalKey: "c1"}, From: "x1", To: "a-2",
				Kinds: []string{"information"}, Intensity: 2}},
		}
		_, err := s.Upsert(t.Context(), b, graph.BatchOptions{})
		must(t, err, "Upsert into an empty store")
		c := get(t, s, graph.KindCooperation, "c-1").(*graph.Cooperation)
		if c.From != "a-1" || c.To != "a-2" {
			t.Errorf("cooperation joins %q and %q, want a-1 and a-2", c.From, c.To)
		}
		if a := get(t, s, graph.KindActor, "a-1").(*graph.Actor); len(a.SocialSpaces) != 1 || a.SocialSpaces[0] != "r-1" {
			t.Errorf("actor spaces %v, want [r-1]", a.SocialSpaces)
		}
	})

	t.Run("copy between stores", func(t *testing.T) {
		src, dst := open(t), open(t)
		seed(t, src)
		n := snapshot(t, src)
		b := n.Batch()
		res, err := dst.Upsert(t.Context(), b, graph.BatchOptions{})
		must(t, err, "Upsert of a snapshot's batch")
		if c := count(res, graph.KindCooperation); c.Created != len(n.Cooperations) {
			t.Errorf("created %d cooperations, want %d", c.Created, len(n.Cooperations))
		}
		copied := snapshot(t, dst)
		for _, k := range graph.Kinds() {
			got, exp := entities(copied, k), entities(n, k)
			if len(got) != len(exp) {
				t.Fatalf("%d %s copied, want %d", len(got), k, len(exp))
			}
			for i := range got {
				if got[i].Metadata().ID != exp[i].Metadata().ID || !sameContent(got[i], exp[i]) {
					t.Fatalf("copied %s differs:\n got %s\nwant %s", k, jsonOf(got[i]), jsonOf(exp[i]))
				}
			}
		}
	})
}
