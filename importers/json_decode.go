package importers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DecodeJSON decodes a full dump: a graph.Network as EncodeJSON writes it, or a
// graph.Batch. Entities keep their IDs; an entity without an external key gets its
// ID as key (as graph.Network.Batch does), so that importing a dump into the store
// it came from changes nothing. The dump's taxonomy is not imported.
func DecodeJSON(r io.Reader, opts Options) (*graph.Batch, *Report, error) {
	return decode(FormatJSON, r, opts)
}

func (d *decoder) decodeJSON(r io.Reader) error {
	data, err := readAll(r, d.opts.Limits.MaxBytes)
	if err != nil {
		return err
	}
	var n graph.Network
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&n); err != nil {
		return jsonError(err)
	}
	b := n.Batch()
	name := d.opts.Name
	if name == "" {
		name = "JSON"
	}
	for _, sh := range []*sheet{spaceSheet, waveSheet, actorSheet, offerSheet, needSheet, cooperationSheet} {
		count := sh.count(b)
		if limit := d.opts.Limits.rowLimit(sh.kind); count > limit {
			return limitError("Die Datei enthält %d Einträge der Art %s; erlaubt sind höchstens %d.", count, sh.kind.Label(), limit)
		}
		src := d.rep.addSheet(name, map[string]string{})
		base := sh.count(d.b)
		for i := range count {
			e := sh.at(b, i)
			if err := e.Validate(d.opts.Taxonomy); err != nil {
				path := fmt.Sprintf("%s[%d]", listOf[sh.kind], base+i)
				for _, f := range graph.ErrorFields(err) {
					d.rep.errorf(Location{Sheet: name, Element: path}, path+"."+f.Field, "%s", f.Message)
				}
			}
			sh.add(d.b, e)
			d.rep.track(sh.kind, src, i+1)
		}
	}
	return nil
}

// jsonError wraps a JSON syntax or type error in a German message.
func jsonError(err error) error {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return &graph.Error{Code: graph.Invalid, Message: fmt.Sprintf("Die JSON-Datei ist fehlerhaft (bei Byte %d).", se.Offset), Err: err}
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		return &graph.Error{Code: graph.Invalid, Message: fmt.Sprintf("Die JSON-Datei hat im Feld „%s“ einen falschen Typ.", te.Field), Err: err}
	}
	return &graph.Error{Code: graph.Invalid, Message: "Die JSON-Datei ist fehlerhaft.", Err: err}
}
