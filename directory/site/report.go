package site

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The report forms "Angebot fehlt?" and "Fehler melden" put what visitors write into
// the moderation queue (package upkeep); nothing is published by them. They need no
// script and no cookie. Spam is kept out without any other service: a field that
// people do not see and must leave empty (honeypot), a time stamp signed with a
// secret of the process that refuses forms sent within seconds of loading or after
// a day, a limit per client address, and a limit on the body's size.

// Limits of the report forms.
const (
	minFillTime = 3 * time.Second
	maxFillTime = 24 * time.Hour
	// maxReportBody bounds a form's body: the longest text, percent-encoded.
	maxReportBody = 64 << 10
	// honeypot is the name of the field people leave empty.
	honeypot = "homepage"
)

// Reports configures the report forms and the providers' pages (provider.go).
type Reports struct {
	// Queue receives the reports, keeps the entries' confirmations and resolves
	// the providers' links.
	Queue *upkeep.Queue
	// Wait returns 0 if the client address may send a report now, else how long it
	// must wait; nil for no limit.
	Wait func(addr string) time.Duration
	// Now is the clock of the forms' time stamps; time.Now if nil.
	Now func() time.Time
}

// reportSite is the state of the report forms.
type reportSite struct {
	Reports
	secret []byte
}

// WithReports turns on the report forms and the providers' pages of s and returns
// s. The forms' time stamps are signed with a secret made now, so forms opened
// before a restart are refused as expired, with the visitor's input kept.
func (s *Site) WithReports(r Reports) *Site {
	if r.Now == nil {
		r.Now = time.Now
	}
	secret := make([]byte, 32)
	rand.Read(secret)
	s.reports = &reportSite{Reports: r, secret: secret}
	return s
}

// stamp returns a form's time stamp for the scope (the form and its offer), signed.
func (rs *reportSite) stamp(scope string, at time.Time) string {
	t := strconv.FormatInt(at.Unix(), 10)
	return t + "." + rs.sign(t, scope)
}

// sign returns the HMAC-SHA256 of the time t and the scope, base64url.
func (rs *reportSite) sign(t, scope string) string {
	m := hmac.New(sha256.New, rs.secret)
	m.Write([]byte(t + "\x00" + scope))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// age returns how long ago the stamp was made for the scope; ok is false for a
// stamp this process did not sign.
func (rs *reportSite) age(stamp, scope string, now time.Time) (age time.Duration, ok bool) {
	t, mac, found := strings.Cut(stamp, ".")
	sec, err := strconv.ParseInt(t, 10, 64)
	if !found || err != nil || !hmac.Equal([]byte(mac), []byte(rs.sign(t, scope))) {
		return 0, false
	}
	return now.Sub(time.Unix(sec, 0)), true
}

// isReportPath reports whether path (below Base) is one of the report pages.
func isReportPath(path string) bool {
	return path == "/angebot-melden" || path == "/danke" ||
		(strings.HasPrefix(path, "/angebot/") && strings.HasSuffix(path, "/fehler-melden"))
}

// formField is one field of a report form as the template shows it.
type formField struct {
	Name, Label, Hint, Value, Error, Autocomplete string
	Multiline                                     bool
	Max                                           int
}

// reportData is what a report form shows.
type reportData struct {
	page
	Kind   upkeep.Kind
	Action string
	Offer  *directory.Entry
	Fields []formField
	// Problems are the messages of the error summary, each linking its field (or
	// none, for the form as a whole).
	Problems []formProblem
	Stamp    string
	Honeypot string
}

// formProblem is one line of the error summary.
type formProblem struct {
	Field, Message string
}

// problemSummary is what the template "problems" shows: a form's problems under a
// title.
func problemSummary(title string, problems []formProblem) struct {
	Title    string
	Problems []formProblem
} {
	return struct {
		Title    string
		Problems []formProblem
	}{title, problems}
}

// fieldsOf returns the form's fields for the kind with the values v.
func fieldsOf(kind upkeep.Kind, v func(string) string) []formField {
	var out []formField
	if kind == upkeep.KindMissing {
		out = []formField{
			{Name: "name", Label: "Name des Angebots", Hint: "Zum Beispiel: Schuldnerberatung der Diakonie", Max: upkeep.MaxLine},
			{Name: "provider", Label: "Wer macht das Angebot?", Hint: "Träger, Verein oder Stelle", Max: upkeep.MaxLine, Autocomplete: "organization"},
			{Name: "place", Label: "Ort oder Adresse", Max: upkeep.MaxLine},
			{Name: "text", Label: "Was bietet das Angebot?", Hint: "Zum Beispiel: für wen, zu welchen Themen, wie man es erreicht", Max: upkeep.MaxText, Multiline: true},
		}
	} else {
		out = []formField{{Name: "text", Label: "Was stimmt nicht?", Hint: "Zum Beispiel: neue Telefonnummer, andere Öffnungszeiten, das Angebot gibt es nicht mehr", Max: upkeep.MaxText, Multiline: true}}
	}
	out = append(out, formField{Name: "contact", Label: "Ihre E-Mail-Adresse oder Telefonnummer (freiwillig)",
		Hint: "Nur für Rückfragen der Redaktion. Sie wird nicht veröffentlicht.", Max: upkeep.MaxLine, Autocomplete: "email"})
	for i := range out {
		out[i].Value = v(out[i].Name)
	}
	return out
}

// serveReport serves the report pages: the forms (GET shows, POST sends) and the
// receipt.
func (s *Site) serveReport(w http.ResponseWriter, r *http.Request, x *directory.Index, path string) {
	w.Header().Set("Cache-Control", "no-store")
	if path == "/danke" {
		p := s.page(r, "danke", "Danke für Ihre Meldung")
		s.render(w, r, http.StatusOK, "thanks", struct {
			page
			Offer *directory.Entry
		}{p, x.Entry(r.URL.Query().Get("angebot"))})
		return
	}
	d := reportData{Kind: upkeep.KindMissing, Action: Base + path}
	d.page = s.page(r, "melden", "Angebot fehlt? Melden Sie es uns")
	if path != "/angebot-melden" {
		id := strings.TrimSuffix(strings.TrimPrefix(path, "/angebot/"), "/fehler-melden")
		if d.Offer = x.Entry(id); d.Offer == nil {
			s.fail(w, r, http.StatusNotFound, "Angebot nicht gefunden", "Dieses Angebot steht nicht (mehr) im Verzeichnis.")
			return
		}
		d.Kind = upkeep.KindError
		d.page = s.page(r, "fehler-melden", "Fehler melden: "+d.Offer.Name)
	}
	scope := string(d.Kind) + "/" + path
	now := s.reports.Now()
	if r.Method != http.MethodPost {
		d.Stamp = s.reports.stamp(scope, now)
		d.Fields = fieldsOf(d.Kind, func(string) string { return "" })
		s.render(w, r, http.StatusOK, "report", d)
		return
	}
	status, stored := s.sendReport(w, r, &d, scope, now)
	if stored {
		to := Base + "/danke"
		if d.Offer != nil {
			to += "?angebot=" + d.Offer.ID
		}
		http.Redirect(w, r, to, http.StatusSeeOther)
		return
	}
	d.Title = "Fehler: " + d.Title
	s.render(w, r, status, "report", d)
}

// sendReport checks a sent form and queues its report. It returns true if the
// report is stored; otherwise it fills d with the entered values and the problems
// and returns the status to answer with.
func (s *Site) sendReport(w http.ResponseWriter, r *http.Request, d *reportData, scope string, now time.Time) (int, bool) {
	d.Fields = fieldsOf(d.Kind, func(string) string { return "" })
	problem := func(status int, field, msg string) (int, bool) {
		d.Problems = append(d.Problems, formProblem{Field: field, Message: msg})
		if d.Stamp == "" {
			d.Stamp = s.reports.stamp(scope, now)
		}
		return status, false
	}
	status, msg := s.readForm(w, r)
	f := r.PostForm
	d.Fields = fieldsOf(d.Kind, f.Get)
	if status != 0 {
		return problem(status, "", msg)
	}
	age, signed := s.reports.age(f.Get("t"), scope, now)
	if signed && age <= maxFillTime {
		d.Stamp = f.Get("t") // the time since the form was first opened counts
	}
	switch {
	case f.Get(honeypot) != "":
		d.Honeypot = f.Get(honeypot)
		return problem(http.StatusUnprocessableEntity, "", "Das Feld „Bitte leer lassen“ muss leer bleiben.")
	case !signed || age > maxFillTime:
		return problem(http.StatusUnprocessableEntity, "", "Das Formular ist abgelaufen. Ihre Angaben sind noch da: Bitte senden Sie es noch einmal ab.")
	case age < minFillTime:
		return problem(http.StatusUnprocessableEntity, "", "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal ab.")
	}
	rep := upkeep.VisitorReport{Kind: d.Kind, Name: f.Get("name"), Provider: f.Get("provider"), Place: f.Get("place"), Text: f.Get("text"), Contact: f.Get("contact")}
	if d.Offer != nil {
		rep.OfferID, rep.OfferName = d.Offer.ID, d.Offer.Name
	}
	_, err := s.reports.Queue.Submit(r.Context(), rep)
	if e, ok := errors.AsType[*graph.Error](err); ok && e.Code == graph.Invalid && len(e.Fields) > 0 {
		for _, fe := range e.Fields {
			for i := range d.Fields {
				if d.Fields[i].Name == fe.Field {
					d.Fields[i].Error = fe.Message
				}
			}
			d.Problems = append(d.Problems, formProblem{Field: fe.Field, Message: fe.Message})
		}
		return http.StatusUnprocessableEntity, false
	}
	if err != nil {
		s.log.ErrorContext(r.Context(), "directory: store report", "err", err)
		return problem(http.StatusServiceUnavailable, "", "Ihre Meldung konnte gerade nicht gespeichert werden. Ihre Angaben sind noch da: Bitte versuchen Sie es in einigen Minuten noch einmal.")
	}
	return http.StatusSeeOther, true
}

// readForm reads the body of a sent form into r.PostForm, within maxReportBody and
// the limit per client address. It returns 0 if the form may be handled, else the
// status to answer with and a German message.
func (s *Site) readForm(w http.ResponseWriter, r *http.Request) (int, string) {
	tooLong := fmt.Sprintf("Ihre Meldung ist zu lang: höchstens %d KiB. Bitte kürzen Sie den Text.", maxReportBody>>10)
	if r.ContentLength > maxReportBody {
		return http.StatusRequestEntityTooLarge, tooLong
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxReportBody)
	if err := r.ParseForm(); err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return http.StatusRequestEntityTooLarge, tooLong
		}
		return http.StatusBadRequest, "Das Formular kam unvollständig an. Bitte senden Sie es noch einmal ab."
	}
	if wait := s.wait(r); wait > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
		return http.StatusTooManyRequests, fmt.Sprintf("Von Ihrem Anschluss kamen in kurzer Zeit viele Meldungen. Bitte senden Sie diese in %s noch einmal ab.", minutes(wait))
	}
	return 0, ""
}

// wait returns how long the request's client address must wait before sending a
// report, 0 if it may now. The address is the TCP peer's, never a header's.
func (s *Site) wait(r *http.Request) time.Duration {
	if s.reports.Wait == nil {
		return 0
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return s.reports.Wait(host)
}

// minutes writes a wait in German: "einer Minute", "3 Minuten".
func minutes(d time.Duration) string {
	n := int(math.Ceil(d.Minutes()))
	if n <= 1 {
		return "einer Minute"
	}
	return fmt.Sprintf("%d Minuten", n)
}

// confirmedAt returns the date (YYYY-MM-DD) of the offer's confirmation in the
// moderation queue, or "" if it has none or the forms are off.
func (s *Site) confirmedAt(ctx context.Context, id string) string {
	if s.reports == nil {
		return ""
	}
	at, err := s.reports.Queue.ConfirmedAt(ctx, id)
	if err != nil {
		s.log.ErrorContext(ctx, "directory: read confirmation", "offer", id, "err", err)
	}
	return at
}
