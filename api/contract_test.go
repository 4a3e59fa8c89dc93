package api

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// contract is the OpenAPI document that checkContract holds every answer of the test
// router against, with its JSON schemas compiled by a JSON Schema 2020-12 validator.
type contract struct {
	doc      map[string]any
	compiler *jsonschema.Compiler
	mu       sync.Mutex
	schemas  map[string]*jsonschema.Schema // by JSON pointer
}

// docLocation names the document for the validator.
const docLocation = "urn:netzwerkatlas:openapi.json"

// theContract is compiled once per test binary, from the document the server serves.
var theContract = sync.OnceValues(func() (*contract, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(OpenAPI("dev", false)))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(docLocation, doc); err != nil {
		return nil, err
	}
	return &contract{doc: doc.(map[string]any), compiler: c, schemas: map[string]*jsonschema.Schema{}}, nil
})

// schema returns the compiled schema at the JSON pointer.
func (c *contract) schema(pointer string) (*jsonschema.Schema, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.schemas[pointer]; ok {
		return s, nil
	}
	s, err := c.compiler.Compile(docLocation + "#" + pointer)
	if err != nil {
		return nil, err
	}
	c.schemas[pointer] = s
	return s, nil
}

// operation finds the documented operation of method and path: its path template (a
// literal segment wins over a parameter) and the operation object.
func (c *contract) operation(method, path string) (string, map[string]any) {
	paths := c.doc["paths"].(map[string]any)
	segs := strings.Split(path, "/")
	best, bestScore := "", -1
	for tmpl, item := range paths {
		if _, ok := item.(map[string]any)[strings.ToLower(method)]; !ok {
			continue
		}
		ts := strings.Split(tmpl, "/")
		if len(ts) != len(segs) {
			continue
		}
		score := 0
		for i, t := range ts {
			switch {
			case t == segs[i]:
				score++
			case strings.HasPrefix(t, "{") && segs[i] != "":
			default:
				score = -1
			}
			if score < 0 {
				break
			}
		}
		if score > bestScore {
			best, bestScore = tmpl, score
		}
	}
	if best == "" {
		return "", nil
	}
	return best, paths[best].(map[string]any)[strings.ToLower(method)].(map[string]any)
}

// checkContract fails the test unless the answer rec to method and path is one the
// document states: a documented status of the operation, a documented content type
// for it, and a body that its schema accepts. Answers outside the routes (unknown
// paths, wrong methods) must be problems; the web interface is not checked.
func checkContract(t *testing.T, method, path string, rec *httptest.ResponseRecorder) {
	t.Helper()
	c, err := theContract()
	if err != nil {
		t.Fatalf("compile the OpenAPI document: %v", err)
	}
	head := method == http.MethodHead
	if head {
		method = http.MethodGet
	}
	tmpl, op := c.operation(method, path)
	if op == nil {
		if path == "/api" || strings.HasPrefix(path, "/api/") || rec.Code == http.StatusMethodNotAllowed {
			c.checkBody(t, method+" "+path, "/components/responses/NotFound/content/application~1problem+json/schema", rec)
		}
		return
	}
	where := fmt.Sprintf("%s %s (%s)", method, path, tmpl)
	status := strconv.Itoa(rec.Code)
	resp, ok := op["responses"].(map[string]any)[status].(map[string]any)
	if !ok {
		t.Errorf("contract: %s answered %d, which the document does not list: %.300s", where, rec.Code, rec.Body)
		return
	}
	pointer := "/paths/" + escapePointer(tmpl) + "/" + strings.ToLower(method) + "/responses/" + status
	if ref, ok := resp["$ref"].(string); ok {
		pointer = strings.TrimPrefix(ref, "#")
		resp = c.resolve(pointer)
	}
	content, _ := resp["content"].(map[string]any)
	if head {
		return // the GET answer's status; net/http drops the body
	}
	if len(content) == 0 {
		if rec.Body.Len() > 0 {
			t.Errorf("contract: %s answered %d with a body, the document says none", where, rec.Code)
		}
		return
	}
	mt, _, err := mime.ParseMediaType(rec.Header().Get("Content-Type"))
	if err != nil {
		t.Errorf("contract: %s: Content-Type %q: %v", where, rec.Header().Get("Content-Type"), err)
		return
	}
	if _, ok := content[mt]; !ok {
		t.Errorf("contract: %s answered %d as %s, the document lists %v", where, rec.Code, mt, keys(content))
		return
	}
	if mt == "application/json" || strings.HasSuffix(mt, "+json") {
		c.checkBody(t, where, pointer+"/content/"+escapePointer(mt)+"/schema", rec)
	}
}

// checkBody validates rec's JSON body against the schema at pointer.
func (c *contract) checkBody(t *testing.T, where, pointer string, rec *httptest.ResponseRecorder) {
	t.Helper()
	s, err := c.schema(pointer)
	if err != nil {
		t.Fatalf("contract: compile %s: %v", pointer, err)
	}
	var raw io.Reader = bytes.NewReader(rec.Body.Bytes())
	if rec.Header().Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(raw)
		if err != nil {
			t.Errorf("contract: %s answered %d with a gzip body that is none: %v", where, rec.Code, err)
			return
		}
		raw = zr
	}
	body, err := jsonschema.UnmarshalJSON(raw)
	if err != nil {
		t.Errorf("contract: %s answered %d with a body that is no JSON: %v", where, rec.Code, err)
		return
	}
	if err := s.Validate(body); err != nil {
		t.Errorf("contract: %s answered %d with a body its schema refuses: %v\nbody: %.500s", where, rec.Code, err, rec.Body)
	}
}

// resolve returns the object at the JSON pointer in the document.
func (c *contract) resolve(pointer string) map[string]any {
	var v any = c.doc
	for _, part := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
		v = v.(map[string]any)[part]
	}
	return v.(map[string]any)
}

// escapePointer escapes a key for a JSON pointer.
func escapePointer(key string) string {
	return strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1")
}

// keys returns the sorted keys of m.
func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
