package api

import (
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/internal/benchcpu"
)

// BenchmarkDirectorySearch measures the public directory under load: a generated
// county whose offers are all listed (4,937 entries) is served on a loopback TCP
// listener, and 50 clients in parallel, each sending its next request as soon as the
// last is answered, ask a mix of what people ask (see directoryRequests): searches
// with typing errors, filters, a place and a radius, a Gemeinde, the start page and
// offer pages. It reports the percentiles of the answer times seen by the clients
// (p50-ms, p95-ms, p99-ms: request sent to body read) and at the server
// (server-p95-ms: handler entered to handler returned), and the processor time the
// process spent per request (cpu-ms/req, server and clients together, from getrusage),
// which a loaded machine disturbs least. The target is a server p95 under
// 50 ms.
//
//	go test ./api/ -run '^$' -bench DirectorySearch -benchtime 4000x
func BenchmarkDirectorySearch(b *testing.B) {
	county := demo.Generate(demo.Options{Seed: 1, Actors: 3200, Cooperations: 16000})
	for i := range county.Offers {
		county.Offers[i].Counselling = true
	}
	h, st := directoryServer(b, county)
	n, err := st.Snapshot(b.Context())
	if err != nil {
		b.Fatal(err)
	}
	paths := directoryRequests(directory.NewIndex(n), n.Taxonomy, 400)
	var mu sync.Mutex
	var client, server []time.Duration
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		d := time.Since(start)
		mu.Lock()
		server = append(server, d)
		mu.Unlock()
	}))
	defer srv.Close()
	const clients = 50
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	get := func(path string) error {
		res, err := hc.Get(srv.URL + path)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		if _, err := io.Copy(io.Discard, res.Body); err != nil {
			return err
		}
		if res.StatusCode != 200 {
			b.Errorf("%s: status %d", path, res.StatusCode)
		}
		return nil
	}
	// Warm up: the first request indexes the snapshot.
	if err := get("/beratung"); err != nil {
		b.Fatal(err)
	}
	server = nil
	work := make(chan string)
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for path := range work {
				start := time.Now()
				if err := get(path); err != nil {
					b.Error(err)
					continue
				}
				d := time.Since(start)
				mu.Lock()
				client = append(client, d)
				mu.Unlock()
			}
		})
	}
	cpu0 := benchcpu.Time()
	for i := 0; b.Loop(); i++ {
		work <- paths[i%len(paths)]
	}
	close(work)
	wg.Wait()
	b.ReportMetric(float64((benchcpu.Time()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/req")
	for _, p := range []struct {
		unit string
		of   []time.Duration
		at   float64
	}{{"p50-ms", client, 0.50}, {"p95-ms", client, 0.95}, {"p99-ms", client, 0.99}, {"server-p95-ms", server, 0.95}} {
		b.ReportMetric(percentile(p.of, p.at), p.unit)
	}
}

// percentile returns the p-quantile of the durations in milliseconds (nearest rank).
func percentile(ds []time.Duration, p float64) float64 {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(ds))
	return float64(s[min(len(s)-1, int(p*float64(len(s))))].Microseconds()) / 1000
}

// directoryRequests returns n paths of the directory the way its visitors ask, drawn
// from the index with a fixed seed: 70 % searches, each with free text (a word of an
// offer's name, a third of them with a typing error, or a word or two a person would
// type), a place and radius, a Gemeinde, a field, a target group or a filter in
// about a third of the cases; 10 % the start page; 20 % an offer's page.
func directoryRequests(x *directory.Index, tax *graph.Taxonomy, n int) []string {
	rng := rand.New(rand.NewPCG(1, 2))
	var names []string
	for _, p := range x.Places() {
		names = append(names, p.Name)
	}
	var ids []string
	all, _ := x.Search(directory.Query{})
	for _, h := range all {
		ids = append(ids, h.Entry.ID)
	}
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	typed := []string{"Schuldnerberatung", "Schulden", "Pflege", "Sucht", "Beratung für Eltern", "Arbeit suchen",
		"Wohnung", "Behinderung", "Migration", "Mütter", "psychische Krise", "Rente", "Jugend", "Trauer"}
	fields, targets := tax.List(graph.ListFields), tax.List(graph.ListTargetGroups)
	flags := []string{"barrierefrei", "niedrigschwellig", "kostenfrei", "eutb", "telefon", "video", "hausbesuch"}
	out := make([]string, 0, n)
	for range n {
		switch r := rng.Float64(); {
		case r < 0.1:
			out = append(out, "/beratung")
			continue
		case r < 0.3:
			out = append(out, "/beratung/angebot/"+url.PathEscape(pick(ids)))
			continue
		}
		v := url.Values{}
		if rng.IntN(2) == 0 {
			v.Set("q", pick(typed))
		} else {
			words := strings.Fields(x.Entry(pick(ids)).Name)
			w := []rune(words[rng.IntN(len(words))])
			if len(w) > 4 && rng.IntN(3) == 0 {
				i := 1 + rng.IntN(len(w)-2)
				w[i], w[i+1] = w[i+1], w[i]
			}
			v.Set("q", string(w))
		}
		if rng.IntN(3) == 0 {
			v.Set("ort", pick(names))
			v.Set("umkreis", pick([]string{"5", "10", "20"}))
		}
		if spaces := x.Spaces(); rng.IntN(4) == 0 {
			v.Set("raum", spaces[rng.IntN(len(spaces))].ID)
		}
		if rng.IntN(6) == 0 {
			v.Set("feld", fields[rng.IntN(len(fields))].Code)
		}
		if rng.IntN(6) == 0 {
			v.Set("fuer", targets[rng.IntN(len(targets))].Code)
		}
		if rng.IntN(3) == 0 {
			v.Set(pick(flags), "1")
		}
		if rng.IntN(10) == 0 {
			v.Set("seite", "2")
		}
		out = append(out, "/beratung/suche?"+v.Encode())
	}
	return out
}
