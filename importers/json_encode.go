package importers

import (
	"encoding/json"
	"io"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// EncodeJSON writes the network as one JSON object (a full dump, taxonomy
// included) that DecodeJSON reads back without loss.
func EncodeJSON(w io.Writer, n *graph.Network) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(n)
}
