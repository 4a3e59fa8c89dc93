package neo4jstore

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// BenchmarkHistoryEventPayload reports the bytes of the properties (names and
// values as sent) of the event node a one-field edit writes; Neo4j's record and index
// overhead comes on top. It needs no server.
//
//	go test -run '^$' -bench HistoryEventPayload ./graph/neo4jstore
func BenchmarkHistoryEventPayload(b *testing.B) {
	old := &graph.Actor{Meta: graph.Meta{ID: "actor_k3j9x0w2m4q8r1t5", ExternalKey: "A-1", Version: 1}, Name: "Lebenshilfe Seeland e. V.",
		Kind: "association", LegalDomains: []string{"sgb9"}, Fields: []string{"housing"}, Phone: "+49 4321 0"}
	next := *old
	next.Phone, next.Version = "+49 4321 1", 2
	ctx := graph.WithWriter(context.Background(), "Sozialplanung")
	size := 0
	for b.Loop() {
		ev, err := graph.NewEvent(ctx, graph.ActionUpdate, old, &next, "", "", time.Now())
		if err != nil {
			b.Fatal(err)
		}
		row, err := eventRow(&ev, 123456, 0)
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for k, v := range row {
			raw, _ := json.Marshal(v)
			size += len(k) + len(raw)
		}
	}
	b.ReportMetric(float64(size), "property-bytes/write")
}
