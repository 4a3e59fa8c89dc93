package api

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Content types of responses.
const (
	contentJSON    = "application/json; charset=utf-8"
	contentProblem = "application/problem+json; charset=utf-8"
)

// problem is an RFC 9457 problem details object. It is also an error, so that
// decoders and parameter parsers can return it and fail writes it as it is.
type problem struct {
	// Type identifies the kind of problem: "urn:netzwerkatlas:problem:" and a slug.
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	// Instance is the path of the request.
	Instance  string `json:"instance,omitempty"`
	RequestID string `json:"request_id,omitempty"`
	// Errors names each field (or query parameter, or header) that is wrong.
	Errors []graph.FieldError `json:"errors,omitempty"`
	// Report is the import report of a refused import (type import-refused).
	Report *importResponse `json:"report,omitempty"`
}

func (p *problem) Error() string { return fmt.Sprintf("%d %s: %s", p.Status, p.Title, p.Detail) }

// newProblem returns a problem of the slug's type with the status's German title.
func newProblem(status int, slug, detail string, fields ...graph.FieldError) *problem {
	return &problem{Type: "urn:netzwerkatlas:problem:" + slug, Title: titles[status], Status: status, Detail: detail, Errors: fields}
}

// badParam returns the 400 problem for a query parameter, header or path parameter
// that is wrong.
func badParam(name, format string, args ...any) *problem {
	msg := fmt.Sprintf(format, args...)
	return newProblem(http.StatusBadRequest, "bad-parameter", fmt.Sprintf("Der Parameter %q ist ungültig: %s", name, msg),
		graph.FieldError{Field: name, Message: msg})
}

// titles gives the German title of each status that the API answers with.
var titles = map[int]string{
	http.StatusBadRequest:            "Ungültige Anfrage",
	http.StatusUnauthorized:          "Anmeldung erforderlich",
	http.StatusForbidden:             "Keine Berechtigung",
	http.StatusNotFound:              "Nicht gefunden",
	http.StatusMethodNotAllowed:      "Methode nicht erlaubt",
	http.StatusConflict:              "Konflikt",
	http.StatusRequestEntityTooLarge: "Anfrage zu groß",
	http.StatusUnsupportedMediaType:  "Nicht unterstütztes Format",
	http.StatusUnprocessableEntity:   "Ungültige Daten",
	http.StatusPreconditionRequired:  "Version erforderlich",
	http.StatusInternalServerError:   "Interner Fehler",
	http.StatusServiceUnavailable:    "Dienst nicht verfügbar",
	http.StatusTooManyRequests:       "Zu viele Anfragen",
	http.StatusInsufficientStorage:   "Speicher voll",
}

// statusOf maps each graph.Code to its HTTP status: the one place where domain errors
// become HTTP.
var statusOf = map[graph.Code]int{
	graph.NotFound:     http.StatusNotFound,
	graph.Invalid:      http.StatusUnprocessableEntity,
	graph.Conflict:     http.StatusConflict,
	graph.Unauthorized: http.StatusUnauthorized,
	graph.Forbidden:    http.StatusForbidden,
	graph.Unavailable:  http.StatusServiceUnavailable,
	graph.Internal:     http.StatusInternalServerError,

	graph.InsufficientStorage: http.StatusInsufficientStorage,
}

// retryAfter is the Retry-After of a 503 answer, in seconds: about the time in which
// a store that cannot be reached is tried again.
const retryAfter = "5"

// fail answers the request with err as problem details and ends it. A *problem is
// written as it is; any other error is mapped by its graph.Code. Internal errors are
// logged with their cause and shown only with a generic message.
func (s *Server) fail(c *gin.Context, err error) {
	var ue *unauthorizedError
	if errors.As(err, &ue) {
		c.Header("WWW-Authenticate", ue.challenge())
	}
	var p *problem
	if !errors.As(err, &p) {
		code := graph.ErrorCode(err)
		status, ok := statusOf[code]
		if !ok {
			status, code = http.StatusInternalServerError, graph.Internal
		}
		p = newProblem(status, strings.ReplaceAll(string(code), "_", "-"), graph.ErrorMessage(err), graph.ErrorFields(err)...)
		switch code {
		case graph.Internal:
			s.log.LogAttrs(c.Request.Context(), slog.LevelError, "internal error",
				slog.String("request_id", requestIDOf(c)), slog.String("path", c.Request.URL.Path), slog.Any("error", err))
			p.Detail = internalDetail(c)
			p.Errors = nil
		case graph.Unavailable, graph.InsufficientStorage:
			s.log.LogAttrs(c.Request.Context(), slog.LevelWarn, "store unavailable",
				slog.String("request_id", requestIDOf(c)), slog.Any("error", err))
		}
	}
	s.writeProblem(c, p)
}

// internalDetail is the detail of a 500 problem: only the request ID to quote, never
// the cause.
func internalDetail(c *gin.Context) string {
	return "Ein interner Fehler ist aufgetreten. Bitte nennen Sie dem Betrieb die Anfragekennung " + requestIDOf(c) + "."
}

// writeProblem writes p as the response and ends the request.
func (s *Server) writeProblem(c *gin.Context, p *problem) {
	q := *p
	q.Instance = c.Request.URL.Path
	q.RequestID = requestIDOf(c)
	if q.Title == "" {
		q.Title = http.StatusText(q.Status)
	}
	if q.Status == http.StatusUnauthorized && c.Writer.Header().Get("WWW-Authenticate") == "" {
		c.Header("WWW-Authenticate", `Bearer realm="Netzwerkatlas"`)
	}
	if q.Status == http.StatusServiceUnavailable {
		c.Header("Retry-After", retryAfter)
	}
	c.Header("Cache-Control", "no-store")
	s.write(c, q.Status, contentProblem, &q)
	c.Abort()
}

// respond writes v as a JSON response with the status.
func (s *Server) respond(c *gin.Context, status int, v any) {
	s.write(c, status, contentJSON, v)
}

// write encodes v as JSON (HTML characters not escaped: the content type is never
// sniffed, see securityHeaders) and writes it with the status and content type.
func (s *Server) write(c *gin.Context, status int, contentType string, v any) {
	b, err := marshal(v)
	if err != nil {
		s.log.LogAttrs(c.Request.Context(), slog.LevelError, "encode response",
			slog.String("request_id", requestIDOf(c)), slog.Any("error", err))
		status, contentType = http.StatusInternalServerError, contentProblem
		b, _ = marshal(newProblem(status, "internal", "Die Antwort konnte nicht erzeugt werden."))
	}
	c.Data(status, contentType, b)
}

// marshal encodes v as compact JSON followed by a newline.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// etag returns the strong entity tag of a version.
func etag(version int64) string { return `"` + strconv.FormatInt(version, 10) + `"` }

// notModified reports whether the request's If-None-Match names tag; if so it writes
// 304 Not Modified.
func notModified(c *gin.Context, tag string) bool {
	if !ifNoneMatch(c, tag) {
		return false
	}
	c.Header("ETag", tag)
	c.Status(http.StatusNotModified)
	return true
}

// ifNoneMatch reports whether the request's If-None-Match names one of tags (weakly
// compared, as RFC 9110 asks for If-None-Match) or is "*".
func ifNoneMatch(c *gin.Context, tags ...string) bool {
	for _, t := range strings.Split(c.GetHeader("If-None-Match"), ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || slices.Contains(tags, t) {
			return true
		}
	}
	return false
}

// negotiate chooses between the plain and the gzip form of a JSON answer whose strong
// ETag is tag (the gzip form's is tag with "-gzip"), and answers 304 if the request's
// If-None-Match names either; done reports that the answer is sent. gz tells whether
// the client takes gzip, sent is the ETag of the form it gets.
func negotiate(c *gin.Context, tag string) (gz bool, sent string, done bool) {
	c.Header("Vary", "Accept-Encoding")
	gz = acceptsGzip(c.GetHeader("Accept-Encoding"))
	zipTag := strings.TrimSuffix(tag, `"`) + `-gzip"`
	sent = tag
	if gz {
		sent = zipTag
	}
	if ifNoneMatch(c, tag, zipTag) {
		c.Header("ETag", sent)
		c.Status(http.StatusNotModified)
		return gz, sent, true
	}
	return gz, sent, false
}

// streamItems is the number of items (nodes and edges of /network, actors of
// /analysis/actors) above which an answer is streamed (respondStreamed) instead of
// encoded whole and kept (respondCached): a network of a federal state makes answers
// of tens of megabytes, which neither the request nor the answer cache should hold.
const streamItems = 20000

// jsonArray is one large array of a streamed answer: the field name of the
// envelope that holds it, its length and its items.
type jsonArray struct {
	name string
	n    int
	item func(i int) any
}

// respondStreamed answers with the JSON of the envelope that build returns, whose
// large arrays are written item by item as they are encoded, into the response
// (gzip-compressed at the fastest level for clients that accept it), without the
// whole answer in memory. The envelope's fields for the arrays must be nil (encoded
// as null), in the order of arrays, and no key of the same name may be null before
// them; the answer is byte for byte the one that respondCached sends for the
// envelope with the arrays filled in, with the same ETags (tag, and tag with
// "-gzip" for the gzip form) and 304 answers, for which build is not called. An
// error of build is answered as a problem; an error after the first byte can only
// be logged: the answer then ends short, as invalid JSON.
func (s *Server) respondStreamed(c *gin.Context, tag string, build func() (envelope any, arrays []jsonArray, err error)) {
	gz, sent, done := negotiate(c, tag)
	if done {
		return
	}
	envelope, arrays, err := build()
	var head []byte
	if err == nil {
		head, err = marshal(envelope)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("ETag", sent)
	c.Header("Content-Type", contentJSON)
	var w io.Writer = c.Writer
	if gz {
		c.Header("Content-Encoding", "gzip")
		// The fastest level: the answer is compressed per request, not once per
		// revision as a cached one.
		zw, _ := gzip.NewWriterLevel(c.Writer, gzip.BestSpeed) // the level is valid
		defer zw.Close()
		w = zw
	}
	c.Status(http.StatusOK)
	bw := bufio.NewWriterSize(w, 64<<10)
	err = writeArrays(bw, head, arrays)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		s.log.LogAttrs(c.Request.Context(), slog.LevelWarn, "stream response",
			slog.String("request_id", requestIDOf(c)), slog.Any("error", err))
	}
}

// writeArrays writes head, the JSON of an envelope, with each array's null filled
// in item by item.
func writeArrays(w *bufio.Writer, head []byte, arrays []jsonArray) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, a := range arrays {
		hole := []byte(`"` + a.name + `":null`)
		at := bytes.Index(head, hole)
		if at < 0 {
			return fmt.Errorf("api: stream: the envelope has no null %q", a.name)
		}
		w.Write(head[:at+len(hole)-len("null")])
		w.WriteByte('[')
		for i := range a.n {
			buf.Reset()
			if err := enc.Encode(a.item(i)); err != nil {
				return err
			}
			if i > 0 {
				w.WriteByte(',')
			}
			if _, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))); err != nil {
				return err
			}
		}
		w.WriteByte(']')
		head = head[at+len(hole):]
	}
	_, err := w.Write(head)
	return err
}
