//go:build unix

package main

import "syscall"

// privateUmask sets the process umask to 0177 (files and sockets only for the owner)
// and returns a function that restores the previous one.
func privateUmask() (restore func()) {
	old := syscall.Umask(0o177)
	return func() { syscall.Umask(old) }
}
