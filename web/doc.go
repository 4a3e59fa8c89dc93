// Package web holds the built web interface of Netzwerkatlas (web/dist, embedded into
// the binary) and serves it.
//
// Until the TypeScript front end lands, web/dist holds a self-contained start page.
// The build of the front end writes its output to web/dist: index.html, and assets
// whose names carry a content hash under dist/assets/.
package web
