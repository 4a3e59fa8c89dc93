package main

import (
	"bytes"
	"context"
	"net"
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
