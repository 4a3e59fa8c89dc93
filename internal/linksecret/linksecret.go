// Package linksecret makes the secrets of personal links (the partner survey's,
// the directory providers') and the hashes they are stored under: a link carries
// its secret, the store keeps only the hash, and a link is looked up by the hash of
// the secret it brings.
package linksecret

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
)

// New returns a random 32-byte secret in base64url form (43 characters), fit for a
// URL's path or fragment.
func New() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Hash returns the hex SHA-256 of a secret, the only form stored.
func Hash(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}
