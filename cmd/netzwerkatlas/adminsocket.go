package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// The admin socket lets the command line manage tokens while "serve" holds the embedded
// data file (bbolt locks it for one process). serve listens on a Unix socket beside the
// data file, with mode 0600 in a directory of mode 0750, and serves only the token
// routes there (api.Server.LocalAdminHandler), as an admin without a token. Whoever can
// connect to it is the owner of the data file and could open that file anyway, so the
// socket grants nothing that the file system does not already grant; no secret is
// needed, none can leak, and nothing listens on the network. PostgreSQL's local
// "peer" connections and Docker's socket rest on the same reasoning.

// adminSocketName is the file name of the admin socket in the data directory.
const adminSocketName = "netzwerkatlas.sock"

// adminSocketPath returns the path of the admin socket of the data directory dir.
func adminSocketPath(dir string) string { return filepath.Join(dir, adminSocketName) }

// serveAdminSocket listens on the admin socket of the data directory dir and serves h
// there until the returned stop is called. The caller holds the data file, so a socket file left behind
// by a crashed server is stale and is replaced. If the socket cannot be made (a path
// too long for a Unix socket, a file system without sockets), serve runs on without
// it and logs why; "token create" then says what to do instead.
func serveAdminSocket(dir string, h http.Handler, logger *slog.Logger) (stop func()) {
	path := adminSocketPath(dir)
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		logger.Warn("admin socket not served", "path", path, "err", err)
		return func() {}
	}
	ln, err := listenPrivate(path)
	if err != nil {
		logger.Warn("admin socket not served: token commands need the server stopped", "path", path, "err", err)
		return func() {}
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	go func() { _ = srv.Serve(ln) }() // Serve returns when Close closes the listener
	logger.Info("admin socket", "path", path)
	return func() { srv.Close() } // closing the Unix listener removes the socket file
}

// listenPrivate listens on a Unix socket at path that only the owner of the process
// may connect to (mode 0600). The mode is set by the umask while the socket is made,
// so that it is never open to others, not even for a moment.
func listenPrivate(path string) (net.Listener, error) {
	restore := privateUmask()
	ln, err := net.Listen("unix", path)
	restore()
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("chmod: %w", err)
	}
	return ln, nil
}

// adminClient returns an HTTP client that talks to the admin socket of the data
// directory dir, and whether a server answers there.
func adminClient(ctx context.Context, dir string) (*http.Client, bool) {
	path := adminSocketPath(dir)
	var d net.Dialer
	conn, err := d.DialContext(ctx, "unix", path)
	if err != nil {
		return nil, false // no socket, or a stale one that nobody listens on
	}
	conn.Close()
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) { return d.DialContext(ctx, "unix", path) },
	}}, true
}
