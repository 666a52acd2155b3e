//go:build !linux

package prefault

// Ahead does nothing on this system.
func Ahead() {}
