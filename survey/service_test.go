package survey_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// fixture is a small county: five organisations, a wave and a survey of it.
type fixture struct {
	store  graph.Store
	svc    *survey.Service
	now    time.Time
	wave   string
	ids    map[string]string // by short name: jc, ja, ca, dw, sv
	survey *survey.Survey
}

func newFixture(t *testing.T, store graph.Store) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{store: store, now: time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC), ids: map[string]string{}}
	f.svc = survey.New(store, survey.Config{PublicURL: "https://atlas.example", Now: func() time.Time { return f.now }})
	w := &graph.Wave{Name: "Erhebung 2026", Date: "2026-03-01"}
	if err := store.Create(ctx, w); err != nil {
		t.Fatal(err)
	}
	f.wave = w.ID
	for _, a := range []struct{ key, name, kind, domain, email string }{
		{"jc", "Jobcenter Musterkreis", "benefit_carrier", "sgb2", "jc@kreis.example"},
		{"ja", "Jugendamt Musterkreis", "benefit_carrier", "sgb8", "ja@kreis.example"},
		{"ca", "Caritas Beratung", "counselling", "sgb12", "caritas@kreis.example"},
		{"dw", "Diakonie Werkstatt", "provider", "sgb9", ""},
		{"sv", "Sportverein Musterstadt", "association", "sport", "sv@kreis.example"},
	} {
		actor := &graph.Actor{Name: a.name, Kind: a.kind, LegalDomains: []string{a.domain}, Email: a.email}
		if err := store.Create(ctx, actor); err != nil {
			t.Fatal(err)
		}
		f.ids[a.key] = actor.ID
	}
	f.survey = &survey.Survey{WaveID: w.ID, Title: "Netzwerkerhebung 2026", Roster: survey.Roster{Mode: survey.RosterAll},
		Questions: survey.Questions{Kinds: true, Trust: true, Direction: true, Since: true, Note: true}, MasterData: true,
		OpensAt: f.now.AddDate(0, 0, -7), ClosesAt: f.now.AddDate(0, 0, 21), Contact: survey.Contact{Name: "Frau Muster", Email: "netz@kreis.example"}}
	if err := f.svc.Create(ctx, f.survey); err != nil {
		t.Fatal(err)
	}
	return f
}

// link issues a link for the respondent and resolves it.
func (f *fixture) link(t *testing.T, key string) (*survey.Link, string) {
	t.Helper()
	ls, err := f.svc.IssueLinks(context.Background(), f.survey.ID, []string{f.ids[key]})
	if err != nil {
		t.Fatal(err)
	}
	_, secret, _ := strings.Cut(ls[0].URL, "#")
	l, err := f.svc.Resolve(context.Background(), secret)
	if err != nil {
		t.Fatalf("a new link does not resolve: %v", err)
	}
	return l, secret
}

// answer saves and, with submit, submits ties of the respondent.
func (f *fixture) answer(t *testing.T, key string, submit bool, ties ...survey.TieAnswer) {
	t.Helper()
	l, _ := f.link(t, key)
	v, err := f.svc.View(context.Background(), l)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ties {
		ties[i].Partner = f.ids[ties[i].Partner]
	}
	if _, err := f.svc.Save(context.Background(), l, survey.SaveRequest{Version: v.Version, Answers: survey.Answers{Consent: true, Ties: ties}}, submit); err != nil {
		t.Fatal(err)
	}
}

func TestRespondentSavesResumesAndSubmits(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := context.Background()
		f := newFixture(t, store)
		l, secret := f.link(t, "jc")
		v, err := f.svc.View(ctx, l)
		if err != nil {
			t.Fatal(err)
		}
		if v.State != survey.StateOpen || v.RosterSize != 4 || len(v.Roster) != 4 || v.Organisation.ID != f.ids["jc"] || v.Version != 0 {
			t.Fatalf("view: state %s, roster %d/%d, organisation %s, version %d", v.State, len(v.Roster), v.RosterSize, v.Organisation.ID, v.Version)
		}
		if want := graph.DefaultTaxonomy().List(graph.ListCooperationKinds); len(v.Kinds) != len(want) || len(want) == 0 || v.Kinds[0] != want[0] {
			t.Errorf("view offers the kinds %v, want the taxonomy's %v", v.Kinds, want)
		}
		for _, e := range v.Roster {
			if e.ID == f.ids["jc"] {
				t.Error("the respondent is on its own roster")
			}
		}
		// Nothing is saved without consent.
		req := survey.SaveRequest{Answers: survey.Answers{Ties: []survey.TieAnswer{{Partner: f.ids["ja"], Intensity: 3}}}}
		if _, err := f.svc.Save(ctx, l, req, false); graph.ErrorCode(err) != graph.Invalid {
			t.Fatalf("save without consent: %v, want Invalid", err)
		}
		req.Answers.Consent = true
		saved, err := f.svc.Save(ctx, l, req, false)
		if err != nil || saved.Version != 1 || saved.State != survey.StateOpen {
			t.Fatalf("draft: %+v, %v", saved, err)
		}
		// A second tab that read version 0 cannot overwrite it.
		req.Answers.Ties = append(req.Answers.Ties, survey.TieAnswer{Partner: f.ids["ca"], Intensity: 1})
		if _, err := f.svc.Save(ctx, l, req, false); graph.ErrorCode(err) != graph.Conflict {
			t.Fatalf("stale save: %v, want Conflict", err)
		}
		// Coming back through the same link shows the draft.
		l2, err := f.svc.Resolve(ctx, secret)
		if err != nil {
			t.Fatal(err)
		}
		v, _ = f.svc.View(ctx, l2)
		if v.Version != 1 || len(v.Answers.Ties) != 1 || len(v.Partners) != 1 || v.Partners[0].Name != "Jugendamt Musterkreis" {
			t.Fatalf("resumed view: version %d, ties %+v, partners %+v", v.Version, v.Answers.Ties, v.Partners)
		}
		// A bad answer names the partner and the field and changes nothing.
		bad := survey.SaveRequest{Version: 1, Answers: survey.Answers{Consent: true, Ties: []survey.TieAnswer{{Partner: f.ids["ja"], Intensity: 7}}}}
		_, err = f.svc.Save(ctx, l, bad, true)
		if fe := graph.ErrorFields(err); len(fe) != 1 || fe[0].Field != "answers.ties[0].intensity" || !strings.Contains(fe[0].Message, "Jugendamt Musterkreis") {
			t.Fatalf("bad answer: %v", err)
		}
		req.Version = 1
		saved, err = f.svc.Save(ctx, l, req, true)
		if err != nil || saved.State != survey.StateSubmitted || saved.SubmittedAt == nil {
			t.Fatalf("submit: %+v, %v", saved, err)
		}
		// A double submission is refused and adds nothing.
		req.Version = saved.Version
		if _, err := f.svc.Save(ctx, l, req, true); graph.ErrorCode(err) != graph.Conflict {
			t.Fatalf("second submit: %v, want Conflict", err)
		}
		d, err := f.svc.Dashboard(ctx, f.survey.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Submitted != 1 || d.Respondents != 5 || d.TieCounts.OneSide != 2 || len(d.NotAnswered) != 4 {
			t.Errorf("dashboard: %d of %d submitted, ties %+v, not answered %d", d.Submitted, d.Respondents, d.TieCounts, len(d.NotAnswered))
		}
		// Nothing reached the network.
		n, _ := store.Snapshot(ctx)
		if len(n.Cooperations) != 0 {
			t.Errorf("%d cooperations in the network before the takeover", len(n.Cooperations))
		}
	})
}

func TestRespondentCannotReachAnotherOnesAnswers(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := context.Background()
		f := newFixture(t, store)
		f.answer(t, "ja", false, survey.TieAnswer{Partner: "ca", Intensity: 4, Note: "vertraulich"})
		l, _ := f.link(t, "jc")
		v, err := f.svc.View(ctx, l)
		if err != nil {
			t.Fatal(err)
		}
		if v.Version != 0 || len(v.Answers.Ties) != 0 {
			t.Fatalf("the Jobcenter's link shows answers: %+v", v.Answers)
		}
		// Saving through the Jobcenter's link writes the Jobcenter's answers only.
		if _, err := f.svc.Save(ctx, l, survey.SaveRequest{Answers: survey.Answers{Consent: true}}, false); err != nil {
			t.Fatal(err)
		}
		lja, _ := f.link(t, "ja")
		vja, _ := f.svc.View(ctx, lja)
		if len(vja.Answers.Ties) != 1 || vja.Answers.Ties[0].Note != "vertraulich" {
			t.Fatalf("the Jugendamt's answers changed: %+v", vja.Answers)
		}
	})
}

// TestRespondentSeesOwnOffersOnly: the master-data step lists the respondent's own
// offers with German labels, and no other organisation's.
func TestRespondentSeesOwnOffersOnly(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := context.Background()
		f := newFixture(t, store)
		for _, o := range []*graph.Offer{
			{ActorID: f.ids["ca"], Name: "Schuldnerberatung", Fields: []string{"poverty"}, TargetGroups: []string{"families"}},
			{ActorID: f.ids["ca"], Name: "Allgemeine Sozialberatung", Fields: []string{"poverty", "housing"}},
			{ActorID: f.ids["ja"], Name: "Erziehungsberatung", Fields: []string{"education"}},
		} {
			if err := store.Create(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		l, _ := f.link(t, "ca")
		v, err := f.svc.View(ctx, l)
		if err != nil {
			t.Fatal(err)
		}
		n, err := store.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := []survey.OwnOffer{
			{Name: "Allgemeine Sozialberatung", Fields: []string{n.Taxonomy.Label(graph.ListFields, "poverty"), n.Taxonomy.Label(graph.ListFields, "housing")}, TargetGroups: []string{}},
			{Name: "Schuldnerberatung", Fields: []string{n.Taxonomy.Label(graph.ListFields, "poverty")}, TargetGroups: []string{"Familien"}},
		}
		if !slices.EqualFunc(v.OwnOffers, want, func(a, b survey.OwnOffer) bool {
			return a.Name == b.Name && slices.Equal(a.Fields, b.Fields) && slices.Equal(a.TargetGroups, b.TargetGroups)
		}) || want[1].Fields[0] == "poverty" {
			t.Errorf("own offers %+v, want %+v", v.OwnOffers, want)
		}
	})
}

func TestBadLinksAllGetTheSameAnswer(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := context.Background()
		f := newFixture(t, store)
		_, revoked := f.link(t, "jc")
		if n, err := f.svc.RevokeLinks(ctx, f.survey.ID, []string{f.ids["jc"]}); err != nil || n != 1 {
			t.Fatalf("revoke: %d, %v", n, err)
		}
		l, expired := f.link(t, "ja")
		f.answer(t, "ja", false, survey.TieAnswer{Partner: "ca", Intensity: 2})
		f.now = f.survey.ClosesAt
		for name, secret := range map[string]string{"revoked": revoked, "expired": expired, "guessed": strings.Repeat("A", 43), "empty": ""} {
			_, err := f.svc.Resolve(ctx, secret)
			if err != survey.ErrLink {
				t.Errorf("%s link: %v, want ErrLink", name, err)
			}
		}
		// A submission after the close is refused, and the draft stays.
		if _, err := f.svc.Save(ctx, l, survey.SaveRequest{Version: 1, Answers: survey.Answers{Consent: true}}, true); graph.ErrorCode(err) != graph.Conflict {
			t.Fatalf("submit after close: %v, want Conflict", err)
		}
		v, _ := f.svc.View(ctx, l)
		if v.State != survey.StateClosed || len(v.Answers.Ties) != 1 {
			t.Errorf("after close: state %s, ties %+v", v.State, v.Answers.Ties)
		}
	})
}

func TestTakeoverWritesExactlyTheAcceptedTiesAndReverts(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := context.Background()
		f := newFixture(t, store)
		id := func(k string) string { return f.ids[k] }
		// jc → ja both sides alike; jc – ca one side; ja – sv a conflict (intensity);
		// dw never answers; ca saves but does not submit a tie to sv.
		f.answer(t, "jc", true, survey.TieAnswer{Partner: "ja", Intensity: 3, Direction: survey.DirectionOut, Kinds: []string{"referral"}},
			survey.TieAnswer{Partner: "ca", Intensity: 2, Since: "2018"})
		f.answer(t, "ja", true, survey.TieAnswer{Partner: "jc", Intensity: 3, Direction: survey.DirectionIn},
			survey.TieAnswer{Partner: "sv", Intensity: 1})
		f.answer(t, "sv", true, survey.TieAnswer{Partner: "ja", Intensity: 4})
		f.answer(t, "ca", false, survey.TieAnswer{Partner: "sv", Intensity: 4})
		l, _ := f.link(t, "ca")
		_ = l
		d, err := f.svc.Dashboard(ctx, f.survey.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.TieCounts != (survey.TieCounts{Both: 1, OneSide: 1, Conflict: 1}) || d.Submitted != 3 || d.Drafts != 1 || d.Rate != 0.6 {
			t.Fatalf("dashboard: ties %+v, submitted %d, drafts %d, rate %v", d.TieCounts, d.Submitted, d.Drafts, d.Rate)
		}
		// The conflict needs a choice; without it, it stays out.
		conflict := ""
		for _, p := range d.Ties {
			if p.Status == survey.TieConflict {
				conflict = p.Key
			}
		}
		err = f.svc.Decide(ctx, f.survey.ID, []survey.Decision{{Kind: survey.DecideTie, Key: conflict, Decision: survey.Accept}})
		if fe := graph.ErrorFields(err); len(fe) != 1 || fe[0].Field != "decisions[0].prefer" {
			t.Fatalf("accepting a conflict without prefer: %v", err)
		}
		res, err := f.svc.Takeover(ctx, f.survey.ID)
		if err != nil {
			t.Fatal(err)
		}
		if res.Ties != 2 {
			t.Errorf("took over %d ties, want 2 (the conflict stays out)", res.Ties)
		}
		n, _ := store.Snapshot(ctx)
		got := map[string]graph.Cooperation{}
		for _, c := range n.Cooperations {
			got[c.From+">"+c.To] = c
		}
		jcja, ok := got[id("jc")+">"+id("ja")]
		if len(n.Cooperations) != 2 || !ok || !jcja.Directed || jcja.ReportedBy != graph.ReportedByBoth || jcja.WaveID != f.wave || jcja.Intensity != 3 {
			t.Fatalf("cooperations after takeover: %+v", n.Cooperations)
		}
		a, b := min(id("jc"), id("ca")), max(id("jc"), id("ca"))
		oneSide, ok := got[a+">"+b]
		wantBy := graph.ReportedByFrom
		if a != id("jc") {
			wantBy = graph.ReportedByTo
		}
		if !ok || oneSide.Directed || oneSide.ReportedBy != wantBy || oneSide.ValidFrom != "2018-01-01" {
			t.Errorf("one-sided tie: %+v", oneSide)
		}
		if _, err := f.svc.Takeover(ctx, f.survey.ID); graph.ErrorCode(err) != graph.Conflict {
			t.Errorf("second takeover: %v, want Conflict", err)
		}
		if _, err := f.svc.RevertTakeover(ctx, f.survey.ID); err != nil {
			t.Fatal(err)
		}
		n, _ = store.Snapshot(ctx)
		if len(n.Cooperations) != 0 {
			t.Fatalf("%d cooperations after the revert", len(n.Cooperations))
		}
		// Decide the conflict for the Sportverein, reject the one-sided tie, take over again.
		if err := f.svc.Decide(ctx, f.survey.ID, []survey.Decision{{Kind: survey.DecideTie, Key: conflict, Decision: survey.Accept, Prefer: id("sv")},
			{Kind: survey.DecideTie, Key: a + "|" + b, Decision: survey.Reject}}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Takeover(ctx, f.survey.ID); err != nil {
			t.Fatal(err)
		}
		n, _ = store.Snapshot(ctx)
		var intensities []int
		for _, c := range n.Cooperations {
			intensities = append(intensities, c.Intensity)
		}
		if len(n.Cooperations) != 2 || !(intensities[0] == 4 || intensities[1] == 4) {
			t.Errorf("after deciding: %+v", n.Cooperations)
		}
	})
}

func TestProposalsAndMasterDataAreTakenOverOnlyWhenAccepted(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := context.Background()
		f := newFixture(t, store)
		l, _ := f.link(t, "ca")
		answers := survey.Answers{Consent: true,
			Ties: []survey.TieAnswer{{Partner: f.ids["jc"], Intensity: 2},
				{Partner: survey.ProposalPartner(0), Intensity: 3, Direction: survey.DirectionOut, Kinds: []string{"referral"}},
				{Partner: survey.ProposalPartner(1), Intensity: 1}},
			Proposals:  []survey.NewOrganisation{{Name: "Tafel Musterstadt", Kind: "association", City: "Musterstadt"}, {Name: "Unbekannt e.V."}},
			MasterData: &survey.MasterData{Name: "Caritas Beratung Musterkreis", Email: "beratung@caritas.example", Offers: "Neu: Schuldnerberatung"}}
		// A tie to a proposal that does not exist is refused.
		stray := answers
		stray.Ties = append(slices.Clone(answers.Ties), survey.TieAnswer{Partner: survey.ProposalPartner(2), Intensity: 1})
		_, err := f.svc.Save(ctx, l, survey.SaveRequest{Answers: stray}, false)
		if fe := graph.ErrorFields(err); len(fe) != 1 || fe[0].Field != "answers.ties[3].partner" {
			t.Fatalf("a tie to a missing proposal: %v", err)
		}
		if _, err := f.svc.Save(ctx, l, survey.SaveRequest{Answers: answers}, true); err != nil {
			t.Fatal(err)
		}
		d, err := f.svc.Dashboard(ctx, f.survey.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Proposals) != 2 || len(d.MasterData) != 1 || strings.Join(d.MasterData[0].Fields, ",") != "name,email,offers" {
			t.Fatalf("dashboard: proposals %+v, master data %+v", d.Proposals, d.MasterData)
		}
		err = f.svc.Decide(ctx, f.survey.ID, []survey.Decision{
			{Kind: survey.DecideProposal, Key: d.Proposals[0].Key, Decision: survey.Accept},
			{Kind: survey.DecideProposal, Key: d.Proposals[1].Key, Decision: survey.Reject},
			{Kind: survey.DecideMasterData, Key: d.MasterData[0].Key, Decision: survey.Accept},
			{Kind: survey.DecideProposal, Key: "nobody#9", Decision: survey.Accept},
		})
		if fe := graph.ErrorFields(err); len(fe) != 1 || fe[0].Field != "decisions[3].key" {
			t.Fatalf("a decision on an unknown proposal: %v", err)
		}
		// One decision at a time, as the dashboard's buttons send them: each keeps the
		// earlier ones.
		for _, x := range []survey.Decision{
			{Kind: survey.DecideProposal, Key: d.Proposals[0].Key, Decision: survey.Accept},
			{Kind: survey.DecideProposal, Key: d.Proposals[1].Key, Decision: survey.Reject},
			{Kind: survey.DecideMasterData, Key: d.MasterData[0].Key, Decision: survey.Accept},
		} {
			if err := f.svc.Decide(ctx, f.survey.ID, []survey.Decision{x}); err != nil {
				t.Fatal(err)
			}
		}
		if d, err = f.svc.Dashboard(ctx, f.survey.ID); err != nil {
			t.Fatal(err)
		}
		res, err := f.svc.Takeover(ctx, f.survey.ID)
		if err != nil {
			t.Fatal(err)
		}
		// The tie to the accepted proposal comes with it; the one to the rejected does not.
		if res.Ties != 2 || res.Actors != 1 || res.Corrected != 1 {
			t.Errorf("takeover: %+v", res)
		}
		// The dashboard's preview counts what the takeover then writes, the tie to the
		// accepted proposal included.
		if d.Takeover != res.TakeoverCounts {
			t.Errorf("preview %+v, takeover wrote %+v", d.Takeover, res.TakeoverCounts)
		}
		n, _ := store.Snapshot(ctx)
		names := map[string]bool{}
		var tafel string
		for _, a := range n.Actors {
			names[a.Name] = true
			if a.ID == f.ids["ca"] && a.Email != "beratung@caritas.example" {
				t.Errorf("corrected actor: %+v", a)
			}
			if a.Name == "Tafel Musterstadt" {
				tafel = a.ID
			}
		}
		var toTafel []graph.Cooperation
		for _, c := range n.Cooperations {
			if c.From == tafel || c.To == tafel {
				toTafel = append(toTafel, c)
			}
		}
		if len(toTafel) != 1 || toTafel[0].From != f.ids["ca"] || toTafel[0].To != tafel || !toTafel[0].Directed || toTafel[0].Intensity != 3 ||
			toTafel[0].ReportedBy != graph.ReportedByFrom || toTafel[0].WaveID != f.wave || strings.Join(toTafel[0].Kinds, ",") != "referral" {
			t.Errorf("cooperations with the proposed organisation: %+v", toTafel)
		}
		if !names["Tafel Musterstadt"] || names["Unbekannt e.V."] || !names["Caritas Beratung Musterkreis"] {
			t.Errorf("actors after takeover: %v", names)
		}
		if _, err := f.svc.RevertTakeover(ctx, f.survey.ID); err != nil {
			t.Fatal(err)
		}
		n, _ = store.Snapshot(ctx)
		for _, a := range n.Actors {
			if a.Name == "Tafel Musterstadt" || a.Name == "Caritas Beratung Musterkreis" {
				t.Errorf("after the revert: %s", a.Name)
			}
		}
		if len(n.Cooperations) != 0 {
			t.Errorf("after the revert: %d cooperations", len(n.Cooperations))
		}
	})
}
