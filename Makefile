# Netzwerkatlas tasks. `make run` and `make test` are the two commands of the README.
.PHONY: run test test-go test-web web check build bench fuzz

run: ## serve the demo county with the web UI at http://127.0.0.1:8080
	go run ./cmd/netzwerkatlas serve --demo

test: test-go test-web ## all tests: Go (with a Neo4j test server) and the web front end

test-go: ## Go tests; starts a Neo4j test server when NEO4J_TEST_URI is not set
	.ci/with-neo4j go test -count=1 ./...

test-web: ## front-end unit tests (with the web/dist freshness check) and browser tests in Chromium
	npm ci --prefix web --no-audit --no-fund
	npm test --prefix web
	npm run test:e2e --prefix web

web: ## rebuild web/dist after changing the front end (commit the result)
	npm ci --prefix web --no-audit --no-fund
	npm run build --prefix web

check: ## formatting and vet
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: files above need formatting"; exit 1; }
	go vet ./...

build: ## the binary in bin/
	go build -o bin/netzwerkatlas ./cmd/netzwerkatlas

bench: ## the benchmarks named in the issues (slow: minutes; run on a quiet machine)
	.ci/with-neo4j go test -run '^$$' -bench . -benchtime 1x -timeout 60m ./...
	npm run bench --prefix web

FUZZTIME ?= 10s
fuzz: ## run every importer fuzz target for FUZZTIME each (CI: a few seconds)
	@for target in $$(go test -list '^Fuzz' ./importers | grep '^Fuzz'); do \
		echo "fuzz $$target"; \
		go test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) ./importers || exit 1; \
	done
