package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// asBinary makes the test binary act as the netzwerkatlas binary when the variable
// is set, so that tests can start real processes of it.
const asBinary = "NETZWERKATLAS_TEST_AS_BINARY"

func TestMain(m *testing.M) {
	if os.Getenv(asBinary) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// binaryCommand returns a process of the binary with args and the data directory dir.
func binaryCommand(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append(args, "--data", dir)...)
	cmd.Env = append(os.Environ(), asBinary+"=1")
	return cmd
}

// cliResult is what a finished process of the binary wrote and its exit code.
type cliResult struct {
	stdout, stderr string
	code           int
}

func runProcess(t *testing.T, dir string, args ...string) cliResult {
	t.Helper()
	cmd := binaryCommand(dir, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%v: %v", args, err)
	}
	return cliResult{out.String(), errOut.String(), cmd.ProcessState.ExitCode()}
}

// serveProcess starts "serve" on a free port over dir and returns its base URL, what
// it printed before it served, and a stop that ends it with SIGTERM and returns its
// error. The process also stops at the end of the test.
func serveProcess(t *testing.T, dir string) (base, printed string, stop func() error) {
	t.Helper()
	cmd := binaryCommand(dir, "serve", "--addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	var waitErr error
	stop = func() error {
		once.Do(func() {
			cmd.Process.Signal(syscall.SIGTERM)
			waitErr = cmd.Wait()
		})
		return waitErr
	}
	t.Cleanup(func() { stop() })
	// serve prints the banner and the sign-in link before it serves; the blank line
	// after the link's block, or the banner alone once /healthz answers, ends them.
	r := bufio.NewReader(stdout)
	var all strings.Builder
	for {
		line, err := r.ReadString('\n')
		all.WriteString(line)
		if err != nil {
			t.Fatalf("serve stopped without serving:\n%s", all.String())
		}
		if i := strings.Index(line, "läuft auf http://"); i >= 0 {
			base = strings.TrimSpace(line[i+len("läuft auf "):])
			break
		}
	}
	waitHealthy(t, base)
	// Everything serve prints before it serves is in the pipe now.
	rest := make(chan string)
	go func() {
		var b strings.Builder
		for {
			line, err := r.ReadString('\n')
			b.WriteString(line)
			if err != nil || strings.Contains(line, "widerrufen Sie") {
				rest <- b.String()
				io.Copy(io.Discard, r)
				return
			}
		}
	}()
	select {
	case s := <-rest:
		all.WriteString(s)
	case <-time.After(500 * time.Millisecond): // no sign-in block
	}
	return base, all.String(), stop
}

// role returns the role that the server at base gives the token, or "" if it refuses it.
func role(t *testing.T, base, token string) string {
	t.Helper()
	var me struct {
		Role string `json:"role"`
	}
	if getJSON(t, base+"/api/v1/me", token, &me) != http.StatusOK {
		return ""
	}
	return me.Role
}

var signInLinkRE = regexp.MustCompile(`http://127\.0\.0\.1:\d+/anmeldung#token=(nza_[a-z0-9]+)`)

// TestTokenCommandsWhileServing runs real processes of the binary: the first start of
// an empty installation prints a sign-in link with an admin token; "token create",
// "list" and "revoke" work while serve holds the data file; the last admin token
// cannot be revoked; after the server stops, the socket is gone and the commands open
// the file; the next start prints no link.
func TestTokenCommandsWhileServing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	base, printed, stop := serveProcess(t, dir)
	m := signInLinkRE.FindStringSubmatch(printed)
	if m == nil {
		t.Fatalf("the first start printed no sign-in link:\n%s", printed)
	}
	if !strings.HasPrefix(m[0], base+"/anmeldung#token=") {
		t.Errorf("the link %s does not point at the server %s", m[0], base)
	}
	first := m[1]
	if r := role(t, base, first); r != "admin" {
		t.Fatalf("the token of the sign-in link has the role %q, want admin", r)
	}
	if fi, err := os.Stat(filepath.Join(dir, adminSocketName)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("admin socket: %v, mode %v; want mode 0600", err, fi)
	}

	res := runProcess(t, dir, "token", "create", "--role", "editor", "--name", "Koordination")
	editor := strings.TrimSpace(res.stdout)
	if res.code != 0 || !strings.HasPrefix(editor, "nza_") {
		t.Fatalf("token create while serving: exit %d, stdout %q, stderr %q", res.code, res.stdout, res.stderr)
	}
	if r := role(t, base, editor); r != "editor" {
		t.Errorf("the new token has the role %q at the running server, want editor", r)
	}
	if res := runProcess(t, dir, "token", "create", "--role", "chef", "--name", "X"); res.code != 1 || !strings.Contains(res.stderr, "Rolle") {
		t.Errorf("token create with a bad role: exit %d, stderr %q; want 1 and the German field error", res.code, res.stderr)
	}

	res = runProcess(t, dir, "token", "list")
	if res.code != 0 || !strings.Contains(res.stdout, firstAdminName) || !strings.Contains(res.stdout, "Koordination") {
		t.Fatalf("token list while serving: exit %d, stdout %q, stderr %q", res.code, res.stdout, res.stderr)
	}
	firstID := tokenID(t, res.stdout, firstAdminName)

	// The first admin is the only admin: it stays.
	res = runProcess(t, dir, "token", "revoke", "--id", firstID)
	if res.code != 1 || !strings.Contains(res.stderr, "letzte Admin-Token") {
		t.Errorf("revoking the last admin token: exit %d, stderr %q; want 1 and the reason", res.code, res.stderr)
	}
	if r := role(t, base, first); r != "admin" {
		t.Fatalf("the last admin token was revoked")
	}

	// With a second admin, the API revokes the first; the second is then the last.
	second := strings.TrimSpace(runProcess(t, dir, "token", "create", "--role", "admin", "--name", "Sozialplanung").stdout)
	req, _ := http.NewRequest(http.MethodDelete, base+"/api/v1/tokens/"+firstID, nil)
	req.Header.Set("Authorization", "Bearer "+second)
	if resp := do(t, req); resp.StatusCode != http.StatusNoContent {
		t.Errorf("revoking the first admin with a second one: status %d, want 204", resp.StatusCode)
	}
	if r := role(t, base, first); r != "" {
		t.Errorf("the revoked token still signs in as %q", r)
	}
	secondID := tokenID(t, runProcess(t, dir, "token", "list").stdout, "Sozialplanung")
	req, _ = http.NewRequest(http.MethodDelete, base+"/api/v1/tokens/"+secondID, nil)
	req.Header.Set("Authorization", "Bearer "+second)
	if resp := do(t, req); resp.StatusCode != http.StatusConflict {
		t.Errorf("an admin token revoking itself: status %d, want 409", resp.StatusCode)
	}

	// After the server stops, the socket is gone and the commands open the file
	// themselves; the next start prints no link.
	if err := stop(); err != nil {
		t.Fatalf("serve: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, adminSocketName)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the admin socket outlived the server: %v", err)
	}
	if res := runProcess(t, dir, "token", "create", "--role", "viewer", "--name", "Lesen"); res.code != 0 {
		t.Fatalf("token create with the server stopped: exit %d, stderr %q", res.code, res.stderr)
	}
	if _, printed, _ := serveProcess(t, dir); strings.Contains(printed, "#token=") {
		t.Errorf("a start with tokens printed a sign-in link:\n%s", printed)
	}
}

// tokenID returns the ID of the token named name in the output of "token list".
func tokenID(t *testing.T, list, name string) string {
	t.Helper()
	return strings.Fields(tokenLine(t, list, name))[0]
}

// TestTokenCommandOnAHeldFile holds the data file in this process, where no server
// answers on a socket: "token create" fails with exit code 3 and says what to do.
func TestTokenCommandOnAHeldFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	s, err := embedded.Open(filepath.Join(dir, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res := runProcess(t, dir, "token", "create", "--role", "viewer", "--name", "Lesen")
	if res.code != 3 || !strings.Contains(res.stderr, "Abhilfe") || !strings.Contains(res.stderr, "POST /api/v1/tokens") {
		t.Errorf("token create on a file held without a socket: exit %d, stderr %q; want 3 and the remedy", res.code, res.stderr)
	}
}

// TestTokenCommandLimits creates tokens with an expiry and an actor scope, through a
// running server's socket and then on the file itself: both paths take the same
// options, refuse the same wrong ones with the API's German reasons, and "token
// list" shows the limits. The scoped token may change its actor and no other.
func TestTokenCommandLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	base, printed, stop := serveProcess(t, dir)
	admin := signInLinkRE.FindStringSubmatch(printed)[1]
	actor := func(name string) string {
		req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/actors",
			strings.NewReader(`{"name":"`+name+`","kind":"association","legal_domains":["sgb9"]}`))
		req.Header.Set("Authorization", "Bearer "+admin)
		req.Header.Set("Content-Type", "application/json")
		var created struct{ ID string }
		if resp := do(t, req); resp.StatusCode != http.StatusCreated || json.NewDecoder(resp.Body).Decode(&created) != nil {
			t.Fatalf("creating the actor %s: status %d", name, resp.StatusCode)
		}
		return created.ID
	}
	own, other := actor("Beratungsstelle Hafen"), actor("Verein Nord")
	until := time.Now().AddDate(0, 2, 0).Format(time.DateOnly)

	for _, path := range []string{"socket", "file"} {
		if path == "file" {
			if err := stop(); err != nil {
				t.Fatalf("serve: %v", err)
			}
		}
		name := "Anbieter " + path
		res := runProcess(t, dir, "token", "create", "--role", "editor", "--name", name, "--actor", own, "--expires", until)
		if res.code != 0 || !strings.Contains(res.stderr, "gültig bis "+until) || !strings.Contains(res.stderr, "nur für den Akteur "+own) {
			t.Fatalf("%s: token create with limits: exit %d, stderr %q", path, res.code, res.stderr)
		}
		list := runProcess(t, dir, "token", "list").stdout
		if line := tokenLine(t, list, name); !strings.Contains(line, until) || !strings.Contains(line, own) {
			t.Errorf("%s: token list shows %q for the limited token, want %s and %s", path, line, until, own)
		}
		for _, c := range []struct {
			args []string
			code int
			want string
		}{
			{[]string{"--role", "editor", "--expires", "2020-01-01"}, 1, "„Gültig bis“ muss in der Zukunft liegen"},
			{[]string{"--role", "editor", "--expires", "31.12.2030"}, 2, "kein Datum"},
			{[]string{"--role", "editor", "--actor", "gibt-es-nicht"}, 1, "Den Akteur „gibt-es-nicht“ gibt es nicht"},
			{[]string{"--role", "viewer", "--actor", own}, 1, "Nur ein Token mit der Rolle editor"},
		} {
			res := runProcess(t, dir, append([]string{"token", "create", "--name", "Falsch"}, c.args...)...)
			if res.code != c.code || !strings.Contains(res.stderr, c.want) {
				t.Errorf("%s: token create %v: exit %d, stderr %q; want %d and %q", path, c.args, res.code, res.stderr, c.code, c.want)
			}
		}
		if strings.Contains(runProcess(t, dir, "token", "list").stdout, "Falsch") {
			t.Errorf("%s: a refused token was stored", path)
		}
	}

	// The scoped token at work: its actor yes, another no.
	base, _, _ = serveProcess(t, dir)
	scoped := strings.TrimSpace(runProcess(t, dir, "token", "create", "--role", "editor", "--name", "Anbieter 3", "--actor", own).stdout)
	for id, want := range map[string]int{own: http.StatusOK, other: http.StatusForbidden} {
		req, _ := http.NewRequest(http.MethodGet, base+"/api/v1/actors/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+scoped)
		etag := do(t, req).Header.Get("ETag")
		req, _ = http.NewRequest(http.MethodPut, base+"/api/v1/actors/"+id,
			strings.NewReader(`{"name":"Neu benannt","kind":"association","legal_domains":["sgb9"]}`))
		req.Header.Set("Authorization", "Bearer "+scoped)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("If-Match", etag)
		if resp := do(t, req); resp.StatusCode != want {
			t.Errorf("the scoped token changing actor %s: status %d, want %d", id, resp.StatusCode, want)
		}
	}
}

// tokenLine returns the line of the token named name in the output of "token list".
func tokenLine(t *testing.T, list, name string) string {
	t.Helper()
	for line := range strings.SplitSeq(list, "\n") {
		if strings.Contains(line, name) {
			return line
		}
	}
	t.Fatalf("no token %q in:\n%s", name, list)
	return ""
}
