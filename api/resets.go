package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
	"github.com/netzwerkatlas/netzwerkatlas/internal/password"
)

// Password resets: a one-time link /anmeldung#reset=<secret> lets a person set a new
// password within resetValidity. The store keeps only the secret's SHA-256, as a
// record in "password_resets". The link goes out by e-mail ("Passwort vergessen")
// when an SMTP server is configured; an admin can always make one for an account
// (POST /api/v1/users/{id}/reset-link) and hand it over.

const (
	resetsCollection = "password_resets"
	resetValidity    = time.Hour
	// resetMailTimeout bounds the sending of one reset e-mail.
	resetMailTimeout = time.Minute
)

// storedReset is the document of a "password_resets" record.
type storedReset struct {
	User      string    `json:"user"`
	ExpiresAt time.Time `json:"expires_at"`
	Used      bool      `json:"used,omitempty"`
}

// forgotRequest is the body of POST /api/v1/password-reset.
type forgotRequest struct {
	Email string `json:"email" required:"true" maxLength:"254"`
}

// forgotResponse is the answer of POST /api/v1/password-reset.
type forgotResponse struct {
	Message string `json:"message"`
}

// resetRequest is the body of POST /api/v1/password-reset/confirm.
type resetRequest struct {
	// Token is the secret of the link, after "#reset=".
	Token    string `json:"token" required:"true" minLength:"1" maxLength:"100"`
	Password string `json:"password" required:"true" maxLength:"1024"`
}

// IssueResetLink stores a new one-time reset for the account id and returns its link
// (publicURL + "/anmeldung#reset=" + secret; just the path if publicURL is empty)
// and when it expires. Expired resets of anyone are deleted on the way.
func IssueResetLink(ctx context.Context, store graph.Store, id, publicURL string) (string, time.Time, error) {
	secret := linksecret.New()
	now := time.Now().UTC()
	d := storedReset{User: id, ExpiresAt: now.Add(resetValidity)}
	raw, _ := json.Marshal(d)
	if err := store.PutRecords(ctx, &graph.Record{Collection: resetsCollection, Key: linksecret.Hash(secret), Data: raw}); err != nil {
		return "", time.Time{}, err
	}
	if rs, err := store.ListRecords(ctx, resetsCollection, ""); err == nil {
		for _, r := range rs {
			var old storedReset
			if json.Unmarshal(r.Data, &old) == nil && now.After(old.ExpiresAt) {
				_ = store.DeleteRecord(ctx, resetsCollection, r.Key, r.Version) // swept again next time
			}
		}
	}
	return strings.TrimSuffix(publicURL, "/") + "/anmeldung#reset=" + secret, d.ExpiresAt, nil
}

// forgotPassword answers POST /api/v1/password-reset ("Passwort vergessen"): if an
// active account has the address, it gets an e-mail with a reset link. The answer
// (202) is the same, and comes as fast, whether or not there is such an account: the
// look-up and the e-mail happen after it. Without SMTP the answer is 422 and says to
// ask an admin.
func (s *Server) forgotPassword(c *gin.Context) {
	var req forgotRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	if s.cfg.Survey.Mailer == nil {
		s.fail(c, graph.Errorf(graph.Invalid, "Hier ist kein E-Mail-Versand eingerichtet. Bitte bitten Sie die Verwaltung, Ihnen einen Link zum Zurücksetzen des Passworts zu geben."))
		return
	}
	wait, err := s.accounts.lockout.wait(c.Request.Context(), emailKey(req.Email), s.accounts.now())
	if err != nil {
		s.fail(c, err)
		return
	}
	if wait == 0 {
		go s.mailReset(context.WithoutCancel(c.Request.Context()), req.Email)
	}
	s.respond(c, http.StatusAccepted, forgotResponse{Message: "Wenn es ein Benutzerkonto mit dieser E-Mail-Adresse gibt, ist eine E-Mail mit einem Link unterwegs. " +
		"Der Link gilt eine Stunde und nur einmal."})
}

// mailReset sends a reset link to the active account with the address, if there is
// one. Failures only log.
func (s *Server) mailReset(ctx context.Context, email string) {
	ctx, cancel := context.WithTimeout(ctx, resetMailTimeout)
	defer cancel()
	u, _, err := userByIndex(ctx, s.store, emailsCollection, emailKey(email))
	if err != nil || u.Disabled || !strings.EqualFold(strings.TrimSpace(email), u.Email) {
		return
	}
	link, _, err := IssueResetLink(ctx, s.store, u.ID, s.cfg.Survey.PublicURL)
	if err == nil {
		err = s.cfg.Survey.Mailer.Send(ctx, u.Email, "Netzwerkatlas: Passwort zurücksetzen",
			"Guten Tag "+u.Name+",\n\nfür Ihr Benutzerkonto im Netzwerkatlas wurde ein neues Passwort angefordert. "+
				"Mit diesem Link legen Sie es fest; er gilt eine Stunde und nur einmal:\n\n"+link+
				"\n\nWenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt dann unverändert.\n")
	}
	if err != nil {
		s.log.Warn("password reset mail", "user", u.ID, "err", err)
	}
}

// confirmReset answers POST /api/v1/password-reset/confirm: with the secret of an
// unused, unexpired link it sets the new password (204), uses up the link in the same
// write, ends the account's sessions and lifts a lock-out of its address.
func (s *Server) confirmReset(c *gin.Context) {
	var req resetRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	ch := graph.NewChecker("")
	checkPassword(ch, "password", req.Password)
	if err := ch.Err("Das neue Passwort ist ungültig."); err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	invalid := &graph.Error{Code: graph.Invalid, Message: "Der Link zum Zurücksetzen ist ungültig, abgelaufen oder schon verwendet. Bitte fordern Sie einen neuen an.",
		Fields: []graph.FieldError{{Field: "token", Message: "Der Link ist ungültig, abgelaufen oder schon verwendet."}}}
	rec, err := s.store.GetRecord(ctx, resetsCollection, linksecret.Hash(req.Token))
	if graph.ErrorCode(err) == graph.NotFound {
		err = invalid
	}
	var d storedReset
	if err == nil && (json.Unmarshal(rec.Data, &d) != nil || d.Used || !time.Now().Before(d.ExpiresAt)) {
		err = invalid
	}
	var u *storedUser
	var version int64
	if err == nil {
		u, version, err = getUser(ctx, s.store, d.User)
		if graph.ErrorCode(err) == graph.NotFound {
			err = invalid
		}
	}
	if err == nil {
		d.Used = true
		rec.Data, _ = json.Marshal(d)
		u.PasswordHash = password.Hash(req.Password, password.OWASP)
		err = s.store.PutRecords(ctx, rec, userRecord(u, version))
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := s.accounts.lockout.clear(ctx, emailKey(u.Email)); err != nil {
		s.log.Warn("password reset: the sign-in failures stay", "user", u.ID, "err", err) // the new password holds
	}
	s.accounts.sessions.dropUser(u.ID)
	s.endSessions(ctx, u.ID)
	c.Status(http.StatusNoContent)
}
