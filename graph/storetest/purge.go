package storetest

import (
	"slices"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// testPurgeHistory checks that PurgeHistory removes the whole history of the
// entities deleted before the cutoff (an actor with the offer and cooperation its
// deletion took along, an actor an import created), and of no other: not of
// existing entities, not of a deleted entity that was restored, not of deletions at
// or after the cutoff. The import's activity still reads, and the revision stays.
func testPurgeHistory(t *testing.T, s graph.Store) {
	ctx := as(t, "planung")
	for _, id := range []string{"p-keep", "p-gone", "p-back"} {
		must(t, s.Create(ctx, &graph.Actor{Meta: graph.Meta{ID: id}, Name: "Akteur " + id, Kind: "association", LegalDomains: ld, Phone: "0123 " + id}), "create "+id)
	}
	must(t, s.Create(ctx, &graph.Offer{Meta: graph.Meta{ID: "p-offer"}, ActorID: "p-gone", Name: "Gesprächskreis", Fields: []string{"health"}}), "create offer")
	must(t, s.Create(ctx, &graph.Cooperation{Meta: graph.Meta{ID: "p-coop"}, From: "p-gone", To: "p-keep", Kinds: []string{"information"}, Intensity: 2}), "create cooperation")
	res, err := s.Upsert(ctx, &graph.Batch{Actors: []graph.Actor{
		{Meta: graph.Meta{ExternalKey: "P-IMP"}, Name: "Importiert", Kind: "association", LegalDomains: ld},
		{Meta: graph.Meta{ExternalKey: "P-IMP2"}, Name: "Importiert und behalten", Kind: "association", LegalDomains: ld},
	}}, graph.BatchOptions{})
	must(t, err, "Upsert")
	imported, err := s.List(ctx, graph.KindActor, graph.Filter{Query: "Importiert"})
	must(t, err, "List")
	var importedID string
	for _, e := range imported.Items {
		if e.(*graph.Actor).ExternalKey == "P-IMP" {
			importedID = e.Metadata().ID
		}
	}
	must(t, s.Update(ctx, &graph.Actor{Meta: graph.Meta{ID: "p-keep", Version: 1}, Name: "Akteur p-keep", Kind: "association", LegalDomains: ld, Phone: "neu"}), "update")
	_, err = s.Delete(ctx, graph.KindActor, "p-gone", graph.DeleteOptions{Cascade: true})
	must(t, err, "delete p-gone")
	_, err = s.Delete(ctx, graph.KindActor, importedID, graph.DeleteOptions{})
	must(t, err, "delete the imported actor")
	_, err = s.Delete(ctx, graph.KindActor, "p-back", graph.DeleteOptions{})
	must(t, err, "delete p-back")
	_, err = s.Restore(ctx, graph.KindActor, "p-back", 1)
	must(t, err, "restore p-back")

	gone := history(t, s, graph.KindActor, importedID)
	if len(gone) == 0 || !gone[0].Deleted {
		t.Fatalf("history of the deleted import %v", actions(gone))
	}
	lastDeletion := gone[0].At
	keepEvents := map[string]int{"p-keep": len(history(t, s, graph.KindActor, "p-keep")), "p-back": len(history(t, s, graph.KindActor, "p-back"))}
	rev := revision(t, s)

	n, err := s.PurgeHistory(ctx, lastDeletion.Add(-time.Hour))
	must(t, err, "PurgeHistory before every deletion")
	if n != 0 || len(history(t, s, graph.KindActor, "p-gone")) == 0 {
		t.Fatalf("PurgeHistory with a cutoff before the deletions removed %d histories", n)
	}
	n, err = s.PurgeHistory(ctx, lastDeletion.Add(time.Millisecond))
	must(t, err, "PurgeHistory")
	if n != 4 {
		t.Errorf("PurgeHistory removed %d histories, want 4 (two actors, an offer, a cooperation)", n)
	}
	for _, e := range []struct {
		kind graph.Kind
		id   string
	}{{graph.KindActor, "p-gone"}, {graph.KindOffer, "p-offer"}, {graph.KindCooperation, "p-coop"}, {graph.KindActor, importedID}} {
		if evs := history(t, s, e.kind, e.id); len(evs) != 0 {
			t.Errorf("history of purged %s %s: %v", e.kind, e.id, actions(evs))
		}
	}
	for id, want := range keepEvents {
		if got := len(history(t, s, graph.KindActor, id)); got != want {
			t.Errorf("%s kept %d of its %d events", id, got, want)
		}
	}
	all, err := s.Activity(ctx, graph.ActivityFilter{Limit: 1000})
	must(t, err, "Activity")
	for _, ev := range all.Items {
		if slices.Contains([]string{"p-gone", "p-offer", "p-coop", importedID}, ev.EntityID) {
			t.Errorf("activity still shows %s %s of %s", ev.Action, ev.EntityID, ev.At)
		}
	}
	batch, err := s.Activity(ctx, graph.ActivityFilter{BatchID: res.BatchID})
	must(t, err, "Activity of the import")
	if len(batch.Items) != 1 || batch.Items[0].EntityName != "Importiert und behalten" {
		t.Errorf("the import's activity after the purge: %v", batch.Items)
	}
	if r := revision(t, s); r != rev {
		t.Errorf("PurgeHistory moved the revision from %d to %d", rev, r)
	}
	if n, err := s.PurgeHistory(ctx, time.Now().Add(time.Hour)); err != nil || n != 0 {
		t.Errorf("a second PurgeHistory removed %d, %v", n, err)
	}
}
