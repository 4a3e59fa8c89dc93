package embedded

import (
	"context"
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// storedToken is the stored form of a graph.Token, which keeps its hash out of JSON.
type storedToken struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Role      graph.Role `json:"role"`
	Hash      string     `json:"hash"`
	CreatedAt time.Time  `json:"created_at"`
	// LastUsedAt is missing in files written before it was recorded.
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	// ExpiresAt and ActorID are missing in files written before tokens could
	// expire or be scoped: such tokens never expire and are not scoped.
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	ActorID   string     `json:"actor_id,omitempty"`
}

// tokenByID returns the stored token with the ID.
func tokenByID(tx *bolt.Tx, id []byte) (*graph.Token, bool, error) {
	v := tx.Bucket(bucketTokens).Get(id)
	if v == nil {
		return nil, false, nil
	}
	var st storedToken
	if err := json.Unmarshal(v, &st); err != nil {
		return nil, false, corrupt("token", string(id), err)
	}
	return &graph.Token{ID: st.ID, Name: st.Name, Role: st.Role, Hash: st.Hash, CreatedAt: st.CreatedAt, LastUsedAt: st.LastUsedAt,
		ExpiresAt: st.ExpiresAt, ActorID: st.ActorID}, true, nil
}

// CreateToken stores a new API token; see graph.Store. A given ID, creation time and
// last use are kept (migrate copies tokens). It does not change the revision.
func (s *Store) CreateToken(ctx context.Context, t *graph.Token) error {
	if t == nil {
		return graph.Errorf(graph.Invalid, "Das Token fehlt.")
	}
	if err := t.Validate(); err != nil {
		return err
	}
	id, created := t.ID, t.CreatedAt
	if id == "" {
		id = graph.NewID("token")
	}
	if created.IsZero() {
		created = s.now()
	}
	err := s.update(ctx, "create token", func(tx *bolt.Tx) error {
		names, hashes := tx.Bucket(bucketTokenName), tx.Bucket(bucketTokenHash)
		if names.Get([]byte(t.Name)) != nil {
			return &graph.Error{Code: graph.Conflict, Message: "Es gibt schon ein Token mit diesem Namen.",
				Fields: []graph.FieldError{{Field: "name", Message: "Der Name ist schon vergeben."}}}
		}
		if hashes.Get([]byte(t.Hash)) != nil {
			return graph.Errorf(graph.Conflict, "Es gibt schon ein Token mit diesem Geheimnis.")
		}
		if tx.Bucket(bucketTokens).Get([]byte(id)) != nil {
			return graph.Errorf(graph.Conflict, "Es gibt schon ein Token mit der ID %q.", id)
		}
		v, err := encodeJSON(storedToken{ID: id, Name: t.Name, Role: t.Role, Hash: t.Hash, CreatedAt: created, LastUsedAt: t.LastUsedAt,
			ExpiresAt: utcOrNil(t.ExpiresAt), ActorID: t.ActorID})
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketTokens).Put([]byte(id), v); err != nil {
			return err
		}
		if err := names.Put([]byte(t.Name), []byte(id)); err != nil {
			return err
		}
		return hashes.Put([]byte(t.Hash), []byte(id))
	})
	if err == nil {
		t.ID, t.CreatedAt = id, created
	}
	return err
}

// TokenByHash returns the token with the hash; see graph.Store.
func (s *Store) TokenByHash(ctx context.Context, hash string) (*graph.Token, error) {
	var t *graph.Token
	err := s.view(ctx, "token by hash", func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketTokenHash).Get([]byte(hash))
		if id == nil {
			return graph.Errorf(graph.NotFound, "Das Token ist unbekannt.")
		}
		var found bool
		var err error
		if t, found, err = tokenByID(tx, id); err == nil && !found {
			return corrupt("token", string(id), errIndex)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// errIndex reports an index entry that names a missing value.
const errIndex = decodeError("index names a missing entry")

// Tokens lists all tokens, ordered by name; see graph.Store.
func (s *Store) Tokens(ctx context.Context) ([]graph.Token, error) {
	out := []graph.Token{}
	err := s.view(ctx, "tokens", func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketTokenName).Cursor()
		for _, id := c.First(); id != nil; _, id = c.Next() {
			t, found, err := tokenByID(tx, id)
			if err != nil {
				return err
			}
			if !found {
				return corrupt("token", string(id), errIndex)
			}
			out = append(out, *t)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DeleteToken revokes the token with the ID, unless it is the last admin token; see
// graph.Store. bbolt runs one write transaction at a time, so the count of admin
// tokens holds until the deletion. It does not change the revision.
func (s *Store) DeleteToken(ctx context.Context, id string) error {
	return s.update(ctx, "delete token", func(tx *bolt.Tx) error {
		t, found, err := tokenByID(tx, []byte(id))
		if err != nil {
			return err
		}
		if !found {
			return graph.Errorf(graph.NotFound, "Das Token %q existiert nicht.", id)
		}
		if t.Role == graph.RoleAdmin {
			admins, err := adminTokens(tx)
			if err != nil {
				return err
			}
			if err := graph.CheckRevocation(t, admins); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketTokenName).Delete([]byte(t.Name)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketTokenHash).Delete([]byte(t.Hash)); err != nil {
			return err
		}
		return tx.Bucket(bucketTokens).Delete([]byte(id))
	})
}

// adminTokens counts the admin tokens.
func adminTokens(tx *bolt.Tx) (int, error) {
	n := 0
	err := tx.Bucket(bucketTokens).ForEach(func(k, _ []byte) error {
		t, _, err := tokenByID(tx, k)
		if err == nil && t.Role == graph.RoleAdmin {
			n++
		}
		return err
	})
	return n, err
}

// TouchToken records a use of the token with the ID; see graph.Store. It writes only
// when the stored last use is TokenTouchInterval old or older, and does not change the
// revision.
func (s *Store) TouchToken(ctx context.Context, id string, at time.Time) error {
	at = at.UTC()
	var stale bool
	err := s.view(ctx, "token use", func(tx *bolt.Tx) error {
		t, found, err := tokenByID(tx, []byte(id))
		if err == nil && !found {
			return graph.Errorf(graph.NotFound, "Das Token %q existiert nicht.", id)
		}
		stale = err == nil && t.NeedsTouch(at)
		return err
	})
	if err != nil || !stale {
		return err
	}
	return s.update(ctx, "touch token", func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketTokens).Get([]byte(id))
		if v == nil {
			return graph.Errorf(graph.NotFound, "Das Token %q existiert nicht.", id)
		}
		var st storedToken
		if err := json.Unmarshal(v, &st); err != nil {
			return corrupt("token", id, err)
		}
		if !(&graph.Token{LastUsedAt: st.LastUsedAt}).NeedsTouch(at) {
			return nil
		}
		st.LastUsedAt = &at
		nv, err := encodeJSON(st)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketTokens).Put([]byte(id), nv)
	})
}

// utcOrNil returns t in UTC, or nil.
func utcOrNil(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
