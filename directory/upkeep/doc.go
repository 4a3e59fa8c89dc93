// Package upkeep keeps the public counselling directory current, the part German
// directories call the hard one. Visitors report a missing offer or an error in an
// entry (VisitorReport); the reports wait in a moderation queue until an editor decides
// them, and nothing a visitor writes is ever published by itself. Editors confirm
// entries (Confirmation), and entries not confirmed for a configurable time are
// listed as outdated (Outdated).
//
// Both are records beside the network (graph.RecordStore, collections
// "directory_reports" and "directory_confirmed"): nothing here changes an offer.
package upkeep
