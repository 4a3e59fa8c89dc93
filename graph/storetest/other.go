package storetest

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func testRevision(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	rev := revision(t, s)
	step := func(what string, rises bool, f func() error) {
		t.Helper()
		err := f()
		if rises {
			must(t, err, what)
		}
		now := revision(t, s)
		switch {
		case rises && now <= rev:
			t.Fatalf("%s: revision stayed at %d", what, rev)
		case !rises && now != rev:
			t.Fatalf("%s: revision moved from %d to %d", what, rev, now)
		}
		rev = now
	}
	step("Create", true, func() error {
		return s.Create(ctx, &graph.Wave{Meta: graph.Meta{ID: "wv-9"}, Name: "Neu", Date: "2026-01-01"})
	})
	step("failed Create", false, func() error {
		return s.Create(ctx, &graph.Wave{Meta: graph.Meta{ID: "wv-9"}, Name: "Doppelt", Date: "2026-01-01"})
	})
	step("reads", false, func() error {
		_, err1 := s.Get(ctx, graph.KindActor, "ac-1")
		_, err2 := s.List(ctx, graph.KindActor, graph.Filter{})
		_, err3 := s.Snapshot(ctx)
		_, err4 := s.Taxonomy(ctx)
		_, err5 := s.Get(ctx, graph.KindActor, "missing")
		return errors.Join(err1, err2, err3, err4, err5, s.Ping(ctx))
	})
	w := get(t, s, graph.KindWave, "wv-9")
	step("Update", true, func() error { return s.Update(ctx, w) })
	step("failed Update", false, func() error {
		stale := *w.(*graph.Wave)
		stale.Version = 1
		return s.Update(ctx, &stale)
	})
	step("failed Delete", false, func() error { _, err := s.Delete(ctx, graph.KindWave, "wv-1", graph.DeleteOptions{}); return err })
	step("Delete", true, func() error { _, err := s.Delete(ctx, graph.KindWave, "wv-9", graph.DeleteOptions{}); return err })
	step("cascading Delete", true, func() error {
		_, err := s.Delete(ctx, graph.KindActor, "ac-2", graph.DeleteOptions{Cascade: true})
		return err
	})
	step("token writes", false, func() error {
		tok := &graph.Token{Name: "Revision", Role: graph.RoleViewer, Hash: graph.HashToken("nza_revision")}
		if err := s.CreateToken(ctx, tok); err != nil {
			return err
		}
		return s.DeleteToken(ctx, tok.ID)
	})
	tax, err := s.Taxonomy(ctx)
	must(t, err, "Taxonomy")
	tax.Fields[0].Label = "Soziale Infrastruktur"
	step("SetTaxonomy", true, func() error { return s.SetTaxonomy(ctx, tax) })
	step("failed SetTaxonomy", false, func() error { return s.SetTaxonomy(ctx, graph.DefaultTaxonomy()) })
	step("Upsert", true, func() error {
		_, err := s.Upsert(ctx, &graph.Batch{Waves: []graph.Wave{{Meta: graph.Meta{ExternalKey: "W"}, Name: "W", Date: "2026-01-01"}}}, graph.BatchOptions{})
		return err
	})
	step("unchanged Upsert", false, func() error {
		_, err := s.Upsert(ctx, &graph.Batch{Waves: []graph.Wave{{Meta: graph.Meta{ExternalKey: "W"}, Name: "W", Date: "2026-01-01"}}}, graph.BatchOptions{})
		return err
	})
	step("dry Upsert", false, func() error {
		_, err := s.Upsert(ctx, &graph.Batch{Waves: []graph.Wave{{Meta: graph.Meta{ExternalKey: "W2"}, Name: "W2", Date: "2026-01-01"}}}, graph.BatchOptions{DryRun: true})
		return err
	})
	if n := snapshot(t, s); n.Revision != rev {
		t.Fatalf("snapshot revision %d, Revision %d", n.Revision, rev)
	}
}

func testSnapshot(t *testing.T, s graph.Store) {
	ctx := t.Context()
	created := seed(t, s)
	n := snapshot(t, s)
	if n.Revision != revision(t, s) {
		t.Errorf("snapshot revision %d, Revision %d", n.Revision, revision(t, s))
	}
	tax, err := s.Taxonomy(ctx)
	must(t, err, "Taxonomy")
	if jsonOf(n.Taxonomy) != jsonOf(tax) {
		t.Error("the snapshot's taxonomy differs from Taxonomy")
	}
	total := 0
	for _, k := range graph.Kinds() {
		es := entities(n, k)
		total += len(es)
		if !slices.IsSortedFunc(es, func(a, b graph.Entity) int { return strings.Compare(a.Metadata().ID, b.Metadata().ID) }) {
			t.Errorf("%s not ordered by ID: %v", k, ids(es))
		}
		for _, e := range es {
			want, ok := created[e.Metadata().ID]
			if !ok {
				t.Fatalf("snapshot holds unknown %s %q", k, e.Metadata().ID)
			}
			wantSame(t, e, want, "snapshot "+e.Metadata().ID)
		}
	}
	if total != len(created) {
		t.Fatalf("snapshot holds %d entities, want %d", total, len(created))
	}
	// Equal strings of different entities are one string in memory, so that the
	// million cooperations of a federal state share the actor IDs, kinds and waves.
	tie := map[string]*graph.Cooperation{}
	for i := range n.Cooperations {
		tie[n.Cooperations[i].ID] = &n.Cooperations[i]
	}
	if unsafe.StringData(tie["co-1"].To) != unsafe.StringData(tie["co-3"].To) ||
		unsafe.StringData(tie["co-1"].Kinds[0]) != unsafe.StringData(tie["co-4"].Kinds[0]) ||
		unsafe.StringData(tie["co-1"].WaveID) != unsafe.StringData(tie["co-2"].WaveID) {
		t.Error("the snapshot's cooperations hold copies of the same actor ID, kind and wave")
	}

	// Later writes leave a returned snapshot alone.
	frozen, err := json.Marshal(n)
	must(t, err, "Marshal")
	a := get(t, s, graph.KindActor, "ac-1").(*graph.Actor)
	a.Name, a.Fields[0] = "Geändert", "health"
	must(t, s.Update(ctx, a), "Update")
	_, err = s.Delete(ctx, graph.KindActor, "ac-4", graph.DeleteOptions{Cascade: true})
	must(t, err, "Delete")
	must(t, s.Create(ctx, &graph.Wave{Name: "Neu", Date: "2026-01-01"}), "Create")
	tax.ActorKinds = append(tax.ActorKinds, graph.Term{Code: "peer_support", Label: "Peer-Beratung"})
	must(t, s.SetTaxonomy(ctx, tax), "SetTaxonomy")
	if after, _ := json.Marshal(n); string(after) != string(frozen) {
		t.Fatal("later writes changed a snapshot already returned")
	}
	m := snapshot(t, s)
	if m.Revision <= n.Revision || len(m.Actors) != len(n.Actors)-1 || len(m.Waves) != len(n.Waves)+1 {
		t.Fatalf("new snapshot: revision %d (old %d), %d actors, %d waves", m.Revision, n.Revision, len(m.Actors), len(m.Waves))
	}
	// Changing the new snapshot does not change the store.
	m.Actors[0].Name = "Nur im Speicher"
	m.Actors[0].LegalDomains[0] = "sport"
	if got := get(t, s, graph.KindActor, m.Actors[0].ID).(*graph.Actor); got.Name == "Nur im Speicher" || got.LegalDomains[0] == "sport" {
		t.Fatal("changing a snapshot changed the store")
	}
}

func testTaxonomy(t *testing.T, s graph.Store) {
	ctx := t.Context()
	seed(t, s)
	load := func() *graph.Taxonomy {
		t.Helper()
		tax, err := s.Taxonomy(ctx)
		must(t, err, "Taxonomy")
		return tax
	}
	orig := load()
	v := orig.Version

	stale := load()
	stale.Version = v + 5
	wantCode(t, s.SetTaxonomy(ctx, stale), graph.Conflict, "SetTaxonomy with a wrong version")
	invalid := load()
	invalid.Fields = nil
	wantField(t, s.SetTaxonomy(ctx, invalid), "fields", "SetTaxonomy of an invalid taxonomy")
	if jsonOf(load()) != jsonOf(orig) {
		t.Fatal("failed SetTaxonomy changed the taxonomy")
	}

	added := load()
	added.ActorKinds = append(added.ActorKinds, graph.Term{Code: "peer_support", Label: "Peer-Beratung", Description: "EUTB-Peers"})
	added.Fields[0].Label = "Soziale Infrastruktur"
	must(t, s.SetTaxonomy(ctx, added), "SetTaxonomy")
	if added.Version != v+1 {
		t.Errorf("version after SetTaxonomy = %d, want %d", added.Version, v+1)
	}
	if got := load(); jsonOf(got) != jsonOf(added) {
		t.Fatalf("Taxonomy after SetTaxonomy:\n got %s\nwant %s", jsonOf(got), jsonOf(added))
	}
	if got := snapshot(t, s).Taxonomy; jsonOf(got) != jsonOf(added) {
		t.Error("the snapshot's taxonomy is not the new one")
	}
	peer := &graph.Actor{Name: "Peer-Beratung Seeland", Kind: "peer_support", LegalDomains: []string{"sgb9"}}
	must(t, s.Create(ctx, peer), "Create with a new code")

	// The old version is stale now.
	orig.ActorKinds = append(orig.ActorKinds, graph.Term{Code: "other", Label: "Sonstige"})
	wantCode(t, s.SetTaxonomy(ctx, orig), graph.Conflict, "SetTaxonomy with the old version")

	// Codes in use cannot be removed.
	for _, tt := range []struct {
		what   string
		remove func(*graph.Taxonomy)
	}{
		{"an actor kind", func(x *graph.Taxonomy) { x.ActorKinds = dropTerm(x.ActorKinds, "peer_support") }},
		{"a legal domain of actors", func(x *graph.Taxonomy) { x.LegalDomains = dropTerm(x.LegalDomains, "sgb9") }},
		{"a legal domain of an offer only", func(x *graph.Taxonomy) { x.LegalDomains = dropTerm(x.LegalDomains, "sgb3") }},
		{"a field of actors and offers", func(x *graph.Taxonomy) { x.Fields = dropTerm(x.Fields, "housing") }},
		{"a field of a need only", func(x *graph.Taxonomy) { x.Fields = dropTerm(x.Fields, "participation") }},
		{"a target group of actors, offers and needs", func(x *graph.Taxonomy) { x.TargetGroups = dropTerm(x.TargetGroups, "disability_mental") }},
		{"a target group of an offer only", func(x *graph.Taxonomy) { x.TargetGroups = dropTerm(x.TargetGroups, "families") }},
		{"a cooperation kind", func(x *graph.Taxonomy) { x.CooperationKinds = dropTerm(x.CooperationKinds, "referral") }},
		{"a space level", func(x *graph.Taxonomy) { x.SpaceLevels = dropTerm(x.SpaceLevels, "county") }},
		{"an indicator", func(x *graph.Taxonomy) { x.Indicators = dropTerm(x.Indicators, "population") }},
	} {
		t.Run("remove "+tt.what, func(t *testing.T) {
			x := load()
			before := jsonOf(x)
			tt.remove(x)
			if jsonOf(x) == before {
				t.Fatal("the test removed nothing")
			}
			wantCode(t, s.SetTaxonomy(ctx, x), graph.Conflict, "SetTaxonomy removing a code in use")
		})
	}
	if jsonOf(load()) != jsonOf(added) {
		t.Fatal("refused SetTaxonomy changed the taxonomy")
	}

	// Codes nobody uses can go, and are unknown afterwards.
	x := load()
	x.LegalDomains = dropTerm(x.LegalDomains, "sgb14")
	must(t, s.SetTaxonomy(ctx, x), "SetTaxonomy removing an unused code")
	wantField(t, s.Create(ctx, &graph.Actor{Name: "SER", Kind: "provider", LegalDomains: []string{"sgb14"}}), "legal_domains[0]",
		"Create with a removed code")
}

// dropTerm returns terms without the one with the code.
func dropTerm(terms []graph.Term, code string) []graph.Term {
	return slices.DeleteFunc(slices.Clone(terms), func(t graph.Term) bool { return t.Code == code })
}

func testTokens(t *testing.T, s graph.Store) {
	ctx := t.Context()
	rev := revision(t, s)
	start := time.Now()
	mk := func(name string, role graph.Role) *graph.Token {
		return &graph.Token{Name: name, Role: role, Hash: graph.HashToken(graph.NewTokenSecret())}
	}
	koord := mk("Koordination", graph.RoleEditor)
	must(t, s.CreateToken(ctx, koord), "CreateToken")
	if koord.ID == "" || koord.CreatedAt.IsZero() || koord.CreatedAt.Before(start.Add(-time.Minute)) {
		t.Errorf("CreateToken filled in ID %q, created %v", koord.ID, koord.CreatedAt)
	}
	got, err := s.TokenByHash(ctx, koord.Hash)
	must(t, err, "TokenByHash")
	if got.ID != koord.ID || got.Name != koord.Name || got.Role != koord.Role || got.Hash != koord.Hash || !got.CreatedAt.Equal(koord.CreatedAt) {
		t.Errorf("TokenByHash = %+v, want %+v", got, koord)
	}

	if got.LastUsedAt != nil {
		t.Errorf("a new token was last used at %v", got.LastUsedAt)
	}
	testTouchToken(t, s, koord)

	// A given ID and creation time are kept (migrate copies tokens).
	copied := mk("Kopie", graph.RoleViewer)
	copied.ID, copied.CreatedAt = "token-kopie", time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	must(t, s.CreateToken(ctx, copied), "CreateToken with an ID")
	if got, err := s.TokenByHash(ctx, copied.Hash); err != nil || got.ID != "token-kopie" || !got.CreatedAt.Equal(copied.CreatedAt) {
		t.Errorf("CreateToken with an ID and time stored %+v, %v", got, err)
	}
	must(t, s.DeleteToken(ctx, copied.ID), "DeleteToken")
	testTokenLimits(t, s)

	wantCode(t, s.CreateToken(ctx, mk("Koordination", graph.RoleAdmin)), graph.Conflict, "CreateToken with a taken name")
	wantField(t, s.CreateToken(ctx, mk("Unbekannt", "boss")), "role", "CreateToken with an unknown role")
	wantField(t, s.CreateToken(ctx, &graph.Token{Name: "Ohne Hash", Role: graph.RoleViewer}), "hash", "CreateToken without a hash")
	wantField(t, s.CreateToken(ctx, mk(" ", graph.RoleViewer)), "name", "CreateToken without a name")

	must(t, s.CreateToken(ctx, mk("Sozialplanung", graph.RoleAdmin)), "CreateToken")
	must(t, s.CreateToken(ctx, mk("Beirat", graph.RoleViewer)), "CreateToken")
	list, err := s.Tokens(ctx)
	must(t, err, "Tokens")
	var names []string
	for _, tok := range list {
		names = append(names, tok.Name)
		if tok.ID == "" || !tok.Role.Valid() {
			t.Errorf("listed token %+v", tok)
		}
	}
	if !slices.Equal(names, []string{"Beirat", "Koordination", "Sozialplanung"}) {
		t.Errorf("Tokens = %v, want by name", names)
	}

	_, err = s.TokenByHash(ctx, graph.HashToken("nza_unknown"))
	wantCode(t, err, graph.NotFound, "TokenByHash of an unknown hash")
	must(t, s.DeleteToken(ctx, koord.ID), "DeleteToken")
	_, err = s.TokenByHash(ctx, koord.Hash)
	wantCode(t, err, graph.NotFound, "TokenByHash of a deleted token")
	wantCode(t, s.DeleteToken(ctx, koord.ID), graph.NotFound, "DeleteToken of a deleted token")
	wantCode(t, s.DeleteToken(ctx, "token_missing"), graph.NotFound, "DeleteToken of a missing token")
	list, err = s.Tokens(ctx)
	must(t, err, "Tokens")
	if len(list) != 2 {
		t.Errorf("%d tokens after a delete, want 2", len(list))
	}
	must(t, s.CreateToken(ctx, mk("Koordination", graph.RoleEditor)), "CreateToken with a freed name")
	if r := revision(t, s); r != rev {
		t.Errorf("token writes moved the revision from %d to %d", rev, r)
	}
}

// testLastAdminToken checks that the only admin token cannot be deleted (a Conflict
// with graph.ErrLastAdminToken that leaves it), and that of two admin tokens deleted
// at the same moment exactly one goes.
func testLastAdminToken(t *testing.T, s graph.Store) {
	ctx := t.Context()
	admin := func(name string) *graph.Token {
		tok := &graph.Token{Name: name, Role: graph.RoleAdmin, Hash: graph.HashToken(graph.NewTokenSecret())}
		must(t, s.CreateToken(ctx, tok), "CreateToken")
		return tok
	}
	first, second := admin("Verwaltung 1"), admin("Verwaltung 2")
	must(t, s.CreateToken(ctx, &graph.Token{Name: "Lesen", Role: graph.RoleViewer, Hash: graph.HashToken(graph.NewTokenSecret())}), "CreateToken")
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i, tok := range []*graph.Token{first, second} {
		wg.Go(func() { errs[i] = s.DeleteToken(ctx, tok.ID) })
	}
	wg.Wait()
	left := first
	if errs[0] == nil {
		left = second
	}
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("deleting both admin tokens at once: %v and %v, want one deleted and one refused", errs[0], errs[1])
	}
	for _, err := range errs {
		if err != nil && (!errors.Is(err, graph.ErrLastAdminToken) || graph.ErrorCode(err) != graph.Conflict || !strings.Contains(graph.ErrorMessage(err), "letzte Admin-Token")) {
			t.Errorf("the refused deletion: %v, want a Conflict naming the last admin token", err)
		}
	}
	err := s.DeleteToken(ctx, left.ID)
	if !errors.Is(err, graph.ErrLastAdminToken) || !strings.Contains(graph.ErrorMessage(err), left.Name) {
		t.Errorf("deleting the last admin token %q: %v", left.Name, err)
	}
	if _, err := s.TokenByHash(ctx, left.Hash); err != nil {
		t.Errorf("the last admin token is gone after the refusal: %v", err)
	}
	admin("Verwaltung 3")
	must(t, s.DeleteToken(ctx, left.ID), "DeleteToken of an admin token with another left")
}

// testTokenLimits checks that a token's expiry and actor scope are kept, in UTC, by
// TokenByHash and Tokens, and that a token without them has neither.
func testTokenLimits(t *testing.T, s graph.Store) {
	ctx := t.Context()
	expires := time.Date(2027, 1, 31, 23, 59, 59, 0, time.FixedZone("MEZ", 3600))
	scoped := &graph.Token{Name: "Träger Sonnenhof", Role: graph.RoleEditor, Hash: graph.HashToken(graph.NewTokenSecret()),
		ExpiresAt: &expires, ActorID: "actor-sonnenhof"}
	must(t, s.CreateToken(ctx, scoped), "CreateToken with expiry and scope")
	got, err := s.TokenByHash(ctx, scoped.Hash)
	must(t, err, "TokenByHash of a scoped token")
	if got.ExpiresAt == nil || !got.ExpiresAt.Equal(expires) || got.ExpiresAt.Location() != time.UTC || got.ActorID != "actor-sonnenhof" {
		t.Errorf("TokenByHash = expires %v, actor %q; want %v in UTC, actor-sonnenhof", got.ExpiresAt, got.ActorID, expires)
	}
	list, err := s.Tokens(ctx)
	must(t, err, "Tokens")
	i := slices.IndexFunc(list, func(tok graph.Token) bool { return tok.ID == scoped.ID })
	if i < 0 || list[i].ExpiresAt == nil || !list[i].ExpiresAt.Equal(expires) || list[i].ActorID != "actor-sonnenhof" {
		t.Errorf("Tokens lists the scoped token as %+v", list)
	}
	if got.Expired(expires.Add(-time.Second)) || !got.Expired(expires) {
		t.Errorf("Expired around %v is wrong", expires)
	}
	plain := &graph.Token{Name: "Unbefristet", Role: graph.RoleViewer, Hash: graph.HashToken(graph.NewTokenSecret())}
	must(t, s.CreateToken(ctx, plain), "CreateToken without limits")
	if got, err := s.TokenByHash(ctx, plain.Hash); err != nil || got.ExpiresAt != nil || got.ActorID != "" || got.Expired(time.Now().AddDate(100, 0, 0)) {
		t.Errorf("a token without limits came back as %+v, %v", got, err)
	}
	bad := &graph.Token{Name: "Falscher Akteur", Role: graph.RoleEditor, Hash: graph.HashToken(graph.NewTokenSecret()), ActorID: "kein akteur!"}
	wantField(t, s.CreateToken(ctx, bad), "actor_id", "CreateToken with a malformed actor ID")
	must(t, s.DeleteToken(ctx, scoped.ID), "DeleteToken")
	must(t, s.DeleteToken(ctx, plain.ID), "DeleteToken")
}

// testTouchToken checks that TouchToken records a use at most once per
// TokenTouchInterval and leaves the revision alone.
func testTouchToken(t *testing.T, s graph.Store, tok *graph.Token) {
	ctx := t.Context()
	rev := revision(t, s)
	lastUsed := func() *time.Time {
		got, err := s.TokenByHash(ctx, tok.Hash)
		must(t, err, "TokenByHash")
		return got.LastUsedAt
	}
	first := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	must(t, s.TouchToken(ctx, tok.ID, first), "TouchToken")
	if u := lastUsed(); u == nil || !u.Equal(first) {
		t.Errorf("after TouchToken the last use is %v, want %v", u, first)
	}
	must(t, s.TouchToken(ctx, tok.ID, first.Add(graph.TokenTouchInterval-time.Second)), "TouchToken within the interval")
	if u := lastUsed(); u == nil || !u.Equal(first) {
		t.Errorf("a use within the interval moved the last use to %v", u)
	}
	later := first.Add(graph.TokenTouchInterval)
	must(t, s.TouchToken(ctx, tok.ID, later), "TouchToken after the interval")
	if u := lastUsed(); u == nil || !u.Equal(later) {
		t.Errorf("a use after the interval left the last use at %v, want %v", u, later)
	}
	wantCode(t, s.TouchToken(ctx, "token_missing", later), graph.NotFound, "TouchToken of a missing token")
	if r := revision(t, s); r != rev {
		t.Errorf("TouchToken moved the revision from %d to %d", rev, r)
	}
}

func testCancelled(t *testing.T, s graph.Store) {
	seed(t, s)
	before := snapshot(t, s)
	ctx := cancelled()
	tax := graph.DefaultTaxonomy()
	tax.Fields[0].Label = "Geändert"
	tok := &graph.Token{Name: "Abgebrochen", Role: graph.RoleViewer, Hash: graph.HashToken("nza_cancelled")}
	a := get(t, s, graph.KindActor, "ac-1").(*graph.Actor)
	a.Name = "Abgebrochen"
	calls := map[string]func() error{
		"Revision":    func() error { _, err := s.Revision(ctx); return err },
		"Ping":        func() error { return s.Ping(ctx) },
		"Taxonomy":    func() error { _, err := s.Taxonomy(ctx); return err },
		"SetTaxonomy": func() error { return s.SetTaxonomy(ctx, tax) },
		"Create": func() error {
			return s.Create(ctx, &graph.Wave{Meta: graph.Meta{ID: "wv-x"}, Name: "X", Date: "2026-01-01"})
		},
		"Get":    func() error { _, err := s.Get(ctx, graph.KindActor, "ac-1"); return err },
		"Update": func() error { return s.Update(ctx, a) },
		"Delete": func() error {
			_, err := s.Delete(ctx, graph.KindNeed, "nd-1", graph.DeleteOptions{})
			return err
		},
		"List": func() error { _, err := s.List(ctx, graph.KindActor, graph.Filter{}); return err },
		"Upsert": func() error {
			_, err := s.Upsert(ctx, importBatch(), graph.BatchOptions{})
			return err
		},
		"Snapshot":    func() error { _, err := s.Snapshot(ctx); return err },
		"CreateToken": func() error { return s.CreateToken(ctx, tok) },
		"TokenByHash": func() error { _, err := s.TokenByHash(ctx, tok.Hash); return err },
		"Tokens":      func() error { _, err := s.Tokens(ctx); return err },
		"DeleteToken": func() error { return s.DeleteToken(ctx, "token_x") },
		"TouchToken":  func() error { return s.TouchToken(ctx, "token_x", time.Now()) },
	}
	for name, call := range calls {
		if err := call(); err == nil {
			t.Errorf("%s with a cancelled context returned no error", name)
		}
	}
	if d := diffNetwork(before, snapshot(t, s)); d != "" {
		t.Fatalf("writes with a cancelled context changed the store: %s", d)
	}
	toks, err := s.Tokens(t.Context())
	must(t, err, "Tokens")
	if len(toks) != 0 {
		t.Fatal("CreateToken with a cancelled context stored the token")
	}
}
