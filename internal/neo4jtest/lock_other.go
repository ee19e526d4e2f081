//go:build !unix

package neo4jtest

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

// LockFile is unused on systems without flock; there the lock only
// serializes tests within one test binary.
var LockFile = filepath.Join(os.TempDir(), "geokg-neo4j-test.lock")

var mu sync.Mutex

func lock(time.Duration, func()) (unlock func(), err error) {
	mu.Lock()
	return mu.Unlock, nil
}
