package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// A token scoped to one actor (graph.Token.ActorID) is for a provider's self-service
// and for directory upkeep: it reads as its role allows, and writes only
//
//   - PUT /api/v1/actors/{id} of its actor,
//   - POST /api/v1/offers with actor_id its actor,
//   - PUT and DELETE /api/v1/offers/{id} of an offer of its actor (a changed offer
//     keeps it as actor_id),
//
// besides POST /api/v1/analysis/what-if, which computes and writes nothing. Every
// other request that is not a read is refused with 403 and a German reason.

// checkScope returns nil if the principal p may make the request of c, and else the
// 403 problem that says why; see above. Only scoped principals are checked.
func (s *Server) checkScope(c *gin.Context, p *principal) error {
	switch c.Request.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return nil
	}
	if p.ActorID == "" {
		return nil
	}
	ctx := c.Request.Context()
	deny := func(reason string) error {
		return newProblem(http.StatusForbidden, "forbidden", fmt.Sprintf("Dieses API-Token ist auf den Akteur „%s“ beschränkt: "+
			"Es darf nur diesen Akteur ändern und seine Angebote anlegen, ändern und löschen. %s", s.actorName(ctx, p.ActorID), reason))
	}
	method, path := c.Request.Method, c.FullPath()
	switch {
	case path == "/api/v1/analysis/what-if" && method == http.MethodPost:
		return nil
	case path == "/api/v1/actors/:id" && method == http.MethodPut:
		if c.Param("id") != p.ActorID {
			return deny(fmt.Sprintf("Der Akteur „%s“ ist ein anderer.", s.actorName(ctx, c.Param("id"))))
		}
		return nil
	case path == "/api/v1/offers/:id" && (method == http.MethodPut || method == http.MethodDelete):
		o, err := graph.Get[*graph.Offer](ctx, s.store, c.Param("id"))
		switch {
		case graph.ErrorCode(err) == graph.NotFound:
			return deny("Ein Angebot mit dieser ID gibt es nicht.")
		case err != nil:
			return err
		case o.ActorID != p.ActorID:
			return deny(fmt.Sprintf("Das Angebot „%s“ gehört zum Akteur „%s“.", o.Name, s.actorName(ctx, o.ActorID)))
		}
		if method == http.MethodDelete {
			return nil
		}
		fallthrough
	case path == "/api/v1/offers" && method == http.MethodPost:
		actor, ok, err := bodyActor(c)
		if err != nil || !ok {
			return err // a body that is not JSON: the handler answers 400
		}
		if actor != p.ActorID {
			return deny(fmt.Sprintf("Das Angebot muss zu diesem Akteur gehören (actor_id „%s“), nicht zu „%s“.", p.ActorID, actor))
		}
		return nil
	}
	return deny("Andere Änderungen, auch Importe, Löschungen von Akteuren und das Zurücksetzen der Historie, sind damit nicht erlaubt.")
}

// bodyActor reads the actor_id of the JSON body of c and puts the body back for the
// handler. ok is false if the body is not a JSON object.
func bodyActor(c *gin.Context) (actor string, ok bool, err error) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		return "", false, err
	}
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
	var v struct {
		ActorID string `json:"actor_id"`
	}
	if json.Unmarshal(body, &v) != nil {
		return "", false, nil
	}
	return v.ActorID, true, nil
}

// actorName returns the name of the actor with the ID, or the ID if it cannot be read.
func (s *Server) actorName(ctx context.Context, id string) string {
	if a, err := graph.Get[*graph.Actor](ctx, s.store, id); err == nil {
		return a.Name
	}
	return id
}

// CreateToken makes a token in store and returns it with its secret, which the store
// keeps only as a hash. Besides the name and role that the store checks, it takes an
// optional expiry, which must lie after now, and an optional actor scope: an existing
// actor, and role editor (the other roles write nothing that a scope could narrow,
// except admin, which a scope would contradict). A wrong expiry or scope is an
// Invalid error naming expires_at or actor_id. The API and the command line both
// create tokens through it.
func CreateToken(ctx context.Context, store graph.Store, now time.Time, name string, role graph.Role, expires *time.Time, actorID string) (*graph.Token, string, error) {
	var fields []graph.FieldError
	if expires != nil && !expires.After(now) {
		fields = append(fields, graph.FieldError{Field: "expires_at", Message: "„Gültig bis“ muss in der Zukunft liegen."})
	}
	if actorID != "" {
		if role != graph.RoleEditor {
			fields = append(fields, graph.FieldError{Field: "actor_id",
				Message: fmt.Sprintf("Nur ein Token mit der Rolle editor kann auf einen Akteur beschränkt werden, nicht eines mit der Rolle %s.", role)})
		} else if _, err := graph.Get[*graph.Actor](ctx, store, actorID); graph.ErrorCode(err) == graph.NotFound {
			fields = append(fields, graph.FieldError{Field: "actor_id", Message: fmt.Sprintf("Den Akteur „%s“ gibt es nicht.", actorID)})
		} else if err != nil {
			return nil, "", err
		}
	}
	if len(fields) > 0 {
		return nil, "", &graph.Error{Code: graph.Invalid, Message: "Das Token ist ungültig.", Fields: fields}
	}
	secret := graph.NewTokenSecret()
	t := &graph.Token{Name: name, Role: role, Hash: graph.HashToken(secret), ExpiresAt: expires, ActorID: actorID}
	if err := store.CreateToken(ctx, t); err != nil {
		return nil, "", err
	}
	return t, secret, nil
}

// tokenByID returns the token with the ID. NotFound if there is none.
func (s *Server) tokenByID(ctx context.Context, id string) (*graph.Token, error) {
	tokens, err := s.store.Tokens(ctx)
	if err != nil {
		return nil, err
	}
	for i := range tokens {
		if tokens[i].ID == id {
			return &tokens[i], nil
		}
	}
	return nil, graph.Errorf(graph.NotFound, "Das Token %q existiert nicht.", id)
}
