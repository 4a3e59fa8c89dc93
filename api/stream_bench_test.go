package api

import (
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// discardWriter is a response writer that keeps nothing of the body.
type discardWriter struct{ h http.Header }

func (w discardWriter) Header() http.Header         { return w.h }
func (w discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (w discardWriter) WriteHeader(int)             {}

// BenchmarkLargeNetworkAnswer answers /network for today's state of 100,000 actors
// and 1,000,000 cooperations, plain and gzip-compressed, once encoded whole and
// kept in the answer cache (as every answer was before streaming; the cache is
// emptied per request) and once streamed. B/op is what a request allocates; kept-MiB
// what the cached answer keeps in memory afterwards:
//
//	go test ./api -run '^$' -bench LargeNetworkAnswer -benchtime 3x -timeout 30m
func BenchmarkLargeNetworkAnswer(b *testing.B) {
	batch := demo.Generate(demo.Options{Seed: 1, Actors: 100000, Cooperations: 1000000})
	full := &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: batch.SocialSpaces, Waves: batch.Waves,
		Actors: batch.Actors, Offers: batch.Offers, Needs: batch.Needs, Cooperations: batch.Cooperations}
	n, err := full.At(graph.State{}, testToday)
	if err != nil {
		b.Fatal(err)
	}
	gin.SetMode(gin.ReleaseMode)
	s := &Server{log: slog.New(slog.DiscardHandler)}
	for _, mode := range []struct {
		name  string
		above int
	}{{"cached", math.MaxInt}, {"streamed", 0}} {
		for _, encoding := range []string{"identity", "gzip"} {
			b.Run(fmt.Sprintf("%s/%s", mode.name, encoding), func(b *testing.B) {
				s.streamAbove = mode.above
				b.ReportAllocs()
				for b.Loop() {
					s.answers = answerCache{}
					c, _ := gin.CreateTestContext(discardWriter{http.Header{}})
					c.Request = httptest.NewRequest(http.MethodGet, "/api/v1/network", nil)
					c.Request.Header.Set("Accept-Encoding", encoding)
					s.networkAnswer(c, n, graph.Filter{}, graph.Filter{}, "")
				}
				kept := 0
				for _, a := range s.answers.entries {
					kept += a.bytes()
				}
				b.ReportMetric(float64(kept)/(1<<20), "kept-MiB")
			})
		}
	}
}
