package embedded

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// BenchmarkHistoryOneFieldEdit updates one field of an actor b.N times and reports
// the bytes of history each edit stores: the event in h:log and its key in h:entity
// (keys and values, without bbolt's page overhead).
//
//	go test -run '^$' -bench HistoryOneFieldEdit ./graph/embedded
func BenchmarkHistoryOneFieldEdit(b *testing.B) {
	s := newBenchStore(b)
	defer s.Close()
	ctx := graph.WithWriter(b.Context(), "Sozialplanung")
	a := &graph.Actor{Meta: graph.Meta{ID: "actor_k3j9x0w2m4q8r1t5", ExternalKey: "A-1"}, Name: "Lebenshilfe Seeland e. V.",
		Kind: "association", LegalDomains: []string{"sgb9"}, Fields: []string{"housing"}, Phone: "+49 4321 0"}
	if err := s.Create(ctx, a); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		a.Phone = "+49 4321 " + strconv.Itoa(i)
		if err := s.Update(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	var total, n int
	if err := s.db.View(func(tx *bolt.Tx) error {
		entity := tx.Bucket(bucketHistoryEntity)
		prefix := entityPrefix(graph.KindActor, a.ID)
		return tx.Bucket(bucketHistory).ForEach(func(k, v []byte) error {
			if ev, err := decodeEvent(binary.BigEndian.Uint64(k), v); err != nil || ev.Action != graph.ActionUpdate {
				return err
			}
			ek := append(bytes.Clone(prefix), k...)
			if entity.Get(ek) == nil {
				b.Fatalf("event %x is not indexed", k)
			}
			total += len(k) + len(v) + len(ek)
			n++
			return nil
		})
	}); err != nil {
		b.Fatal(err)
	}
	if n != i {
		b.Fatalf("%d update events, want %d", n, i)
	}
	b.ReportMetric(float64(total)/float64(n), "history-bytes/write")
}
