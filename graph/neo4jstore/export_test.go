package neo4jstore

// Tuning exposes the settings of staged batches to the tests.
type Tuning = tuning

// DefaultTuning returns the settings a store opens with.
func DefaultTuning() Tuning { return defaultTuning }

// SetTuning changes the settings of s; call it before s is used.
func SetTuning(s *Store, t Tuning) { s.tune = t }
