package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// CreateToken stores a new API token as a (:Token) node; t.Hash must be set, t.ID and
// t.CreatedAt are filled in when empty (migrate copies them, and t.LastUsedAt). Invalid if t fails
// validation; Conflict if the name is taken. Tokens do not change the revision.
func (s *Store) CreateToken(ctx context.Context, t *graph.Token) error {
	if err := t.Validate(); err != nil {
		return err
	}
	id, created := t.ID, t.CreatedAt.UTC()
	if id == "" {
		id = graph.NewID("token")
	}
	if t.CreatedAt.IsZero() {
		created = now()
	}
	_, err := plainWriteTx(ctx, s, "create token", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		rec, err := single(ctx, tx, "MATCH (t:Token {name: $name}) RETURN t.id", map[string]any{"name": t.Name})
		if err != nil {
			return struct{}{}, err
		}
		if rec != nil {
			return struct{}{}, &graph.Error{Code: graph.Conflict,
				Message: "Ein Token mit dem Namen \"" + t.Name + "\" gibt es schon.",
				Fields:  []graph.FieldError{{Field: "name", Message: "Der Name ist schon vergeben."}}}
		}
		var actor any
		if t.ActorID != "" {
			actor = t.ActorID
		}
		_, err = exec(ctx, tx, "CREATE (t:Token {id: $id, name: $name, role: $role, hash: $hash, created_at: $created, last_used_at: $used, expires_at: $expires, actor_id: $actor})",
			map[string]any{"id": id, "name": t.Name, "role": string(t.Role), "hash": t.Hash, "created": created,
				"used": utcOrNil(t.LastUsedAt), "expires": utcOrNil(t.ExpiresAt), "actor": actor})
		return struct{}{}, err
	})
	if err != nil {
		return err
	}
	t.ID, t.CreatedAt = id, created
	return nil
}

// TokenByHash returns the token with the hash. NotFound if there is none.
func (s *Store) TokenByHash(ctx context.Context, hash string) (*graph.Token, error) {
	return readTx(ctx, s, "token", func(tx neo4j.ManagedTransaction) (*graph.Token, error) {
		rec, err := single(ctx, tx, "MATCH (t:Token {hash: $hash}) RETURN t", map[string]any{"hash": hash})
		if err != nil {
			return nil, err
		}
		if rec == nil {
			return nil, graph.Errorf(graph.NotFound, "Das Token ist unbekannt.")
		}
		t := tokenOf(rec.Values[0].(neo4j.Node))
		return &t, nil
	})
}

// Tokens lists all tokens, by name.
func (s *Store) Tokens(ctx context.Context) ([]graph.Token, error) {
	return readTx(ctx, s, "tokens", func(tx neo4j.ManagedTransaction) ([]graph.Token, error) {
		res, err := tx.Run(ctx, "MATCH (t:Token) RETURN t ORDER BY t.name, t.id", nil)
		if err != nil {
			return nil, err
		}
		out := []graph.Token{}
		for res.Next(ctx) {
			out = append(out, tokenOf(res.Record().Values[0].(neo4j.Node)))
		}
		return out, res.Err()
	})
}

// DeleteToken revokes the token with the ID, unless it is the last admin token; see
// graph.Store. It first takes the Meta node's write lock (set and removed again,
// leaving nothing), so that revocations run one after the other across servers and
// each counts the admin tokens that the one before left.
func (s *Store) DeleteToken(ctx context.Context, id string) error {
	_, err := plainWriteTx(ctx, s, "delete token", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		if _, err := exec(ctx, tx, "MATCH (m:Meta {key: $key}) SET m.revoking = true REMOVE m.revoking", map[string]any{"key": metaKey}); err != nil {
			return struct{}{}, err
		}
		rec, err := single(ctx, tx, `MATCH (t:Token {id: $id}) OPTIONAL MATCH (a:Token {role: $admin})
			RETURN t, count(a)`, map[string]any{"id": id, "admin": string(graph.RoleAdmin)})
		if err != nil {
			return struct{}{}, err
		}
		if rec == nil {
			return struct{}{}, graph.Errorf(graph.NotFound, "Das Token %q gibt es nicht.", id)
		}
		t := tokenOf(rec.Values[0].(neo4j.Node))
		if err := graph.CheckRevocation(&t, int(rec.Values[1].(int64))); err != nil {
			return struct{}{}, err
		}
		_, err = exec(ctx, tx, "MATCH (t:Token {id: $id}) DELETE t", map[string]any{"id": id})
		return struct{}{}, err
	})
	return err
}

// TouchToken records a use of the token with the ID: it sets last_used_at only when
// it is missing or TokenTouchInterval old or older (one conditional write, so that
// concurrent requests agree). It does not change the revision. NotFound if there is
// none.
func (s *Store) TouchToken(ctx context.Context, id string, at time.Time) error {
	_, err := plainWriteTx(ctx, s, "touch token", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		rec, err := single(ctx, tx, `MATCH (t:Token {id: $id})
			WITH t, t.last_used_at IS NULL OR t.last_used_at <= $at - duration({seconds: $interval}) AS stale
			FOREACH (_ IN CASE WHEN stale THEN [1] ELSE [] END | SET t.last_used_at = $at)
			RETURN t.id`,
			map[string]any{"id": id, "at": at.UTC(), "interval": int64(graph.TokenTouchInterval / time.Second)})
		if err != nil {
			return struct{}{}, err
		}
		if rec == nil {
			return struct{}{}, graph.Errorf(graph.NotFound, "Das Token %q gibt es nicht.", id)
		}
		return struct{}{}, nil
	})
	return err
}

// tokenOf reads a token from its node.
func tokenOf(n neo4j.Node) graph.Token {
	p := n.Props
	t := graph.Token{ID: str(p["id"]), Name: str(p["name"]), Role: graph.Role(str(p["role"])), Hash: str(p["hash"])}
	if c, ok := p["created_at"].(time.Time); ok {
		t.CreatedAt = c.UTC()
	}
	if u, ok := p["last_used_at"].(time.Time); ok {
		u = u.UTC()
		t.LastUsedAt = &u
	}
	// Nodes written before tokens could expire or be scoped have neither property.
	if e, ok := p["expires_at"].(time.Time); ok {
		e = e.UTC()
		t.ExpiresAt = &e
	}
	t.ActorID = str(p["actor_id"])
	return t
}

// utcOrNil returns *t in UTC, or nil (which Neo4j stores as no property).
func utcOrNil(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.UTC()
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
