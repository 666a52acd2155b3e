package main

import (
	"os"
	"runtime"
	"runtime/debug"

	"github.com/storydiff/storydiff/cmd/storydiff/internal/prefault"
)

// gcStartHeap is the heap the collector waits for before its first cycle.
const gcStartHeap = 48 << 20

// lazyFirstGC holds the garbage collector back until the heap reaches
// gcStartHeap, then hands it back to its usual pacing (GOGC=100). The
// runtime's first cycles come at 4 and 5 MB, while two articles are still
// being read; each costs a few milliseconds, a sixth of comparing two
// articles, and frees almost nothing a short run needs. A big comparison
// crosses gcStartHeap early and is collected as before, so its peak memory
// does not change. GOGC or GOMEMLIMIT in the environment are left to rule.
func lazyFirstGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(gcStartHeap)
	prefault.Ahead() // with nothing collected, the megabytes it maps stay fresh
	// A finalizer runs after the first cycle that finds its object
	// unreachable: the first collection, which the memory limit started.
	// (It holds a pointer, so it is not batched with other tiny objects.)
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(softMemoryLimit) // see setMemoryLimit
	})
}

type gcSentinel struct{ _ *int }
