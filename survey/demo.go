package survey

import (
	"math/rand/v2"
	"slices"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DemoSurveyID is the ID of the demo county's survey.
const DemoSurveyID = "survey_demo"

// Demo returns the records of a closed survey of the wave in the network n, with a
// realistic response pattern, deterministic for the seed: every actor was asked and
// invited by e-mail (where it has an address); about two in five had submitted after three
// weeks, the rest were reminded, and some of them still submitted; about two in five
// never did. The submitted answers report the wave's cooperations as their
// ReportedBy says (both sides, one side, or neither, such as a tie the coordination
// entered), and one in eight ties reported by both sides differs in intensity or
// direction: a conflict. Nothing is taken over; the survey's rate lies under the
// default threshold, so analyses of the wave carry the warning. The records are
// meant for a store that holds n and no survey yet.
func Demo(n *graph.Network, waveID string, seed int64) ([]*graph.Record, error) {
	var wave *graph.Wave
	for i := range n.Waves {
		if n.Waves[i].ID == waveID {
			wave = &n.Waves[i]
		}
	}
	if wave == nil {
		return nil, graph.Errorf(graph.NotFound, "Die Erhebungswelle %q gibt es nicht.", waveID)
	}
	date, err := time.Parse(time.DateOnly, wave.Date)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 16))
	opens := date.AddDate(0, 0, -30).Add(8 * time.Hour)
	sv := &Survey{ID: DemoSurveyID, WaveID: waveID, Title: "Netzwerkerhebung " + wave.Name, Roster: Roster{Mode: RosterAll},
		Questions:  Questions{Kinds: true, Trust: true, Value: true, Direction: true, Since: true, Note: true},
		MasterData: true, OpensAt: opens, ClosesAt: date.AddDate(0, 0, 16), ConsentText: DefaultConsent,
		Contact:   Contact{Name: "Netzwerkkoordination Landkreis Seeland", Email: "netzwerk@seeland.example", Phone: "03841 1234-0"},
		Threshold: DefaultThreshold}
	recs := []*graph.Record{}
	add := func(collection, key string, v any) error {
		r, err := record(collection, key, 0, v)
		recs = append(recs, r)
		return err
	}
	if err := add(colSurveys, sv.ID, sv); err != nil {
		return nil, err
	}

	// Who submitted when: early (before the reminder), late, or never.
	actors := respondents(sv, n)
	reminder := opens.AddDate(0, 0, 21)
	submittedAt := map[string]time.Time{}
	for _, a := range actors {
		switch r := rng.Float64(); {
		case r < 0.42:
			submittedAt[a.ID] = opens.Add(time.Duration(rng.Int64N(int64(reminder.Sub(opens)))))
		case r < 0.58:
			submittedAt[a.ID] = reminder.Add(time.Duration(rng.Int64N(int64(sv.ClosesAt.Sub(reminder)))))
		}
	}

	// The answers: each submitted respondent reports its ties of the wave as their
	// ReportedBy says.
	answers := map[string]*Answers{}
	report := func(by string, c *graph.Cooperation, conflict bool) {
		if _, ok := submittedAt[by]; !ok {
			return
		}
		partner, dir := c.To, DirectionOut
		if by == c.To {
			partner, dir = c.From, DirectionIn
		}
		if !c.Directed {
			dir = DirectionBoth
		}
		t := TieAnswer{Partner: partner, Kinds: slices.Clone(c.Kinds), Intensity: c.Intensity, Trust: c.Trust, Value: c.Value, Direction: dir}
		if c.ValidFrom != "" {
			t.Since = c.ValidFrom[:4]
		}
		if conflict {
			if c.Directed {
				t.Direction = DirectionBoth
			} else {
				t.Intensity = c.Intensity%4 + 1
			}
		}
		a := answers[by]
		if a == nil {
			a = &Answers{Consent: true}
			answers[by] = a
		}
		if !slices.ContainsFunc(a.Ties, func(x TieAnswer) bool { return x.Partner == partner }) && len(a.Ties) < MaxTies {
			a.Ties = append(a.Ties, t)
		}
	}
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		if c.WaveID != waveID {
			continue
		}
		switch c.ReportedBy {
		case graph.ReportedByBoth:
			report(c.From, c, false)
			report(c.To, c, rng.IntN(8) == 0)
		case graph.ReportedByFrom:
			report(c.From, c, false)
		case graph.ReportedByTo:
			report(c.To, c, false)
		}
	}
	ids := make([]string, 0, len(submittedAt))
	for id := range submittedAt {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if err := add(colTally, sv.ID, tally{Submitted: len(ids)}); err != nil {
		return nil, err
	}
	for _, id := range ids {
		a := answers[id]
		if a == nil {
			a = &Answers{Consent: true, Ties: []TieAnswer{}}
		}
		at := submittedAt[id]
		if err := add(colAnswers, answersKey(sv.ID, id), Response{SurveyID: sv.ID, RespondentID: id, Answers: *a, SubmittedAt: &at}); err != nil {
			return nil, err
		}
	}

	// The log: the invitation to all with an address, the reminder to those who
	// had not submitted by then.
	for i, kind := range []string{MailInvitation, MailReminder} {
		at := []time.Time{opens, reminder}[i]
		m := Mailing{ID: "mailing_demo_" + kind, Kind: kind, At: at, By: "Netzwerkkoordination", Sent: []Recipient{}, Failed: []Recipient{}, NoAddress: []Recipient{}}
		for _, a := range actors {
			if t, ok := submittedAt[a.ID]; kind == MailReminder && ok && t.Before(reminder) {
				continue
			}
			rc := Recipient{ID: a.ID, Name: a.Name, Email: a.Email}
			if a.Email == "" {
				m.NoAddress = append(m.NoAddress, rc)
			} else {
				m.Sent = append(m.Sent, rc)
			}
		}
		parts, err := mailingRecords(sv.ID, i, &m)
		if err != nil {
			return nil, err
		}
		recs = append(recs, parts...)
	}
	return recs, nil
}
