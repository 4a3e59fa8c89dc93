// Package privacy decides what of the network a reader may see. It has two rules,
// each kept in one place:
//
//   - Field visibility: every field of an actor and an offer is Public (the public
//     directory may show it), Internal (every signed-in role) or Confidential
//     (roles above viewer). Fields lists them; Redact clears the fields above a
//     visibility. The public directory and the viewer's answers both go through it.
//   - Pseudonymisation: a Policy names the protected actor kinds (such as self-help
//     groups, whose mere membership can be sensitive under Art. 9 GDPR). Apply
//     makes a copy of the network in which each protected actor carries a stable
//     pseudonym keyed by the installation's secret, and has no contact fields and
//     no free text, nor have its offers, cooperations and measures.
//
// A View says which of the two a reader gets; its Key marks the copy
// (graph.Network.Redaction), so that caches keyed by graph.StateInfo.Key keep it
// apart from the whole data.
package privacy
