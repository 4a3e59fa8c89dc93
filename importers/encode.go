package importers

import (
	"io"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Encode writes the network in the named format (see Formats): CSV (the entities of
// opts.Kind), XLSX (every kind plus opts.Tables), GraphML and GEXF (actors and
// cooperations with opts.Metrics), JSON (a full dump) or GeoJSON (social spaces).
// An unknown format is an Invalid error.
func Encode(format string, w io.Writer, n *graph.Network, opts EncodeOptions) error {
	switch format {
	case FormatCSV:
		return EncodeCSV(w, n, opts)
	case FormatXLSX:
		return EncodeXLSX(w, n, opts)
	case FormatGraphML:
		return EncodeGraphML(w, n, opts)
	case FormatGEXF:
		return EncodeGEXF(w, n, opts)
	case FormatJSON:
		return EncodeJSON(w, n)
	case FormatGeoJSON:
		return EncodeGeoJSON(w, n)
	}
	return graph.Errorf(graph.Invalid, "Das Exportformat „%s“ ist unbekannt; möglich sind csv, xlsx, graphml, gexf, json und geojson.", format)
}
