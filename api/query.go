package api

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// queryParams reads the query parameters of a request: each may be given once, and
// only the named ones are allowed.
type queryParams struct {
	values url.Values
}

// newQueryParams returns the query of r after checking that it holds only parameters
// in allowed, each at most once.
func newQueryParams(r *http.Request, allowed ...string) (*queryParams, error) {
	return parseQuery(r.URL.RawQuery, allowed...)
}

// parseQuery returns the query string raw after checking that it holds only
// parameters in allowed, each at most once, and none of those with a list of
// choices (queryDocs) empty.
func parseQuery(raw string, allowed ...string) (*queryParams, error) {
	values, err := url.ParseQuery(raw)
	if err != nil {
		return nil, badParam("query", "Die Abfrage ist nicht richtig kodiert.")
	}
	for name, vs := range values {
		if !slices.Contains(allowed, name) {
			return nil, badParam(name, "Diesen Parameter gibt es hier nicht; möglich sind: %s.", strings.Join(allowed, ", "))
		}
		if len(vs) > 1 {
			return nil, badParam(name, "Der Parameter darf nur einmal angegeben werden.")
		}
		if choices, ok := queryDocs[name].Schema["enum"].([]string); ok && vs[0] == "" {
			return nil, badParam(name, "Der Parameter ist leer; möglich sind: %s.", strings.Join(choices, ", "))
		}
	}
	return &queryParams{values: values}, nil
}

// str returns the parameter's value, or "".
func (q *queryParams) str(name string) string { return q.values.Get(name) }

// choice returns the query parameter name: def if it is absent, else one of allowed.
// Any other value, the empty one included, is a 400 naming it with the German
// sentence what, which names the choices.
func (q *queryParams) choice(name, def string, allowed []string, what string) (string, error) {
	if !q.values.Has(name) {
		return def, nil
	}
	if v := q.str(name); slices.Contains(allowed, v) {
		return v, nil
	}
	return "", badParam(name, "%s, nicht %q.", what, q.str(name))
}

// integer returns the parameter as an integer in [lo, hi], or def if it is absent.
func (q *queryParams) integer(name string, def, lo, hi int) (int, error) {
	s, ok := q.values[name]
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s[0]))
	if err != nil {
		return 0, badParam(name, "Erwartet wird eine ganze Zahl, nicht %q.", s[0])
	}
	if n < lo || n > hi {
		return 0, badParam(name, "Erwartet wird eine ganze Zahl von %d bis %d, nicht %d.", lo, hi, n)
	}
	return n, nil
}

// boolean returns the parameter as a truth value, false if it is absent.
func (q *queryParams) boolean(name string) (bool, error) {
	s, ok := q.values[name]
	if !ok {
		return false, nil
	}
	b, err := strconv.ParseBool(s[0])
	if err != nil {
		return false, badParam(name, "Erwartet wird true oder false, nicht %q.", s[0])
	}
	return b, nil
}

// The filter parameters of list endpoints, named as graph.Filter.Validate names them.
var (
	actorFilterParams       = []string{"legal_domain", "field", "target_group", "social_space", "actor_kind", "q"}
	cooperationFilterParams = []string{"wave_id", "cooperation_kind", "min_intensity", "reported_by"}
	filterParams            = []string{"legal_domain", "field", "target_group", "social_space", "actor_kind", "actor_id",
		"wave_id", "cooperation_kind", "min_intensity", "reported_by", "level", "q"}
	pageParams = []string{"limit", "offset", "cursor"}
)

// maxCursor limits the length of the cursor parameter: a cursor holds a name (at most
// graph's name limit, lower-cased) and an ID, base64-encoded.
const maxCursor = 2048

// maxOffset is the largest offset of a page.
const maxOffset = 1<<31 - 1

// filter reads the filter parameters and, if page is set, limit and offset.
func (q *queryParams) filter(page bool) (graph.Filter, error) {
	f := graph.Filter{
		LegalDomain: q.str("legal_domain"), Field: q.str("field"), TargetGroup: q.str("target_group"),
		SocialSpace: q.str("social_space"), ActorKind: q.str("actor_kind"), ActorID: q.str("actor_id"),
		WaveID: q.str("wave_id"), CooperationKind: q.str("cooperation_kind"), ReportedBy: q.str("reported_by"), Level: q.str("level"), Query: q.str("q"),
	}
	var err error
	if f.MinIntensity, err = q.integer("min_intensity", 0, 1, 4); err != nil {
		return f, err
	}
	if page {
		if f.Limit, err = q.integer("limit", graph.DefaultLimit, 1, graph.MaxLimit); err != nil {
			return f, err
		}
		if f.Offset, err = q.integer("offset", 0, 0, maxOffset); err != nil {
			return f, err
		}
		if f.Cursor = q.str("cursor"); len(f.Cursor) > maxCursor {
			return f, badParam("cursor", "Der Cursor ist länger als %d Zeichen.", maxCursor)
		}
	}
	return f, nil
}

// checkFilter checks f for the kind, so that a filter that does not fit the kind is a
// 400 problem naming the parameter.
func checkFilter(f graph.Filter, kind graph.Kind) error {
	if err := f.Validate(kind); err != nil {
		return newProblem(http.StatusBadRequest, "bad-parameter", graph.ErrorMessage(err), graph.ErrorFields(err)...)
	}
	return nil
}
