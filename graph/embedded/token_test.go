package embedded

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// TestTokenWithoutLimitsLoads checks that a token stored before tokens could expire
// or be scoped (a record without expires_at and actor_id, byte for byte as those
// releases wrote it) still signs in, never expires, is not scoped, and keeps both
// unset when it is touched.
func TestTokenWithoutLimitsLoads(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	hash := graph.HashToken("nza_old_release")
	old := `{"id":"token_old","name":"Altes Token","role":"editor","hash":"` + hash + `","created_at":"2026-11-02T08:00:00Z","last_used_at":"2026-11-03T09:00:00Z"}`
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketTokens).Put([]byte("token_old"), []byte(old)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketTokenName).Put([]byte("Altes Token"), []byte("token_old")); err != nil {
			return err
		}
		return tx.Bucket(bucketTokenHash).Put([]byte(hash), []byte("token_old"))
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	got, err := s.TokenByHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Altes Token" || got.Role != graph.RoleEditor || got.ExpiresAt != nil || got.ActorID != "" || got.Expired(time.Now().AddDate(50, 0, 0)) {
		t.Fatalf("old token read as %+v", got)
	}
	if err := s.TouchToken(ctx, "token_old", time.Now()); err != nil {
		t.Fatal(err)
	}
	list, err := s.Tokens(ctx)
	if err != nil || len(list) != 1 || list[0].ExpiresAt != nil || list[0].ActorID != "" || list[0].LastUsedAt == nil {
		t.Fatalf("after a touch, Tokens = %+v, %v", list, err)
	}
}
