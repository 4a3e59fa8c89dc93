package neo4jstore

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// List returns the entities of the kind that match f, ordered and paged as graph.Filter
// says, and their total count. Invalid if f does not fit the kind.
//
// The filters, the order and the page are Cypher conditions on the mirrored properties
// and links (see listQuery), so that only the page is read. One part of the text query
// is not mirrored: the description of actors and offers and the note of cooperations
// live only in the JSON form. For these kinds Cypher selects the entities whose JSON
// form contains the query (a superset), and graph.Matcher, which defines the
// semantics, decides on each of them in order. A cursor is one more condition on the
// keys of the order (keyset paging), so its page is read without skipping.
func (s *Store) List(ctx context.Context, kind graph.Kind, f graph.Filter) (graph.Page, error) {
	if _, ok := kinds[kind]; !ok {
		return graph.Page{}, unknownKind(kind)
	}
	if err := f.Validate(kind); err != nil {
		return graph.Page{}, err
	}
	return readTx(ctx, s, "list", func(tx neo4j.ManagedTransaction) (graph.Page, error) {
		_, visible, err := readState(ctx, tx)
		if err != nil {
			return graph.Page{}, err
		}
		var spaces []string
		if f.SocialSpace != "" {
			if spaces, err = spacesWithin(ctx, tx, f.SocialSpace, visible); err != nil {
				return graph.Page{}, err
			}
		}
		q := newListQuery(kind, f, visible, spaces)
		if q.textInJSON {
			return q.matchInGo(ctx, tx, kind, f)
		}
		rec, err := single(ctx, tx, q.match+" RETURN count(n)", q.params)
		if err != nil {
			return graph.Page{}, err
		}
		page := graph.Page{Items: []graph.Entity{}, Total: int(rec.Values[0].(int64))}
		if f.Offset >= page.Total {
			return page, nil
		}
		// One entity more than the page tells whether another page follows.
		q.params["skip"], q.params["limit"] = f.Offset, pageSize(f)+1
		err = stream(ctx, tx, q.match+q.after+" RETURN n.json"+q.order+" SKIP $skip LIMIT $limit", q.params, func(raw string) error {
			e, err := decode(kind, raw)
			page.Items = append(page.Items, e)
			return err
		})
		return cutPage(page, pageSize(f)), err
	})
}

// cutPage cuts the items of page to limit and sets Next if it held more.
func cutPage(page graph.Page, limit int) graph.Page {
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		page.Next = graph.PositionOf(page.Items[limit-1]).Cursor()
	}
	return page
}

// pageSize returns the number of entities on a page of f.
func pageSize(f graph.Filter) int {
	if f.Limit == 0 {
		return graph.DefaultLimit
	}
	return f.Limit
}

// spacesWithin returns the IDs of the social space root and of the visible spaces
// within it, as graph.Within does for the visible spaces.
func spacesWithin(ctx context.Context, tx neo4j.ManagedTransaction, root string, visible int64) ([]string, error) {
	rec, err := single(ctx, tx, `MATCH p = (:SocialSpace {id: $root})<-[:PART_OF*0..]-(s:SocialSpace)
		WHERE all(x IN nodes(p)[1..] WHERE x.batch IS NULL OR x.batch <= $visible)
		RETURN collect(DISTINCT s.id)`, map[string]any{"root": root, "visible": visible})
	if err != nil {
		return nil, err
	}
	ids := []string{root}
	for _, id := range rec.Values[0].([]any) {
		if id != root {
			ids = append(ids, id.(string))
		}
	}
	return ids, nil
}

// listQuery is the Cypher of a List: match binds n to the kind's visible entities that
// pass the filter, order sorts them as graph.Filter says. The text is put together from
// fixed pieces only; every value of the filter is a parameter.
type listQuery struct {
	match, order string
	// after is the condition (" AND …") that keeps only the entities after the
	// filter's cursor, or "".
	after  string
	params map[string]any
	// textInJSON says that the filter's text query also reads fields that only the
	// JSON form holds: match selects a superset, see List.
	textInJSON bool
}

// newListQuery returns the query for the kind and filter; spaces are the IDs
// spacesWithin returned for f.SocialSpace.
func newListQuery(kind graph.Kind, f graph.Filter, visible int64, spaces []string) listQuery {
	ki := kinds[kind]
	q := listQuery{params: map[string]any{"visible": visible}, order: " ORDER BY toLower(coalesce(n.name, '')), n.id"}
	where := []string{"(n.batch IS NULL OR n.batch <= $visible)"}
	cond := func(set bool, c, param string, value any) {
		if set {
			where = append(where, c)
			q.params[param] = value
		}
	}
	pattern := "MATCH (n:" + ki.label + ")"
	lower := strings.ToLower(f.Query)
	switch kind {
	case graph.KindActor, graph.KindOffer:
		link := map[graph.Kind]string{graph.KindActor: "LOCATED_IN", graph.KindOffer: "SERVES"}[kind]
		cond(f.LegalDomain != "", "$legal_domain IN n.legal_domains", "legal_domain", f.LegalDomain)
		cond(f.Field != "", "$field IN n.fields", "field", f.Field)
		cond(f.TargetGroup != "", "$target_group IN n.target_groups", "target_group", f.TargetGroup)
		cond(spaces != nil, "EXISTS { (n)-[:"+link+"]->(t:SocialSpace) WHERE t.id IN $spaces }", "spaces", spaces)
		cond(f.ActorKind != "", "n.kind = $actor_kind", "actor_kind", f.ActorKind)
		cond(f.ActorID != "", "EXISTS { (:Actor {id: $actor_id})-[:PROVIDES]->(n) }", "actor_id", f.ActorID)
	case graph.KindCooperation:
		q.order = " ORDER BY n.id"
		switch {
		case f.ActorID != "":
			pattern = "MATCH (:Actor {id: $actor_id})-[n:" + relCooperation + "]-()"
			q.params["actor_id"] = f.ActorID
			cond(f.WaveID != "", "n.wave_id = $wave_id", "wave_id", f.WaveID)
		case f.WaveID != "":
			pattern = "MATCH ()-[n:" + relCooperation + " {wave_id: $wave_id}]->()"
			q.params["wave_id"] = f.WaveID
		default:
			pattern = "MATCH ()-[n:" + relCooperation + "]->()"
		}
		cond(f.CooperationKind != "", "$cooperation_kind IN n.kinds", "cooperation_kind", f.CooperationKind)
		cond(f.MinIntensity > 0, "n.intensity >= $min_intensity", "min_intensity", f.MinIntensity)
		cond(f.ReportedBy != "", "n.reported_by IN $reported_by", "reported_by", f.ReportedByValues())
	case graph.KindSocialSpace:
		cond(spaces != nil, "n.id IN $spaces", "spaces", spaces)
		cond(f.Level != "", "n.level = $level", "level", f.Level)
		cond(f.Query != "", "toLower(n.name) CONTAINS $q", "q", lower)
	case graph.KindNeed:
		q.order = " ORDER BY n.id"
		cond(f.Field != "", "n.field = $field", "field", f.Field)
		cond(f.TargetGroup != "", "n.target_group = $target_group", "target_group", f.TargetGroup)
		cond(spaces != nil, "EXISTS { (n)-[:FOR]->(t:SocialSpace) WHERE t.id IN $spaces }", "spaces", spaces)
	case graph.KindWave:
		cond(f.Query != "", "toLower(n.name) CONTAINS $q", "q", lower)
	case graph.KindMeasure:
		cond(f.ActorID != "", "EXISTS { (n)-[:INVOLVES]->(:Actor {id: $actor_id}) }", "actor_id", f.ActorID)
		cond(spaces != nil, "EXISTS { (n)-[:CONCERNS]->(t:SocialSpace) WHERE t.id IN $spaces }", "spaces", spaces)
	}
	if f.Query != "" && (kind == graph.KindActor || kind == graph.KindOffer || kind == graph.KindCooperation || kind == graph.KindMeasure) {
		// Go's JSON encoding escapes rune by rune, so the encoded text contains the
		// encoded query wherever the text contains the query.
		enc, _ := json.Marshal(lower) // a string always encodes
		cond(true, "toLower(n.json) CONTAINS $q_json", "q_json", string(enc[1:len(enc)-1]))
		q.textInJSON = true
	}
	q.match = pattern + " WHERE " + strings.Join(where, " AND ")
	if after, err := graph.ParseCursor(f.Cursor); f.Cursor != "" && err == nil {
		q.params["after_key"], q.params["after_id"] = after.Key, after.ID
		q.after = " AND n.id > $after_id"
		if q.order != " ORDER BY n.id" {
			const key = "toLower(coalesce(n.name, ''))"
			q.after = " AND (" + key + " > $after_key OR (" + key + " = $after_key AND n.id > $after_id))"
		}
	}
	return q
}

// matchInGo reads the entities q selects in order and keeps those that graph.Matcher
// selects (see List); it counts them all and returns f's page.
func (q listQuery) matchInGo(ctx context.Context, tx neo4j.ManagedTransaction, kind graph.Kind, f graph.Filter) (graph.Page, error) {
	// The space filter is part of q already; the matcher checks the text.
	text := graph.NewMatcher(graph.Filter{Query: f.Query}, nil)
	page := graph.Page{Items: []graph.Entity{}}
	limit := pageSize(f)
	after, _ := graph.ParseCursor(f.Cursor) // valid if set
	err := stream(ctx, tx, q.match+" RETURN n.json"+q.order, q.params, func(raw string) error {
		e, err := decode(kind, raw)
		if err != nil || !text.Match(e) {
			return err
		}
		page.Total++
		if f.Cursor != "" && graph.PositionOf(e).Compare(after) <= 0 || page.Total <= f.Offset {
			return nil
		}
		if len(page.Items) <= limit {
			page.Items = append(page.Items, e)
		}
		return nil
	})
	return cutPage(page, limit), err
}
