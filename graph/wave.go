package graph

// Wave is a dated survey of the network (Erhebungswelle), so that the state at T1 can
// be compared with T2. Cooperations name the wave they were recorded in.
type Wave struct {
	Meta
	Name string `json:"name" required:"true" minLength:"1" maxLength:"200"`
	// Date is the reference date of the wave, as YYYY-MM-DD.
	Date        string `json:"date" required:"true" format:"date"`
	Description string `json:"description,omitempty"`
	// Closed marks a wave whose survey is finished: its cooperations can no longer be
	// created, changed or deleted (Conflict). Anyone who may write may close a wave;
	// reopening it is for admins (enforced by the API).
	Closed bool `json:"closed,omitempty"`
}

// EntityKind returns KindWave.
func (w *Wave) EntityKind() Kind { return KindWave }

// Refs returns nil: a wave refers to nothing.
func (w *Wave) Refs() []Ref { return nil }

// Validate checks the wave's fields.
func (w *Wave) Validate(*Taxonomy) error {
	v := fieldErrors{}
	v.validateMeta(&w.Meta)
	v.text("name", w.Name, 200, true)
	if w.Date == "" {
		v.add("date", "Das Stichtagsdatum fehlt.")
	}
	v.date("date", w.Date)
	v.text("description", w.Description, 2000, false)
	return v.err("Die Erhebungswelle ist ungültig.")
}
