package importers

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// EncodeGeoJSON writes the social spaces as a FeatureCollection: the boundary as
// geometry (null if there is none), and as properties key, name, level, parent (the
// parent's key), internal_id and one property "<indicator>_<year>" per indicator.
// DecodeGeoJSON reads it back.
func EncodeGeoJSON(w io.Writer, n *graph.Network) error {
	keys := newKeyIndex(n)
	type feature struct {
		Type       string          `json:"type"`
		ID         string          `json:"id"`
		Properties map[string]any  `json:"properties"`
		Geometry   json.RawMessage `json:"geometry"`
	}
	fc := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for i := range n.SocialSpaces {
		s := &n.SocialSpaces[i]
		props := map[string]any{"name": s.Name, "level": s.Level, "internal_id": s.ID}
		if s.ExternalKey != "" {
			props["key"] = s.ExternalKey
		}
		if s.ParentID != "" {
			props["parent"] = keys.key(graph.KindSocialSpace, s.ParentID)
		}
		for _, in := range s.Indicators {
			props[in.Code+"_"+strconv.Itoa(in.Year)] = in.Value
		}
		geom := s.Boundary
		if len(geom) == 0 {
			geom = json.RawMessage("null")
		}
		fc.Features = append(fc.Features, feature{Type: "Feature", ID: exportKey(&s.Meta), Properties: props, Geometry: geom})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(fc)
}
