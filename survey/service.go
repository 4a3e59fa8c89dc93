package survey

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Mailer sends one e-mail. mail.Sender implements it.
type Mailer interface {
	Send(ctx context.Context, m Message) error
}

// Message is one e-mail in plain text.
type Message struct {
	To, Subject, Body string
}

// Config configures a Service.
type Config struct {
	// Mailer sends invitations and reminders; without one, mailings are refused.
	Mailer Mailer
	// PublicURL is the address respondents reach the installation at, such as
	// "https://netzwerk.landkreis.de"; links are PublicURL + "/umfrage#" + secret.
	PublicURL string
	// Now returns the current time; time.Now if nil.
	Now func() time.Time
}

// Service runs the surveys of one store. It is safe for concurrent use.
type Service struct {
	store graph.Store
	cfg   Config
}

// New returns a Service over store.
func New(store graph.Store, cfg Config) *Service {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Service{store: store, cfg: cfg}
}

// Link is a resolved personal link: who answers which survey.
type Link struct {
	SurveyID     string `json:"survey_id"`
	RespondentID string `json:"respondent_id"`
	// Hash is the hex SHA-256 of the secret, the key of the stored link.
	Hash      string     `json:"-"`
	IssuedAt  time.Time  `json:"issued_at"`
	ExpiresAt time.Time  `json:"expires_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// IssuedLink is a new personal link with its secret, shown once.
type IssuedLink struct {
	RespondentID string
	Name, Email  string
	URL          string
}

// errNotYet answers while the persistence of surveys is being built.
var errNotYet = graph.Errorf(graph.Unavailable, "Erhebungen sind noch nicht verfügbar.")

// List returns all surveys, newest closing date first.
func (s *Service) List(ctx context.Context) ([]Survey, error) { return nil, errNotYet }

// Get returns the survey with the ID; NotFound if none.
func (s *Service) Get(ctx context.Context, id string) (*Survey, error) { return nil, errNotYet }

// Create stores a new survey and fills in its ID, Version and defaults. Invalid with
// field errors; NotFound-as-Invalid if the wave does not exist.
func (s *Service) Create(ctx context.Context, sv *Survey) error { return errNotYet }

// Update replaces the survey with sv's ID; sv.Version must equal the stored one
// (Conflict if not).
func (s *Service) Update(ctx context.Context, sv *Survey) error { return errNotYet }

// Delete removes the survey, its links, answers and log. Conflict if the version is
// stale or its answers were taken over and not reverted.
func (s *Service) Delete(ctx context.Context, id string, version int64) error { return errNotYet }

// IssueLinks issues a new personal link for each respondent (all if none given).
func (s *Service) IssueLinks(ctx context.Context, id string, respondents []string) ([]IssuedLink, error) {
	return nil, errNotYet
}

// RevokeLinks revokes every link of the respondents (all if none given) and returns
// how many.
func (s *Service) RevokeLinks(ctx context.Context, id string, respondents []string) (int, error) {
	return 0, errNotYet
}

// Mail sends invitations or reminders, each with a new link, and logs the sending.
func (s *Service) Mail(ctx context.Context, id string, req MailRequest) (*Mailing, error) {
	return nil, errNotYet
}

// Mailings returns the log of sendings of the survey, oldest first.
func (s *Service) Mailings(ctx context.Context, id string) ([]Mailing, error) { return nil, errNotYet }

// Dashboard returns the coordinator's view of the survey.
func (s *Service) Dashboard(ctx context.Context, id string) (*Dashboard, error) {
	return nil, errNotYet
}

// Decide records decisions all-or-nothing.
func (s *Service) Decide(ctx context.Context, id string, ds []Decision) error { return errNotYet }

// Takeover writes the accepted answers into the wave as one batch.
func (s *Service) Takeover(ctx context.Context, id string) (*TakeoverResult, error) {
	return nil, errNotYet
}

// RevertTakeover undoes the takeover.
func (s *Service) RevertTakeover(ctx context.Context, id string) (graph.Reverted, error) {
	return nil, errNotYet
}

// Resolve returns the link of the secret; ErrLink for any unknown, revoked or
// expired secret.
func (s *Service) Resolve(ctx context.Context, secret string) (*Link, error) { return nil, errNotYet }

// View returns what the link shows.
func (s *Service) View(ctx context.Context, l *Link) (*RespondentView, error) { return nil, errNotYet }

// Search returns up to 20 roster entries of the link's respondent matching q.
func (s *Service) Search(ctx context.Context, l *Link, q string) ([]RosterEntry, error) {
	return nil, errNotYet
}

// Save saves the respondent's answers as a draft, or submits them.
func (s *Service) Save(ctx context.Context, l *Link, req SaveRequest, submit bool) (*Saved, error) {
	return nil, errNotYet
}

// HashSecret returns the hex SHA-256 of a link's secret, the only form stored.
func HashSecret(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}
