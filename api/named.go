package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Named records are what a person keeps under a name beside the network: saved
// views and what-if scenarios. The record key derives from the name, regardless of
// case and surrounding space, so the store's version check refuses a second record
// of the same name.

// namedKey returns the record key of the name.
func namedKey(name string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(strings.TrimSpace(name))))
	return hex.EncodeToString(sum[:16])
}

// checkName returns the name without surrounding space, and the field error "name"
// if it is empty, longer than max characters as given (spaces around it included,
// as the OpenAPI document's limit counts them) or holds control characters.
func checkName(given string, max int) (string, *graph.FieldError) {
	name := strings.TrimSpace(given)
	msg := ""
	switch {
	case name == "":
		msg = "Der Name fehlt."
	case utf8.RuneCountInString(given) > max:
		msg = fmt.Sprintf("Der Name ist länger als %d Zeichen.", max)
	case strings.ContainsFunc(name, unicode.IsControl):
		msg = "Der Name enthält Steuerzeichen."
	}
	if msg == "" {
		return name, nil
	}
	return name, &graph.FieldError{Field: "name", Message: msg}
}

// putNamed stores data as a new record of the collection under the name; a name in
// use is a Conflict naming the field with the German sentence taken.
func putNamed(ctx context.Context, store graph.Store, collection, name string, data any, taken string) (*graph.Record, error) {
	raw, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	r := &graph.Record{Collection: collection, Key: namedKey(name), Data: raw}
	if err := store.PutRecords(ctx, r); err != nil {
		if graph.ErrorCode(err) == graph.Conflict {
			err = &graph.Error{Code: graph.Conflict, Message: taken,
				Fields: []graph.FieldError{{Field: "name", Message: "Der Name ist schon vergeben."}}, Err: err}
		}
		return nil, err
	}
	return r, nil
}

// listNamed returns every record of the collection as show makes it, ordered by
// name regardless of case.
func listNamed[T any](ctx context.Context, store graph.Store, collection string, show func(*graph.Record) (T, error), name func(T) string) ([]T, error) {
	rs, err := store.ListRecords(ctx, collection, "")
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(rs))
	for i := range rs {
		v, err := show(&rs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b T) int { return strings.Compare(strings.ToLower(name(a)), strings.ToLower(name(b))) })
	return out, nil
}
