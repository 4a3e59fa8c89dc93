package api

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// tokenRequest is the body of POST /api/v1/tokens.
type tokenRequest struct {
	Name string     `json:"name" required:"true" minLength:"1" maxLength:"100"`
	Role graph.Role `json:"role" required:"true"`
	// ExpiresAt, if given, is the moment from which the token is refused; it must
	// lie in the future.
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	// ActorID, if given, scopes the token (role editor) to that actor: it may edit
	// only the actor and its offers.
	ActorID string `json:"actor_id,omitempty" maxLength:"64"`
}

// createdToken is a new token with its secret, shown only once.
type createdToken struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Role      graph.Role `json:"role"`
	CreatedAt time.Time  `json:"created_at"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	ActorID   string     `json:"actor_id,omitempty"`
	// Secret is the bearer secret; the store keeps only its hash.
	Secret string `json:"secret"`
}

// tokenList is the answer of GET /api/v1/tokens.
type tokenList struct {
	Items []graph.Token `json:"items" nullable:"false"`
}

// listTokens answers GET /api/v1/tokens with all tokens, without secrets.
func (s *Server) listTokens(c *gin.Context) {
	ts, err := s.store.Tokens(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	if ts == nil {
		ts = []graph.Token{}
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, tokenList{Items: ts})
}

// createToken answers POST /api/v1/tokens: it makes a new token and returns its secret
// this once; the store keeps only graph.HashToken of it.
func (s *Server) createToken(c *gin.Context) {
	var req tokenRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	t, secret, err := CreateToken(c.Request.Context(), s.store, s.today(), req.Name, req.Role, req.ExpiresAt, req.ActorID)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.auditToken(c, auditTokenCreated, t)
	c.Header("Cache-Control", "no-store")
	c.Header("Location", "/api/v1/tokens/"+t.ID)
	s.respond(c, http.StatusCreated, createdToken{ID: t.ID, Name: t.Name, Role: t.Role, CreatedAt: t.CreatedAt,
		ExpiresAt: t.ExpiresAt, ActorID: t.ActorID, Secret: secret})
}

// deleteToken answers DELETE /api/v1/tokens/{id}: the token is revoked (204). A token
// cannot revoke itself (409), so that an admin does not lock themselves out, and the
// last admin token cannot be revoked either (409, see RevokeToken).
func (s *Server) deleteToken(c *gin.Context) {
	if p := principalOf(c); p != nil && p.TokenID == c.Param("id") {
		s.fail(c, newProblem(http.StatusConflict, "conflict",
			"Das Token, mit dem diese Anfrage kommt, kann sich nicht selbst widerrufen; dafür ein anderes Admin-Token oder „netzwerkatlas token revoke“ verwenden."))
		return
	}
	revoked, err := s.tokenByID(c.Request.Context(), c.Param("id"))
	if err == nil {
		err = RevokeToken(c.Request.Context(), s.store, revoked.ID)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	s.auditToken(c, auditTokenRevoked, revoked)
	c.Status(http.StatusNoContent)
}

// revokeMu serialises RevokeToken.
var revokeMu sync.Mutex

// RevokeToken revokes the token with the ID in store, unless it is the last admin
// token: then nobody could manage tokens any more, and it returns a Conflict error
// with a German reason. NotFound if there is no such token. The API and the command
// line both revoke through it.
func RevokeToken(ctx context.Context, store graph.Store, id string) error {
	// One revocation at a time in this process, so that two requests cannot revoke
	// the last two admin tokens together.
	revokeMu.Lock()
	defer revokeMu.Unlock()
	tokens, err := store.Tokens(ctx)
	if err != nil {
		return err
	}
	admins, target := 0, -1
	for i, t := range tokens {
		if t.Role == graph.RoleAdmin {
			admins++
		}
		if t.ID == id {
			target = i
		}
	}
	if target >= 0 && tokens[target].Role == graph.RoleAdmin && admins == 1 {
		return graph.Errorf(graph.Conflict,
			"„%s“ ist das letzte Admin-Token und kann nicht widerrufen werden: sonst könnte niemand mehr Tokens und die Taxonomie verwalten. Legen Sie zuerst ein weiteres Admin-Token an.",
			tokens[target].Name)
	}
	return store.DeleteToken(ctx, id)
}
