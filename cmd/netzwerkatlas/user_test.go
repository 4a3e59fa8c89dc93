package main

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

// TestUserAddCommand creates the first admin with a password from the standard input
// while no server runs, signs in with it on a served process, and creates a second
// account through the running server's admin socket, which prints a reset link.
func TestUserAddCommand(t *testing.T) {
	dir := t.TempDir()
	cmd := binaryCommand(dir, "user", "add", "--email", "ada@kreis.example", "--name", "Ada Admin", "--role", "admin", "--password-stdin")
	cmd.Stdin = strings.NewReader("ein-langes-Anfangspasswort\n")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil || out.Len() != 0 || !strings.Contains(errOut.String(), "angelegt") {
		t.Fatalf("user add: %v, stdout %q, stderr %q", err, out.String(), errOut.String())
	}
	// The address is taken now; a short password is refused with a German reason.
	if r := runProcess(t, dir, "user", "add", "--email", "ADA@kreis.example", "--name", "Ada", "--role", "viewer"); r.code != 1 || !strings.Contains(r.stderr, "schon") {
		t.Errorf("same address: %+v", r)
	}
	short := binaryCommand(dir, "user", "add", "--email", "b@kreis.example", "--name", "B", "--role", "viewer", "--password-stdin")
	short.Stdin = strings.NewReader("kurz\n")
	if b, err := short.CombinedOutput(); !strings.Contains(string(b), "mindestens 12 Zeichen") {
		t.Errorf("short password: %v %s", err, b)
	}
	if r := runProcess(t, dir, "user", "remove"); r.code != 2 {
		t.Errorf("unknown subcommand: %+v", r)
	}

	base, _, _ := serveProcess(t, dir)
	resp, err := http.Post(base+"/api/v1/session", "application/json", strings.NewReader(`{"email":"ada@kreis.example","password":"ein-langes-Anfangspasswort"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("sign in with the command's password: %d", resp.StatusCode)
	}
	r := runProcess(t, dir, "user", "add", "--email", "bernd@kreis.example", "--name", "Bernd", "--role", "editor")
	if r.code != 0 || !strings.HasPrefix(r.stdout, base+"/anmeldung#reset=") {
		t.Errorf("user add while serving: %+v", r)
	}
}
