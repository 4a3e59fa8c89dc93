package graph

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Store keeps the network data of one installation. Implementations: graph/embedded
// (one local file) and graph/neo4jstore (Neo4j 5). graph/storetest holds the behaviour
// every implementation must show.
//
// Every write is atomic: it succeeds as a whole or leaves the store as it was, and
// records its history (Event) in the same transaction, naming the writer that the
// context carries (WithWriter) so that no method needs a parameter for it. Every
// successful write to network data raises the revision; token changes do not.
// A write that would create, change or delete a cooperation of a closed wave is refused
// with Conflict (CheckWaveOpen). Errors carry a Code (see ErrorCode); the codes each method may return are listed
// with it, and any method may return Unavailable or Internal.
type Store interface {
	// Revision returns the current revision.
	Revision(ctx context.Context) (int64, error)
	// Ping checks that the store can serve requests; Unavailable if not.
	Ping(ctx context.Context) error

	// Taxonomy returns the installation's taxonomy; DefaultTaxonomy until changed.
	Taxonomy(ctx context.Context) (*Taxonomy, error)
	// SetTaxonomy replaces the taxonomy and sets t.Version to the new version.
	// Invalid if t fails Validate; Conflict if t.Version is stale or a removed code is
	// still used by stored data.
	SetTaxonomy(ctx context.Context, t *Taxonomy) error

	// Create stores a new entity and fills in its ID (if empty), Version (1) and
	// timestamps. Invalid if it fails validation or refers to a missing entity;
	// Conflict if its ID, its ExternalKey or (for a cooperation) its PairKey is taken.
	Create(ctx context.Context, e Entity) error
	// Get returns the entity of the kind with the ID. NotFound if there is none.
	Get(ctx context.Context, kind Kind, id string) (Entity, error)
	// Update replaces the stored entity with e's ID and sets e's Version and
	// UpdatedAt. e.Version must equal the stored version. NotFound if there is none;
	// Conflict if the version is stale or a unique key is taken; Invalid as Create.
	Update(ctx context.Context, e Entity) error
	// Delete removes the entity of the kind with the ID. If opts.Version is set it
	// must equal the stored version (else Conflict). NotFound if there is none.
	//
	// An actor with cooperations or offers is deleted only with opts.Cascade, which
	// deletes them too; the result counts them by kind. An actor that a measure
	// names, a social space that is a parent or is referred to by actors, offers,
	// needs or measures, and a wave that cooperations or measures refer to, are not
	// deleted: Conflict, whatever opts.Cascade says (see CheckDelete).
	Delete(ctx context.Context, kind Kind, id string, opts DeleteOptions) (Deleted, error)
	// List returns the entities of the kind that match f, in the order Filter
	// describes, and their total count. Invalid if f does not fit the kind.
	List(ctx context.Context, kind Kind, f Filter) (Page, error)
	// Upsert writes the batch all-or-nothing, matching entities by external key, and
	// reports what was created, updated and left unchanged. A batch that changes
	// nothing does not raise the revision. With opts.DryRun nothing is written.
	// Invalid (with every problem as a FieldError) if any item fails.
	Upsert(ctx context.Context, b *Batch, opts BatchOptions) (BatchResult, error)
	// History returns the events of the entity of the kind with the ID, newest first,
	// with the changes of its creation filled in (see Replay); it works for deleted
	// entities too. An entity without recorded events has an empty history.
	History(ctx context.Context, kind Kind, id string) ([]Event, error)
	// Activity returns the events that match f, newest first, one page at a time
	// (keyset: f.Cursor is the Next of the page before). Invalid for a bad cursor or
	// limit. Creations list no changes here (see Event.Changes).
	Activity(ctx context.Context, f ActivityFilter) (ActivityPage, error)
	// Restore writes a new version of the entity of the kind with the ID equal to the
	// content of version (see RestoreTarget), re-creating a deleted entity, and
	// records it as ActionRestore; it returns the entity as stored. NotFound if the
	// history has no such version; Conflict or Invalid if the content can no longer
	// be written (a taken key, a missing reference, a closed wave).
	Restore(ctx context.Context, kind Kind, id string, version int64) (Entity, error)
	// RevertBatch undoes the batch with the ID all-or-nothing: it deletes what the
	// batch created and writes back what it updated, recorded as ActionRevert under a
	// new batch ID. NotFound if there is no such batch; Conflict (naming the
	// entities) if it was reverted already or an entity was changed after it, or if
	// a deletion would break a reference; then nothing is written.
	RevertBatch(ctx context.Context, batchID string) (Reverted, error)
	// PurgeHistory removes the whole history of every entity that is deleted and
	// whose deletion was recorded before cutoff (its newest event deleted it, at a
	// time before cutoff), so that nothing of it remains (Art. 17 GDPR). Entities
	// that exist, or were deleted at or after cutoff, keep every event. It returns how
	// many entities' histories it removed, and does not change the revision.
	PurgeHistory(ctx context.Context, cutoff time.Time) (int, error)

	// Snapshot returns the whole network data as one consistent, immutable Network.
	Snapshot(ctx context.Context) (*Network, error)

	// CreateToken stores a new API token; t.Hash must be set, t.ID and CreatedAt are
	// filled in when empty. Invalid if t fails validation; Conflict if the name is
	// taken.
	CreateToken(ctx context.Context, t *Token) error
	// TokenByHash returns the token with the hash. NotFound if there is none.
	TokenByHash(ctx context.Context, hash string) (*Token, error)
	// Tokens lists all tokens with their hashes, ordered by name.
	Tokens(ctx context.Context) ([]Token, error)
	// DeleteToken revokes the token with the ID. NotFound if there is none;
	// ErrLastAdminToken (a Conflict) if it is the only admin token left, checked in
	// the same transaction as the deletion, so that revocations at the same moment,
	// through any server, cannot remove the last two together.
	DeleteToken(ctx context.Context, id string) error
	// TouchToken records that the token with the ID was used at the time at: it sets
	// LastUsedAt only if Token.NeedsTouch(at), so that it writes at most once per
	// TokenTouchInterval. It does not change the revision. NotFound if there is none.
	TouchToken(ctx context.Context, id string, at time.Time) error

	// RecordStore keeps the working data beside the network.
	RecordStore

	// Close releases the store's resources.
	Close() error
}

// DeleteOptions refine Store.Delete.
type DeleteOptions struct {
	// Version, if not 0, must equal the stored version.
	Version int64
	// Cascade lets an actor be deleted together with its cooperations and offers
	// (never with measures, see CheckDelete).
	Cascade bool
}

// Deleted counts the dependents removed with an entity, by kind.
type Deleted map[Kind]int

// CheckDelete returns nil if the entity of the kind with the ID may be deleted while
// counts entities refer to it, and else the Conflict error that says why: only an
// actor's cooperations and offers go with it, and only with cascade. An agreed
// measure is a record of the steering group and is never deleted along with an actor;
// it has to be changed or deleted first.
func CheckDelete(kind Kind, id string, counts Deleted, cascade bool) error {
	switch {
	case len(counts) == 0:
		return nil
	case kind == KindActor && counts[KindMeasure] > 0:
		return &Error{Code: Conflict, Message: fmt.Sprintf("%s %q wird noch von %s genannt und kann nicht gelöscht werden, "+
			"auch nicht mit cascade=true: Bitte die Maßnahmen zuerst ändern oder löschen.", kind.Label(), id,
			Deleted{KindMeasure: counts[KindMeasure]})}
	case kind == KindActor && cascade:
		return nil
	}
	return InUseError(kind, id, counts, kind == KindActor)
}

// InUseError returns the Conflict error for deleting an entity that others still
// depend on; counts gives the dependents by kind. cascadable says whether
// DeleteOptions.Cascade would allow the deletion.
func InUseError(kind Kind, id string, counts Deleted, cascadable bool) error {
	msg := fmt.Sprintf("%s %q wird noch verwendet (%s).", kind.Label(), id, counts)
	if cascadable {
		msg += " Mit cascade=true wird alles mitgelöscht."
	}
	return &Error{Code: Conflict, Message: msg}
}

// String lists the counts in German, such as "2 × Kooperation, 1 × Angebot".
func (d Deleted) String() string {
	var parts []string
	for _, k := range Kinds() {
		if n := d[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d × %s", n, k.Label()))
		}
	}
	return strings.Join(parts, ", ")
}

// New returns a pointer to a new zero entity of the kind, or nil for an unknown kind.
func New(kind Kind) Entity {
	switch kind {
	case KindActor:
		return &Actor{}
	case KindCooperation:
		return &Cooperation{}
	case KindSocialSpace:
		return &SocialSpace{}
	case KindOffer:
		return &Offer{}
	case KindNeed:
		return &Need{}
	case KindWave:
		return &Wave{}
	case KindMeasure:
		return &Measure{}
	}
	return nil
}

// Get returns the entity of type T with the ID from s, as Store.Get.
func Get[T Entity](ctx context.Context, s Store, id string) (T, error) {
	var zero T
	e, err := s.Get(ctx, zero.EntityKind(), id)
	if err != nil {
		return zero, err
	}
	return e.(T), nil
}

// Page is one page of a list.
type Page struct {
	Items []Entity
	// Total counts all matching entities, not only this page.
	Total int
	// Next is the cursor (Filter.Cursor) of the page after this one, or "" if no
	// matching entity follows this page.
	Next string
}
