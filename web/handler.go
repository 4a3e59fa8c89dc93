package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// Cache policies of the files served.
const (
	cacheImmutable  = "public, max-age=31536000, immutable" // assets/: the name changes with the content
	cacheRevalidate = "no-cache"                            // index.html and other files at the root
)

// Handler returns an http.Handler that serves the embedded web interface for GET and
// HEAD requests:
//
//   - files under /assets/ (whose names carry a content hash) are cached for a year as
//     immutable; a missing asset is 404;
//   - other files, and index.html, must be revalidated on every use (ETag);
//   - every other path gets index.html, so that the front end's router can show it
//     (SPA fallback), except paths under /api/: they are never the front end's and
//     get a 404 problem.
func Handler() http.Handler { return newHandler(Dist()) }

// file is one embedded file with its ETag.
type file struct {
	data []byte
	etag string
}

// handler serves the files of an fs.FS, all read into memory once.
type handler struct {
	files map[string]file // by path without leading slash
}

func newHandler(fsys fs.FS) *handler {
	h := &handler{files: map[string]file{}}
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		h.files[p] = file{data: data, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		return nil
	})
	return h
}

// apiNotFound is the problem for /api/ paths that reach the web interface.
const apiNotFound = `{"type":"urn:netzwerkatlas:problem:not-found","title":"Nicht gefunden","status":404,` +
	`"detail":"Diese API-Adresse gibt es nicht."}` + "\n"

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.URL.Path)
	if p == "/api" || strings.HasPrefix(p, "/api/") {
		w.Header().Set("Content-Type", "application/problem+json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(apiNotFound))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "Methode nicht erlaubt", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(p, "/")
	f, ok := h.files[name]
	switch {
	case ok && name != "index.html":
		if strings.HasPrefix(name, "assets/") {
			w.Header().Set("Cache-Control", cacheImmutable)
		} else {
			w.Header().Set("Cache-Control", cacheRevalidate)
		}
	case name == "assets" || strings.HasPrefix(name, "assets/"):
		http.Error(w, "Datei nicht gefunden", http.StatusNotFound)
		return
	default:
		name = "index.html"
		if f, ok = h.files[name]; !ok {
			http.Error(w, "Die Weboberfläche ist nicht eingebaut.", http.StatusNotFound)
			return
		}
		w.Header().Set("Cache-Control", cacheRevalidate)
	}
	w.Header().Set("ETag", f.etag)
	// ServeContent sets the content type from the name, answers If-None-Match with
	// 304 and handles HEAD and ranges.
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(f.data))
}
