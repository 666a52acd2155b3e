// Package growth checks, in tests, that work grows linearly with its
// input, in a way a busy machine does not upset.
//
// A test that times two sizes by the wall clock fails at random when other
// processes take the cores between the two measures. Linear measures the
// process's CPU time instead (user and system, from getrusage), which
// waiting for a core does not add to, runs the small input factor times
// per sample so that both samples are of like length, alternates the two,
// and keeps the best of several.
package growth

import (
	"syscall"
	"testing"
	"time"
)

// samples is how many times each size is measured; the best counts.
const samples = 5

// Linear fails t when running the input of size small*factor costs more
// than slack times running the input of size small, factor times over.
// Linear work gives a ratio near 1; quadratic work, near factor. prepare
// builds the input of size n outside the measure and returns the work.
func Linear(t testing.TB, what string, small, factor int, slack float64, prepare func(n int) func()) {
	t.Helper()
	runSmall, runLarge := prepare(small), prepare(small*factor)
	var bestSmall, bestLarge time.Duration
	for i := range samples {
		s := cpuTime(func() {
			for range factor {
				runSmall()
			}
		})
		l := cpuTime(runLarge)
		if i == 0 || s < bestSmall {
			bestSmall = s
		}
		if i == 0 || l < bestLarge {
			bestLarge = l
		}
	}
	ratio := float64(bestLarge) / float64(max(bestSmall, time.Microsecond))
	t.Logf("%s: %d× size %d took %v of CPU, size %d took %v: ratio %.2f", what, factor, small, bestSmall, small*factor, bestLarge, ratio)
	if ratio > slack {
		t.Errorf("%s grows faster than its input: size %d took %v of CPU, %d× size %d took %v (ratio %.1f, allowed %.1f)",
			what, small*factor, bestLarge, factor, small, bestSmall, ratio, slack)
	}
}

// cpuTime runs f and returns the CPU time the process spent meanwhile.
func cpuTime(f func()) time.Duration {
	before := used()
	f()
	return used() - before
}

func used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
