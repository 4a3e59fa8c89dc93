package upkeep

import (
	"context"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/internal/linksecret"
)

// Providers confirm or correct their own entries through a personal link
// (/beratung/anbieter/<secret>), the same mechanism as the partner survey's: the link
// carries a random secret, the store keeps only its hash (linksecret), scoped to one
// provider (actor), until it expires. A new link for the same provider revokes the
// old one.

// colLinks is the record collection of the providers' links, keyed by the hash of
// the secret.
const colLinks = "directory_provider_links"

// DefaultLinkValidity is how long a provider's link holds by default: 8 weeks.
const DefaultLinkValidity = 8 * 7 * 24 * time.Hour

// ByProvider names the provider as the one who confirmed an entry through its link.
const ByProvider = "Anbieter (Bestätigungslink)"

// ErrLink is the one answer to a link that opens nothing: unknown, revoked or
// expired. It never says which.
var ErrLink = graph.Errorf(graph.NotFound, "Link ungültig oder abgelaufen.")

// maxSecret bounds the length of a secret that is looked up at all.
const maxSecret = 100

// ProviderLink is a provider's stored link: whose it is, who made it and until when
// it holds.
type ProviderLink struct {
	ActorID   string    `json:"actor_id"`
	IssuedAt  time.Time `json:"issued_at"`
	IssuedBy  string    `json:"issued_by"`
	ExpiresAt time.Time `json:"expires_at"`
}

// IssueLink makes a new link for the actor, valid for validity (DefaultLinkValidity
// if 0), by the named person, and returns its secret, which is stored nowhere, with
// the stored link. Earlier links of the actor are revoked (deleted), and expired
// links of anyone are swept on the way.
func (q *Queue) IssueLink(ctx context.Context, actorID, by string, validity time.Duration) (string, ProviderLink, error) {
	if validity <= 0 {
		validity = DefaultLinkValidity
	}
	now := q.now().UTC().Truncate(time.Second)
	l := ProviderLink{ActorID: actorID, IssuedAt: now, IssuedBy: by, ExpiresAt: now.Add(validity)}
	if err := q.dropLinks(ctx, actorID, now); err != nil {
		return "", l, err
	}
	secret := linksecret.New()
	rec, err := record(colLinks, linksecret.Hash(secret), 0, l)
	if err != nil {
		return "", l, err
	}
	return secret, l, q.store.PutRecords(ctx, rec)
}

// dropLinks deletes the links of the actor and every link expired at now.
func (q *Queue) dropLinks(ctx context.Context, actorID string, now time.Time) error {
	rs, err := q.store.ListRecords(ctx, colLinks, "")
	if err != nil {
		return err
	}
	for i := range rs {
		var l ProviderLink
		if err := unmarshal(&rs[i], &l); err != nil {
			return err
		}
		if l.ActorID != actorID && now.Before(l.ExpiresAt) {
			continue
		}
		err := q.store.DeleteRecord(ctx, colLinks, rs[i].Key, rs[i].Version)
		if err != nil && graph.ErrorCode(err) != graph.NotFound && graph.ErrorCode(err) != graph.Conflict {
			return err
		}
	}
	return nil
}

// ResolveLink returns the link of the secret, or ErrLink if it opens nothing. The
// secret is looked up by its hash, so no comparison with stored secrets can leak
// how much of a guess was right.
func (q *Queue) ResolveLink(ctx context.Context, secret string) (ProviderLink, error) {
	var l ProviderLink
	if secret == "" || len(secret) > maxSecret {
		return l, ErrLink
	}
	r, err := q.store.GetRecord(ctx, colLinks, linksecret.Hash(secret))
	if graph.ErrorCode(err) == graph.NotFound {
		return l, ErrLink
	}
	if err != nil {
		return l, err
	}
	if err := unmarshal(r, &l); err != nil {
		return l, err
	}
	if !q.now().Before(l.ExpiresAt) {
		return l, ErrLink
	}
	return l, nil
}
