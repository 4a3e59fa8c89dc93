# Netzwerkatlas: multi-stage build of the one binary, with the web front end embedded.
# Used by docker-compose.yml; build with `docker build -t netzwerkatlas .`.

# Stage 1: the Go binary. web/dist (the built front end) is embedded by web/embed.go.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/netzwerkatlas ./cmd/netzwerkatlas

# Stage 2: a small runtime without shell or package manager, as an unprivileged user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/netzwerkatlas /usr/local/bin/netzwerkatlas
ENV NETZWERKATLAS_ADDR=0.0.0.0:8080 \
    NETZWERKATLAS_DATA=/data \
    NETZWERKATLAS_LOG_FORMAT=json
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/netzwerkatlas"]
CMD ["serve"]
