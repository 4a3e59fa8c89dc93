package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// BenchmarkDirectorySearch measures searches of the public directory over a
// generated county whose offers are all listed (about 5,000), by 50 clients in
// parallel over loopback, and reports the 95th percentile of the answer times.
//
//	go test ./api/ -run '^$' -bench DirectorySearch -benchtime 2000x
func BenchmarkDirectorySearch(b *testing.B) {
	county := demo.Generate(demo.Options{Seed: 1, Actors: 3200, Cooperations: 16000})
	for i := range county.Offers {
		county.Offers[i].Counselling = true
	}
	st, err := embedded.Open(filepath.Join(b.TempDir(), "netzwerkatlas.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Upsert(context.Background(), county, graph.BatchOptions{}); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(New(st, Config{Directory: &site.Settings{}}, nil).Handler())
	defer srv.Close()
	queries := []string{"q=Schuldnerberatung", "q=Pflege&ort=Seeburg&umkreis=10", "q=Beratung+f%C3%BCr+Eltern&barrierefrei=1",
		"q=Suchtberatng", "feld=care&fuer=older_people", "q=Arbeit&kostenfrei=1&ort=Lindenau&umkreis=20", "q=Wohnen", ""}
	res, err := http.Get(srv.URL + "/beratung/suche")
	if err != nil || res.StatusCode != 200 {
		b.Fatalf("warm-up: %v %v", res, err)
	}
	res.Body.Close()
	const clients = 50
	work := make(chan string)
	var mu sync.Mutex
	var times []time.Duration
	var wg sync.WaitGroup
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for q := range work {
				start := time.Now()
				res, err := client.Get(srv.URL + "/beratung/suche?" + q)
				if err != nil {
					b.Error(err)
					continue
				}
				res.Body.Close()
				d := time.Since(start)
				mu.Lock()
				times = append(times, d)
				mu.Unlock()
			}
		}()
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		work <- queries[i%len(queries)]
	}
	close(work)
	wg.Wait()
	slices.Sort(times)
	p95 := times[len(times)*95/100]
	b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
}
