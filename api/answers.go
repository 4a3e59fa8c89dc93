package api

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

// answerKey identifies one cached answer: the route, the revision of the snapshot it
// shows, the state (graph.StateInfo.Key: the wave or date, which for the default
// "today" the query does not name) and its query in canonical form
// (url.Values.Encode).
type answerKey struct {
	route    string
	revision int64
	state    string
	query    string
}

// answer is an encoded JSON answer, kept with its gzip form so that neither is made
// again per request.
type answer struct {
	json, gzip []byte
}

// maxAnswers bounds the answers kept per revision (a network answer of a county is a
// few hundred KB, its gzip form a tenth of that), and maxAnswerBytes their size
// together, JSON and gzip form; a larger answer is sent but not kept.
const (
	maxAnswers     = 32
	maxAnswerBytes = 64 << 20
)

// answerCache keeps the encoded answers of the newest revision; an answer for a newer
// revision drops all older ones. Safe for concurrent use.
type answerCache struct {
	mu       sync.Mutex
	revision int64
	entries  map[answerKey]*answer
	bytes    int // the size of the kept answers
	// limit is the bound of bytes, maxAnswerBytes if 0 (tests lower it).
	limit int
}

// get returns the cached answer of key, or builds, encodes and keeps it. Errors of
// build are returned and not kept.
func (a *answerCache) get(key answerKey, build func() (any, error)) (*answer, error) {
	a.mu.Lock()
	ans := a.entries[key]
	a.mu.Unlock()
	if ans != nil {
		return ans, nil
	}
	v, err := build()
	if err != nil {
		return nil, err
	}
	body, err := marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression) // the level is valid
	zw.Write(body)                                              // a bytes.Buffer does not fail
	zw.Close()
	ans = &answer{json: body, gzip: buf.Bytes()}

	a.mu.Lock()
	defer a.mu.Unlock()
	size, limit := len(ans.json)+len(ans.gzip), cmp.Or(a.limit, maxAnswerBytes)
	switch {
	case key.revision > a.revision || a.entries == nil:
		a.revision, a.entries, a.bytes = key.revision, map[answerKey]*answer{}, 0
	case key.revision < a.revision || size > limit:
		return ans, nil // a slow request for an older revision, or too large to keep
	}
	for k, old := range a.entries { // drop any ones until the new one fits
		if len(a.entries) < maxAnswers && a.bytes+size <= limit {
			break
		}
		delete(a.entries, k)
		a.bytes -= len(old.json) + len(old.gzip)
	}
	if old := a.entries[key]; old != nil { // made meanwhile by another request
		a.bytes -= len(old.json) + len(old.gzip)
	}
	a.entries[key] = ans
	a.bytes += size
	return ans, nil
}

// respondCached answers with the cached JSON answer of key, built by build if it is not
// kept yet. tag is the strong ETag of the JSON; the gzip form, sent to clients that
// accept it, has its own (tag with "-gzip"). A request whose If-None-Match names
// either gets 304 without building anything.
func (s *Server) respondCached(c *gin.Context, key answerKey, tag string, build func() (any, error)) {
	gz, sent, done := negotiate(c, tag)
	if done {
		return
	}
	ans, err := s.answers.get(key, build)
	if err != nil {
		s.fail(c, err)
		return
	}
	body := ans.json
	if gz {
		body = ans.gzip
		c.Header("Content-Encoding", "gzip")
	}
	c.Header("ETag", sent)
	c.Header("Content-Length", strconv.Itoa(len(body)))
	c.Data(http.StatusOK, contentJSON, body)
}

// acceptsGzip reports whether an Accept-Encoding header value accepts gzip (named or
// by "*", with a quality above 0).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != "gzip" && name != "*" {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.ReplaceAll(strings.TrimSpace(params), " ", ""), "q="); ok {
			var err error
			if q, err = strconv.ParseFloat(v, 64); err != nil {
				q = 0
			}
		}
		return q > 0
	}
	return false
}
