// Package upkeep keeps the public counselling directory current, the part German
// directories call the hard one. Visitors report a missing offer or an error in an
// entry (VisitorReport); the reports wait in a moderation queue until an editor decides
// them, and nothing a visitor writes is ever published by itself. Editors confirm
// entries (Confirmation), and entries not confirmed for a configurable time are
// listed as outdated (Outdated). Providers can be sent a personal link
// (IssueLink) with which they confirm their own entries or send corrections, which
// join the queue marked as theirs (VisitorReport.FromProvider).
//
// All of it is records beside the network (graph.RecordStore, collections
// "directory_reports", "directory_confirmed" and "directory_provider_links"):
// nothing here changes an offer.
package upkeep
