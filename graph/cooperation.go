package graph

// Cooperation is a tie between two actors (Kooperation). It is mutual unless Directed
// is set; a directed cooperation runs From → To (a referral, funding, information
// given). Two cooperations may not join the same pair of actors in the same wave with
// the same direction (see PairKey).
type Cooperation struct {
	Meta
	From string `json:"from" required:"true" minLength:"1"` // actor ID
	To   string `json:"to" required:"true" minLength:"1"`   // actor ID
	// Directed marks a one-way tie; false means mutual.
	Directed bool `json:"directed,omitempty"`
	// Kinds are codes of Taxonomy.CooperationKinds; empty for a tie whose kind is
	// not known yet ("nicht zugeordnet", as from a Gephi file).
	Kinds []string `json:"kinds" required:"true"`
	// Intensity rates how close the cooperation is, from 1 (occasional) to 4 (very
	// close); analyses use it as the tie's weight.
	Intensity int `json:"intensity" required:"true" minimum:"1" maximum:"4"`
	// Trust and Value are survey ratings from 1 (low) to 4 (high); 0 means not rated.
	Trust int `json:"trust,omitempty" minimum:"0" maximum:"4"`
	Value int `json:"value,omitempty" minimum:"0" maximum:"4"`
	// ReportedBy says who reported the tie: ReportedByFrom, ReportedByTo, ReportedByBoth
	// (confirmed by both actors), ReportedByOther (a third party, such as the network
	// coordination) or empty (unknown).
	ReportedBy string `json:"reported_by,omitempty"`
	// ValidFrom and ValidUntil bound the tie in time, as YYYY-MM-DD; empty means open.
	ValidFrom  string `json:"valid_from,omitempty" format:"date"`
	ValidUntil string `json:"valid_until,omitempty" format:"date"`
	// WaveID is the ID of the survey wave the tie was recorded in, if any.
	WaveID string `json:"wave_id,omitempty"`
	// Source says where the information comes from, such as "Erhebung 2025".
	Source string `json:"source,omitempty"`
	Note   string `json:"note,omitempty"`
}

// The values of Cooperation.ReportedBy.
const (
	ReportedByFrom  = "from"
	ReportedByTo    = "to"
	ReportedByBoth  = "both"
	ReportedByOther = "other"
)

// EntityKind returns KindCooperation.
func (c *Cooperation) EntityKind() Kind { return KindCooperation }

// Refs returns the cooperation's references to its actors and its wave.
func (c *Cooperation) Refs() []Ref {
	out := append(optRef("from", KindActor, &c.From), optRef("to", KindActor, &c.To)...)
	return append(out, optRef("wave_id", KindWave, &c.WaveID)...)
}

// PairKey identifies the pair of actors, the direction and the wave of the tie. A
// store holds at most one cooperation per PairKey. Mutual ties ignore the order of
// From and To.
func (c *Cooperation) PairKey() string {
	if c.Directed {
		return "d|" + c.From + "|" + c.To + "|" + c.WaveID
	}
	a, b := c.From, c.To
	if b < a {
		a, b = b, a
	}
	return "m|" + a + "|" + b + "|" + c.WaveID
}

// Validate checks the cooperation's fields and taxonomy codes.
func (c *Cooperation) Validate(t *Taxonomy) error {
	v := fieldErrors{}
	v.validateMeta(&c.Meta)
	if c.From == "" {
		v.add("from", "Der erste Akteur fehlt.")
	}
	if c.To == "" {
		v.add("to", "Der zweite Akteur fehlt.")
	}
	if c.From != "" && c.From == c.To {
		v.add("to", "Ein Akteur kann nicht mit sich selbst kooperieren.")
	}
	v.checkCodes(t, "kinds", ListCooperationKinds, c.Kinds)
	if c.Intensity < 1 || c.Intensity > 4 {
		v.add("intensity", "Die Intensität muss zwischen 1 und 4 liegen.")
	}
	v.rating("trust", c.Trust)
	v.rating("value", c.Value)
	switch c.ReportedBy {
	case "", ReportedByFrom, ReportedByTo, ReportedByBoth, ReportedByOther:
	default:
		v.add("reported_by", "Erlaubt sind from, to, both und other, nicht %q.", c.ReportedBy)
	}
	v.date("valid_from", c.ValidFrom)
	v.date("valid_until", c.ValidUntil)
	if c.ValidFrom != "" && c.ValidUntil != "" && c.ValidUntil < c.ValidFrom {
		v.add("valid_until", "Das Ende liegt vor dem Beginn.")
	}
	v.text("source", c.Source, 200, false)
	v.text("note", c.Note, 2000, false)
	return v.err("Die Kooperation ist ungültig.")
}

// rating records an error unless r is a survey rating from 1 to 4, or 0 for none.
func (v *fieldErrors) rating(field string, r int) {
	if r < 0 || r > 4 {
		v.add(field, "Die Bewertung muss zwischen 1 und 4 liegen (0 = nicht bewertet).")
	}
}
