package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeNeo4jUnreachable starts serve against a Neo4j URI on a loopback port that
// nobody listens on: serve retries until --connect-wait has passed, logs each retry,
// serves nothing and fails with exit code 3 and the German message main prints. It
// needs no Neo4j server.
func TestServeNeo4jUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	getenv := testEnv(map[string]string{
		"NETZWERKATLAS_DATA": t.TempDir(),
		"NEO4J_URI":          "bolt://" + addr,
		"NEO4J_USER":         "neo4j",
		"NEO4J_PASSWORD":     "geheim",
	})
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--connect-wait", "2s"}, getenv, &stdout, &stderr)

	if err == nil {
		t.Fatal("serve started without Neo4j")
	}
	if code := exitCode(err); code != 3 {
		t.Errorf("exit code %d, want 3 (%v)", code, err)
	}
	if msg := describe(err); !strings.Contains(msg, "Neo4j-Datenbank ist nicht erreichbar") {
		t.Errorf("the message main prints, %q, does not say that Neo4j is unreachable", msg)
	}
	if !strings.Contains(stderr.String(), addr) {
		t.Errorf("the log does not name the address %s; stderr:\n%s", addr, stderr.String())
	}
	if stdout.Len() > 0 {
		t.Errorf("serve printed %q; it must not claim to run", stdout.String())
	}
	// The waits it logged double from 250 ms and stay within --connect-wait.
	waits := regexp.MustCompile(`retrying.*? in=(\S+)`).FindAllStringSubmatch(stderr.String(), -1)
	if len(waits) < 2 {
		t.Fatalf("%d retries logged their wait, want at least 2; stderr:\n%s", len(waits), stderr.String())
	}
	var waited time.Duration
	for i, m := range waits {
		d, err := time.ParseDuration(m[1])
		if err != nil {
			t.Fatalf("retry %d logged the wait %q: %v", i, m[1], err)
		}
		if want := 250 * time.Millisecond << i; d != want {
			t.Errorf("retry %d waited %v, want %v", i, d, want)
		}
		waited += d
	}
	if waited > 2*time.Second {
		t.Errorf("serve waited %v in all; --connect-wait 2s allows 2 s", waited)
	}
}

// TestServeLimitsConnections serves with NETZWERKATLAS_MAX_CONNECTIONS=1: while one
// connection is open, a second gets no answer; once it closes, the second is served.
func TestServeLimitsConnections(t *testing.T) {
	getenv := testEnv(map[string]string{"NETZWERKATLAS_DATA": t.TempDir(), "NETZWERKATLAS_MAX_CONNECTIONS": "1"})
	ctx, stop := context.WithCancel(t.Context())
	out, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, getenv, outW, io.Discard)
		outW.Close()
	}()
	t.Cleanup(func() {
		stop()
		<-done
	})
	base := readBaseURL(t, out)
	go io.Copy(io.Discard, out)
	waitHealthy(t, base)

	first, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.Write([]byte("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := bufio.NewReader(first).ReadString('\n'); err != nil { // served, and kept open
		t.Fatal(err)
	}
	client := &http.Client{Timeout: 300 * time.Millisecond, Transport: &http.Transport{DisableKeepAlives: true}}
	if resp, err := client.Get(base + "/healthz"); err == nil {
		resp.Body.Close()
		t.Fatalf("a second connection was served (%d) while the first was open", resp.StatusCode)
	}
	first.Close()
	client.Timeout = 5 * time.Second
	resp, err := client.Get(base + "/healthz")
	if err != nil {
		t.Fatalf("after the first connection closed: %v", err)
	}
	resp.Body.Close()
}

// TestServeDemoSizeNeedsDemo: a generated network is loaded only in demo mode, so
// --demo-size without --demo is refused instead of serving an empty store.
func TestServeDemoSizeNeedsDemo(t *testing.T) {
	getenv := testEnv(map[string]string{"NETZWERKATLAS_DATA": t.TempDir()})
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--demo-size", "100"}, getenv, &stdout, &stderr)
	if err == nil || !strings.Contains(describe(err), "nur zusammen mit --demo") {
		t.Fatalf("serve --demo-size without --demo: %v, want the German usage error", err)
	}
	if code := exitCode(err); code != 2 {
		t.Errorf("exit code %d, want 2 (a usage error)", code)
	}
}
