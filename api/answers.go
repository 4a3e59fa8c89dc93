package api

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
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

// answer is an encoded JSON answer, kept in gzip form and, up to the cache's bound
// of plain answers, as JSON too, so that neither is made again per request. A larger
// answer (the changes between two waves of a federal state are over 100 MB of JSON
// and a tenth of that in gzip) is unpacked while it is sent to the rare client that
// does not take gzip.
type answer struct {
	json []byte // nil above the bound of plain answers
	gzip []byte
	size int // the length of the JSON
}

// bytes returns the memory the answer takes.
func (a *answer) bytes() int { return len(a.json) + len(a.gzip) }

// maxAnswers bounds the answers kept per revision (a network answer of a county is a
// few hundred KB, its gzip form a tenth of that), and maxAnswerBytes their size
// together, JSON and gzip form; a larger answer is sent but not kept.
// maxPlainAnswer bounds the answers also kept as JSON.
const (
	maxAnswers     = 32
	maxAnswerBytes = 64 << 20
	maxPlainAnswer = 1 << 20
)

// answerCache keeps the encoded answers of the newest revision; an answer for a newer
// revision drops all older ones. Safe for concurrent use.
type answerCache struct {
	mu       sync.Mutex
	revision int64
	entries  map[answerKey]*answer
	bytes    int // the size of the kept answers
	// limit is the bound of bytes, maxAnswerBytes if 0, and plainLimit the bound
	// of answers kept as JSON, maxPlainAnswer if 0 (tests lower them).
	limit, plainLimit int
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
	plain := len(body) <= cmp.Or(a.plainLimit, maxPlainAnswer)
	level := gzip.DefaultCompression
	if !plain {
		// 164 MB of changes: 0.5 s and 15.2 MB at level 3, 1.4 s and 12.3 MB by default
		level = 3
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, level) // the level is valid
	zw.Write(body)                            // a bytes.Buffer does not fail
	zw.Close()
	ans = &answer{gzip: buf.Bytes(), size: len(body)}
	if plain {
		ans.json = body
	}

	a.mu.Lock()
	defer a.mu.Unlock()
	size, limit := ans.bytes(), cmp.Or(a.limit, maxAnswerBytes)
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
		a.bytes -= old.bytes()
	}
	if old := a.entries[key]; old != nil { // made meanwhile by another request
		a.bytes -= old.bytes()
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
	c.Header("ETag", sent)
	sendAnswer(c, ans, gz)
}

// respondCachedPost answers a POST that computes without writing (the what-if)
// with the cached answer of key, built by build if it is not kept: key names the
// body (bodyKey). Unlike respondCached it sends no ETag, as a POST is not
// revalidated.
func (s *Server) respondCachedPost(c *gin.Context, key answerKey, build func() (any, error)) {
	c.Header("Vary", "Accept-Encoding")
	ans, err := s.answers.get(key, build)
	if err != nil {
		s.fail(c, err)
		return
	}
	sendAnswer(c, ans, acceptsGzip(c.GetHeader("Accept-Encoding")))
}

// bodyKey names a request body in an answerKey: the SHA-256 of its JSON form, as
// encoded again after decoding (so that spacing does not count).
func bodyKey(body any) (string, error) {
	raw, err := marshal(body)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(raw)
	return "body:" + hex.EncodeToString(sum[:]), nil
}

// sendAnswer writes the kept answer ans, in gzip form if gz.
func sendAnswer(c *gin.Context, ans *answer, gz bool) {
	switch {
	case gz:
		c.Header("Content-Encoding", "gzip")
		c.Header("Content-Length", strconv.Itoa(len(ans.gzip)))
		c.Data(http.StatusOK, contentJSON, ans.gzip)
	case ans.json != nil:
		c.Header("Content-Length", strconv.Itoa(len(ans.json)))
		c.Data(http.StatusOK, contentJSON, ans.json)
	default:
		zr, _ := gzip.NewReader(bytes.NewReader(ans.gzip)) // made above, so valid
		c.DataFromReader(http.StatusOK, int64(ans.size), contentJSON, zr, nil)
	}
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
