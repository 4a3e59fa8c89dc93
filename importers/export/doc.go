// Package export makes the network's downloads: it keeps the part of the network that
// the filters of the network view select, adds the actors' metrics if asked, and
// writes the result in one of importers' formats under a file name that says what it
// holds. The API's GET /api/v1/exports/{format} and the command line's export both
// call New, so that the same request gives the same bytes.
//
// How a format is written lives in importers (its <format>_encode.go); what goes into
// a download (which entities, which metrics, which name) lives here.
package export
