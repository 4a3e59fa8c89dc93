package importers

import (
	"bytes"
	"io"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func TestRoundTripCSV(t *testing.T) {
	n := sampleNetwork()
	var files []Input
	for _, sh := range sheets {
		var buf bytes.Buffer
		if err := EncodeCSV(&buf, n, EncodeOptions{Kind: sh.kind}); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("\ufeff")) {
			t.Errorf("%s: no BOM", sh.kind)
		}
		files = append(files, Input{Name: sh.name + ".csv", R: bytes.NewReader(buf.Bytes())})
	}
	b, rep, err := DecodeFiles(files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	sameItems(t, keyed(t, n, false), b, graph.Kinds()...)
}

func TestRoundTripXLSX(t *testing.T) {
	n := sampleNetwork()
	var buf bytes.Buffer
	if err := EncodeXLSX(&buf, n, EncodeOptions{Tables: []Table{{Name: "Kennzahlen", Headers: []string{"Akteur", "Grad"}, Rows: [][]any{{"caritas", 2}}}}}); err != nil {
		t.Fatal(err)
	}
	b, rep, err := DecodeFile("export.xlsx", &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	sameItems(t, keyed(t, n, false), b, graph.Kinds()...)
}

func TestRoundTripGraphML(t *testing.T) {
	testRoundTripGraph(t, "export.graphml", EncodeGraphML)
}

func TestRoundTripGEXF(t *testing.T) {
	testRoundTripGraph(t, "export.gexf", EncodeGEXF)
}

func testRoundTripGraph(t *testing.T, name string, enc func(w io.Writer, n *graph.Network, opts EncodeOptions) error) {
	n := sampleNetwork()
	var buf bytes.Buffer
	if err := enc(&buf, n, EncodeOptions{}); err != nil {
		t.Fatal(err)
	}
	b, rep, err := DecodeFile(name, &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	want := keyed(t, n, false)
	// Graph files carry actors and cooperations only; references to other kinds stay.
	sameItems(t, want, b, graph.KindActor, graph.KindCooperation)
}

func TestRoundTripJSON(t *testing.T) {
	n := sampleNetwork()
	var buf bytes.Buffer
	if err := EncodeJSON(&buf, n); err != nil {
		t.Fatal(err)
	}
	b, rep, err := DecodeJSON(&buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	sameItems(t, n.Batch(), b, graph.Kinds()...)
}

func TestRoundTripGeoJSON(t *testing.T) {
	n := sampleNetwork()
	var buf bytes.Buffer
	if err := EncodeGeoJSON(&buf, n); err != nil {
		t.Fatal(err)
	}
	b, rep, err := DecodeFile("gebiete.geojson", &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIssues(t, rep)
	sameItems(t, keyed(t, n, true), b, graph.KindSocialSpace)
}

// TestXLSXDeterministic encodes the same workbook again and again: the bytes are the
// same each time, although excelize writes the archive's entries in map order.
func TestXLSXDeterministic(t *testing.T) {
	n := sampleNetwork()
	extra := Table{Name: "Kennzahlen", Headers: []string{"Schlüssel", "Grad"}, Rows: [][]any{{"a", 1}}}
	var first []byte
	for i := range 10 {
		var buf bytes.Buffer
		if err := EncodeXLSX(&buf, n, EncodeOptions{Tables: []Table{extra}}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = buf.Bytes()
		} else if !bytes.Equal(buf.Bytes(), first) {
			t.Fatalf("encoding %d differs from the first", i)
		}
	}
}
