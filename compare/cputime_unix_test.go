//go:build unix

package compare

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) this test process has used.
// The budget tests measure it, not the wall clock: on a busy machine the
// wall clock counts the time other processes hold the cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
