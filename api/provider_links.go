package api

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/directory/upkeep"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Providers' personal links (upkeep.Queue.IssueLink): an editor makes one for a
// provider of outdated entries and hands it over, or has it sent by e-mail when an
// SMTP server is configured. With it the provider confirms or corrects its own
// entries under /beratung/anbieter/ (package directory/site). Both the making and
// the sending go into the audit log.

// providerLinkRequest is the body of POST /api/v1/directory/provider-links.
type providerLinkRequest struct {
	// ActorID is the provider whose entries the link opens.
	ActorID string `json:"actor_id" required:"true" maxLength:"100"`
	// Mail sends the link to the provider's e-mail address as well.
	Mail bool `json:"mail,omitempty"`
}

// providerLink is the answer of POST /api/v1/directory/provider-links: the link,
// shown this once.
type providerLink struct {
	ActorID   string    `json:"actor_id"`
	Provider  string    `json:"provider"`
	URL       string    `json:"url"`
	ExpiresAt time.Time `json:"expires_at"`
	// MailedTo is the address the link was sent to; empty if it was not sent.
	MailedTo string `json:"mailed_to,omitempty"`
	// MailError says why sending failed; the link holds all the same.
	MailError string `json:"mail_error,omitempty"`
}

// providerLinkRoute returns the route that makes providers' links.
func (s *Server) providerLinkRoute() route {
	return route{Method: "POST", Path: "/api/v1/directory/provider-links", Role: graph.RoleEditor, Handler: s.createProviderLink, Op: operation{
		ID: "createProviderLink", Tag: "Beratungsverzeichnis", Summary: "Bestätigungslink für einen Anbieter erstellen",
		Description: "Erstellt einen persönlichen Link, mit dem der Anbieter (Akteur) seine Einträge unter /beratung/anbieter/… bestätigt oder Korrekturen " +
			"in die Moderation schickt. Das Geheimnis steht nur in dieser Antwort; gespeichert wird sein SHA-256-Hash. Ein neuer Link widerruft den alten " +
			"desselben Anbieters. Mit mail: true geht er auch per E-Mail an die Adresse des Akteurs (422 ohne SMTP-Server oder ohne Adresse). " +
			"Erstellen und Versand stehen im Protokoll. 404, wenn das öffentliche Verzeichnis abgeschaltet ist.",
		Body: providerLinkRequest{}, Status: http.StatusCreated, Response: providerLink{},
		Problems: []int{http.StatusNotFound, http.StatusUnprocessableEntity}}}
}

// linkValidity returns how long a provider's link holds.
func (s *Server) linkValidity() time.Duration {
	if s.cfg.ProviderLinkValidity > 0 {
		return s.cfg.ProviderLinkValidity
	}
	return upkeep.DefaultLinkValidity
}

// createProviderLink answers POST /api/v1/directory/provider-links.
func (s *Server) createProviderLink(c *gin.Context) {
	var req providerLinkRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	if s.cfg.Directory == nil {
		s.fail(c, newProblem(http.StatusNotFound, "not-found", "Das öffentliche Beratungsverzeichnis ist abgeschaltet (serve --no-directory)."))
		return
	}
	a, err := s.linkProvider(c, req)
	if err != nil {
		s.fail(c, err)
		return
	}
	secret, l, err := s.upkeep.IssueLink(c.Request.Context(), a.ID, s.callerName(c), s.linkValidity())
	if err != nil {
		s.fail(c, err)
		return
	}
	d := map[string]string{"target": a.ID, "provider": a.Name, "expires_at": l.ExpiresAt.Format(time.RFC3339)}
	if err := s.audit(c, auditProviderLink, d); err != nil {
		s.fail(c, err) // the link stays unknown to anyone: nobody saw its secret
		return
	}
	out := providerLink{ActorID: a.ID, Provider: a.Name, URL: s.cfg.Directory.ProviderURL(c.Request, secret), ExpiresAt: l.ExpiresAt}
	if req.Mail {
		s.mailProviderLink(c, a, &out)
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusCreated, out)
}

// linkProvider returns the actor the request names, if a link may be made for it:
// it exists and has entries in the directory, and for mail: true an SMTP server is
// configured and the actor has an e-mail address. Otherwise a 422 problem that
// names the field.
func (s *Server) linkProvider(c *gin.Context, req providerLinkRequest) (*graph.Actor, error) {
	invalid := func(field, format string, args ...any) error {
		msg := fmt.Sprintf(format, args...)
		return &graph.Error{Code: graph.Invalid, Message: "Der Bestätigungslink kann nicht erstellt werden.", Fields: []graph.FieldError{{Field: field, Message: msg}}}
	}
	if req.ActorID == "" {
		return nil, invalid("actor_id", "Bitte geben Sie den Anbieter (actor_id) an.")
	}
	if req.Mail && s.cfg.Survey.Mailer == nil {
		return nil, invalid("mail", "Es ist kein SMTP-Server eingerichtet (serve --smtp-host, --smtp-from); bitte den Link kopieren und weitergeben.")
	}
	a, err := graph.Get[*graph.Actor](c.Request.Context(), s.store, req.ActorID)
	if graph.ErrorCode(err) == graph.NotFound {
		return nil, invalid("actor_id", "Den Akteur %q gibt es nicht.", req.ActorID)
	}
	if err != nil {
		return nil, err
	}
	x, _, err := s.directory(c.Request.Context())
	if err != nil {
		return nil, err
	}
	if len(x.ByActor(a.ID)) == 0 {
		return nil, invalid("actor_id", "„%s“ hat keine Einträge im Beratungsverzeichnis.", a.Name)
	}
	if req.Mail && a.Email == "" {
		return nil, invalid("mail", "Für „%s“ ist keine E-Mail-Adresse hinterlegt; bitte den Link kopieren und weitergeben.", a.Name)
	}
	return a, nil
}

// mailProviderLink sends the link in out to the actor's address and records the
// sending in out and in the audit log; a failure is only reported in out, since
// the link holds all the same.
func (s *Server) mailProviderLink(c *gin.Context, a *graph.Actor, out *providerLink) {
	name := s.cfg.Directory.Name
	if name == "" {
		name = "Beratungsverzeichnis"
	}
	body := fmt.Sprintf("Guten Tag,\n\n%s steht mit Angeboten im %s. Damit Ratsuchende dort stimmende Angaben finden, bitten wir Sie, Ihre Einträge zu prüfen: "+
		"Mit einem Klick bestätigen Sie, dass sie aktuell sind, oder Sie schreiben uns, was sich geändert hat.\n\n%s\n\n"+
		"Der Link gilt bis zum %s und nur für Ihre Organisation; bitte geben Sie ihn nicht weiter.\n",
		a.Name, name, out.URL, out.ExpiresAt.In(time.Local).Format("02.01.2006"))
	if err := s.cfg.Survey.Mailer.Send(c.Request.Context(), a.Email, "Bitte prüfen Sie Ihre Einträge im "+name, body); err != nil {
		s.log.Warn("provider link mail", "actor", a.ID, "err", err)
		out.MailError = "Die E-Mail an " + a.Email + " konnte nicht gesendet werden; bitte den Link kopieren und weitergeben."
		return
	}
	out.MailedTo = a.Email
	_ = s.audit(c, auditProviderLinkMailed, map[string]string{"target": a.ID, "provider": a.Name, "to": a.Email})
}
