// Package demo generates a fictional German county, "Landkreis Seeland", as a
// graph.Batch: deterministic for a seed, realistic enough for demonstrations and
// screenshots, and with planted structure that the analyses in graph/analysis must
// find, and a history over three survey waves that the analyses of change can tell.
// The same generator scales from the demo county (County: 250 actors, 1,300
// cooperations) to benchmark networks of 100,000 actors and 1,000,000 cooperations.
//
// # Content
//
// Generate(County()) returns
//
//   - the county root RootSpace "Landkreis Seeland", two planning areas
//     ("Planungsraum Seeburg und Uferland", "Planungsraum Heide und Moor") and eight
//     social spaces ("Uferland Nord", "Seeburg-Altstadt", "Lindenau", "Heidequell",
//     "Uferland Süd", "Seeburg-Neustadt", "Krähenfelde", "Amt Moorbrück") on a jittered
//     4 × 2 grid near Schwerin (WGS 84, about 11.0–12.0° E, 53.3–53.8° N). The spaces
//     share their edges, so they tile the county without overlap; every space has a
//     closed GeoJSON Polygon and indicators for 2024 and 2025 (population,
//     population_under_18, population_65_plus, sgb2_recipients,
//     integration_assistance, severely_disabled, area_km2); the areas and the root
//     hold the sums;
//   - three yearly waves: Wave2024 "Erhebung Herbst 2024" (2024-10-15), Wave2025
//     "Erhebung Herbst 2025" (2025-10-15) and Wave2026 (LatestWave) "Erhebung
//     Herbst 2026" (2026-10-15);
//   - 250 actors of every actor kind and every legal domain of the default taxonomy:
//     the county-wide carriers and services (Jobcenter Landkreis Seeland, Jugendamt,
//     Gesundheitsamt, Lebenshilfe Seeland e.V., Pflegestützpunkt Uferland, …) and
//     local actors in every town (sports clubs, Kitas, schools, care services,
//     self-help groups, AWO-Ortsvereine, employers, …), and the committees that tie
//     legal domains together (Sozialraumkonferenzen, AG nach § 78 SGB VIII,
//     Psychosoziale Arbeitsgemeinschaft, Teilhabebeirat, Pflegekonferenz, Netzwerk
//     Frühe Hilfen, …), with addresses, positions inside their social space, phone
//     numbers and .example web and e-mail addresses;
//   - about 400 offers with fields, target groups, legal domains, legal basis
//     ("§ 113 SGB IX"), capacity where places are fixed, and accessibility and
//     counselling flags. An offer names the leaf social spaces it serves; offers of
//     county-wide actors for the whole county name RootSpace instead;
//   - 64 needs: eight per social space (see Supply for how supply is counted), set
//     around the median supply of all spaces;
//   - exactly 1,300 cooperations with intensity 1–4, trust and value ratings for
//     most, reported_by, validity dates for contracts and projects, and kinds:
//     referral, funding and information_given ties are directed, the others mutual.
//     Each pair of actors is tied at most once, and a tie is recorded in a run of
//     consecutive waves, one cooperation per wave, or (a few contracts and grants,
//     about 1 %) once outside the waves; so no two cooperations share a PairKey.
//
// # History
//
// The waves tell a story by the definition of "the network at a wave": a wave holds
// the cooperations recorded in it; a pair of an earlier wave that it does not record
// lapses if the wave surveyed one of its actors (an actor is surveyed if it appears
// in a cooperation of the wave). For every seed and size:
//
//   - Ties lapse and new ones appear. About 70 % of the ties start in the first wave
//     and most of those are confirmed in both later ones; each later wave records
//     new ties (a quarter to a third of its ties) and lets others lapse (about 15 %
//     of the ties before). A tie that ends before the last wave has an actor that takes
//     part in a later wave, so it nearly always lapses instead of being carried on
//     (at most 1 % of a wave's ties are carried on); a third of the lapsed ties
//     carry an end date between the two waves.
//   - New and gone actors. Actors have no dates: about 7 % of the local actors have
//     ties only from the second wave on, 6 % only in the third, 5 % only in the first
//     and 4 % up to the second. The Sozialraumkonferenz Seeburg und Uferland takes
//     part from 2025 on, the Sozialraumkonferenz Heide und Moor from 2026 on.
//   - Changing intensities: a confirmed tie changes its intensity (and trust) by one
//     step with a chance of 25 % per wave.
//   - Realised coupling potentials. Of the best-ranked pairs without a tie in the
//     2024 and the 2025 wave (by a score close to graph/analysis/planning's coupling
//     potential: shared partners, social spaces, target groups and fields; actors
//     without a legal domain in common, outside the weak domain pairs) 35 % get a tie
//     from the next wave on; for the county, about a fifth to a half of the top 50
//     potentials of each wave cooperate in 2026, and the others stay open.
//   - Contracts outside the waves (kind contract, funding or shared resources;
//     source "Kooperationsvertrag", "Leistungsvereinbarung", …) have terms; some
//     expired before 2026-10-15. Every cooperation of a wave is valid on its date.
//
// Every item has an ExternalKey ("seeland-akteur-0001", "seeland-angebot-0001",
// "seeland-kooperation-0001", "seeland-sozialraum-01", "seeland-welle-1", …) and
// the same string as its ID; every reference names an external key within the
// batch.
//
// # Planted structure
//
// These facts hold for every seed and size (the tests check them for the county and
// for networks of 1,200 and 5,000 actors; the history and the believable structure
// for the county with seeds 1 to 3); Planted names them for given options.
//
//   - Domain clusters. Every actor belongs to one of the DomainGroups, the group of its
//     first legal domain (ActorGroup): work, youth, participation of disabled people,
//     care and health, social assistance, community. About three quarters of all
//     cooperations (at least 70 %) join actors of the same group; 88 % of the
//     non-broker ties are drawn within the group.
//   - Brokers. Brokers (for the county: the Sozial- und Teilhabeplanung office, the
//     Caritasverband and the EUTB Seeburg) take turns to tie to actors of the other
//     groups (13 % of the ordinary ties): each reaches at least five of the six
//     groups, more than half of its ties cross groups (typically 80 %), and the
//     county brokers have more
//     cross-group ties than 98 % of the actors. Networks above 1,000 actors add one regional broker
//     ("Sozialraumkoordination …", "Quartiersmanagement …") per 1,000 actors.
//   - Weak domain pairs. The legal domains of WeakDomainPairs, SGB II ↔ SGB IX and
//     sport ↔ SGB XI, barely cooperate: a drawn tie between their actors is kept
//     with a chance of 2 %, so there are almost none: at most 2 plus a tenth of the
//     ties a degree-preserving random network would have (Σ degree(A) · Σ degree(B)
//     / 2m, counting cooperations).
//     Yet their actors share social spaces and target groups (the Jobcenter and the
//     Integrationsfachdienst both serve people with mental disabilities in Seeburg;
//     sports clubs and care services both serve older people), so coupling
//     potentials show there.
//   - Under-supplied space. UnderSuppliedSpace ("Amt Moorbrück", 12,300 inhabitants)
//     gets few local actors (15 % of what its population would draw), its actors are
//     weakly connected (30 % of the usual tie propensity; their mean degree is below
//     60 % of the overall mean) and offers from elsewhere never name it. It has the
//     fewest offers per 1,000 inhabitants of all social spaces (counting the offers
//     that name it directly, with or without those naming RootSpace), and each of its
//     needs is set above its Supply.
//   - Believable hubs. In the network of the last wave the Jugendamt, the Sozialamt
//     ("Fachdienst Soziales und Wohnen"), the Jobcenter and the EUTB rank among the
//     ten actors of highest degree, and the Jugendamt has more than three times the
//     mean degree: the carriers tie to a share of the local actors of their domain
//     group (the Kitas the Jugendamt funds, the providers the Jobcenter contracts;
//     at most 40 plus one per 40 actors). No local club and no mobility provider is
//     among the ten actors of highest betweenness.
//   - Committees tie domains together: each draws every other member from its own
//     domain group and the others from the groups of its further legal domains, so
//     that most reach three groups or more.
//   - Heavy-tailed degrees. Tie propensities are Pareto-distributed (tail index 1.6)
//     and scaled by the actor's role: capped at 3.5 for local actors, between 3 and 5
//     times the role factor for the county-wide ones (the Jobcenter and the Jugendamt
//     are hubs, self-help groups are not); partners are drawn in proportion to
//     propensity within the group, half of them from the same planning area.
//
// # Scaling
//
// Larger options scale the number of social spaces to about Actors/30 (at least
// eight, on a grid of planning areas of 4 × 4 spaces, inside northern Germany), keep
// names unique by adding the town or a number, and hit Cooperations exactly (capped
// at Actors·(Actors−1)/2). Generation is linear in the size: pairs are drawn by
// weighted sampling and deduplicated by a hash set of 64-bit pair keys, never by
// scanning pairs. Each part (spaces, actors, offers, needs, cooperations) draws from
// its own PCG stream seeded from Options.Seed, so the actors of {5000, 25000} and
// {5000, 50000} are the same.
package demo
