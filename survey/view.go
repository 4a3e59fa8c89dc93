package survey

import (
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// States of a survey or of one respondent's answers.
const (
	StatePlanned   = "planned"   // the survey has not opened yet
	StateOpen      = "open"      // answers may be saved and submitted
	StateSubmitted = "submitted" // the respondent has submitted
	StateClosed    = "closed"    // the survey has closed
)

// MaxFullRoster is the largest roster sent in full; above it the respondent searches.
const MaxFullRoster = 50

// Response is the stored answers of one respondent in one survey.
type Response struct {
	SurveyID     string `json:"survey_id"`
	RespondentID string `json:"respondent_id"`
	Answers
	// SubmittedAt is when the answers were submitted, nil for a draft.
	SubmittedAt *time.Time `json:"submitted_at,omitempty"`
	// Version counts the saves; a save must name the version it read (0 for the
	// first), so that two tabs cannot overwrite each other.
	Version   int64     `json:"version"`
	UpdatedAt time.Time `json:"updated_at"`
}

// RosterEntry is an organisation a respondent may tick: only what identifies it.
type RosterEntry struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	ShortName string `json:"short_name,omitempty"`
	City      string `json:"city,omitempty"`
}

// RespondentView is what a respondent's link shows: the survey, the own
// organisation, the roster (in full up to MaxFullRoster entries) and the own answers.
type RespondentView struct {
	Title       string    `json:"title"`
	ConsentText string    `json:"consent_text"`
	Contact     Contact   `json:"contact"`
	OpensAt     time.Time `json:"opens_at"`
	ClosesAt    time.Time `json:"closes_at"`
	Questions   Questions `json:"questions"`
	// Kinds are the kinds of cooperation the respondent may tick, with their German
	// labels from the taxonomy, which a respondent cannot read otherwise; empty if
	// the survey does not ask about kinds.
	Kinds []graph.Term `json:"kinds"`
	// AsksMasterData says whether the respondent is asked to confirm its master data.
	AsksMasterData bool `json:"asks_master_data"`
	// Organisation is the respondent, with its master data as stored.
	Organisation RosterEntry `json:"organisation"`
	OwnData      MasterData  `json:"own_data"`
	// OwnOffers are the respondent's offers as stored, so that it can say which are
	// missing or have changed (MasterData.Offers); empty if the survey does not ask
	// for master data.
	OwnOffers []OwnOffer `json:"own_offers" nullable:"false"`
	// Roster lists the roster if it has at most MaxFullRoster entries, else it is
	// empty and the respondent searches (GET /api/v1/respond/roster).
	Roster     []RosterEntry `json:"roster"`
	RosterSize int           `json:"roster_size"`
	// Partners names the ticked partners of Answers.Ties, so that a large roster
	// need not be sent to show them.
	Partners []RosterEntry `json:"partners"`
	Answers  Answers       `json:"answers"`
	// Version of the saved answers; 0 if nothing was saved yet.
	Version     int64      `json:"version"`
	State       string     `json:"state"`
	SubmittedAt *time.Time `json:"submitted_at,omitempty"`
}

// OwnOffer is one of the respondent's offers as its page lists it: the name, and
// the fields of action and target groups by their German labels.
type OwnOffer struct {
	Name         string   `json:"name"`
	Fields       []string `json:"fields" nullable:"false"`
	TargetGroups []string `json:"target_groups" nullable:"false"`
}

// SaveRequest saves (or, to the submit route, submits) a respondent's answers.
type SaveRequest struct {
	// Version is the version of the answers last read; 0 for the first save.
	Version int64   `json:"version" minimum:"0"`
	Answers Answers `json:"answers"`
}

// Saved answers a save or submission.
type Saved struct {
	Version     int64      `json:"version"`
	State       string     `json:"state"`
	UpdatedAt   time.Time  `json:"updated_at"`
	SubmittedAt *time.Time `json:"submitted_at,omitempty"`
}

// Mailing kinds.
const (
	MailInvitation = "invitation"
	MailReminder   = "reminder"
)

// Mailing is one sending of invitations or reminders, as logged.
type Mailing struct {
	ID   string    `json:"id"`
	Kind string    `json:"kind"`
	At   time.Time `json:"at"`
	// By names who sent it.
	By   string      `json:"by"`
	Sent []Recipient `json:"sent"`
	// Failed are the respondents whose mail could not be sent, with the reason.
	Failed []Recipient `json:"failed"`
	// NoAddress are the respondents without an e-mail address.
	NoAddress []Recipient `json:"no_address"`
}

// Recipient is one respondent of a mailing.
type Recipient struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	Error string `json:"error,omitempty"`
}

// Dashboard is the coordinator's view of a survey.
type Dashboard struct {
	State       string  `json:"state"`
	Respondents int     `json:"respondents"`
	Submitted   int     `json:"submitted"`
	Drafts      int     `json:"drafts"`
	Rate        float64 `json:"rate"`
	Threshold   float64 `json:"threshold"`
	// Definition says how the rates are counted, in German.
	Definition    string      `json:"definition"`
	ByLegalDomain []RateGroup `json:"by_legal_domain"`
	ByKind        []RateGroup `json:"by_kind"`
	BySocialSpace []RateGroup `json:"by_social_space"`
	// NotAnswered lists the respondents who have not submitted.
	NotAnswered []Pending  `json:"not_answered"`
	TieCounts   TieCounts  `json:"tie_counts"`
	Ties        []TiePair  `json:"ties"`
	Proposals   []Proposed `json:"proposals"`
	MasterData  []Changed  `json:"master_data"`
	// TakeoverBatch is the batch of the takeover, "" if none.
	TakeoverBatch string `json:"takeover_batch,omitempty"`
	// Takeover is what the takeover would write with the decisions as they stand:
	// the counts its result will report.
	Takeover TakeoverCounts `json:"takeover"`
}

// RateGroup is the response rate of one group of respondents.
type RateGroup struct {
	Code        string  `json:"code"`
	Label       string  `json:"label"`
	Respondents int     `json:"respondents"`
	Submitted   int     `json:"submitted"`
	Rate        float64 `json:"rate"`
}

// Pending is a respondent who has not submitted.
type Pending struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	// Draft says whether answers were saved.
	Draft bool `json:"draft"`
	// Mailings counts the invitations and reminders sent to it.
	Mailings int `json:"mailings"`
}

// TieCounts counts the pairs reported in submitted answers.
type TieCounts struct {
	Both     int `json:"both"`
	OneSide  int `json:"one_side"`
	Conflict int `json:"conflict"`
}

// Tie statuses.
const (
	TieBoth     = "both"     // reported by both, the same direction and intensity
	TieOneSide  = "one_side" // reported by one of the two
	TieConflict = "conflict" // reported by both, in a different direction or intensity
)

// TiePair is one pair of organisations reported in submitted answers.
type TiePair struct {
	// Key identifies the pair: the two actor IDs in order, joined by "|".
	Key    string `json:"key"`
	A      string `json:"a"`
	B      string `json:"b"`
	AName  string `json:"a_name"`
	BName  string `json:"b_name"`
	Status string `json:"status"`
	// ByA and ByB are what A and B reported about the tie, nil if nothing.
	ByA *TieAnswer `json:"by_a,omitempty"`
	ByB *TieAnswer `json:"by_b,omitempty"`
	// Decision is the coordinator's: "" (default: take it over unless it is a
	// conflict), accept or reject.
	Decision string `json:"decision,omitempty"`
	// Prefer names whose report an accepted conflict takes over (A or B's ID).
	Prefer string `json:"prefer,omitempty"`
}

// Proposed is an organisation a respondent found missing.
type Proposed struct {
	// Key identifies the proposal: respondent ID, "#" and its position.
	Key            string          `json:"key"`
	RespondentID   string          `json:"respondent_id"`
	RespondentName string          `json:"respondent_name"`
	Organisation   NewOrganisation `json:"organisation"`
	Decision       string          `json:"decision,omitempty"`
}

// Changed is a respondent's correction of its own master data.
type Changed struct {
	// Key is the respondent's actor ID.
	Key      string     `json:"key"`
	Name     string     `json:"name"`
	Current  MasterData `json:"current"`
	Proposed MasterData `json:"proposed"`
	// Fields names the fields that differ.
	Fields   []string `json:"fields"`
	Decision string   `json:"decision,omitempty"`
}

// Decision kinds and values.
const (
	DecideTie        = "tie"
	DecideProposal   = "proposal"
	DecideMasterData = "master_data"
	Accept           = "accept"
	Reject           = "reject"
)

// Decision is the coordinator's verdict on a tie, a proposal or a master-data change.
type Decision struct {
	Kind string `json:"kind" required:"true"`
	// Key is the TiePair, Proposed or Changed key.
	Key string `json:"key" required:"true" minLength:"1"`
	// Decision is accept, reject, or "" to withdraw an earlier decision.
	Decision string `json:"decision"`
	// Prefer names, for an accepted conflict, whose report to take.
	Prefer string `json:"prefer,omitempty"`
}

// Decisions is a set of decisions, written all-or-nothing.
type Decisions struct {
	Decisions []Decision `json:"decisions" required:"true" minItems:"1"`
}

// LinkRequest chooses the respondents to issue links for; empty for all.
type LinkRequest struct {
	Respondents []string `json:"respondents,omitempty"`
}

// MailRequest sends invitations or reminders.
type MailRequest struct {
	Kind string `json:"kind" required:"true"`
	// Respondents restricts the mailing to these; empty for all (a reminder skips
	// those who submitted).
	Respondents []string `json:"respondents,omitempty"`
}

// TakeoverResult is what the takeover wrote into the wave.
type TakeoverResult struct {
	graph.BatchResult
	TakeoverCounts
}

// TakeoverCounts counts what a takeover writes: Ties the cooperations (between
// respondents and partners, and to the accepted proposed organisations), Actors the
// actors created from proposals and Corrected those whose master data was changed.
type TakeoverCounts struct {
	Ties      int `json:"ties"`
	Actors    int `json:"actors"`
	Corrected int `json:"corrected"`
}
