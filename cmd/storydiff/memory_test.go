package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestMemorySetUp: the first collection waits for gcStartHeap, and after
// it the soft memory limit is in force.
func TestMemorySetUp(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT rules")
	}
	defer func() {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}()
	setUpMemory(func(string) string { return "" })
	if got := debug.SetMemoryLimit(-1); got != gcStartHeap {
		t.Errorf("before the first collection the limit is %d, want %d", got, gcStartHeap)
	}
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) == gcStartHeap && time.Now().Before(deadline) {
		runtime.GC() // the finalizer runs after the cycle that frees its object
		time.Sleep(10 * time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got != softMemoryLimit {
		t.Errorf("after the first collection the limit is %d, want %d", got, softMemoryLimit)
	}
}
