//go:build unix

package neo4jtest

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// lock waits up to timeout until this process holds the exclusive lock on
// file, calling waiting once if it has to wait.
func lock(file string, timeout time.Duration, waiting func()) (unlock func(), err error) {
	f, err := os.OpenFile(file, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	deadline := time.Now().Add(timeout)
	for i := 0; ; i++ {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { f.Close() }, nil // closing the file releases the lock
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("flock %s: %w", file, err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("another process held %s for over %v (see: grep $(stat -c %%i %s) /proc/locks)", file, timeout, file)
		}
		if i == 0 && waiting != nil {
			waiting()
		}
		time.Sleep(50 * time.Millisecond)
	}
}
