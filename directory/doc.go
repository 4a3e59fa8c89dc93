// Package directory is the public counselling directory (§ 106 SGB IX): the offers
// marked for it (graph.Offer.Counselling), as people who look for help see them.
//
// Entries holds what may leave the system: PublicEntry shows only the fields of an
// offer and its actor that package privacy, the one place that decides it, declares
// public. Index searches the entries the
// way a person asks, tolerant of typing errors and German word forms (see Terms), by
// field of action, target group, place and radius, and by the listing's flags.
//
// Package site serves the pages under /beratung, among them the providers' pages
// (/beratung/anbieter/<secret>) where a provider, with the personal link an editor
// made in "Verzeichnis pflegen" (package upkeep), confirms or corrects its own
// entries.
package directory
