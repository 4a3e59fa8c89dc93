package neo4jstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
	"github.com/netzwerkatlas/netzwerkatlas/graph/neo4jstore"
)

// BenchmarkHistoryCostLarge measures what recording the history adds to the staged
// upsert of 100,000 actors and 1,000,000 cooperations into an empty database: the
// sub-benchmark "without" writes the batch with the tuning NoHistory, "with" as a
// store does, one after the other in the same run (use -count 2 to alternate them
// twice). "with" also reports the events written and their mean property bytes (names
// and values as strings, as Cypher's toString shows them; Neo4j's record and index
// overhead comes on top):
//
//	NEO4J_TEST_HEAP=2g .ci/with-neo4j go test -run '^$' -bench HistoryCostLarge -benchtime 1x -count 2 -timeout 3h ./graph/neo4jstore
func BenchmarkHistoryCostLarge(b *testing.B) { benchmarkHistoryCost(b, largeOptions) }

// BenchmarkHistoryCostMedium is BenchmarkHistoryCostLarge on 100,000 actors and
// 200,000 cooperations (listOptions).
func BenchmarkHistoryCostMedium(b *testing.B) { benchmarkHistoryCost(b, listOptions) }

// BenchmarkHistoryCostSmall is BenchmarkHistoryCostLarge on 20,000 actors and 100,000
// cooperations, still a staged batch: quick enough to compare changes on a busy
// machine.
func BenchmarkHistoryCostSmall(b *testing.B) {
	benchmarkHistoryCost(b, demo.Options{Seed: 1, Actors: 20_000, Cooperations: 100_000})
}

func benchmarkHistoryCost(b *testing.B, o demo.Options) {
	cfg := testConfig(b)
	for _, c := range []struct {
		name      string
		noHistory bool
	}{{"without", true}, {"with", false}} {
		b.Run(c.name, func(b *testing.B) {
			tune := neo4jstore.DefaultTuning()
			tune.NoHistory = c.noHistory
			// A long lease gives each staged transaction a long timeout (a quarter
			// lease), so that a busy machine slows the benchmark but does not fail it.
			tune.Lease = 20 * time.Minute
			for range b.N {
				upsertTuned(b, cfg, o, tune)
			}
			events, bytes := historySize(b, cfg)
			if c.noHistory != (events == 0) {
				b.Fatalf("%d history events after the upsert with NoHistory %v", events, c.noHistory)
			}
			if events > 0 {
				b.ReportMetric(float64(events), "events")
				b.ReportMetric(float64(bytes)/float64(events), "property-bytes/event")
			}
		})
	}
}

// historySize returns the number of history events in the test database and the sum
// of their property names and values as strings.
func historySize(b *testing.B, cfg neo4jstore.Config) (events, bytes int64) {
	ctx := context.Background()
	driver := testDriver(b, cfg)
	res, err := neo4j.ExecuteQuery(ctx, driver, `MATCH (h:HistoryEvent) UNWIND keys(h) AS k
		RETURN count(DISTINCT h), coalesce(sum(size(k) + size(toString(h[k]))), 0)`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		b.Fatal(err)
	}
	v := res.Records[0].Values
	return v[0].(int64), v[1].(int64)
}
