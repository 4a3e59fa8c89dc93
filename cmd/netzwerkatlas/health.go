package main

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// runHealth asks a running server whether it is ready; for container health checks,
// where the image has no shell or curl.
func runHealth(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "health", "health [--url URL]")
	url := fs.String("url", "http://127.0.0.1:8080/readyz", "Adresse der Bereitschaftsprüfung")
	if err := parse(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return usageError{fmt.Sprintf("ungültige Adresse %q", *url)}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("Server nicht erreichbar: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("Server nicht bereit: HTTP %d", resp.StatusCode)
	}
	fmt.Fprintln(e.stdout, "bereit")
	return nil
}
