package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// socketTokens manages tokens through a running server's admin socket, with the same
// routes as the API (/api/v1/tokens).
type socketTokens struct{ client *http.Client }

func (s socketTokens) create(ctx context.Context, spec tokenSpec) (*graph.Token, string, error) {
	body, _ := json.Marshal(struct {
		Name      string     `json:"name"`
		Role      graph.Role `json:"role"`
		ExpiresAt *time.Time `json:"expires_at,omitempty"`
		ActorID   string     `json:"actor_id,omitempty"`
	}{spec.name, spec.role, spec.expires, spec.actorID})
	var created struct {
		graph.Token
		Secret string `json:"secret"`
	}
	if err := s.do(ctx, http.MethodPost, "/api/v1/tokens", body, &created); err != nil {
		return nil, "", err
	}
	return &created.Token, created.Secret, nil
}

func (s socketTokens) list(ctx context.Context) ([]graph.Token, error) {
	var list struct {
		Items []graph.Token `json:"items"`
	}
	err := s.do(ctx, http.MethodGet, "/api/v1/tokens", nil, &list)
	return list.Items, err
}

func (s socketTokens) revoke(ctx context.Context, id string) error {
	return s.do(ctx, http.MethodDelete, "/api/v1/tokens/"+url.PathEscape(id), nil, nil)
}

func (s socketTokens) close() error {
	s.client.CloseIdleConnections()
	return nil
}

// do sends one request to the admin socket and decodes a 2xx answer into out. A
// problem answer becomes a graph.Error with its German detail and field errors, and
// the code that matches its status.
func (s socketTokens) do(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, "http://netzwerkatlas"+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return &graph.Error{Code: graph.Unavailable, Message: "Der laufende Server antwortet nicht an seiner Verwaltungs-Schnittstelle.", Err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return &graph.Error{Code: graph.Unavailable, Message: "Die Antwort des laufenden Servers brach ab.", Err: err}
	}
	if resp.StatusCode >= 300 {
		var p struct {
			Detail string             `json:"detail"`
			Errors []graph.FieldError `json:"errors"`
		}
		_ = json.Unmarshal(data, &p)
		if p.Detail == "" {
			p.Detail = fmt.Sprintf("Der laufende Server antwortete mit %s.", resp.Status)
		}
		return &graph.Error{Code: statusCode(resp.StatusCode), Message: p.Detail, Fields: p.Errors}
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return &graph.Error{Code: graph.Internal, Message: "Die Antwort des laufenden Servers ist unlesbar.", Err: err}
	}
	return nil
}

// statusCode maps an HTTP status of the API back to the domain's error code.
func statusCode(status int) graph.Code {
	switch status {
	case http.StatusBadRequest, http.StatusUnprocessableEntity:
		return graph.Invalid
	case http.StatusNotFound:
		return graph.NotFound
	case http.StatusConflict, http.StatusPreconditionFailed:
		return graph.Conflict
	case http.StatusUnauthorized:
		return graph.Unauthorized
	case http.StatusForbidden:
		return graph.Forbidden
	case http.StatusServiceUnavailable:
		return graph.Unavailable
	case http.StatusInsufficientStorage:
		return graph.InsufficientStorage
	}
	return graph.Internal
}
