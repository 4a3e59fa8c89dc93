package api

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
	"github.com/netzwerkatlas/netzwerkatlas/internal/benchcpu"
)

// BenchmarkRoutes times every analysis route over HTTP on loopback, on a generated
// network with a third wave (see withThirdWave) in a real embedded store: 5k is
// 5,000 actors and 50,000 cooperations, 100k is 100,000 and 1,000,000 (only when
// -bench names it, as loading it takes minutes). For each route it starts a fresh
// Server, loads the snapshot and today's state network (load-ms, state-ms), then
// reports the first answer (cold-ms, the analysis and its transfer) and the second
// (warm-ms), the CPU time of each (cold-cpu-ms, warm-cpu-ms) and the answer's size
// (MB). peak-RSS-MB is the process's VmHWM so far
// (generator and store included):
//
//	go test ./api/ -run '^$' -bench 'Routes/5k' -benchtime 1x
//	go test ./api/ -run '^$' -bench 'Routes/100k' -benchtime 1x -timeout 60m
func BenchmarkRoutes(b *testing.B) {
	for _, size := range []struct {
		name string
		o    demo.Options
	}{{"5k", demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000}},
		{"100k", demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000}}} {
		b.Run(size.name, func(b *testing.B) {
			if size.name == "100k" && !strings.Contains(benchFlag(), "100k") {
				b.Skip("100k only when -bench names it")
			}
			benchRoutes(b, size.o)
		})
	}
}

// benchFlag returns the value of the -test.bench flag.
func benchFlag() string {
	if f := flag.Lookup("test.bench"); f != nil {
		return f.Value.String()
	}
	return ""
}

func benchRoutes(b *testing.B, o demo.Options) {
	batch := withThirdWave(demo.Generate(o))
	st, err := embedded.Open(filepath.Join(b.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	ctx := context.Background()
	if _, err := st.Upsert(ctx, batch, graph.BatchOptions{}); err != nil {
		b.Fatal(err)
	}
	secret := graph.NewTokenSecret()
	if err := st.CreateToken(ctx, &graph.Token{Name: "Bench", Role: graph.RoleAnalyst, Hash: graph.HashToken(secret)}); err != nil {
		b.Fatal(err)
	}
	waves := slices.Clone(batch.Waves)
	slices.SortFunc(waves, func(a, b graph.Wave) int { return strings.Compare(a.Date, b.Date) })
	var proposal strings.Builder
	proposal.WriteString(`{"add":[`)
	for i := range 10 {
		if i > 0 {
			proposal.WriteString(",")
		}
		fmt.Fprintf(&proposal, `{"from":%q,"to":%q,"kinds":["information"],"intensity":2}`, batch.Actors[i].ID, batch.Actors[100+i].ID)
	}
	proposal.WriteString(`]}`)
	// A planning area and a leaf space, for the coupling matrix of one social space.
	area, leaf := spaceOfLevel(batch, "planning_area"), spaceOfLevel(batch, "social_space")
	routes := []struct{ name, method, path, body string }{
		{"network", "GET", "/api/v1/analysis/network", ""},
		{"actors", "GET", "/api/v1/analysis/actors", ""},
		{"communities", "GET", "/api/v1/analysis/communities", ""},
		{"coupling-matrix", "GET", "/api/v1/analysis/coupling-matrix", ""},
		{"coupling-matrix-area", "GET", "/api/v1/analysis/coupling-matrix?social_space=" + area, ""},
		{"coupling-matrix-leaf", "GET", "/api/v1/analysis/coupling-matrix?social_space=" + leaf, ""},
		{"coupling-potentials", "GET", "/api/v1/analysis/coupling-potentials", ""},
		{"social-spaces", "GET", "/api/v1/analysis/social-spaces", ""},
		{"gaps", "GET", "/api/v1/analysis/gaps", ""},
		{"resilience", "GET", "/api/v1/analysis/resilience", ""},
		{"what-if", "POST", "/api/v1/analysis/what-if", proposal.String()},
		{"states", "GET", "/api/v1/analysis/states", ""},
		{"changes", "GET", "/api/v1/analysis/changes?from=" + waves[0].ID + "&to=" + waves[len(waves)-1].ID, ""},
	}
	for _, r := range routes {
		b.Run(r.name, func(b *testing.B) {
			var load, state, cold, warm, coldCPU, warmCPU time.Duration
			var size int
			for b.Loop() {
				srv := New(st, Config{}, nil)
				start := time.Now()
				if _, err := srv.snapshots.get(ctx); err != nil {
					b.Fatal(err)
				}
				load += time.Since(start)
				start = time.Now()
				if _, err := srv.stateNetwork(ctx, graph.State{}, nil); err != nil {
					b.Fatal(err)
				}
				state += time.Since(start)
				ts := httptest.NewServer(srv.Handler())
				d, cpu, n := call(b, ts.URL, secret, r.method, r.path, r.body)
				cold, coldCPU, size = cold+d, coldCPU+cpu, n
				d, cpu, _ = call(b, ts.URL, secret, r.method, r.path, r.body)
				warm, warmCPU = warm+d, warmCPU+cpu
				ts.Close()
			}
			ms := func(d time.Duration) float64 { return float64(d) / float64(b.N) / 1e6 }
			b.ReportMetric(ms(load), "load-ms")
			b.ReportMetric(ms(state), "state-ms")
			b.ReportMetric(ms(cold), "cold-ms")
			b.ReportMetric(ms(warm), "warm-ms")
			b.ReportMetric(ms(coldCPU), "cold-cpu-ms")
			b.ReportMetric(ms(warmCPU), "warm-cpu-ms")
			b.ReportMetric(float64(size)/1e6, "MB")
			b.ReportMetric(peakRSS(b), "peak-RSS-MB")
		})
	}
}

// call sends one request with the analyst's token and reads the whole answer; it
// returns the time taken, the CPU time the process used meanwhile (all threads,
// which a busy machine inflates less) and the answer's size.
func call(b *testing.B, base, secret, method, path, body string) (wall, cpu time.Duration, size int) {
	b.Helper()
	req, err := http.NewRequest(method, base+path, strings.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+secret)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	start, cpu0 := time.Now(), benchcpu.Time()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	n, err := io.Copy(io.Discard, res.Body)
	res.Body.Close()
	wall, cpu = time.Since(start), benchcpu.Time()-cpu0
	if err != nil || res.StatusCode != http.StatusOK {
		b.Fatalf("%s %s: %d, %v", method, path, res.StatusCode, err)
	}
	return wall, cpu, int(n)
}

// withThirdWave returns b with at least three waves with cooperations: if it has
// fewer, every third cooperation of its latest wave moves to a new wave a year
// later, so that the newest state has ties confirmed, carried forward and lapsed.
func withThirdWave(b *graph.Batch) *graph.Batch {
	used := map[string]bool{}
	for i := range b.Cooperations {
		used[b.Cooperations[i].WaveID] = true
	}
	var last *graph.Wave
	n := 0
	for i := range b.Waves {
		if w := &b.Waves[i]; used[w.ID] {
			n++
			if last == nil || w.Date > last.Date {
				last = w
			}
		}
	}
	if n >= 3 || last == nil {
		return b
	}
	third := graph.Wave{Meta: graph.Meta{ID: "bench-welle-3", ExternalKey: "bench-welle-3"}, Name: "Erhebung Herbst 2027", Date: "2027-10-15"}
	b.Waves = append(b.Waves, third)
	k := 0
	for i := range b.Cooperations {
		if c := &b.Cooperations[i]; c.WaveID == last.ID {
			if k%3 == 0 {
				c.WaveID = third.ID
			}
			k++
		}
	}
	return b
}

// spaceOfLevel returns the ID of b's first social space of the level.
func spaceOfLevel(b *graph.Batch, level string) string {
	for _, s := range b.SocialSpaces {
		if s.Level == level {
			return s.ID
		}
	}
	return ""
}

// peakRSS returns the process's peak resident set size (VmHWM) in MB.
func peakRSS(b *testing.B) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				b.Fatal(err)
			}
			return float64(kb) / 1024
		}
	}
	b.Fatal("no VmHWM in /proc/self/status")
	return 0
}
