//go:build !unix

package main

// privateUmask does nothing where there is no umask; listenPrivate sets the mode
// after making the socket.
func privateUmask() (restore func()) { return func() {} }
