//go:build !unix

package neo4jtest

import (
	"sync"
	"time"
)

// On systems without flock the lock only serializes tests within one test
// binary.
var mu sync.Mutex

func lock(string, time.Duration, func()) (unlock func(), err error) {
	mu.Lock()
	return mu.Unlock, nil
}
