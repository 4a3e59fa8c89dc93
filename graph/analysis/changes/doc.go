// Package changes compares two states of the network (T1 → T2, see graph.State):
// which ties are new, lapsed or changed, which actors are new or gone, how the
// network figures and the coupling of the legal domains moved, which actors rose or
// fell, and how many of T1's coupling potentials were realised by T2. Every item
// comes with a German sentence.
//
// Compare is a pure function over two Sides, each the network of a state (one tie
// per pair) with the figures graph/analysis computes for it; the Engine of
// graph/analysis builds the Sides from its caches and caches the Report.
//
// Definitions:
//
//   - A tie (a pair of actors) is new if it is in T2 and not in T1, lapsed if it is
//     in T1 and not in T2, and changed if it is in both with another intensity or
//     other kinds.
//   - An actor is new if it belongs to T2 and not to T1 (see graph.State: an actor
//     joins the network with its first cooperation), gone if it has ties at T1 and
//     none at T2 (its ties lapsed or ended; it stays in the network without ties).
//   - Risers and fallers are the actors whose number of ties (degree) rose or fell
//     most, ties broken by the change of betweenness; at most Movers of each.
//   - Potentials realised: of the top PotentialsTop coupling potentials of T1 (the
//     Side's Potentials), the share of pairs that have a tie in T2 (hit rate),
//     beside the share expected by chance: the ties of T2 between two actors of T1
//     that had no tie in T1, divided by the number of pairs of T1's actors without a
//     tie in T1. A hit rate far above it means the score points at pairs that do
//     come together.
package changes
