package importers

import (
	"bytes"
	"sync"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// largeOptions is the size of a federal state: 100,000 actors, 1,000,000 ties.
var largeOptions = demo.Options{Seed: 1, Actors: 100_000, Cooperations: 1_000_000}

// largeFiles holds the CSV files of largeOptions, made once: social spaces and waves
// (which actors and cooperations refer to), actors, cooperations.
var largeFiles = sync.OnceValue(func() []Input {
	n := networkOf(demo.Generate(largeOptions))
	var files []Input
	for _, k := range []graph.Kind{graph.KindSocialSpace, graph.KindWave, graph.KindActor, graph.KindCooperation} {
		var buf bytes.Buffer
		if err := EncodeCSV(&buf, n, EncodeOptions{Kind: k}); err != nil {
			panic(err)
		}
		files = append(files, Input{Name: string(k) + ".csv", R: bytes.NewReader(buf.Bytes())})
	}
	return files
})

// largeInputs returns fresh readers of largeFiles and their total size.
func largeInputs() ([]Input, int64) {
	var out []Input
	var size int64
	for _, f := range largeFiles() {
		r := f.R.(*bytes.Reader)
		size += r.Size()
		r.Seek(0, 0)
		out = append(out, Input{Name: f.Name, R: r})
	}
	return out, size
}

// largeLimits admit the large files: the cooperation file is bigger than the default
// 50 MiB upload limit.
var largeLimits = Limits{MaxBytes: 1 << 30}

func decodeLarge(b *testing.B) *graph.Batch {
	files, _ := largeInputs()
	batch, rep, err := DecodeFiles(files, Options{Limits: largeLimits})
	if err != nil {
		b.Fatal(err)
	}
	if rep.HasErrors() {
		b.Fatal(issueTexts(rep)[:min(5, len(rep.Issues))])
	}
	return batch
}

// BenchmarkDryRunCountyXLSX decodes the demo county as an XLSX workbook and dry-runs
// it against an empty embedded store: what a user waits for after the upload.
func BenchmarkDryRunCountyXLSX(b *testing.B) {
	var file bytes.Buffer
	if err := EncodeXLSX(&file, networkOf(demo.Generate(demo.County())), EncodeOptions{}); err != nil {
		b.Fatal(err)
	}
	s := openStore(b)
	b.SetBytes(int64(file.Len()))
	for b.Loop() {
		batch, rep, err := DecodeXLSX(bytes.NewReader(file.Bytes()), Options{})
		if err != nil || rep.HasErrors() {
			b.Fatal(err, issueTexts(rep))
		}
		if _, err := s.Upsert(b.Context(), batch, graph.BatchOptions{DryRun: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeCountyXLSX decodes the demo county workbook only.
func BenchmarkDecodeCountyXLSX(b *testing.B) {
	var file bytes.Buffer
	if err := EncodeXLSX(&file, networkOf(demo.Generate(demo.County())), EncodeOptions{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(file.Len()))
	for b.Loop() {
		if _, _, err := DecodeXLSX(bytes.NewReader(file.Bytes()), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeLargeCSV decodes 100,000 actors and 1,000,000 cooperations from
// CSV files (with the social spaces and waves they refer to).
func BenchmarkDecodeLargeCSV(b *testing.B) {
	_, size := largeInputs()
	b.SetBytes(size)
	for b.Loop() {
		decodeLarge(b)
	}
}

// BenchmarkImportLargeCSV decodes the large CSV files and upserts them into a new
// embedded store, as `netzwerkatlas import` does. Run with -benchtime 1x.
func BenchmarkImportLargeCSV(b *testing.B) {
	largeFiles()
	for b.Loop() {
		b.StopTimer()
		s := openStore(b)
		b.StartTimer()
		batch := decodeLarge(b)
		res, err := s.Upsert(b.Context(), batch, graph.BatchOptions{})
		if err != nil {
			b.Fatal(graph.ErrorMessage(err), len(graph.ErrorFields(err)), "field errors")
		}
		if c := res.Counts[graph.KindCooperation]; c.Created != largeOptions.Cooperations {
			b.Fatalf("cooperations: %+v", c)
		}
	}
}
