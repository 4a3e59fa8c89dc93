package graph

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
	}
}
