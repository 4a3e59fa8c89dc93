package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Run runs the conformance suite against the stores newStore returns. Each call of
// newStore must return a fresh, empty store; the store is closed by the suite, and
// anything else it holds (files, databases) must be released through t.Cleanup.
func Run(t *testing.T, newStore func(t *testing.T) graph.Store) {
	open := func(t *testing.T) graph.Store {
		t.Helper()
		s := newStore(t)
		t.Cleanup(func() { s.Close() })
		return s
	}
	t.Run("Empty", func(t *testing.T) { testEmpty(t, open(t)) })
	t.Run("CRUD", func(t *testing.T) { testCRUD(t, open) })
	t.Run("GivenIDs", func(t *testing.T) { testGivenIDs(t, open(t)) })
	t.Run("Validation", func(t *testing.T) { testValidation(t, open(t)) })
	t.Run("ExternalKeys", func(t *testing.T) { testExternalKeys(t, open(t)) })
	t.Run("PairKeys", func(t *testing.T) { testPairKeys(t, open(t)) })
	t.Run("SpaceCycle", func(t *testing.T) { testSpaceCycle(t, open(t)) })
	t.Run("DeleteActor", func(t *testing.T) { testDeleteActor(t, open(t)) })
	t.Run("DeleteInUse", func(t *testing.T) { testDeleteInUse(t, open(t)) })
	t.Run("Measures", func(t *testing.T) { testMeasures(t, open(t)) })
	t.Run("List", func(t *testing.T) { testList(t, open(t)) })
	t.Run("ListCursor", func(t *testing.T) { testListCursor(t, open(t)) })
	t.Run("Revision", func(t *testing.T) { testRevision(t, open(t)) })
	t.Run("Upsert", func(t *testing.T) { testUpsert(t, open) })
	t.Run("Snapshot", func(t *testing.T) { testSnapshot(t, open(t)) })
	t.Run("Taxonomy", func(t *testing.T) { testTaxonomy(t, open(t)) })
	t.Run("Tokens", func(t *testing.T) { testTokens(t, open(t)) })
	t.Run("LastAdminToken", func(t *testing.T) { testLastAdminToken(t, open(t)) })
	t.Run("Cancelled", func(t *testing.T) { testCancelled(t, open(t)) })
	t.Run("Records", func(t *testing.T) { testRecords(t, open(t)) })
	t.Run("History", func(t *testing.T) { testHistory(t, open) })
}

// wantCode fails the test unless err carries code.
func wantCode(t *testing.T, err error, code graph.Code, what string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Fatalf("%s: error code %q, want %q (error: %v)", what, got, code, err)
	}
}

// wantField fails the test unless err is Invalid and names field.
func wantField(t *testing.T, err error, field, what string) {
	t.Helper()
	wantCode(t, err, graph.Invalid, what)
	var names []string
	for _, f := range graph.ErrorFields(err) {
		names = append(names, f.Field)
		if f.Message == "" {
			t.Errorf("%s: field error %q has no message", what, f.Field)
		}
	}
	if !slices.Contains(names, field) {
		t.Fatalf("%s: field errors %v do not name %q (error: %v)", what, names, field, err)
	}
}

// must fails the test if err is not nil.
func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// revision returns the store's revision.
func revision(t *testing.T, s graph.Store) int64 {
	t.Helper()
	r, err := s.Revision(t.Context())
	must(t, err, "Revision")
	return r
}

// snapshot returns the store's snapshot.
func snapshot(t *testing.T, s graph.Store) *graph.Network {
	t.Helper()
	n, err := s.Snapshot(t.Context())
	must(t, err, "Snapshot")
	return n
}

// get returns the stored entity of the kind with the ID.
func get(t *testing.T, s graph.Store, kind graph.Kind, id string) graph.Entity {
	t.Helper()
	e, err := s.Get(t.Context(), kind, id)
	must(t, err, fmt.Sprintf("Get(%s, %q)", kind, id))
	if e == nil || e.EntityKind() != kind || e.Metadata().ID != id {
		t.Fatalf("Get(%s, %q) returned %#v", kind, id, e)
	}
	return e
}

// wantGone fails the test unless the entity does not exist.
func wantGone(t *testing.T, s graph.Store, kind graph.Kind, id string) {
	t.Helper()
	e, err := s.Get(t.Context(), kind, id)
	wantCode(t, err, graph.NotFound, fmt.Sprintf("Get(%s, %q) of a missing entity", kind, id))
	if e != nil {
		t.Fatalf("Get(%s, %q) returned an entity with NotFound", kind, id)
	}
}

// sameMeta describes how the metadata of a and b differ, or returns "".
func sameMeta(a, b *graph.Meta) string {
	switch {
	case a.ID != b.ID:
		return fmt.Sprintf("ID %q vs %q", a.ID, b.ID)
	case a.ExternalKey != b.ExternalKey:
		return fmt.Sprintf("external key %q vs %q", a.ExternalKey, b.ExternalKey)
	case a.Version != b.Version:
		return fmt.Sprintf("version %d vs %d", a.Version, b.Version)
	case !a.CreatedAt.Equal(b.CreatedAt):
		return fmt.Sprintf("created at %v vs %v", a.CreatedAt, b.CreatedAt)
	case !a.UpdatedAt.Equal(b.UpdatedAt):
		return fmt.Sprintf("updated at %v vs %v", a.UpdatedAt, b.UpdatedAt)
	}
	return ""
}

// wantSame fails the test unless got holds want's metadata and content.
func wantSame(t *testing.T, got, want graph.Entity, what string) {
	t.Helper()
	if d := sameMeta(got.Metadata(), want.Metadata()); d != "" {
		t.Fatalf("%s: metadata differs: %s", what, d)
	}
	if !sameContent(got, want) {
		t.Fatalf("%s: content differs:\n got %s\nwant %s", what, jsonOf(got), jsonOf(want))
	}
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// entities returns the entities of the kind in n, in n's order, for reading: they
// point into the shallow copy that Network.Batch makes.
func entities(n *graph.Network, kind graph.Kind) []graph.Entity {
	var out []graph.Entity
	for _, it := range n.Batch().Items() {
		if it.Entity.EntityKind() == kind {
			out = append(out, it.Entity)
		}
	}
	return out
}

// diffNetwork describes the first difference between a and b, or returns "".
// Empty and missing values count as equal, as in sameContent.
func diffNetwork(a, b *graph.Network) string {
	if a.Revision != b.Revision {
		return fmt.Sprintf("revision %d vs %d", a.Revision, b.Revision)
	}
	if ja, jb := jsonOf(a.Taxonomy), jsonOf(b.Taxonomy); ja != jb {
		return fmt.Sprintf("taxonomy %s vs %s", ja, jb)
	}
	for _, k := range graph.Kinds() {
		ea, eb := entities(a, k), entities(b, k)
		if len(ea) != len(eb) {
			return fmt.Sprintf("%d vs %d entities of kind %s", len(ea), len(eb), k)
		}
		for i := range ea {
			if d := sameMeta(ea[i].Metadata(), eb[i].Metadata()); d != "" {
				return fmt.Sprintf("%s[%d]: %s", k, i, d)
			}
			if !sameContent(ea[i], eb[i]) {
				return fmt.Sprintf("%s[%d]: %s vs %s", k, i, jsonOf(ea[i]), jsonOf(eb[i]))
			}
		}
	}
	return ""
}

// ids returns the IDs of items.
func ids(items []graph.Entity) []string {
	out := []string{}
	for _, e := range items {
		out = append(out, e.Metadata().ID)
	}
	return out
}

// cancelled returns a context that is already cancelled.
func cancelled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}
