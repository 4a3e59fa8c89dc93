# Netzwerkatlas tasks. `make run` and `make test` are the two commands of the README.
.PHONY: run test check build bench

run: ## serve the demo county with the web UI at http://127.0.0.1:8080
	go run ./cmd/netzwerkatlas serve --demo

test: ## all tests; starts a Neo4j test server when NEO4J_TEST_URI is not set
	.ci/with-neo4j go test -count=1 ./...

check: ## formatting and vet
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: files above need formatting"; exit 1; }
	go vet ./...

build: ## the binary in bin/
	go build -o bin/netzwerkatlas ./cmd/netzwerkatlas

bench: ## the benchmarks named in the issues (slow: minutes)
	.ci/with-neo4j go test -run '^$$' -bench . -benchtime 1x ./...
