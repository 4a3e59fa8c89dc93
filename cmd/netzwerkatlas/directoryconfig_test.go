package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeRefusesBadDirectorySettings checks that the server does not start with a
// brand colour of too little contrast or unknown Leichte-Sprache texts, and says why
// in German.
func TestServeRefusesBadDirectorySettings(t *testing.T) {
	texts := filepath.Join(t.TempDir(), "texte.json")
	if err := os.WriteFile(texts, []byte(`{"angebot.preis": "Kostet es etwas?"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for env, want := range map[string]string{
		"NETZWERKATLAS_DIRECTORY_COLOR":      "mindestens 4,5:1",
		"NETZWERKATLAS_DIRECTORY_EASY_TEXTS": `einen Text "angebot.preis" gibt es nicht`,
	} {
		value := map[string]string{"NETZWERKATLAS_DIRECTORY_COLOR": "#ffcc00", "NETZWERKATLAS_DIRECTORY_EASY_TEXTS": texts}[env]
		getenv := testEnv(map[string]string{"NETZWERKATLAS_DATA": t.TempDir(), env: value})
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0"}, getenv, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "Beratungsverzeichnis") {
			t.Errorf("%s: %v, want %q", env, err, want)
		}
	}
}
