package storetest

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// testRecords checks the record store: versioned writes, all-or-nothing batches,
// prefix lists in key order, deletes, validation, and that records leave the
// network's revision alone.
func testRecords(t *testing.T, s graph.Store) {
	ctx := context.Background()
	rev := revision(t, s)

	_, err := s.GetRecord(ctx, "survey", "s1")
	wantCode(t, err, graph.NotFound, "get missing record")
	_, err = s.GetRecord(ctx, "survey", "bad\x00key")
	wantCode(t, err, graph.NotFound, "get a record by a malformed key")
	wantCode(t, s.DeleteRecord(ctx, "survey", "", 0), graph.NotFound, "delete a record by an empty key")

	a := &graph.Record{Collection: "survey", Key: "s1/answers/b", Data: json.RawMessage(`{"n":1}`)}
	b := &graph.Record{Collection: "survey", Key: "s1/answers/a", Data: json.RawMessage(`{"n":2}`)}
	other := &graph.Record{Collection: "survey", Key: "s2", Data: json.RawMessage(`"x"`)}
	must(t, s.PutRecords(ctx, a, b, other), "put records")
	if a.Version != 1 || b.Version != 1 || a.UpdatedAt.IsZero() {
		t.Fatalf("after put: versions %d, %d, updated %v; want 1, 1, set", a.Version, b.Version, a.UpdatedAt)
	}

	got, err := s.GetRecord(ctx, "survey", "s1/answers/b")
	must(t, err, "get record")
	if got.Version != 1 || string(got.Data) != `{"n":1}` || got.Collection != "survey" || got.Key != a.Key {
		t.Fatalf("get record = %+v", got)
	}

	list, err := s.ListRecords(ctx, "survey", "s1/")
	must(t, err, "list records")
	if len(list) != 2 || list[0].Key != "s1/answers/a" || list[1].Key != "s1/answers/b" {
		t.Fatalf("list s1/ = %v, want a then b", keys(list))
	}
	all, err := s.ListRecords(ctx, "survey", "")
	must(t, err, "list all")
	if len(all) != 3 {
		t.Fatalf("list all = %v, want 3 records", keys(all))
	}
	none, err := s.ListRecords(ctx, "saved_view", "")
	must(t, err, "list empty collection")
	if len(none) != 0 {
		t.Fatalf("empty collection lists %v", keys(none))
	}

	// A stale version fails, and so does the whole batch it is in.
	a.Data = json.RawMessage(`{"n":10}`)
	stale := &graph.Record{Collection: "survey", Key: b.Key, Version: 0, Data: json.RawMessage(`{}`)}
	wantCode(t, s.PutRecords(ctx, a, stale), graph.Conflict, "batch with a stale record")
	got, err = s.GetRecord(ctx, "survey", a.Key)
	must(t, err, "get after failed batch")
	if got.Version != 1 || string(got.Data) != `{"n":1}` || a.Version != 1 {
		t.Fatalf("failed batch changed a record: stored %+v, caller's version %d", got, a.Version)
	}
	must(t, s.PutRecords(ctx, a), "update record")
	if a.Version != 2 {
		t.Fatalf("version after update = %d, want 2", a.Version)
	}

	// Two writers of one version: exactly one wins.
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = s.PutRecords(ctx, &graph.Record{Collection: "survey", Key: a.Key, Version: 2, Data: json.RawMessage(`1`)})
		}()
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		if err == nil {
			won++
		} else {
			wantCode(t, err, graph.Conflict, "concurrent writer")
		}
	}
	if won != 1 {
		t.Fatalf("%d of %d concurrent writers of version 2 succeeded, want 1 (%v)", won, len(errs), errs)
	}

	wantField(t, s.PutRecords(ctx, &graph.Record{Collection: "Bad-Name", Key: "k", Data: json.RawMessage(`1`)}), "collection", "bad collection")
	wantField(t, s.PutRecords(ctx, &graph.Record{Collection: "survey", Key: "", Data: json.RawMessage(`1`)}), "key", "empty key")
	wantField(t, s.PutRecords(ctx, &graph.Record{Collection: "survey", Key: "k", Data: json.RawMessage(`{`)}), "data", "bad JSON")
	wantCode(t, s.PutRecords(ctx, other, other), graph.Invalid, "a record twice in one batch")
	_, err = s.ListRecords(ctx, "", "s1")
	wantCode(t, err, graph.Invalid, "list a prefix without a collection")
	must(t, s.PutRecords(ctx, &graph.Record{Collection: "saved_view", Key: "v", Data: json.RawMessage(`1`)}), "put other collection")
	every, err := s.ListRecords(ctx, "", "")
	must(t, err, "list every record")
	if len(every) != 4 || every[0].Collection != "saved_view" || every[1].Key != "s1/answers/a" || every[3].Key != "s2" {
		t.Fatalf("every record = %v, want saved_view first, then survey in key order", every)
	}

	wantCode(t, s.DeleteRecord(ctx, "survey", b.Key, 7), graph.Conflict, "delete with a stale version")
	must(t, s.DeleteRecord(ctx, "survey", b.Key, 1), "delete record")
	wantCode(t, s.DeleteRecord(ctx, "survey", b.Key, 0), graph.NotFound, "delete deleted record")
	must(t, s.DeleteRecord(ctx, "survey", other.Key, 0), "delete any version")
	// A deleted record can be created anew.
	must(t, s.PutRecords(ctx, &graph.Record{Collection: "survey", Key: b.Key, Data: json.RawMessage(`2`)}), "recreate record")

	if got := revision(t, s); got != rev {
		t.Fatalf("records changed the revision from %d to %d", rev, got)
	}
}

// keys returns the keys of the records, for messages.
func keys(rs []graph.Record) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Key
	}
	return out
}
