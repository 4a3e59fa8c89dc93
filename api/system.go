package api

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// statusResponse is the body of the health checks.
type statusResponse struct {
	Status  string `json:"status"`
	Version string `json:"version,omitempty"`
}

// healthz answers GET /healthz: the process is up.
func (s *Server) healthz(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, statusResponse{Status: "ok", Version: s.cfg.Version})
}

// readyTimeout bounds the store check of /readyz.
const readyTimeout = 5 * time.Second

// readyz answers GET /readyz: the store can serve requests (503 problem if not).
func (s *Server) readyz(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, statusResponse{Status: "ok", Version: s.cfg.Version})
}

// openAPI answers GET /api/v1/openapi.json with the OpenAPI document.
func (s *Server) openAPI(c *gin.Context) {
	c.Header("Cache-Control", "no-cache")
	c.Data(http.StatusOK, contentJSON, s.openapi)
}

// me answers GET /api/v1/me: who makes the request, with which role.
func (s *Server) me(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	s.respond(c, http.StatusOK, principalOf(c))
}
