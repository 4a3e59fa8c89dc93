package main

import (
	"bytes"
	"context"
	"net"
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
	start := time.Now()
	err = run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--connect-wait", "2s"}, getenv, &stdout, &stderr)
	took := time.Since(start)

	if err == nil {
		t.Fatal("serve started without Neo4j")
	}
	if code := exitCode(err); code != 3 {
		t.Errorf("exit code %d, want 3 (%v)", code, err)
	}
	if msg := describe(err); !strings.Contains(msg, "Neo4j-Datenbank ist nicht erreichbar") {
		t.Errorf("the message main prints, %q, does not say that Neo4j is unreachable", msg)
	}
	if retries := strings.Count(stderr.String(), "neo4j not reachable, retrying"); retries < 2 {
		t.Errorf("%d retries logged, want at least 2; stderr:\n%s", retries, stderr.String())
	}
	if !strings.Contains(stderr.String(), addr) {
		t.Errorf("the log does not name the address %s; stderr:\n%s", addr, stderr.String())
	}
	if stdout.Len() > 0 {
		t.Errorf("serve printed %q; it must not claim to run", stdout.String())
	}
	if took < time.Second || took > 20*time.Second {
		t.Errorf("serve gave up after %v; --connect-wait 2s asks for about 2 s", took)
	}
}
