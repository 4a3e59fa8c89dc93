package api

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/password"
)

// User accounts are records: collection "users" holds each account under its ID;
// "user_emails" holds an index record per e-mail address (lower case), written in the
// same all-or-nothing PutRecords as the account, so that the store's version check
// refuses a second account with the same address; "user_subjects" indexes the
// accounts of single sign-on by the provider's subject the same way.
const (
	usersCollection    = "users"
	emailsCollection   = "user_emails"
	subjectsCollection = "user_subjects"
)

// Password length limits, in characters.
const (
	minPasswordLength = 12
	maxPasswordLength = 200
)

// Account is a person's user account as the API shows it, without the password hash.
type Account struct {
	ID    string     `json:"id"`
	Name  string     `json:"name"`
	Email string     `json:"email"`
	Role  graph.Role `json:"role"`
	// Disabled accounts cannot sign in; their sessions have ended.
	Disabled bool `json:"disabled"`
	// HasPassword says whether a password is set; accounts of single sign-on and new
	// accounts with a reset link have none.
	HasPassword bool `json:"has_password"`
	// SingleSignOn says whether the account signs in through the single sign-on.
	SingleSignOn bool      `json:"single_sign_on"`
	CreatedAt    time.Time `json:"created_at"`
}

// storedUser is the document of a "users" record.
type storedUser struct {
	ID           string     `json:"id"`
	Name         string     `json:"name"`
	Email        string     `json:"email"`
	Role         graph.Role `json:"role"`
	Disabled     bool       `json:"disabled,omitempty"`
	PasswordHash string     `json:"password_hash,omitempty"`
	// Subject is the single sign-on provider's subject of the person, if any.
	Subject   string    `json:"subject,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// account returns what the API shows of u.
func (u *storedUser) account() Account {
	return Account{ID: u.ID, Name: u.Name, Email: u.Email, Role: u.Role, Disabled: u.Disabled,
		HasPassword: u.PasswordHash != "", SingleSignOn: u.Subject != "", CreatedAt: u.CreatedAt}
}

// indexEntry is the document of a "user_emails" or "user_subjects" record.
type indexEntry struct {
	User string `json:"user"`
}

// indexKey returns the record key of an e-mail address (regardless of case and
// surrounding space) or subject: its SHA-256, so that any address fits a key.
func indexKey(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// emailKey returns the key of an e-mail address in "user_emails".
func emailKey(email string) string { return indexKey(strings.ToLower(strings.TrimSpace(email))) }

// newUserID returns a new random account ID.
func newUserID() string {
	b := make([]byte, 12)
	rand.Read(b)
	return "u_" + hex.EncodeToString(b)
}

// UserRequest is the body of POST /api/v1/users.
type UserRequest struct {
	Name  string     `json:"name" required:"true" minLength:"1" maxLength:"100"`
	Email string     `json:"email" required:"true" minLength:"3" maxLength:"254"`
	Role  graph.Role `json:"role" required:"true"`
	// Password is the initial password (at least 12 characters); without it the
	// answer holds a link with which the person sets one.
	Password string `json:"password,omitempty" maxLength:"200"`
}

// userUpdate is the body of PUT /api/v1/users/{id}: the e-mail address does not
// change (it names the account).
type userUpdate struct {
	Name     string     `json:"name" required:"true" minLength:"1" maxLength:"100"`
	Role     graph.Role `json:"role" required:"true"`
	Disabled bool       `json:"disabled"`
}

// CreatedAccount is the answer of POST /api/v1/users.
type CreatedAccount struct {
	Account
	// ResetLink sets the first password, once, until ResetExpiresAt; only when the
	// request gave no password.
	ResetLink      string     `json:"reset_link,omitempty"`
	ResetExpiresAt *time.Time `json:"reset_expires_at,omitempty"`
}

// accountList is the answer of GET /api/v1/users.
type accountList struct {
	Items []Account `json:"items" nullable:"false"`
}

// resetLinkResponse is the answer of POST /api/v1/users/{id}/reset-link.
type resetLinkResponse struct {
	Link      string    `json:"link"`
	ExpiresAt time.Time `json:"expires_at"`
}

// checkUser returns the field errors of an account's name, e-mail address, role and
// (if not empty) password, as given: the lengths count the spaces around name and
// address too, as the OpenAPI document's limits do, though they are trimmed before
// the account is stored.
func checkUser(name, email string, role graph.Role, pw string) error {
	c := graph.NewChecker("")
	c.Text("name", name, 100, true)
	switch trimmed := strings.TrimSpace(email); {
	case trimmed == "":
		c.Add("email", "Die E-Mail-Adresse fehlt.")
	case len(email) > 254:
		c.Add("email", "Die E-Mail-Adresse ist länger als 254 Zeichen.")
	default:
		c.Email("email", trimmed)
	}
	if !role.Valid() {
		c.Add("role", "Die Rolle %q ist unbekannt; möglich sind viewer, analyst, editor und admin.", role)
	}
	if pw != "" {
		checkPassword(c, "password", pw)
	}
	return c.Err("Das Benutzerkonto ist ungültig.")
}

// checkPassword records an error for a password that is too short or too long.
func checkPassword(c *graph.Checker, field, pw string) {
	switch n := utf8.RuneCountInString(pw); {
	case n < minPasswordLength:
		c.Add(field, "Das Passwort ist zu kurz: mindestens %d Zeichen.", minPasswordLength)
	case n > maxPasswordLength:
		c.Add(field, "Das Passwort ist zu lang: höchstens %d Zeichen.", maxPasswordLength)
	}
}

// CreateUser creates an account in store from req and returns it; without a password
// in req, with a link to set one (see IssueResetLink). The e-mail address must be
// free (Conflict). The API and the command line both create accounts through it.
func CreateUser(ctx context.Context, store graph.Store, req UserRequest, publicURL string) (*CreatedAccount, error) {
	if err := checkUser(req.Name, req.Email, req.Role, req.Password); err != nil {
		return nil, err
	}
	req.Name, req.Email = strings.TrimSpace(req.Name), strings.TrimSpace(req.Email)
	u := &storedUser{ID: newUserID(), Name: req.Name, Email: req.Email, Role: req.Role, CreatedAt: time.Now().UTC()}
	if req.Password != "" {
		u.PasswordHash = password.Hash(req.Password, password.OWASP)
	}
	if err := putNewUser(ctx, store, u); err != nil {
		return nil, err
	}
	out := &CreatedAccount{Account: u.account()}
	if req.Password == "" {
		link, expires, err := IssueResetLink(ctx, store, u.ID, publicURL)
		if err != nil {
			return nil, err
		}
		out.ResetLink, out.ResetExpiresAt = link, &expires
	}
	return out, nil
}

// putNewUser stores a new account with its index records, all or nothing; a taken
// e-mail address (or subject) is a Conflict with a German message.
func putNewUser(ctx context.Context, store graph.Store, u *storedUser) error {
	rs := []*graph.Record{userRecord(u, 0), indexRecord(emailsCollection, emailKey(u.Email), u.ID)}
	if u.Subject != "" {
		rs = append(rs, indexRecord(subjectsCollection, indexKey(u.Subject), u.ID))
	}
	if err := store.PutRecords(ctx, rs...); err != nil {
		if graph.ErrorCode(err) == graph.Conflict {
			return &graph.Error{Code: graph.Conflict, Message: "Ein Benutzerkonto mit dieser E-Mail-Adresse gibt es schon.",
				Fields: []graph.FieldError{{Field: "email", Message: "Die E-Mail-Adresse ist schon vergeben."}}, Err: err}
		}
		return err
	}
	return nil
}

// userRecord returns the record of u with the expected version.
func userRecord(u *storedUser, version int64) *graph.Record {
	raw, _ := json.Marshal(u) // a struct of strings, times and bools always encodes
	return &graph.Record{Collection: usersCollection, Key: u.ID, Version: version, Data: raw}
}

// indexRecord returns a new index record that names the account id.
func indexRecord(collection, key, id string) *graph.Record {
	raw, _ := json.Marshal(indexEntry{User: id})
	return &graph.Record{Collection: collection, Key: key, Data: raw}
}

// getUser returns the account with the ID and its record version. NotFound if there
// is none.
func getUser(ctx context.Context, store graph.Store, id string) (*storedUser, int64, error) {
	if !graph.ValidRecordKey(id) {
		return nil, 0, userNotFound(id)
	}
	r, err := store.GetRecord(ctx, usersCollection, id)
	if graph.ErrorCode(err) == graph.NotFound {
		return nil, 0, userNotFound(id)
	}
	if err != nil {
		return nil, 0, err
	}
	var u storedUser
	if err := json.Unmarshal(r.Data, &u); err != nil {
		return nil, 0, graph.Errorf(graph.Internal, "Das Benutzerkonto %q ist unlesbar: %v", id, err)
	}
	return &u, r.Version, nil
}

// userNotFound is the NotFound error of an account.
func userNotFound(id string) error {
	return graph.Errorf(graph.NotFound, "Das Benutzerkonto %q gibt es nicht.", id)
}

// userByIndex returns the account that the index record (collection, key) names.
// NotFound if there is none.
func userByIndex(ctx context.Context, store graph.Store, collection, key string) (*storedUser, int64, error) {
	r, err := store.GetRecord(ctx, collection, key)
	if err != nil {
		return nil, 0, err
	}
	var e indexEntry
	if err := json.Unmarshal(r.Data, &e); err != nil {
		return nil, 0, graph.Errorf(graph.Internal, "Der Index %q ist unlesbar: %v", collection, err)
	}
	return getUser(ctx, store, e.User)
}

// listUsers answers GET /api/v1/users: every account, by name.
func (s *Server) listUsers(c *gin.Context) {
	items, err := listNamed(c.Request.Context(), s.store, usersCollection, func(r *graph.Record) (Account, error) {
		var u storedUser
		err := json.Unmarshal(r.Data, &u)
		return u.account(), err
	}, func(a Account) string { return a.Name })
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, accountList{Items: items})
}

// createUser answers POST /api/v1/users.
func (s *Server) createUser(c *gin.Context) {
	var req UserRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	out, err := CreateUser(c.Request.Context(), s.store, req, s.cfg.Survey.PublicURL)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Header("Location", "/api/v1/users/"+out.ID)
	s.respond(c, http.StatusCreated, out)
}

// updateUser answers PUT /api/v1/users/{id}: name, role and whether the account is
// disabled. The last active admin account keeps its role (409). A changed role takes
// effect at the account's next request; disabling ends its sessions.
func (s *Server) updateUser(c *gin.Context) {
	var req userUpdate
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	ch := graph.NewChecker("")
	ch.Text("name", req.Name, 100, true) // as given, spaces around it included
	if !req.Role.Valid() {
		ch.Add("role", "Die Rolle %q ist unbekannt; möglich sind viewer, analyst, editor und admin.", req.Role)
	}
	if err := ch.Err("Das Benutzerkonto ist ungültig."); err != nil {
		s.fail(c, err)
		return
	}
	req.Name = strings.TrimSpace(req.Name)
	ctx := c.Request.Context()
	s.accounts.mu.Lock()
	defer s.accounts.mu.Unlock()
	u, version, err := getUser(ctx, s.store, c.Param("id"))
	var was graph.Role
	if err == nil {
		was = u.Role
		err = s.keepAnAdmin(ctx, u, req.Role == graph.RoleAdmin && !req.Disabled)
	}
	if err == nil {
		u.Name, u.Role, u.Disabled = req.Name, req.Role, req.Disabled
		err = s.store.PutRecords(ctx, userRecord(u, version))
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	s.auditRoleChange(c, u, was)
	s.accounts.sessions.dropUser(u.ID)
	if u.Disabled {
		s.endSessions(ctx, u.ID)
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, u.account())
}

// deleteUser answers DELETE /api/v1/users/{id}: the account, its index records and
// its sessions are removed (204). The last active admin account stays (409).
func (s *Server) deleteUser(c *gin.Context) {
	ctx := c.Request.Context()
	s.accounts.mu.Lock()
	defer s.accounts.mu.Unlock()
	u, version, err := getUser(ctx, s.store, c.Param("id"))
	if err == nil {
		err = s.keepAnAdmin(ctx, u, false)
	}
	if err == nil {
		err = s.store.DeleteRecord(ctx, usersCollection, u.ID, version)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	// The account is gone; index records left behind by a failure here name no
	// account, and userByIndex treats them as none.
	s.deleteIndex(ctx, emailsCollection, emailKey(u.Email))
	if u.Subject != "" {
		s.deleteIndex(ctx, subjectsCollection, indexKey(u.Subject))
	}
	s.accounts.sessions.dropUser(u.ID)
	s.endSessions(ctx, u.ID)
	c.Status(http.StatusNoContent)
}

// deleteIndex removes an index record; a failure only logs (see deleteUser).
func (s *Server) deleteIndex(ctx context.Context, collection, key string) {
	if err := s.store.DeleteRecord(ctx, collection, key, 0); err != nil && graph.ErrorCode(err) != graph.NotFound {
		s.log.Warn("delete account index", "collection", collection, "err", err)
	}
}

// keepAnAdmin returns a Conflict if u is the last active admin account and would not
// stay one (stays false). Callers hold accounts.mu.
func (s *Server) keepAnAdmin(ctx context.Context, u *storedUser, stays bool) error {
	if stays || u.Role != graph.RoleAdmin || u.Disabled {
		return nil
	}
	rs, err := s.store.ListRecords(ctx, usersCollection, "")
	if err != nil {
		return err
	}
	for _, r := range rs {
		var other storedUser
		if json.Unmarshal(r.Data, &other) == nil && other.ID != u.ID && other.Role == graph.RoleAdmin && !other.Disabled {
			return nil
		}
	}
	return graph.Errorf(graph.Conflict, "„%s“ ist das letzte aktive Benutzerkonto mit der Rolle admin und behält sie: sonst könnte niemand mehr die Benutzer verwalten. "+
		"Geben Sie zuerst einem anderen Konto die Rolle admin.", u.Name)
}

// resetLink answers POST /api/v1/users/{id}/reset-link: a new link with which the
// person sets a password, valid for an hour, shown once (the admin reset without
// e-mail).
func (s *Server) resetLink(c *gin.Context) {
	ctx := c.Request.Context()
	u, _, err := getUser(ctx, s.store, c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	link, expires, err := IssueResetLink(ctx, s.store, u.ID, s.cfg.Survey.PublicURL)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusCreated, resetLinkResponse{Link: link, ExpiresAt: expires})
}

// signInExternal signs in the person whom a single sign-on provider vouched for: it
// finds the account by the provider's subject, else by the e-mail address (and then
// links it to the subject), else creates one without a password. The role from the
// provider replaces the stored one. Then it starts a session as a password sign-in
// does (cookie set on c) and returns nil. A disabled account is a Forbidden error,
// and no session starts.
func (s *Server) signInExternal(c *gin.Context, subject, email, name string, role graph.Role) error {
	ctx := c.Request.Context()
	if subject == "" {
		return graph.Errorf(graph.Invalid, "Der Anmeldedienst hat keine Kennung (subject) genannt.")
	}
	name, email = strings.TrimSpace(name), strings.TrimSpace(email)
	if err := checkUser(name, email, role, ""); err != nil {
		return err
	}
	s.accounts.mu.Lock()
	u, version, err := userByIndex(ctx, s.store, subjectsCollection, indexKey(subject))
	if graph.ErrorCode(err) == graph.NotFound {
		u, version, err = userByIndex(ctx, s.store, emailsCollection, emailKey(email))
		if err == nil && u.Subject != "" && u.Subject != subject {
			err = graph.Errorf(graph.Conflict, "Die E-Mail-Adresse %q gehört schon einem anderen Konto des Anmeldedienstes.", email)
		}
	}
	switch graph.ErrorCode(err) {
	case graph.NotFound:
		u = &storedUser{ID: newUserID(), Name: name, Email: email, Role: role, Subject: subject, CreatedAt: time.Now().UTC()}
		err = putNewUser(ctx, s.store, u)
	case "":
		if u.Disabled {
			err = graph.Errorf(graph.Forbidden, "Das Benutzerkonto ist deaktiviert; bitte wenden Sie sich an die Verwaltung.")
			break
		}
		rs := []*graph.Record{}
		if u.Subject == "" {
			u.Subject = subject
			rs = append(rs, indexRecord(subjectsCollection, indexKey(subject), u.ID))
		}
		if u.Name != name || u.Role != role || len(rs) > 0 {
			was := u.Role
			u.Name, u.Role = name, role
			if err = s.store.PutRecords(ctx, append(rs, userRecord(u, version))...); err == nil {
				s.auditRoleChange(c, u, was)
			}
		}
	}
	s.accounts.mu.Unlock()
	if err != nil {
		return err
	}
	s.accounts.sessions.dropUser(u.ID)
	if _, err = s.startSession(c, u); err == nil {
		s.auditSignIn(c, u, "Single Sign-on")
	}
	return err
}

// auditRoleChange records that u's role changed from was, if it did: by an admin,
// or by the single sign-on provider's claim at a sign-in.
func (s *Server) auditRoleChange(c *gin.Context, u *storedUser, was graph.Role) {
	if u.Role == was {
		return
	}
	_ = s.audit(c, auditRoleChanged, map[string]string{"who": "Anmeldedienst", "target": u.Email, "old_role": string(was), "new_role": string(u.Role)})
}

// accounts is the state of the user accounts beside their records: the session
// cache, the failed sign-ins (kept in the store), and the lock that serialises
// changes of roles.
type accounts struct {
	sessions *sessionCache
	lockout  *lockout
	// mu serialises changes of accounts' roles, so that two requests cannot remove
	// the last two admins together.
	mu sync.Mutex
	// now returns the current time; time.Now (tests change it).
	now func() time.Time
}
