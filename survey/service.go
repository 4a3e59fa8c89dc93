package survey

import (
	"context"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Mailer sends one plain-text e-mail. mail.Sender implements it.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
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
	// Snapshot returns the current network; the store's Snapshot if nil. The API
	// passes its cached snapshot, so that respondents' requests do not each read the
	// whole network.
	Snapshot func(ctx context.Context) (*graph.Network, error)
}

// Service runs the surveys of one store. It is safe for concurrent use.
type Service struct {
	store    graph.Store
	cfg      Config
	coverage coverageCache
}

// New returns a Service over store.
func New(store graph.Store, cfg Config) *Service {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Snapshot == nil {
		cfg.Snapshot = store.Snapshot
	}
	return &Service{store: store, cfg: cfg}
}

// Link is a resolved personal link: who answers which survey.
type Link struct {
	SurveyID     string `json:"survey_id"`
	RespondentID string `json:"respondent_id"`
	// Hash is the hex SHA-256 of the secret (linksecret.Hash), the key of the
	// stored link.
	Hash     string    `json:"-"`
	IssuedAt time.Time `json:"issued_at"`
	// RevokedAt is when the link was revoked, nil if it was not. A link expires
	// when its survey closes (Survey.ClosesAt, as it is then).
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
}

// IssuedLink is a new personal link with its secret, shown once.
type IssuedLink struct {
	RespondentID string
	Name, Email  string
	URL          string
}
