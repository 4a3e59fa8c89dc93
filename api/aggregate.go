package api

import (
	"context"
	"slices"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/aggregate"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
)

// aggregateParams are the query parameters of the summarised network and of one of
// its groups besides the state: the grouping and the filters of the network view.
var aggregateParams = slices.Concat([]string{"by"}, actorFilterParams, cooperationFilterParams)

// byParam and groupParam document the parameters by and group.
var (
	byParam = param{"by", "Zusammenfassen nach Sozialraum (die Einheiten unter dem Landkreis) oder nach Gemeinschaft (Louvain).",
		map[string]any{"type": "string", "enum": []string{aggregate.BySocialSpace, aggregate.ByCommunity}, "default": aggregate.BySocialSpace}}
	groupParam = param{"group", "ID der Gruppe aus groups[].id der Zusammenfassung; leer für die Akteure ohne Sozialraum bzw. Gemeinschaft.",
		map[string]any{"type": "string"}}
)

// networkAggregate answers GET /api/v1/network/aggregate: the network of a state,
// filtered as the network view, summarised by social space or community; if
// pseudonymised, without the groups and links under k (suppressGroups).
func (s *Server) networkAggregate(c *gin.Context) {
	var k int
	if viewOf(c.Request.Context()).Pseudonymize {
		p, err := s.policy(c.Request.Context())
		if err != nil {
			s.fail(c, err)
			return
		}
		k = p.MinGroup
	}
	s.grouped(c, aggregateParams, func(_ *queryParams, n, kept *graph.Network, by string, key func(int) string, name func(string) string) any {
		r := aggregate.Of(kept, by, key, name)
		r.Total = len(n.Actors)
		suppressGroups(r, k)
		return r
	})
}

// networkGroup answers GET /api/v1/network/group: the network view of the actors of
// one group of the summarised network and the cooperations among them.
func (s *Server) networkGroup(c *gin.Context) {
	s.grouped(c, append([]string{"group"}, aggregateParams...), func(q *queryParams, _, kept *graph.Network, _ string, key func(int) string, _ func(string) string) any {
		group := q.str("group")
		sub := *kept
		sub.Actors, sub.Cooperations, sub.Offers = nil, nil, nil
		in := map[string]bool{}
		for i := range kept.Actors {
			if key(i) == group {
				sub.Actors = append(sub.Actors, kept.Actors[i])
				in[kept.Actors[i].ID] = true
			}
		}
		for i := range kept.Cooperations {
			if co := &kept.Cooperations[i]; in[co.From] && in[co.To] {
				sub.Cooperations = append(sub.Cooperations, *co)
			}
		}
		return networkView(&sub, graph.Filter{}, graph.Filter{})
	})
}

// groupQuery is what a grouped answer asks for: the grouping and the filters of the
// network view.
type groupQuery struct {
	by            string
	actors, coops graph.Filter
}

// readGroupQuery reads a groupQuery from q.
func readGroupQuery(q *queryParams) (groupQuery, error) {
	var g groupQuery
	var err error
	g.by, err = q.choice("by", aggregate.BySocialSpace, []string{aggregate.BySocialSpace, aggregate.ByCommunity}, "Zusammengefasst wird nach social_space oder community")
	if err != nil {
		return g, err
	}
	g.actors, g.coops, err = q.networkFilters()
	return g, err
}

// grouped reads the parameters of a grouped answer, takes the network of the state,
// selects the actors and cooperations the filters keep, groups them and responds
// with answer's value, cached per revision, state and query.
func (s *Server) grouped(c *gin.Context, names []string,
	answer func(q *queryParams, n, kept *graph.Network, by string, key func(int) string, name func(string) string) any) {
	q, g, n, ok := analysisInput(s, c, names, readGroupQuery)
	if !ok {
		return
	}
	key := answerKey{route: c.FullPath(), revision: n.Revision, state: n.State.Key(), query: q.values.Encode()}
	s.respondCached(c, key, analysisTag(n, q), func() (any, error) {
		kept := n
		if g.actors != (graph.Filter{}) || g.coops != (graph.Filter{}) {
			kept = export.Select(n, g.actors, g.coops)
		}
		k, name, err := s.groupKey(c.Request.Context(), n, kept, g.by)
		if err != nil {
			return nil, err
		}
		return answer(q, n, kept, g.by, k, name), nil
	})
}

// groupKey returns the grouping of the actors of kept, a selection of n: by social
// space, or by the communities of n.
func (s *Server) groupKey(ctx context.Context, n, kept *graph.Network, by string) (func(int) string, func(string) string, error) {
	if by == aggregate.BySocialSpace {
		k, name := aggregate.SpaceKey(kept)
		return k, name, nil
	}
	comm, err := s.analysis.Communities(ctx, n)
	if err != nil {
		return nil, nil, err
	}
	membership := make(map[string]int, len(n.Actors))
	for _, cm := range comm.Communities {
		for _, id := range cm.Members {
			membership[id] = cm.ID
		}
	}
	k, name := aggregate.CommunityKey(kept, membership)
	return k, name, nil
}
