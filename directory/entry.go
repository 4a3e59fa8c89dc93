package directory

import (
	"cmp"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/privacy"
)

// Entry is one offer of the directory with only its public fields, in German words:
// taxonomy codes are replaced by their labels.
type Entry struct {
	ID          string
	Name        string
	Description string
	// Provider is the name of the actor that offers it, ActorID its ID.
	Provider     string
	ActorID      string
	Fields       []string // labels of the fields of action
	TargetGroups []string // labels
	// Spaces are the names of the social spaces it serves.
	Spaces   []string
	SpaceIDs []string
	Address  graph.Address
	Location *graph.GeoPoint
	Phone    string
	Email    string
	Website  string
	// BarrierFree, LowThreshold and the Listing are the offer's own.
	BarrierFree  bool
	LowThreshold bool
	Listing      graph.Listing
	// UpdatedAt is the date (YYYY-MM-DD) of the offer's last change, "Stand".
	UpdatedAt string

	fieldCodes, targetCodes []string
}

// PublicEntry returns the public part of offer o of actor a: only their fields that
// package privacy declares Public (privacy.Fields) reach the entry. Of those it shows
// the offer's name, description, fields, target groups, social spaces, flags and
// listing; the actor's name, address, location, website and its contact unless the
// listing has its own. Nothing else of the actor (its kind, legal domains,
// attributes, cooperations) leaves the system here.
func PublicEntry(o *graph.Offer, a *graph.Actor, spaceName func(id string) string, tax *graph.Taxonomy) Entry {
	o, a = privacy.PublicCopy(o), privacy.PublicCopy(a)
	e := Entry{
		ID: o.ID, Name: o.Name, Description: o.Description, Provider: a.Name, ActorID: o.ActorID,
		Address: a.Address, Location: a.Location, Website: a.Website, Phone: a.Phone, Email: a.Email,
		BarrierFree: o.BarrierFree, LowThreshold: o.LowThreshold,
		UpdatedAt:  o.UpdatedAt.Format("2006-01-02"),
		fieldCodes: slices.Clone(o.Fields), targetCodes: slices.Clone(o.TargetGroups),
	}
	if o.Listing != nil {
		e.Listing = *o.Listing
		e.Listing.Languages = slices.Clone(o.Listing.Languages)
		if o.Listing.Phone != "" {
			e.Phone = o.Listing.Phone
		}
		if o.Listing.Email != "" {
			e.Email = o.Listing.Email
		}
	}
	for _, c := range o.Fields {
		e.Fields = append(e.Fields, tax.Label(graph.ListFields, c))
	}
	for _, c := range o.TargetGroups {
		e.TargetGroups = append(e.TargetGroups, tax.Label(graph.ListTargetGroups, c))
	}
	spaces := o.SocialSpaces
	if len(spaces) == 0 {
		spaces = a.SocialSpaces
	}
	for _, id := range spaces {
		e.SpaceIDs = append(e.SpaceIDs, id)
		e.Spaces = append(e.Spaces, spaceName(id))
	}
	return e
}

// Entries returns the directory's entries of the network: every offer marked for it
// (graph.Offer.Counselling), ordered by name.
func Entries(n *graph.Network) []Entry {
	actors := make(map[string]*graph.Actor, len(n.Actors))
	for i := range n.Actors {
		actors[n.Actors[i].ID] = &n.Actors[i]
	}
	names := make(map[string]string, len(n.SocialSpaces))
	for _, s := range n.SocialSpaces {
		names[s.ID] = s.Name
	}
	spaceName := func(id string) string { return names[id] }
	var out []Entry
	for i := range n.Offers {
		o := &n.Offers[i]
		if a := actors[o.ActorID]; o.Counselling && a != nil {
			out = append(out, PublicEntry(o, a, spaceName, n.Taxonomy))
		}
	}
	slices.SortFunc(out, func(a, b Entry) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), strings.Compare(a.ID, b.ID))
	})
	return out
}

// FieldCodes returns the taxonomy codes of the entry's fields of action, in the order
// of Fields.
func (e *Entry) FieldCodes() []string { return slices.Clone(e.fieldCodes) }

// TargetCodes returns the taxonomy codes of the entry's target groups, in the order
// of TargetGroups.
func (e *Entry) TargetCodes() []string { return slices.Clone(e.targetCodes) }
