package graph

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

// Role is what an API token may do. Roles are ordered: each includes the ones below it.
type Role string

// The roles, from least to most.
const (
	RoleViewer  Role = "viewer"  // read network data
	RoleAnalyst Role = "analyst" // also run analyses
	RoleEditor  Role = "editor"  // also write network data and import
	RoleAdmin   Role = "admin"   // also manage tokens and the taxonomy
)

var roleRank = map[Role]int{RoleViewer: 1, RoleAnalyst: 2, RoleEditor: 3, RoleAdmin: 4}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return roleRank[r] > 0 }

// Allows reports whether r includes the role need.
func (r Role) Allows(need Role) bool { return r.Valid() && roleRank[r] >= roleRank[need] }

// Token is an API token. Only the SHA-256 hash of its secret is stored; the secret is
// shown once when the token is created.
type Token struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Hash      string    `json:"-"`
	CreatedAt time.Time `json:"created_at"`
	// LastUsedAt is when the token last signed in a request, to the nearest
	// TokenTouchInterval; nil if it was never used.
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	// ExpiresAt is the moment from which the token is refused; nil if it never
	// expires. Tokens stored before it existed have none.
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
	// ActorID, if set, scopes the token to one actor: it may write only that actor
	// and its offers (see api's scope check); it reads as its role allows. Tokens
	// stored before it existed have none.
	ActorID string `json:"actor_id,omitempty"`
}

// Expired reports whether the token is refused at the time at: it has an expiry,
// and at is not before it.
func (t *Token) Expired(at time.Time) bool {
	return t.ExpiresAt != nil && !at.Before(*t.ExpiresAt)
}

// TokenTouchInterval is how stale a token's LastUsedAt may get: Store.TouchToken
// writes only when the stored time is older, so that a busy client does not cause a
// write on every request.
const TokenTouchInterval = time.Minute

// NeedsTouch reports whether a use at the time at should be recorded: the token was
// never used, or last used TokenTouchInterval or longer before at.
func (t *Token) NeedsTouch(at time.Time) bool {
	return t.LastUsedAt == nil || at.Sub(*t.LastUsedAt) >= TokenTouchInterval
}

// Validate checks the token's name, role, actor scope and hash.
func (t *Token) Validate() error {
	v := fieldErrors{}
	v.text("name", t.Name, 100, true)
	if !t.Role.Valid() {
		v.add("role", "Die Rolle %q ist unbekannt; möglich sind viewer, analyst, editor und admin.", t.Role)
	}
	if t.ActorID != "" && !ValidID(t.ActorID) {
		v.add("actor_id", "Die Akteurs-ID %q ist ungültig.", t.ActorID)
	}
	if len(t.Hash) != sha256.Size*2 {
		v.add("hash", "Der Hash fehlt.")
	}
	return v.err("Das Token ist ungültig.")
}

// TokenPrefix starts every token secret, so that leaked secrets are easy to find.
const TokenPrefix = "nza_"

// NewTokenSecret returns a new random token secret (160 bits).
func NewTokenSecret() string {
	b := make([]byte, 20)
	rand.Read(b)
	return TokenPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
}

// HashToken returns the hash under which a token secret is stored.
func HashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// ErrLastAdminToken is the cause of the Conflict that Store.DeleteToken returns for
// the only admin token left: without it, nobody could manage tokens any more.
var ErrLastAdminToken = errors.New("graph: the last admin token")

// CheckRevocation returns the Conflict of Store.DeleteToken, with ErrLastAdminToken
// as its cause and a German reason, if the token t may not be revoked because it is
// the only admin token: admins is the number of admin tokens, t included. Stores
// call it in the transaction that deletes t.
func CheckRevocation(t *Token, admins int) error {
	if t.Role != RoleAdmin || admins > 1 {
		return nil
	}
	return &Error{Code: Conflict, Err: ErrLastAdminToken, Message: "„" + t.Name + "“ ist das letzte Admin-Token und kann nicht widerrufen werden: " +
		"sonst könnte niemand mehr Tokens und die Taxonomie verwalten. Legen Sie zuerst ein weiteres Admin-Token an."}
}
