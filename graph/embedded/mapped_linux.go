//go:build linux

package embedded

import (
	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// releaseMapped gives back the pages of the data file that this process has read
// through bbolt's read-only shared mapping, which count as its resident memory once
// touched (see Store.scan). MADV_DONTNEED only drops the process's references: the
// pages stay in the kernel's page cache, and a later read through the mapping finds
// them there (or reads the file again), so nothing is lost. tx must be open: it keeps
// bbolt from remapping the file, so that the address range is still the data file's.
// The advice is best effort; a kernel that refuses it leaves the pages mapped, as
// they were.
func releaseMapped(db *bolt.DB, tx *bolt.Tx) {
	_, _, _ = unix.Syscall(unix.SYS_MADVISE, db.Info().Data, uintptr(tx.Size()), unix.MADV_DONTNEED)
}
