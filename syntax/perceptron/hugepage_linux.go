package perceptron

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of an x86-64 (and arm64 4K-granule) huge page.
const hugePage = 2 << 20

// makeTable returns a slice of length n and capacity c for a large table,
// and asks Linux to back it with huge pages: a model's look-ups land at
// random across megabytes, and with 4 KiB pages nearly each one would also
// miss the TLB (on the development machine, huge pages for all three
// models' tables instead of the transition model's alone made parsing 7–9%
// faster). Tables of a megabyte or more start on a huge-page boundary.
// A huge page is resident as a whole, so the advice covers the table's
// last, partly used huge page only when the table fills at least half of
// it: the rest of the table stays in small pages, which costs less memory
// than an idle half page. The allocation is up to two huge pages larger
// than the table: address space that fresh memory from the system leaves
// untouched. The advice is only advice; errors are ignored.
func makeTable[T any](n, c int) []T {
	var zero T
	size := unsafe.Sizeof(zero)
	if uintptr(c)*size < 1<<20 || hugePage%size != 0 {
		return make([]T, n, c)
	}
	pad := int(hugePage / size)
	all := make([]T, c+2*pad)
	base := uintptr(unsafe.Pointer(&all[0]))
	off := int(((base+hugePage-1)&^(hugePage-1) - base) / size)
	s := all[off : off+n : off+c]
	length := (uintptr(c)*size + hugePage/2) &^ (hugePage - 1) // at least one: c*size >= 1 MiB
	start := unsafe.Pointer(&all[off])
	_ = syscall.Madvise(unsafe.Slice((*byte)(start), length), 14) // MADV_HUGEPAGE
	return s
}
