//go:build !linux

package perceptron

// makeTable returns make([]T, n, c): huge pages are only asked for on Linux.
func makeTable[T any](n, c int) []T { return make([]T, n, c) }
