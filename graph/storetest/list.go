package storetest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func testList(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	tests := []struct {
		kind  graph.Kind
		f     graph.Filter
		want  []string // IDs of the page, in order
		total int      // 0 means len(want)
	}{
		// Actors order by lower-cased name, then ID: ac-4 and ac-5 share a name.
		{graph.KindActor, graph.Filter{}, []string{"ac-4", "ac-5", "ac-2", "ac-3", "ac-1"}, 0},
		{graph.KindActor, graph.Filter{LegalDomain: "sgb9"}, []string{"ac-4", "ac-1"}, 0},
		{graph.KindActor, graph.Filter{LegalDomain: "sgb12"}, []string{"ac-4", "ac-2"}, 0},
		{graph.KindActor, graph.Filter{Field: "inclusion"}, []string{"ac-4", "ac-1"}, 0},
		{graph.KindActor, graph.Filter{TargetGroup: "homeless"}, []string{"ac-2"}, 0},
		{graph.KindActor, graph.Filter{SocialSpace: "sp-nord"}, []string{"ac-4", "ac-1"}, 0},
		{graph.KindActor, graph.Filter{SocialSpace: "sp-kreis"}, []string{"ac-4", "ac-2", "ac-3", "ac-1"}, 0},
		{graph.KindActor, graph.Filter{SocialSpace: "sp-hafen"}, []string{"ac-1"}, 0},
		{graph.KindActor, graph.Filter{ActorKind: "counselling"}, []string{"ac-4", "ac-2"}, 0},
		{graph.KindActor, graph.Filter{Query: "SEELAND"}, []string{"ac-3", "ac-1"}, 0},
		{graph.KindActor, graph.Filter{Query: "eutb"}, []string{"ac-4"}, 0},
		{graph.KindActor, graph.Filter{Query: "lh-1"}, []string{"ac-1"}, 0},
		{graph.KindActor, graph.Filter{Query: "CARITAS"}, []string{"ac-2"}, 0},
		{graph.KindActor, graph.Filter{Query: "nirgendwo"}, []string{}, 0},
		{graph.KindActor, graph.Filter{LegalDomain: "sgb9", SocialSpace: "sp-nord", Query: "lebens"}, []string{"ac-1"}, 0},
		{graph.KindActor, graph.Filter{Limit: 2}, []string{"ac-4", "ac-5"}, 5},
		{graph.KindActor, graph.Filter{Limit: 2, Offset: 2}, []string{"ac-2", "ac-3"}, 5},
		{graph.KindActor, graph.Filter{Limit: 2, Offset: 4}, []string{"ac-1"}, 5},
		{graph.KindActor, graph.Filter{Offset: 10}, []string{}, 5},
		{graph.KindActor, graph.Filter{LegalDomain: "sgb9", Limit: 1, Offset: 1}, []string{"ac-1"}, 2},
		{graph.KindActor, graph.Filter{Field: "inclusion", TargetGroup: "disability_mental", ActorKind: "counselling"}, []string{"ac-4"}, 0},
		{graph.KindActor, graph.Filter{SocialSpace: "sp-nord", Query: "nord"}, []string{"ac-4"}, 0},
		{graph.KindActor, graph.Filter{SocialSpace: "sp-unbekannt"}, []string{}, 0},
		// The text query reads the name, short name, external key and description only:
		// not attribute keys, not codes.
		{graph.KindActor, graph.Filter{Query: "FREIZEIT"}, []string{"ac-1"}, 0},
		{graph.KindActor, graph.Filter{Query: "träger"}, []string{}, 0},
		{graph.KindActor, graph.Filter{Query: "sgb9"}, []string{}, 0},
		{graph.KindActor, graph.Filter{Query: "name"}, []string{}, 0},
		{graph.KindActor, graph.Filter{Query: "beratung", Limit: 1, Offset: 1}, []string{"ac-5"}, 3},
		{graph.KindActor, graph.Filter{Query: "beratung", Offset: 3}, []string{}, 3},

		{graph.KindOffer, graph.Filter{}, []string{"of-1", "of-3", "of-2"}, 0},
		{graph.KindOffer, graph.Filter{LegalDomain: "sgb9"}, []string{"of-1", "of-3"}, 0},
		{graph.KindOffer, graph.Filter{Field: "poverty"}, []string{"of-2"}, 0},
		{graph.KindOffer, graph.Filter{TargetGroup: "disability_intellectual"}, []string{"of-1", "of-3"}, 0},
		{graph.KindOffer, graph.Filter{SocialSpace: "sp-nord"}, []string{"of-1", "of-3"}, 0},
		{graph.KindOffer, graph.Filter{ActorID: "ac-2"}, []string{"of-2"}, 0},
		{graph.KindOffer, graph.Filter{Query: "ALLTAG"}, []string{"of-1"}, 0},
		{graph.KindOffer, graph.Filter{Query: "beratung"}, []string{"of-3", "of-2"}, 0},
		{graph.KindOffer, graph.Filter{Limit: 1, Offset: 2}, []string{"of-2"}, 3},
		{graph.KindOffer, graph.Filter{SocialSpace: "sp-kreis"}, []string{"of-1", "of-3", "of-2"}, 0},
		{graph.KindOffer, graph.Filter{ActorID: "ac-4", Field: "inclusion", LegalDomain: "sgb9"}, []string{"of-3"}, 0},
		{graph.KindOffer, graph.Filter{ActorID: "ac-4", Field: "housing"}, []string{}, 0},
		{graph.KindOffer, graph.Filter{Query: "UNTERSTÜTZUNG"}, []string{"of-1"}, 0},
		{graph.KindOffer, graph.Filter{Query: "ERGÄNZ"}, []string{"of-3"}, 0},
		{graph.KindOffer, graph.Filter{Query: "§ 32"}, []string{}, 0},
		{graph.KindOffer, graph.Filter{Query: "beratung", Limit: 1}, []string{"of-3"}, 2},

		// Cooperations order by ID.
		{graph.KindCooperation, graph.Filter{}, []string{"co-1", "co-2", "co-3", "co-4"}, 0},
		{graph.KindCooperation, graph.Filter{ActorID: "ac-4"}, []string{"co-1", "co-3", "co-4"}, 0},
		{graph.KindCooperation, graph.Filter{ActorID: "ac-3"}, []string{"co-2", "co-3"}, 0},
		{graph.KindCooperation, graph.Filter{ActorID: "ac-5"}, []string{}, 0},
		{graph.KindCooperation, graph.Filter{WaveID: "wv-1"}, []string{"co-1", "co-2"}, 0},
		{graph.KindCooperation, graph.Filter{CooperationKind: "information"}, []string{"co-1", "co-4"}, 0},
		{graph.KindCooperation, graph.Filter{MinIntensity: 3}, []string{"co-1", "co-4"}, 0},
		{graph.KindCooperation, graph.Filter{Query: "sgb ii"}, []string{"co-2"}, 0},
		{graph.KindCooperation, graph.Filter{Query: "ERHEBUNG"}, []string{"co-1"}, 0},
		{graph.KindCooperation, graph.Filter{ActorID: "ac-4", WaveID: "wv-2", MinIntensity: 2}, []string{"co-4"}, 0},
		{graph.KindCooperation, graph.Filter{Limit: 2, Offset: 1}, []string{"co-2", "co-3"}, 4},
		{graph.KindCooperation, graph.Filter{MinIntensity: 4}, []string{"co-4"}, 0},
		{graph.KindCooperation, graph.Filter{ReportedBy: graph.ReportedByBoth}, []string{"co-1"}, 0},
		{graph.KindCooperation, graph.Filter{ReportedBy: graph.ReportedByOneSide}, []string{}, 0},
		{graph.KindCooperation, graph.Filter{WaveID: "wv-2", CooperationKind: "committee"}, []string{"co-3"}, 0},
		{graph.KindCooperation, graph.Filter{ActorID: "ac-4", Query: "erhebung"}, []string{"co-1"}, 0},
		{graph.KindCooperation, graph.Filter{ActorID: "ac-1", WaveID: "wv-2"}, []string{"co-4"}, 0},
		{graph.KindCooperation, graph.Filter{Query: "information"}, []string{}, 0},
		{graph.KindCooperation, graph.Filter{Query: "fallvermittlung", Offset: 1}, []string{}, 1},

		// Social spaces: the filter space and everything within it.
		{graph.KindSocialSpace, graph.Filter{}, []string{"sp-hafen", "sp-kreis", "sp-nord", "sp-sued"}, 0},
		{graph.KindSocialSpace, graph.Filter{SocialSpace: "sp-nord"}, []string{"sp-hafen", "sp-nord"}, 0},
		{graph.KindSocialSpace, graph.Filter{SocialSpace: "sp-sued"}, []string{"sp-sued"}, 0},
		{graph.KindSocialSpace, graph.Filter{Level: "planning_area"}, []string{"sp-nord", "sp-sued"}, 0},
		{graph.KindSocialSpace, graph.Filter{Query: "PLANUNGS"}, []string{"sp-nord", "sp-sued"}, 0},
		{graph.KindSocialSpace, graph.Filter{Query: "süd"}, []string{"sp-sued"}, 0},
		{graph.KindSocialSpace, graph.Filter{Query: "SÜD"}, []string{"sp-sued"}, 0},
		{graph.KindSocialSpace, graph.Filter{SocialSpace: "sp-kreis", Level: "social_space"}, []string{"sp-hafen"}, 0},
		{graph.KindSocialSpace, graph.Filter{SocialSpace: "sp-nord", Query: "hafen"}, []string{"sp-hafen"}, 0},
		{graph.KindSocialSpace, graph.Filter{SocialSpace: "sp-kreis", Limit: 2, Offset: 1}, []string{"sp-kreis", "sp-nord"}, 4},

		// Needs order by ID.
		{graph.KindNeed, graph.Filter{}, []string{"nd-1", "nd-2", "nd-3"}, 0},
		{graph.KindNeed, graph.Filter{Field: "housing"}, []string{"nd-1"}, 0},
		{graph.KindNeed, graph.Filter{TargetGroup: "disability_mental"}, []string{"nd-3"}, 0},
		{graph.KindNeed, graph.Filter{SocialSpace: "sp-nord"}, []string{"nd-1", "nd-3"}, 0},
		{graph.KindNeed, graph.Filter{SocialSpace: "sp-kreis", Limit: 2}, []string{"nd-1", "nd-2"}, 3},
		{graph.KindNeed, graph.Filter{SocialSpace: "sp-hafen"}, []string{"nd-1"}, 0},
		{graph.KindNeed, graph.Filter{SocialSpace: "sp-kreis", Field: "inclusion", TargetGroup: "disability_mental"}, []string{"nd-3"}, 0},

		{graph.KindWave, graph.Filter{}, []string{"wv-1", "wv-2"}, 0},
		{graph.KindWave, graph.Filter{Query: "2025"}, []string{"wv-2"}, 0},
		{graph.KindWave, graph.Filter{Query: "ERHEBUNG"}, []string{"wv-1", "wv-2"}, 0},
		{graph.KindWave, graph.Filter{Query: "erhebung", Limit: 1, Offset: 1}, []string{"wv-2"}, 2},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %+v", tt.kind, tt.f), func(t *testing.T) {
			p, err := s.List(ctx, tt.kind, tt.f)
			must(t, err, "List")
			total := tt.total
			if total == 0 {
				total = len(tt.want)
			}
			if got := ids(p.Items); !slices.Equal(got, tt.want) || p.Total != total {
				t.Fatalf("List = %v (total %d), want %v (total %d)", got, p.Total, tt.want, total)
			}
			for _, e := range p.Items {
				if e.EntityKind() != tt.kind {
					t.Fatalf("List(%s) returned a %s", tt.kind, e.EntityKind())
				}
			}
			if more := tt.f.Offset+len(p.Items) < p.Total; more != (p.Next != "") {
				t.Errorf("Next %q after %d of %d items from offset %d", p.Next, len(p.Items), p.Total, tt.f.Offset)
			}
			if tt.f.Offset == 0 && tt.f.Limit == 0 {
				if got := cursorWalk(t, s, tt.kind, tt.f, 1, nil); !slices.Equal(got, tt.want) {
					t.Errorf("cursor walk = %v, want %v", got, tt.want)
				}
			}
		})
	}

	t.Run("items are complete", func(t *testing.T) {
		p, err := s.List(ctx, graph.KindActor, graph.Filter{Query: "lebenshilfe"})
		must(t, err, "List")
		if len(p.Items) != 1 {
			t.Fatalf("List = %v", ids(p.Items))
		}
		wantSame(t, p.Items[0], get(t, s, graph.KindActor, "ac-1"), "listed actor")
	})

	t.Run("text with characters that JSON escapes", func(t *testing.T) {
		a := &graph.Actor{Name: "Jugendtreff", Kind: "association", LegalDomains: []string{"sgb8"}, Description: "Treff \"Mitte\" <Jugend & Kinder>\\Haus\tOst"}
		must(t, s.Create(ctx, a), "Create")
		for _, q := range []string{`"mitte" <jugend & k`, `>\haus`, "haus\tost"} {
			p, err := s.List(ctx, graph.KindActor, graph.Filter{Query: q})
			must(t, err, "List")
			if got := ids(p.Items); !slices.Equal(got, []string{a.ID}) || p.Total != 1 {
				t.Errorf("List with the query %q = %v (total %d), want [%s]", q, got, p.Total, a.ID)
			}
		}
		_, err := s.Delete(ctx, graph.KindActor, a.ID, graph.DeleteOptions{})
		must(t, err, "Delete")
	})

	t.Run("default and maximum limit", func(t *testing.T) {
		for i := range graph.DefaultLimit + 5 {
			must(t, s.Create(ctx, &graph.Wave{Name: fmt.Sprintf("Welle %03d", i), Date: "2026-01-01"}), "Create wave")
		}
		p, err := s.List(ctx, graph.KindWave, graph.Filter{})
		must(t, err, "List")
		if len(p.Items) != graph.DefaultLimit || p.Total != graph.DefaultLimit+7 {
			t.Fatalf("List without a limit: %d items (want %d), total %d (want %d)", len(p.Items), graph.DefaultLimit, p.Total, graph.DefaultLimit+7)
		}
		p, err = s.List(ctx, graph.KindWave, graph.Filter{Limit: graph.MaxLimit})
		must(t, err, "List")
		if len(p.Items) != graph.DefaultLimit+7 {
			t.Fatalf("List with the maximum limit: %d items", len(p.Items))
		}
	})

	for _, tt := range []struct {
		kind  graph.Kind
		f     graph.Filter
		field string
	}{
		{graph.KindActor, graph.Filter{WaveID: "wv-1"}, "wave_id"},
		{graph.KindActor, graph.Filter{ActorID: "ac-1"}, "actor_id"},
		{graph.KindOffer, graph.Filter{ActorKind: "counselling"}, "actor_kind"},
		{graph.KindCooperation, graph.Filter{LegalDomain: "sgb9"}, "legal_domain"},
		{graph.KindSocialSpace, graph.Filter{Field: "health"}, "field"},
		{graph.KindNeed, graph.Filter{Query: "x"}, "q"},
		{graph.KindWave, graph.Filter{Level: "county"}, "level"},
		{graph.KindWave, graph.Filter{Limit: graph.MaxLimit + 1}, "limit"},
		{graph.KindActor, graph.Filter{Offset: -1}, "offset"},
		{graph.KindCooperation, graph.Filter{MinIntensity: 5}, "min_intensity"},
		{graph.KindCooperation, graph.Filter{ReportedBy: "someone"}, "reported_by"},
		{graph.KindActor, graph.Filter{ReportedBy: graph.ReportedByBoth}, "reported_by"},
	} {
		t.Run(fmt.Sprintf("invalid %s %+v", tt.kind, tt.f), func(t *testing.T) {
			_, err := s.List(ctx, tt.kind, tt.f)
			wantField(t, err, tt.field, "List with a filter that does not fit")
		})
	}
}

// cursorWalk lists the kind page by page through Page.Next, limit entities a page,
// calls between (if not nil) after each page, and returns the IDs in the order read.
// Each page must report the same total as List without a cursor at that time.
func cursorWalk(t *testing.T, s graph.Store, kind graph.Kind, f graph.Filter, limit int, between func()) []string {
	t.Helper()
	f.Limit = limit
	var walked []string
	for range 10_000 {
		p, err := s.List(t.Context(), kind, f)
		must(t, err, "List with cursor")
		walked = append(walked, ids(p.Items)...)
		if p.Next == "" {
			return walked
		}
		if len(p.Items) != limit {
			t.Fatalf("a page with a next cursor holds %d items, want %d", len(p.Items), limit)
		}
		f.Cursor = p.Next
		if between != nil {
			between()
		}
	}
	t.Fatal("the cursor walk does not end")
	return nil
}

// testListCursor checks keyset paging: a walk by cursor returns every entity once, in
// list order, also when entities are created and deleted between its pages; a wrong
// cursor is Invalid.
func testListCursor(t *testing.T, s graph.Store) {
	ctx := t.Context()
	present := map[string]bool{} // actors that exist throughout the walk
	var victims []string         // actors deleted during the walk, half of them after the walk passed them
	for i := range 40 {
		// Pairs of equal names (up to case) test the order by ID within a name.
		a := &graph.Actor{Name: fmt.Sprintf("Akteur %02d", i/2), Kind: "association", LegalDomains: []string{"sgb9"}}
		if i%2 == 1 {
			a.Name = fmt.Sprintf("AKTEUR %02d", i/2)
		}
		must(t, s.Create(ctx, a), "Create actor")
		if i%5 == 2 {
			victims = append(victims, a.ID)
		} else {
			present[a.ID] = true
		}
	}
	full, err := s.List(ctx, graph.KindActor, graph.Filter{Limit: graph.MaxLimit})
	must(t, err, "List")
	if got := cursorWalk(t, s, graph.KindActor, graph.Filter{}, 7, nil); !slices.Equal(got, ids(full.Items)) {
		t.Fatalf("cursor walk = %v, want %v", got, ids(full.Items))
	}

	step := 0
	walked := cursorWalk(t, s, graph.KindActor, graph.Filter{}, 3, func() {
		step++
		// A new actor before the walk's position, one after it, and one deletion.
		for _, name := range []string{"Aaa neu", "Zzz neu"} {
			must(t, s.Create(ctx, &graph.Actor{Name: fmt.Sprintf("%s %02d", name, step), Kind: "association", LegalDomains: []string{"sgb9"}}), "Create actor")
		}
		if len(victims) > 0 {
			victim := victims[(step*7)%len(victims)]
			victims = slices.DeleteFunc(victims, func(id string) bool { return id == victim })
			_, err := s.Delete(ctx, graph.KindActor, victim, graph.DeleteOptions{})
			must(t, err, "Delete actor")
		}
	})
	byID := map[string]graph.Position{}
	all, err := s.List(ctx, graph.KindActor, graph.Filter{Limit: graph.MaxLimit})
	must(t, err, "List")
	for _, e := range all.Items {
		byID[e.Metadata().ID] = graph.PositionOf(e)
	}
	seen := map[string]bool{}
	for i, id := range walked {
		if seen[id] {
			t.Errorf("the walk returned %s twice", id)
		}
		seen[id] = true
		if p, ok := byID[id]; ok && i > 0 {
			if q, ok := byID[walked[i-1]]; ok && q.Compare(p) >= 0 {
				t.Errorf("the walk returned %s after %s, out of order", id, walked[i-1])
			}
		}
	}
	for id := range present {
		if !seen[id] {
			t.Errorf("the walk missed %s, which existed throughout", id)
		}
	}
	if step < 10 {
		t.Errorf("the walk took only %d pages", step+1)
	}

	for _, f := range []graph.Filter{{Cursor: "kein cursor"}, {Cursor: graph.Position{Key: "a", ID: "x"}.Cursor(), Offset: 2}} {
		_, err := s.List(ctx, graph.KindActor, f)
		wantField(t, err, "cursor", fmt.Sprintf("List with the cursor %q and offset %d", f.Cursor, f.Offset))
	}
}
