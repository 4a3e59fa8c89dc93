package api

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/changes"
)

// stateEntry is one wave in the answer of GET /api/v1/analysis/states.
type stateEntry struct {
	graph.StateInfo
	// Closed says whether the wave is closed (its cooperations can no longer be
	// changed).
	Closed bool `json:"closed"`
}

// statesResponse is the answer of GET /api/v1/analysis/states.
type statesResponse struct {
	Revision int64 `json:"revision"`
	// States are the waves, newest first, each as the state it stands for; a wave
	// without cooperations counts 0 actors and 0 cooperations and cannot be chosen.
	States []stateEntry `json:"states" nullable:"false"`
	// Default is the state shown when none is chosen: today.
	Default graph.StateInfo `json:"default"`
}

// statesPath is the route of the states to choose from, which Warm answers ahead.
const statesPath = "/api/v1/analysis/states"

// analysisStates answers GET /api/v1/analysis/states: the states to choose from (the
// waves, newest first) and the default one (today), for the state selector.
func (s *Server) analysisStates(c *gin.Context) {
	if _, err := newQueryParams(c.Request); err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.snapshot(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	def, err := n.ResolveState(graph.State{}, s.today())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respondCached(c, statesKey(n, def), stateETag(n.Revision, def.Key()), func() (any, error) { return s.statesOf(n, def), nil })
}

// statesKey is the key of the answer of /analysis/states of the snapshot n, whose
// state today is def.
func statesKey(n *graph.Network, def graph.StateInfo) answerKey {
	return answerKey{route: statesPath, revision: n.Revision, state: def.Key()}
}

// statesOf lists the states of the snapshot n to choose from, with def (today) as
// the default.
func (s *Server) statesOf(n *graph.Network, def graph.StateInfo) statesResponse {
	res := statesResponse{Revision: n.Revision, States: []stateEntry{}, Default: *s.states.get(n, def).State}
	for i := range n.Waves {
		w := &n.Waves[i]
		info, err := n.ResolveState(graph.State{Wave: w.ID}, s.today())
		if err != nil { // a wave without cooperations
			info = graph.StateInfo{WaveID: w.ID, WaveName: w.Name, Date: w.Date, BaseWaveID: w.ID, BaseWaveName: w.Name, Label: "Stand " + w.Name}
		} else {
			info = s.states.count(n, info) // counted, not kept: the analyses ask for the states they need
		}
		res.States = append(res.States, stateEntry{StateInfo: info, Closed: w.Closed})
	}
	slices.SortFunc(res.States, func(a, b stateEntry) int {
		return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(b.WaveID, a.WaveID))
	})
	return res
}

// Warm reads the snapshot, derives today's state and lists the states to choose
// from, as the first requests after a start need them: at 100,000 actors that takes
// seconds, which the first person to open the web front end would otherwise wait.
// The server answers meanwhile; a request that comes before Warm is done shares its
// reading of the snapshot. A store without cooperations has no state today: then
// only the snapshot is read.
func (s *Server) Warm(ctx context.Context) error {
	n, err := s.snapshots.get(ctx)
	if err != nil {
		return err
	}
	def, err := n.ResolveState(graph.State{}, s.today())
	if err != nil {
		return nil
	}
	_, err = s.answers.get(statesKey(n, def), func() (any, error) { return s.statesOf(n, def), nil })
	return err
}

// stateParam reads a state given as one parameter (from, to of the changes), as
// graph.Network.StateOf reads it.
func stateParam(n *graph.Network, q *queryParams, name string) graph.State {
	return n.StateOf(q.str(name))
}

// changesRows is how many entries of each list (ties new, lapsed and changed;
// actors new and gone) /analysis/changes sends unless its limit says otherwise: a
// federal state's lists hold over 100,000 ties, which
// /analysis/changes/ties and /analysis/changes/actors send page by page.
const changesRows = 1000

// analysisChanges answers GET /api/v1/analysis/changes?from=…&to=…&limit=…: what
// changed from one state (a wave or a date; default the wave before to's) to another
// (default today), with a German sentence per item (see graph/analysis/changes), and
// the first limit entries of each list of ties and actors. from must not be later
// than to.
func (s *Server) analysisChanges(c *gin.Context) {
	q, err := newQueryParams(c.Request, "from", "to", "limit")
	if err != nil {
		s.fail(c, err)
		return
	}
	limit, err := q.integer("limit", changesRows, 0, graph.MaxLimit)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respondChanges(c, q, strconv.Itoa(limit), func(r *changes.Report) any { return r.Cut(limit) })
}

// respondChanges answers with what answer makes of the changes between the states
// that the parameters from and to of q name (see comparedStates), kept per revision,
// pair of states and query (the other parameters, as the route writes them).
func (s *Server) respondChanges(c *gin.Context, q *queryParams, query string, answer func(r *changes.Report) any) {
	ctx := c.Request.Context()
	from, to, err := s.comparedStates(ctx, q)
	if err != nil {
		s.fail(c, err)
		return
	}
	states := from.State.Key() + "|" + to.State.Key()
	key := answerKey{route: c.FullPath(), revision: to.Revision, state: states, query: query}
	s.respondCached(c, key, stateETag(to.Revision, states+"-"+query), func() (any, error) {
		r, err := s.analysis.Changes(ctx, from, to)
		if err != nil {
			return nil, err
		}
		return answer(r), nil
	})
}

// pager returns the entries offset to offset+limit of one list of a comparison,
// and the length of the whole list.
type pager[T any] func(r *changes.Report, offset, limit int) (page []T, total int)

// tieLists and actorLists are the lists of a comparison that /analysis/changes/ties
// and /analysis/changes/actors page through, by the value of their parameter list.
var (
	tieLists = map[string]pager[changes.Tie]{
		string(changes.NewTies): tiePager(changes.NewTies), string(changes.LapsedTies): tiePager(changes.LapsedTies),
		string(changes.ChangedTies): tiePager(changes.ChangedTies),
	}
	actorLists = map[string]pager[changes.ActorChange]{
		"new":  actorPager(func(r *changes.Report) []changes.ActorChange { return r.Actors.New }),
		"gone": actorPager(func(r *changes.Report) []changes.ActorChange { return r.Actors.Gone }),
	}
)

// tiePager pages through the ties of the list l, made as they are asked for.
func tiePager(l changes.TieList) pager[changes.Tie] {
	return func(r *changes.Report, offset, limit int) ([]changes.Tie, int) {
		return r.TiePage(l, offset, limit), r.TieCount(l)
	}
}

// actorPager pages through the list of actors that list returns.
func actorPager(list func(r *changes.Report) []changes.ActorChange) pager[changes.ActorChange] {
	return func(r *changes.Report, offset, limit int) ([]changes.ActorChange, int) {
		all := list(r)
		page := all[min(offset, len(all)):]
		return page[:min(limit, len(page))], len(all)
	}
}

// comparedStatesParams are the query parameters from and to of the routes that
// compare two states.
var comparedStatesParams = []param{
	{"from", "Ausgangsstand: Erhebungswelle (ID oder Schlüssel) oder Stichtag (JJJJ-MM-TT); ohne Angabe die Welle vor dem Stand to.", map[string]any{"type": "string"}},
	{"to", "Vergleichsstand wie from; ohne Angabe heute.", map[string]any{"type": "string"}},
}

// changeListParam documents the parameter list of a route that pages through lists.
func changeListParam[T any](lists map[string]pager[T]) param {
	return param{"list", "Welche Liste.", map[string]any{"type": "string", "enum": slices.Sorted(maps.Keys(lists)), "default": "new"}}
}

// changeList answers GET /api/v1/analysis/changes/ties and /analysis/changes/actors:
// one page (offset, limit) of the list named by the parameter list, of the
// comparison that from and to name as for /analysis/changes, in its order.
func changeList[T any](s *Server, lists map[string]pager[T]) gin.HandlerFunc {
	names := slices.Sorted(maps.Keys(lists))
	return func(c *gin.Context) {
		q, err := newQueryParams(c.Request, "from", "to", "list", "offset", "limit")
		if err != nil {
			s.fail(c, err)
			return
		}
		name, err := q.choice("list", "new", names, "Erwartet wird eine der Listen "+strings.Join(names, ", "))
		var limit, offset int
		if err == nil {
			limit, err = q.integer("limit", graph.DefaultLimit, 1, graph.MaxLimit)
		}
		if err == nil {
			offset, err = q.integer("offset", 0, 0, maxOffset)
		}
		if err != nil {
			s.fail(c, err)
			return
		}
		page := fmt.Sprintf("%s-%d-%d", name, offset, limit)
		s.respondChanges(c, q, page, func(r *changes.Report) any {
			items, total := lists[name](r, offset, limit)
			return listResponse[T]{Items: items, Total: total, Limit: limit, Offset: offset}
		})
	}
}

// comparedStates returns the networks of the states that the parameters from and
// to of q name, as /analysis/changes takes them: to defaults to today, from to the
// wave before to's state, and from must not be later than to (else a 400 problem
// naming from; without an earlier wave a 422 problem).
func (s *Server) comparedStates(ctx context.Context, q *queryParams) (from, to *graph.Network, err error) {
	n, err := s.snapshot(ctx)
	if err != nil {
		return nil, nil, err
	}
	// Both states are resolved first and then derived at once.
	var infos [2]graph.StateInfo
	for i, name := range []string{"to", "from"} {
		st := stateParam(n, q, name)
		if name == "from" && st == (graph.State{}) {
			prev := n.PreviousWave(infos[0].BaseWaveID, infos[0].Date)
			if prev == nil {
				return nil, nil, newProblem(http.StatusUnprocessableEntity, "no-earlier-wave",
					fmt.Sprintf("Vor dem %s gibt es keine Erhebungswelle zum Vergleich; bitte from angeben.", infos[0].Label),
					graph.FieldError{Field: "from", Message: "Bitte eine Erhebungswelle oder einen Stichtag angeben."})
			}
			st = graph.State{Wave: prev.ID}
		}
		if infos[i], err = s.resolveState(ctx, n, st, map[string]string{"wave": name, "date": name}); err != nil {
			return nil, nil, err
		}
	}
	if infos[1].Date > infos[0].Date {
		return nil, nil, badParam("from", "Der Ausgangsstand (%s, %s) liegt nach dem Vergleichsstand (%s, %s); bitte from und to tauschen.",
			infos[1].Label, infos[1].Date, infos[0].Label, infos[0].Date)
	}
	var wg sync.WaitGroup
	wg.Go(func() { to = s.states.get(n, infos[0]) })
	from = s.states.get(n, infos[1])
	wg.Wait()
	return from, to, nil
}
