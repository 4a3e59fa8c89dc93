package neo4jstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
)

// BenchmarkUpsertTies measures a batch of about 29,000 new cooperations between
// 1,000 stored actors in one wave, the size of a survey's takeover (1,000
// respondents who each tick 30 partners), written in one transaction (below the
// staging threshold), and reverting it (untimed, reported as revert-s/op). Besides
// the wall time it reports the Neo4j server's CPU time for the write and the revert
// (its JVM's, read through JMX), which a shared machine disturbs less:
//
//	.ci/with-neo4j go test -run '^$' -bench UpsertTies -benchtime 1x ./graph/neo4jstore
func BenchmarkUpsertTies(b *testing.B) {
	cfg := testConfig(b)
	ctx := context.Background()
	loaded = nil
	wipe(b, cfg)
	s, err := neo4jstore.Open(ctx, cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	setup := &graph.Batch{Waves: []graph.Wave{{Meta: graph.Meta{ExternalKey: "w"}, Name: "Welle", Date: "2026-10-15"}}}
	for i := range 1000 {
		setup.Actors = append(setup.Actors, graph.Actor{Meta: graph.Meta{ExternalKey: fmt.Sprintf("a%04d", i)},
			Name: fmt.Sprintf("Organisation %04d", i), Kind: "provider", LegalDomains: []string{"sgb8"}})
	}
	if _, err := s.Upsert(ctx, setup, graph.BatchOptions{}); err != nil {
		b.Fatal(err)
	}
	server := jvmCPU(b, cfg)
	var writeCPU, revertCPU, revert time.Duration
	ties := 0
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		batch := tiesBatch(setup.Waves[0].ID, setup.Actors)
		ties = len(batch.Cooperations)
		cpu := server()
		b.StartTimer()
		res, err := s.Upsert(ctx, batch, graph.BatchOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		writeCPU += server() - cpu
		cpu, start := server(), time.Now()
		if _, err := s.RevertBatch(ctx, res.BatchID); err != nil {
			b.Fatal(err)
		}
		revert += time.Since(start)
		revertCPU += server() - cpu
		b.StartTimer()
	}
	b.ReportMetric(float64(ties), "ties")
	b.ReportMetric(writeCPU.Seconds()/float64(b.N), "server-cpu-s/op")
	b.ReportMetric(revert.Seconds()/float64(b.N), "revert-s/op")
	b.ReportMetric(revertCPU.Seconds()/float64(b.N), "server-revert-cpu-s/op")
}

// tiesBatch returns a cooperation in the wave from each actor to 30 others drawn
// with a fixed seed, once per pair.
func tiesBatch(wave string, actors []graph.Actor) *graph.Batch {
	rng := rand.New(rand.NewPCG(16, 1000))
	b := &graph.Batch{}
	seen := map[[2]int]bool{}
	for i := range actors {
		for _, j := range rng.Perm(len(actors))[:30] {
			pair := [2]int{min(i, j), max(i, j)}
			if i == j || seen[pair] {
				continue
			}
			seen[pair] = true
			b.Cooperations = append(b.Cooperations, graph.Cooperation{Meta: graph.Meta{ExternalKey: fmt.Sprintf("t%d-%d", pair[0], pair[1])},
				From: actors[pair[0]].ID, To: actors[pair[1]].ID, Kinds: []string{"referral"}, Intensity: 1 + rng.IntN(4),
				ReportedBy: graph.ReportedByFrom, WaveID: wave, Source: "Erhebung: Benchmark"})
		}
	}
	return b
}

// jvmCPU returns a function that reads the CPU time the test server's JVM has used.
func jvmCPU(b *testing.B, cfg neo4jstore.Config) func() time.Duration {
	driver := testDriver(b, cfg)
	return func() time.Duration {
		res, err := neo4j.ExecuteQuery(context.Background(), driver, `CALL dbms.queryJmx("java.lang:type=OperatingSystem") YIELD attributes
			RETURN attributes.ProcessCpuTime.value`, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			b.Fatal(err)
		}
		ns, _ := res.Records[0].Values[0].(int64)
		return time.Duration(ns)
	}
}
