package report

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/internal/benchcpu"
)

// BenchmarkSteering builds the report from wave 1 to wave 2 and writes its HTML,
// with a fresh engine per run (as the first request after a write finds it), for
// the demo county and a generated county of 5,000 actors and 50,000 cooperations
// (as serve --demo --demo-size 5000 loads). Beside it, in the same run: the
// changes analysis alone (changes), the baseline that every report needs, and the
// report from a warm engine (warm), as a request finds it after the analysis views
// of both states were shown. Each reports its CPU time too (cpu-s/op), which a busy
// machine inflates less than the wall time.
//
//	go test -run '^$' -bench BenchmarkSteering -benchtime 5x ./report/
func BenchmarkSteering(b *testing.B) {
	for _, c := range []struct {
		name string
		o    demo.Options
	}{
		{"demo", demo.County()},
		{"5000", demo.Options{Seed: 1, Actors: 5000, Cooperations: 50000}},
	} {
		from, to := states(b, demoNet(c.o), demo.Wave2024, demo.Wave2025)
		ctx := context.Background()
		b.Run(c.name+"/changes", func(b *testing.B) {
			defer benchcpu.Report(b)()
			for b.Loop() {
				if _, err := analysis.NewEngine(analysis.Options{}).Changes(ctx, from, to); err != nil {
					b.Fatal(err)
				}
			}
		})
		run := func(b *testing.B, e func() *analysis.Engine) {
			defer benchcpu.Report(b)()
			for b.Loop() {
				s, err := Build(ctx, e(), from, to, "", Extras{}, created)
				if err != nil {
					b.Fatal(err)
				}
				if err := s.HTML(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.Run(c.name+"/html", func(b *testing.B) { run(b, func() *analysis.Engine { return analysis.NewEngine(analysis.Options{}) }) })
		warm := analysis.NewEngine(analysis.Options{})
		if _, err := Build(ctx, warm, from, to, "", Extras{}, created); err != nil {
			b.Fatal(err)
		}
		b.Run(c.name+"/warm", func(b *testing.B) { run(b, func() *analysis.Engine { return warm }) })
	}
}

// BenchmarkProfile builds the demo county's profile of each leaf social space in
// turn and writes its HTML, from a warm engine.
func BenchmarkProfile(b *testing.B) {
	n := demoNet(demo.County())
	_, to := states(b, n, demo.Wave2024, demo.Wave2025)
	e := analysis.NewEngine(analysis.Options{})
	ctx := context.Background()
	i := 0
	for b.Loop() {
		sp := to.SocialSpaces[i%len(to.SocialSpaces)]
		i++
		p, err := BuildProfile(ctx, e, to, sp.ID, Extras{})
		if err != nil {
			b.Fatal(fmt.Errorf("%s: %w", sp.ID, err))
		}
		var buf bytes.Buffer
		if err := p.HTML(&buf); err != nil {
			b.Fatal(err)
		}
	}
}
