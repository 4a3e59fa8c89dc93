package privacy

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// The record that keeps the installation's secret.
const (
	secretCollection = "privacy"
	secretKey        = "pseudonym-secret"
)

// Secret returns the installation's secret for pseudonyms, kept as a record in rs:
// made once, of 32 random bytes, by the first call that finds none (a concurrent
// first call elsewhere wins the store's version check, and its secret is read).
// The secret is never logged nor shown; only a new installation, or deleting the
// record, changes it, and with it every pseudonym.
func Secret(ctx context.Context, rs graph.RecordStore) ([]byte, error) {
	for range 2 {
		r, err := rs.GetRecord(ctx, secretCollection, secretKey)
		if err == nil {
			var s string
			if err := json.Unmarshal(r.Data, &s); err != nil || len(s) < 16 {
				return nil, fmt.Errorf("privacy: the stored secret is malformed")
			}
			return []byte(s), nil
		}
		if graph.ErrorCode(err) != graph.NotFound {
			return nil, fmt.Errorf("privacy: read secret: %w", err)
		}
		s := rand.Text() + rand.Text() // 2 × 130 random bits
		data, _ := json.Marshal(s)
		err = rs.PutRecords(ctx, &graph.Record{Collection: secretCollection, Key: secretKey, Data: data})
		switch graph.ErrorCode(err) {
		case "":
			return []byte(s), nil
		case graph.Conflict: // made meanwhile: read it
		default:
			return nil, fmt.Errorf("privacy: keep secret: %w", err)
		}
	}
	return nil, fmt.Errorf("privacy: the secret changed while it was made")
}
