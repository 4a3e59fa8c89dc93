package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// requestIDKey is the context key of the request ID.
type requestIDKey struct{}

// requestIDHeader carries the request ID in requests and responses.
const requestIDHeader = "X-Request-ID"

// validRequestID accepts request IDs from clients or proxies that are safe to log.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,64}$`)

// requestID takes the request's X-Request-ID if it is well-formed, or makes a new one,
// puts it into the request context and the response header.
func requestID(c *gin.Context) {
	id := c.GetHeader(requestIDHeader)
	if !validRequestID.MatchString(id) {
		b := make([]byte, 8)
		rand.Read(b)
		id = hex.EncodeToString(b)
	}
	c.Request = c.Request.WithContext(context.WithValue(c.Request.Context(), requestIDKey{}, id))
	c.Header(requestIDHeader, id)
	c.Next()
}

// requestIDOf returns the request ID of the request.
func requestIDOf(c *gin.Context) string {
	id, _ := c.Request.Context().Value(requestIDKey{}).(string)
	return id
}

// accessLog logs one line per request: method, path (without the query, which could
// carry anything), route, status, duration, response bytes, request ID, peer address
// and role. It never logs headers.
func (s *Server) accessLog(c *gin.Context) {
	start := time.Now()
	c.Next()
	status := c.Writer.Status()
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelWarn
	}
	attrs := []slog.Attr{
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.String("route", c.FullPath()),
		slog.Int("status", status),
		slog.Duration("duration", time.Since(start)),
		slog.Int("bytes", max(c.Writer.Size(), 0)),
		slog.String("request_id", requestIDOf(c)),
		slog.String("remote", c.Request.RemoteAddr),
	}
	if p := principalOf(c); p != nil {
		attrs = append(attrs, slog.String("role", string(p.Role)))
	}
	s.log.LogAttrs(c.Request.Context(), level, "http request", attrs...)
}

// contentSecurityPolicy fits a self-contained front end: scripts, styles, fonts and
// data come only from this origin; images may also be data: or blob: URLs (exported
// graphics), and workers may be blob: URLs (layout in a web worker).
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
	"form-action 'self'; frame-ancestors 'none'"

// securityHeaders sets the security headers of every response.
func securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if strings.HasPrefix(c.Request.URL.Path, "/api/") {
		h.Set("Cache-Control", "private, no-cache")
	}
	c.Next()
}

// recovery turns a panic in a handler into a logged error and a 500 problem. The
// panic http.ErrAbortHandler is passed on, as net/http expects.
func (s *Server) recovery(c *gin.Context) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
			panic(v)
		}
		s.log.LogAttrs(c.Request.Context(), slog.LevelError, "panic",
			slog.String("request_id", requestIDOf(c)), slog.String("path", c.Request.URL.Path),
			slog.String("panic", fmt.Sprint(v)), slog.String("stack", string(debug.Stack())))
		if c.Writer.Written() {
			c.Abort()
			return
		}
		s.writeProblem(c, newProblem(http.StatusInternalServerError, "internal", internalDetail(c)))
	}()
	c.Next()
}

// limitBody limits the request body to n bytes: a larger Content-Length is refused at
// once with 413, and a body that turns out larger fails to read (see decode).
func (s *Server) limitBody(n int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.ContentLength > n {
			s.writeProblem(c, tooLarge(n))
			return
		}
		if c.Request.Body != nil && c.Request.Body != http.NoBody {
			c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, n)
		}
		c.Next()
	}
}

// tooLarge returns the 413 problem for a body over limit bytes.
func tooLarge(limit int64) *problem {
	return newProblem(http.StatusRequestEntityTooLarge, "body-too-large",
		fmt.Sprintf("Der Anfragekörper ist größer als erlaubt (höchstens %s).", byteSize(limit)))
}

// byteSize formats n bytes for people, in German.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d Byte", n)
}

// noRoute answers requests that match no route: paths under /api/ (and every method
// but GET and HEAD) get a 404 problem, other paths go to the web interface.
func (s *Server) noRoute(c *gin.Context) {
	p := c.Request.URL.Path
	isAPI := p == "/api" || strings.HasPrefix(p, "/api/")
	if !isAPI && s.cfg.UI != nil && (c.Request.Method == http.MethodGet || c.Request.Method == http.MethodHead) {
		c.Status(http.StatusOK) // Gin preset 404; the UI sets its own status
		s.cfg.UI.ServeHTTP(c.Writer, c.Request)
		return
	}
	s.writeProblem(c, newProblem(http.StatusNotFound, "not-found", fmt.Sprintf("Unter %s gibt es nichts.", p)))
}

// noMethod answers a request whose path exists with another method (Gin has set the
// Allow header).
func (s *Server) noMethod(c *gin.Context) {
	s.writeProblem(c, newProblem(http.StatusMethodNotAllowed, "method-not-allowed",
		fmt.Sprintf("%s ist hier nicht erlaubt; erlaubt ist: %s.", c.Request.Method, c.Writer.Header().Get("Allow"))))
}
