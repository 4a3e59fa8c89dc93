package storetest

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// testHistory checks that every write records its history, field by field and with
// its writer, and that restore and revert work and refuse what they must.
func testHistory(t *testing.T, open func(*testing.T) graph.Store) {
	t.Run("Writes", func(t *testing.T) { testHistoryWrites(t, open(t)) })
	t.Run("Restore", func(t *testing.T) { testHistoryRestore(t, open(t)) })
	t.Run("Revert", func(t *testing.T) { testHistoryRevert(t, open(t)) })
	t.Run("RevertConflict", func(t *testing.T) { testHistoryRevertConflict(t, open(t)) })
	t.Run("RevertNested", func(t *testing.T) { testHistoryRevertNested(t, open(t)) })
	t.Run("ClosedWave", func(t *testing.T) { testClosedWave(t, open(t)) })
	t.Run("Activity", func(t *testing.T) { testActivity(t, open(t)) })
	t.Run("Purge", func(t *testing.T) { testPurgeHistory(t, open(t)) })
}

// history returns the entity's history.
func history(t *testing.T, s graph.Store, kind graph.Kind, id string) []graph.Event {
	t.Helper()
	evs, err := s.History(t.Context(), kind, id)
	must(t, err, "History")
	return evs
}

// actions returns the actions and versions of evs, such as "update@2".
func actions(evs []graph.Event) []string {
	out := []string{}
	for _, ev := range evs {
		out = append(out, string(ev.Action)+"@"+jsonOf(ev.Version))
	}
	return out
}

// change returns the change of the field in ev, or fails.
func change(t *testing.T, ev graph.Event, field string) graph.FieldChange {
	t.Helper()
	for _, c := range ev.Changes {
		if c.Field == field {
			return c
		}
	}
	t.Fatalf("event %s %s has no change of %q: %s", ev.Action, ev.EntityID, field, jsonOf(ev.Changes))
	return graph.FieldChange{}
}

// as returns a context whose writes are recorded as by name.
func as(t *testing.T, name string) context.Context { return graph.WithWriter(t.Context(), name) }

func testHistoryWrites(t *testing.T, s graph.Store) {
	a := &graph.Actor{Meta: graph.Meta{ID: "h-a"}, Name: "Verein A", Kind: "association", LegalDomains: ld, Phone: "1"}
	must(t, s.Create(as(t, "anna"), a), "create")
	a.Phone, a.Email = "2", "a@example.org"
	must(t, s.Update(as(t, "bert"), a), "update")
	evs := history(t, s, graph.KindActor, "h-a")
	if got := actions(evs); !slices.Equal(got, []string{"update@2", "create@1"}) {
		t.Fatalf("history %v, want update@2 create@1", got)
	}
	up := evs[0]
	if up.By != "bert" || evs[1].By != "anna" || up.Kind != graph.KindActor || up.EntityName != "Verein A" || up.BatchID != "" || up.At.IsZero() {
		t.Fatalf("update event %s", jsonOf(up))
	}
	if len(up.Changes) != 2 {
		t.Fatalf("update changes %s, want phone and email only", jsonOf(up.Changes))
	}
	if c := change(t, up, "phone"); string(c.Before) != `"1"` || string(c.After) != `"2"` {
		t.Fatalf("phone change %s", jsonOf(c))
	}
	if c := change(t, up, "email"); c.Before != nil || string(c.After) != `"a@example.org"` {
		t.Fatalf("email change %s", jsonOf(c))
	}
	if c := change(t, evs[1], "name"); c.Before != nil || string(c.After) != `"Verein A"` {
		t.Fatalf("creation's name %s", jsonOf(c))
	}
	if evs[0].ID <= evs[1].ID {
		t.Fatalf("event IDs %q, %q do not rise", evs[1].ID, evs[0].ID)
	}

	b := &graph.Actor{Meta: graph.Meta{ID: "h-b"}, Name: "Verein B", Kind: "association", LegalDomains: ld}
	must(t, s.Create(t.Context(), b), "create b")
	must(t, s.Create(t.Context(), &graph.Cooperation{Meta: graph.Meta{ID: "h-c"}, From: "h-a", To: "h-b", Kinds: []string{"information"}, Intensity: 2}), "create coop")
	_, err := s.Delete(as(t, "carl"), graph.KindActor, "h-a", graph.DeleteOptions{Cascade: true})
	must(t, err, "delete")
	evs = history(t, s, graph.KindActor, "h-a")
	if got := actions(evs); !slices.Equal(got, []string{"delete@2", "update@2", "create@1"}) || evs[0].By != "carl" || !evs[0].Deleted {
		t.Fatalf("history after delete %v %s", got, jsonOf(evs[0]))
	}
	if c := change(t, evs[0], "name"); string(c.Before) != `"Verein A"` || c.After != nil {
		t.Fatalf("deletion's name %s", jsonOf(c))
	}
	if got := actions(history(t, s, graph.KindCooperation, "h-c")); !slices.Equal(got, []string{"delete@1", "create@1"}) {
		t.Fatalf("cascaded cooperation's history %v", got)
	}
	if evs := history(t, s, graph.KindActor, "nobody"); len(evs) != 0 {
		t.Fatalf("history of an unknown entity: %v", actions(evs))
	}

	// A batch records one event per changed item under its batch ID.
	res, err := s.Upsert(as(t, "import"), &graph.Batch{Actors: []graph.Actor{
		{Meta: graph.Meta{ExternalKey: "X1"}, Name: "Eins", Kind: "association", LegalDomains: ld},
		{Meta: graph.Meta{ID: "h-b"}, Name: "Verein B", Kind: "association", LegalDomains: ld},
	}}, graph.BatchOptions{})
	must(t, err, "upsert")
	if res.BatchID == "" {
		t.Fatal("upsert answered no batch ID")
	}
	page, err := s.Activity(t.Context(), graph.ActivityFilter{BatchID: res.BatchID})
	must(t, err, "Activity by batch")
	if len(page.Items) != 1 || page.Items[0].EntityName != "Eins" || page.Items[0].By != "import" || page.Items[0].Action != graph.ActionCreate {
		t.Fatalf("batch events %s, want the one created actor (h-b is unchanged)", jsonOf(page.Items))
	}
	again, err := s.Upsert(t.Context(), &graph.Batch{Actors: []graph.Actor{{Meta: graph.Meta{ExternalKey: "X1"}, Name: "Eins", Kind: "association", LegalDomains: ld}}}, graph.BatchOptions{})
	must(t, err, "upsert unchanged")
	if again.BatchID != "" {
		t.Fatalf("a batch that changes nothing got batch ID %q", again.BatchID)
	}
	dry, err := s.Upsert(t.Context(), &graph.Batch{Actors: []graph.Actor{{Meta: graph.Meta{ExternalKey: "X2"}, Name: "Zwei", Kind: "association", LegalDomains: ld}}}, graph.BatchOptions{DryRun: true})
	must(t, err, "dry run")
	if dry.BatchID != "" {
		t.Fatalf("a dry run got batch ID %q", dry.BatchID)
	}
}

func testHistoryRestore(t *testing.T, s graph.Store) {
	a := &graph.Actor{Meta: graph.Meta{ID: "r-a", ExternalKey: "RA"}, Name: "Erster Name", Kind: "association", LegalDomains: ld}
	must(t, s.Create(t.Context(), a), "create")
	a.Name = "Zweiter Name"
	must(t, s.Update(t.Context(), a), "update")
	rev := revision(t, s)
	e, err := s.Restore(as(t, "rita"), graph.KindActor, "r-a", 1)
	must(t, err, "restore")
	got := e.(*graph.Actor)
	if got.Name != "Erster Name" || got.Version != 3 || got.ExternalKey != "RA" {
		t.Fatalf("restored %s", jsonOf(got))
	}
	wantSame(t, get(t, s, graph.KindActor, "r-a"), got, "stored after restore")
	if revision(t, s) != rev+1 {
		t.Fatal("restore did not raise the revision once")
	}
	evs := history(t, s, graph.KindActor, "r-a")
	if evs[0].Action != graph.ActionRestore || evs[0].Version != 3 || evs[0].By != "rita" {
		t.Fatalf("restore event %s", jsonOf(evs[0]))
	}
	if c := change(t, evs[0], "name"); string(c.Before) != `"Zweiter Name"` || string(c.After) != `"Erster Name"` {
		t.Fatalf("restore change %s", jsonOf(c))
	}

	_, err = s.Restore(t.Context(), graph.KindActor, "r-a", 9)
	wantCode(t, err, graph.NotFound, "restore of a version that does not exist")
	_, err = s.Restore(t.Context(), graph.KindActor, "nobody", 1)
	wantCode(t, err, graph.NotFound, "restore of an entity without history")
	if revision(t, s) != rev+1 {
		t.Fatal("a refused restore raised the revision")
	}

	// A deleted entity comes back, with a version above all recorded ones.
	_, err = s.Delete(t.Context(), graph.KindActor, "r-a", graph.DeleteOptions{})
	must(t, err, "delete")
	e, err = s.Restore(t.Context(), graph.KindActor, "r-a", 2)
	must(t, err, "restore a deleted entity")
	if g := get(t, s, graph.KindActor, "r-a").(*graph.Actor); g.Name != "Zweiter Name" || g.Version != 4 || e.Metadata().Version != 4 {
		t.Fatalf("re-created %s", jsonOf(g))
	}

	// A restore whose content can no longer be written is refused.
	must(t, s.Create(t.Context(), &graph.Actor{Meta: graph.Meta{ID: "r-b"}, Name: "B", Kind: "association", LegalDomains: ld}), "create b")
	b := get(t, s, graph.KindActor, "r-b").(*graph.Actor)
	_, err = s.Delete(t.Context(), graph.KindActor, "r-b", graph.DeleteOptions{})
	must(t, err, "delete b")
	a = get(t, s, graph.KindActor, "r-a").(*graph.Actor)
	a.ExternalKey = ""
	must(t, s.Update(t.Context(), a), "free RA")
	must(t, s.Create(t.Context(), &graph.Actor{Meta: graph.Meta{ID: "r-c", ExternalKey: "RA"}, Name: "C", Kind: "association", LegalDomains: ld}), "take RA")
	rev = revision(t, s)
	_, err = s.Restore(t.Context(), graph.KindActor, "r-a", 1)
	wantCode(t, err, graph.Conflict, "restore of a taken external key")
	if revision(t, s) != rev {
		t.Fatal("a refused restore raised the revision")
	}
	_ = b
}

// revertFixture stores two actors and a batch that creates one actor and a
// cooperation and updates another actor; it returns the batch's ID.
func revertFixture(t *testing.T, s graph.Store) string {
	must(t, s.Create(t.Context(), &graph.Actor{Meta: graph.Meta{ID: "v-a", ExternalKey: "VA"}, Name: "Alt", Kind: "association", LegalDomains: ld}), "create a")
	must(t, s.Create(t.Context(), &graph.Actor{Meta: graph.Meta{ID: "v-b", ExternalKey: "VB"}, Name: "B", Kind: "association", LegalDomains: ld}), "create b")
	res, err := s.Upsert(as(t, "import"), &graph.Batch{
		Actors: []graph.Actor{
			{Meta: graph.Meta{ExternalKey: "VA"}, Name: "Neu", Kind: "association", LegalDomains: ld, Phone: "123"},
			{Meta: graph.Meta{ID: "v-n", ExternalKey: "VN"}, Name: "Neuer Verein", Kind: "association", LegalDomains: ld},
		},
		Cooperations: []graph.Cooperation{{Meta: graph.Meta{ExternalKey: "VC"}, From: "VN", To: "VB", Kinds: []string{"referral"}, Intensity: 1}},
	}, graph.BatchOptions{})
	must(t, err, "upsert")
	return res.BatchID
}

func testHistoryRevert(t *testing.T, s graph.Store) {
	batch := revertFixture(t, s)
	before := snapshot(t, s)
	n, err := s.RevertBatch(as(t, "rolf"), batch)
	must(t, err, "revert")
	if n[graph.KindActor] != 2 || n[graph.KindCooperation] != 1 {
		t.Fatalf("reverted %v, want 2 actors and 1 cooperation", n)
	}
	if a := get(t, s, graph.KindActor, "v-a").(*graph.Actor); a.Name != "Alt" || a.Phone != "" || a.Version != 3 {
		t.Fatalf("reverted actor %s", jsonOf(a))
	}
	wantGone(t, s, graph.KindActor, "v-n")
	after := snapshot(t, s)
	if len(after.Cooperations) != 0 || len(after.Actors) != 2 || after.Revision != before.Revision+1 {
		t.Fatalf("after revert: %d cooperations, %d actors, revision %d (before %d)", len(after.Cooperations), len(after.Actors), after.Revision, before.Revision)
	}
	evs := history(t, s, graph.KindActor, "v-n")
	if evs[0].Action != graph.ActionRevert || evs[0].Reverts != batch || evs[0].By != "rolf" || evs[0].BatchID == "" || evs[0].BatchID == batch {
		t.Fatalf("revert event %s", jsonOf(evs[0]))
	}

	// Twice: refused, nothing changes.
	rev := revision(t, s)
	_, err = s.RevertBatch(t.Context(), batch)
	wantCode(t, err, graph.Conflict, "revert twice")
	if !strings.Contains(graph.ErrorMessage(err), "schon rückgängig") {
		t.Fatalf("message %q does not say that the batch was reverted already", graph.ErrorMessage(err))
	}
	if revision(t, s) != rev {
		t.Fatal("a refused revert raised the revision")
	}
	_, err = s.RevertBatch(t.Context(), "batch_unknown")
	wantCode(t, err, graph.NotFound, "revert of an unknown batch")

	// The revert itself is a batch that can be reverted: the batch's state is back.
	_, err = s.RevertBatch(t.Context(), evs[0].BatchID)
	must(t, err, "revert the revert")
	if a := get(t, s, graph.KindActor, "v-a").(*graph.Actor); a.Name != "Neu" || a.Phone != "123" {
		t.Fatalf("actor after reverting the revert %s", jsonOf(a))
	}
	get(t, s, graph.KindActor, "v-n")
	if len(snapshot(t, s).Cooperations) != 1 {
		t.Fatal("the cooperation is not back")
	}
}

func testHistoryRevertConflict(t *testing.T, s graph.Store) {
	batch := revertFixture(t, s)
	a := get(t, s, graph.KindActor, "v-a").(*graph.Actor)
	a.Email = "spaeter@example.org"
	must(t, s.Update(as(t, "lena"), a), "later edit")
	before := snapshot(t, s)
	_, err := s.RevertBatch(t.Context(), batch)
	wantCode(t, err, graph.Conflict, "revert after a later edit")
	msg := graph.ErrorMessage(err)
	if !strings.Contains(msg, `"Neu"`) || !strings.Contains(msg, "lena") {
		t.Fatalf("message %q does not name the conflicting actor and its writer", msg)
	}
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("a refused revert changed the data: %s", d)
	}

	// A later cooperation that uses a created actor keeps the batch from deleting it.
	batch2 := func() string {
		res, err := s.Upsert(t.Context(), &graph.Batch{Actors: []graph.Actor{{Meta: graph.Meta{ID: "v-m"}, Name: "M", Kind: "association", LegalDomains: ld}}}, graph.BatchOptions{})
		must(t, err, "upsert m")
		return res.BatchID
	}()
	must(t, s.Create(t.Context(), &graph.Cooperation{Meta: graph.Meta{ID: "v-mc"}, From: "v-m", To: "v-b", Kinds: []string{"referral"}, Intensity: 1}), "cooperation with m")
	before = snapshot(t, s)
	_, err = s.RevertBatch(t.Context(), batch2)
	wantCode(t, err, graph.Conflict, "revert of an actor in use")
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("a refused revert changed the data: %s", d)
	}
}

func testClosedWave(t *testing.T, s graph.Store) {
	w := &graph.Wave{Meta: graph.Meta{ID: "w-1"}, Name: "Erhebung Herbst", Date: "2026-10-01"}
	must(t, s.Create(t.Context(), w), "create wave")
	for _, id := range []string{"w-a", "w-b", "w-c"} {
		must(t, s.Create(t.Context(), &graph.Actor{Meta: graph.Meta{ID: id}, Name: id, Kind: "association", LegalDomains: ld}), "create actor")
	}
	c := &graph.Cooperation{Meta: graph.Meta{ID: "w-co"}, From: "w-a", To: "w-b", Kinds: []string{"referral"}, Intensity: 1, WaveID: "w-1"}
	must(t, s.Create(t.Context(), c), "create cooperation")
	w.Closed = true
	must(t, s.Update(t.Context(), w), "close wave")
	if !get(t, s, graph.KindWave, "w-1").(*graph.Wave).Closed {
		t.Fatal("closed is not stored")
	}
	before := snapshot(t, s)
	wantClosed := func(err error, what string) {
		t.Helper()
		wantCode(t, err, graph.Conflict, what)
		if !strings.Contains(graph.ErrorMessage(err), "abgeschlossen") {
			t.Fatalf("%s: message %q does not say that the wave is closed", what, graph.ErrorMessage(err))
		}
	}
	c.Intensity = 3
	wantClosed(s.Update(t.Context(), c), "update in a closed wave")
	wantClosed(s.Create(t.Context(), &graph.Cooperation{From: "w-a", To: "w-c", Kinds: []string{"referral"}, Intensity: 1, WaveID: "w-1"}), "create in a closed wave")
	_, err := s.Delete(t.Context(), graph.KindCooperation, "w-co", graph.DeleteOptions{})
	wantClosed(err, "delete in a closed wave")
	_, err = s.Delete(t.Context(), graph.KindActor, "w-a", graph.DeleteOptions{Cascade: true})
	wantClosed(err, "cascade into a closed wave")
	_, err = s.Upsert(t.Context(), &graph.Batch{Cooperations: []graph.Cooperation{{Meta: graph.Meta{ExternalKey: "WC"}, From: "w-b", To: "w-c", Kinds: []string{"referral"}, Intensity: 1, WaveID: "w-1"}}}, graph.BatchOptions{})
	wantCode(t, err, graph.Conflict, "batch into a closed wave")
	if !strings.Contains(graph.ErrorMessage(err)+jsonOf(graph.ErrorFields(err)), "abgeschlossen") {
		t.Fatalf("batch error %v does not say that the wave is closed", err)
	}
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("refused writes changed the data: %s", d)
	}
	// An unchanged item of a closed wave passes (a file imported again).
	stored := get(t, s, graph.KindCooperation, "w-co").(*graph.Cooperation)
	_, err = s.Upsert(t.Context(), &graph.Batch{Cooperations: []graph.Cooperation{*stored}}, graph.BatchOptions{})
	must(t, err, "unchanged cooperation of a closed wave")

	// A batch with the wave as it was before closing does not reopen it.
	open := *w
	open.Closed, open.ExternalKey = false, ""
	res, err := s.Upsert(t.Context(), &graph.Batch{Waves: []graph.Wave{open}}, graph.BatchOptions{})
	must(t, err, "wave imported again")
	if res.BatchID != "" || !get(t, s, graph.KindWave, "w-1").(*graph.Wave).Closed {
		t.Fatalf("importing the wave again changed it (batch %q)", res.BatchID)
	}

	w = get(t, s, graph.KindWave, "w-1").(*graph.Wave)
	w.Closed = false
	must(t, s.Update(t.Context(), w), "reopen")
	c = get(t, s, graph.KindCooperation, "w-co").(*graph.Cooperation)
	c.Intensity = 3
	must(t, s.Update(t.Context(), c), "update after reopening")
}

func testActivity(t *testing.T, s graph.Store) {
	for i, name := range []string{"anna", "bert", "anna", "carl", "anna"} {
		id := "act-" + string(rune('a'+i))
		must(t, s.Create(as(t, name), &graph.Actor{Meta: graph.Meta{ID: id}, Name: id, Kind: "association", LegalDomains: ld}), "create")
	}
	must(t, s.Create(as(t, "bert"), &graph.Wave{Meta: graph.Meta{ID: "act-w"}, Name: "W", Date: "2026-01-01"}), "create wave")
	all, err := s.Activity(t.Context(), graph.ActivityFilter{})
	must(t, err, "Activity")
	if len(all.Items) != 6 || all.Next != "" || all.Items[0].EntityID != "act-w" || all.Items[5].EntityID != "act-a" {
		t.Fatalf("activity %v (next %q)", actions(all.Items), all.Next)
	}
	// Pages of two, by anna: act-e, act-c, then act-a.
	var seen []string
	f := graph.ActivityFilter{By: "anna", Limit: 2}
	for range 5 {
		page, err := s.Activity(t.Context(), f)
		must(t, err, "Activity page")
		for _, ev := range page.Items {
			seen = append(seen, ev.EntityID)
		}
		if page.Next == "" {
			break
		}
		f.Cursor = page.Next
	}
	if !slices.Equal(seen, []string{"act-e", "act-c", "act-a"}) {
		t.Fatalf("anna's pages %v", seen)
	}
	page, err := s.Activity(t.Context(), graph.ActivityFilter{Kind: graph.KindWave})
	must(t, err, "Activity by kind")
	if len(page.Items) != 1 || page.Items[0].EntityID != "act-w" {
		t.Fatalf("waves %v", actions(page.Items))
	}
	page, err = s.Activity(t.Context(), graph.ActivityFilter{Kind: graph.KindActor, EntityID: "act-b"})
	must(t, err, "Activity by entity")
	if len(page.Items) != 1 || page.Items[0].By != "bert" {
		t.Fatalf("act-b %s", jsonOf(page.Items))
	}
	at := all.Items[2].At
	page, err = s.Activity(t.Context(), graph.ActivityFilter{Until: at.Add(-1)})
	must(t, err, "Activity until")
	for _, ev := range page.Items {
		if !ev.At.Before(at) {
			t.Fatalf("event at %v not before %v", ev.At, at)
		}
	}
	page, err = s.Activity(t.Context(), graph.ActivityFilter{Since: all.Items[0].At.Add(1)})
	must(t, err, "Activity since")
	if len(page.Items) != 0 {
		t.Fatalf("events after the last: %v", actions(page.Items))
	}
	_, err = s.Activity(t.Context(), graph.ActivityFilter{Cursor: "kein-cursor"})
	wantField(t, err, "cursor", "bad cursor")
	_, err = s.Activity(t.Context(), graph.ActivityFilter{Limit: 5000})
	wantField(t, err, "limit", "bad limit")
	raw, _ := json.Marshal(all.Items[0])
	if !strings.Contains(string(raw), `"changes":[`) {
		t.Fatalf("an event's changes are not a JSON list: %s", raw)
	}
}

// ld is the legal domains of the actors above.
var ld = []string{"sgb9"}

// testHistoryRevertNested reverts a batch whose new entities refer to each other: a
// social space within another and an actor in it, so that a revert deletes each one
// together with what refers to it.
func testHistoryRevertNested(t *testing.T, s graph.Store) {
	before := snapshot(t, s)
	res, err := s.Upsert(t.Context(), &graph.Batch{
		SocialSpaces: []graph.SocialSpace{{Meta: graph.Meta{ExternalKey: "kreis"}, Name: "Kreis", Level: "county"},
			{Meta: graph.Meta{ExternalKey: "nord"}, Name: "Nord", Level: "social_space", ParentID: "kreis"}},
		Actors: []graph.Actor{{Meta: graph.Meta{ExternalKey: "verein"}, Name: "Verein Nord", Kind: "association", LegalDomains: ld, SocialSpaces: []string{"nord"}}},
	}, graph.BatchOptions{})
	must(t, err, "upsert")
	n, err := s.RevertBatch(t.Context(), res.BatchID)
	must(t, err, "revert")
	if n[graph.KindSocialSpace] != 2 || n[graph.KindActor] != 1 {
		t.Fatalf("reverted %v, want 2 social spaces and 1 actor", n)
	}
	after := snapshot(t, s)
	if len(after.SocialSpaces) != len(before.SocialSpaces) || len(after.Actors) != len(before.Actors) {
		t.Fatalf("after the revert: %d spaces, %d actors; before: %d, %d", len(after.SocialSpaces), len(after.Actors),
			len(before.SocialSpaces), len(before.Actors))
	}
}
