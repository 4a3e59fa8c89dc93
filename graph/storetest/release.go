package storetest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Every release checks in, per store, what it wrote (under the store's
// testdata/release-*/) and golden.json.gz, what that release read back: a Release.
// Each later release opens those files with its own code and compares what it reads
// with CheckRelease, so that an upgrade never loses or changes stored data.

// Release is what a store holds, as a release's golden.json.gz records it.
type Release struct {
	Network *graph.Network `json:"network"`
	Tokens  []ReleaseToken `json:"tokens"`
}

// ReleaseToken is a token with its hash, which graph.Token leaves out of JSON.
type ReleaseToken struct {
	graph.Token
	StoredHash string `json:"hash"`
}

// ReadRelease returns what s holds: its snapshot and its tokens with their hashes.
func ReadRelease(t testing.TB, s graph.Store) *Release {
	t.Helper()
	n, err := s.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := s.Tokens(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	r := &Release{Network: n}
	for _, tok := range tokens {
		r.Tokens = append(r.Tokens, ReleaseToken{Token: tok, StoredHash: tok.Hash})
	}
	return r
}

// CheckRelease fails t unless s reads exactly what dir/golden.json.gz records, and
// returns what s read.
func CheckRelease(t testing.TB, s graph.Store, dir string) *Release {
	t.Helper()
	var want Release
	ReadGzipJSON(t, filepath.Join(dir, "golden.json.gz"), &want)
	got := ReadRelease(t, s)
	// Measures came after the release of December 2026: its golden file has none,
	// and the store reads them as an empty list.
	if want.Network.Measures == nil && len(got.Network.Measures) == 0 {
		got.Network.Measures = nil
	}
	// Compared in their compact JSON form, which the current types give both values
	// alike (json.RawMessage would keep the golden file's indentation otherwise).
	for what, pair := range map[string][2]any{"network": {got.Network, want.Network}, "tokens": {got.Tokens, want.Tokens}} {
		g, _ := json.Marshal(pair[0])
		w, _ := json.Marshal(pair[1])
		if !bytes.Equal(g, w) {
			t.Errorf("%s differs from %s/golden.json.gz:\n%s", what, dir, firstDifference(g, w))
		}
	}
	return got
}

// Gzipped returns b compressed with gzip at the best compression.
func Gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Gunzipped returns the contents of the gzipped file at path.
func Gunzipped(t testing.TB, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

// WriteGzipJSON writes v as indented JSON, gzipped, to path.
func WriteGzipJSON(t testing.TB, path string, v any) {
	t.Helper()
	raw, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, Gzipped(t, append(raw, '\n')), 0o644); err != nil {
		t.Fatal(err)
	}
}

// ReadGzipJSON reads the gzipped JSON file at path into v.
func ReadGzipJSON(t testing.TB, path string, v any) {
	t.Helper()
	if err := json.Unmarshal(Gunzipped(t, path), v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// firstDifference shows where two byte strings first differ, with some context.
func firstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return "got  …" + string(got[from:min(len(got), i+80)]) + "…\nwant …" + string(want[from:min(len(want), i+80)]) + "…"
}
