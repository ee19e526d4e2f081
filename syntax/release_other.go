//go:build !linux

package syntax

// releasePages does nothing outside Linux.
func releasePages(string) {}
