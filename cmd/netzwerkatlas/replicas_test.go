package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// TestReplicas runs two real serve processes on one Neo4j database, as behind a load
// balancer: a write through one is seen at once by the other's analyses and entity
// reads (the caches of each process are keyed by the store's revision, which every
// request reads); the taxonomy changed through one is checked by the other; imports
// sent to both at once are serialised (no lost update, no duplicate, distinct
// revisions rising with the order of the writes, a history that agrees); and a dry
// run's token from one server is honoured, or refused, by the other.
func TestReplicas(t *testing.T) {
	cfg := migrateNeo4j(t)
	t.Setenv("NEO4J_URI", cfg.URI)
	t.Setenv("NEO4J_USER", cfg.User)
	t.Setenv("NEO4J_PASSWORD", cfg.Password)
	a, printed, _ := serveProcess(t, t.TempDir())
	link := signInLinkRE.FindStringSubmatch(printed)
	if link == nil {
		t.Fatalf("the first server on an empty database printed no sign-in link:\n%s", printed)
	}
	admin := link[1]
	b, printed, _ := serveProcess(t, t.TempDir())
	if signInLinkRE.MatchString(printed) {
		t.Errorf("the second server made another first admin token:\n%s", printed)
	}
	c := replicaClient{t: t, token: admin}

	t.Run("writes", func(t *testing.T) {
		c := c.on(t)
		for _, p := range [][2]string{{a, b}, {b, a}} {
			writer, reader := p[0], p[1]
			var before, after struct {
				Actors int `json:"actors"`
			}
			resp, body := c.ok("GET", reader+"/api/v1/analysis/network", nil, "")
			decodeInto(t, body, &before)
			tag := resp.Header.Get("ETag")
			// A second read is answered from the reader's caches.
			if resp, _ := c.do("GET", reader+"/api/v1/analysis/network", nil, "", "If-None-Match", tag); resp.StatusCode != http.StatusNotModified {
				t.Fatalf("second read at the reader: status %d, want 304", resp.StatusCode)
			}
			_, body = c.ok("POST", writer+"/api/v1/actors", strings.NewReader(`{"name":"Quartiersbüro `+writer[len(writer)-5:]+`","kind":"association","legal_domains":["sgb9"]}`),
				"application/json")
			var created struct {
				ID string `json:"id"`
			}
			decodeInto(t, body, &created)

			resp, body = c.do("GET", reader+"/api/v1/analysis/network", nil, "", "If-None-Match", tag)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("the reader's analysis after a write at the other server: status %d, want 200 (its cached answer is stale)", resp.StatusCode)
			}
			decodeInto(t, body, &after)
			if after.Actors != before.Actors+1 || resp.Header.Get("ETag") == tag {
				t.Errorf("the reader's analysis after a write at the other server counts %d actors (ETag %s), before %d (ETag %s); want one more and a new ETag",
					after.Actors, resp.Header.Get("ETag"), before.Actors, tag)
			}
			// Both servers describe the same revision with the same ETag and body.
			resp2, body2 := c.ok("GET", writer+"/api/v1/analysis/network", nil, "")
			if resp2.Header.Get("ETag") != resp.Header.Get("ETag") || !bytes.Equal(body, body2) {
				t.Errorf("the two servers answer the same revision differently: ETags %s and %s", resp.Header.Get("ETag"), resp2.Header.Get("ETag"))
			}
			var history struct {
				Items []struct {
					Action string `json:"action"`
				} `json:"items"`
			}
			_, body = c.ok("GET", reader+"/api/v1/actors/"+created.ID+"/history", nil, "")
			decodeInto(t, body, &history)
			if len(history.Items) != 1 || history.Items[0].Action != "create" {
				t.Errorf("the reader's history of the new actor: %+v; want one create", history.Items)
			}
		}
	})

	t.Run("taxonomy", func(t *testing.T) {
		c := c.on(t)
		var tax map[string]any
		_, body := c.ok("GET", a+"/api/v1/taxonomy", nil, "")
		decodeInto(t, body, &tax)
		tax["legal_domains"] = append(tax["legal_domains"].([]any), map[string]any{"code": "landesrecht", "label": "Landesrecht"})
		raw, _ := json.Marshal(tax)
		c.ok("PUT", a+"/api/v1/taxonomy", bytes.NewReader(raw), "application/json")
		c.ok("POST", b+"/api/v1/actors", strings.NewReader(`{"name":"Landesstelle","kind":"association","legal_domains":["landesrecht"]}`), "application/json")
	})

	t.Run("concurrent imports", func(t *testing.T) {
		c := c.on(t)
		type result struct {
			Revision int64  `json:"revision"`
			BatchID  string `json:"batch_id"`
			Counts   map[string]struct {
				Created, Updated int
			} `json:"counts"`
		}
		const rounds, own = 5, 20
		var last int64
		for r := range rounds {
			var wg sync.WaitGroup
			res := make([]result, 2)
			for i, server := range []string{a, b} {
				csv := "Schlüssel;Name;Akteursart;Rechtskreise;Telefon\n" +
					fmt.Sprintf("G-%d;Gemeinsamer Akteur %d;association;sgb9;0%d\n", r, r, i+1)
				for k := range own {
					csv += fmt.Sprintf("S%d-%d-%d;Akteur %d/%d/%d;association;sgb2;\n", i, r, k, i, r, k)
				}
				wg.Go(func() {
					body, ct := form(csv, "")
					resp, raw, err := c.request("POST", server+"/api/v1/imports", body, ct)
					switch {
					case err != nil:
						t.Errorf("import %d at %s: %v", r, server, err)
					case resp.StatusCode != http.StatusOK:
						t.Errorf("import %d at %s: status %d: %s", r, server, resp.StatusCode, raw)
					default:
						if err := json.Unmarshal(raw, &res[i]); err != nil {
							t.Errorf("import %d at %s: %v", r, server, err)
						}
					}
				})
			}
			wg.Wait()
			if t.Failed() {
				return
			}
			first, second := res[0], res[1]
			if first.Revision > second.Revision {
				first, second = second, first
			}
			if first.Revision <= last || second.Revision <= first.Revision {
				t.Errorf("round %d: revisions %d and %d after %d; want distinct and rising", r, res[0].Revision, res[1].Revision, last)
			}
			last = second.Revision
			// The import that came first created the shared actor; the second updated it.
			if first.Counts["actor"].Created != own+1 || second.Counts["actor"].Created != own || second.Counts["actor"].Updated != 1 {
				t.Errorf("round %d: counts %+v (revision %d) and %+v (revision %d); want %d created, then %d created and 1 updated",
					r, first.Counts, first.Revision, second.Counts, second.Revision, own+1, own)
			}
			// No lost update: the shared actor holds the later import's phone, once.
			var page struct {
				Total int `json:"total"`
				Items []struct {
					ID, Phone string
				} `json:"items"`
			}
			_, body := c.ok("GET", fmt.Sprintf("%s/api/v1/actors?q=%s", a, fmt.Sprintf("Gemeinsamer+Akteur+%d", r)), nil, "")
			decodeInto(t, body, &page)
			if page.Total != 1 {
				t.Fatalf("round %d: %d shared actors; want 1", r, page.Total)
			}
			var events struct {
				Items []struct {
					ID      string `json:"id"`
					Action  string `json:"action"`
					Version int64  `json:"version"`
					BatchID string `json:"batch_id"`
					Changes []struct {
						Field string `json:"field"`
						After any    `json:"after"`
					} `json:"changes"`
				} `json:"items"`
			}
			_, body = c.ok("GET", b+"/api/v1/actors/"+page.Items[0].ID+"/history", nil, "")
			decodeInto(t, body, &events)
			history := events.Items
			if len(history) != 2 || history[1].Action != "create" || history[1].BatchID != first.BatchID ||
				history[0].Action != "update" || history[0].BatchID != second.BatchID || history[0].Version != 2 || history[0].ID <= history[1].ID {
				t.Errorf("round %d: history of the shared actor %+v; want the create of batch %s, then the update of batch %s", r, history, first.BatchID, second.BatchID)
			} else if ch := history[0].Changes; len(ch) != 1 || ch[0].Field != "phone" || ch[0].After != page.Items[0].Phone {
				t.Errorf("round %d: the update changed %+v; the actor's phone is %q", r, ch, page.Items[0].Phone)
			}
			for _, br := range []result{first, second} {
				var feed struct {
					Items []struct{} `json:"items"`
				}
				_, body := c.ok("GET", a+"/api/v1/activity?limit=1000&batch_id="+br.BatchID, nil, "")
				decodeInto(t, body, &feed)
				if len(feed.Items) != own+1 {
					t.Errorf("round %d: batch %s has %d events; want %d", r, br.BatchID, len(feed.Items), own+1)
				}
			}
		}
		var page struct {
			Total int `json:"total"`
		}
		_, body := c.ok("GET", b+"/api/v1/actors?limit=1&q=Akteur", nil, "")
		decodeInto(t, body, &page)
		if want := rounds * (2*own + 1); page.Total != want {
			t.Errorf("%d imported actors; want %d", page.Total, want)
		}
	})

	t.Run("dry run", func(t *testing.T) {
		c := c.on(t)
		csv := "Schlüssel;Name;Akteursart;Rechtskreise\nP-1;Probelauf-Akteur;association;sgb8\n"
		var dry, done struct {
			Revision int64  `json:"revision"`
			Token    string `json:"dry_run_token"`
			Counts   map[string]struct{ Created int }
		}
		upload, ct := form(csv, "")
		_, body := c.ok("POST", a+"/api/v1/imports?dry_run=true", upload, ct)
		decodeInto(t, body, &dry)
		if dry.Token == "" || dry.Counts["actor"].Created != 1 {
			t.Fatalf("dry run at the first server: %s", body)
		}
		upload, ct = form(strings.Replace(csv, "sgb8", "sgb9", 1), dry.Token)
		resp, body := c.do("POST", b+"/api/v1/imports", upload, ct)
		if resp.StatusCode != http.StatusConflict || !strings.Contains(string(body), "import-stale") {
			t.Errorf("another file with the dry run's token at the second server: status %d, %s; want 409 import-stale", resp.StatusCode, body)
		}
		upload, ct = form(csv, dry.Token)
		_, body = c.ok("POST", b+"/api/v1/imports", upload, ct)
		decodeInto(t, body, &done)
		if done.Counts["actor"].Created != 1 || done.Revision != dry.Revision+1 {
			t.Errorf("the dry run's file with its token at the second server: %s; want 1 created at revision %d", body, dry.Revision+1)
		}
	})
}

// replicaClient sends requests with a token.
type replicaClient struct {
	t     *testing.T
	token string
}

// on returns the client for the subtest t.
func (c replicaClient) on(t *testing.T) replicaClient { c.t = t; return c }

// request sends a request with the body of the content type (none if "") and the
// header pairs, and returns the response and its body.
func (c replicaClient) request(method, url string, body io.Reader, contentType string, header ...string) (*http.Response, []byte, error) {
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	return resp, raw, err
}

// do is request that fails the test on a transport error.
func (c replicaClient) do(method, url string, body io.Reader, contentType string, header ...string) (*http.Response, []byte) {
	c.t.Helper()
	resp, raw, err := c.request(method, url, body, contentType, header...)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, url, err)
	}
	return resp, raw
}

// ok is do that also fails the test unless the status is 2xx.
func (c replicaClient) ok(method, url string, body io.Reader, contentType string) (*http.Response, []byte) {
	c.t.Helper()
	resp, raw := c.do(method, url, body, contentType)
	if resp.StatusCode/100 != 2 {
		c.t.Fatalf("%s %s: status %d: %s", method, url, resp.StatusCode, raw)
	}
	return resp, raw
}

// form returns a multipart body with csv as the file akteure.csv and the dry run's
// token if not empty, and its content type.
func form(csv, dryRunToken string) (io.Reader, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	part, _ := mw.CreateFormFile("file", "akteure.csv") // writing to a bytes.Buffer does not fail
	part.Write([]byte(csv))
	if dryRunToken != "" {
		mw.WriteField("dry_run_token", dryRunToken)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

// decodeInto decodes a JSON body into v or fails the test.
func decodeInto(t *testing.T, body []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("decoding %s: %v", body, err)
	}
}
