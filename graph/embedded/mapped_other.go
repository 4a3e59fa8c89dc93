//go:build !linux

package embedded

import bolt "go.etcd.io/bbolt"

// releaseMapped does nothing where the advice that gives back mapped pages
// (madvise MADV_DONTNEED on Linux) is not used; see mapped_linux.go.
func releaseMapped(*bolt.DB, *bolt.Tx) {}
