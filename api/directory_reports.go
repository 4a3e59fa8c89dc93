package api

import (
	"cmp"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Keeping the public directory current (package upkeep): editors read the reports
// that visitors sent from /beratung, decide them, see the entries not confirmed for
// Config.DirectoryMaxAge months and confirm them, or send their providers a personal
// link to confirm them (provider_links.go).

// reportList is the answer of GET /api/v1/directory/reports.
type reportList struct {
	Items []upkeep.VisitorReport `json:"items" nullable:"false"`
}

// decisionRequest is the body of POST /api/v1/directory/reports/{id}/decision.
type decisionRequest struct {
	// Status is done (erledigt) or rejected (abgelehnt).
	Status upkeep.Status `json:"status" required:"true" enum:"done,rejected"`
	// Note says what was done or why not; optional.
	Note string `json:"note,omitempty" maxLength:"1000"`
}

// outdatedList is the answer of GET /api/v1/directory/outdated.
type outdatedList struct {
	// MaxAgeMonths is how long a confirmation holds (serve --directory-max-age).
	MaxAgeMonths int `json:"max_age_months"`
	// Mail says whether an SMTP server is configured, so that providers' links can be
	// sent by e-mail.
	Mail  bool           `json:"mail"`
	Items []upkeep.Stale `json:"items" nullable:"false"`
}

// directoryRoutes returns the routes of the directory's upkeep.
func (s *Server) directoryRoutes() []route {
	const editor = graph.RoleEditor
	return []route{
		{Method: "GET", Path: "/api/v1/directory/reports", Role: editor, Handler: s.listReports, Op: operation{
			ID: "listDirectoryReports", Tag: "Beratungsverzeichnis", Summary: "Meldungen aus dem öffentlichen Verzeichnis",
			Description: "Was Besucherinnen und Besucher unter /beratung gemeldet haben (Angebot fehlt, Fehler im Eintrag). " +
				"Offene zuerst die ältesten; entschiedene die zuletzt entschiedenen zuerst. Nichts davon wird ohne die Redaktion veröffentlicht.",
			Query: []param{{"status", "open: offene Meldungen, decided: entschiedene.",
				map[string]any{"type": "string", "enum": []string{"open", "decided"}, "default": "open"}}},
			Response: reportList{}}},
		{Method: "POST", Path: "/api/v1/directory/reports/:id/decision", Role: editor, Handler: s.decideReport, Op: operation{
			ID: "decideDirectoryReport", Tag: "Beratungsverzeichnis", Summary: "Meldung entscheiden: erledigt oder abgelehnt",
			Description: "Eine Meldung wird einmal entschieden; eine schon entschiedene ist ein 409.",
			Body:        decisionRequest{}, Response: upkeep.VisitorReport{}, Problems: []int{http.StatusConflict, http.StatusUnprocessableEntity}}},
		{Method: "GET", Path: "/api/v1/directory/outdated", Role: editor, Handler: s.outdatedEntries, Op: operation{
			ID: "outdatedDirectoryEntries", Tag: "Beratungsverzeichnis", Summary: "Veraltete Einträge des Verzeichnisses",
			Description: "Einträge, deren letzte Bestätigung (listing.confirmed_at oder „Bestätigen“) länger als max_age_months zurückliegt, " +
				"oder die nie bestätigt und seither nicht geändert wurden; die am längsten unbestätigten zuerst.",
			Response: outdatedList{}}},
		{Method: "POST", Path: "/api/v1/directory/offers/:id/confirmation", Role: editor, Handler: s.confirmEntry, Op: operation{
			ID: "confirmDirectoryEntry", Tag: "Beratungsverzeichnis", Summary: "Eintrag als aktuell bestätigen",
			Description: "Hält fest, dass der Eintrag heute bestätigt wurde; „Stand“ auf der Angebotsseite zeigt das Datum. Das Angebot selbst ändert sich nicht.",
			Response:    upkeep.Confirmation{}}},
		s.providerLinkRoute(),
	}
}

// maxAge returns the months a confirmation holds.
func (s *Server) maxAge() int { return cmp.Or(s.cfg.DirectoryMaxAge, upkeep.DefaultMaxAge) }

// listReports answers GET /api/v1/directory/reports.
func (s *Server) listReports(c *gin.Context) {
	q, err := newQueryParams(c.Request, "status")
	if err != nil {
		s.fail(c, err)
		return
	}
	status, err := q.choice("status", "open", []string{"open", "decided"}, "Erwartet wird open oder decided")
	if err != nil {
		s.fail(c, err)
		return
	}
	items, err := s.upkeep.Reports(c.Request.Context(), status == "open")
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, reportList{Items: items})
}

// decideReport answers POST /api/v1/directory/reports/{id}/decision.
func (s *Server) decideReport(c *gin.Context) {
	var req decisionRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	r, err := s.upkeep.Decide(c.Request.Context(), c.Param("id"), req.Status, req.Note, s.callerName(c))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, r)
}

// outdatedEntries answers GET /api/v1/directory/outdated.
func (s *Server) outdatedEntries(c *gin.Context) {
	ctx := c.Request.Context()
	n, err := s.snapshots.get(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	confirmed, err := s.upkeep.Confirmations(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	items := upkeep.Outdated(directory.Entries(n), confirmed, s.today(), s.maxAge())
	mailable := map[string]bool{}
	for _, a := range n.Actors {
		mailable[a.ID] = a.Email != ""
	}
	for i := range items {
		items[i].ProviderMail = mailable[items[i].ProviderID]
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, outdatedList{MaxAgeMonths: s.maxAge(), Mail: s.cfg.Survey.Mailer != nil, Items: items})
}

// confirmEntry answers POST /api/v1/directory/offers/{id}/confirmation; an offer
// that is not in the directory is a 404.
func (s *Server) confirmEntry(c *gin.Context) {
	ctx := c.Request.Context()
	x, _, err := s.directory(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	id := c.Param("id")
	if x.Entry(id) == nil {
		s.fail(c, newProblem(http.StatusNotFound, "not-found", "Dieses Angebot steht nicht im Beratungsverzeichnis."))
		return
	}
	conf, err := s.upkeep.Confirm(ctx, id, s.callerName(c))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, conf)
}

// callerName names the caller for a decision or confirmation.
func (s *Server) callerName(c *gin.Context) string {
	if p := principalOf(c); p != nil && !p.Anonymous {
		return p.Name
	}
	return "Demo-Modus"
}
