package api

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// benchAccounts returns a demo-mode Server over an empty embedded store with an
// analyst token (its secret) and an analyst account with testPassword, signed in (its
// cookie).
func benchAccounts(b *testing.B) (srv *Server, token, cookie string) {
	st, err := embedded.Open(filepath.Join(b.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	ctx := context.Background()
	token = graph.NewTokenSecret()
	if err := st.CreateToken(ctx, &graph.Token{Name: "Bench", Role: graph.RoleAnalyst, Hash: graph.HashToken(token)}); err != nil {
		b.Fatal(err)
	}
	if _, err := CreateUser(ctx, st, UserRequest{Name: "Bench", Email: "bench@kreis.example", Role: graph.RoleAnalyst, Password: testPassword}, ""); err != nil {
		b.Fatal(err)
	}
	srv = New(st, Config{AnonymousLoopback: true}, slog.New(slog.DiscardHandler))
	rec := httptest.NewRecorder()
	body, _ := json.Marshal(signInRequest{Email: "bench@kreis.example", Password: testPassword})
	r := httptest.NewRequest("POST", "/api/v1/session", strings.NewReader(string(body)))
	r.Header.Set("Content-Type", "application/json")
	srv.Handler().ServeHTTP(rec, r)
	if rec.Code != http.StatusCreated {
		b.Fatalf("sign in: %d %s", rec.Code, rec.Body)
	}
	return srv, token, strings.Split(rec.Header().Get("Set-Cookie"), ";")[0]
}

// BenchmarkSignIn times a password sign-in through the router: decoding, the account
// look-up, one argon2id verification with password.OWASP (m=19 MiB, t=2, p=1) and
// the new session's record.
//
//	go test ./api -run '^$' -bench 'SignIn$' -benchtime 20x
func BenchmarkSignIn(b *testing.B) {
	srv, _, _ := benchAccounts(b)
	body, _ := json.Marshal(signInRequest{Email: "bench@kreis.example", Password: testPassword})
	for b.Loop() {
		rec := httptest.NewRecorder()
		r := httptest.NewRequest("POST", "/api/v1/session", strings.NewReader(string(body)))
		r.Header.Set("Content-Type", "application/json")
		srv.Handler().ServeHTTP(rec, r)
		if rec.Code != http.StatusCreated {
			b.Fatalf("sign in: %d", rec.Code)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/sign-in")
}

// BenchmarkSignInRefused times refused sign-ins: a wrong password for an account, and
// an address that no account has. Both verify one argon2id hash (the unknown address
// a dummy one), so both take the same time (the lock-out is cleared between them):
//
//	go test ./api -run '^$' -bench 'SignInRefused' -benchtime 20x
func BenchmarkSignInRefused(b *testing.B) {
	srv, _, _ := benchAccounts(b)
	for _, email := range []string{"bench@kreis.example", "niemand@kreis.example"} {
		b.Run(strings.Split(email, "@")[0], func(b *testing.B) {
			body, _ := json.Marshal(signInRequest{Email: email, Password: "falsches-Passwort"})
			for b.Loop() {
				if err := srv.accounts.lockout.clear(b.Context(), emailKey(email)); err != nil {
					b.Fatal(err)
				}
				rec := httptest.NewRecorder()
				r := httptest.NewRequest("POST", "/api/v1/session", strings.NewReader(string(body)))
				r.Header.Set("Content-Type", "application/json")
				srv.Handler().ServeHTTP(rec, r)
				if rec.Code != http.StatusUnauthorized {
					b.Fatalf("sign in: %d", rec.Code)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/sign-in")
		})
	}
}

// BenchmarkAuthenticate times the credential check alone (Server.authenticate) for a
// session cookie (from the session cache), a bearer token (looked up in the store by
// its hash) and an anonymous loopback request (no check).
//
//	go test ./api -run '^$' -bench 'Authenticate'
func BenchmarkAuthenticate(b *testing.B) {
	srv, token, cookie := benchAccounts(b)
	for _, kind := range []string{"cookie", "bearer", "none"} {
		b.Run(kind, func(b *testing.B) {
			r := loopbackRequest(kind, token, cookie)
			for b.Loop() {
				if p, err := srv.authenticate(r); err != nil || p.Anonymous != (kind == "none") {
					b.Fatalf("authenticate: %+v %v", p, err)
				}
			}
		})
	}
}

// loopbackRequest returns a GET /api/v1/me as a loopback client sends it, with the
// credential of the kind.
func loopbackRequest(kind, token, cookie string) *http.Request {
	r := httptest.NewRequest("GET", "http://127.0.0.1/api/v1/me", nil)
	r.RemoteAddr = "127.0.0.1:40000"
	switch kind {
	case "cookie":
		r.Header.Set("Cookie", cookie)
	case "bearer":
		r.Header.Set("Authorization", "Bearer "+token)
	}
	return r
}

// BenchmarkSessionLatency sends GET /api/v1/me over loopback TCP at 500 requests per
// second in all (one every 2 ms, open loop: a slow answer does not delay the next
// request), 3,000 per run, cycling through three kinds: with the session cookie, with
// a bearer token, and anonymous (demo mode: no credential check at all, the baseline).
// It reports each kind's p50 and p99 latency in microseconds, and the p99 that the
// cookie and the token add over the baseline. On a busy machine that difference is
// mostly noise; so the server also times the check itself (Server.authenticate, run
// once more before the request is served) under the same load, and reports its p99
// per kind (check-p99-µs): what the check adds to a request.
//
//	go test ./api -run '^$' -bench 'SessionLatency' -benchtime 1x
func BenchmarkSessionLatency(b *testing.B) {
	srv, token, cookie := benchAccounts(b)
	var checkMu sync.Mutex
	check := map[string][]time.Duration{}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		kind := "none"
		if r.Header.Get("Authorization") != "" {
			kind = "bearer"
		} else if r.Header.Get("Cookie") != "" {
			kind = "cookie"
		}
		start := time.Now()
		if _, err := srv.authenticate(r); err != nil {
			b.Error(err)
		}
		d := time.Since(start)
		checkMu.Lock()
		check[kind] = append(check[kind], d)
		checkMu.Unlock()
		srv.Handler().ServeHTTP(w, r)
	}))
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	kinds := []string{"cookie", "bearer", "none"}
	const perRun = 3000
	lat := map[string][]time.Duration{}
	var mu sync.Mutex
	send := func(kind string) {
		r, _ := http.NewRequest("GET", ts.URL+"/api/v1/me", nil)
		switch kind {
		case "cookie":
			r.Header.Set("Cookie", cookie)
		case "bearer":
			r.Header.Set("Authorization", "Bearer "+token)
		}
		start := time.Now()
		resp, err := client.Do(r)
		if err != nil {
			b.Error(err)
			return
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		d := time.Since(start)
		if resp.StatusCode != http.StatusOK {
			b.Errorf("%s: %d", kind, resp.StatusCode)
		}
		mu.Lock()
		lat[kind] = append(lat[kind], d)
		mu.Unlock()
	}
	for _, k := range kinds { // warm up connections and the session cache
		send(k)
	}
	clear(lat)
	clear(check)
	b.ResetTimer()
	for range b.N {
		tick := time.NewTicker(2 * time.Millisecond)
		var wg sync.WaitGroup
		for i := range perRun {
			<-tick.C
			wg.Go(func() { send(kinds[i%len(kinds)]) })
		}
		wg.Wait()
		tick.Stop()
	}
	b.StopTimer()
	q := func(of map[string][]time.Duration, kind string, p float64) float64 {
		d := slices.Clone(of[kind])
		slices.Sort(d)
		return float64(d[min(int(p*float64(len(d))), len(d)-1)].Nanoseconds()) / 1e3
	}
	for _, k := range kinds {
		b.ReportMetric(q(lat, k, 0.50), k+"-p50-µs")
		b.ReportMetric(q(lat, k, 0.99), k+"-p99-µs")
		b.ReportMetric(q(check, k, 0.99), k+"-check-p99-µs")
	}
	b.ReportMetric(q(lat, "cookie", 0.99)-q(lat, "none", 0.99), "cookie-added-p99-µs")
	b.ReportMetric(q(lat, "bearer", 0.99)-q(lat, "none", 0.99), "bearer-added-p99-µs")
}
