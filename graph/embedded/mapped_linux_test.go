//go:build linux

package embedded

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// residentMapped returns the bytes of the file at path that are mapped into this
// process and resident, from /proc/self/smaps.
func residentMapped(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	kB, inFile := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			inFile = len(fields) >= 6 && fields[5] == path // a mapping's header line
			continue
		}
		if inFile && len(fields) == 3 && fields[0] == "Rss:" {
			n, err := strconv.Atoi(fields[1])
			if err != nil {
				t.Fatalf("smaps: %q: %v", line, err)
			}
			kB += n
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return kB << 10
}

// readAllPages reads every page of the file through the mapping (bbolt's consistency
// check walks them all) and fails on an inconsistency.
func readAllPages(t *testing.T, s *Store) {
	t.Helper()
	if err := s.db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			t.Errorf("check: %v", err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// TestScansGiveBackMappedPages: pages of the data file read through the mapping count
// as the process's memory until given back. The reads that walk whole buckets (a
// snapshot, a list, a collection of records) give them back; the data stay readable,
// and read the same, afterwards.
func TestScansGiveBackMappedPages(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	ctx := t.Context()
	if _, err := s.Upsert(ctx, demo.Generate(demo.Options{Seed: 1, Actors: 2_000, Cooperations: 20_000}), graph.BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	records := make([]*graph.Record, 2_000)
	for i := range records {
		records[i] = &graph.Record{Collection: "answers", Key: fmt.Sprintf("sv-1/%05d", i), Data: json.RawMessage(`{"text":"` + strings.Repeat("Antwort ", 100) + `"}`)}
	}
	if err := s.PutRecords(ctx, records...); err != nil {
		t.Fatal(err)
	}
	for _, read := range []struct {
		name string
		read func() (any, error)
	}{
		{"snapshot", func() (any, error) { return s.Snapshot(ctx) }},
		{"list", func() (any, error) { return s.List(ctx, graph.KindActor, graph.Filter{Query: "e", Limit: 5}) }},
		{"list records", func() (any, error) { return s.ListRecords(ctx, "answers", "sv-1/") }},
	} {
		t.Run(read.name, func(t *testing.T) {
			readAllPages(t, s)
			before := residentMapped(t, s.Path())
			if before < 1<<20 {
				t.Fatalf("after reading every page only %d bytes of the file are resident; the test needs a larger file", before)
			}
			first, err := read.read()
			if err != nil {
				t.Fatal(err)
			}
			if after := residentMapped(t, s.Path()); after > before/10 {
				t.Errorf("afterwards %d of %d bytes of the file are still resident in the process", after, before)
			}
			readAllPages(t, s)
			second, err := read.read()
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(first, second) {
				t.Error("the read after giving back the pages differs from the one before")
			}
		})
	}
}
