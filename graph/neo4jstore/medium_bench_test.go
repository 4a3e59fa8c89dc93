package neo4jstore_test

import "testing"

// BenchmarkUpsertMedium writes 100,000 actors and 200,000 cooperations (listOptions)
// as one staged batch into an empty database, for comparisons that must run faster
// than BenchmarkUpsertLarge:
//
//	.ci/with-neo4j go test -run '^$' -bench UpsertMedium -benchtime 1x ./graph/neo4jstore
func BenchmarkUpsertMedium(b *testing.B) {
	cfg := testConfig(b)
	for range b.N {
		upsertNetwork(b, cfg, listOptions)
	}
}
