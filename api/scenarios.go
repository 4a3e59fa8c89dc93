package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	plan "github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
)

// scenarioCollection is the record collection of the saved what-if scenarios.
const scenarioCollection = "whatif_scenario"

// maxScenarioName bounds the name of a saved scenario, in characters.
const maxScenarioName = 100

// scenarioRequest is the body of POST /api/v1/analysis/what-if/scenarios: a what-if
// proposal to keep under a name, with the state of the network it was made for
// (wave or date; neither: today, whichever day the scenario is opened).
type scenarioRequest struct {
	Name     string        `json:"name" required:"true" maxLength:"100"`
	Wave     string        `json:"wave,omitempty"`
	Date     string        `json:"date,omitempty" format:"date"`
	Proposal plan.Proposal `json:"proposal" required:"true"`
}

// scenarioData is what a scenario record holds (graph.Record.Data).
type scenarioData struct {
	Name      string        `json:"name"`
	Wave      string        `json:"wave,omitempty"`
	Date      string        `json:"date,omitempty"`
	Proposal  plan.Proposal `json:"proposal"`
	CreatedBy string        `json:"created_by"`
}

// SavedScenario is a what-if proposal kept under a name, beside the network: saving,
// opening or deleting one never changes the network or its revision.
type SavedScenario struct {
	// ID is derived from the name, so that two scenarios cannot share a name.
	ID        string        `json:"id"`
	Name      string        `json:"name"`
	Wave      string        `json:"wave"`
	Date      string        `json:"date"`
	Proposal  plan.Proposal `json:"proposal"`
	CreatedBy string        `json:"created_by"`
	Version   int64         `json:"version"`
	UpdatedAt time.Time     `json:"updated_at"`
}

// scenarioList is the answer of GET /api/v1/analysis/what-if/scenarios.
type scenarioList struct {
	Items []SavedScenario `json:"items"`
}

// savedScenarioOf decodes a scenario record.
func savedScenarioOf(r *graph.Record) (SavedScenario, error) {
	var d scenarioData
	if err := json.Unmarshal(r.Data, &d); err != nil {
		return SavedScenario{}, fmt.Errorf("what-if scenario %q: %w", r.Key, err)
	}
	return SavedScenario{ID: r.Key, Name: d.Name, Wave: d.Wave, Date: d.Date, Proposal: d.Proposal,
		CreatedBy: d.CreatedBy, Version: r.Version, UpdatedAt: r.UpdatedAt}, nil
}

// listScenarios answers GET /api/v1/analysis/what-if/scenarios: every saved
// scenario, by name.
func (s *Server) listScenarios(c *gin.Context) {
	items, err := listNamed(c.Request.Context(), s.store, scenarioCollection, savedScenarioOf, func(sc SavedScenario) string { return sc.Name })
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, scenarioList{Items: items})
}

// getScenario answers GET /api/v1/analysis/what-if/scenarios/:id.
func (s *Server) getScenario(c *gin.Context) {
	r, err := s.store.GetRecord(c.Request.Context(), scenarioCollection, c.Param("id"))
	if err != nil {
		s.fail(c, scenarioNotFound(err, c.Param("id")))
		return
	}
	sc, err := savedScenarioOf(r)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, sc)
}

// createScenario answers POST /api/v1/analysis/what-if/scenarios: it checks the
// name, the state and the proposal against the network of that state (a 422 naming
// each unknown actor or bad tie, as POST /api/v1/analysis/what-if does) and keeps
// the scenario; a second scenario of the same name is a 409.
func (s *Server) createScenario(c *gin.Context) {
	var in scenarioRequest
	if err := decode(c, &in); err != nil {
		s.fail(c, err)
		return
	}
	var fields []graph.FieldError
	name, bad := checkName(in.Name, maxScenarioName)
	if bad != nil {
		fields = append(fields, *bad)
	}
	in.Name = name
	if in.Wave != "" && in.Date != "" {
		fields = append(fields, graph.FieldError{Field: "date", Message: "Bitte entweder eine Erhebungswelle (wave) oder einen Stichtag (date) angeben, nicht beides."})
	}
	if len(fields) > 0 {
		s.fail(c, &graph.Error{Code: graph.Invalid, Message: "Das Szenario ist ungültig.", Fields: fields})
		return
	}
	ctx := c.Request.Context()
	n, err := s.stateNetwork(ctx, graph.State{Wave: in.Wave, Date: in.Date}, nil)
	if err != nil {
		// A bad wave or date is a bad parameter of the analyses; here it is a field
		// of the body.
		var p *problem
		if errors.As(err, &p) && p.Status == http.StatusBadRequest && len(p.Errors) > 0 {
			err = &graph.Error{Code: graph.Invalid, Message: "Das Szenario ist ungültig: " + p.Errors[0].Message, Fields: p.Errors[:1]}
		}
		s.fail(c, err)
		return
	}
	if err := in.Proposal.Validate(n); err != nil {
		s.fail(c, prefixFields(err, "proposal."))
		return
	}
	createdBy := ""
	if p := principalOf(c); p != nil {
		createdBy = p.Name
	}
	r, err := putNamed(ctx, s.store, scenarioCollection, in.Name,
		scenarioData{Name: in.Name, Wave: in.Wave, Date: in.Date, Proposal: in.Proposal, CreatedBy: createdBy},
		fmt.Sprintf("Ein Szenario namens „%s“ gibt es schon; bitte einen anderen Namen wählen.", in.Name))
	if err != nil {
		s.fail(c, err)
		return
	}
	sc, err := savedScenarioOf(r)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Location", "/api/v1/analysis/what-if/scenarios/"+sc.ID)
	s.respond(c, http.StatusCreated, sc)
}

// deleteScenario answers DELETE /api/v1/analysis/what-if/scenarios/:id.
func (s *Server) deleteScenario(c *gin.Context) {
	if err := s.store.DeleteRecord(c.Request.Context(), scenarioCollection, c.Param("id"), 0); err != nil {
		s.fail(c, scenarioNotFound(err, c.Param("id")))
		return
	}
	c.Status(http.StatusNoContent)
}

// scenarioNotFound words a NotFound error of the records as a missing scenario.
func scenarioNotFound(err error, id string) error {
	if graph.ErrorCode(err) == graph.NotFound {
		return &graph.Error{Code: graph.NotFound, Message: fmt.Sprintf("Ein Szenario mit der ID %q gibt es nicht (mehr).", id), Err: err}
	}
	return err
}

// prefixFields returns err with prefix before the field of each of its field errors,
// so that they name the JSON path in a larger body ("proposal.add[0].to").
func prefixFields(err error, prefix string) error {
	var ge *graph.Error
	if !errors.As(err, &ge) || len(ge.Fields) == 0 {
		return err
	}
	out := *ge
	out.Fields = slices.Clone(ge.Fields)
	for i := range out.Fields {
		out.Fields[i].Field = prefix + out.Fields[i].Field
	}
	return &out
}
