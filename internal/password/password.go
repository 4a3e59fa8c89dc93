// Package password hashes and verifies passwords with argon2id (RFC 9106), in the PHC
// string format that names the algorithm, version and parameters beside salt and hash:
//
//	$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
//
// Verify reads the parameters from the string, so the parameters of new hashes can
// change without making stored ones unreadable.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Params are the argon2id parameters of a hash.
type Params struct {
	// Memory is the memory cost in KiB.
	Memory uint32
	// Time is the number of passes over the memory.
	Time uint32
	// Threads is the degree of parallelism.
	Threads uint8
}

// OWASP is the first of the argon2id configurations the OWASP Password Storage Cheat
// Sheet recommends: 19 MiB of memory, 2 passes, 1 thread. Of its equivalent
// configurations it needs the least memory per concurrent sign-in.
var OWASP = Params{Memory: 19 * 1024, Time: 2, Threads: 1}

// Lengths of salt and hash in bytes.
const (
	saltLen = 16
	keyLen  = 32
)

// maxMemory bounds the memory cost that Verify accepts from a stored string (1 GiB),
// so that a damaged record cannot exhaust the server's memory.
const maxMemory = 1 << 20

// b64 is the base64 of the PHC format: standard alphabet, no padding.
var b64 = base64.RawStdEncoding

// Hash returns the PHC string of password hashed with p and a new random salt.
func Hash(password string, p Params) string {
	salt := make([]byte, saltLen)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, keyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// ErrMalformed is returned by Verify for a string that is not an argon2id PHC string
// this package can read.
var ErrMalformed = errors.New("password: not an argon2id PHC string")

// Verify reports whether password matches the PHC string encoded, in time that does
// not depend on where the two differ. It returns ErrMalformed if encoded cannot be
// read.
func Verify(password, encoded string) (bool, error) {
	p, salt, want, err := decode(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// decode splits a PHC string into parameters, salt and hash.
func decode(encoded string) (Params, []byte, []byte, error) {
	var p Params
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return p, nil, nil, ErrMalformed
	}
	if n, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil || n != 3 ||
		fmt.Sprintf("m=%d,t=%d,p=%d", p.Memory, p.Time, p.Threads) != parts[3] {
		return p, nil, nil, ErrMalformed
	}
	if p.Time < 1 || p.Threads < 1 || p.Memory < 8*uint32(p.Threads) || p.Memory > maxMemory {
		return p, nil, nil, ErrMalformed
	}
	salt, err1 := b64.DecodeString(parts[4])
	key, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(salt) < 8 || len(key) < 16 || len(key) > 64 {
		return p, nil, nil, ErrMalformed
	}
	return p, salt, key, nil
}
