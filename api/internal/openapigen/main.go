// Command openapigen writes the OpenAPI document of the API (api.OpenAPI) to a file;
// `go generate ./api` runs it to refresh api/openapi.json.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/netzwerkatlas/netzwerkatlas/api"
)

func main() {
	out := flag.String("o", "openapi.json", "file to write")
	flag.Parse()
	if err := os.WriteFile(*out, api.OpenAPI("dev", false), 0o644); err != nil {
		log.Fatal(err)
	}
}
