package privacy

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph/embedded"
)

// TestSecretMadeOnce makes the secret in a real store on first use and reads the
// same one afterwards.
func TestSecretMadeOnce(t *testing.T) {
	st, err := embedded.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	first, err := Secret(t.Context(), st)
	if err != nil || len(first) < 32 {
		t.Fatalf("%q, %v", first, err)
	}
	again, err := Secret(t.Context(), st)
	if err != nil || !bytes.Equal(first, again) {
		t.Errorf("second read: %q, %v", again, err)
	}
}
