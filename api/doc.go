// Package api is the HTTP interface of Netzwerkatlas: a Gin engine that serves the
// REST API under /api/v1, the health checks, the OpenAPI document and, for every
// other GET path, the embedded web interface.
//
// The whole API is listed in one route table (routes.go) with the role each route
// needs. Handlers are thin: they decode the request, check its parameters, call the
// graph.Store with the request's context and answer through the shared helpers in
// respond.go. Every error, including unknown routes, wrong methods, oversized bodies
// and panics, is answered as RFC 9457 problem details (application/problem+json) with
// a German title and detail; store errors are mapped from their graph.Code to an HTTP
// status in one table.
//
// Files go in and out through the importers package: POST /api/v1/imports decodes
// uploaded files and writes the batch all-or-nothing, never when its report has an
// error (then the answer is a 422 problem of type import-refused carrying the report);
// GET /api/v1/exports/{format} writes the filtered network as a download.
//
// # States of the network
//
// The analyses, GET /api/v1/network and the exports show one state of the network
// (graph.State): ?wave= or ?date=, default today (Config.Now's date). state.go
// resolves it (a wrong one is a 400 problem naming the parameter, a wave without
// cooperations 422), keeps the state networks per revision, and the answers are
// cached and tagged per revision and state; each carries "state". GET
// /api/v1/analysis/states lists the waves to choose from, GET
// /api/v1/analysis/changes compares two states.
//
// # The wire contract
//
// The OpenAPI 3.1 document (openapi.json, served at /api/v1/openapi.json) is generated,
// never edited: OpenAPI builds it from the route table, whose rows carry each route's
// operation (parameters, request and response types, downloads, further problem
// statuses), and from the Go types of the bodies, which schema.go reflects into JSON
// Schemas with the rules written there (required fields, null, enums from constants,
// additionalProperties: false, limits from struct tags). `go generate ./api` rewrites
// openapi.json; TestOpenAPIFileIsCurrent fails while it is stale. The test router
// checks every answer of the API tests against the document (contract_test.go), and
// .ci/contract runs schemathesis against a demo server. TestWebFixtures makes the web
// tests' fixtures from the router's answers (-update rewrites them).
//
// To add a route: write its handler, add a row to routes with its Op (the handler's
// query parameters from queryDocs, a value of its body and answer types), add struct
// tags for what the types' validation demands, run `go generate ./api` and commit
// openapi.json with the change.
//
// Clients authenticate with "Authorization: Bearer <secret>"; the store keeps only
// the secret's hash (graph.HashToken). In demo mode (Config.AnonymousLoopback) a
// request from the loopback interface without a token acts as an analyst: it may read
// and analyse, never write.
package api
