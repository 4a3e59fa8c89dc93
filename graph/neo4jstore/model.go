package neo4jstore

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// relCooperation is the relationship type of a cooperation.
const relCooperation = "COOPERATES_WITH"

// link is a relationship that mirrors a reference of an entity to another node: a
// relationship of type rel between the entity's node and each target node. Incoming
// links point from the target to the entity ((:Actor)-[:PROVIDES]->(:Offer)).
type link struct {
	rel      string
	target   string // label of the target node
	incoming bool
	ids      func(graph.Entity) []string
}

// kindInfo maps one entity kind to the graph. All labels and relationship types that
// appear in Cypher text come from this fixed table; values are always parameters.
type kindInfo struct {
	label string // node label; for cooperations the relationship type
	rel   bool   // stored as a relationship, not a node
	links []link
	// props returns the properties that mirror the entity's fields for Cypher users
	// (besides id, external_key, version, timestamps and json).
	props func(e graph.Entity, p map[string]any)

	// Cypher, built once from the fields above. qGet, qByKey and qAll are reads: they
	// take $visible and skip staged data (see visibleOnly).
	qGet, qByKey, qAll, qCreate, qUpdate, qDelete string
	qLink, qUnlink                                []string
}

// visibleOnly is the condition every read puts on the node or relationship n: written
// outside a staged batch (no batch property), or by a batch published before the read
// began ($visible, see visibleBatches).
const visibleOnly = " WHERE n.batch IS NULL OR n.batch <= $visible"

var kinds = map[graph.Kind]*kindInfo{
	graph.KindSocialSpace: {
		label: "SocialSpace",
		links: []link{{rel: "PART_OF", target: "SocialSpace", ids: func(e graph.Entity) []string {
			return one(e.(*graph.SocialSpace).ParentID)
		}}},
		props: func(e graph.Entity, p map[string]any) {
			s := e.(*graph.SocialSpace)
			put(p, "name", s.Name)
			put(p, "level", s.Level)
			codes := make([]string, 0, len(s.Indicators))
			for _, in := range s.Indicators {
				codes = append(codes, in.Code)
			}
			putList(p, "indicator_codes", codes)
		},
	},
	graph.KindWave: {
		label: "Wave",
		props: func(e graph.Entity, p map[string]any) {
			w := e.(*graph.Wave)
			put(p, "name", w.Name)
			put(p, "date", w.Date)
		},
	},
	graph.KindActor: {
		label: "Actor",
		links: []link{{rel: "LOCATED_IN", target: "SocialSpace", ids: func(e graph.Entity) []string {
			return e.(*graph.Actor).SocialSpaces
		}}},
		props: func(e graph.Entity, p map[string]any) {
			a := e.(*graph.Actor)
			put(p, "name", a.Name)
			put(p, "short_name", a.ShortName)
			put(p, "kind", a.Kind)
			putList(p, "legal_domains", a.LegalDomains)
			putList(p, "fields", a.Fields)
			putList(p, "target_groups", a.TargetGroups)
			put(p, "postal_code", a.Address.PostalCode)
			put(p, "city", a.Address.City)
			if a.Location != nil {
				p["location"] = dbtype.Point2D{SpatialRefId: 4326, X: a.Location.Lon, Y: a.Location.Lat}
			}
		},
	},
	graph.KindOffer: {
		label: "Offer",
		links: []link{
			{rel: "PROVIDES", target: "Actor", incoming: true, ids: func(e graph.Entity) []string {
				return one(e.(*graph.Offer).ActorID)
			}},
			{rel: "SERVES", target: "SocialSpace", ids: func(e graph.Entity) []string {
				return e.(*graph.Offer).SocialSpaces
			}},
		},
		props: func(e graph.Entity, p map[string]any) {
			o := e.(*graph.Offer)
			put(p, "name", o.Name)
			putList(p, "fields", o.Fields)
			putList(p, "target_groups", o.TargetGroups)
			putList(p, "legal_domains", o.LegalDomains)
			put(p, "legal_basis", o.LegalBasis)
			put(p, "capacity", o.Capacity)
			put(p, "barrier_free", o.BarrierFree)
			put(p, "low_threshold", o.LowThreshold)
			put(p, "counselling", o.Counselling)
		},
	},
	graph.KindNeed: {
		label: "Need",
		links: []link{{rel: "FOR", target: "SocialSpace", ids: func(e graph.Entity) []string {
			return one(e.(*graph.Need).SocialSpaceID)
		}}},
		props: func(e graph.Entity, p map[string]any) {
			n := e.(*graph.Need)
			put(p, "field", n.Field)
			put(p, "target_group", n.TargetGroup)
			put(p, "measure", n.Measure)
			put(p, "target", n.Target)
			put(p, "year", n.Year)
		},
	},
	graph.KindMeasure: {
		label: "Measure",
		links: []link{
			{rel: "INVOLVES", target: "Actor", ids: func(e graph.Entity) []string {
				m := e.(*graph.Measure)
				ids := append(append(one(m.Origin.From), one(m.Origin.To)...), m.Actors...)
				slices.Sort(ids)
				return slices.Compact(ids)
			}},
			{rel: "CONCERNS", target: "SocialSpace", ids: func(e graph.Entity) []string {
				return one(e.(*graph.Measure).Origin.SocialSpaceID)
			}},
			{rel: "AGREED_AT", target: "Wave", ids: func(e graph.Entity) []string {
				return one(e.(*graph.Measure).AgreedWaveID)
			}},
		},
		props: func(e graph.Entity, p map[string]any) {
			m := e.(*graph.Measure)
			put(p, "title", m.Title)
			put(p, "name", m.Title) // the sort key of lists, as for the other kinds
			put(p, "origin", m.Origin.Kind)
			put(p, "field", m.Origin.Field)
			put(p, "target_group", m.Origin.TargetGroup)
			put(p, "status", m.Status)
			put(p, "due", m.Due)
			put(p, "agreed_on", m.AgreedOn)
		},
	},
	graph.KindCooperation: {
		label: relCooperation,
		rel:   true,
		props: func(e graph.Entity, p map[string]any) {
			c := e.(*graph.Cooperation)
			p["pair_key"] = c.PairKey()
			p["directed"] = c.Directed
			putList(p, "kinds", c.Kinds)
			put(p, "intensity", c.Intensity)
			put(p, "trust", c.Trust)
			put(p, "value", c.Value)
			put(p, "reported_by", c.ReportedBy)
			put(p, "valid_from", c.ValidFrom)
			put(p, "valid_until", c.ValidUntil)
			put(p, "wave_id", c.WaveID)
			put(p, "source", c.Source)
		},
	},
}

func init() {
	for _, ki := range kinds {
		byID, byKey := seek("n", ki.label, "id"), seek("n", ki.label, "external_key")
		if ki.rel {
			m := fmt.Sprintf("MATCH ()-[n:%s", ki.label)
			ki.qGet = m + " {id: $id}]->()" + byID + visibleOnly + " RETURN n.json"
			ki.qByKey = m + " {external_key: $key}]->()" + byKey + visibleOnly + " RETURN n.json"
			ki.qAll = m + "]->()" + visibleOnly + " RETURN n.json"
			ki.qCreate = "UNWIND $rows AS row MATCH (a:Actor {id: row.from})" + seek("a", "Actor", "id") +
				" MATCH (b:Actor {id: row.to})" + seek("b", "Actor", "id") +
				fmt.Sprintf(" CREATE (a)-[n:%s]->(b) SET n = row.props", ki.label)
			ki.qDelete = "UNWIND $ids AS id " + m + " {id: id}]->()" + byID + " DELETE n"
			continue
		}
		m := fmt.Sprintf("MATCH (n:%s", ki.label)
		ki.qGet = m + " {id: $id})" + byID + visibleOnly + " RETURN n.json"
		ki.qByKey = m + " {external_key: $key})" + byKey + visibleOnly + " RETURN n.json"
		ki.qAll = m + ")" + visibleOnly + " RETURN n.json"
		ki.qCreate = fmt.Sprintf("UNWIND $rows AS row CREATE (n:%s) SET n = row.props", ki.label)
		ki.qUpdate = "UNWIND $rows AS row " + m + " {id: row.id})" + byID + " SET n = row.props"
		ki.qDelete = "UNWIND $ids AS id " + m + " {id: id})" + byID + " DETACH DELETE n"
		for _, l := range ki.links {
			arrow := fmt.Sprintf("(n)-[r:%s]->(t)", l.rel)
			if l.incoming {
				arrow = fmt.Sprintf("(n)<-[r:%s]-(t)", l.rel)
			}
			ki.qLink = append(ki.qLink, fmt.Sprintf("UNWIND $rows AS row MATCH (n:%s {id: row.id})%s "+
				"UNWIND row.targets AS tid MATCH (t:%s {id: tid})%s CREATE %s", ki.label, byID, l.target, seek("t", l.target, "id"), arrow))
			ki.qUnlink = append(ki.qUnlink, fmt.Sprintf("UNWIND $ids AS id MATCH (n:%s {id: id})%s "+
				"MATCH %s DELETE r", ki.label, byID, arrow))
		}
	}
}

// seek returns the hint that makes Cypher find the node or relationship v by a seek
// of the index on label(props), whatever the planner's statistics say. Without it, a
// plan made while the database held few entities of the label (an empty database, a
// wave after its import was reverted) may scan the index for every row of an UNWIND,
// which costs time in the square of the rows: minutes for a survey's takeover.
func seek(v, label string, props ...string) string {
	return fmt.Sprintf(" USING INDEX SEEK %s:%s(%s)", v, label, strings.Join(props, ", "))
}

// one returns id as a list of at most one ID.
func one(id string) []string {
	if id == "" {
		return nil
	}
	return []string{id}
}

// put sets p[k] = v unless v is a zero value or an empty list, so that the graph holds
// no empty properties.
func put[T comparable](p map[string]any, k string, v T) {
	var zero T
	if v != zero {
		p[k] = v
	}
}

// putList sets p[k] = v unless v is empty.
func putList(p map[string]any, k string, v []string) {
	if len(v) > 0 {
		p[k] = v
	}
}

// properties returns all properties of e's node or relationship: the mirrored fields,
// the metadata and the full JSON form, from which the store reads entities back.
func properties(e graph.Entity) (map[string]any, error) {
	raw, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	m := e.Metadata()
	p := map[string]any{
		"id":         m.ID,
		"version":    m.Version,
		"created_at": m.CreatedAt.UTC(),
		"updated_at": m.UpdatedAt.UTC(),
		"json":       string(raw),
	}
	if m.ExternalKey != "" {
		p["external_key"] = m.ExternalKey
	}
	kinds[e.EntityKind()].props(e, p)
	return p, nil
}

// decode returns the entity of the kind stored as raw JSON.
func decode(kind graph.Kind, raw string) (graph.Entity, error) {
	e := graph.New(kind)
	if err := json.Unmarshal([]byte(raw), e); err != nil {
		return nil, fmt.Errorf("decode %s: %w", kind, err)
	}
	return e, nil
}

// now returns the current time as the store records it: UTC, without a monotonic
// reading, so that it survives a round trip through JSON unchanged.
func now() time.Time { return time.Now().UTC() }
