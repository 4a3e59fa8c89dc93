package survey

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// RateDefinition states how the dashboard counts.
const RateDefinition = "Rücklaufquote = abgeschickte Fragebögen / befragte Organisationen; nur zwischengespeicherte Antworten zählen nicht. " +
	"Eine Organisation mit mehreren Rechtskreisen oder Sozialräumen zählt in jedem davon. " +
	"Kooperationen zählen je Paar von Organisationen aus abgeschickten Fragebögen: beidseitig (beide melden sie mit gleicher Richtung und Intensität), " +
	"einseitig (nur eine meldet sie) oder widersprüchlich (beide melden sie, aber mit anderer Richtung oder Intensität)."

// decisions is the coordinator's verdicts on a survey, by key.
type decisions struct {
	Ties       map[string]Decision `json:"ties,omitempty"`
	Proposals  map[string]string   `json:"proposals,omitempty"`
	MasterData map[string]string   `json:"master_data,omitempty"`
}

// overview is everything the dashboard, decisions and takeover work on.
type overview struct {
	survey    *Survey
	net       *graph.Network
	actors    map[string]*graph.Actor
	asked     []*graph.Actor
	responses map[string]*Response
	decided   decisions
	version   int64 // of the decisions record
}

// overview reads the survey, the network, all answers and the decisions.
func (s *Service) overview(ctx context.Context, id string) (*overview, error) {
	sv, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	n, err := s.cfg.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	st := &overview{survey: sv, net: n, actors: map[string]*graph.Actor{}, asked: respondents(sv, n), responses: map[string]*Response{}}
	for i := range n.Actors {
		st.actors[n.Actors[i].ID] = &n.Actors[i]
	}
	resps, rs, err := list[Response](ctx, s, colAnswers, id+"/")
	if err != nil {
		return nil, err
	}
	for i := range resps {
		resps[i].Version, resps[i].UpdatedAt = rs[i].Version, rs[i].UpdatedAt
		st.responses[resps[i].RespondentID] = &resps[i]
	}
	st.version, err = s.load(ctx, colDecisions, id, &st.decided)
	if err != nil && graph.ErrorCode(err) != graph.NotFound {
		return nil, err
	}
	return st, nil
}

// name returns the name of an actor, or its ID if it no longer exists.
func (st *overview) name(id string) string {
	if a := st.actors[id]; a != nil {
		return a.Name
	}
	return id
}

// submitted returns the submitted responses in respondent order.
func (st *overview) submitted() []Response {
	var out []Response
	for _, r := range st.responses {
		if r.SubmittedAt != nil {
			out = append(out, *r)
		}
	}
	slices.SortFunc(out, func(a, b Response) int { return cmp.Compare(a.RespondentID, b.RespondentID) })
	return out
}

// pairs returns the reported pairs with the decisions applied.
func (st *overview) pairs() []TiePair {
	ps := Pairs(st.submitted(), st.name)
	for i := range ps {
		d := st.decided.Ties[ps[i].Key]
		ps[i].Decision, ps[i].Prefer = d.Decision, d.Prefer
	}
	return ps
}

// proposals returns the organisations proposed in submitted answers.
func (st *overview) proposals() []Proposed {
	out := []Proposed{}
	for _, r := range st.submitted() {
		for i, p := range r.Proposals {
			key := proposalKey(r.RespondentID, i)
			out = append(out, Proposed{Key: key, RespondentID: r.RespondentID, RespondentName: st.name(r.RespondentID),
				Organisation: p, Decision: st.decided.Proposals[key]})
		}
	}
	return out
}

// proposalKey returns the key of the respondent's i-th proposal.
func proposalKey(respondent string, i int) string { return fmt.Sprintf("%s#%d", respondent, i) }

// changes returns the master-data corrections in submitted answers that differ
// from the actor as stored.
func (st *overview) changes() []Changed {
	out := []Changed{}
	for _, r := range st.submitted() {
		a := st.actors[r.RespondentID]
		if r.MasterData == nil || a == nil {
			continue
		}
		cur, prop := masterData(a), *r.MasterData
		var fields []string
		for _, f := range []struct {
			name string
			a, b any
		}{{"name", cur.Name, prop.Name}, {"address", cur.Address, prop.Address}, {"website", cur.Website, prop.Website},
			{"email", cur.Email, prop.Email}, {"phone", cur.Phone, prop.Phone}, {"offers", "", prop.Offers}} {
			if f.a != f.b {
				fields = append(fields, f.name)
			}
		}
		if len(fields) > 0 {
			out = append(out, Changed{Key: a.ID, Name: a.Name, Current: cur, Proposed: prop, Fields: fields, Decision: st.decided.MasterData[a.ID]})
		}
	}
	return out
}

// Dashboard returns the coordinator's view of the survey: the response rate overall
// and by legal domain, actor kind and social space, who has not submitted, the
// reported pairs, and the proposals and master-data changes with their decisions.
func (s *Service) Dashboard(ctx context.Context, id string) (*Dashboard, error) {
	st, err := s.overview(ctx, id)
	if err != nil {
		return nil, err
	}
	mailed, err := s.mailCounts(ctx, id)
	if err != nil {
		return nil, err
	}
	sv, t := st.survey, st.net.Taxonomy
	d := &Dashboard{State: stateOf(sv, nil, s.cfg.Now()), Respondents: len(st.asked), Threshold: sv.Limit(), Definition: RateDefinition,
		NotAnswered: []Pending{}, TakeoverBatch: sv.TakeoverBatch}
	spaces := map[string]string{}
	for _, sp := range st.net.SocialSpaces {
		spaces[sp.ID] = sp.Name
	}
	domains, kinds, inSpace := groups{}, groups{}, groups{}
	for _, a := range st.asked {
		r := st.responses[a.ID]
		done := r != nil && r.SubmittedAt != nil
		for _, c := range a.DomainsOrUnassigned() {
			domains.count(c, t.Label(graph.ListLegalDomains, c), done)
		}
		kinds.count(a.Kind, t.Label(graph.ListActorKinds, a.Kind), done)
		for _, sp := range a.SocialSpaces {
			inSpace.count(sp, cmp.Or(spaces[sp], sp), done)
		}
		if len(a.SocialSpaces) == 0 {
			inSpace.count("", "ohne Sozialraum", done)
		}
		switch {
		case done:
			d.Submitted++
		case r != nil:
			d.Drafts++
			fallthrough
		default:
			d.NotAnswered = append(d.NotAnswered, Pending{ID: a.ID, Name: a.Name, Email: a.Email, Draft: r != nil, Mailings: mailed.to[a.ID]})
		}
	}
	d.Rate = rate(d.Submitted, d.Respondents)
	d.ByLegalDomain, d.ByKind, d.BySocialSpace = domains.list(), kinds.list(), inSpace.list()
	d.Ties = st.pairs()
	d.TieCounts = Count(d.Ties)
	d.Proposals, d.MasterData = st.proposals(), st.changes()
	_, d.Takeover = st.batch()
	return d, nil
}

// groups counts respondents and submissions by group code.
type groups map[string]*RateGroup

func (g groups) count(code, label string, done bool) {
	x := g[code]
	if x == nil {
		x = &RateGroup{Code: code, Label: label}
		g[code] = x
	}
	x.Respondents++
	if done {
		x.Submitted++
	}
}

// list returns the groups by label, with their rates.
func (g groups) list() []RateGroup {
	out := make([]RateGroup, 0, len(g))
	for _, x := range g {
		x.Rate = rate(x.Submitted, x.Respondents)
		out = append(out, *x)
	}
	slices.SortFunc(out, func(a, b RateGroup) int { return cmp.Or(cmp.Compare(a.Label, b.Label), cmp.Compare(a.Code, b.Code)) })
	return out
}

// rate returns part/whole, 0 for an empty whole.
func rate(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// Decide records the decisions all-or-nothing: each names a tie, proposal or
// master-data change the dashboard lists; a conflict is accepted only with Prefer
// naming one of its two actors. Invalid naming decisions[i]; Conflict if another
// editor decided at the same time.
func (s *Service) Decide(ctx context.Context, id string, ds []Decision) error {
	if len(ds) == 0 {
		return &graph.Error{Code: graph.Invalid, Message: "Es fehlt eine Entscheidung.",
			Fields: []graph.FieldError{{Field: "decisions", Message: "Mindestens eine Entscheidung ist nötig."}}}
	}
	st, err := s.overview(ctx, id)
	if err != nil {
		return err
	}
	ties := map[string]TiePair{}
	for _, p := range st.pairs() {
		ties[p.Key] = p
	}
	props := map[string]bool{}
	for _, p := range st.proposals() {
		props[p.Key] = true
	}
	changed := map[string]bool{}
	for _, c := range st.changes() {
		changed[c.Key] = true
	}
	d := st.decided
	// Each map on its own: a record with decisions on proposals only has no ties.
	if d.Ties == nil {
		d.Ties = map[string]Decision{}
	}
	if d.Proposals == nil {
		d.Proposals = map[string]string{}
	}
	if d.MasterData == nil {
		d.MasterData = map[string]string{}
	}
	v := graph.NewChecker("")
	for i, x := range ds {
		f := func(field string) string { return fmt.Sprintf("decisions[%d].%s", i, field) }
		if x.Decision != "" && x.Decision != Accept && x.Decision != Reject {
			v.Add(f("decision"), "Erlaubt sind accept, reject und leer (Entscheidung zurücknehmen), nicht %q.", x.Decision)
			continue
		}
		switch x.Kind {
		case DecideTie:
			p, ok := ties[x.Key]
			switch {
			case !ok:
				v.Add(f("key"), "Die Kooperation %q wurde nicht gemeldet.", x.Key)
			case x.Decision == Accept && p.Status == TieConflict && x.Prefer != p.A && x.Prefer != p.B:
				v.Add(f("prefer"), "Bei widersprüchlichen Meldungen von „%s“ und „%s“ ist zu wählen, wessen Angabe gilt (prefer).", p.AName, p.BName)
			case x.Decision == "":
				delete(d.Ties, x.Key)
			default:
				d.Ties[x.Key] = Decision{Decision: x.Decision, Prefer: x.Prefer}
			}
		case DecideProposal:
			if !props[x.Key] {
				v.Add(f("key"), "Den Vorschlag %q gibt es nicht.", x.Key)
			} else {
				setOrDelete(d.Proposals, x.Key, x.Decision)
			}
		case DecideMasterData:
			if !changed[x.Key] {
				v.Add(f("key"), "Für %q liegen keine geänderten Stammdaten vor.", x.Key)
			} else {
				setOrDelete(d.MasterData, x.Key, x.Decision)
			}
		default:
			v.Add(f("kind"), "Erlaubt sind tie, proposal und master_data, nicht %q.", x.Kind)
		}
	}
	if err := v.Err("Die Entscheidungen sind ungültig; nichts wurde gespeichert."); err != nil {
		return err
	}
	r, err := record(colDecisions, id, st.version, d)
	if err != nil {
		return err
	}
	return stale(s.store.PutRecords(ctx, r), "Jemand anderes hat gleichzeitig entschieden; bitte neu laden.")
}

// setOrDelete sets m[k] to v, or deletes it for an empty v.
func setOrDelete(m map[string]string, k, v string) {
	if v == "" {
		delete(m, k)
	} else {
		m[k] = v
	}
}
