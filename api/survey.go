package api

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
	"github.com/netzwerkatlas/netzwerkatlas/importers/export"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
	"github.com/netzwerkatlas/netzwerkatlas/survey"
)

// maxRespondBytes limits the bodies of the respondent's routes: 500 ties with short
// notes fit many times over.
const maxRespondBytes = 512 << 10

// surveyList is the answer of GET /api/v1/surveys.
type surveyList struct {
	Items []survey.Survey `json:"items" nullable:"false"`
}

// revokeResponse answers POST /api/v1/surveys/{id}/links/revoke.
type revokeResponse struct {
	Revoked int `json:"revoked"`
}

// searchResponse answers GET /api/v1/respond/roster.
type searchResponse struct {
	Items []survey.RosterEntry `json:"items" nullable:"false"`
}

// surveyRoutes returns the routes of the partner survey: the editor's and the
// respondent's (public, authenticated by the link's secret in the header
// Authorization: Survey <secret>).
func (s *Server) surveyRoutes() []route {
	const editor = graph.RoleEditor
	const tag, public = "Erhebung", "Befragung"
	write := []int{http.StatusConflict, http.StatusUnprocessableEntity}
	csv := contentTypeOf(importers.FormatCSV)
	linkAuth := "Öffentlich; der persönliche Link gilt als Anmeldung: Kopf Authorization: Survey <Geheimnis>. " +
		"Jeder ungültige, abgelaufene oder widerrufene Link erhält dieselbe Antwort 404 „Link ungültig oder abgelaufen“. " +
		"Je Link und je Adresse sind die Anfragen begrenzt (429 mit Retry-After)."
	limited := []int{http.StatusTooManyRequests, http.StatusNotFound}
	return []route{
		{Method: "GET", Path: "/api/v1/surveys", Role: editor, Handler: s.listSurveys, Op: operation{
			ID: "listSurveys", Tag: tag, Summary: "Erhebungen auflisten", Response: surveyList{}}},
		{Method: "POST", Path: "/api/v1/surveys", Role: editor, Handler: s.createSurvey, Op: operation{
			ID: "createSurvey", Tag: tag, Summary: "Erhebung für eine Welle anlegen",
			Description: "Ohne consent_text gilt der deutsche Standardtext (Zweck, Rechtsgrundlage, wer was sieht, Speicherdauer); ohne threshold 0,65.",
			Body:        survey.Survey{}, Status: http.StatusCreated, Response: survey.Survey{}, Location: true, Problems: write}},
		{Method: "GET", Path: "/api/v1/surveys/:id", Role: editor, Handler: s.getSurvey, Op: operation{
			ID: "getSurvey", Tag: tag, Summary: "Erhebung lesen", Response: survey.Survey{}}},
		{Method: "PUT", Path: "/api/v1/surveys/:id", Role: editor, Handler: s.updateSurvey, Op: operation{
			ID: "updateSurvey", Tag: tag, Summary: "Erhebung ändern", Description: "version nennt die zuletzt gelesene Version; ist sie veraltet: 409.",
			Body: survey.Survey{}, Response: survey.Survey{}, Problems: write}},
		{Method: "DELETE", Path: "/api/v1/surveys/:id", Role: editor, Handler: s.deleteSurvey, Op: operation{
			ID: "deleteSurvey", Tag: tag, Summary: "Erhebung mit Links und Antworten löschen", Query: params("version"),
			Status: http.StatusNoContent, Problems: []int{http.StatusConflict}}},
		{Method: "POST", Path: "/api/v1/surveys/:id/links", Role: editor, Handler: s.issueLinks, Op: operation{
			ID: "issueSurveyLinks", Tag: tag, Summary: "Persönliche Links ausstellen (Serienbrief-CSV)",
			Description: "Stellt je gewählter befragter Organisation (ohne Angabe: allen) einen neuen Link aus und antwortet mit einer CSV-Datei " +
				"(Organisation, E-Mail, Link) für den Serienbrief. Das Geheimnis steht nur in dieser Antwort; gespeichert wird sein SHA-256-Hash. " +
				"Frühere Links bleiben gültig, bis sie widerrufen werden oder die Erhebung endet.",
			Body: survey.LinkRequest{}, Downloads: []string{csv}, Problems: write}},
		{Method: "POST", Path: "/api/v1/surveys/:id/links/revoke", Role: editor, Handler: s.revokeLinks, Op: operation{
			ID: "revokeSurveyLinks", Tag: tag, Summary: "Links widerrufen", Description: "Widerruft alle Links der gewählten Organisationen (ohne Angabe: aller).",
			Body: survey.LinkRequest{}, Response: revokeResponse{}, Problems: write}},
		{Method: "POST", Path: "/api/v1/surveys/:id/mailings", Role: editor, Handler: s.mail, Op: operation{
			ID: "sendSurveyMail", Tag: tag, Summary: "Einladungen oder Erinnerungen per E-Mail senden",
			Description: "kind invitation oder reminder. Jede Mail trägt einen neuen persönlichen Link. Erinnerungen gehen nur an Organisationen, die noch nicht abgeschickt haben. " +
				"Jeder Versand wird protokolliert. 422 ohne eingerichteten SMTP-Server.",
			Body: survey.MailRequest{}, Response: survey.Mailing{}, Problems: write}},
		{Method: "GET", Path: "/api/v1/surveys/:id/mailings", Role: editor, Handler: s.mailings, Op: operation{
			ID: "listSurveyMailings", Tag: tag, Summary: "Protokoll der Versendungen", Response: []survey.Mailing{}}},
		{Method: "GET", Path: "/api/v1/surveys/:id/dashboard", Role: editor, Handler: s.surveyDashboard, Op: operation{
			ID: "surveyDashboard", Tag: tag, Summary: "Rücklauf, Kooperationsmeldungen und Vorschläge",
			Response: survey.Dashboard{}}},
		{Method: "POST", Path: "/api/v1/surveys/:id/decisions", Role: editor, Handler: s.decide, Op: operation{
			ID: "decideSurvey", Tag: tag, Summary: "Vorschläge, Stammdaten und Widersprüche annehmen oder ablehnen",
			Description: "Alles oder nichts. Ohne Entscheidung übernimmt die Übernahme beidseitig und einseitig gemeldete Kooperationen, " +
				"aber keine widersprüchlichen, keine vorgeschlagenen Organisationen und keine Stammdaten.",
			Body: survey.Decisions{}, Response: survey.Dashboard{}, Problems: write}},
		{Method: "POST", Path: "/api/v1/surveys/:id/takeover", Role: editor, Handler: s.takeover, Op: operation{
			ID: "surveyTakeover", Tag: tag, Summary: "In die Welle übernehmen",
			Description: "Schreibt die angenommenen Antworten abgeschickter Fragebögen in einem Schritt (ein Import, batch_id) in die Welle, " +
				"mit reported_by je Kooperation. Rückgängig mit /takeover/revert.",
			Response: survey.TakeoverResult{}, Problems: write}},
		{Method: "POST", Path: "/api/v1/surveys/:id/takeover/revert", Role: editor, Handler: s.revertTakeover, Op: operation{
			ID: "revertSurveyTakeover", Tag: tag, Summary: "Übernahme rückgängig machen", Response: revertResponse{}, Problems: []int{http.StatusConflict}}},

		{Method: "GET", Path: "/api/v1/respond", Role: Public, Handler: s.respondent(s.respondView), MaxBody: maxRespondBytes, Op: operation{
			ID: "respondView", Tag: public, Summary: "Fragebogen des persönlichen Links", Description: linkAuth,
			Response: survey.RespondentView{}, Problems: limited}},
		{Method: "GET", Path: "/api/v1/respond/roster", Role: Public, Handler: s.respondent(s.respondSearch), MaxBody: maxRespondBytes, Op: operation{
			ID: "respondRoster", Tag: public, Summary: "Organisationen der Liste suchen (höchstens 20)", Description: linkAuth,
			Query:    []param{{"q", "Suchtext; findet Wortanfänge und Teile des Namens, auch mit einem Tippfehler.", map[string]any{"type": "string", "maxLength": 100}}},
			Response: searchResponse{}, Problems: limited}},
		{Method: "PUT", Path: "/api/v1/respond/answers", Role: Public, Handler: s.respondent(s.respondSave(false)), MaxBody: maxRespondBytes, Op: operation{
			ID: "respondSave", Tag: public, Summary: "Antworten zwischenspeichern",
			Description: linkAuth + " version nennt die zuletzt gelesene Version (0 beim ersten Speichern); ist sie veraltet (zweiter Tab): 409.",
			Body:        survey.SaveRequest{}, Response: survey.Saved{}, Problems: append(limited, write...)}},
		{Method: "POST", Path: "/api/v1/respond/submit", Role: Public, Handler: s.respondent(s.respondSave(true)), MaxBody: maxRespondBytes, Op: operation{
			ID: "respondSubmit", Tag: public, Summary: "Antworten abschicken",
			Description: linkAuth + " Speichert und schickt ab; nach dem Ende der Erhebung 409, das Gespeicherte bleibt erhalten.",
			Body:        survey.SaveRequest{}, Response: survey.Saved{}, Problems: append(limited, write...)}},
	}
}

func (s *Server) listSurveys(c *gin.Context) {
	list, err := s.surveys.List(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, surveyList{Items: append([]survey.Survey{}, list...)})
}

func (s *Server) createSurvey(c *gin.Context) {
	var sv survey.Survey
	if err := decode(c, &sv); err != nil {
		s.fail(c, err)
		return
	}
	if err := s.surveys.Create(c.Request.Context(), &sv); err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Location", "/api/v1/surveys/"+sv.ID)
	s.respond(c, http.StatusCreated, sv)
}

func (s *Server) getSurvey(c *gin.Context) {
	sv, err := s.surveys.Get(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, sv)
}

func (s *Server) updateSurvey(c *gin.Context) {
	var sv survey.Survey
	if err := decode(c, &sv); err != nil {
		s.fail(c, err)
		return
	}
	sv.ID = c.Param("id")
	if err := s.surveys.Update(c.Request.Context(), &sv); err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, sv)
}

func (s *Server) deleteSurvey(c *gin.Context) {
	q, err := newQueryParams(c.Request, "version")
	if err != nil {
		s.fail(c, err)
		return
	}
	v, err := q.integer("version", 0, 1, maxVersion)
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := s.surveys.Delete(c.Request.Context(), c.Param("id"), int64(v)); err != nil {
		s.fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// issueLinks answers the new links as a mail-merge CSV, neutralised against formula
// injection like every CSV export.
func (s *Server) issueLinks(c *gin.Context) {
	var req survey.LinkRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	links, err := s.surveys.IssueLinks(c.Request.Context(), c.Param("id"), req.Respondents)
	if err != nil {
		s.fail(c, err)
		return
	}
	t := importers.Table{Name: "Links", Headers: []string{"Organisation", "E-Mail", "Link"}}
	for _, l := range links {
		t.Rows = append(t.Rows, []any{l.Name, l.Email, l.URL})
	}
	c.Header("Cache-Control", "no-store")
	s.attachment(c, importers.FormatCSV, export.FileName("links", importers.FormatCSV, s.today()),
		func(w io.Writer) error { return importers.EncodeTableCSV(w, t) })
}

func (s *Server) revokeLinks(c *gin.Context) {
	var req survey.LinkRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	n, err := s.surveys.RevokeLinks(c.Request.Context(), c.Param("id"), req.Respondents)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, revokeResponse{Revoked: n})
}

func (s *Server) mail(c *gin.Context) {
	var req survey.MailRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	m, err := s.surveys.Mail(c.Request.Context(), c.Param("id"), req)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, m)
}

func (s *Server) mailings(c *gin.Context) {
	ms, err := s.surveys.Mailings(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, append([]survey.Mailing{}, ms...))
}

func (s *Server) surveyDashboard(c *gin.Context) {
	d, err := s.surveys.Dashboard(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, d)
}

func (s *Server) decide(c *gin.Context) {
	var req survey.Decisions
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	if err := s.surveys.Decide(c.Request.Context(), c.Param("id"), req.Decisions); err != nil {
		s.fail(c, err)
		return
	}
	s.surveyDashboard(c)
}

func (s *Server) takeover(c *gin.Context) {
	res, err := s.surveys.Takeover(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, res)
}

func (s *Server) revertTakeover(c *gin.Context) {
	sv, err := s.surveys.Get(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	batch := sv.TakeoverBatch
	n, err := s.surveys.RevertTakeover(c.Request.Context(), sv.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, revertResponse{BatchID: batch, Reverted: n})
}

// respondent authenticates a respondent's request by the secret in the header
// Authorization: Survey <secret>, after the rate limits per client address and per
// link, and hands the link to h.
func (s *Server) respondent(h func(c *gin.Context, l *survey.Link)) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("Cache-Control", "no-store")
		secret := ""
		if scheme, value, ok := strings.Cut(c.GetHeader("Authorization"), " "); ok && strings.EqualFold(scheme, "Survey") {
			secret = strings.TrimSpace(value)
		}
		if wait := s.addrLimit.take(c.ClientIP(), s.today()); wait > 0 {
			s.tooMany(c, wait)
			return
		}
		if wait := s.linkLimit.take(linksecret.Hash(secret), s.today()); wait > 0 {
			s.tooMany(c, wait)
			return
		}
		l, err := s.surveys.Resolve(c.Request.Context(), secret)
		if err != nil {
			s.fail(c, err)
			return
		}
		h(c, l)
	}
}

// tooMany answers 429 with the seconds to wait.
func (s *Server) tooMany(c *gin.Context, wait time.Duration) {
	c.Header("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
	s.writeProblem(c, newProblem(http.StatusTooManyRequests, "too-many-requests",
		"Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es dann erneut."))
}

func (s *Server) respondView(c *gin.Context, l *survey.Link) {
	if _, err := newQueryParams(c.Request); err != nil {
		s.fail(c, err)
		return
	}
	v, err := s.surveys.View(c.Request.Context(), l)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, v)
}

func (s *Server) respondSearch(c *gin.Context, l *survey.Link) {
	q, err := newQueryParams(c.Request, "q")
	if err != nil {
		s.fail(c, err)
		return
	}
	text := q.values.Get("q")
	if len([]rune(text)) > 100 {
		s.fail(c, badParam("q", "Der Suchtext ist zu lang: höchstens 100 Zeichen."))
		return
	}
	hits, err := s.surveys.Search(c.Request.Context(), l, text)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, searchResponse{Items: append([]survey.RosterEntry{}, hits...)})
}

func (s *Server) respondSave(submit bool) func(c *gin.Context, l *survey.Link) {
	return func(c *gin.Context, l *survey.Link) {
		var req survey.SaveRequest
		if err := decode(c, &req); err != nil {
			s.fail(c, err)
			return
		}
		saved, err := s.surveys.Save(c.Request.Context(), l, req, submit)
		if err != nil {
			s.fail(c, err)
			return
		}
		s.respond(c, http.StatusOK, saved)
	}
}
