package privacy

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DefaultProtected are the actor kinds protected when an installation names none:
// self-help groups (the code of the default taxonomy).
var DefaultProtected = []string{"self_help"}

// DefaultMinGroup is the smallest group whose figures a pseudonymised answer shows.
const DefaultMinGroup = 5

// Policy is an installation's rule for pseudonymisation.
type Policy struct {
	// Protected are the codes of the actor kinds (graph.Taxonomy.ActorKinds) whose
	// actors are pseudonymised.
	Protected []string
	// Secret keys the pseudonyms; it must stay the same for the pseudonyms to stay,
	// and must never leave the installation.
	Secret []byte
	// MinGroup is k: a pseudonymised answer suppresses the figures of groups with
	// fewer than k members (see Suppressed).
	MinGroup int
}

// NewPolicy returns the policy for the protected actor kinds (nil: DefaultProtected;
// empty: none) and k (DefaultMinGroup if not above 0), keyed by the installation's
// secret in rs (see Secret), which it makes on first use.
func NewPolicy(ctx context.Context, rs graph.RecordStore, protected []string, minGroup int) (*Policy, error) {
	secret, err := Secret(ctx, rs)
	if err != nil {
		return nil, err
	}
	p := &Policy{Protected: protected, Secret: secret, MinGroup: minGroup}
	if p.Protected == nil {
		p.Protected = DefaultProtected
	}
	if p.MinGroup <= 0 {
		p.MinGroup = DefaultMinGroup
	}
	return p, nil
}

// Protects reports whether the actor's kind is protected.
func (p *Policy) Protects(a *graph.Actor) bool { return slices.Contains(p.Protected, a.Kind) }

// Suppressed reports whether a group figure of n members must not be shown in a
// pseudonymised answer: 0 < n < MinGroup. An empty group reveals nobody.
func (p *Policy) Suppressed(n int) bool { return n > 0 && n < p.MinGroup }

// codeAlphabet is Crockford's base 32: digits and capitals without I, L, O and U.
const codeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// codeLength is the length of a pseudonym's code: 30 bits, so that among 1,000
// protected actors two share a code with a chance of about 1 in 2,000.
const codeLength = 6

// Pseudonym returns the pseudonym of the actor: the German label of its kind and a
// code of six characters from HMAC-SHA-256 of its ID under the secret, such as
// "Selbsthilfegruppe K3F9Q2". It stays the same for as long as the actor's ID, its
// kind's label and the secret do, and tells nothing of the name.
func (p *Policy) Pseudonym(a *graph.Actor, t *graph.Taxonomy) string {
	mac := hmac.New(sha256.New, p.Secret)
	mac.Write([]byte("actor\x00" + a.ID))
	bits := binary.BigEndian.Uint64(mac.Sum(nil))
	var code [codeLength]byte
	for i := range code {
		code[i] = codeAlphabet[bits>>(64-5*(i+1))&31]
	}
	label := a.Kind
	if t != nil {
		label = t.Label(graph.ListActorKinds, a.Kind)
	}
	return label + " " + string(code[:])
}

// View is what a reader gets to see.
type View struct {
	// Pseudonymize replaces the protected actors by their pseudonyms.
	Pseudonymize bool
	// Max is the most sensitive visibility of the fields the reader sees.
	Max Visibility
}

// Whole is the view of the whole data.
var Whole = View{Max: Confidential}

// Key names the view for graph.Network.Redaction: "" for Whole, else "p" for
// pseudonyms and "i" or "o" for fields up to Internal or Public.
func (v View) Key() string {
	var b strings.Builder
	if v.Pseudonymize {
		b.WriteByte('p')
	}
	switch v.Max {
	case Internal:
		b.WriteByte('i')
	case Public:
		b.WriteByte('o')
	}
	return b.String()
}

// Apply returns the network n as the view v shows it under the policy p: n itself
// for Whole, else a copy marked with v.Key (graph.Network.Redaction) in which
// actors and offers lack the fields above v.Max and, with v.Pseudonymize, each
// protected actor is its pseudonym (see Pseudonymize). n is not changed.
func Apply(n *graph.Network, v View, p *Policy) *graph.Network {
	if v.Key() == n.Redaction {
		return n
	}
	out := *n
	out.Redaction = v.Key()
	if v.Max < Confidential {
		out.Actors = slices.Clone(n.Actors)
		for i := range out.Actors {
			Redact(&out.Actors[i], v.Max)
		}
		out.Offers = slices.Clone(n.Offers)
		for i := range out.Offers {
			Redact(&out.Offers[i], v.Max)
		}
	}
	if v.Pseudonymize {
		p.pseudonymize(&out)
	}
	return &out
}

// pseudonymize replaces in n, a copy whose actor and offer slices it may change
// or replace, every protected actor by its pseudonym (see Pseudonymize), and drops
// the free text of the offers, cooperations and measures that concern it.
func (p *Policy) pseudonymize(n *graph.Network) {
	names := map[string]string{} // protected actor ID → pseudonym
	actors := slices.Clone(n.Actors)
	for i := range actors {
		if a := &actors[i]; p.Protects(a) {
			names[a.ID] = p.Pseudonym(a, n.Taxonomy)
			Pseudonymize(a, names[a.ID])
		}
	}
	if len(names) == 0 {
		return
	}
	n.Actors = actors
	n.Offers = slices.Clone(n.Offers)
	for i := range n.Offers {
		if name, ok := names[n.Offers[i].ActorID]; ok {
			PseudonymizeOffer(&n.Offers[i], name)
		}
	}
	n.Cooperations = slices.Clone(n.Cooperations)
	for i := range n.Cooperations {
		c := &n.Cooperations[i]
		if names[c.From] != "" || names[c.To] != "" {
			c.ExternalKey, c.Note, c.Source = "", "", ""
		}
	}
	n.Measures = slices.Clone(n.Measures)
	for i := range n.Measures {
		m := &n.Measures[i]
		for _, id := range append([]string{m.Origin.From, m.Origin.To}, m.Actors...) {
			if name := names[id]; name != "" {
				m.Title, m.Description, m.Responsible, m.ExternalKey = "Maßnahme mit "+name, "", "", ""
				break
			}
		}
	}
}

// Pseudonymize turns the actor a into the pseudonym name: it keeps its ID, kind,
// legal domains, fields, target groups, social spaces and map layout, which the
// analyses need, and drops its name, short name, external key, address, location,
// website, e-mail, telephone, description and imported attributes.
func Pseudonymize(a *graph.Actor, name string) {
	*a = graph.Actor{
		Meta:         graph.Meta{ID: a.ID, Version: a.Version, CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt},
		Name:         name,
		Kind:         a.Kind,
		LegalDomains: a.LegalDomains,
		Fields:       a.Fields,
		TargetGroups: a.TargetGroups,
		SocialSpaces: a.SocialSpaces,
		Layout:       a.Layout,
	}
}

// PseudonymizeOffer turns the offer o of an actor with the pseudonym actor into
// "Angebot von <actor>": it keeps what the planning counts (fields, target groups,
// social spaces, legal domains and basis, capacity, accessibility flags) and drops
// its name, external key, description and directory listing.
func PseudonymizeOffer(o *graph.Offer, actor string) {
	o.Name, o.Description, o.ExternalKey, o.Listing = "Angebot von "+actor, "", "", nil
}
