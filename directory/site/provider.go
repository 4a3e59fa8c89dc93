package site

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The providers' pages: a provider's personal link (upkeep.Queue.IssueLink) opens
// /beratung/anbieter/<secret>, which lists its entries as the public sees them. Each
// can be confirmed ("Angaben sind aktuell", or all at once) or corrected on its own
// page; a correction joins the moderation queue marked as the provider's. The secret
// in the path is the only sign-in; forms carry a signed time stamp bound to the
// page (CSRF), are limited per client address like the report forms, and an
// unknown, revoked or expired link gets one answer that tells none of these apart.

// providerPrefix starts the paths of the providers' pages.
const providerPrefix = "/anbieter/"

// ProviderURL returns the absolute address of the providers' page of the secret.
func (s Settings) ProviderURL(r *http.Request, secret string) string {
	return s.AbsoluteBase(r) + Base + providerPrefix + url.PathEscape(secret)
}

// providerEntry is one entry on the provider's page.
type providerEntry struct {
	offerFacts
	// Confirmed is the German date of the last confirmation, "" if none.
	Confirmed string
}

// providerData is what the provider's list page shows.
type providerData struct {
	page
	Action   string
	Entries  []providerEntry
	Expires  string
	Done     string
	Problems []formProblem
	Stamp    string
}

// correctionField is one field of the correction form: what the public sees, whether
// it is marked wrong and the right value.
type correctionField struct {
	Code, Label, Shown, New, Error string
	Wrong                          bool
}

// correctionData is what the correction page shows.
type correctionData struct {
	page
	Action, Back     string
	Entry            *directory.Entry
	Fields           []correctionField
	Text, Contact    string
	TextError        string
	ContactError     string
	Problems         []formProblem
	Stamp            string
	MaxText, MaxLine int
}

// serveProvider serves the pages under /anbieter/: the list of the link's entries
// and the correction form of one of them.
func (s *Site) serveProvider(w http.ResponseWriter, r *http.Request, x *directory.Index, path string) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Robots-Tag", "noindex")
	secret, rest, _ := strings.Cut(strings.TrimPrefix(path, providerPrefix), "/")
	link, err := s.reports.Queue.ResolveLink(r.Context(), secret)
	if err != nil {
		if !errors.Is(err, upkeep.ErrLink) {
			s.log.ErrorContext(r.Context(), "directory: resolve provider link", "err", err)
		}
		s.fail(w, r, http.StatusNotFound, "Link ungültig oder abgelaufen",
			"Dieser Link ist ungültig oder abgelaufen. Wenn Sie Ihre Einträge prüfen möchten, bitten Sie die Redaktion des Verzeichnisses um einen neuen Link.")
		return
	}
	base := Base + providerPrefix + secret
	entries := x.ByActor(link.ActorID)
	if id, ok := strings.CutPrefix(rest, "korrigieren/"); ok {
		s.correction(w, r, base, entryOf(entries, id))
		return
	}
	if rest != "" {
		s.fail(w, r, http.StatusNotFound, "Seite nicht gefunden", "Diese Seite gibt es nicht.")
		return
	}
	s.providerList(w, r, base, link, entries)
}

// entryOf returns the entry with the ID among entries, or nil.
func entryOf(entries []*directory.Entry, id string) *directory.Entry {
	for _, e := range entries {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// checkStamp reports a problem with the form's time stamp for the scope: it must
// be signed by this process and at most maxFillTime old. No minimum time: the
// secret, not speed, tells the provider from a robot.
func (s *Site) checkStamp(r *http.Request, scope string) string {
	age, signed := s.reports.age(r.PostForm.Get("t"), scope, s.reports.Now())
	if !signed || age > maxFillTime {
		return "Das Formular ist abgelaufen. Bitte senden Sie es noch einmal ab."
	}
	return ""
}

// providerList serves the list of the provider's entries; a POST confirms one entry
// (field "angebot") or all of them (field "alle") and redirects back with a thanks.
func (s *Site) providerList(w http.ResponseWriter, r *http.Request, base string, link upkeep.ProviderLink, entries []*directory.Entry) {
	d := providerData{page: s.page(r, "anbieter", "Ihre Einträge prüfen"), Action: base, Expires: link.ExpiresAt.In(time.Local).Format("02.01.2006")}
	status := http.StatusOK
	if r.Method == http.MethodPost {
		var done string
		status, done = s.confirmEntries(w, r, &d, entries)
		if status == http.StatusSeeOther {
			http.Redirect(w, r, base+"?bestaetigt="+url.QueryEscape(done), http.StatusSeeOther)
			return
		}
		d.Title = "Fehler: " + d.Title
	}
	q := r.URL.Query()
	switch id := q.Get("bestaetigt"); {
	case id == "alle":
		d.Done = "Danke! Alle Ihre Einträge sind als aktuell bestätigt."
	case entryOf(entries, id) != nil:
		d.Done = "Danke! Der Eintrag „" + entryOf(entries, id).Name + "“ ist als aktuell bestätigt."
	case entryOf(entries, q.Get("korrigiert")) != nil:
		d.Done = "Danke! Ihre Korrektur zu „" + entryOf(entries, q.Get("korrigiert")).Name + "“ ist bei der Redaktion. Sie prüft sie und ändert den Eintrag."
	}
	for _, e := range entries {
		d.Entries = append(d.Entries, providerEntry{offerFacts: s.facts(r, e), Confirmed: germanDate(s.confirmedAt(r.Context(), e.ID))})
	}
	d.Stamp = s.reports.stamp("anbieter"+base, s.reports.Now())
	s.render(w, r, status, "provider", d)
}

// confirmEntries handles a sent confirmation. It returns http.StatusSeeOther and
// what was confirmed (an entry's ID or "alle") when done, else the status to answer
// with, with the problem in d.
func (s *Site) confirmEntries(w http.ResponseWriter, r *http.Request, d *providerData, entries []*directory.Entry) (int, string) {
	problem := func(status int, msg string) (int, string) {
		d.Problems = append(d.Problems, formProblem{Message: msg})
		return status, ""
	}
	if status, msg := s.readForm(w, r); status != 0 {
		return problem(status, msg)
	}
	if msg := s.checkStamp(r, "anbieter"+d.Action); msg != "" {
		return problem(http.StatusUnprocessableEntity, msg)
	}
	chosen, done := entries, "alle"
	if r.PostForm.Get("alle") == "" {
		e := entryOf(entries, r.PostForm.Get("angebot"))
		if e == nil {
			return problem(http.StatusUnprocessableEntity, "Diesen Eintrag gibt es unter Ihren Einträgen nicht (mehr).")
		}
		chosen, done = []*directory.Entry{e}, e.ID
	}
	for _, e := range chosen {
		if _, err := s.reports.Queue.Confirm(r.Context(), e.ID, upkeep.ByProvider); err != nil {
			s.log.ErrorContext(r.Context(), "directory: provider confirmation", "offer", e.ID, "err", err)
			return problem(http.StatusServiceUnavailable, "Die Bestätigung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es in einigen Minuten noch einmal.")
		}
	}
	return http.StatusSeeOther, done
}

// correction serves the correction form of the entry e (nil: not the provider's).
func (s *Site) correction(w http.ResponseWriter, r *http.Request, base string, e *directory.Entry) {
	if e == nil {
		s.fail(w, r, http.StatusNotFound, "Eintrag nicht gefunden", "Diesen Eintrag gibt es unter Ihren Einträgen nicht (mehr).")
		return
	}
	d := correctionData{page: s.page(r, "korrigieren", "Angaben korrigieren: "+e.Name), Action: base + "/korrigieren/" + e.ID, Back: base,
		Entry: e, MaxText: upkeep.MaxText, MaxLine: upkeep.MaxLine}
	shown := shownValues(s.facts(r, e))
	scope := "korrigieren" + d.Action
	for _, f := range upkeep.CorrectionFields {
		d.Fields = append(d.Fields, correctionField{Code: f.Code, Label: f.Label, Shown: shown[f.Code]})
	}
	status := http.StatusOK
	if r.Method == http.MethodPost {
		if status = s.sendCorrection(w, r, &d, scope); status == http.StatusSeeOther {
			http.Redirect(w, r, base+"?korrigiert="+url.QueryEscape(e.ID), http.StatusSeeOther)
			return
		}
		d.Title = "Fehler: " + d.Title
	}
	d.Stamp = s.reports.stamp(scope, s.reports.Now())
	s.render(w, r, status, "correction", d)
}

// shownValues returns what the public sees of each field of upkeep.CorrectionFields.
func shownValues(f offerFacts) map[string]string {
	e := f.Entry
	return map[string]string{
		"name": e.Name, "description": e.Description, "address": f.Address, "phone": e.Phone, "email": e.Email,
		"website": e.Website, "opening_hours": e.Listing.OpeningHours, "costs": f.Costs, "access": strings.Join(f.Access, ", "),
	}
}

// sendCorrection checks a sent correction and queues it as the provider's report.
// It returns http.StatusSeeOther when stored, else the status to answer with, with
// the entered values and the problems in d.
func (s *Site) sendCorrection(w http.ResponseWriter, r *http.Request, d *correctionData, scope string) int {
	problem := func(status int, field, msg string) int {
		d.Problems = append(d.Problems, formProblem{Field: field, Message: msg})
		return status
	}
	status, msg := s.readForm(w, r)
	f := r.PostForm
	d.Text, d.Contact = f.Get("text"), f.Get("contact")
	rep := upkeep.VisitorReport{Kind: upkeep.KindError, OfferID: d.Entry.ID, OfferName: d.Entry.Name, Text: d.Text, Contact: d.Contact, FromProvider: true}
	for i := range d.Fields {
		c := &d.Fields[i]
		c.New = f.Get("neu-" + c.Code)
		c.Wrong = strings.TrimSpace(c.New) != "" || slices.Contains(f["falsch"], c.Code)
		if c.Wrong {
			rep.Corrections = append(rep.Corrections, upkeep.Correction{Field: c.Code, Shown: c.Shown, New: c.New})
		}
	}
	if status != 0 {
		return problem(status, "", msg)
	}
	if msg := s.checkStamp(r, scope); msg != "" {
		return problem(http.StatusUnprocessableEntity, "", msg)
	}
	_, err := s.reports.Queue.Submit(r.Context(), rep)
	if e, ok := errors.AsType[*graph.Error](err); ok && e.Code == graph.Invalid && len(e.Fields) > 0 {
		for _, fe := range e.Fields {
			markCorrection(d, fe)
		}
		return http.StatusUnprocessableEntity
	}
	if err != nil {
		s.log.ErrorContext(r.Context(), "directory: store provider correction", "err", err)
		return problem(http.StatusServiceUnavailable, "", "Ihre Korrektur konnte gerade nicht gespeichert werden. Ihre Angaben sind noch da: Bitte versuchen Sie es in einigen Minuten noch einmal.")
	}
	return http.StatusSeeOther
}

// markCorrection puts the field error fe of a correction to its field of the form
// and into the error summary.
func markCorrection(d *correctionData, fe graph.FieldError) {
	field := fe.Field
	switch {
	case field == "text":
		d.TextError = fe.Message
	case field == "contact":
		d.ContactError = fe.Message
	case strings.HasPrefix(field, "new-"):
		for i := range d.Fields {
			if "new-"+d.Fields[i].Code == field {
				d.Fields[i].Error = fe.Message
			}
		}
	}
	d.Problems = append(d.Problems, formProblem{Field: field, Message: fe.Message})
}
