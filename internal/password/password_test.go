package password

import (
	"errors"
	"strings"
	"testing"
)

// reference is the argon2id test vector of the reference implementation
// (phc-winner-argon2, src/test.c): "password", salt "somesalt", m=64 MiB, t=2, p=1.
const reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"

func TestVerifyReferenceVector(t *testing.T) {
	for pw, want := range map[string]bool{"password": true, "passwore": false, "": false, "Password": false} {
		got, err := Verify(pw, reference)
		if err != nil || got != want {
			t.Errorf("Verify(%q) = %v, %v; want %v", pw, got, err, want)
		}
	}
}

func TestHashRoundTrip(t *testing.T) {
	p := Params{Memory: 64, Time: 1, Threads: 1} // small: the parameters come from the string
	h := Hash("Geheimnis-äöü", p)
	if !strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("Hash = %q", h)
	}
	if h2 := Hash("Geheimnis-äöü", p); h2 == h {
		t.Error("two hashes of one password are equal: the salt is not random")
	}
	for pw, want := range map[string]bool{"Geheimnis-äöü": true, "Geheimnis-aou": false, "geheimnis-äöü": false} {
		if ok, err := Verify(pw, h); err != nil || ok != want {
			t.Errorf("Verify(%q) = %v, %v; want %v", pw, ok, err, want)
		}
	}
	if !strings.HasPrefix(Hash("x", OWASP), "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Error("OWASP parameters are not m=19456,t=2,p=1")
	}
}

func TestVerifyMalformed(t *testing.T) {
	for _, s := range []string{
		"",
		"geheim",
		strings.Replace(reference, "argon2id", "argon2i", 1),
		strings.Replace(reference, "v=19", "v=16", 1),
		strings.Replace(reference, "m=65536", "m=abc", 1),
		strings.Replace(reference, "m=65536", "m=065536", 1),
		strings.Replace(reference, "m=65536", "m=4294967295", 1), // over the memory bound
		strings.Replace(reference, "t=2", "t=0", 1),
		strings.Replace(reference, "c29tZXNhbHQ", "c29t!!!", 1),
		strings.Replace(reference, "$c29tZXNhbHQ", "$", 1),
		reference + "$x",
	} {
		if ok, err := Verify("password", s); ok || !errors.Is(err, ErrMalformed) {
			t.Errorf("Verify(%q) = %v, %v; want ErrMalformed", s, ok, err)
		}
	}
}

// BenchmarkVerifyOWASP measures one verification with the OWASP parameters, the cost
// of a sign-in: go test -run '^$' -bench VerifyOWASP ./internal/password
func BenchmarkVerifyOWASP(b *testing.B) {
	h := Hash("ein langes Passwort", OWASP)
	for b.Loop() {
		if ok, _ := Verify("ein langes Passwort", h); !ok {
			b.Fatal("no match")
		}
	}
}
