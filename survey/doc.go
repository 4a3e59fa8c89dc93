// Package survey runs the partner survey (Netzwerkerhebung) of a wave: organisations
// report their own cooperations through a personal link, the coordinator watches the
// response rate, decides on proposals, and takes the accepted answers over into the
// wave in one revertible batch.
//
// Everything the survey keeps (surveys, link hashes, answers, decisions, the mailing
// log) lives in the generic records of graph.Store, never in the network: nothing a
// respondent writes reaches the network before Service.Takeover.
package survey
