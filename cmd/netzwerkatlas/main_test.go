package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"
)

// testEnv returns a getenv that sees only vars.
func testEnv(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// TestEndToEnd runs the real binary's run function: it creates a token, serves the
// demo county on a free port with a temp data directory, reads and writes through the
// API, imports a file, reads an analysis that counts it, and shuts down.
func TestEndToEnd(t *testing.T) {
	dataDir := t.TempDir()
	getenv := testEnv(map[string]string{"NETZWERKATLAS_DATA": dataDir})
	ctx := context.Background()

	var secret bytes.Buffer
	if err := run(ctx, []string{"token", "create", "--role", "editor", "--name", "Koordination"}, getenv, &secret, io.Discard); err != nil {
		t.Fatalf("token create: %v", err)
	}
	token := strings.TrimSpace(secret.String())

	serveCtx, stop := context.WithCancel(ctx)
	defer stop()
	out, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(serveCtx, []string{"serve", "--demo", "--addr", "127.0.0.1:0"}, getenv, outW, io.Discard)
		outW.Close()
	}()
	base := readBaseURL(t, out)
	go io.Copy(io.Discard, out)

	waitHealthy(t, base)

	var list struct {
		Total int `json:"total"`
	}
	if status := getJSON(t, base+"/api/v1/actors?limit=1", "", &list); status != http.StatusOK || list.Total < 200 {
		t.Fatalf("anonymous demo read: status %d, %d actors; want 200 and the demo county", status, list.Total)
	}

	body := `{"name":"Stadtteilzentrum Hafen","kind":"association","legal_domains":["civil_society"]}`
	req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/actors", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if resp := do(t, req); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous demo write: status %d, want 401", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodPost, base+"/api/v1/actors", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp := do(t, req)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("editor create: status %d, want 201", resp.StatusCode)
	}
	var created, readBack struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&created); err != nil || created.ID == "" {
		t.Fatalf("create response: %v, id %q", err, created.ID)
	}
	if status := getJSON(t, base+"/api/v1/actors/"+created.ID, token, &readBack); status != http.StatusOK || readBack.Name != "Stadtteilzentrum Hafen" {
		t.Errorf("read back: status %d, name %q", status, readBack.Name)
	}
	var found struct {
		Total int `json:"total"`
	}
	getJSON(t, base+"/api/v1/actors?q=hafen&actor_kind=association", token, &found)
	if found.Total < 1 {
		t.Errorf("the new actor is not found by text search")
	}

	// Import a file through the API, then read an analysis that counts it.
	var network struct {
		Actors int `json:"actors"`
	}
	getJSON(t, base+"/api/v1/analysis/network", "", &network)
	csv := "Name;Akteursart;Rechtskreise\nInklusionsbetrieb Werft;employer;sgb9\n"
	var upload bytes.Buffer
	mw := multipart.NewWriter(&upload)
	part, _ := mw.CreateFormFile("file", "akteure.csv")
	part.Write([]byte(csv))
	mw.Close()
	req, _ = http.NewRequest(http.MethodPost, base+"/api/v1/imports", &upload)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+token)
	var imported struct {
		Counts map[string]struct {
			Created int `json:"created"`
		} `json:"counts"`
	}
	resp = do(t, req)
	if err := json.NewDecoder(resp.Body).Decode(&imported); err != nil || resp.StatusCode != http.StatusOK || imported.Counts["actor"].Created != 1 {
		t.Fatalf("import: status %d, %+v, %v; want 200 and one actor created", resp.StatusCode, imported, err)
	}
	var after struct {
		Actors int `json:"actors"`
	}
	if getJSON(t, base+"/api/v1/analysis/network", "", &after); network.Actors == 0 || after.Actors != network.Actors+1 {
		t.Errorf("analysis after the import counts %d actors, before %d; want one more", after.Actors, network.Actors)
	}

	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v after shutdown", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not shut down")
	}
}

func readBaseURL(t *testing.T, r io.Reader) string {
	t.Helper()
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the serve banner: %v", err)
	}
	i := strings.Index(line, "http://")
	if i < 0 {
		t.Fatalf("serve banner %q has no URL", line)
	}
	return strings.TrimSpace(line[i:])
}

func waitHealthy(t *testing.T, base string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
	}
	t.Fatal("/healthz did not answer 200 within 10 s")
}

func do(t *testing.T, req *http.Request) *http.Response {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func getJSON(t *testing.T, url, token string, v any) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp := do(t, req)
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: decoding: %v", url, err)
	}
	return resp.StatusCode
}

func TestCommandLineErrors(t *testing.T) {
	getenv := testEnv(map[string]string{"NETZWERKATLAS_DATA": t.TempDir()})
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{}, 2, "kein Befehl"},
		{[]string{"frobnicate"}, 2, "unbekannter Befehl"},
		{[]string{"serve", "--bogus"}, 2, "bogus"},
		{[]string{"serve", "extra"}, 2, "unerwartetes Argument"},
		{[]string{"serve", "--log-format", "xml"}, 2, "Log-Format"},
		{[]string{"serve", "--max-connections", "0"}, 2, "--max-connections"},
		{[]string{"token"}, 2, "Unterbefehl"},
		{[]string{"token", "create", "--role", "boss", "--name", "x"}, 1, "role: Die Rolle \"boss\" ist unbekannt"},
		{[]string{"token", "revoke", "--id", "nope"}, 1, `Das Token "nope" existiert nicht`},
		{[]string{"demo", "--actors", "0"}, 2, "--actors"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			err := run(context.Background(), tt.args, getenv, io.Discard, io.Discard)
			if err == nil {
				t.Fatal("no error")
			}
			if got := exitCode(err); got != tt.code {
				t.Errorf("exit code %d, want %d (%v)", got, tt.code, err)
			}
			if !strings.Contains(describe(err), tt.want) {
				t.Errorf("message %q lacks %q", describe(err), tt.want)
			}
		})
	}
}

func TestDemoIsDeterministic(t *testing.T) {
	gen := func() string {
		var out bytes.Buffer
		if err := run(context.Background(), []string{"demo", "--actors", "300", "--cooperations", "1000", "--seed", "7"}, testEnv(nil), &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	a, b := gen(), gen()
	if a != b {
		t.Fatal("demo output differs between two runs with the same seed")
	}
	var batch struct {
		Actors []json.RawMessage `json:"actors"`
	}
	if err := json.Unmarshal([]byte(a), &batch); err != nil || len(batch.Actors) != 300 {
		t.Fatalf("demo output: %d actors, err %v", len(batch.Actors), err)
	}
}
