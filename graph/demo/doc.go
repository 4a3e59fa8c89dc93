// Package demo generates a fictional German county, "Landkreis Seeland", as a
// graph.Batch: deterministic for a seed, realistic enough for demonstrations and
// screenshots, and with planted structure that the analyses in graph/analysis must
// find. The same generator scales from the demo county (County: 250 actors, 900
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
//   - two waves, WaveSpring2025 "Erhebung Frühjahr 2025" and WaveAutumn2026
//     "Erhebung Herbst 2026";
//   - 250 actors of every actor kind and every legal domain of the default taxonomy:
//     the county-wide carriers and services (Jobcenter Landkreis Seeland, Jugendamt,
//     Gesundheitsamt, Lebenshilfe Seeland e.V., Pflegestützpunkt Uferland, …) and
//     local actors in every town (sports clubs, Kitas, schools, care services,
//     self-help groups, AWO-Ortsvereine, employers, …), with addresses, positions
//     inside their social space, phone numbers and .example web and e-mail addresses;
//   - about 400 offers with fields, target groups, legal domains, legal basis
//     ("§ 113 SGB IX"), capacity where places are fixed, and accessibility and
//     counselling flags. An offer names the leaf social spaces it serves; offers of
//     county-wide actors for the whole county name RootSpace instead;
//   - 64 needs: eight per social space (see Supply for how supply is counted), set
//     around the median supply of all spaces;
//   - exactly 900 cooperations with intensity 1–4, trust and value ratings for most,
//     reported_by, validity dates for contracts and projects, and kinds: referral,
//     funding and information_given ties are directed, the others mutual. Each pair of
//     actors is tied at most once; the tie is recorded in the spring 2025 wave only
//     (about 15 % of ties, ended), in the autumn 2026 wave only (about 30 %, new) or in
//     both (one cooperation per wave), so no two cooperations share a PairKey.
//
// Every item has an ExternalKey ("seeland-akteur-0001", "seeland-angebot-0001",
// "seeland-kooperation-0001", "seeland-sozialraum-01", …) and the same string as its ID;
// every reference names an external key within the batch.
//
// # Planted structure
//
// These facts hold for every seed and size (the tests check them for the county and
// for networks of 1,200 and 5,000 actors); Planted names them for given options.
//
//   - Domain clusters. Every actor belongs to one of the DomainGroups, the group of its
//     first legal domain (ActorGroup): work, youth, participation of disabled people,
//     care and health, social assistance, community. About three quarters of all
//     cooperations (at least 70 %) join actors of the same group; 85 % of the
//     non-broker ties are drawn within the group.
//   - Brokers. Brokers (for the county: the Sozial- und Teilhabeplanung office, the
//     Caritasverband and the EUTB Seeburg) take turns to tie to actors of the other
//     groups: each reaches at least five of the six groups, more than half of its
//     ties cross groups (typically 80 %), and the county brokers have more
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
//   - Heavy-tailed degrees. Tie propensities are Pareto-distributed (tail index 1.6)
//     and scaled by the actor's role (the Jobcenter and the Jugendamt are hubs,
//     self-help groups are not); partners are drawn in proportion to propensity within
//     the group, half of them from the same planning area.
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
