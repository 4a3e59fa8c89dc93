package importers

import (
	"bufio"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// decoders holds the decoding method of each format.
var decoders = map[string]func(d *decoder, r io.Reader) error{
	FormatCSV:     (*decoder).decodeCSV,
	FormatXLSX:    (*decoder).decodeXLSX,
	FormatGraphML: (*decoder).decodeGraphML,
	FormatGEXF:    (*decoder).decodeGEXF,
	FormatJSON:    (*decoder).decodeJSON,
	FormatGeoJSON: (*decoder).decodeGeoJSON,
}

// decode runs one format's decoder on r and completes the batch.
func decode(format string, r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	d := newDecoder(format, opts)
	if err := d.opts.Mapping.check(d.opts.Taxonomy); err != nil {
		return nil, d.rep, err
	}
	if err := decoders[format](d, r); err != nil {
		return nil, d.rep, err
	}
	b, rep := d.finish()
	return b, rep, nil
}

// DecodeFile decodes a file in the format its name and content show (see
// DetectFormat), setting opts.Name to name. The Report's issues must be shown to the
// user; a batch whose Report has errors must not be written.
func DecodeFile(name string, r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return DecodeFiles([]Input{{Name: name, R: r}}, opts)
}

// Input is one file for DecodeFiles.
type Input struct {
	Name string
	R    io.Reader
}

// DecodeFiles decodes several files into one batch, such as an actor CSV and a
// cooperation CSV, so that references between them resolve (names count as keys,
// see the package documentation). Each format is detected as in DetectFormat. The
// limits apply to each file.
func DecodeFiles(files []Input, opts Options) (*graph.Batch, *Report, error) {
	d := newDecoder("", opts)
	if err := d.opts.Mapping.check(d.opts.Taxonomy); err != nil {
		return nil, d.rep, err
	}
	var formats []string
	for _, f := range files {
		br := bufio.NewReaderSize(f.R, 4096)
		head, _ := br.Peek(4096)
		format := DetectFormat(f.Name, head)
		if format == "" {
			return nil, d.rep, graph.Errorf(graph.Invalid, "Das Format der Datei „%s“ ist unbekannt; möglich sind CSV, XLSX, GraphML, GEXF, JSON und GeoJSON.", path.Base(f.Name))
		}
		if !slices.Contains(formats, format) {
			formats = append(formats, format)
		}
		d.rep.Format = strings.Join(formats, "+")
		d.opts.Name = f.Name
		if err := decoders[format](d, br); err != nil {
			return nil, d.rep, err
		}
	}
	b, rep := d.finish()
	return b, rep, nil
}
