// Package web holds the built web interface of Netzwerkatlas (web/dist, embedded into
// the binary) and serves it.
//
// The TypeScript front end (web/src, built with Vite) writes its output to web/dist:
// index.html, and assets whose names carry a content hash under dist/assets/. Run the
// front end's build before "go build" whenever web/src changes.
package web
