//go:build !linux

package perceptron

// adviseHugePages does nothing outside Linux.
func adviseHugePages[T any](s []T) {}
