# Netzwerkatlas tasks. `make run` and `make test` are the two commands of the README.
.PHONY: run test test-go test-race test-web web check tidy vet fmt staticcheck vuln build bench fuzz contract

run: ## serve the demo county with the web UI at http://127.0.0.1:8080
	go run ./cmd/netzwerkatlas serve --demo

# One Keycloak test server for the Go and the browser tests (the inner .ci/with-keycloak
# of test-go finds it through KEYCLOAK_TEST_ISSUER).
test: ## all tests: Go (with Neo4j and Keycloak test servers) and the web front end
	.ci/with-keycloak $(MAKE) test-go test-web

test-go: ## Go tests; starts Neo4j and Keycloak test servers unless NEO4J_TEST_URI and KEYCLOAK_TEST_ISSUER are set
	.ci/with-neo4j .ci/with-keycloak go test -count=1 -timeout 30m ./...

# Packages with shared state (caches, goroutines, concurrent requests): their tests
# also run under the race detector.
RACE_PKGS ?= ./api/... ./cmd/... ./graph/analysis/... ./graph/embedded/... ./graph/neo4jstore/...

test-race: ## the tests of the packages with shared state under the race detector (slow: minutes)
	.ci/with-neo4j .ci/with-keycloak go test -count=1 -race -timeout 45m $(RACE_PKGS)

test-web: ## front-end unit tests (with the web/dist freshness check) and browser tests in Chromium
	npm ci --prefix web --no-audit --no-fund
	npm test --prefix web
	npm run test:e2e --prefix web

web: ## rebuild web/dist after changing the front end (commit the result)
	npm ci --prefix web --no-audit --no-fund
	npm run build --prefix web

check: tidy fmt vet staticcheck ## go.mod tidy, formatting, vet and staticcheck (the checks CI runs before the tests)

tidy: ## go.mod and go.sum are tidy
	go mod tidy -diff

fmt: ## every Go file is gofmt-formatted
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "gofmt: files above need formatting"; exit 1; }

vet:
	go vet ./...

staticcheck: ## staticcheck, in the version go.mod pins (checks: staticcheck.conf)
	go tool staticcheck ./...

# vuln.go.dev is not reachable from CI; the same data is the golang.org/x/vulndb module
# (its data/osv), which the module proxy serves. Its own indexdb command turns it into
# a database that govulncheck reads from a directory.
VULNDB := .ci/.vulndb
vuln: ## govulncheck against a database built from the newest golang.org/x/vulndb module
	@set -e; \
	json=$$(go mod download -json golang.org/x/vulndb@latest); \
	dir=$$(printf '%s\n' "$$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p'); \
	version=$$(printf '%s\n' "$$json" | sed -n 's/^[[:space:]]*"Version": "\(.*\)",$$/\1/p'); \
	echo "vuln: golang.org/x/vulndb@$$version"; \
	rm -rf $(VULNDB); \
	go run golang.org/x/vulndb/cmd/indexdb@$$version -vulns "$$dir/data/osv" -out $(VULNDB)
	go tool govulncheck -db file://$(CURDIR)/$(VULNDB) ./...

build: ## the binary in bin/
	go build -o bin/netzwerkatlas ./cmd/netzwerkatlas

bench: ## the benchmarks named in the issues (slow: minutes; run on a quiet machine)
	.ci/with-neo4j go test -run '^$$' -bench . -benchtime 1x -timeout 60m ./...
	npm run bench --prefix web

# FUZZTIME counts runs ("100000x"), not seconds: Go 1.26's fuzzer can end a timed run
# with a bare "context deadline exceeded" failure (go.dev/issue/75804, fixed in 1.27).
FUZZTIME ?= 100000x
FUZZ_PKGS ?= ./importers ./graph/embedded
fuzz: ## run every fuzz target (importers, the embedded store's record decoder) FUZZTIME times each (CI: 20,000)
	@for pkg in $(FUZZ_PKGS); do \
		for target in $$(go test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz $$pkg $$target"; \
			go test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
		done; \
	done

contract: ## schemathesis (every check) against a server holding the demo county, bounded in time
	bash .ci/contract
