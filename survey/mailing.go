package survey

import (
	"context"
	"fmt"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Mail sends invitations or reminders by e-mail, each with a new personal link, to
// the chosen respondents (all if none are given); reminders skip those who have
// submitted. The links are stored before anything is sent; the sending is logged
// with who got a mail, whose failed and who has no address. Invalid without a
// Mailer, for an unknown kind, or when the survey is closed.
func (s *Service) Mail(ctx context.Context, id string, req MailRequest) (*Mailing, error) {
	if s.cfg.Mailer == nil {
		return nil, &graph.Error{Code: graph.Invalid, Message: "Es ist kein SMTP-Server eingerichtet (serve --smtp-host, --smtp-from); " +
			"die Links lassen sich als Serienbrief-CSV ausgeben."}
	}
	if req.Kind != MailInvitation && req.Kind != MailReminder {
		return nil, &graph.Error{Code: graph.Invalid, Message: "Die Versendung ist ungültig.",
			Fields: []graph.FieldError{{Field: "kind", Message: fmt.Sprintf("Erlaubt sind invitation und reminder, nicht %q.", req.Kind)}}}
	}
	st, err := s.overview(ctx, id)
	if err != nil {
		return nil, err
	}
	sv, now := st.survey, s.cfg.Now()
	if !now.Before(sv.ClosesAt) {
		return nil, graph.Errorf(graph.Invalid, "Die Erhebung ist zu Ende; es werden keine Links mehr versandt.")
	}
	chosen, err := choose(st.asked, req.Respondents)
	if err != nil {
		return nil, err
	}
	m := &Mailing{ID: graph.NewID("mailing"), Kind: req.Kind, At: now, By: graph.Writer(ctx),
		Sent: []Recipient{}, Failed: []Recipient{}, NoAddress: []Recipient{}}
	var to []*graph.Actor
	for _, a := range chosen {
		if r := st.responses[a.ID]; req.Kind == MailReminder && r != nil && r.SubmittedAt != nil {
			continue
		}
		if a.Email == "" {
			m.NoAddress = append(m.NoAddress, Recipient{ID: a.ID, Name: a.Name})
			continue
		}
		to = append(to, a)
	}
	links, recs, err := s.issue(sv, to)
	if err != nil {
		return nil, err
	}
	if len(recs) > 0 {
		if err := s.store.PutRecords(ctx, recs...); err != nil {
			return nil, err
		}
	}
	for _, l := range links {
		subject, body := message(sv, req.Kind, l)
		rc := Recipient{ID: l.RespondentID, Name: l.Name, Email: l.Email}
		if err := s.cfg.Mailer.Send(ctx, l.Email, subject, body); err != nil {
			rc.Error = err.Error()
			m.Failed = append(m.Failed, rc)
			continue
		}
		m.Sent = append(m.Sent, rc)
	}
	// Keys number the sendings, so that the log lists them in order; one sent at the
	// same time under the same number fails with Conflict (after its mails went out).
	n, err := s.mailCounts(ctx, id)
	if err != nil {
		return nil, err
	}
	recs, err = mailingRecords(id, n.sendings, m)
	if err != nil {
		return nil, err
	}
	if err := s.store.PutRecords(ctx, recs...); err != nil {
		return nil, err
	}
	return m, nil
}

// mailingPart is the most recipients one record of a sending's log holds, so that
// the log of a sending to a whole federal state stays far below
// graph.MaxRecordSize in each record.
const mailingPart = 2000

// mailingRecords returns the records of the log m of the survey's sending number n:
// the first mailingPart recipients (sent, then failed, then without address) under
// survey ID "/" n, as every log was kept before there were parts, and each further
// part under that key "/" its number (see mailings).
func mailingRecords(surveyID string, n int, m *Mailing) ([]*graph.Record, error) {
	key := fmt.Sprintf("%s/%06d", surveyID, n)
	rest := *m
	var recs []*graph.Record
	for part := 0; part == 0 || len(rest.Sent)+len(rest.Failed)+len(rest.NoAddress) > 0; part++ {
		p, room := Mailing{ID: m.ID, Kind: m.Kind, At: m.At, By: m.By}, mailingPart
		p.Sent, rest.Sent, room = take(rest.Sent, room)
		p.Failed, rest.Failed, room = take(rest.Failed, room)
		p.NoAddress, rest.NoAddress, _ = take(rest.NoAddress, room)
		k := key
		if part > 0 {
			k = fmt.Sprintf("%s/%04d", key, part)
		}
		r, err := record(colMailings, k, 0, p)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, nil
}

// take splits off the first recipients of s, as many as there is room for, and
// returns them (never nil), the rest of s, and the room left.
func take(s []Recipient, room int) (head, tail []Recipient, left int) {
	k := min(len(s), room)
	return append([]Recipient{}, s[:k]...), s[k:], room - k
}

// mailings returns the log of the survey's sendings, oldest first, each with its
// parts joined (see mailingRecords).
func (s *Service) mailings(ctx context.Context, id string) ([]Mailing, error) {
	parts, _, err := list[Mailing](ctx, s, colMailings, id+"/")
	if err != nil {
		return nil, err
	}
	var out []Mailing
	for _, p := range parts {
		if n := len(out) - 1; n >= 0 && out[n].ID == p.ID {
			out[n].Sent = append(out[n].Sent, p.Sent...)
			out[n].Failed = append(out[n].Failed, p.Failed...)
			out[n].NoAddress = append(out[n].NoAddress, p.NoAddress...)
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

// message returns the German subject and text of an invitation or reminder.
func message(sv *Survey, kind string, l IssuedLink) (subject, body string) {
	var b strings.Builder
	if kind == MailReminder {
		subject = "Erinnerung: " + sv.Title
		fmt.Fprintf(&b, "Guten Tag,\n\nwir haben von %s noch keine abgeschickten Antworten zur Erhebung „%s“ erhalten. "+
			"Über Ihren persönlichen Link können Sie bis zum %s antworten; bereits Gespeichertes bleibt erhalten:\n\n", l.Name, sv.Title, sv.ClosesAt.Format("02.01.2006"))
	} else {
		subject = "Einladung: " + sv.Title
		fmt.Fprintf(&b, "Guten Tag,\n\nwir laden %s zur Erhebung „%s“ ein: Mit welchen Organisationen arbeiten Sie zusammen? "+
			"Die Antworten helfen, das Kooperationsnetzwerk im Landkreis zu beschreiben. Bitte antworten Sie bis zum %s über Ihren persönlichen Link:\n\n",
			l.Name, sv.Title, sv.ClosesAt.Format("02.01.2006"))
	}
	fmt.Fprintf(&b, "%s\n\nDer Link gilt nur für Ihre Organisation; bitte geben Sie ihn nicht weiter.\n", l.URL)
	if c := sv.Contact; c.Name != "" || c.Email != "" || c.Phone != "" {
		fmt.Fprintf(&b, "\nFragen beantwortet: %s\n", strings.Join(nonEmpty(c.Name, c.Email, c.Phone), ", "))
	}
	return subject, b.String()
}

// nonEmpty returns the non-empty strings.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Mailings returns the log of sendings of the survey, oldest first.
func (s *Service) Mailings(ctx context.Context, id string) ([]Mailing, error) {
	if _, err := s.Get(ctx, id); err != nil {
		return nil, err
	}
	return s.mailings(ctx, id)
}

// mailed counts the sendings of a survey and the mails sent to each respondent.
type mailed struct {
	sendings int
	to       map[string]int
}

// mailCounts counts the sendings of the survey and the mails sent to each
// respondent.
func (s *Service) mailCounts(ctx context.Context, id string) (mailed, error) {
	ms, err := s.mailings(ctx, id)
	if err != nil {
		return mailed{}, err
	}
	out := mailed{sendings: len(ms), to: map[string]int{}}
	for _, m := range ms {
		for _, r := range m.Sent {
			out.to[r.ID]++
		}
	}
	return out, nil
}
