package prefault

import (
	"strings"
	"syscall"
	"unsafe"
)

const (
	// chunkBytes is the unit in which the Go runtime maps its heap
	// (pallocChunkBytes): 4 MB, aligned to 4 MB. Since Go 1.26 the heap
	// starts at a random page of its first chunk, so that chunk has
	// between 0 and 4 MB left when the program starts.
	chunkBytes = 4 << 20
	// runtimePageBytes is the runtime's page: spans are whole ones.
	runtimePageBytes = 8192
	// ahead is the fresh heap worth mapping before the comparison: a
	// little more than a short one writes, far less than a long one uses.
	// initAhead is what the package initialisers after this one write
	// (about 1 MB); it is kept small because the collector still runs
	// then, and the block that moves on to a new chunk counts towards
	// its first cycle (at 4 MB).
	ahead     = 2 << 20
	initAhead = 1 << 20

	madvHugepage      = 14 // MADV_HUGEPAGE
	madvPopulateWrite = 23 // MADV_POPULATE_WRITE, Linux 5.14
)

// pageBytes is the system's page (4 kB on x86; 16 or 64 kB on some ARM
// kernels), the unit madvise works in.
var pageBytes = uintptr(syscall.Getpagesize())

// off, set with -ldflags=-X, builds the same binary without the advice,
// for measuring what it saves.
var off string

func init() {
	if off != "" {
		return
	}
	ensure(initAhead)
}

// Ahead makes sure that the next few megabytes of fresh heap are mapped,
// moving on to a new chunk when too little is left of this one. Call it
// only while the garbage collector is held back: the blocks it places must
// not be freed and reused before the comparison.
func Ahead() {
	if off != "" {
		return
	}
	ensure(ahead)
}

// ensure maps the rest of the heap's current chunk if at least n bytes of
// it are free, and otherwise moves on to the next chunk and maps that.
func ensure(n uintptr) {
	from := frontier()
	end := alignUp(from, chunkBytes)
	if end-from >= n {
		populate(from, end) // pages mapped already are passed over
		return
	}
	// A block larger than the rest of this chunk cannot fit there, so
	// the runtime maps the next chunk now and places the block at the
	// start of the free run, reaching just into the new chunk; what is
	// allocated after it comes from the new chunk.
	stop := place(int(end - from + 2*runtimePageBytes))
	populate(stop, alignUp(stop, chunkBytes))
}

// frontier returns the lowest page the runtime would hand out next: the
// end of a block of one page, which it takes from the lowest free run (a
// block of that size has a span of its own). Pages above it are free or in
// use, so populating from there maps the holes the next spans will take.
func frontier() uintptr {
	return place(runtimePageBytes)
}

// place has the runtime place a block of n bytes and returns the end of
// the block. The block is taken through strings.Builder, whose buffer the
// runtime does not zero, so it is never written (but for its first byte),
// even where it covers pages used before: it costs address space, not
// memory, until the first collection frees it.
func place(n int) uintptr {
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(0)
	start := uintptr(unsafe.Pointer(unsafe.StringData(b.String())))
	return alignUp(start+uintptr(b.Cap()), runtimePageBytes)
}

// populate maps the pages in [from, to) writable without writing them,
// asking for huge pages first: the kernel backs each whole 2 MB of the
// range with one zeroed huge page when it can, which costs far less than
// 512 small ones. The addresses stay uintptrs: the pages are the runtime's,
// not an object of this package.
func populate(from, to uintptr) {
	from, to = alignUp(from, pageBytes), to&^(pageBytes-1)
	if to <= from {
		return
	}
	syscall.Syscall(syscall.SYS_MADVISE, from, to-from, madvHugepage)
	syscall.Syscall(syscall.SYS_MADVISE, from, to-from, madvPopulateWrite)
}

func alignUp(n, a uintptr) uintptr { return (n + a - 1) &^ (a - 1) }
