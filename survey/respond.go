package survey

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/fuzzy"
)

// MaxHits is the most roster entries a search returns.
const MaxHits = 20

// session is what a respondent's request works on: the survey, the network, the
// respondent and its roster.
type session struct {
	survey     *Survey
	net        *graph.Network
	respondent *graph.Actor
	roster     []*graph.Actor // in name order
}

// open loads the session of a link; ErrLink if its respondent is gone.
func (s *Service) open(ctx context.Context, l *Link) (*session, error) {
	sv, err := s.Get(ctx, l.SurveyID)
	if graph.ErrorCode(err) == graph.NotFound {
		return nil, ErrLink
	}
	if err != nil {
		return nil, err
	}
	n, err := s.cfg.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	ss := &session{survey: sv, net: n}
	for i := range n.Actors {
		if n.Actors[i].ID == l.RespondentID {
			ss.respondent = &n.Actors[i]
		}
	}
	if ss.respondent == nil {
		return nil, ErrLink
	}
	for i := range n.Actors {
		if a := &n.Actors[i]; sv.Roster.OnRoster(ss.respondent, a) {
			ss.roster = append(ss.roster, a)
		}
	}
	slices.SortFunc(ss.roster, func(a, b *graph.Actor) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return ss, nil
}

// entry returns the roster entry of an actor.
func entry(a *graph.Actor) RosterEntry {
	return RosterEntry{ID: a.ID, Name: a.Name, ShortName: a.ShortName, City: a.Address.City}
}

// masterData returns the actor's master data as a respondent sees it.
func masterData(a *graph.Actor) MasterData {
	return MasterData{Name: a.Name, Address: a.Address, Website: a.Website, Email: a.Email, Phone: a.Phone}
}

// response returns the stored answers of the link's respondent, or an empty
// response of version 0.
func (s *Service) response(ctx context.Context, surveyID, respondent string) (*Response, error) {
	resp := &Response{SurveyID: surveyID, RespondentID: respondent}
	r, err := s.store.GetRecord(ctx, colAnswers, answersKey(surveyID, respondent))
	switch {
	case graph.ErrorCode(err) == graph.NotFound:
		return resp, nil
	case err != nil:
		return nil, err
	}
	if err := unmarshal(r, resp); err != nil {
		return nil, err
	}
	resp.Version, resp.UpdatedAt = r.Version, r.UpdatedAt
	return resp, nil
}

// stateOf returns the state of a respondent's answers at the time.
func stateOf(sv *Survey, resp *Response, at time.Time) string {
	switch {
	case resp != nil && resp.SubmittedAt != nil:
		return StateSubmitted
	case at.Before(sv.OpensAt):
		return StatePlanned
	case !at.Before(sv.ClosesAt):
		return StateClosed
	}
	return StateOpen
}

// View returns what the link shows: the survey, the respondent's own organisation,
// the roster (in full up to MaxFullRoster entries) and the respondent's own answers,
// never anyone else's.
func (s *Service) View(ctx context.Context, l *Link) (*RespondentView, error) {
	ss, err := s.open(ctx, l)
	if err != nil {
		return nil, err
	}
	resp, err := s.response(ctx, l.SurveyID, l.RespondentID)
	if err != nil {
		return nil, err
	}
	sv := ss.survey
	v := &RespondentView{Title: sv.Title, ConsentText: sv.ConsentText, Contact: sv.Contact, OpensAt: sv.OpensAt, ClosesAt: sv.ClosesAt,
		Questions: sv.Questions, AsksMasterData: sv.MasterData, Organisation: entry(ss.respondent), OwnData: masterData(ss.respondent),
		Roster: []RosterEntry{}, RosterSize: len(ss.roster), Partners: []RosterEntry{}, Answers: resp.Answers,
		Version: resp.Version, State: stateOf(sv, resp, s.cfg.Now()), SubmittedAt: resp.SubmittedAt}
	if v.Answers.Ties == nil {
		v.Answers.Ties = []TieAnswer{}
	}
	v.OwnOffers = []OwnOffer{}
	if sv.MasterData {
		v.OwnOffers = ownOffers(ss.net, ss.respondent.ID)
	}
	v.Kinds = []graph.Term{}
	if sv.Questions.Kinds {
		v.Kinds = ss.net.Taxonomy.List(graph.ListCooperationKinds)
	}
	if len(ss.roster) <= MaxFullRoster {
		for _, a := range ss.roster {
			v.Roster = append(v.Roster, entry(a))
		}
	}
	byID := map[string]*graph.Actor{}
	for _, a := range ss.roster {
		byID[a.ID] = a
	}
	for _, t := range resp.Ties {
		if a := byID[t.Partner]; a != nil {
			v.Partners = append(v.Partners, entry(a))
		}
	}
	return v, nil
}

// Search returns up to MaxHits roster entries of the link's respondent that match q:
// first those whose name or short name starts with it (or has a word that does),
// then those that contain it, then those with a word that is one typo away from it
// (q of four or more letters). Case, accents and ß are ignored. An empty q lists the
// roster from the start.
func (s *Service) Search(ctx context.Context, l *Link, q string) ([]RosterEntry, error) {
	ss, err := s.open(ctx, l)
	if err != nil {
		return nil, err
	}
	q = fuzzy.Fold(strings.TrimSpace(q))
	type hit struct {
		rank int
		a    *graph.Actor
	}
	var hits []hit
	for _, a := range ss.roster {
		if r, ok := rank(q, fuzzy.Fold(a.Name+" "+a.ShortName)); ok {
			hits = append(hits, hit{r, a})
		}
	}
	slices.SortStableFunc(hits, func(x, y hit) int { return cmp.Compare(x.rank, y.rank) })
	out := []RosterEntry{}
	for _, h := range hits[:min(len(hits), MaxHits)] {
		out = append(out, entry(h.a))
	}
	return out, nil
}

// rank returns how well q matches the folded name: 0 for a word prefix, 1 for a
// substring, 2 for a word prefix one edit (or swap of neighbours) away; ok false
// for no match.
func rank(q, name string) (int, bool) {
	if q == "" {
		return 0, true
	}
	words := strings.Fields(name)
	for _, w := range words {
		if strings.HasPrefix(w, q) {
			return 0, true
		}
	}
	if strings.Contains(name, q) {
		return 1, true
	}
	if len([]rune(q)) < 4 {
		return 0, false
	}
	for _, w := range words {
		rw := []rune(w)
		for _, n := range []int{len([]rune(q)) - 1, len([]rune(q)), len([]rune(q)) + 1} {
			if n <= len(rw) && fuzzy.Distance(q, string(rw[:n]), 1) <= 1 {
				return 2, true
			}
		}
	}
	return 0, false
}

// Save saves the respondent's answers as a draft or, with submit, submits them. The
// answers must name the version last read (0 for the first save): a stale one, as
// from a second tab, is a Conflict and changes nothing. Saving needs consent, an
// open survey and answers that are not yet submitted; what was saved stays as it
// is when a save is refused.
func (s *Service) Save(ctx context.Context, l *Link, req SaveRequest, submit bool) (*Saved, error) {
	ss, err := s.open(ctx, l)
	if err != nil {
		return nil, err
	}
	sv, now := ss.survey, s.cfg.Now()
	switch {
	case now.Before(sv.OpensAt):
		return nil, graph.Errorf(graph.Conflict, "Die Erhebung beginnt erst am %s.", sv.OpensAt.Format("02.01.2006"))
	case !now.Before(sv.ClosesAt):
		return nil, graph.Errorf(graph.Conflict, "Die Erhebung ist am %s zu Ende gegangen; Ihre gespeicherten Antworten bleiben erhalten.", sv.ClosesAt.Format("02.01.2006"))
	}
	old, err := s.response(ctx, l.SurveyID, l.RespondentID)
	if err != nil {
		return nil, err
	}
	if old.SubmittedAt != nil {
		return nil, graph.Errorf(graph.Conflict, "Ihre Antworten sind bereits abgeschickt (am %s); sie lassen sich nicht mehr ändern.",
			old.SubmittedAt.Format("02.01.2006 15:04"))
	}
	t, err := s.store.Taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	onRoster := make(map[string]bool, len(ss.roster))
	names := make(map[string]string, len(ss.roster))
	for _, a := range ss.roster {
		onRoster[a.ID], names[a.ID] = true, a.Name
	}
	if !req.Answers.Consent {
		return nil, &graph.Error{Code: graph.Invalid, Message: "Die Antworten sind ungültig.",
			Fields: []graph.FieldError{{Field: "answers.consent", Message: "Bitte stimmen Sie zuerst der Einwilligung zu; ohne sie wird nichts gespeichert."}}}
	}
	if err := req.Answers.Validate(sv, onRoster, func(id string) string { return names[id] }, t, now, submit); err != nil {
		return nil, err
	}
	resp := &Response{SurveyID: l.SurveyID, RespondentID: l.RespondentID, Answers: req.Answers}
	if submit {
		resp.SubmittedAt = &now
	}
	r, err := record(colAnswers, answersKey(l.SurveyID, l.RespondentID), req.Version, resp)
	if err != nil {
		return nil, err
	}
	if submit {
		err = s.putSubmission(ctx, l.SurveyID, r)
	} else {
		err = s.store.PutRecords(ctx, r)
	}
	if err != nil {
		return nil, stale(err, "Die Antworten wurden inzwischen anderswo gespeichert, etwa in einem zweiten Fenster. "+
			"Bitte laden Sie die Seite neu; nichts wurde überschrieben.")
	}
	return &Saved{Version: r.Version, State: stateOf(sv, resp, now), UpdatedAt: r.UpdatedAt, SubmittedAt: resp.SubmittedAt}, nil
}

// ownOffers returns the offers of the actor in n, by name, with the German labels of
// their fields and target groups.
func ownOffers(n *graph.Network, actorID string) []OwnOffer {
	labels := func(list string, codes []string) []string {
		out := make([]string, 0, len(codes))
		for _, c := range codes {
			out = append(out, n.Taxonomy.Label(list, c))
		}
		return out
	}
	out := []OwnOffer{}
	for i := range n.Offers {
		if o := &n.Offers[i]; o.ActorID == actorID {
			out = append(out, OwnOffer{Name: o.Name, Fields: labels(graph.ListFields, o.Fields), TargetGroups: labels(graph.ListTargetGroups, o.TargetGroups)})
		}
	}
	slices.SortFunc(out, func(a, b OwnOffer) int { return strings.Compare(a.Name, b.Name) })
	return out
}
