package api

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/aggregate"
	"github.com/netzwerkatlas/netzwerkatlas/privacy"
)

// PrivacyConfig is the installation's rule for protected actors and field
// visibility (see package privacy). The zero value protects self-help groups
// (privacy.DefaultProtected) with k = privacy.DefaultMinGroup, and pseudonymises only
// on request (pseudonymize=true).
type PrivacyConfig struct {
	// Protected are the codes of the protected actor kinds; nil means
	// privacy.DefaultProtected, an empty slice none.
	Protected []string
	// MinGroup is k: pseudonymised answers suppress the figures of groups with fewer
	// members; privacy.DefaultMinGroup if 0.
	MinGroup int
	// PseudonymizeViewers makes every answer to the role viewer pseudonymised, as if
	// it asked with pseudonymize=true.
	PseudonymizeViewers bool
}

// pseudonymizeParam documents the query parameter of the routes that pseudonymise
// on request (route.Pseudonymize).
var pseudonymizeParam = param{"pseudonymize", "Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: " +
	"stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. " +
	"Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt.",
	map[string]any{"type": "boolean", "default": false}}

// viewKey is the context key of the reader's privacy.View.
type viewKey struct{}

// viewOf returns the reader's view of the request's context: privacy.Whole unless
// readerView set another.
func viewOf(ctx context.Context) privacy.View {
	if v, ok := ctx.Value(viewKey{}).(privacy.View); ok {
		return v
	}
	return privacy.Whole
}

// readerView returns the middleware that decides what the caller sees, after
// authorize: a viewer never sees confidential fields, and is pseudonymised if
// PrivacyConfig.PseudonymizeViewers says so; with param, ?pseudonymize=true
// pseudonymises for every role. The parameter is taken off the query, so that the
// handlers need not know it; the caches key the answers by the view instead (see
// graph.StateInfo.Redaction).
func (s *Server) readerView(param bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		v := privacy.Whole
		if p := principalOf(c); p != nil && !p.Role.Allows(graph.RoleAnalyst) {
			v = privacy.View{Pseudonymize: s.cfg.Privacy.PseudonymizeViewers, Max: privacy.Internal}
		}
		if values, err := url.ParseQuery(c.Request.URL.RawQuery); param && err == nil && values.Has("pseudonymize") {
			q := &queryParams{values: values}
			on, err := q.boolean("pseudonymize")
			if err == nil && len(values["pseudonymize"]) > 1 {
				err = badParam("pseudonymize", "Der Parameter darf nur einmal angegeben werden.")
			}
			if err != nil {
				s.fail(c, err)
				return
			}
			v.Pseudonymize = v.Pseudonymize || on
			values.Del("pseudonymize")
			c.Request.URL.RawQuery = values.Encode()
		}
		if v != privacy.Whole {
			c.Request = c.Request.WithContext(context.WithValue(c.Request.Context(), viewKey{}, v))
		}
		c.Next()
	}
}

// views keeps the copies of the newest snapshot as the readers' views show it
// (privacy.Apply), one per view, and the installation's policy once its secret is
// read. Safe for concurrent use.
type views struct {
	mu     sync.Mutex
	of     *graph.Network // the snapshot the copies derive from
	copies map[privacy.View]*viewed
	policy *privacy.Policy // nil until the secret was read
}

// viewed is a snapshot as a view shows it, with an index of its entities by kind
// and ID, made on first use.
type viewed struct {
	net   *graph.Network
	once  sync.Once
	index map[graph.Kind]map[string]graph.Entity
}

// policy returns the installation's pseudonymisation policy, reading (or making)
// its secret on first use.
func (s *Server) policy(ctx context.Context) (*privacy.Policy, error) {
	s.views.mu.Lock()
	defer s.views.mu.Unlock()
	if s.views.policy != nil {
		return s.views.policy, nil
	}
	p, err := privacy.NewPolicy(ctx, s.store, s.cfg.Privacy.Protected, s.cfg.Privacy.MinGroup)
	if err != nil {
		return nil, err
	}
	s.views.policy = p
	return p, nil
}

// snapshot returns the current snapshot as the reader of ctx may see it (see
// readerView): the snapshot itself for the whole view, else its copy for the view,
// made once per revision.
func (s *Server) snapshot(ctx context.Context) (*graph.Network, error) {
	v, err := s.viewedSnapshot(ctx)
	if err != nil {
		return nil, err
	}
	return v.net, nil
}

// viewedSnapshot is snapshot with the index of the copy.
func (s *Server) viewedSnapshot(ctx context.Context) (*viewed, error) {
	n, err := s.snapshots.get(ctx)
	if err != nil {
		return nil, err
	}
	v := viewOf(ctx)
	if v == privacy.Whole {
		return &viewed{net: n}, nil
	}
	p, err := s.policy(ctx)
	if err != nil {
		return nil, err
	}
	s.views.mu.Lock()
	if s.views.of == nil || n.Revision > s.views.of.Revision {
		s.views.of, s.views.copies = n, map[privacy.View]*viewed{}
	}
	if s.views.of == n {
		if c := s.views.copies[v]; c != nil {
			s.views.mu.Unlock()
			return c, nil
		}
	}
	s.views.mu.Unlock()
	c := &viewed{net: privacy.Apply(n, v, p)}
	s.views.mu.Lock()
	defer s.views.mu.Unlock()
	if s.views.of == n {
		if old := s.views.copies[v]; old != nil {
			return old, nil // made meanwhile
		}
		s.views.copies[v] = c
	}
	return c, nil
}

// redacted reports whether the view changes entities of the kind: actors, offers,
// cooperations and measures, which carry protected actors' data.
func redacted(ctx context.Context, kind graph.Kind) bool {
	return viewOf(ctx) != privacy.Whole &&
		slices.Contains([]graph.Kind{graph.KindActor, graph.KindOffer, graph.KindCooperation, graph.KindMeasure}, kind)
}

// entities returns the entities of the kind in the view's copy, by ID.
func (v *viewed) entities(kind graph.Kind) map[string]graph.Entity {
	v.once.Do(func() {
		b := v.net.Batch()
		v.index = map[graph.Kind]map[string]graph.Entity{}
		for _, it := range b.Items() {
			k := it.Entity.EntityKind()
			if v.index[k] == nil {
				v.index[k] = map[string]graph.Entity{}
			}
			v.index[k][it.Entity.Metadata().ID] = it.Entity
		}
	})
	return v.index[kind]
}

// viewedEntity returns the stored entity of the kind with the ID as the reader's
// view shows it, taken from the view's copy of the snapshot (which is at least as
// new as the store's entity read first).
func (s *Server) viewedEntity(ctx context.Context, kind graph.Kind, id string) (graph.Entity, error) {
	if _, err := s.store.Get(ctx, kind, id); err != nil {
		return nil, err
	}
	v, err := s.viewedSnapshot(ctx)
	if err != nil {
		return nil, err
	}
	if e := v.entities(kind)[id]; e != nil {
		return e, nil
	}
	return nil, graph.Errorf(graph.NotFound, "%s „%s“ gibt es nicht.", kind.Label(), id)
}

// viewedList returns the page of the entities of the kind that f selects, as
// Store.List orders and pages them, from the reader's view of the snapshot: a text
// query matches pseudonyms, never the names behind them.
func (s *Server) viewedList(ctx context.Context, kind graph.Kind, f graph.Filter) (graph.Page, error) {
	v, err := s.viewedSnapshot(ctx)
	if err != nil {
		return graph.Page{}, err
	}
	m := graph.NewMatcher(f, v.net.SocialSpaces)
	var items []graph.Entity
	for _, e := range v.entities(kind) {
		if m.Match(e) {
			items = append(items, e)
		}
	}
	graph.SortEntities(items)
	start, end := f.Window(len(items), func(i int) graph.Position { return graph.PositionOf(items[i]) })
	page := graph.Page{Items: items[start:end:end], Total: len(items)}
	if end < len(items) {
		page.Next = graph.PositionOf(items[end-1]).Cursor()
	}
	return page, nil
}

// viewedHistory returns the events of an entity's history as the reader's view
// shows them: without the changes of fields above the view's visibility. A
// pseudonymising view gets a 403 problem for actors, offers, cooperations and
// measures: their earlier versions hold the names it hides.
func viewedHistory(ctx context.Context, kind graph.Kind, evs []graph.Event) ([]graph.Event, error) {
	v := viewOf(ctx)
	if !redacted(ctx, kind) {
		return evs, nil
	}
	if v.Pseudonymize {
		return nil, newProblem(http.StatusForbidden, "forbidden",
			"Die Historie zeigt frühere Fassungen mit Namen geschützter Akteure; in der pseudonymisierten Ansicht gibt es sie nicht.")
	}
	out := make([]graph.Event, len(evs))
	for i, ev := range evs {
		ev.Changes = slices.DeleteFunc(slices.Clone(ev.Changes), func(c graph.FieldChange) bool {
			return !privacy.Visible(kind, c.Field, v.Max)
		})
		out[i] = ev
	}
	return out, nil
}

// pseudonymizing are the operations that pseudonymise on request: the exports, the
// analyses of a state, the reports and the network views.
var pseudonymizing = []string{
	"export", "network", "networkAggregate", "networkGroup",
	"analysisActors", "analysisNetwork", "analysisCommunities", "analysisCouplingMatrix", "analysisCouplingPotentials",
	"analysisGaps", "analysisSocialSpaces", "analysisResilience", "analysisChanges", "analysisMeasures", "measureEvaluation",
	"steeringReport", "spaceProfile",
}

// withPseudonymize marks the routes of pseudonymizing and documents their parameter.
func withPseudonymize(rs []route) []route {
	for i := range rs {
		if slices.Contains(pseudonymizing, rs[i].Op.ID) {
			rs[i].Pseudonymize = true
			rs[i].Op.Query = append(slices.Clone(rs[i].Op.Query), pseudonymizeParam)
		}
	}
	return rs
}

// suppressGroups leaves out of the pseudonymised summary r the groups with fewer
// than k actors and the links with fewer than k cooperating pairs (and the links of
// left-out groups), so that no small group can be singled out, and says so in the
// definition. The totals Actors and Pairs then count only the groups shown; the
// left-out links count among OmittedLinks, their pairs nowhere. k 0 leaves r as it
// is.
func suppressGroups(r *aggregate.Overview, k int) {
	if k <= 0 {
		return
	}
	gone := map[string]bool{}
	r.Groups = slices.DeleteFunc(r.Groups, func(g aggregate.Group) bool {
		if g.Actors < k {
			gone[g.ID] = true
			r.Actors -= g.Actors
			r.Pairs -= g.Pairs
		}
		return gone[g.ID]
	})
	links := len(r.Links)
	r.Links = slices.DeleteFunc(r.Links, func(l aggregate.Link) bool {
		if gone[l.Source] || gone[l.Target] || l.Pairs < k {
			r.Pairs -= l.Pairs
			return true
		}
		return false
	})
	r.OmittedLinks += links - len(r.Links)
	r.Definition += fmt.Sprintf(" Pseudonymisiert: %d Gruppen mit weniger als %d Akteuren und Verbindungen mit weniger als %d Paaren sind nicht ausgewiesen.",
		len(gone), k, k)
}
