package graph

import (
	"fmt"
	"slices"
)

// Network is an immutable snapshot of all network data at one revision, as
// Store.Snapshot returns it for analyses and exports. Each slice is ordered by ID.
// Nothing may change a Network after it is returned; analyses cache their results
// by Revision.
type Network struct {
	Revision     int64         `json:"revision"`
	Taxonomy     *Taxonomy     `json:"taxonomy"`
	SocialSpaces []SocialSpace `json:"social_spaces"`
	Waves        []Wave        `json:"waves"`
	Actors       []Actor       `json:"actors"`
	Offers       []Offer       `json:"offers"`
	Needs        []Need        `json:"needs"`
	Cooperations []Cooperation `json:"cooperations"`
	// Measures are the agreed measures; they belong to no state, and At keeps them.
	Measures []Measure `json:"measures"`
	// State describes the point in time the network shows if it was made by At: one
	// merged tie per pair of actors. It is nil for a store's full snapshot, which
	// holds every cooperation of every wave.
	State *StateInfo `json:"-"`
	// Redaction is empty for the store's data as it is, or names what a copy hides
	// from its reader (pseudonymised actors, fields above a visibility; see package
	// privacy). ResolveState passes it on into StateInfo.Redaction, so that caches
	// keyed by StateInfo.Key keep the copies apart.
	Redaction string `json:"-"`
	// ties records how At made the Cooperations of a state; nil for a snapshot.
	ties *tieSelection
	// sameData is set by ShareTies for a state with the data of another one.
	sameData *sameData
}

// Batch returns the network's data as a batch for another store. The entities keep
// their IDs, external keys and references, so that Store.Upsert into an empty store
// recreates the same data (with new versions and timestamps).
func (n *Network) Batch() *Batch {
	return &Batch{
		SocialSpaces: append([]SocialSpace(nil), n.SocialSpaces...),
		Waves:        append([]Wave(nil), n.Waves...),
		Actors:       append([]Actor(nil), n.Actors...),
		Offers:       append([]Offer(nil), n.Offers...),
		Needs:        append([]Need(nil), n.Needs...),
		Cooperations: append([]Cooperation(nil), n.Cooperations...),
		Measures:     append([]Measure(nil), n.Measures...),
	}
}

// Diff compares the data of two networks entity by entity, by ID, ignoring versions
// and timestamps (as SameContent), and describes the first differences found, at most
// max of them. It returns nil when both hold the same data.
func Diff(a, b *Network, max int) []string {
	var out []string
	ai, bi := a.Batch().Items(), b.Batch().Items()
	index := func(items []BatchItem) map[Kind]map[string]Entity {
		m := map[Kind]map[string]Entity{}
		for _, it := range items {
			k := it.Entity.EntityKind()
			if m[k] == nil {
				m[k] = map[string]Entity{}
			}
			m[k][it.Entity.Metadata().ID] = it.Entity
		}
		return m
	}
	am, bm := index(ai), index(bi)
	for _, k := range Kinds() {
		for id, ea := range am[k] {
			eb, ok := bm[k][id]
			switch {
			case !ok:
				out = append(out, fmt.Sprintf("%s %q fehlt im zweiten Bestand", k.Label(), id))
			case !SameContent(ea, eb):
				out = append(out, fmt.Sprintf("%s %q ist verschieden", k.Label(), id))
			}
		}
		for id := range bm[k] {
			if _, ok := am[k][id]; !ok {
				out = append(out, fmt.Sprintf("%s %q fehlt im ersten Bestand", k.Label(), id))
			}
		}
		if len(out) >= max {
			slices.Sort(out)
			return out[:max]
		}
	}
	slices.Sort(out)
	return out
}
