package api

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// maxClassify is the most actors one classification may change.
const maxClassify = 1000

// qualityActor is an actor on the Datenqualität worklist, with what it lacks.
type qualityActor struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Kind         string   `json:"kind"`
	LegalDomains []string `json:"legal_domains" nullable:"false"`
	// Missing names the German fields the actor lacks: "Akteursart", "Rechtskreis".
	Missing []string `json:"missing" nullable:"false"`
}

// qualityFinding is a further point of the worklist that is no classification: an
// actor without cooperations or without a social space, cooperations without a kind.
type qualityFinding struct {
	// Code is isolated, no_social_space or cooperations_without_kind.
	Code    string `json:"code"`
	ActorID string `json:"actor_id,omitempty"`
	Name    string `json:"name,omitempty"`
	Message string `json:"message"`
}

// qualityResponse is the answer of GET /api/v1/quality.
type qualityResponse struct {
	Revision int64 `json:"revision"`
	// Unassigned are the actors without an actor kind or legal domain ("nicht
	// zugeordnet"), by name.
	Unassigned []qualityActor   `json:"unassigned" nullable:"false"`
	Findings   []qualityFinding `json:"findings" nullable:"false"`
}

// quality answers GET /api/v1/quality: the Datenqualität worklist.
func (s *Server) quality(c *gin.Context) {
	n, err := s.snapshot(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.respond(c, http.StatusOK, qualityOf(n))
}

// qualityOf finds the worklist of a network.
func qualityOf(n *graph.Network) qualityResponse {
	res := qualityResponse{Revision: n.Revision, Unassigned: []qualityActor{}, Findings: []qualityFinding{}}
	tied := map[string]bool{}
	noKind := 0
	for _, co := range n.Cooperations {
		tied[co.From], tied[co.To] = true, true
		if len(co.Kinds) == 0 {
			noKind++
		}
	}
	for i := range n.Actors {
		a := &n.Actors[i]
		if a.Unassigned() {
			qa := qualityActor{ID: a.ID, Name: a.Name, Kind: a.Kind, LegalDomains: nonNil(a.LegalDomains), Missing: []string{}}
			if a.Kind == "" {
				qa.Missing = append(qa.Missing, "Akteursart")
			}
			if len(a.LegalDomains) == 0 {
				qa.Missing = append(qa.Missing, "Rechtskreis")
			}
			res.Unassigned = append(res.Unassigned, qa)
		}
		if !tied[a.ID] {
			res.Findings = append(res.Findings, qualityFinding{Code: "isolated", ActorID: a.ID, Name: a.Name,
				Message: "Hat keine Kooperation; ohne Verbindung zählt der Akteur in keiner Netzwerkkennzahl."})
		}
		if len(a.SocialSpaces) == 0 {
			res.Findings = append(res.Findings, qualityFinding{Code: "no_social_space", ActorID: a.ID, Name: a.Name,
				Message: "Hat keinen Sozialraum; er fehlt in den Analysen je Sozialraum."})
		}
	}
	if noKind > 0 {
		res.Findings = append(res.Findings, qualityFinding{Code: "cooperations_without_kind",
			Message: fmt.Sprintf("%d Kooperationen haben keine Kooperationsart („%s“).", noKind, graph.UnassignedLabel)})
	}
	slices.SortStableFunc(res.Unassigned, func(a, b qualityActor) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return res
}

// classifyRequest is the body of POST /api/v1/quality/classify.
type classifyRequest struct {
	ActorIDs []string `json:"actor_ids" required:"true" minItems:"1"`
	// Kind, if not empty, becomes every actor's kind.
	Kind string `json:"kind,omitempty"`
	// LegalDomains, if not empty, replace every actor's legal domains.
	LegalDomains []string `json:"legal_domains,omitempty"`
}

// classify answers POST /api/v1/quality/classify: it sets the actor kind and the
// legal domains of many actors at once, all or nothing.
func (s *Server) classify(c *gin.Context) {
	ctx := c.Request.Context()
	var req classifyRequest
	if err := decode(c, &req); err != nil {
		s.fail(c, err)
		return
	}
	switch {
	case len(req.ActorIDs) == 0:
		s.fail(c, newProblem(http.StatusBadRequest, "invalid-body", "Es ist kein Akteur ausgewählt.",
			graph.FieldError{Field: "actor_ids", Message: "Mindestens ein Akteur ist nötig."}))
		return
	case len(req.ActorIDs) > maxClassify:
		s.fail(c, newProblem(http.StatusBadRequest, "invalid-body", fmt.Sprintf("Höchstens %d Akteure auf einmal.", maxClassify),
			graph.FieldError{Field: "actor_ids", Message: fmt.Sprintf("Höchstens %d Akteure auf einmal.", maxClassify)}))
		return
	case req.Kind == "" && len(req.LegalDomains) == 0:
		s.fail(c, newProblem(http.StatusBadRequest, "invalid-body", "Bitte eine Akteursart oder mindestens einen Rechtskreis wählen.",
			graph.FieldError{Field: "kind", Message: "Akteursart oder Rechtskreis fehlt."}))
		return
	}
	b := &graph.Batch{Actors: make([]graph.Actor, 0, len(req.ActorIDs))}
	seen := map[string]bool{}
	for i, id := range req.ActorIDs {
		if seen[id] {
			continue
		}
		seen[id] = true
		e, err := s.store.Get(ctx, graph.KindActor, id)
		if graph.ErrorCode(err) == graph.NotFound {
			s.fail(c, &graph.Error{Code: graph.Invalid, Message: "Ein ausgewählter Akteur existiert nicht mehr; es wurde nichts gespeichert.",
				Fields: []graph.FieldError{{Field: fmt.Sprintf("actor_ids[%d]", i), Message: fmt.Sprintf("Akteur %q existiert nicht.", id)}}})
			return
		}
		if err != nil {
			s.fail(c, err)
			return
		}
		a := *e.(*graph.Actor)
		if req.Kind != "" {
			a.Kind = req.Kind
		}
		if len(req.LegalDomains) > 0 {
			a.LegalDomains = slices.Clone(req.LegalDomains)
		}
		b.Actors = append(b.Actors, a)
	}
	res, err := s.store.Upsert(ctx, b, graph.BatchOptions{})
	if err != nil {
		s.fail(c, classifyError(err))
		return
	}
	s.respond(c, http.StatusOK, res)
}

// classifyError names the request's fields in the store's field errors: every
// actor gets the same kind and legal domains, so "actors[3].kind" is "kind".
func classifyError(err error) error {
	ge, ok := errors.AsType[*graph.Error](err)
	if !ok || len(ge.Fields) == 0 {
		return err
	}
	out := &graph.Error{Code: ge.Code, Message: "Die Zuordnung ist ungültig; es wurde nichts gespeichert."}
	seen := map[string]bool{}
	for _, f := range ge.Fields {
		field := f.Field
		if _, rest, ok := strings.Cut(field, "]."); ok && strings.HasPrefix(field, "actors[") {
			field = rest
		}
		if !seen[field+f.Message] {
			seen[field+f.Message] = true
			out.Fields = append(out.Fields, graph.FieldError{Field: field, Message: f.Message})
		}
	}
	return out
}
