package syntax

import (
	"syscall"
	"unsafe"
)

// releasePages tells Linux that the pages wholly inside s, read-only data
// of the binary, are no longer needed: they leave the process's resident
// memory, and would be read back from the executable if s were read again.
// Errors are ignored (the pages then just stay).
func releasePages(s string) {
	const page = 4096
	if len(s) < 2*page {
		return
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	base := uintptr(p)
	start := (base + page - 1) &^ (page - 1)
	end := (base + uintptr(len(s))) &^ (page - 1)
	b := unsafe.Slice((*byte)(unsafe.Add(p, start-base)), end-start)
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
}
