package neo4jstore

import (
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Tuning exposes the settings of staged batches to the tests.
type Tuning = tuning

// DefaultTuning returns the settings a store opens with.
func DefaultTuning() Tuning { return defaultTuning }

// SetTuning changes the settings of s; call it before s is used.
func SetTuning(s *Store, t Tuning) { s.tune = t }

// Migration is one step of the schema, for tests that add steps.
type Migration = migration

// NewMigration returns a step to version that runs the data statements.
func NewMigration(version int64, what string, data ...string) Migration {
	return migration{version: version, what: what, data: data}
}

// SetMigrations replaces the schema steps until the test ends; add appends to the
// released ones.
func SetMigrations(t interface{ Cleanup(func()) }, add ...Migration) {
	saved := migrations
	migrations = append(saved[:len(saved):len(saved)], add...)
	t.Cleanup(func() { migrations = saved })
}

// LoseCommits makes the next n write transactions of s that commit report a lost
// connection instead, as if the answer to the commit never arrived.
func LoseCommits(s *Store, n int) {
	s.lostCommit = func() error {
		if n == 0 {
			return nil
		}
		n--
		return &neo4j.ConnectivityError{Inner: errors.New("test: connection lost while committing")}
	}
}
