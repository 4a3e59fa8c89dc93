package api

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
)

// taxonomy answers GET /api/v1/taxonomy with the installation's taxonomy and its
// version as ETag.
func (s *Server) taxonomy(c *gin.Context) {
	t, err := s.store.Taxonomy(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	tag := etag(t.Version)
	if notModified(c, tag) {
		return
	}
	c.Header("ETag", tag)
	s.respond(c, http.StatusOK, t)
}

// setTaxonomy answers PUT /api/v1/taxonomy: it replaces the taxonomy. The version
// last read must be given in the body or If-Match, as for entities.
func (s *Server) setTaxonomy(c *gin.Context) {
	var t graph.Taxonomy
	if err := decode(c, &t); err != nil {
		s.fail(c, err)
		return
	}
	v, err := expectedVersion(c, t.Version)
	if err != nil {
		s.fail(c, err)
		return
	}
	t.Version = v
	if err := s.store.SetTaxonomy(c.Request.Context(), &t); err != nil {
		s.fail(c, err)
		return
	}
	c.Header("ETag", etag(t.Version))
	s.respond(c, http.StatusOK, &t)
}

// batch answers POST /api/v1/batch: it writes a graph.Batch all-or-nothing, matching
// entities by external key; ?dry_run=true only reports what would happen.
func (s *Server) batch(c *gin.Context) {
	q, err := newQueryParams(c.Request, "dry_run")
	if err != nil {
		s.fail(c, err)
		return
	}
	var opts graph.BatchOptions
	if opts.DryRun, err = q.boolean("dry_run"); err != nil {
		s.fail(c, err)
		return
	}
	var b graph.Batch
	if err := decode(c, &b); err != nil {
		s.fail(c, err)
		return
	}
	res, err := s.store.Upsert(c.Request.Context(), &b, opts)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, res)
}

// networkNode is an actor as a node of the network view.
type networkNode struct {
	ID           string            `json:"id"`
	Name         string            `json:"name"`
	ShortName    string            `json:"short_name,omitempty"`
	Kind         string            `json:"kind"`
	LegalDomains []string          `json:"legal_domains" nullable:"false"`
	Fields       []string          `json:"fields" nullable:"false"`
	TargetGroups []string          `json:"target_groups" nullable:"false"`
	SocialSpaces []string          `json:"social_spaces" nullable:"false"`
	Location     *graph.GeoPoint   `json:"location,omitempty"`
	Attributes   map[string]string `json:"attributes,omitempty"`
	// Layout is the place and colour another tool (Gephi) gave the actor; the map
	// starts its layout from it.
	Layout *graph.Layout `json:"layout,omitempty"`
}

// networkEdge is a cooperation as an edge of the network view.
type networkEdge struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Directed   bool     `json:"directed"`
	Kinds      []string `json:"kinds" nullable:"false"`
	Intensity  int      `json:"intensity"`
	Trust      int      `json:"trust,omitempty"`
	Value      int      `json:"value,omitempty"`
	ReportedBy string   `json:"reported_by,omitempty"`
	WaveID     string   `json:"wave_id,omitempty"`
}

// networkResponse is the network view: nodes, edges, the revision and the state
// (wave or date) they show.
type networkResponse struct {
	Revision int64            `json:"revision"`
	State    *graph.StateInfo `json:"state" nullable:"false"`
	Nodes    []networkNode    `json:"nodes" nullable:"false"`
	Edges    []networkEdge    `json:"edges" nullable:"false"`
}

// network answers GET /api/v1/network with the actors as nodes and the ties as edges,
// for the visualisation, in the state that wave or date choose (default today; see
// graph.State): one edge per pair of actors. Actor filters select nodes; cooperation
// filters select edges, and an edge is kept only if both its ends are. The revision
// and the state are the ETag.
func (s *Server) network(c *gin.Context) {
	q, err := newQueryParams(c.Request, slices.Concat(actorFilterParams, cooperationFilterParams, stateParams)...)
	if err != nil {
		s.fail(c, err)
		return
	}
	actors, coops, err := q.networkFilters()
	if err != nil {
		s.fail(c, err)
		return
	}
	st, err := stateOf(q)
	if err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.stateNetwork(c.Request.Context(), st, nil)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.networkAnswer(c, n, actors, coops, q.values.Encode())
}

// networkAnswer answers with the network view of the state network n that the
// filters select; query is the request's query in canonical form.
func (s *Server) networkAnswer(c *gin.Context, n *graph.Network, actors, coops graph.Filter, query string) {
	tag := stateETag(n.Revision, n.State.Key())
	if len(n.Actors)+len(n.Cooperations) > s.streamAbove {
		s.respondStreamed(c, tag, func() (any, []jsonArray, error) {
			kept := selectNetwork(n, actors, coops)
			return networkResponse{Revision: n.Revision, State: n.State}, []jsonArray{
				{"nodes", len(kept.Actors), func(i int) any { return nodeOf(&kept.Actors[i]) }},
				{"edges", len(kept.Cooperations), func(i int) any { return edgeOf(&kept.Cooperations[i]) }},
			}, nil
		})
		return
	}
	key := answerKey{route: c.FullPath(), revision: n.Revision, state: n.State.Key(), query: query}
	s.respondCached(c, key, tag, func() (any, error) { return networkView(n, actors, coops), nil })
}

// selectNetwork returns the actors and cooperations of the state network n that
// the filters select (export.Select); without filters n itself, whose ties all
// join actors of n.
func selectNetwork(n *graph.Network, actors, coops graph.Filter) *graph.Network {
	if actors == (graph.Filter{}) && coops == (graph.Filter{}) {
		return n
	}
	return export.Select(n, actors, coops)
}

// networkView returns the network view of the actors and cooperations of n that the
// filters select.
func networkView(n *graph.Network, actors, coops graph.Filter) networkResponse {
	kept := selectNetwork(n, actors, coops)
	res := networkResponse{Revision: n.Revision, State: n.State, Nodes: make([]networkNode, len(kept.Actors)), Edges: make([]networkEdge, len(kept.Cooperations))}
	for i := range kept.Actors {
		res.Nodes[i] = nodeOf(&kept.Actors[i])
	}
	for i := range kept.Cooperations {
		res.Edges[i] = edgeOf(&kept.Cooperations[i])
	}
	return res
}

// nodeOf returns the actor as a node of the network view.
func nodeOf(a *graph.Actor) networkNode {
	return networkNode{
		ID: a.ID, Name: a.Name, ShortName: a.ShortName, Kind: a.Kind,
		LegalDomains: nonNil(a.LegalDomains), Fields: nonNil(a.Fields), TargetGroups: nonNil(a.TargetGroups),
		SocialSpaces: nonNil(a.SocialSpaces), Location: a.Location, Attributes: a.Attributes, Layout: a.Layout,
	}
}

// edgeOf returns the tie as an edge of the network view.
func edgeOf(co *graph.Cooperation) networkEdge {
	return networkEdge{
		ID: co.ID, Source: co.From, Target: co.To, Directed: co.Directed, Kinds: nonNil(co.Kinds),
		Intensity: co.Intensity, Trust: co.Trust, Value: co.Value, ReportedBy: co.ReportedBy, WaveID: co.WaveID,
	}
}

// nonNil returns s, or an empty slice for nil, so that JSON shows [] instead of null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
