package survey

import (
	"context"
	"fmt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Batch returns the batch the takeover would write: a cooperation in the survey's
// wave for every accepted pair whose two actors still exist (updating the wave's
// cooperation between them if there is one), an actor for every accepted proposal
// with a cooperation for each tie its proposer reported to it, and the accepted
// master-data corrections, with the counts of what it writes.
func (st *overview) batch() (b *graph.Batch, n TakeoverCounts) {
	sv := st.survey
	b = &graph.Batch{}
	inWave := map[string]*graph.Cooperation{}
	for i := range st.net.Cooperations {
		if c := &st.net.Cooperations[i]; c.WaveID == sv.WaveID {
			inWave[pairKey(c.From, c.To)] = c
		}
	}
	source := truncate("Erhebung: "+sv.Title, 200)
	for _, p := range st.pairs() {
		if _, ok := p.Accepted(); !ok || st.actors[p.A] == nil || st.actors[p.B] == nil {
			continue
		}
		c := p.Cooperation(sv.WaveID, source)
		if old := inWave[p.Key]; old != nil {
			c.ID, c.ExternalKey = old.ID, old.ExternalKey
		} else {
			c.ExternalKey = "survey:" + sv.ID + ":" + p.Key
		}
		b.Cooperations = append(b.Cooperations, c)
	}
	for _, p := range st.proposals() {
		if p.Decision != Accept {
			continue
		}
		o := p.Organisation
		a := graph.Actor{Name: o.Name, Kind: o.Kind, LegalDomains: []string{}, Address: graph.Address{City: o.City},
			Description: truncate(fmt.Sprintf("Vorgeschlagen von %s in der Erhebung „%s“. %s", p.RespondentName, sv.Title, o.Note), 5000)}
		a.ExternalKey = "survey:" + sv.ID + ":" + p.Key
		b.Actors = append(b.Actors, a)
		if st.actors[p.RespondentID] != nil {
			b.Cooperations = append(b.Cooperations, st.proposalTies(p, a.ExternalKey, source)...)
		}
	}
	for _, c := range st.changes() {
		if c.Decision != Accept {
			continue
		}
		a := *st.actors[c.Key]
		m := c.Proposed
		a.Name, a.Address, a.Website, a.Email, a.Phone = m.Name, m.Address, m.Website, m.Email, m.Phone
		b.Actors = append(b.Actors, a)
		n.Corrected++
	}
	n.Ties, n.Actors = len(b.Cooperations), len(b.Actors)-n.Corrected
	return b, n
}

// proposalTies returns the cooperations from the ties that the proposer of p reported
// to the proposed organisation, which the batch creates under the external key key.
func (st *overview) proposalTies(p Proposed, key, source string) []graph.Cooperation {
	var out []graph.Cooperation
	r := st.responses[p.RespondentID]
	for _, t := range r.Ties {
		if i, ok := proposalIndex(t.Partner); !ok || p.Key != proposalKey(r.RespondentID, i) {
			continue
		}
		t.Partner = key
		tp := TiePair{Key: pairKey(r.RespondentID, key), A: min(r.RespondentID, key), B: max(r.RespondentID, key), Status: TieOneSide}
		if tp.A == r.RespondentID {
			tp.ByA = &t
		} else {
			tp.ByB = &t
		}
		c := tp.Cooperation(st.survey.WaveID, source)
		c.ExternalKey = "survey:" + st.survey.ID + ":" + tp.Key
		out = append(out, c)
	}
	return out
}

// Takeover writes the accepted answers into the survey's wave as one batch (see
// Store.Upsert: all or nothing), each cooperation with ReportedBy set from who
// reported it, and remembers the batch for RevertTakeover. Conflict if it was taken
// over already or the wave is closed; Invalid if there is nothing to take over.
func (s *Service) Takeover(ctx context.Context, id string) (*TakeoverResult, error) {
	st, err := s.overview(ctx, id)
	if err != nil {
		return nil, err
	}
	sv := st.survey
	if sv.TakeoverBatch != "" {
		return nil, graph.Errorf(graph.Conflict, "Die Antworten sind schon übernommen (%s); erst rückgängig machen, dann erneut übernehmen.", sv.TakeoverBatch)
	}
	b, counts := st.batch()
	res, err := s.store.Upsert(ctx, b, graph.BatchOptions{})
	if err != nil {
		return nil, err
	}
	if res.BatchID == "" {
		return nil, graph.Errorf(graph.Invalid, "Es gibt nichts zu übernehmen: keine abgeschickten, angenommenen Antworten, die die Welle ändern.")
	}
	sv.TakeoverBatch = res.BatchID
	r, err := record(colSurveys, sv.ID, sv.Version, sv)
	if err == nil {
		err = s.store.PutRecords(ctx, r)
	}
	if err != nil {
		// The survey changed meanwhile: undo the batch so that no takeover is lost
		// track of.
		if _, rerr := s.store.RevertBatch(ctx, res.BatchID); rerr != nil {
			return nil, fmt.Errorf("survey: takeover %s written but not recorded (%v), and not reverted: %w", res.BatchID, err, rerr)
		}
		return nil, stale(err, "Die Erhebung wurde gleichzeitig geändert; nichts wurde übernommen. Bitte erneut versuchen.")
	}
	return &TakeoverResult{BatchResult: res, TakeoverCounts: counts}, nil
}

// RevertTakeover undoes the takeover (Store.RevertBatch) and forgets it, so that the
// answers may be taken over again. Conflict if there is none, or if the wave was
// changed after it in a way that blocks the revert.
func (s *Service) RevertTakeover(ctx context.Context, id string) (graph.Reverted, error) {
	sv, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if sv.TakeoverBatch == "" {
		return nil, graph.Errorf(graph.Conflict, "Die Antworten dieser Erhebung sind nicht übernommen.")
	}
	n, err := s.store.RevertBatch(ctx, sv.TakeoverBatch)
	if err != nil {
		return nil, err
	}
	sv.TakeoverBatch = ""
	r, err := record(colSurveys, sv.ID, sv.Version, sv)
	if err != nil {
		return nil, err
	}
	return n, s.store.PutRecords(ctx, r)
}
