package survey_test

import (
	"context"
	"crypto/tls"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/mail"
	"github.com/netzwerkatlas/netzwerkatlas/mail/mailtest"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

var linkInMail = regexp.MustCompile(`https://atlas\.example/umfrage#([A-Za-z0-9_-]{43})`)

// TestInvitationsAndRemindersReachTheSMTPServer sends through a real SMTP server in
// the test process: every respondent with an address is invited with a link that
// opens its own answers; the reminder reaches only those who have not submitted.
func TestInvitationsAndRemindersReachTheSMTPServer(t *testing.T) {
	eachStore(t, func(t *testing.T, store graph.Store) {
		ctx := graph.WithWriter(context.Background(), "Koordination")
		srv := mailtest.Start(t, "netz", "geheim")
		sender, err := mail.New(mail.Config{Host: srv.Host, Port: srv.Port, StartTLS: true, User: "netz", Password: "geheim",
			From: "Netzwerkkoordination <netz@kreis.example>", TLS: &tls.Config{RootCAs: srv.Roots, ServerName: srv.Host}})
		if err != nil {
			t.Fatal(err)
		}
		f := newFixture(t, store)
		f.svc = survey.New(store, survey.Config{PublicURL: "https://atlas.example", Now: func() time.Time { return f.now }, Mailer: sender})

		m, err := f.svc.Mail(ctx, f.survey.ID, survey.MailRequest{Kind: survey.MailInvitation})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Sent) != 4 || len(m.NoAddress) != 1 || m.NoAddress[0].ID != f.ids["dw"] || m.By != "Koordination" {
			t.Fatalf("invitation: sent %d, no address %+v, by %q", len(m.Sent), m.NoAddress, m.By)
		}
		byAddress := map[string]string{} // address → respondent the mailed link opens
		for _, msg := range srv.Messages() {
			sm := linkInMail.FindStringSubmatch(msg.Body)
			if sm == nil || !msg.TLS {
				t.Fatalf("mail to %v without a link or TLS:\n%s", msg.To, msg.Body)
			}
			l, err := f.svc.Resolve(ctx, sm[1])
			if err != nil {
				t.Fatalf("the link mailed to %v does not open: %v", msg.To, err)
			}
			byAddress[msg.To[0]] = l.RespondentID
		}
		want := map[string]string{"jc@kreis.example": f.ids["jc"], "ja@kreis.example": f.ids["ja"], "caritas@kreis.example": f.ids["ca"], "sv@kreis.example": f.ids["sv"]}
		for addr, id := range want {
			if byAddress[addr] != id {
				t.Errorf("the link mailed to %s opens %q, want %q", addr, byAddress[addr], id)
			}
		}

		// The Jobcenter submits, the Jugendamt only saves: the reminder skips the Jobcenter.
		f.answer(t, "jc", true, survey.TieAnswer{Partner: "ja", Intensity: 2})
		f.answer(t, "ja", false, survey.TieAnswer{Partner: "jc", Intensity: 2})
		before := len(srv.Messages())
		m, err = f.svc.Mail(ctx, f.survey.ID, survey.MailRequest{Kind: survey.MailReminder})
		if err != nil {
			t.Fatal(err)
		}
		var reminded []string
		for _, msg := range srv.Messages()[before:] {
			reminded = append(reminded, msg.To[0])
		}
		slices.Sort(reminded)
		if !slices.Equal(reminded, []string{"caritas@kreis.example", "ja@kreis.example", "sv@kreis.example"}) || len(m.Sent) != 3 {
			t.Errorf("reminded %v (logged %d), want Caritas, Jugendamt and Sportverein", reminded, len(m.Sent))
		}
		log, err := f.svc.Mailings(ctx, f.survey.ID)
		if err != nil || len(log) != 2 || log[0].Kind != survey.MailInvitation || log[1].Kind != survey.MailReminder {
			t.Fatalf("log: %+v, %v", log, err)
		}
		d, _ := f.svc.Dashboard(ctx, f.survey.ID)
		for _, p := range d.NotAnswered {
			if p.ID == f.ids["ja"] && (p.Mailings != 2 || !p.Draft) {
				t.Errorf("Jugendamt: %+v, want 2 mailings and a draft", p)
			}
		}
	})
}
