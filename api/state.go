package api

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// stateParams are the query parameters that choose the state (wave or date) of the
// network that an answer shows; every analysis, /network and the exports take them.
var stateParams = []string{"wave", "date"}

// stateOf reads the state parameters of q. A date given empty is an error (leave
// the parameter out for today).
func stateOf(q *queryParams) (graph.State, error) {
	st := graph.State{Wave: q.str("wave"), Date: q.str("date")}
	if q.values.Has("date") && st.Date == "" {
		return st, badParam("date", "Der Stichtag ist leer; bitte als JJJJ-MM-TT angeben oder den Parameter weglassen (dann gilt heute).")
	}
	return st, nil
}

// today returns the server's date: Config.Now's, or the local date.
func (s *Server) today() time.Time {
	if s.cfg.Now != nil {
		return s.cfg.Now()
	}
	return time.Now()
}

// stateNetwork returns the network of the state st in the current snapshot (see
// graph.Network.At), made once per revision and state (stateCache), with the
// coverage of the wave's partner survey (survey.Service.Coverage). A wrong state is
// a 400 problem naming the parameter (wave or date; for changes, as renamed by
// param), a wave without cooperations a 422 problem.
func (s *Server) stateNetwork(ctx context.Context, st graph.State, param map[string]string) (*graph.Network, error) {
	n, err := s.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	info, err := s.resolveState(ctx, n, st, param)
	if err != nil {
		return nil, err
	}
	return s.states.get(n, info), nil
}

// resolveState describes the state st of the snapshot n, with the coverage of its
// wave's partner survey; a wrong state is a problem naming the parameter as
// stateNetwork says.
func (s *Server) resolveState(ctx context.Context, n *graph.Network, st graph.State, param map[string]string) (graph.StateInfo, error) {
	info, err := n.ResolveState(st, s.today())
	if err != nil {
		return info, stateProblem(err, param)
	}
	info.Coverage, err = s.surveys.Coverage(ctx, n, info.BaseWaveID)
	return info, err
}

// stateProblem turns an error of graph.Network.ResolveState into a problem naming
// the parameter: the error's field, renamed by param if it names it.
func stateProblem(err error, param map[string]string) error {
	fields := graph.ErrorFields(err)
	if len(fields) == 0 {
		return err
	}
	f := fields[0]
	if p, ok := param[f.Field]; ok {
		f.Field = p
	}
	if errors.Is(err, graph.ErrEmptyWave) {
		return newProblem(http.StatusUnprocessableEntity, "empty-wave", graph.ErrorMessage(err), f)
	}
	return badParam(f.Field, "%s", f.Message)
}

// stateETag is the ETag of an answer about the state (graph.StateInfo.Key, or keys
// joined) at a revision.
func stateETag(revision int64, state string) string {
	return `"` + strconv.FormatInt(revision, 10) + "-" + state + `"`
}

// maxStates bounds the state networks kept per revision, and maxStateItems their
// actors and ties together: a state of 100,000 actors and 700,000 ties takes well
// over 100 MB, so at most three such are kept.
const (
	maxStates     = 16
	maxStateItems = 2_500_000
)

// stateCache keeps the networks of the states asked for at the newest revision; a
// newer revision drops them all, and beyond maxStates states or maxStateItems
// actors and ties the oldest ones go (the newest stays). States with the same ties
// share them (graph.Network.ShareTies). It also keeps the index that derives the
// states of the newest snapshot (graph.States). Safe for concurrent use.
type stateCache struct {
	mu       sync.Mutex
	revision int64
	keys     []string // in the order they were made
	nets     map[string]*graph.Network
	// derived derives the states of the snapshot of, the newest one asked for.
	of      *graph.Network
	derived *graph.States
}

// statesOf returns the index that derives the states of the snapshot n, made once
// per snapshot (two requests that come at once may both make it).
func (c *stateCache) statesOf(n *graph.Network) *graph.States {
	c.mu.Lock()
	of, d := c.of, c.derived
	c.mu.Unlock()
	if of == n {
		return d
	}
	d = n.States()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.of == nil || n.Revision >= c.of.Revision {
		c.of, c.derived = n, d
	}
	return d
}

// count returns the resolved state info of the snapshot n with its actors and ties
// counted (graph.States.Count), without making its network.
func (c *stateCache) count(n *graph.Network, info graph.StateInfo) graph.StateInfo {
	return c.statesOf(n).Count(info)
}

// get returns the network of the resolved state info of the snapshot n.
func (c *stateCache) get(n *graph.Network, info graph.StateInfo) *graph.Network {
	key := info.Key()
	var kept []*graph.Network
	c.mu.Lock()
	if c.nets != nil && c.revision == n.Revision {
		if s := c.nets[key]; s != nil {
			c.mu.Unlock()
			return s
		}
		for _, k := range c.keys {
			kept = append(kept, c.nets[k])
		}
	}
	c.mu.Unlock()
	s := c.statesOf(n).At(info, kept...) // shares the ties of a kept state with the same, such as today's and the latest wave's
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.nets == nil || n.Revision > c.revision:
		c.revision, c.nets, c.keys = n.Revision, map[string]*graph.Network{}, nil
	case n.Revision < c.revision:
		return s
	}
	if old := c.nets[key]; old != nil {
		return old // made meanwhile by another request
	}
	c.nets[key] = s
	c.keys = append(c.keys, key)
	for len(c.keys) > 1 && (len(c.keys) > maxStates || c.items() > maxStateItems) {
		delete(c.nets, c.keys[0])
		c.keys = slices.Delete(c.keys, 0, 1)
	}
	return s
}

// items returns the actors and ties of the kept networks. c.mu must be held.
func (c *stateCache) items() int {
	n := 0
	for _, s := range c.nets {
		n += len(s.Actors) + len(s.Cooperations)
	}
	return n
}
