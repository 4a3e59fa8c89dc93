package importers

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// fuzzLimits keep each fuzz input cheap.
var fuzzLimits = Limits{MaxBytes: 1 << 20, MaxRows: 1000, MaxCooperations: 1000, MaxUnzippedBytes: 8 << 20, MaxXMLTokens: 100_000}

// fuzzDecode adds the seeds and checks that a decoder never panics, and that it
// either fails with a German domain error or returns a batch and a report.
func fuzzDecode(f *testing.F, decode func(*bytes.Reader, Options) (*graph.Batch, *Report, error), seeds []string, encoded func(*bytes.Buffer)) {
	for _, s := range seeds {
		if strings.HasPrefix(s, "testdata/") {
			data, err := os.ReadFile(filepath.FromSlash(s))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
			continue
		}
		f.Add([]byte(s))
	}
	if encoded != nil {
		var buf bytes.Buffer
		encoded(&buf)
		f.Add(buf.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, rep, err := decode(bytes.NewReader(data), Options{Limits: fuzzLimits})
		if err != nil {
			if c := graph.ErrorCode(err); c != graph.Invalid {
				t.Fatalf("error code %s: %v", c, err)
			}
			return
		}
		if b == nil || rep == nil {
			t.Fatal("nil batch or report without error")
		}
		for _, is := range rep.Issues {
			if is.Message == "" {
				t.Fatal("issue without message")
			}
		}
	})
}

func FuzzDecodeCSV(f *testing.F) {
	fuzzDecode(f, func(r *bytes.Reader, o Options) (*graph.Batch, *Report, error) { return DecodeCSV(r, o) },
		[]string{"testdata/akteure_libreoffice_cp1252.csv", "Name;Akteursart;Rechtskreise\nA;provider;SGB 9\n", "Source,Target\na,b\n", "\"a;b\n"},
		func(w *bytes.Buffer) { EncodeCSV(w, sampleNetwork(), EncodeOptions{Kind: graph.KindCooperation}) })
}

func FuzzDecodeXLSX(f *testing.F) {
	fuzzDecode(f, func(r *bytes.Reader, o Options) (*graph.Batch, *Report, error) { return DecodeXLSX(r, o) },
		[]string{"testdata/akteure_libreoffice.xlsx", "PK\x03\x04", "testdata/hostile/shared_strings_bomb.xlsx", "testdata/hostile/huge_cell.xlsx",
			"testdata/hostile/many_cells.xlsx", "testdata/hostile/size_lie.xlsx", "testdata/hostile/dtd.xlsx", "testdata/hostile/broken_xml.xlsx"},
		func(w *bytes.Buffer) { Template(w, nil) })
}

func FuzzDecodeGraphML(f *testing.F) {
	fuzzDecode(f, func(r *bytes.Reader, o Options) (*graph.Batch, *Report, error) { return DecodeGraphML(r, o) },
		[]string{"testdata/networkx.graphml", "testdata/networkx_directed.graphml", "<graphml><graph><node id='a'/></graph></graphml>"},
		func(w *bytes.Buffer) { EncodeGraphML(w, sampleNetwork(), EncodeOptions{}) })
}

func FuzzDecodeGEXF(f *testing.F) {
	fuzzDecode(f, func(r *bytes.Reader, o Options) (*graph.Batch, *Report, error) { return DecodeGEXF(r, o) },
		[]string{"testdata/gephi.gexf", "testdata/networkx.gexf"},
		func(w *bytes.Buffer) { EncodeGEXF(w, sampleNetwork(), EncodeOptions{}) })
}

func FuzzDecodeJSON(f *testing.F) {
	fuzzDecode(f, func(r *bytes.Reader, o Options) (*graph.Batch, *Report, error) { return DecodeJSON(r, o) },
		[]string{`{"actors":[{"name":"A"}]}`, `[]`, "{\"actors\":[{\"name\":\"M\xfcller\",\"address\":{\"city\":\"K\xf6ln\"}}]}"},
		func(w *bytes.Buffer) { EncodeJSON(w, sampleNetwork()) })
}

func FuzzDecodeGeoJSON(f *testing.F) {
	fuzzDecode(f, func(r *bytes.Reader, o Options) (*graph.Batch, *Report, error) { return DecodeGeoJSON(r, o) },
		[]string{`{"type":"FeatureCollection","features":[{"type":"Feature","id":1,"properties":{"name":"A","level":"county"},"geometry":null}]}`},
		func(w *bytes.Buffer) { EncodeGeoJSON(w, sampleNetwork()) })
}
