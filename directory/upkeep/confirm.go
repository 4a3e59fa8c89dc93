package upkeep

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DefaultMaxAge is how long a confirmation holds by default: 12 months.
const DefaultMaxAge = 12

// Confirmation says that an entry was confirmed as correct: when and by whom.
type Confirmation struct {
	OfferID string `json:"offer_id"`
	// At is the date (YYYY-MM-DD) of the confirmation.
	At string `json:"at" format:"date"`
	By string `json:"by"`
}

// Confirm records that the named person confirmed the offer's entry today,
// replacing an earlier confirmation.
func (q *Queue) Confirm(ctx context.Context, offerID, by string) (Confirmation, error) {
	c := Confirmation{OfferID: offerID, At: q.now().Format(time.DateOnly), By: by}
	var version int64
	switch old, err := q.store.GetRecord(ctx, colConfirmed, offerID); {
	case err == nil:
		version = old.Version
	case graph.ErrorCode(err) != graph.NotFound:
		return c, err
	}
	rec, err := record(colConfirmed, offerID, version, c)
	if err != nil {
		return c, err
	}
	if err := q.store.PutRecords(ctx, rec); err != nil {
		if graph.ErrorCode(err) == graph.Conflict {
			err = graph.Errorf(graph.Conflict, "Der Eintrag wurde gleichzeitig bestätigt; bitte die Liste neu laden.")
		}
		return c, err
	}
	return c, nil
}

// Confirmations returns every confirmation by the offer's ID.
func (q *Queue) Confirmations(ctx context.Context) (map[string]Confirmation, error) {
	rs, err := q.store.ListRecords(ctx, colConfirmed, "")
	if err != nil {
		return nil, err
	}
	out := make(map[string]Confirmation, len(rs))
	for i := range rs {
		var c Confirmation
		if err := unmarshal(&rs[i], &c); err != nil {
			return nil, err
		}
		out[rs[i].Key] = c
	}
	return out, nil
}

// ConfirmedAt returns the date of the offer's confirmation, or "" if it has none.
func (q *Queue) ConfirmedAt(ctx context.Context, offerID string) (string, error) {
	if !graph.ValidRecordKey(offerID) {
		return "", nil
	}
	r, err := q.store.GetRecord(ctx, colConfirmed, offerID)
	if graph.ErrorCode(err) == graph.NotFound {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	var c Confirmation
	return c.At, unmarshal(r, &c)
}

// LastConfirmed returns the date (YYYY-MM-DD) the entry was last confirmed: the
// later of its listing's confirmed_at (set by editors or an import) and the
// confirmation date at (from Confirm); "" if neither is set.
func LastConfirmed(e *directory.Entry, at string) string {
	return max(e.Listing.ConfirmedAt, at)
}

// Stale is an entry that was not confirmed in time.
type Stale struct {
	OfferID  string `json:"offer_id"`
	Name     string `json:"name"`
	Provider string `json:"provider"`
	// ProviderID is the ID of the provider (actor), for a confirmation link.
	ProviderID string `json:"provider_id"`
	// ProviderMail says whether the provider has an e-mail address to send the
	// link to; filled by the API.
	ProviderMail bool `json:"provider_mail"`
	// LastConfirmed is the date of the last confirmation (LastConfirmed); empty if
	// the entry was never confirmed.
	LastConfirmed string `json:"last_confirmed,omitempty" format:"date"`
	// UpdatedAt is the date of the entry's last change.
	UpdatedAt string `json:"updated_at" format:"date"`
}

// Outdated returns the entries whose last confirmation is older than months
// months before now, or that were never confirmed and last changed before then:
// the longest unconfirmed first. A change by the county's staff is no
// confirmation by the provider, so a confirmed entry stays outdated after edits
// until it is confirmed again.
func Outdated(entries []directory.Entry, confirmed map[string]Confirmation, now time.Time, months int) []Stale {
	cutoff := now.AddDate(0, -months, 0).Format(time.DateOnly)
	out := []Stale{}
	for i := range entries {
		e := &entries[i]
		last := LastConfirmed(e, confirmed[e.ID].At)
		if cmp.Or(last, e.UpdatedAt) < cutoff {
			out = append(out, Stale{OfferID: e.ID, Name: e.Name, Provider: e.Provider, ProviderID: e.ActorID, LastConfirmed: last, UpdatedAt: e.UpdatedAt})
		}
	}
	slices.SortStableFunc(out, func(a, b Stale) int {
		return cmp.Compare(cmp.Or(a.LastConfirmed, a.UpdatedAt), cmp.Or(b.LastConfirmed, b.UpdatedAt))
	})
	return out
}
