package neo4jstore

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
