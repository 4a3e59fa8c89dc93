# Netzwerkatlas: multi-stage build of the one binary, with the web front end embedded.
# Used by docker-compose.yml; build with `docker build -t netzwerkatlas .`.

# Stage 1: the front end, built from its sources and lock file into web/dist.
FROM node:20-bookworm AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

# Stage 2: the Go binary, embedding the freshly built web/dist (web/embed.go).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN rm -rf web/dist
COPY --from=web /src/web/dist web/dist
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/netzwerkatlas ./cmd/netzwerkatlas

# Stage 3: the runtime with Debian's Chromium, which prints the reports as tagged PDF
# (report/pdf), and DejaVu fonts, as an unprivileged user (the UID of distroless'
# nonroot, so existing volumes keep working).
FROM debian:bookworm-slim
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      chromium fonts-dejavu-core ca-certificates && rm -rf /var/lib/apt/lists/* && \
    useradd --system --uid 65532 --no-create-home --shell /usr/sbin/nologin nonroot
USER 65532:65532
COPY --from=build /out/netzwerkatlas /usr/local/bin/netzwerkatlas
ENV NETZWERKATLAS_ADDR=0.0.0.0:8080 \
    NETZWERKATLAS_DATA=/data \
    NETZWERKATLAS_LOG_FORMAT=json \
    NETZWERKATLAS_CHROMIUM_NO_SANDBOX=1 \
    HOME=/tmp
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/netzwerkatlas"]
CMD ["serve"]
