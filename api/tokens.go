package api

import (
	"net/http"
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
// last admin token cannot be revoked either (409, graph.ErrLastAdminToken: the store
// checks it in the transaction that deletes, so that it holds across servers).
func (s *Server) deleteToken(c *gin.Context) {
	if p := principalOf(c); p != nil && p.TokenID == c.Param("id") {
		s.fail(c, newProblem(http.StatusConflict, "conflict",
			"Das Token, mit dem diese Anfrage kommt, kann sich nicht selbst widerrufen; dafür ein anderes Admin-Token oder „netzwerkatlas token revoke“ verwenden."))
		return
	}
	revoked, err := s.tokenByID(c.Request.Context(), c.Param("id"))
	if err == nil {
		err = s.store.DeleteToken(c.Request.Context(), revoked.ID)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	s.auditToken(c, auditTokenRevoked, revoked)
	c.Status(http.StatusNoContent)
}
