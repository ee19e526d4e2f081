package perceptron

import (
	"syscall"
	"unsafe"
)

// adviseHugePages asks Linux to back a large table with huge pages: a
// model's look-ups land at random across tens of megabytes, and with 4 KiB
// pages nearly each one would also miss the TLB. It is only advice; errors
// are ignored.
func adviseHugePages[T any](s []T) {
	if len(s) == 0 {
		return
	}
	size := uintptr(len(s)) * unsafe.Sizeof(s[0])
	if size < 4<<20 {
		return
	}
	const huge = 2 << 20
	p := unsafe.Pointer(&s[0])
	base := uintptr(p)
	start := (base + huge - 1) &^ (huge - 1)
	end := (base + size) &^ (huge - 1)
	if end <= start {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, start-base)), end-start)
	_ = syscall.Madvise(b, 14) // MADV_HUGEPAGE
}
